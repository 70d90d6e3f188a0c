"""Spanish and Portuguese plans, means, cover stories and settled affairs (chat set32).

Ideation: the idea of ending oneself carried for weeks ("llevo semanas con la idea de
quitarme de en medio"), a method thought of without stopping ("no paro de pensar en
colgarme", "fico imaginando me enforcar"), "a ideia de acabar com tudo não sai da minha
cabeça", "quero deixar de existir", going to join a dead grandparent up there. Acts:
going to the bridge to jump ("amanhã vou na ponte e pulo"), on a bridge's rail now, cut
too deep and bleeding, burning or hitting oneself again. Plans: a cover story with no
return ("le dije a mi mamá que me voy a pescar, pero la verdad no pienso volver"), "no
one will look for me until it's too late". Cues, each little alone: how and when
decided, a day and "I do it", waiting for mum to leave, a letter left on the bed, a
gun's key known, enough pills, things given away "where I'm going", a bank password
left, "I can go in peace now", love in the past tense ("los quise a todos"), "you won't
hear from me again". Markers: the pandemic as a past; "salí de eso", "estou estável" as
recovery; "fui internado por" dates a state. Folded text: lowercase ASCII, no accents.
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.rules import Kind, Rule, Tense, cue, imminent, leveled, rule

__all__ = ["IBERIAN_PLAN_MARKERS", "IBERIAN_PLAN_RULES"]

CONCERN, HIGH = RiskLevel.CONCERN, RiskLevel.HIGH

_END = r"(?= (?:[.,!?]|$))"
_TAG = r"(?: (?:manin|mano|tio|tia|wey|che|po|cara|mana|gente|bro|parce|loco|loca|ne|pa))?"
# Ending oneself, by name or by a method.
_ENDING = (
    r"(?:quitarme la vida|quitarme de en medio|matarme|suicidarme|colgarme|ahorcarme"
    r"|acabar con mi vida|acabar conmigo|pegarme un tiro|darme un tiro|envenenarme"
    r"|me matar|matar me|me suicidar|suicidar me|me enforcar|enforcar me|me dar um tiro"
    r"|dar me um tiro|tirar a minha vida|tirar minha vida|acabar com a minha vida"
    r"|acabar com minha vida|acabar comigo|me envenenar)"
    # Not a figure: "matarme de risa", "me matar de estudar".
    r"(?! (?:de|a|no|na|en|con|com) (?:risa|rir|estudiar|estudar|trabajar|trabalhar|gym"
    r"|gimnasio|academia|treino|entreno|hambre|fome)(?= ))"
)
_ENDING_NEEDS = (
    "quitarme matarme suicidarme colgarme ahorcarme acabar pegarme darme envenenarme matar"
    " suicidar enforcar dar tirar envenenar"
)
_ELDERS = (
    r"(?:abuelo|abuela|abuelos|abuelito|abuelita|mama|papa|madre|padre|viejo|vieja|hermano"
    r"|hermana|avo|avos|vo|vovo|vovo|mae|pai|irmao|irma|mainha|painho)"
)
_HIGH_PLACE = r"(?:ponte|puente|predio|edificio|viaduto|viaducto|torre|azotea|terraco|penhasco)"

_THOUGHTS: Final = [
    # "llevo semanas con la idea de quitarme de en medio", "ando com a ideia de me matar".
    leveled(
        HIGH,
        "ideation",
        "s32_idea_carried",
        "con la idea de|com a ideia de|com essa ideia de|con esta idea de|con esa idea de",
        " " + _ENDING,
        needs=_ENDING_NEEDS,
        back=r"(?:llevo|ando|estoy|vivo|sigo|estou|to|tou|fico|vivo|ando)(?: [^ .,]+){0,3}",
    ),
    # A method or the end thought of without stopping: "no paro de pensar en colgarme",
    # "fico imaginando me enforcar", "não consigo parar de pensar em me matar".
    leveled(
        HIGH,
        "ideation method",
        "s32_cant_stop_thinking",
        "pensar|pensando|imaginar|imaginando|imaginandome",
        r"(?: (?:en|em|no|na))? " + _ENDING,
        needs=_ENDING_NEEDS,
        back=r"(?:no paro de|no dejo de|no puedo dejar de|nao paro de|n paro de"
        r"|nao consigo parar de|nao consigo deixar de|fico|sigo|ando|vivo)",
    ),
    # "a ideia de acabar com tudo não sai da minha cabeça", "la idea de morirme no se va".
    leveled(
        HIGH,
        "ideation",
        "s32_idea_wont_leave",
        "la idea de|a ideia de|esa idea de|essa ideia de",
        r" (?:acabar con todo|acabar com tudo|acabar com isso tudo|terminar con todo|morirme"
        r"|morrer)(?: (?:de vez|de una vez|de uma vez|mesmo|ya|ja|,))?"
        r" (?:no sale|no se va|no me deja|no se me va|vuelve|nao sai"
        r"|nao me larga|nao me deixa|volta|n sai)(?= )",
        needs="acabar terminar morirme morrer",
    ),
    # "quero deixar de existir", "não quero mais existir", as "no quiero existir".
    leveled(
        HIGH,
        "ideation",
        "s32_stop_existing_pt",
        "quero deixar de existir|so quero deixar de existir|quero parar de existir"
        "|nao quero mais existir|n quero mais existir|ja nao quero existir|nao quero existir",
        r"(?! (?:em|no|na|nas|nos|sem|como|assim|pra|para)(?= ))",
        needs="existir",
    ),
    # Joining a dead grandparent up there: "esta semana me voy con mi abuelo, él me está
    # esperando allá arriba", "vou encontrar meu avô lá em cima". Not upstairs or uphill.
    leveled(
        HIGH,
        "ideation",
        "s32_join_the_dead",
        "me voy con|voy con|me vou com|vou com|vou encontrar|voy a encontrarme con|vou me juntar a"
        "|me voy a juntar con|vou pra junto d|vou ter com|voy a reunirme con|vou me encontrar com",
        r"(?:o|a)?(?: (?:mi|mis|meu|minha|meus|o meu|a minha|o|a|el|la))? " + _ELDERS + r"(?= )"
        r"[^.]{0,40}? (?:alla arriba|en el cielo|al cielo|la em cima|la no ceu|no ceu|ao ceu"
        r"|pro ceu|la no alto)(?= )"
        r"(?! (?:no|na|do|da|en el|en la|del|de la|de|en|que)(?= ))",
        needs="arriba cielo cima ceu alto",
    ),
    # "mañana es mi último día en este mundo", "hoje é o meu último dia na terra".
    leveled(
        HIGH,
        "ideation",
        "s32_last_day_alive",
        "mi ultimo dia|meu ultimo dia|el ultimo dia|o ultimo dia|mi ultima noche"
        "|minha ultima noite",
        r" (?:en este mundo|en la tierra|neste mundo|na terra|nesta terra|vivo|viva|con vida"
        r"|com vida)(?= )",
        needs="mundo tierra terra vivo viva vida",
        jokable=True,
    ),
    # "n aguento mais", "hj eu n quero mais": the weary line in chat spelling.
    leveled(
        CONCERN,
        "hopeless",
        "s32_cant_take_it_chat",
        "n aguento mais|nao aguento mais nada|n quero mais|nao quero mais",
        _TAG + _END,
        needs="aguento quero",
        # After a day or "eu", not a plate pushed away ("quer mais? não quero mais").
        back=r"(?:hj|hoje|hj eu|hoje eu|eu|ja|so)",
    ),
]

_ACTS: Final = [
    # "amanhã cedo vou na ponte e pulo", "voy al puente y me tiro".
    imminent(
        "s32_go_and_jump",
        "e pulo|e me jogo|e me atiro|y salto|y me tiro|y me aviento|y me lanzo|e salto",
        r"(?![^.]{0,40}?(?:piscina|pileta|bungee|paraquedas|paracaidas|rio|agua|mar)(?= ))",
        needs="pulo jogo atiro salto tiro aviento lanzo",
        back=r"(?:vou|voy|vo|me voy|eu vou) (?:na|pra|pro|para a|para o|ate a|a la|al|hasta el"
        r"|hasta la|pal|pa la|a) " + _HIGH_PLACE,
        reasons="plan method",
    ),
    # On a bridge's rail now: "estoy en la baranda del puente ahorita".
    imminent(
        "s32_on_the_rail_now",
        "baranda|barandal|barandilla|cornisa|parapeito|mureta|grade|beirada",
        r" (?:del|de la|do|da) " + _HIGH_PLACE + r"(?= )[^.]{0,20}? (?:ahorita|ahora|ahora mismo"
        r"|agora|agorinha|en este momento|neste momento|ya)(?= )"
        r"(?![^.]{0,40}?(?:vista|foto|fotos|atardecer|paisaje|paisagem|por do sol|sol|turista"
        r"|pintando|pintar|arreglando|consertando)(?= ))",
        needs="ahorita ahora agora agorinha momento ya",
        back=r"(?:estoy|estou|to|tou|me subi a|subi na|subi a|me sente en)"
        r"(?: (?:sentad[oa]|parad[oa]|em pe|de pie))?(?: (?:en|na|no|sobre|encima de))?"
        r"(?: la| a| o| el)?",
        reasons="attempt",
    ),
    # Cut too deep and bleeding: "me corté muy hondo y no para de salir sangre".
    imminent(
        "s32_cut_deep_bleeding",
        "me corte|me cortei|cortei me|me he cortado",
        r"(?![^.]{0,60}?(?:cocinando|cozinhando|sin querer|sem querer|accidente|acidente"
        r"|vidrio|vidro|lata|afeitando|barbeando)(?= ))"
        r"(?: [^ .,]+){0,3} (?:hondo|profundo|fundo|demasiado|de mas|demais)(?= )"
        r"[^.]{0,40}? (?:no para de (?:salir|sangrar)|nao para de (?:sair|sangrar)|no deja de"
        r" sangrar|sangra mucho|sangrando mucho|sangrando muito|mucha sangre|muito sangue)(?= )",
        needs="sangre sangrar sangrando sangue sangra",
        reasons="attempt self_harm",
    ),
    # Burning oneself as a habit or again: "me quemo con el encendedor cuando me pongo así".
    leveled(
        HIGH,
        "self_harm",
        "s32_burning_habit",
        "me quemo|me queimo|me quemo otra vez|me volvi a quemar|me queimei de novo",
        r" (?:con|com) (?:el |un |la |o |um |a |uma )?(?:encendedor|mechero|cigarro|cigarrillo"
        r"|isqueiro|fosforo|fosforos|pucho|bituca)(?= )"
        r"(?![^.]{0,60}?(?:sin querer|sem querer|prendiendo|acendendo|encendiendo|cocina"
        r"|cozinha|fogao|estufa|asado|churrasco)(?= ))"
        r"(?= [^.]{0,40}?(?:cuando me pongo|quando fico|cuando estoy mal|quando to mal"
        r"|quando estou mal|para sentir|pra sentir|pa sentir|a proposito|de proposito"
        r"|lo volvi a hacer|voltei a fazer|otra vez|de novo|outra vez|de nuevo)(?= ))",
        needs="encendedor mechero cigarro cigarrillo isqueiro fosforo fosforos pucho bituca",
        tense=Tense.EVENT,
    ),
    # Hitting oneself and not stopping: "me estoy pegando contra la pared otra vez".
    leveled(
        HIGH,
        "self_harm",
        "s32_hitting_self",
        "me estoy pegando|me estoy golpeando|me sigo pegando|me sigo golpeando|estou me batendo"
        "|to me batendo|tou me batendo|estou a bater me|me pego|me golpeo",
        r" (?:contra la pared|contra a parede|la cabeza contra|a cabeca contra|contra el piso"
        r"|contra o chao)(?= )"
        r"(?= [^.]{0,40}?(?:no puedo parar|nao consigo parar|n consigo parar|otra vez|de nuevo"
        r"|de novo|outra vez|hasta sangrar|ate sangrar)(?= ))",
        needs="pared parede cabeza cabeca piso chao",
        tense=Tense.EVENT,
    ),
    # A cover story and no return: "le dije a mi mamá que me voy a pescar, pero la verdad
    # es que no pienso volver", "disse pra minha mãe que vou dormir na Bia. na vdd vou pro
    # rio hj e n volto". Not a move abroad told plainly ("y no pienso volver").
    imminent(
        "s32_cover_no_return",
        "le dije a|les dije a|le dije que|les dije que|disse pra|disse a|disse ao|falei pra"
        "|falei pro|falei a|creen que|cree que|piensan que|acham que|acha que|pensam que",
        r"[^?]{0,120}? (?:pero la verdad|la verdad es que|pero en realidad|en realidad|la neta"
        r"|na verdade|na vdd|na real)[^?]{0,60}? (?:no pienso volver|no voy a volver|no vuelvo"
        r"|no pienso regresar|no voy a regresar|no regreso|nao volto|n volto|nao vou voltar"
        r"|n vou voltar|nao penso voltar)" + _END,
        needs="volver vuelvo regresar regreso volto voltar",
        reasons="plan",
    ),
    # "nadie va a sospechar hasta que sea tarde", "assim ninguém me procura até ser tarde".
    imminent(
        "s32_until_too_late",
        "hasta que sea tarde|hasta que ya sea tarde|hasta que sea demasiado tarde|ate ser tarde"
        "|ate ser tarde demais|ate que seja tarde|ate q seja tarde|ate ja ser tarde",
        needs="tarde",
        back=r"(?:nadie|ninguem|ngm)(?: (?:me|va a|vai|se va a|vao|van a|me va a|me vai|vai me"
        r"|nem|lo|va))+ (?:sospechar|buscar|procurar|procura|busca|perceber|notar|desconfiar"
        r"|dar cuenta|enterar|encontrar|achar)(?: nada)?",
        reasons="plan",
    ),
]

_CUES: Final = [
    # "ya tengo pensado cómo y cuándo," with nothing said of what: a plan.
    cue(
        "s32_how_and_when",
        "como y cuando|cuando y como|como e quando|quando e como|como y donde|como e onde",
        _END,
        needs="cuando quando",
        back=r"(?:tengo pensado|ya tengo pensado|tengo decidido|ya decidi|ya se|decidi|ja sei"
        r"|ja decidi|ja tenho pensado|tenho pensado|ja tenho decidido|eu ja sei)",
        reasons="plan",
    ),
    # A day, then "I do it": "el domingo que mi vieja se va lo hago", "sábado eu faço".
    cue(
        "s32_do_it_on_day",
        "lo hago|lo voy a hacer|eu faco|vou fazer|faco",
        _TAG + _END,
        needs="hago hacer faco fazer",
        back=r"(?:el |este |esse |no |na |nesse |neste |o )?(?:lunes|martes|miercoles|jueves"
        r"|viernes|sabado|domingo|segunda|terca|quarta|quinta|sexta|finde|fds|fim de semana)"
        r"(?: [^.]{0,50}?)?(?: (?:ya|yo|eu|ja))?",
        reasons="plan timeline",
    ),
    # "sei quando vou fazer", "ya sé cuándo lo voy a hacer".
    cue(
        "s32_know_when",
        "sei quando vou fazer|ja sei quando vou fazer|ya se cuando lo voy a hacer"
        "|se cuando lo voy a hacer|ya se cuando lo hago|sei quando fazer",
        needs="quando cuando",
        reasons="plan",
    ),
    # Waiting for family to be away: "só espero minha mãe viajar", "espero a que mi mamá
    # se vaya".
    cue(
        "s32_waiting_for_absence",
        "so espero|so to esperando|so estou esperando|solo espero|solo estoy esperando"
        "|nomas espero|espero a que|so falta",
        r"(?: que)?(?: (?:a|o|mi|minha|meu|mis|meus|minhas|la|el|os|as))? " + _ELDERS + r"s?"
        r" (?:viajar|sair|dormir|se vaya|salga|se duerma|viaje|se ir|ir embora|se van|salgan)"
        r"(?= )",
        needs="espero esperando falta",
        reasons="plan",
    ),
    # "já tá tudo planejado pra hoje à noite", "ya tengo todo planeado".
    cue(
        "s32_all_planned",
        "ja ta tudo planejado|ta tudo planejado|esta tudo planejado|ja esta tudo planejado"
        "|ya tengo todo planeado|tengo todo planeado|ya esta todo planeado|ja tenho tudo planejado",
        needs="planejado planeado",
        reasons="plan",
    ),
    # A letter left where it will be found: "deixei a carta em cima da cama".
    cue(
        "s32_letter_left_out",
        "deixei a carta|deixei uma carta|deje la carta|deje una carta",
        r" (?:em cima|encima|sobre|debajo|embaixo|na|no|en la|en el|bajo)(?: (?:da|do|de la|del"
        r"|de|la|el|a|o))? (?:cama|mesa|almohada|travesseiro|escrivaninha|escritorio|cajon"
        r"|gaveta|comoda|velador|criado)(?= )",
        needs="carta",
        reasons="goodbye",
        personal=False,
    ),
    # Letters written for the family, no article: "escribí cartas pa mi mamá".
    cue(
        "s32_letters_for_family",
        "escribi cartas|escrevi cartas|les escribi cartas|le escribi cartas|deje cartas"
        "|deixei cartas",
        r" (?:pa|para|pra|pro|a)(?: (?:mi|mis|minha|meu|meus|os meus|as minhas))? " + _ELDERS,
        needs="cartas",
        reasons="goodbye",
        personal=False,
    ),
    # A gun whose key one knows: "mi tío dejó la pistola en el ropero y ya sé dónde está
    # la llave".
    cue(
        "s32_gun_key_known",
        "la pistola|el arma|el revolver|la escopeta|a arma|o revolver|a pistola|a espingarda"
        "|la carabina|el rifle|a garrucha",
        r"[^.]{0,80}? (?:se|sei|yo se|eu sei|ya se|ja sei) (?:donde|onde) (?:esta|estan|ta|tao"
        r"|estao|guarda|guardan|guardam|esconde|escondem|deja|deixa|fica|ficam)"
        r" (?:la llave|las llaves|a chave|as chaves|las balas|as balas|la municion|a municao)(?= )",
        needs="llave llaves chave chaves balas municion municao",
        reasons="means",
    ),
    # "já tenho o suficiente", after pills gathered: the amount reached.
    cue(
        "s32_have_enough",
        "ja tenho o suficiente|tenho o suficiente|ja tenho suficientes|ya tengo suficientes"
        "|ya tengo las suficientes|ya tengo suficiente|ya junte suficientes|ja juntei o suficiente",
        _END,
        needs="suficiente suficientes",
        reasons="means",
    ),
    # Things given away, all or in general: "estoy regalando mi ropa y mis cosas", "tô
    # dando todas as minhas coisas". Not baby clothes or a maternity wardrobe.
    cue(
        "s32_giving_things",
        "estoy regalando|estou dando|to dando|tou dando|tou a dar|estou a dar|estou doando"
        "|to doando|regale|dei|doei|regale todas",
        r" (?:todas (?:as |mis )?|todos (?:os |mis )?|mi ropa y )?(?:mis|minhas|meus|as minhas"
        r"|os meus) (?:cosas|coisas)(?= )"
        r"(?! (?:de|del|da|do) (?:bebe|nene|embarazo|gravida|gravidez|maternidad|cuarto|quarto"
        r"|escritorio|oficina)(?= ))",
        needs="cosas coisas",
        reasons="goodbye",
    ),
    # "donde voy no las voy a necesitar", "n vou precisar mais": the reason for giving.
    cue(
        "s32_wont_need_them",
        "donde voy no|adonde voy no|a donde voy no|onde vou nao|pra onde eu vou nao"
        "|pra onde vou nao|para onde vou nao|n vou precisar mais|nao vou precisar mais"
        "|ya no las voy a necesitar|ya no los voy a necesitar|ja nao vou precisar",
        r"(?: (?:las|los|lo|la|me))?(?: voy a| vou| van a| vao)?"
        r"(?: (?:necesitar|necesito|precisar|preciso|hacer falta|fazer falta))?(?= )",
        needs="voy vou precisar necesitar",
        reasons="goodbye",
    ),
    # A bank password or PIN left: "le dejé la clave del banco a mi hermana".
    cue(
        "s32_bank_key_left",
        "le deje la clave|deje la clave|le pase la clave|le di la clave|deixei a senha"
        "|deixei lhe a senha|passei a senha|dei a senha|le deje mis claves|deje mis claves",
        r" (?:del banco|de la tarjeta|do banco|do cartao|da conta|de la cuenta)(?= )",
        needs="clave claves senha",
        reasons="goodbye",
        personal=False,
    ),
    # "ya me puedo ir tranquilo", "já posso partir em paz".
    cue(
        "s32_can_go_in_peace",
        "ya me puedo ir|ya puedo irme|ja posso ir|ja posso partir|ya me puedo morir"
        "|ja posso morrer",
        r" (?:tranquil[oa]|en paz|em paz|sossegad[oa])" + _END,
        needs="tranquilo tranquila paz sossegado sossegada",
        reasons="goodbye",
    ),
    # "quando eu já cá não estiver", "cuando ya no esté": the family after oneself.
    cue(
        "s32_when_im_gone_pt",
        "quando eu ja ca nao estiver|quando ja ca nao estiver|quando eu ja nao estiver"
        "|quando eu nao estiver mais aqui|cuando ya no este|cuando yo ya no este",
        r"(?! (?:em|no|na|en|de|por)(?= ))",
        needs="estiver este",
        reasons="goodbye",
        personal=False,
    ),
    # Love in the past tense, to all: "pa que sepan que los quise a todos".
    cue(
        "s32_loved_you_all",
        "los quise a todos|las quise a todos|los quise mucho|sepan que los quise|los quise tanto"
        "|saibam que eu amei|eu amei todos voces|eu amei todos vcs|amei muito voces",
        needs="quise amei",
        reasons="goodbye",
        personal=False,
    ),
    # Love passed on: "diz pra mainha que eu amo ela", "dile a mi mamá que la quiero".
    cue(
        "s32_tell_her_i_love",
        "diz pra|diga pra|diz a|diga a|fala pra|dile a|decile a|digale a|diles a",
        r"(?: (?:mi|minha|meu|a minha|o meu|mis))? " + _ELDERS + r"s?"
        r" que (?:eu )?(?:amo ela|amo ele|a amo|o amo|la quiero|lo quiero|la amo|lo amo"
        r"|los quiero|amo eles|te amo|sempre amei|siempre la quise)(?= )",
        needs="amo quiero amei quise",
        reasons="goodbye",
        personal=False,
    ),
    # "you won't hear from me again": "nhos ka ta ten más notísia di mi" (Cabo Verde),
    # "não vão ter mais notícias minhas", "no van a saber más de mí".
    cue(
        "s32_no_more_news",
        "nhos ka ta ten|bos ka ta ten|nao vao ter mais noticias|nao vao mais ter noticias"
        "|ninguem vai ter mais noticias|no van a saber mas de mi|nunca mas van a saber de mi"
        "|ya no van a saber de mi|no van a tener mas noticias",
        r"(?: (?:mas|mais) (?:notisia|noticia|noticias) (?:di mi|minhas|mias))?",
        needs="ten noticias saber",
        reasons="goodbye",
    ),
    # Creole and plain goodbyes to everyone: "tchau pa tudu gente", "adiós a todos".
    cue(
        "s32_bye_to_all",
        "tchau pa tudu|tchau pra todos|tchau pa todos|adeus a todos|adios a todos|adeus pa tudu",
        _TAG + _END,
        needs="tudu todos",
        reasons="goodbye",
        personal=False,
    ),
]

IBERIAN_PLAN_RULES: Final[list[Rule]] = [*_THOUGHTS, *_ACTS, *_CUES]

IBERIAN_PLAN_MARKERS: Final[list[Rule]] = [
    # The pandemic, lockdown: a time gone by. "en la pandemia pensé mucho en morirme".
    rule(
        "s32_in_the_pandemic",
        "en la pandemia|durante la pandemia|na pandemia|durante a pandemia|en la cuarentena"
        "|na quarentena|durante la cuarentena|durante a quarentena|no confinamento"
        "|en el confinamiento|durante el confinamiento",
        needs="pandemia cuarentena quarentena confinamento confinamiento",
        kind=Kind.PAST,
    ),
    # A hospital stay for it, told as done: "fui internado por ideação suicida".
    rule(
        "s32_was_admitted",
        "fui internado|fui internada|estive internado|estive internada|estuve internado"
        "|estuve internada|me internaron|me internaram|fui hospitalizado|fui hospitalizada",
        needs="internado internada internaron internaram hospitalizado hospitalizada",
        kind=Kind.PAST,
    ),
    # Out of it now: "salí de eso con ayuda", "agora estou estável", "já saí dessa".
    rule(
        "s32_out_of_it",
        "sali de eso|sali de esa|ya sali de eso|sai dessa|sai disso|ja sai dessa|estoy estable"
        "|estou estavel|to estavel|tou estavel|ahora estoy estable|agora estou estavel"
        "|lo supere|supere eso|superei isso|ya lo supere",
        needs="sali sai estable estavel supere superei",
        back=r"(?:pero|y|e|mas|ya|ja|hoy|hoje|ahora|agora|,|gracias a dios|gracas a deus"
        r"|por suerte|felizmente)",
        kind=Kind.RECOVERY,
    ),
]
