"""Spanish and Portuguese crises told in other words (first seen in chat set30), as families.

A jump thought about where it would be ("fico pensando em pular", "la idea de tirarme
de algún risco"); thinking of ending oneself with no words between ("pensando en acabar
conmigo", "penso em pôr fim a isto tudo"); leaving this life or resting forever ("vou
bazar desta vida", "hoje vou descansar pra sempre"); burning oneself again in other
words ("me ando quemando", "voltei a queimar-me"); pills taken too many on purpose or
the whole medicine cabinet; standing at a bridge's rail and not coming down; not meaning
to come back alive. And cues, each little alone: everything prepared, letters and
passwords left, keys or money left with someone, no one's problem or worry any more,
photos and chats erased, "take care of my cat / my mum", love to all, "you were the only
good thing", resting at last, "tomorrow early I do it", "let no one look for me", pills
kept or set aside, a trip with no return, going somewhere "to end this", everything
needed to end it, debts paid, a will made. Folded text: lowercase ASCII, no accents.
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.lexicon import IBERIAN_PILL_NEEDS, IBERIAN_PILLS
from bot.risk.rules import Rule, Tense, cue, imminent, leveled

__all__ = ["IBERIAN_VEILED_RULES"]

CONCERN, HIGH, IMMINENT = RiskLevel.CONCERN, RiskLevel.HIGH, RiskLevel.IMMINENT

_END = r"(?= (?:[.,!?]|$))"
_TAG = (
    r"(?: (?:po|weon|wey|che|asere|compa|mano|maninho|cara|pa|uai|ne|gente|parce|ho|so"
    r"|mana|amiga|amigo|loco|loca|tio|tia|hermano|guey|bro|kota|mija|mijo))?"
)
_PILLS, _PILLS_NEEDS = IBERIAN_PILLS, IBERIAN_PILL_NEEDS
# Ending it, as the purpose of means or of a trip: "pra acabar com isso", "a acabar con
# esto"; not "acabar con esto de la tesis".
_END_IT = (
    r"(?:pa|para|pra|a) (?:acabar|terminar) (?:con|com|cm) (?:esto|todo|isto|isso|tudo"
    r"|todo esto|tudo isto|tudo isso|mi vida|a minha vida|minha vida)"
    r"(?: de vez| de una vez| de uma vez)?(?! (?:de|do|da|del|dos|das|que|q)(?= ))"
)
# Thinking, with up to four words between ("penso todos os dias em", "llevo días pensando en").
_THINKING = (
    r"(?:penso|pensando|pienso|pensar|pensei|pense|pensava|pensaba)"
    r"(?: (?!(?:no|nao|nunca|jamas)(?= ))[^ .,]+){0,4} (?:em|en)"
)
_HIGH_PLACE = (
    r"(?:ponte|puente|predio|edificio|viaduto|viaducto|risco|acantilado|barranco|precipicio"
    r"|penhasco|falesia|torre|terraco|azotea|janela|ventana|varanda|balcon|telhado|techo)"
)
# Jumping for fun: a pool, a parachute, carnival, a rope.
_PASTIME = (
    r"(?![^.]{0,40}?(?:piscina|pileta|paraquedas|paracaidas|bungee|puenting|carnaval"
    r"|trampolim|trampolin|nadar|banho|calor|corda|cuerda|clavado)(?= ))"
)

_THOUGHTS: Final = [
    # "la idea de tirarme de algún risco", "a ideia de me atirar da ponte".
    leveled(
        HIGH,
        "ideation method",
        "s30_jump_idea_place",
        "tirarme|aventarme|arrojarme|lanzarme|saltar|me atirar|atirar me|me jogar|jogar me|pular",
        r" (?:de|del|desde|da|do|pela|por|de la|desde la|desde el|de uma|de um|de algun|de alguna"
        r"|de algum|de alguma|de un|de una)(?: [^ .,]+)? " + _HIGH_PLACE + "(?= )" + _PASTIME,
        needs="tirarme aventarme arrojarme lanzarme saltar atirar jogar pular",
        back=r"(?:la idea de|idea de|a ideia de|ideia de|" + _THINKING + ")",
    ),
    # The place first: "toda vez que passo na ponte eu fico pensando em pular".
    leveled(
        HIGH,
        "ideation method",
        "s30_jump_thought_at_place",
        "pensando em pular|pensando em me jogar|pensando em me atirar|pensando en saltar"
        "|pensando en tirarme|pensando en aventarme|penso em pular|pienso en saltar"
        "|pienso en tirarme|penso em me jogar",
        r"(?= (?:[.,!?]|$|e|y|de|da|do|del|desde|pela|por)(?= ))" + _PASTIME,
        needs="pular jogar atirar saltar tirarme aventarme",
        back=_HIGH_PLACE + r"(?: [^.]{0,40}?)?",
    ),
    # "llevo días pensando en acabar conmigo", "penso todos os dias em acabar com a vida".
    leveled(
        HIGH,
        "ideation",
        "s30_thinking_of_ending",
        "acabar conmigo|acabar comigo|acabar com a vida|acabar con la vida|acabar cm a vida"
        "|acabar com a minha vida|por fim a isto tudo|por fim a isso tudo|por fim a tudo"
        "|poner fin a todo|ponerle fin a todo|por fim a minha vida|quitarme de en medio",
        r"(?: mism[oa]| mesm[oa]| de vez| de una vez| de uma vez)?"
        r"(?! (?:de|do|da|del|dele|dela|deles|delas|dos|das|desse|dessa|deste|desta)(?= ))",
        needs="acabar fim fin quitarme",
        back=_THINKING,
    ),
    # "daqui a nada vou bazar desta vida", "me voy a ir de esta vida": leaving life itself.
    leveled(
        HIGH,
        "ideation intent",
        "s30_leave_this_life",
        "vou bazar desta vida|vou partir desta vida|vou sair desta vida|vou me despedir desta vida"
        "|vou deixar esta vida|me voy a ir de esta vida|me voy de esta vida|voy a dejar esta vida"
        "|me voy a despedir de esta vida|quiero irme de esta vida|quero sair desta vida"
        "|quero partir desta vida",
        r"(?! (?:de|do|da|del|dos|das)(?= ))",
        needs="vida",
    ),
    # "hoje eu vou descansar pra sempre": resting forever, said as what one will do.
    leveled(
        HIGH,
        "ideation",
        "s30_rest_forever",
        "vou descansar pra sempre|vou descansar para sempre|voy a descansar para siempre"
        "|voy a descansar pa siempre|vou dormir pra sempre|vou dormir para sempre"
        "|me voy a dormir para siempre|voy a dormir para siempre",
        needs="sempre siempre",
    ),
    # The wish made plain: "vontade de sumir de vez, de morrer mesmo", "q ganas d morirme".
    leveled(
        HIGH,
        "ideation",
        "s30_wish_made_plain",
        "de morrer mesmo|de morrer de verdade|de morirme de verdad|de morir de verdad"
        "|d morirme|d morir|d matarme|de morirme d vdd",
        r"(?! (?:de|d|del|da|do) (?:risa|rir|rrisa|sueno|sono|fome|hambre|frio|calor|vergonha"
        r"|verguenza|tedio|aburrimiento)(?= ))",
        needs="morrer morirme morir matarme",
        back=r"(?:vontade|ganas|gnas|vontade de [^.]{0,40}?|ganas de [^.]{0,40}?)(?: ,)?",
    ),
    # "todos estarían mejor si yo no estuviera": the burden said with "if".
    leveled(
        CONCERN,
        "burden",
        "s30_better_if_i_werent",
        "mejor si yo no estuviera|mejor si no estuviera|mejor si yo no existiera"
        "|mejor si no existiera|melhor se eu nao estivesse|melhor se eu nao existisse"
        "|melhor se eu nao estivesse aqui|mejor si yo no estuviera aqui",
        # "... si yo no estuviera en la foto", "na equipe": a place, not being alive.
        r"(?! (?:en|na|no|nessa|nesse|en el|en la|nel)(?= ))",
        needs="mejor melhor",
        back=r"(?:estarian|estaria|estariam|ficariam|vivirian|viveriam|todos|todo mundo"
        r"|seria|serian)(?: [^ .,]+){0,2}",
    ),
    # "ninguém ia dar falta de mim", "nadie me echaría de menos".
    leveled(
        CONCERN,
        "burden",
        "s30_nobody_would_miss",
        "ninguem ia dar falta de mim|ninguem ia dar pela minha falta|ninguem daria pela minha falta"
        "|ninguem ia sentir a minha falta|ninguem ia sentir minha falta|ngm ia sentir minha falta"
        "|nadie me echaria de menos|nadie me extranaria|nadie notaria mi falta",
        needs="falta menos extranaria",
    ),
    # "não tenho esperança de mais nada", "ya no tengo esperanza en nada".
    leveled(
        CONCERN,
        "hopeless",
        "s30_no_hope_of_anything",
        "nao tenho esperanca de mais nada|ja nao tenho esperanca de nada|nao tenho esperanca"
        " em nada|no tengo esperanza de nada|ya no tengo esperanza en nada|no tengo esperanza"
        " en nada|ya no tengo esperanza de nada",
        needs="esperanca esperanza",
    ),
    # "ya me cansé de vivir", "cansei de viver".
    leveled(
        CONCERN,
        "passive_wish",
        "s30_tired_of_living",
        "me canse de vivir|cansei de viver|ja cansei de viver|me harte de vivir",
        needs="vivir viver",
    ),
]

_ACTS: Final = [
    # "me ando quemando con el encendedor otra vez", "voltei a queimar-me com o cigarro".
    leveled(
        HIGH,
        "self_harm",
        "s30_burning_again",
        "me ando quemando|ando quemandome|me sigo quemando|sigo quemandome|volvi a quemarme"
        "|me volvi a quemar|voltei a queimar me|voltei a me queimar|continuo a queimar me"
        "|continuo me queimando|ando me queimando|ando a queimar me",
        r" (?:con|com) (?:el |un |la |o |um |a |uma )?(?:encendedor|mechero|cigarro|cigarrillo"
        r"|isqueiro|fosforo|fosforos|pucho|bituca)(?= )"
        r"(?![^.]{0,60}?(?:prendiendo|encendiendo|acendendo|asado|parrilla|churrasco|fogao"
        r"|cocina|cozinha|vela|velas|fogon|sin querer|sem querer)(?= ))",
        needs="encendedor mechero cigarro cigarrillo isqueiro fosforo fosforos pucho bituca",
        tense=Tense.EVENT,
    ),
    # Pills taken too many on purpose: "tomei comprimidos a mais, de propósito".
    imminent(
        "s30_took_extra_on_purpose",
        "tomei|me tome|tome|engoli|me tomei",
        r" (?:(?:uns|umas|unos|unas|os|as|los|las|mis|meus|minhas) )?"
        + _PILLS
        + r" (?:a mais|de mais|demais|de mas|extra)"
        r"(?= [^.]{0,40}?(?:de proposito|a proposito|a posta|aposta|adrede|queriendo)(?= ))",
        needs="proposito posta aposta adrede queriendo",
        reasons="attempt",
    ),
    # The whole medicine cabinet: "me tomé todo lo que había en el botiquín".
    imminent(
        "s30_took_the_cabinet",
        "me tome todo lo que habia|me tome todo lo que tenia|tome todo lo que habia"
        "|tomei tudo o que havia|tomei tudo que havia|tomei tudo o que tinha|tomei tudo que tinha"
        "|me tome todas las pastillas|me tome todo|tomei tudo|tomei todos os remedios",
        r" (?:en|no|na|del|de la|do|da)(?: el| la| o| a| mi| meu| minha)? (?:botiquin|farmacinha"
        r"|caixa de remedios|armario de remedios|gaveta de remedios|cajon de las medicinas"
        r"|cajon de medicinas|caixinha de remedios)(?= )",
        needs="botiquin farmacinha caixa armario gaveta cajon caixinha",
        reasons="attempt",
    ),
    # "acabei de tomar os remédios todos": the whole supply just taken.
    imminent(
        "s30_just_took_all",
        "acabei de tomar|acabo de tomar|acabo de tomarme|acabei de engolir",
        r" (?:os remedios todos|os comprimidos todos|todos os remedios|todos os comprimidos"
        r"|todas las pastillas|todas mis pastillas|todos los medicamentos|as pilulas todas"
        r"|a caixa toda|a cartela toda|la caja entera|el frasco entero)"
        r"(?! (?:do dia|da noite|da manha|de hoje|del dia|de la noche|de hoy|receitad\w*"
        r"|recetad\w*|que o medico|que el medico)(?= ))",
        needs="remedios comprimidos pastillas medicamentos pilulas caixa cartela caja frasco",
        reasons="attempt",
    ),
    # At a bridge's rail, a roof's edge, and not coming down: "estou em cima do prédio,
    # não quero descer mais", "estoy parada en la baranda del puente y no me quiero bajar".
    imminent(
        "s30_on_the_edge",
        "baranda|barandal|cornisa|borde|orilla|beira|beirada|parapeito|mureta|cima|encima",
        r" (?:del|de la|do|da|de) (?:puente|edificio|predio|ponte|viaduto|viaducto|torre"
        r"|telhado|techo|azotea|terraco)(?= )"
        r"(?: [^.]{0,30}?)? (?:no me quiero bajar|no quiero bajar|no pienso bajar|no me voy a bajar"
        r"|nao quero descer|nao vou descer|nao penso descer|nao quero sair daqui)(?= )"
        r"(?![^.]{0,40}?(?:vista|show|fogos|festa|fiesta|sol|churrasco|paisagem|paisaje"
        r"|atardecer|por do sol)(?= ))",
        needs="bajar descer sair",
        reasons="attempt",
    ),
    # "não tenciono voltar viva", "no pienso volver con vida": intent told as a trip.
    imminent(
        "s30_not_back_alive",
        "nao tenciono voltar|nao pretendo voltar|nao penso voltar|nao planejo voltar"
        "|nao conto voltar|no pienso volver|no planeo volver|no pretendo volver"
        "|no tengo pensado volver|no cuento volver",
        r" (?:viva|vivo|con vida|com vida)(?= )",
        needs="viva vivo vida",
        reasons="plan",
    ),
    # Everything needed, to end it: "tô com tudo que eu preciso pra acabar com isso".
    imminent(
        "s30_all_needed_to_end",
        "tudo que eu preciso|tudo q preciso|tudo que preciso|tudo o que preciso|tudo q eu preciso"
        "|tudo o que eu preciso|todo lo que necesito|todo lo q necesito|todo lo que ocupo",
        r"[^.]{0,70}? " + _END_IT,
        needs="acabar terminar",
        reasons="means",
    ),
]

_CUES: Final = [
    # "ya lo tengo todo preparado pa esta noche", "já tenho tudo arrumado no monte".
    cue(
        "s30_all_prepared",
        "lo tengo todo preparado|ya lo tengo todo preparado|tengo todo preparado"
        "|ya tengo todo preparado|lo tengo todo listo|ya lo tengo todo listo|ja tenho tudo arrumado"
        "|tenho tudo arrumado|ja tenho tudo preparado|tenho tudo preparado|ja tenho tudo pronto"
        "|tenho tudo pronto|ja ta tudo preparado|esta tudo preparado",
        needs="preparado listo arrumado pronto",
        reasons="plan",
    ),
    # Letters written for the family: "escribí las cartas pa mi hermanita".
    cue(
        "s30_letters_written",
        "escribi las cartas|ya escribi las cartas|wrote las cartas|deje escritas las cartas"
        "|deje una carta|le deje una carta|y una carta|escrevi as cartas|deixei uma carta"
        "|deixei cartas|escrevi uma carta|ya escribi una carta|escribi una carta",
        r" (?:pa|para|pra|pro|a)(?: (?:mi|mis|minha|meu|meus|os meus|as minhas|la|el|o|a|los"
        r"|las|os|as))? [^ .,]+(?= )",
        needs="cartas carta",
        reasons="goodbye",
        personal=False,
    ),
    # Passwords left or passed on: "las contraseñas están en la libreta azul".
    cue(
        "s30_passwords_left",
        "las contrasenas estan|mis contrasenas estan|as senhas estao|minhas senhas estao"
        "|as minhas senhas estao|deje las contrasenas|passei a senha|passei as senhas"
        "|deixei as senhas|le pase la contrasena|le pase las contrasenas|le di la contrasena"
        "|le di mis contrasenas",
        needs="contrasenas contrasena senha senhas",
        reasons="goodbye",
        personal=False,
    ),
    # Keys, money or papers left with someone: "le dejé las llaves a doña Gloria",
    # "deixei o dinheiro com a mamana", "os papéis estão na gaveta para a minha irmã".
    cue(
        "s30_left_with_someone",
        "le deje las llaves|deje las llaves|le deje la plata|deje el dinero|le deje el dinero"
        "|deixei o dinheiro|deixei as chaves|deixei a chave|os papeis|los papeles|os documentos"
        "|los documentos",
        r"(?: [^ .,]+){0,6} (?:a|al|con|com|para|pra|pa|para a|para o) (?:dona|don|seu|la|el|o"
        r"|a|mi|minha|meu|mamana|vecina|vecino|vizinha|vizinho|[a-z]+)(?= )",
        needs="llaves plata dinero dinheiro chaves chave papeis papeles documentos",
        reasons="goodbye",
        personal=False,
    ),
    # Nobody's problem or burden any more: "no voy a ser problema de nadie", "ya no le voy
    # a dar más lora a nadie", "para não dar trabalho a ninguém".
    cue(
        "s30_no_ones_problem",
        "no voy a ser problema de nadie|no voy a ser un problema para nadie|ya no voy a ser"
        " problema|ya no le voy a dar mas lora|ya no le voy a dar mas lata|no le voy a dar mas lora"
        "|nao vou dar mais trabalho a ninguem|para dar trabalho a ninguem|pra dar trabalho a"
        " ninguem|ja nao vou dar trabalho|nao vou ser problema de ninguem|nao vou ser mais problema"
        " de ninguem|para nao dar trabalho a ninguem|pra nao dar trabalho a ninguem",
        needs="problema lora lata trabalho",
        reasons="goodbye",
    ),
    # "ya no se van a tener que preocupar por mí", "não vão ter que se preocupar comigo".
    cue(
        "s30_no_more_worry",
        "no se van a tener que preocupar por mi|ya no van a tener que preocuparse por mi"
        "|no van a tener que preocuparse por mi|nadie se va a tener que preocupar por mi"
        "|nao vao ter que se preocupar comigo|nao vao ter de se preocupar comigo"
        "|nao vao precisar se preocupar comigo|ninguem vai ter que se preocupar comigo",
        needs="preocupar preocuparse",
        reasons="goodbye",
    ),
    # Erasing oneself: "ya borré todas mis fotos", "apaguei as conversas", "postei minha
    # última foto".
    cue(
        "s30_erased",
        "borre todas mis fotos|borre mis fotos|borre mis redes|borre todas mis redes"
        "|di de baja el celular|di de baja mi celular|cerre mis redes|apaguei as conversas"
        "|apaguei todas as conversas|apaguei minhas fotos|apaguei as minhas fotos"
        "|apaguei todas as fotos|apaguei todas as minhas fotos|deletei meu insta"
        "|deletei minhas redes|postei minha ultima foto|postei a minha ultima foto"
        "|publique mi ultima foto|subi mi ultima foto",
        needs="fotos redes baja conversas insta foto",
        reasons="goodbye",
        personal=False,  # "borre" and "he borrado" are not read as the speaker's
    ),
    # Someone left in another's care: "cuídame a mi amá", "cuidadme al gato", "cuida da
    # minha mãe por mim".
    cue(
        "s30_take_care_of",
        "cuidame a mi|cuidenme a mi|cuidadme al|cuidadme a mi|cuidame al|cuidenme al"
        "|cuidem da minha|cuida da minha|cuida do meu|cuidem do meu|cuidai do meu|cuidai da minha",
        r" (?:ama|mama|madre|vieja|abuela|abuelita|hermanita|hermanito|gato|gata|perro|perrita"
        r"|perrito|mae|mamae|vo|avo|irma|irmao|cachorro|gato|filha|filho|hija|hijo|hijos"
        r"|filhos)(?= )",
        needs="cuidame cuidenme cuidadme cuidem cuida cuidai",
        reasons="goodbye",
        personal=False,
    ),
    # Love to all: "os quiero mucho a todos, de verdad".
    cue(
        "s30_love_to_all",
        "os quiero mucho a todos|los quiero mucho a todos|os quiero a todos|los quiero a todos"
        "|amo muito todos voces|amo todos voces|amo voces todos|amo muito voces",
        needs="quiero amo",
        reasons="goodbye",
        personal=False,
    ),
    # "fuiste lo único bueno", "tu foi a única que me escutou".
    cue(
        "s30_only_one",
        "fuiste lo unico bueno|fuiste la unica que me escucho|fuiste el unico que me escucho"
        "|tu foi a unica que me escutou|tu foi o unico que me escutou|voce foi a unica que me"
        " ouviu|voce foi o unico que me ouviu|foste a unica que me ouviu|foste o unico que me ouviu"
        "|voce foi a unica que me escutou|voce foi o unico que me escutou",
        _END,
        needs="unico unica",
        reasons="goodbye",
        personal=False,
    ),
    # Resting at last: "por fin voy a descansar".
    cue(
        "s30_rest_at_last",
        "por fin voy a descansar|al fin voy a descansar|finalmente voy a descansar"
        "|finalmente vou descansar|enfim vou descansar|por fim vou descansar",
        _TAG + _END,
        needs="descansar",
        reasons="goodbye",
    ),
    # "hj é o dia", "its tonight": the day, in chat spelling.
    cue(
        "s30_the_day_chat",
        "hj e o dia|hj e a noite|its tonight|it is tonight|hj e o fim",
        _TAG + _END,
        needs="dia noite tonight fim",
        reasons="intent timeline",
    ),
    # A time, then "I do it": "mñn temprano lo hago", "amanhã cedo ... eu faço".
    cue(
        "s30_do_it_timed",
        "lo hago|eu faco|lo voy a hacer|eu vou fazer|faco isso|lo hare",
        _END,
        needs="hago faco hacer fazer hare",
        back=r"(?:manana|mnn|amanha|hoy|hoje|hj|esta noche|esta noite)(?: temprano| cedo"
        r"| de noche| a noite| en la noche)?(?: , [^.]{0,50}? ,)?(?: (?:ya|yo|eu|ja))?",
        reasons="plan timeline",
    ),
    # "q nadie me busque", "que ninguém me procure".
    cue(
        "s30_let_no_one_look",
        "q nadie me busque|que nadie me busque|que ninguem me procure|q ninguem me procure"
        "|nao me procurem|no me busquen mas|nao me procurem mais",
        _END,
        needs="busque procure procurem busquen",
        # After a comma or a full stop: "quisiera desaparecer y que nadie me busque" is a wish.
        back=r"(?:,|\.)",
        reasons="goodbye",
    ),
    # Pills kept or set aside: "ya tengo guardadas las pastillas", "já separei os remédio".
    cue(
        "s30_pills_kept",
        "tengo guardadas|ya tengo guardadas|tengo guardados|tenho guardados|tenho guardadas"
        "|ja separei|separei|ya aparte|ya separe|tengo escondidas|tenho escondidos",
        r" (?:las|los|os|as|mis|meus|minhas) " + _PILLS + "(?= )",
        needs=_PILLS_NEEDS,
        reasons="means",
    ),
    # "un viaje sin regreso", "uma viagem sem volta".
    cue(
        "s30_trip_no_return",
        "viaje sin regreso|viaje sin retorno|viaje sin vuelta|viagem sem volta|viagem sem regresso"
        "|viagem sem retorno",
        needs="regreso retorno vuelta volta regresso",
        reasons="goodbye",
    ),
    # Going somewhere to end it: "me voy pal monte a acabar con esto".
    cue(
        "s30_going_to_end_it",
        "me voy|me vou|vou|voy",
        r" (?:pal|pa|al|a la|para el|para la|pa la|pro|pra|para o|para a|ao|a)"
        r"(?: [^ .,]+){1,2} " + _END_IT,
        needs="acabar terminar",
        reasons="plan",
    ),
    # Debts paid, a will made: "paguei as dívidas", "el testamento hecho".
    cue(
        "s30_affairs_settled",
        "paguei as dividas|paguei todas as dividas|ya pague mis deudas|pague todas mis deudas"
        "|pague mis deudas|el testamento hecho|ya hice el testamento|hice mi testamento"
        "|ja fiz o testamento|fiz o meu testamento|fiz o testamento|ya hice mi testamento"
        "|deje pagados|deje pagadas|deje pagado|deje pagada|deixei pagos|deixei pagas"
        "|deixei pago|deixei paga",
        r"(?! (?:los|las|el|la|o|a|os|as) (?:pedidos|entradas|boletos|ingressos|bilhetes)(?= ))",
        needs="dividas deudas testamento pagados pagadas pagado pagada pagos pagas pago paga",
        reasons="plan",
        personal=False,  # said beside whom it is for: "pa que mi compañera ..."
    ),
    # "amanhã já cá não estou": not here tomorrow, European order.
    cue(
        "s30_not_here_tomorrow",
        "ja ca nao estou|ja ca nao vou estar|ca ja nao estou|ja nao vou ca estar",
        needs="ca",
        back=r"(?:amanha|esta noite|depois de hoje|logo a noite)",
        reasons="goodbye",
    ),
]

IBERIAN_VEILED_RULES: Final[list[Rule]] = [*_THOUGHTS, *_ACTS, *_CUES]
