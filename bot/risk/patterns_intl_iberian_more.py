"""Spanish and Portuguese families set28 showed open, written as families.

Wanting to die told as a cleft ("lo que yo quiero es morirme", "o que eu quero é
morrer"); a thought that fills the day ("lo único que pienso es en matarme", "penso o
tempo todo em morrer"); the means thought about where they are kept ("no dejo de pensar
en la soga que está en la bodega", "não paro de pensar nos comprimidos do armário");
burning oneself again with a lighter or a cigarette; the European clitic "cortei-me
outra vez"; becoming "a little star" ("vou virar estrelinha"); a cover story with the
end told after "but" ("a minha mãe acha que vou a Fátima, mas vou é acabar com isto").
And cues, each little alone: "today's the day", "tonight I take them all", pills
gathered, "this is goodbye", a mother asked to forgive, sorry for everything, "you won't
have to put up with me much longer", all sorted, decided and thought through, means
beside one, "I took them, now I just wait", a funeral song chosen, things given away and
not needed, no meaning left in anything, the insurance worth more than oneself. Folded
text: lowercase ASCII, no accents or hyphens.
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.lexicon import IBERIAN_PILL_NEEDS, IBERIAN_PILLS
from bot.risk.rules import Rule, Tense, cue, imminent, leveled

__all__ = ["IBERIAN_MORE_RULES"]

CONCERN, HIGH, IMMINENT = RiskLevel.CONCERN, RiskLevel.HIGH, RiskLevel.IMMINENT

_END = r"(?= (?:[.,!?]|$))"
# A vocative or filler that may close a clause: "hoy es el día po", "é o fim, maninho".
_TAG = (
    r"(?: (?:po|weon|wey|boludo|boluda|che|asere|compa|mano|maninho|cara|pa|uai|ne|gente"
    r"|mana|amiga|amigo|loco|loca|tio|tia|hermano|guey|bro|mae|mi nina|mija|mijo))?"
)
_PILLS, _PILLS_NEEDS = IBERIAN_PILLS, IBERIAN_PILL_NEEDS
# Dying or ending one's life as what is wanted or thought about.
_DYING = (
    r"(?:morirme|morir|matarme|suicidarme|quitarme la vida|hacerme dano|morrer|me matar"
    r"|matar me|me suicidar|tirar a minha vida|me machucar|acabar con mi vida"
    r"|acabar com a minha vida)"
)
_DYING_NEEDS = (
    "morirme morir matarme suicidarme quitarme dano morrer matar suicidar tirar machucar acabar"
)
# "morirme de risa", "morrer de rir", "matarme estudiando": a figure, not the wish.
_NOT_A_FIGURE = (
    r"(?! (?:de|del|da|do|por|a estudiar|estudiando|estudando|trabajando|trabalhando"
    r"|a trabajar|no gym|en el gym|de tanto)(?= ))"
)
_METHOD = (
    r"(?:soga|cuerda|corda|pastillas|pildoras|arma|pistola|escopeta|revolver|veneno"
    r"|comprimidos|remedios|calmantes|gilete|navaja|espingarda)"
)
_METHOD_NEEDS = (
    "soga cuerda corda pastillas pildoras arma pistola escopeta revolver veneno comprimidos"
    " remedios calmantes gilete navaja espingarda"
)
# Where means are kept: "la soga que está en la bodega", "os comprimidos do armário".
_KEPT = (
    r"(?:bodega|galpon|garaje|cajon|armario|closet|placard|ropero|gaveta|guarda roupa"
    r"|garagem|botiquin|mesita|velador|mochila|quartinho|despensa|sotao|altillo"
    r"|que (?:esta|estan|hay|guardo|ta|tao|estao|guardei|guarde|escondi)(?= ))"
)

_LONGER = (
    r" (?:mucho mas|mucho tiempo mas|por mucho tiempo|muito mais|muito tempo|por muito tempo"
    r"|mais muito tempo)(?= )"
)

_THOUGHTS: Final = [
    # "lo que yo quiero es morirme", "o que eu quero é morrer", "lo único que quiero es morir".
    leveled(
        HIGH,
        "ideation",
        "ib28_what_i_want_is",
        "quiero es|quero e|quisiera es|queria era|lo unico que quiero es|a unica coisa que quero e"
        "|a unica coisa que eu quero e",
        rf" {_DYING}{_NOT_A_FIGURE}(?= )",
        needs=_DYING_NEEDS,
    ),
    # "lo único que pienso es en matarme", "penso o tempo todo em morrer ou em me machucar".
    leveled(
        HIGH,
        "ideation",
        "ib28_thought_all_day",
        "lo unico que pienso es en|en lo unico que pienso es en|pienso todo el rato en"
        "|pienso todo el dia en|pienso todo el tiempo en|pienso a cada rato en|solo pienso en"
        "|so penso em|a unica coisa que penso e em|penso o tempo todo em|penso toda hora em"
        "|penso o dia todo em|penso o dia inteiro em|so consigo pensar em|solo puedo pensar en",
        rf" {_DYING}{_NOT_A_FIGURE}(?= )",
        needs=_DYING_NEEDS,
    ),
    # The means kept somewhere, thought of over and over: "no dejo de pensar en la soga que
    # está en la bodega", "não consigo parar de pensar nos comprimidos do armário".
    leveled(
        HIGH,
        "ideation method",
        "ib28_means_on_mind",
        "no dejo de pensar|no puedo dejar de pensar|no paro de pensar|pienso todo el rato"
        "|pienso a cada rato|sigo pensando|nao consigo parar de pensar|nao paro de pensar"
        "|nao consigo deixar de pensar|nao consigo tirar da cabeca|no me puedo sacar de la cabeza"
        "|fico pensando",
        rf" (?:en |em )?(?:la|el|las|los|a|o|as|os|na|no|nas|nos) {_METHOD}"
        rf"(?: [^.]{{0,30}}?)? {_KEPT}"
        # "las pastillas que tengo que comprar", "la cuerda de la guitarra": errands, music.
        r"(?! que (?:comprar|tomar|pedir))",
        needs=_METHOD_NEEDS,
    ),
    # "vou virar estrelinha esse fim de semana": becoming a little star, as dying.
    leveled(
        HIGH,
        "ideation",
        "ib28_little_star",
        "vou virar estrelinha|vou virar uma estrelinha|vou virar estrela|vou virar anjinho"
        "|quero virar estrelinha|me voy a convertir en estrellita|voy a ser una estrellita"
        "|me voy a volver estrellita",
        needs="estrelinha estrela anjinho estrellita",
    ),
    # A cover story and the end told after "but": "a minha mãe acha que amanhã vou a Fátima,
    # mas vou é acabar com isto de vez".
    imminent(
        "ib28_cover_then_end",
        "mas vou e|mas eu vou e|mas vou|mas eu vou|pero voy a|pero yo voy a"
        "|pero lo que voy a hacer es|mas o que eu vou fazer e",
        r" (?:acabar com (?:isto|isso|tudo)|acabar con (?:esto|todo)|me matar|matar me|matarme"
        r"|suicidarme|me suicidar|acabar comigo|acabar conmigo)"
        r"(?: de vez| de una vez| duma vez| de uma vez)?" + _END,
        needs="acabar matar matarme suicidarme suicidar",
        back=r"(?:acha|acham|pensa|pensam|julga|julgam|cree|creen|piensa|piensan) que"
        r" [^.]{0,90}?(?: ,)?",
        reasons="plan",
    ),
]

_SELF_HARM: Final = [
    # Burned again or on purpose: "me quemé con el encendedor otra vez", "me queimei com
    # isqueiro ontem de novo"; not the barbecue or the stove.
    leveled(
        HIGH,
        "self_harm",
        "ib28_burned_again",
        "me queme|me quemo|me he quemado|me volvi a quemar|me queimei|queimei me|me queimo"
        "|voltei a me queimar|me estoy quemando|to me queimando",
        r" (?:con|com) (?:el |un |la |o |um |a |uma )?(?:encendedor|mechero|cigarro|cigarrillo"
        r"|isqueiro|fosforo|fosforos|pucho|bituca|cigarro aceso)"
        r"(?= [^.]{0,40}?(?:otra vez|de nuevo|de novo|outra vez|a proposito|de proposito|adrede"
        r"|a posta|sem querer nao|again)(?= ))"
        r"(?![^.]{0,60}?(?:prendiendo|encendiendo|acendendo|asado|parrilla|churrasco|fogao"
        r"|cocina|cozinha|vela|velas|fogon|sin querer)(?= ))",
        needs="encendedor mechero cigarro cigarrillo isqueiro fosforo fosforos pucho bituca",
        tense=Tense.EVENT,
    ),
    # The European clitic: "cortei-me outra vez ontem", folded "cortei me".
    leveled(
        HIGH,
        "self_harm",
        "ib28_cut_clitic",
        "cortei me|magoei me|queimei me|arranhei me|voltei a cortar me|corto me|magoo me",
        r"(?! (?:a fazer|ao|na|no|com a faca|com o papel|a cozinhar|a descascar|a fazer a barba"
        r"|a barbear)(?= ))",
        needs="cortei magoei queimei arranhei cortar corto magoo",
        tense=Tense.EVENT,
    ),
]

_CUES: Final = [
    # "hoy es el día po", "hoje de noite é o fim, maninho", "hoy en la noche es".
    cue(
        "ib28_the_day",
        "hoy es el dia|hoje e o dia|hoy es la noche|hoje e a noite|hoy en la noche es"
        "|esta noche es|hoje de noite e|hoje a noite e|hoje e o fim|esta noche es el fin"
        "|hoy es el fin|hoje de noite e o fim|hoje a noite e o fim|hoy en la noche es el fin"
        "|esta noche se acaba todo|hoje a noite acaba tudo|hoje de noite acaba tudo",
        _TAG + _END,
        needs="dia noche noite fim fin",
        reasons="intent timeline",
    ),
    # "esta noche me las tomo", "hoje de noite eu tomo tudo e pronto": taking them, timed.
    cue(
        "ib28_take_them_tonight",
        "me las tomo|me los tomo|me las tomo todas|me tomo todas|eu tomo tudo|tomo tudo"
        "|vou tomar tudo|tomo todos|me las voy a tomar|vou tomar todos|me tomo todo",
        r"(?: (?:e pronto|y listo|y ya|de uma vez|de una vez))?" + _END,
        needs="tomo tomar",
        back=r"(?:esta noche|hoy|hoy en la noche|hoje|hoje de noite|hoje a noite|amanha|manana"
        r"|logo mais|mas tarde|mais tarde)(?: (?:eu|yo|ya|ja))?",
        reasons="means timeline",
    ),
    # Pills gathered: "he juntado las pastillas del médico", "guardei os remédio da minha vó".
    cue(
        "ib28_pills_gathered",
        "he juntado|he guardado|fui juntando|vengo juntando|ando juntando|guardei|juntei"
        "|tenho guardado|to juntando|estou juntando|venho juntando|fui guardando",
        rf" (?:las|los|os|as|mis|meus|minhas|unas|uns|umas) {_PILLS}(?= )",
        needs=_PILLS_NEEDS,
        reasons="means",
    ),
    # The means beside one: "a arma do meu pai tá aqui do meu lado".
    cue(
        "ib28_means_beside",
        "a arma|o revolver|a pistola|a espingarda|a corda|os comprimidos|os remedios|el arma"
        "|la pistola|el revolver|la escopeta|la soga|la cuerda|las pastillas",
        r"(?: (?:do|da|de|del|de la) (?:meu |minha |mi )?[^ .,]+)? (?:ta|esta|estan|tao|estao)"
        r" (?:aqui |aca |ali )?(?:do meu lado|ao meu lado|comigo|na minha frente|na minha mao"
        r"|al lado mio|a mi lado|conmigo|en mi mano|enfrente mio|frente a mi)(?= )",
        needs="arma revolver pistola espingarda corda comprimidos remedios escopeta soga cuerda"
        " pastillas",
        reasons="means",
    ),
    # "pronto, é a despedida", "esto es una despedida": this is goodbye (not a party's).
    cue(
        "ib28_this_is_goodbye",
        "e a despedida|esta e a despedida|isto e uma despedida|isso e uma despedida"
        "|es la despedida|esto es una despedida|esta es la despedida|e um adeus|es un adios"
        "|esto es un adios",
        # Closing its sentence: "esta es la despedida, mañana me regreso" is a trip's.
        _TAG + r"(?= (?:[.!?]|$))",
        needs="despedida adeus adios",
        reasons="goodbye",
    ),
    # "que a minha mãe me perdoe", "que mi vieja me perdone": forgiveness asked ahead.
    cue(
        "ib28_forgive_me",
        "que a minha|que minha|que mi",
        r" (?:mae|mamae|mama|madre|vieja|familia|pai|papa|padre|filha|filho|hija|hijo)"
        r" me (?:perdoe|perdone|desculpe)(?= )",
        needs="perdoe perdone desculpe",
        reasons="goodbye",
        personal=False,  # the mother is asked, the speaker is the one forgiven
    ),
    # Sorry for everything, or to all at the end: "desculpem-me por tudo", "desculpa gente".
    cue(
        "ib28_sorry_all",
        "desculpem me por tudo|desculpa me por tudo|perdoem me por tudo|perdoa me por tudo"
        "|perdonenme por todo|perdoname por todo|disculpenme por todo|desculpa gente"
        "|desculpem gente|perdon gente|perdon a todos|desculpa a todos",
        r"(?= (?:[.!?]|$))",
        needs="desculpem desculpa perdoem perdoa perdonenme perdoname disculpenme perdon",
        reasons="goodbye",
    ),
    # "no me van a tener que aguantar mucho más", "não vão ter que me aguentar muito mais":
    # not long now.
    cue(
        "ib28_not_much_longer",
        "no me van a tener que aguantar|ya no me van a tener que aguantar|no me van a aguantar"
        "|nao vao ter que me aguentar|nao vao ter de me aguentar|nao vao precisar me aguentar"
        "|no los voy a molestar|nao vou vos incomodar|nao vou incomodar voces",
        _LONGER,
        needs="aguantar aguentar molestar incomodar",
        reasons="goodbye",
    ),
    # "fiquem tranquilos que isso não vai durar muito mais": the same, told as comfort; a
    # rain or a queue that "won't last" is not comforted about.
    cue(
        "ib28_wont_last_calm",
        "isso nao vai durar|isto nao vai durar|esto no va a durar|esto ya no va a durar"
        "|isso ja nao vai durar",
        _LONGER,
        needs="durar",
        back=r"(?:tranquilos|tranquilas|fiquem tranquilos|fiquem tranquilas|no se preocupen"
        r"|nao se preocupem|relaxem|relajense)(?: que)?",
        reasons="goodbye",
    ),
    # All sorted: "já resolvi tudo", "deixei tudo arrumadinho", "ya dejé todo arreglado".
    cue(
        "ib28_all_sorted",
        "ja resolvi tudo|resolvi tudo|ya resolvi todo|deixei tudo arrumadinho|ja deixei tudo"
        " arrumadinho|deixei tudo resolvido|deixei tudo pronto|ya deje todo listo|deje todo"
        " listo|deje todo arregladito|deje todo ordenadito|ya deje todo ordenado",
        _TAG + _END,
        needs="resolvi resolvido arrumadinho pronto listo arregladito ordenadito ordenado",
        reasons="plan",
    ),
    # Decided, thought through: "ya lo tengo decidido", "já tenho tudo pensado".
    cue(
        "ib28_decided",
        "ya lo tengo decidido|ya lo decidi|ya esta decidido|lo tengo decidido|ja decidi"
        "|ja esta decidido|ta decidido|ja tenho tudo pensado|ya tengo todo pensado"
        "|tengo todo pensado|tenho tudo pensado|ja pensei em tudo|ya pense en todo",
        _TAG + _END,
        needs="decidido decidi pensado pensei pense",
        reasons="plan",
    ),
    # "já tomei, agora é só esperar": taken, and waiting for it to work.
    cue(
        "ib28_taken_now_wait",
        "ja tomei|ya me las tome|ya las tome|ya me lo tome|ja tomei tudo|ya me tome todo"
        "|tomei tudo|ya tome",
        r" , (?:agora|ahora) (?:e|es) (?:so|solo) esperar" + _END,
        needs="esperar",
        reasons="attempt",
    ),
    # Thanks for being heard, the European second person: "obrigada por me ouvires".
    cue(
        "ib28_thanks_for_listening",
        "obrigada por me ouvires|obrigado por me ouvires|obrigada por me ouvirem"
        "|obrigado por me ouvirem|obrigada por me aturares|obrigado por me aturares"
        "|gracias por escucharme siempre|gracias por aguantarme siempre",
        needs="ouvires ouvirem aturares escucharme aguantarme",
        reasons="goodbye",
    ),
    # A funeral song chosen: "ya elegí la canción pal velorio", "escolhi a música do enterro".
    cue(
        "ib28_funeral_song",
        "elegi la cancion|escogi la cancion|ya tengo la cancion|escolhi a musica"
        "|ja escolhi a musica|ja tenho a musica",
        r" (?:pal|para el|para mi|de mi|del|pa mi|pro|para o|do|do meu|pro meu|para o meu)"
        r" (?:velorio|funeral|entierro|enterro)(?= )",
        needs="velorio funeral entierro enterro",
        reasons="goodbye",
    ),
    # Things given away: "dei as camisolas do Benfica todas ao meu irmão".
    cue(
        "ib28_gave_away",
        "dei|ja dei|doei|regalei|le regale|les regale|ya regale",
        r" (?:as|os|a|o|meus|minhas|minha|meu|mis|todas as|todos os|todas mis|todos mis)"
        r"(?: [^ .,]+){1,4} (?:ao|a|pro|pra|para o|para a|al|a mi|a mis)(?: meu| minha| mi)?"
        r" (?:irmao|irma|primo|prima|amigo|amiga|vizinho|vizinha|sobrinho|sobrinha|hermano"
        r"|hermana|hermanito|hermanita|vecino|vecina|[a-z]+)(?= )",
        needs="camisolas camisas camisetas guitarra violao coisas roupas discos livros jogos"
        " cachorro gato perro consola play videogame bicicleta bici cosas ropa libros",
        reasons="goodbye",
        personal=False,  # the one given to is named after "ao meu irmão"
    ),
    # "já não me fazem falta", "ya no los voy a usar": not needed, the same sign as giving.
    cue(
        "ib28_not_needed",
        "ja nao me fazem falta|ya no me hacen falta|ja nao preciso deles|ja nao preciso delas"
        "|ya no los necesito|ya no las necesito|ja nao vou precisar deles",
        needs="falta preciso necesito precisar",
        reasons="goodbye",
    ),
    # A pet given away: "já dei o meu cachorro pro vizinho", "le di mi perro a la vecina".
    cue(
        "ib28_pet_given",
        "dei o meu|dei meu|ja dei o meu|le di mi|le deje mi|regale mi|doei o meu",
        r" (?:cachorro|cao|gato|gata|perro|perrita|perrito|cachorrinho|gatito|gatinho)"
        r" (?:pro|pra|para o|para a|ao|a|al|a la|a mi)(?= )",
        needs="cachorro cao gato gata perro perrita perrito cachorrinho gatito gatinho",
        reasons="goodbye",
        personal=False,
    ),
    # After "but", not coming back: "les dije que me voy al sur, pero no pienso volver".
    cue(
        "ib28_not_coming_back",
        "no pienso volver|no voy a volver|nao penso voltar|nao vou voltar|nao volto mais"
        "|no vuelvo mas|ya no vuelvo",
        _TAG + _END,
        needs="volver voltar volto vuelvo",
        back=r"(?:pero|mas)",
        reasons="goodbye",
    ),
    # "pa que no me anden buscando", "pra ninguém me procurar": hiding the going.
    cue(
        "ib28_not_searched",
        "pa que no me anden buscando|para que no me anden buscando|para que no me busquen"
        "|pa que no me busquen|pra ninguem me procurar|para ninguem me procurar"
        "|pra nao me procurarem|para nao me procurarem|pa que nadie me busque",
        needs="buscando busquen procurar procurarem busque",
        reasons="goodbye",
    ),
]

_CUES_MORE: Final = [
    # "hoje acaba tudo 💊💊": the day it ends, with the pills shown.
    imminent(
        "ib28_ends_today_pills",
        "hoje acaba tudo|hj acaba tudo|hoy se acaba todo|hoy termina todo|hoje termina tudo"
        "|hoy se termina todo|hoje acaba|hoy se acaba|hoje tudo acaba|esta noche se acaba todo",
        r" emojipill(?= )",
        needs="emojipill",
        reasons="means timeline",
    ),
    # "amanhã eu num tô mais aqui não": not here tomorrow, in speech.
    cue(
        "ib28_not_here_tomorrow",
        "num to mais aqui|num tou mais aqui|num vou ta mais aqui|nao vou ta mais aqui"
        "|num estou mais aqui|num vou estar mais aqui|ya no voy a estar|ya no voy a estar aca"
        "|ya no estoy mas aca|ya no voy a estar mas",
        r"(?: nao| no)?" + _TAG + _END,
        needs="aqui aca estar",
        back=r"(?:amanha|manana|hoje a noite|esta noche|depois de hoje|despues de hoy)"
        r"(?: (?:eu|yo|ja|ya))?",
        reasons="goodbye",
    ),
]

_FEELINGS: Final = [
    # "tô sem esperança nenhuma", "ya no tengo esperanza": hope gone, not hope of a grade.
    leveled(
        CONCERN,
        "hopeless",
        "ib28_no_hope",
        "sem esperanca nenhuma|sem nenhuma esperanca|sem esperanca|sin esperanza ninguna"
        "|sin ninguna esperanza|sin esperanza|sin esperanzas|ja nao tenho esperanca"
        "|nao tenho mais esperanca|ya no tengo esperanza|ya no tengo esperanzas"
        "|perdi toda a esperanca|perdi toda esperanza|perdi toda la esperanza",
        r"(?!(?: nenhuma| ninguna| alguna)? (?:de|del|da|do|que|em|en|com|con|pra|para|no|na"
        r"|nesse|nessa)(?= ))"
        r"(?! (?:[^ .]+ ){0,3}(?:time|equipo|jogo|partido|prova|examen|nota))",
        needs="esperanca esperanza esperanzas",
        back=r"(?:to|tou|estou|ando|fiquei|estoy|ando|me quede|me siento|me sinto|sigo)",
    ),
    # "todo mundo ia viver melhor sem mim", "todos vivirían mejor sin mí".
    leveled(
        CONCERN,
        "burden",
        "ib28_better_without_me",
        "viver melhor sem mim|ficar melhor sem mim|ficariam melhor sem mim|estariam melhor sem mim"
        "|vivir mejor sin mi|estar mejor sin mi|vivirian mejor sin mi|viveriam melhor sem mim",
        needs="melhor mejor",
    ),
    # "cansado de ser um fardo", "harta de ser una carga".
    leveled(
        CONCERN,
        "burden",
        "ib28_tired_of_burden",
        "de ser um fardo|de ser um peso|de ser um estorvo|de ser una carga|de ser un estorbo"
        "|de ser un peso",
        needs="fardo peso estorvo carga estorbo",
        back=r"(?:cansado|cansada|harto|harta|farto|farta|exausto|exausta)",
    ),
    # "ya no le encuentro sentido a nada", "já não vejo sentido em nada".
    leveled(
        CONCERN,
        "hopeless",
        "ib28_no_sense_in_anything",
        "no le encuentro sentido a nada|ya no le encuentro sentido a nada"
        "|no le veo sentido a nada|ya no le veo sentido a nada|ja nao vejo sentido em nada"
        "|nao vejo sentido em nada|nao encontro sentido em nada|nao vejo mais sentido em nada",
        r"(?! (?:de|del|da|do|dessa|desse|deste|desta|de lo|do que)(?= ))",
        needs="sentido",
    ),
    # "mis hijos estarían mejor con el seguro que conmigo": worth more dead than alive.
    leveled(
        CONCERN,
        "burden",
        "ib28_better_with_insurance",
        "mejor con el seguro|mejor con la plata del seguro|melhor com o seguro"
        "|melhor com o dinheiro do seguro",
        r" (?:que|do que) (?:conmigo|comigo|yo|eu)(?= )",
        needs="seguro",
    ),
    # "matarme pa que cobren el seguro": dying thought of for the payout.
    leveled(
        HIGH,
        "ideation",
        "ib28_for_the_insurance",
        "matarme|me matar|matar me|suicidarme|me suicidar|morirme|morrer",
        r" (?:pa|para|pra) que (?:cobren|cobre|reciban|recebam|cobrem) (?:el|o) seguro(?= )",
        needs="seguro",
    ),
]

IBERIAN_MORE_RULES: Final[list[Rule]] = [
    *_THOUGHTS,
    *_SELF_HARM,
    *_CUES,
    *_CUES_MORE,
    *_FEELINGS,
]
