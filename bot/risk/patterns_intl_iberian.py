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
try again". Folded text: lowercase ASCII, no accents or hyphens.
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
    r"|ponerle fin a mi vida|poner fin a mi vida|acabar con todo(?= [.,!?]| conmigo)"
    r"|morirme|ahorcarme|colgarme|acabar conmigo(?: mism[oa])?(?= [.,!?]))"
)
_PT_ENDING = (
    r"(?:tirar (?:a )?minha (?:propria )?vida|me matar|matar me|me suicidar|suicidar me"
    r"|acabar com (?:a )?minha vida|acabar com tudo(?= [.,!?])|por fim a (?:minha )?vida"
    r"|me enforcar|enforcar me|acabar comigo(?: mesm[oa])?(?= [.,!?])|dar fim a (?:minha )?vida"
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
        "atirar me|me atirar|jogar me|lancar me|me lancar|tirarme|aventarme|arrojarme|lanzarme",
        r" (?:ao|do|da|pela|para o|al|del|de la|desde el|desde la|por la|por el)"
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
        r"(?: mas| mais)? (?:esta|esa|essa|esta|la|a) vida(?= (?:[.,!?]|$))",
        needs="aguanto aguento",
    ),
]

# Self-harm by hitting or scratching until it bleeds.
_SELF_HIT = (
    r"(?:me pegue|me golpee|me golpeo|me pego|me arane|me arano|me rasgune|me rasguno|me rasque"
    r"|me mordi|me muerdo|me queme|me quemo|golpeandome|pegandome|aranandome|me di golpes"
    r"|me he pegado|me bati|me bato|me batendo|me arranhei|me arranho|arranhei|arranho|me mordo"
    r"|me queimei|me queimo|bati (?:com )?a (?:minha )?cabeca|me golpeei)"
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
        "|ate ficar em carne viva|hasta quedar en carne viva|ate fazer sangue",
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
        "|vim para ca|he venido aqui|he venido hasta aqui|vim ca",
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
        "|ya no le debo nada a nadie|nao devo nada a ninguem|deixei o dinheiro na conta",
        needs="pagadas claves contrasenas quitado pagas senhas devia debia saldado debo devo"
        " dinheiro",
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
        "|ja esta tudo em ordem|ta tudo em ordem|esta tudo em ordem|ja esta tudo resolvido",
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


IBERIAN_RULES: Final[list[Rule]] = [*_THOUGHTS, *_SELF_HARM, *_ATTEMPTS, *_CUES, *_LOOKALIKES]
