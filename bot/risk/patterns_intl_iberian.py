"""Spanish and Portuguese families set24 showed open, written as families.

The thought of ending one's life that keeps coming back ("la idea de quitarme
la vida me persigue", "a ideia de tirar a minha vida volta todas as noites");
self-harm by hitting or scratching until it bleeds, to punish oneself, or
started again ("voltei a magoar-me"); a method pictured ("penso em atirar-me
ao mar", "fico imaginando tomar todos os remédios"); not wanting to go on
("ya no quiero seguir", "não quero continuar a viver") and a wish that goes
on after an attempt ("continuo a querer morrer"); the burden and hopeless
lines ("estarían mejor sin mí", "no sé para qué sigo viviendo", "ojalá no
me hubiera despertado"); an attempt told as "lo intenté con las pastillas"
or with the European clitic ("tentei matar-me", folded ``tentei matar me``);
means got or things set out "for" the end ("ya compré lo que necesito para
matarme", "deixei tudo separado pra acabar com a minha vida"); having come
to a place for it ("vim aqui para acabar com tudo"). And the cues, each
little alone: not going home tonight, nothing left to do here, "they'll
understand why tomorrow", "when I'm gone", bills and passwords left settled,
a pet left with a friend, "won't be here for Christmas", no way back, "I'll
try again". Then set26's: slang thought of ("pensando no sewer slide"), scratching
till it bleeds, arms marked and the urge not held back, pills by the handful or "so as
not to wake up", a jump weighed ("no sé si tirarme"), "after I kill myself", not wanting
to exist; and cues that pair: means got or hidden, a plan, "it ends today", "in case I
don't write again", "where I'm going", "no one's problem", "I won't be here", love passed
on, saying goodbye, "I did something stupid", a will made. Folded text: lowercase ASCII,
no accents or hyphens.
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.rules import Kind, Rule, Tense, cue, imminent, leveled, rule

__all__ = ["IBERIAN_RULES"]

CONCERN, HIGH, IMMINENT = RiskLevel.CONCERN, RiskLevel.HIGH, RiskLevel.IMMINENT

_END = r"(?= (?:[.,!?]|$))"
# Ending one's life, the object of a thought, an idea or a purpose.
_ES_ENDING = (
    r"(?:quitarme la vida|matarme|suicidarme|acabar con mi vida|terminar con mi vida"
    r"|ponerle fin a mi vida|poner fin a mi vida|acabar con todo(?= (?:[.,!?]|$)| conmigo)"
    r"|morirme|ahorcarme|colgarme|acabar conmigo(?: mism[oa])?(?= (?:[.,!?]|$)))"
)
_PT_ENDING = (
    r"(?:tirar (?:a )?minha (?:propria )?vida|me matar|matar me|me suicidar|suicidar me"
    r"|acabar com (?:a )?minha vida|acabar com tudo(?= (?:[.,!?]|$))|por fim a (?:minha )?vida"
    r"|me enforcar|enforcar me|acabar comigo(?: mesm[oa])?(?= (?:[.,!?]|$))"
    r"|dar fim a (?:minha )?vida"
    r"|dar um fim (?:na|a|em) (?:minha )?vida)"
)
_ENDING = f"(?:{_ES_ENDING}|{_PT_ENDING})"
_ENDING_NEEDS = (
    "quitarme matarme suicidarme acabar terminar ponerle poner morirme ahorcarme colgarme"
    " tirar matar suicidar enforcar fim conmigo comigo"
)
# The idea comes back, follows one, will not leave.
_RETURNS = (
    r"(?:me persigue|me da vueltas|da vueltas|vuelve|regresa|no se va|no me deja|me ronda"
    r"|ronda|me acompana|me atormenta|volta|me persegue|persegue|nao sai|nao me larga"
    r"|nao me deixa|me atormenta|me assombra|nao para)"
)

_THOUGHTS: Final = [
    # "la idea de quitarme la vida me persigue", "a ideia de tirar a minha vida volta".
    leveled(
        HIGH,
        "ideation",
        "ib_idea_returns",
        "la idea de|idea de|el pensamiento de|la tentacion de|a ideia de|ideia de"
        "|o pensamento de|a tentacao de",
        rf" {_ENDING}(?: [^.]{{0,50}}?)? {_RETURNS}(?= )",
        needs=_ENDING_NEEDS,
    ),
    # "no me saco de la cabeza la idea de matarme", "não me sai da cabeça a ideia de...".
    leveled(
        HIGH,
        "ideation",
        "ib_idea_in_head",
        "la idea de|idea de|el pensamiento de|a ideia de|ideia de|o pensamento de",
        rf" {_ENDING}",
        needs=_ENDING_NEEDS,
        back=r"(?:no me (?:saco|quito|puedo sacar|puedo quitar) de la cabeza|no se me va"
        r"|nao me sai da cabeca|nao (?:consigo )?tir(?:o|ar) da cabeca|nao me larga)",
    ),
    # A method pictured: "penso muitas vezes em atirar-me ao mar", "pienso en tirarme al
    # río"; not a swim on a hot day.
    leveled(
        HIGH,
        "ideation",
        "ib_thinking_drop",
        "atirar me|me atirar|jogar me|me jogar|lancar me|me lancar|tirarme|aventarme|arrojarme"
        "|lanzarme",
        r" (?:ao|do|da|pela|para o|al|del|de la|desde el|desde la|por la|por el|no|na|nos"
        r"|en el|en la)"
        r" (?:mar|rio|ponte|predio|janela|comboio|trem|metro|penhasco|falesia|viaduto"
        r"|precipicio|puente|edificio|ventana|acantilado|barranco|\w+ andar|\w+ piso)(?= )"
        r"(?!(?: [^ .,]+){0,6} (?:nadar|banho|mergulh\w*|calor|refrescar|verao|ferias|surf\w*"
        r"|bungee|paraquedas|nadar|bucear|clavado|clavados|vacaciones)(?= ))",
        needs="atirar jogar lancar tirarme aventarme arrojarme lanzarme",
        back=r"(?:penso|pensando|pensar|pensei|pensava|imagino|imaginando|pienso|pense"
        r"|pensando|imaginandome|me imagino)(?: (?!(?:no|nao|nunca|jamas)(?= ))[^ .]+){0,4}"
        r" (?:em|en)",
    ),
    # "fico imaginando tomar todos os remédios da minha mãe", "pienso en tomarme todas las
    # pastillas": not the day's doses as prescribed.
    leveled(
        HIGH,
        "ideation method",
        "ib_picturing_overdose",
        "tomar|tomarme|tomandome|me tomar|engolir|tragarme|tomando",
        r" (?:todos os|todas as|todas las|todos los|a cartela|la caja|o frasco|el frasco"
        r"|el bote) (?:remedios|comprimidos|pilulas|calmantes|pastillas|pildoras|medicamentos"
        r"|medicinas|somniferos|cartela|caja)(?= )"
        r"(?!(?: [^ .,]+){0,4} (?:certinho|direitinho|na hora|no horario|receitad\w*"
        r"|recetad\w*|a tiempo|prescrit\w*)(?= ))",
        needs="tomar tomarme tomandome engolir tragarme tomando",
        back=r"(?:imaginando|imagino|imaginar|me imagino|imaginandome|fico a imaginar|penso em"
        r"|pienso en|pensando en|pensando em|sonho em|fantaseo con)",
    ),
    # A thought with words between: "penso cada vez mais em acabar com tudo de vez",
    # "pienso cada día más en acabar conmigo".
    leveled(
        HIGH,
        "ideation",
        "ib_thinking_more_window",
        "acabar com tudo de vez|acabar com tudo|acabar comigo|acabar conmigo|acabar con todo"
        "|por fim a minha vida|dar fim a minha vida|ponerle fin a todo",
        r"(?: mesm[oa]| mism[oa]| de vez| de una vez)?(?= (?:[.,!?]|$))",
        needs="acabar fim ponerle",
        back=r"(?:penso|pensando|pensar|pensei|pensava|pienso|pense|pensando)"
        r"(?: (?!(?:no|nao|nunca|jamas)(?= ))[^ .]+){1,4} (?:em|en)",
    ),
    # "Ya decidí cómo y cuándo lo voy a hacer", "já sei como e quando".
    leveled(
        HIGH,
        "plan",
        "ib_decided_how_when",
        "ya decidi como y cuando|decidi como y cuando|ya se como y cuando|ya decidi cuando y como"
        "|ja decidi como e quando|decidi como e quando|ja sei como e quando|ja sei quando e como"
        "|ya tengo decidido como y cuando",
        r" (?:lo voy a hacer|lo hare|hacerlo|vou fazer|vou fazer isso|fazer isso|fazer)(?= )",
        needs="cuando quando",
    ),
    # "Vou pôr fim à minha vida depois do jantar", "voy a ponerle fin a mi vida".
    leveled(
        IMMINENT,
        "ideation intent",
        "ib_will_end_life",
        "vou|eu vou|voy a|ya voy a",
        r" (?:por fim a (?:minha )?vida|dar fim a (?:minha )?vida|dar um fim (?:na|a|em)"
        r" (?:minha )?vida|ponerle fin a mi vida|poner fin a mi vida)(?= )",
        needs="fim fin",
        jokable=True,
    ),
    # "ya no quiero seguir.", "não quero continuar a viver", as "I don't want to go on".
    leveled(
        HIGH,
        "ideation",
        "ib_dont_go_on",
        "ya no quiero seguir|ya no kiero seguir|no quiero seguir viviendo|no quiero seguir con vida"
        "|nao quero continuar a viver|nao quero continuar vivendo|nao quero mais continuar"
        "|ja nao quero continuar|nao quero continuar viva|nao quero continuar vivo"
        "|nao quero seguir vivendo|n quero continuar a viver|n quero continuar vivendo",
        # "aquí" only as the last word: "no quiero seguir aquí, esta empresa..." is a job.
        r"(?: (?:aqui|en este mundo|neste mundo|aqui nesse mundo)(?= (?:[.!?]|$))"
        r"|(?= (?:[.,!?]|$)))",
        needs="seguir continuar",
    ),
    # The wish kept after an attempt: "continuo a querer morrer", "sigo queriendo morirme".
    leveled(
        HIGH,
        "ideation",
        "ib_still_want",
        "continuo a querer|continuo querendo|sigo queriendo|ainda quero|todavia quiero"
        "|aun quiero|sigo con ganas de",
        r" (?:morrer|morir|morirme|me matar|matarme|matar me|suicidarme|me suicidar)(?= )"
        r"(?! (?:de|del|por) [^ ]+)",
        needs="querer querendo queriendo quero quiero ganas",
    ),
    # "estarían todos mejor sin mí", as "everyone would be better off without me".
    leveled(
        CONCERN,
        "burden",
        "ib_better_without",
        "estarian|estaria|estarias|vivirian|viviria|estariam|ficariam|viveriam",
        r" (?:todos|todas|ustedes|voces|mis \w+|mi \w+|meus \w+|minha \w+|os meus \w+"
        r"|a minha \w+)(?: muito| mucho)? (?:mejor|melhor) sin mi(?= )",
        needs="mejor melhor",
    ),
    leveled(
        CONCERN,
        "burden",
        "ib_better_without_pt",
        "estariam|ficariam|viveriam|estaria|ficaria",
        r" (?:todos|todas|voces|meus \w+|minha \w+|os meus \w+|a minha \w+)(?: muito)?"
        r" melhor sem mim(?= )",
        needs="melhor",
    ),
    # "no sé para qué sigo viviendo", "pra que continuo vivendo".
    leveled(
        CONCERN,
        "hopeless",
        "ib_why_keep_living",
        # "No sé" in the lead: before it, the negation check would read "no".
        "no se para que sigo|no se pa que sigo|no se por que sigo|nao sei pra que continuo"
        "|nao sei para que continuo|nao sei por que continuo|n sei pra que continuo"
        "|para que sigo|pa que sigo|por que sigo|para que continuo|pra que continuo"
        "|por que continuo|porque sigo|porque continuo",
        r" (?:viviendo|vivo|con vida|respirando|vivendo|a viver|viv[oa])(?= )",
        needs="sigo continuo",
    ),
    # "ojalá no me hubiera despertado", "queria não ter acordado".
    leveled(
        CONCERN,
        "passive_wish",
        "ib_not_woken",
        "ojala no me hubiera despertado|ojala no hubiera despertado|ojala no despertara"
        "|ojala no me despierte|ojala no despierte|queria nao ter acordado|preferia nao ter"
        " acordado|oxala nao tivesse acordado|tomara que eu nao acorde|quem me dera nao ter"
        " acordado",
        r"(?= (?:[.,!?]|$|nunca|jamas|mais|mas|nunca mais))",
        needs="despertado despertara despierte acordado acorde",
    ),
    # "ya no aguanto las deudas", "já não aguento mais": worn out, not a wish.
    leveled(
        CONCERN,
        "hopeless",
        "ib_cant_bear",
        "ya no aguanto|ja nao aguento|nao aguento mais|no aguanto mas",
        r"(?: mas| mais)?(?: (?:nada|las deudas|el dolor|la presion|esta situacion|vivir asi"
        r"|as dividas|a dor|a pressao|esta situacao|essa situacao|viver assim))?"
        r"(?= (?:[.,!?]|$))",
        needs="aguanto aguento",
    ),
    # "ya no aguanto más esta vida", "não aguento mais esta vida".
    leveled(
        HIGH,
        "ideation",
        "ib_cant_bear_life",
        "ya no aguanto|no aguanto|nao aguento|ja nao aguento|n aguento",
        r"(?: mas| mais)? (?:(?:esta|esa|essa|esta|la|a) vida|viver|vivir|seguir viviendo"
        r"|continuar vivendo|continuar a viver)(?= (?:[.,!?]|$))",
        needs="aguanto aguento",
    ),
]

# Self-harm by hitting or scratching until it bleeds.
_SELF_HIT = (
    r"(?:me pegue|me golpee|me golpeo|me pego|me arane|me arano|me rasgune|me rasguno|me rasque"
    r"|me mordi|me muerdo|me queme|me quemo|golpeandome|pegandome|aranandome|me di golpes"
    r"|me he pegado|me bati|me bato|me batendo|me arranhei|me arranho|arranhei|arranho|me mordo"
    r"|me queimei|me queimo|bati (?:com )?a (?:minha )?cabeca|me golpeei"
    # Going on now: "me estoy rasguñando", "tô me arranhando".
    r"|me estoy rasgunando|me estoy aranando|me estoy golpeando|me estoy pegando|rasgunandome"
    r"|me estou arranhando|to me arranhando|estou me arranhando|to me batendo|me rasgunando)"
)
_NOT_AN_ITCH = (
    r"(?!(?: [^ .,]+){0,6} (?:coceira|comichao|picada|picadas|mosquito|mosquitos|alergia"
    r"|comezon|picazon|urticaria|eczema|dermatitis|varicela|catapora|sin querer|sem querer"
    r"|accidente|acidente)(?= ))"
)

_SELF_HARM: Final = [
    leveled(
        HIGH,
        "self_harm",
        "ib_hit_till_blood",
        "hasta que me sangraron|hasta que me sangro|hasta que me sangre|hasta que sangraron"
        "|hasta que sangro|hasta sangrar|hasta hacerme sangre|ate sangrar|ate sair sangue"
        "|ate ficar em carne viva|hasta quedar en carne viva|ate fazer sangue"
        "|hasta sacarme sangre|hasta hacerme sangrar|ate tirar sangue|ate me fazer sangrar",
        _NOT_AN_ITCH,
        needs="sangraron sangro sangre sangrar sangue carne",
        back=rf"{_SELF_HIT}(?: [^.]{{0,40}}?)?",
        tense=Tense.EVENT,
    ),
    # "me batendo, me castigando": hitting oneself to punish oneself.
    leveled(
        HIGH,
        "self_harm",
        "ib_hit_to_punish",
        "me batendo|me bato|me bati|me bater|batendo em mim|me golpeando|me golpeo|me pego"
        "|me pegue|golpeandome|pegandome",
        r"(?: [^.]{0,40}?)? (?:me castigando|castigando me|me castigar|castigar me"
        r"|como castigo|castigandome|castigarme|me castigo)(?= )",
        needs="castigando castigar castigo castigandome castigarme",
    ),
    # Started again: "voltei a magoar-me", "volví a cortarme".
    leveled(
        HIGH,
        "self_harm",
        "ib_harm_again",
        "voltei a|voltou a|volvi a|he vuelto a|recai e|volto a",
        r" (?:magoar me|me magoar|me cortar|cortar me|me machucar|machucar me|me ferir"
        r"|ferir me|cortarme|lastimarme|hacerme dano|autolesionarme|me autolesionar)(?= )"
        # A knee, a haircut, the kitchen or a match: "voltei a me machucar no joelho".
        r"(?! (?:no|na|nos|nas|o|a|os|as|el|la|los|las|en|com|con|jogando|jugando|treinando"
        r"|entrenando|correndo|corriendo)(?= ))"
        r"(?!(?: [^ .,]+){0,5} (?:joelho|tornozelo|rodilla|tobillo|futebol|futbol|treino"
        r"|entreno|partido|jogo|pelo|cabelo|cabello|barba|unas|cozinha|cocina)(?= ))",
        needs="magoar cortar machucar ferir cortarme lastimarme dano autolesionarme autolesionar",
        tense=Tense.EVENT,
    ),
]

_ATTEMPTS: Final = [
    # "lo intenté con las pastillas", "tentei com os remédios": an attempt with its means.
    rule(
        "ib_tried_with",
        "lo intente|lo intentaste|tentei|eu tentei|ja tentei",
        r" (?:con|com) (?:las|los|unas|unos|mis|as|os|umas|uns|meus|minhas|el|la|o|a)?"
        r" ?(?:pastillas|pildoras|medicamentos|medicinas|calmantes|somniferos|remedios"
        r"|comprimidos|pilulas|una cuerda|uma corda|la cuerda|a corda|veneno|gas|una navaja"
        r"|uma faca|la pistola|a arma)(?= )",
        needs="intente intentaste tentei",
        level=HIGH,
        reasons="attempt",
        tense=Tense.EVENT,
        recent_level=IMMINENT,
    ),
    # "Intenté matarme", "tentei me matar", and the European clitic: "tentei matar-me",
    # folded "tentei matar me".
    rule(
        "ib_tried_clitic",
        "tentei|tentaste|tentou|intente|ya intente|he intentado",
        r" (?:matar me|suicidar me|enforcar me|envenenar me|atirar me|me matar|me suicidar"
        r"|tirar (?:a )?minha (?:propria )?vida|matarme|suicidarme|quitarme la vida"
        r"|ahorcarme|colgarme)(?= )"
        # Starving or working oneself to death: "intenté matarme de hambre con la dieta".
        r"(?! (?:de|del|a|por) (?!verdad |vdd |verdade |novo |nuevo )[^ ]+)",
        needs="tentei tentaste tentou intente intentado",
        level=HIGH,
        reasons="attempt",
        tense=Tense.EVENT,
        recent_level=IMMINENT,
    ),
    # Means got or things set out for the end: "ya compré lo que necesito para matarme",
    # "deixei tudo separado no quartinho pra acabar com a minha vida".
    imminent(
        "ib_set_out_for",
        # "Ya" in the lead: before it, the whose-words check reads it as English "ya".
        "ya compre lo que necesito|ya tengo lo que necesito|ya consegui lo que necesito"
        "|ya junte lo que necesito|ya tengo todo lo que necesito|ya tengo todo lo necesario"
        "|ya tengo todo listo|ya tengo todo preparado|ya esta todo listo"
        "|lo que necesito|lo que necesitaba|lo que me hace falta|todo lo necesario"
        "|o que preciso|o que eu preciso|o que precisava|tudo separado|tudo preparado"
        "|tudo pronto|todo listo|todo preparado",
        rf"(?: [^.]{{0,50}}?)? (?:para|pa|pra) {_ENDING}",
        needs=_ENDING_NEEDS,
        reasons="plan means",
    ),
    # Come to a place for it: "vim aqui para acabar com tudo", "vine aquí a matarme".
    imminent(
        "ib_came_here_for",
        "vine aqui|vine aca|vine hasta aca|vine hasta aqui|vim aqui|vim ate aqui|vim pra ca"
        "|vim para ca|he venido aqui|he venido hasta aqui|vim ca"
        # With the place told before: "estou sozinho na praia, vim para acabar com tudo".
        "|vim|eu vim|vine|he venido|yo vine",
        rf" (?:para|pra|pa|a) {_ENDING}",
        needs=_ENDING_NEEDS,
        reasons="intent plan",
    ),
]

_CUES: Final = [
    # Not going home tonight: "no pienso regresar a casa esta noche", "hoje não volto para
    # casa".
    cue(
        "ib_not_going_home",
        "no pienso regresar|no pienso volver|no voy a regresar|no voy a volver|no vuelvo"
        "|no regreso|nao volto|nao vou voltar|nao penso voltar|ja nao volto",
        r"(?: mas| mais| nunca)? (?:a|a la|para|pra|para a|pa) casa(?= )",
        needs="regresar volver vuelvo regreso volto voltar",
        reasons="goodbye",
    ),
    # "no me queda nada por hacer aquí", "já não tenho nada a fazer aqui".
    cue(
        "ib_nothing_left_here",
        "no me queda nada por hacer|no me queda nada que hacer|ya no tengo nada que hacer"
        "|nao tenho mais nada a fazer|nao tenho mais nada pra fazer|ja nao tenho nada a fazer"
        "|nao me resta nada a fazer|nao me resta nada pra fazer",
        r" (?:aqui|en este mundo|neste mundo|ca)(?= (?:[.,!?]|$))",
        needs="queda tengo tenho resta",
        reasons="intent",
    ),
    # "amanhã eles vão entender por quê", "mañana entenderán".
    cue(
        "ib_will_understand",
        "vao entender|vao perceber|van a entender|entenderan|vao compreender|lo entenderan",
        r"(?: (?:por que|porque|o porque|el porque|por que lo hice|tudo|todo))?"
        r"(?= (?:[.,!?]|$))",
        needs="entender perceber entenderan compreender",
        back=r"(?:manana|amanha|pronto|un dia|um dia|logo|despues|depois)(?: (?:eles|ellos|todos"
        r"|voces|ustedes))?",
        reasons="intent",
    ),
    # When I'm gone: "para que nadie tenga que hacer nada cuando yo no esté", "depois que
    # eu partir desse mundo".
    cue(
        "ib_when_gone",
        "cuando yo no este|cuando ya no este|cuando me haya ido|depois que eu partir"
        "|quando eu partir|quando eu nao estiver mais|quando eu ja nao estiver"
        "|depois que eu me for|depois que eu morrer|cuando me muera|quando eu morrer",
        r"(?: (?:desse|deste|de este) mundo| aqui| mas)?(?= (?:[.,!?]|$))",
        needs="este ido partir estiver for morrer muera",
        reasons="goodbye",
    ),
    # Affairs settled: bills paid, bank passwords left, debts cleared.
    cue(
        "ib_affairs_settled",
        "facturas pagadas|cuentas pagadas|deudas pagadas|claves del banco|contrasenas del banco"
        "|tudo quitado|dividas pagas|contas pagas|senhas do banco|paguei o que devia"
        "|paguei tudo o que devia|pague lo que debia|pague todo lo que debia|todo saldado"
        "|ya no le debo nada a nadie|nao devo nada a ninguem|deixei o dinheiro na conta"
        "|deixei a senha do celular|deixei as senhas|deje la clave del celular"
        "|deje las contrasenas",
        needs="pagadas claves contrasenas quitado pagas senhas devia debia saldado debo devo"
        " dinheiro senha senhas clave contrasenas",
        reasons="plan",
        personal=False,  # "he" in "he dejado" reads as English "he"
    ),
    # A pet left with a friend: "le he dejado el gato a mi amiga", "deixei o cachorro com".
    cue(
        "ib_pet_left",
        "le he dejado|le deje|he dejado|deje|deixei|dei",
        r" (?:el|la|mi|a mi|o|a|meu|minha|o meu|a minha) (?:gato|gata|perro|perra|perrito"
        r"|perrita|mascota|cachorro|cachorra|gatinho|gatinha)(?: a| con| com| pra| para)(?= )",
        needs="gato gata perro perra perrito perrita mascota cachorro cachorra gatinho gatinha",
        reasons="goodbye",
        personal=False,  # "he" in "he dejado" reads as English "he"
    ),
    # Letters written, "ya" in the lead: "ya le escribí las cartas a mis hijos".
    cue(
        "ib_letters_written",
        "ya le escribi|ya les escribi|ya escribi|ya deje|ya termine|ya tengo escritas",
        r" (?:las|la|una|mis|unas|mi) (?:cartas|carta|notas|nota)"
        r"(?= (?:[.,]|$|a|para|pa|y))(?! (?:a|para|pa) (?:la|el|los|las) (?:empresa|banco|jefe"
        r"|universidad|escuela|seguro|casero|ayuntamiento)(?= ))",
        needs="cartas carta notas nota",
        reasons="goodbye",
    ),
    # The means at hand: "tengo el arma aquí en la mesa", "tenho a corda aqui comigo".
    cue(
        "ib_means_at_hand",
        "tengo el|tengo la|tengo las|tengo mi|tenho a|tenho o|tenho as|tenho os|tenho minha"
        "|tenho meu",
        r" (?:arma|pistola|revolver|cuerda|soga|pastillas|corda|remedios|comprimidos|veneno)"
        r" (?:aqui|aca|conmigo|comigo|en la mano|na mao|a mano|enfrente|ao lado|al lado|ca)(?= )",
        needs="arma pistola revolver cuerda soga pastillas corda remedios comprimidos veneno",
        reasons="means",
    ),
    # "ya está todo en orden", "já está tudo resolvido".
    cue(
        "ib_all_in_order",
        "ya esta todo en orden|ya esta todo arreglado|ya quedo todo en orden|todo en orden"
        "|ja esta tudo em ordem|ta tudo em ordem|esta tudo em ordem|ja esta tudo resolvido"
        "|ya tengo todo arreglado|ya lo tengo todo arreglado|ja tenho tudo arranjado"
        "|ja deixei tudo arrumado",
        _END,
        needs="orden arreglado ordem resolvido",
        reasons="plan",
    ),
    # "ya no voy a estar para navidad", "não vou estar cá no Natal".
    cue(
        "ib_not_there_for",
        "ya no voy a estar|ya no estare|nao vou estar|ja nao vou estar|no voy a estar",
        r"(?: aqui| ahi| ca| aca)? (?:para|en|pra|no|na|pro) (?:navidad|ano nuevo|tu cumple\w*"
        r"|su cumple\w*|natal|ano novo|o teu aniversario|seu aniversario|el verano|o verao)(?= )",
        needs="estar estare",
        reasons="goodbye timeline",
    ),
    # "esta vez no me echo para atrás", "desta vez não desisto".
    cue(
        "ib_no_backing_out",
        "no me echo para atras|no me echo pa atras|no me voy a echar para atras|no me rajo"
        "|no me arrepiento|nao volto atras|nao desisto|nao vou desistir|no voy a fallar"
        "|nao vou falhar",
        _END,
        needs="echo echar rajo arrepiento volto desisto desistir fallar falhar",
        back=r"(?:esta vez|ahora si|desta vez|dessa vez|agora sim)",
        reasons="intent",
    ),
    # "não tem mais volta", "ya no hay vuelta atrás".
    cue(
        "ib_no_way_back",
        "nao tem mais volta|ja nao ha volta|nao ha volta atras|nao tem volta|no hay vuelta atras"
        "|ya no hay vuelta atras|ya no hay marcha atras|ya no hay vuelta",
        _END,
        needs="volta vuelta marcha",
        reasons="intent",
    ),
    # "ainda hoje volto a tentar", "lo voy a volver a intentar".
    cue(
        "ib_try_again",
        "volto a tentar|vou tentar de novo|vou tentar outra vez|lo voy a volver a intentar"
        "|lo vuelvo a intentar|voy a volver a intentarlo|vou voltar a tentar",
        _END,
        needs="tentar intentar intentarlo",
        reasons="intent",
    ),
    # "no me busquen", "não me procures": told before going.
    cue(
        "ib_dont_look_for_me",
        "no me busquen|no me busques|nao me procures|nao me procurem|nao me procure"
        "|no me busquen mas|nao venham atras de mim",
        _END,
        needs="busquen busques procures procurem procure venham",
        reasons="goodbye",
    ),
]

_PILLS = (
    r"(?:pastillas|pildoras|pills|medicamentos|medicinas|calmantes|somniferos|remedios"
    r"|comprimidos|pilulas|clonazepam|rivotril|paracetamol|ibuprofeno|dipirona|tylenol)"
)
_PILLS_NEEDS = (
    "pastillas pildoras pills medicamentos medicinas calmantes somniferos remedios comprimidos"
    " pilulas clonazepam rivotril paracetamol ibuprofeno dipirona tylenol"
)
# A handful, a box, all of them: more than any dose.
_HANDFUL = (
    r"(?:un monton de|un puno de|un punado de|una caja entera de|toda la caja de|todo el frasco"
    r" de|el frasco entero de|todas las|todos los|un chingo de|una bola de|un chorro de"
    r"|um monte de|uma cartela inteira de|a cartela toda de|uma caixa inteira de|todos os"
    r"|todas as|um punhado de|uma porrada de|um bocado de|uma cartela de|un blister de)"
)
# Taken "so as not to wake up": the purpose makes the pills an attempt.
_NOT_WAKE = (
    r"(?:nao acordar|no despertar|no despertarme|ya no despertar|nunca mais acordar"
    r"|no volver a despertar|dormir para sempre|dormir pra sempre|dormir para siempre"
    r"|morrer|morir|morirme|acabar com tudo|acabar con todo|me matar|matarme)"
)

_SET26: Final = [
    # The slang word as a thought: "ando pensando en el unalive", "pensando no sewer slide".
    # Started at the thinking, so Portuguese "no" ("in the") is not read as a denial.
    leveled(
        HIGH,
        "ideation slang",
        "ib_thinking_slang",
        "pensando|pienso|penso|pense|pensei|pensar|pensaba|pensava",
        r"(?: (?:seriamente|en serio|mucho|muito|bastante|demais|cada vez mas|de nuevo"
        r"|de novo))? (?:no|na|en el|en la|en|em|sobre el|sobre o|num|en un|em um)"
        r" (?:sewer slide|sewerslide|unalive|unaliving|self delete|toaster bath|ctb)(?= )"
        # The word itself talked about: "pensando en el unalive de tiktok".
        r"(?!(?: [^ .]+){0,6} (?:meme|memes|palabra|palavra|tiktok|trend|censura|video"
        r"|videos|filtro|algoritmo|twitter|insta|instagram|youtube|reels)(?= ))",
        needs="sewer sewerslide unalive unaliving delete toaster ctb",
        jokable=True,
    ),
    # Arms marked or cut, and the urge not held back: "tô com o braço todo marcado, não
    # consegui segurar de novo".
    leveled(
        HIGH,
        "self_harm",
        "ib_marked_not_held",
        "braco|bracos|pulso|pulsos|perna|pernas|coxa|coxas|brazo|brazos|muneca|munecas"
        "|pierna|piernas|muslo|muslos",
        r"(?: todo| toda| todos| todas| inteiro| entero)? (?:marcad|cortad|riscad|rasgunad"
        r"|lanhad)[oa]s?(?: [^.]{0,50}?)? (?:nao consegui (?:me )?segurar|nao me segurei"
        r"|nao aguentei|recai|no pude aguantarme|no me aguante|no me pude aguantar|recai"
        r"|volvi a hacerlo|voltei a fazer)(?= )",
        needs="segurar segurei aguentei recai aguantarme aguante aguantar volvi voltei",
        tense=Tense.EVENT,
    ),
    # Pills by the handful: "me he tomao un montón de pastillas", "tomei um monte de
    # remédios", "me tomé un puño de pills".
    rule(
        "ib_took_handful",
        "me tome|me he tomado|me he tomao|me tomado|me trague|me he tragado|tomei|engoli"
        "|acabei de tomar|acabo de tomar|acabo de tomarme|ja tomei|ya me tome",
        rf" {_HANDFUL} {_PILLS}(?= )"
        # The day's doses as prescribed: "todos os comprimidos que tinha que tomar hoje".
        r"(?!(?: [^ .,]+){0,6} (?:gripe|resfriado|tratamiento|tratamento|receta|receita"
        r"|alergia|dor de cabeca|dolor de cabeza|tenia que|tinha que|tengo que|tenho que"
        r"|medico|medica|doctor|doctora|direitinho|certinho|receitou|receitados|recetadas"
        r"|recetados|passou|mandou|del dia|de hoy|do dia|de hoje|no horario|a tiempo|tocaban"
        r"|tocaba|tocan|toca|devia|debia|indicadas|indicados|prescritas|prescritos)(?= ))",
        needs=_PILLS_NEEDS,
        level=IMMINENT,
        reasons="attempt means",
        tense=Tense.EVENT,
    ),
    # "tomei uns comprimidos pra não acordar mais", "me tomé las pastillas para no despertar".
    rule(
        "ib_took_to_not_wake",
        "me tome|me he tomado|me he tomao|tomei|engoli|me trague|acabei de tomar|acabo de tomar"
        "|ja tomei|ya me tome",
        rf"(?: [^.]{{0,40}}?)? {_PILLS}(?: [^.]{{0,20}}?)? (?:pra|para|pa) {_NOT_WAKE}"
        r"(?! de (?!verdade|verdad|vez|una vez)[^ ]+)(?= )",
        needs=_PILLS_NEEDS,
        level=IMMINENT,
        reasons="attempt means",
        tense=Tense.EVENT,
    ),
    # On the roof, deciding: "no sé si bajar o tirarme", "não sei se desço ou me jogo".
    leveled(
        HIGH,
        "ideation method",
        "ib_jump_or_not",
        "no se si|nao sei se|ni se si|n sei se",
        r"(?: (?:bajar|bajarme|me bajo|bajo|descer|desco|volver|voltar|volto)(?: o| ou))?"
        r" (?:tirarme|me tiro|aventarme|me avento|lanzarme|me lanzo|arrojarme|me arrojo"
        r"|me jogo|me atiro|me jogar|me atirar|atirar me|jogar me)(?= (?:[.,!?]|$|de aqui"
        r"|desde aqui|daqui|de aca|al vacio|ao vazio))",
        needs="tirarme tiro aventarme avento lanzarme lanzo arrojarme arrojo jogo atiro jogar"
        " atirar",
    ),
    # Killing oneself named as a time for others: "ela vai precisar depois q eu me matar".
    imminent(
        "ib_after_i_kill_myself",
        "depois que eu me matar|depois q eu me matar|depois de eu me matar|depois de me matar"
        "|quando eu me matar|qdo eu me matar|quando eu me suicidar|depois que eu me suicidar"
        "|despues de que me mate|despues de matarme|cuando me mate|cuando me suicide"
        "|despues de suicidarme|pa cuando me mate",
        needs="matar matarme mate suicidar suicide suicidarme",
        reasons="intent",
    ),
    # "queria não existir", "quisiera no existir": a passive wish.
    leveled(
        CONCERN,
        "passive_wish",
        "ib_wish_not_exist",
        "queria nao existir|preferia nao existir|queria nunca ter existido|quisiera no existir"
        "|quisiera no haber existido|ojala no existiera|queria no existir|preferiria no existir"
        "|quem me dera nao existir",
        r"(?= (?:[.,!?]|$|mais|mas|nunca))",
        needs="existir existido existiera",
    ),
    # "no quiero seguir." with nothing after: not wanting to go on, as "ya no puedo más.".
    leveled(
        CONCERN,
        "hopeless",
        "ib_dont_go_on_bare",
        "no quiero seguir|nao quero seguir|nao quero continuar|no quiero continuar"
        "|ya no puedo mas|ja nao posso mais|ja nao consigo mais",
        r"(?= (?:[.!?]|$))",
        needs="seguir continuar puedo posso consigo",
    ),
]

_SET26_CUES: Final = [
    # A plan had, with nothing after: "ya tengo un plan.", "já tenho um plano".
    cue(
        "ib_have_a_plan",
        "ya tengo un plan|tengo un plan|ya tengo todo planeado|tengo todo planeado"
        "|ja tenho um plano|tenho um plano|ja tenho tudo planejado|ta tudo planejado"
        "|ja esta tudo planejado|ya esta todo planeado",
        _END,
        needs="plan plano planeado planejado",
        reasons="plan",
    ),
    # "el sábado cuando mis viejos viajen lo hago": done when no one is home.
    cue(
        "ib_do_it_when",
        "cuando|quando|qdo",
        r" (?:mis|mi|meus|minha|os meus|a minha|todos|ellos|eles) (?:\w+ )?(?:viajen|se vayan"
        r"|salgan|duerman|no esten|se duerman|viajarem|sairem|dormirem|forem embora"
        r"|viajar|sair)(?: [^.]{0,20}?)? (?:lo hago|lo voy a hacer|eu faco|faco|vou fazer)" + _END,
        needs="hago hacer faco fazer",
        reasons="plan timeline",
    ),
    # Means got or set out: "ya conseguí las pastillas", "separei os remédios todos".
    cue(
        "ib_means_got",
        "ya consegui|ya compre|ja consegui|ja comprei|consegui|compre|comprei|separei|junte"
        "|juntei|ya junte|escondi|ya tengo|ja tenho",
        rf" (?:las|los|unas|unos|mis|as|os|umas|uns|meus|minhas|el|la|o|a) (?:{_PILLS}"
        r"|cuerda|soga|corda|veneno|navaja|gilete|lamina|pistola|arma)(?: todos| todas)?" + _END,
        needs=_PILLS_NEEDS + " cuerda soga corda veneno navaja gilete lamina pistola arma",
        reasons="means",
    ),
    # Hidden or laid out before one: "las tengo escondidas", "tá tudo aqui na minha frente".
    cue(
        "ib_means_hidden",
        "las tengo escondidas|los tengo escondidos|tenho eles escondidos|ta tudo aqui na minha"
        " frente|esta todo aqui enfrente de mi|tengo todo aqui enfrente",
        needs="escondidas escondidos frente enfrente",
        reasons="means",
    ),
    # The day it ends: "hj acaba.", "hoy se termina todo".
    cue(
        "ib_ends_today",
        "hj acaba|hoje acaba|hoy se acaba|hoy acaba|hoy termina|hoje termina|hoy se termina"
        "|hoje acaba tudo|hj acaba tudo|hoy se acaba todo|hoy termina todo|hoje termina tudo",
        _END,
        needs="acaba termina",
        reasons="intent timeline",
    ),
    # Written in case it is the last: "por si no vuelvo a escribir", "caso eu não volte".
    cue(
        "ib_in_case_last",
        "por si no vuelvo a escribir|por si no vuelvo|por si ya no escribo|por si ya no vuelvo"
        "|caso eu nao volte|se eu nao voltar a escrever|caso eu nao volte a escrever"
        "|por se eu nao voltar",
        needs="vuelvo escribo volte voltar",
        reasons="goodbye",
    ),
    # Things not needed where one is going: "no los voy a necesitar donde voy".
    cue(
        "ib_not_needed_where",
        "no los voy a necesitar|no lo voy a necesitar|no la voy a necesitar|no las voy a"
        " necesitar|ya no los necesito|ya no lo necesito|nao vou precisar|nao vou mais precisar"
        "|ja nao vou precisar|ya no voy a necesitar",
        r"(?: (?:mas|mais|dele|dela|deles|delas|disso|nada))? (?:donde voy|a donde voy|adonde"
        r" voy|pra onde eu vou|para onde vou|pra onde vou|onde eu vou|para onde eu vou)(?= )",
        needs="donde adonde onde",
        reasons="goodbye",
    ),
    # No longer anyone's problem: "mañana ya no voy a ser problema de nadie".
    cue(
        "ib_no_ones_problem",
        "ya no voy a ser|no voy a ser mas|nao vou ser mais|ja nao vou ser|nao vou mais ser",
        r" (?:un |una |um |uma )?(?:problema|carga|estorbo|peso|fardo)"
        r" (?:de|para|pa|pra|pro) (?:nadie|ninguem|nadie mas)(?= )",
        needs="problema carga estorbo peso fardo",
        reasons="goodbye",
    ),
    # "siempre fuiste bien conmigo", "vc sempre foi bom comigo": said looking back.
    cue(
        "ib_good_to_me",
        "siempre fuiste|siempre has sido|fuiste|has sido|sempre foste|sempre foi|foste"
        "|vc sempre foi|voce sempre foi|sempre foram|siempre fueron",
        r" (?:muy |tan |re |bem |tao |mega )?(?:bien|bueno|buena|buenos|buenas|lindo|linda"
        r"|un buen amigo|una buena amiga|bom|boa|bons|um bom amigo|uma boa amiga|legal|gentil"
        r"|incrivel|increible)(?: \w+)? (?:conmigo|comigo|para mim|pra mim)" + _END,
        needs="conmigo comigo mim",
        reasons="goodbye",
    ),
    # Belongings left to someone: "ya le dejé mis cosas a mi hermanita".
    cue(
        "ib_things_left",
        "le deje|les deje|ya le deje|ya deje|deixei|ja deixei|le di|les di|regale|le regale"
        "|dei|doei|ja dei|reparti|ya reparti|distribui",
        r" (?:mis|todas mis|minhas|as minhas|todas as minhas|meus|os meus|todos os meus|todos"
        r" mis) (?:cosas|coisas|pertenencias|pertences)(?: [^.]{0,20}?)? (?:a|para|pra|pa|com"
        r"|entre)(?= )",
        needs="cosas coisas pertenencias pertences",
        reasons="goodbye",
        personal=False,  # "he" in "he dejado" reads as English "he"
    ),
    # "quando vc ler isso eu já não vou estar aqui", "mañana ya no estoy aquí".
    cue(
        "ib_not_here_anymore",
        "ja nao vou estar aqui|nao vou estar mais aqui|nao vou mais estar aqui|ja nao estarei"
        " aqui|nao estarei mais aqui|ya no voy a estar aqui|ya no estare aqui|nao to mais aqui"
        "|nao estou mais aqui|ja nao estou aqui|ya no estoy aqui|ja nao estou ca|ja nao vou"
        " estar ca|no voy a estar mas aqui",
        _END,
        needs="aqui ca",
        reasons="goodbye",
    ),
    # "diz pra minha mãe q eu amei ela": love passed on, in the past.
    cue(
        "ib_tell_her_i_loved",
        "diz pra|diga pra|diz a|diga a|diles a|dile a|digan a|fala pra|avisa",
        r" (?:minha|meu|mi|mis|a minha|o meu) \w+ (?:que|q|k) (?:eu )?(?:amei|amo|a amo|o amo"
        r"|la quiero|lo quiero|los quiero|la quise|lo quise|le quise|quise|amaba|gostava"
        r"|sempre amei|siempre quise)",
        needs="amei amo quiero quise amaba gostava",
        reasons="goodbye",
    ),
    # Saying goodbye to everyone: "tô me despedindo de vcs", "me estoy despidiendo".
    cue(
        "ib_saying_goodbye",
        "to me despedindo|estou me despedindo|me estoy despidiendo|estoy despidiendome"
        "|vim me despedir|vine a despedirme|so queria me despedir|solo queria despedirme"
        "|queria despedirme",
        r"(?: (?:de|da|do) (?:voces|vcs|vc|todos|todo mundo|ti|ustedes|todos ustedes|tds))?" + _END,
        needs="despedindo despidiendo despidiendome despedir despedirme",
        reasons="goodbye",
    ),
    # An attempt told as a blunder: "fiz uma besteira", "hice una estupidez".
    cue(
        "ib_did_something_stupid",
        "fiz uma besteira|fiz besteira|fiz merda|fiz uma merda|fiz uma burrada|fiz uma loucura"
        "|hice una estupidez|hice una tonteria|hice algo estupido|hice una pendejada"
        "|hice una locura|cometi una locura|hice una burrada",
        _END,
        needs="besteira merda burrada loucura estupidez tonteria estupido pendejada locura",
        reasons="attempt",
    ),
    # "tomei um monte de coisa": a lot of something swallowed.
    cue(
        "ib_took_lots_of_stuff",
        "tomei|engoli|me tome|me trague",
        r" (?:um monte de|uma porrada de|um bocado de|muita|un monton de|un chingo de"
        r"|un punado de|de todo) (?:coisa|coisas|cosa|cosas|merda|porcaria)" + _END,
        needs="coisa coisas cosa cosas merda porcaria",
        reasons="attempt",
    ),
    # A will made: "fiz meu testamento", "hice mi testamento".
    cue(
        "ib_made_will",
        "fiz meu testamento|fiz o meu testamento|fiz o testamento|escrevi meu testamento"
        "|hice mi testamento|ya hice mi testamento|hice el testamento|escribi mi testamento"
        "|ya hice el testamento",
        needs="testamento",
        reasons="plan",
    ),
]

# Look-alikes: an itch scratched till it bleeds, a haircut done again.
_LOOKALIKES: Final = [
    rule(
        "ib_itch_till_blood",
        "ate sangrar|hasta sangrar|hasta que me sangro|hasta que sangro|ate sair sangue",
        r"(?: [^ .,]+){0,6} (?:coceira|comichao|picada|picadas|mosquito|mosquitos|alergia"
        r"|comezon|picazon|urticaria|eczema|dermatitis|varicela|catapora)(?= )",
        needs="coceira comichao picada picadas mosquito mosquitos alergia comezon picazon"
        " urticaria eczema dermatitis varicela catapora",
        kind=Kind.IDIOM,
    ),
    rule(
        "ib_haircut",
        "cortarme|me cortar|cortar me|me corte|me cortei|me corto",
        r" (?:el|o|la|a|las|as|mi|meu|minha) (?:pelo|cabelo|cabello|barba|unas|franja|fleco"
        r"|flequillo|patillas|pelito)(?= )",
        needs="pelo cabelo cabello barba unas franja fleco flequillo patillas pelito",
        kind=Kind.IDIOM,
    ),
]


IBERIAN_RULES: Final[list[Rule]] = [
    *_THOUGHTS,
    *_SELF_HARM,
    *_ATTEMPTS,
    *_CUES,
    *_SET26,
    *_SET26_CUES,
    *_LOOKALIKES,
]
