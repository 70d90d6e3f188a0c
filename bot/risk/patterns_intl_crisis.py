"""Spanish, French, German and Portuguese crisis talk as people type it.

:mod:`bot.risk.patterns_intl` holds the textbook statements; this module
holds the same families in the forms chat brings: typos and texting
spellings ("kiero morir", "qro morre", "jveu plu vivre", "ich wil mich
umbrigen"), regional speech (Spain's "quitarme de en medio", Quebec's
"chu", Austrian "i wü nimma lebn", Swiss "s'Läbe näh"), fillers between a
frame and its verb ("je veux juste mourir"), slang borrowed from English
("ganas de unalive me"), a method place that will not leave the mind with
no plan made, self-harm done again, pills taken already and a farewell
said in pieces: things given away, affairs in order, "in an hour I won't be
here", "don't know why I'm writing to you". Most farewell pieces are cues
(see :mod:`bot.risk.reading`): little alone, a crisis beside another cue or
after concern. :data:`INTL_CRISIS_MARKERS` are times and pasts for the
marker index. Folded text has no accents or apostrophes.
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.rules import Kind, Rule, Tense, cue, imminent, leveled, rule

__all__ = ["INTL_CRISIS_MARKERS", "INTL_CRISIS_RULES"]

CONCERN, HIGH, IMMINENT = RiskLevel.CONCERN, RiskLevel.HIGH, RiskLevel.IMMINENT


def _idiom(name: str, lead: str, rest: str = "", *, needs: str = "", back: str = "") -> Rule:
    return rule(name, lead, rest, needs=needs, back=back, kind=Kind.IDIOM)


_END = r"(?= (?:[.,!?]|$))"
_DAYS = (
    "lunes|martes|miercoles|jueves|viernes|sabado|domingo|lundi|mardi|mercredi|jeudi"
    "|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    "|segunda|terca|quarta|quinta|sexta"
)
# Today or tonight, when leaving is a farewell's time: "hoy me voy", "ich geh heute". "Me voy
# mañana", "ich geh jetzt", "je pars demain" are said of every trip and every end of a shift.
_TODAY = (
    "hoy|esta noche|ce soir|cette nuit|aujourdhui|heute|heute nacht|heute abend|heut|heit|hoje"
    "|esta noite|hoje a noite"
)
_TONIGHT = (
    "hoy|esta noche|manana|ahora|ce soir|cette nuit|demain|aujourdhui|maintenant|heute"
    "|heute nacht|heute abend|heut|heit|morgen|jetzt|hoje|esta noite|hoje a noite|amanha|agora"
)


# -- wishes and thoughts, misspelt or filled out -----------------------------
# "Kiero", "qiero", "kero": the texting spellings of "quiero".
_ES_WANT = "kiero|qiero|kero|qero|me kiero|me qiero|quiero|me quiero"
_ES_DIE = r"(?:morir(?:me)?|morirme|morri|matarme|suicidarme|quitarme la vida|estar muert[oa])"
# Fillers between "I want" and the verb: "je veux juste mourir", "quero tanto morrer".
_FILL_ES = r"(?: (?:ya|solo|nomas|nada mas|tanto|mucho|de verdad|en serio|simplemente))*"
_FILL_FR = r"(?: (?:juste|vraiment|tellement|seulement|simplement|tant|trop|plus que|juste))*"
_FILL_PT = r"(?: (?:so|tanto|muito|mesmo|demais|de verdade|apenas))*"

# The bridge or roof on the mind as work, a repair or a long weekend: "el puente que estamos
# construyendo", "le pont de l'Ascension", "das Dach, die undichte Stelle".
_NOT_THE_PLACE = (
    r"(?![^.]*? (?:construyendo|construir|construimos|obra|obras|calculo|proyecto|playa"
    r"|vacaciones|viaje|festivo|feriado|feriadao|largo|reparar|arreglar|gotera|goteras|ascension"
    r"|lascension|pentecote|toussaint|grange|refaire|reparer|travaux|plage|vacances|chantier|bauen|gebaut"
    r"|baustelle|statik|undicht|undichte|reparieren|dachdecker|sanieren|urlaub|viagem|praia"
    r"|construindo|construir|consertar|goteira|reforma)(?= ))"
)

_WISHES: Final = [
    leveled(
        HIGH,
        "ideation",
        "es_want_typo",
        _ES_WANT,
        rf"{_FILL_ES} {_ES_DIE}",
        needs="kiero qiero kero qero quiero",
        jokable=True,
    ),
    # "Quitarme de en medio" (Spain): to take oneself out of the way, said of dying.
    leveled(
        HIGH,
        "ideation",
        "es_out_of_the_way",
        "quitarme de en medio|quitarme del medio|quitar de en medio|quitar del medio",
        # Not a thing moved out of the way: "quitar de en medio estas cajas".
        r"(?! (?:el|la|los|las|lo|estos|estas|este|esta|ese|esa|esos|esas|mis|tus|sus|un|una"
        r"|unos|unas|todo|eso|esto)(?= ))",
        back=r"(?:quiero|pienso en|pensando en|pense en|ganas de|voy a|necesito|he pensado en"
        r"|me quiero|me voy a)",
        needs="medio",
    ),
    # "Se me pasó por la cabeza quitarme la vida": the thought crossing the mind.
    leveled(
        HIGH,
        "ideation",
        "es_crossed_mind",
        "por la cabeza|por la mente",
        rf"(?: [^ .,]+){{0,2}} (?:la idea de )?{_ES_DIE}(?= )",
        needs="matarme suicidarme quitarme morirme",
        back=r"(?:pasa|pasado|paso|pasando|ronda|rondando)(?: (?:mucho|varias veces|muchas veces"
        r"|seguido|a veces|otra vez))?",
    ),
    # "Pensamientos de matarme", "ideas de suicidio", "idées de suicide", "pensamentos de
    # me matar": the thoughts named by what they are of.
    leveled(
        HIGH,
        "ideation",
        "intl_thoughts_of",
        "pensamientos de|pensamiento de|ideas de|idees de|pensees de|pensamentos de"
        "|pensamento de|ideias de|ideia de",
        r" (?:suicidio|suicide|suicidarme|matarme|quitarme la vida|me suicider|me tuer"
        r"|me matar|me suicidar|tirar a minha vida)(?= )"
        # A character's, in a series or a book: "esos pensamientos de suicidio del protagonista".
        r"(?!(?: [^ .]+){0,6} (?:protagonista|personaje|personajes|serie|libro|pelicula|novela"
        r"|personagem|personagens|livro|filme|personnage|film|livre|roman|episodio|episode)(?= ))",
        needs="suicidio suicide suicidarme matarme quitarme suicider tuer matar suicidar tirar",
        # one's own: "tengo", "j'ai des", "esses"; not "el libro trata de ..."
        back=r"(?:tengo|tenia|ando con|tenho|to com|tou com|estou com|jai des|j ai des|ai des"
        r"|jai encore des|jai souvent des|esses|estes|esos|estos|mis|meus|mes|ces|muchos|varios"
        r"|tantos)",
    ),
    leveled(
        HIGH,
        "ideation",
        "fr_want_fill",
        "je veux|jveux|jveu|je veu|veux|envie de",
        rf"{_FILL_FR} (?:mourir|crever|me tuer|me suicider|en finir)(?= (?:[.,]|$|je|jai|et|im"
        r"|i|tellement|ce soir|maintenant))",
        needs="veux jveux jveu veu envie",
        jokable=True,
    ),
    # "Jveu plu vivre", "je veux pu vivre" (Quebec "pu"): no longer want to live.
    leveled(
        HIGH,
        "ideation",
        "fr_dont_live_typo",
        "jveux|jveu|je veu|veux|veu|jvx",
        r" (?:plus|plu|pu|pus) (?:vivre|vivres|exister)"
        # "je veux plus vivre à Paris", "... avec mes parents": where or with whom.
        r"(?! (?:a|au|aux|en|avec|chez|dans|ici|comme|sans|loin|pres|sous|seul|seule|la bas)(?= ))",
        needs="vivre vivres exister",
    ),
    # "Jpense à en finir": the spoken "je" stuck to the verb.
    leveled(
        HIGH,
        "ideation",
        "fr_thinking_short",
        "jpense|jpensais|chpense|je pense souvent|je pense tout le temps",
        # Not someone's: "je pense au suicide de Kurt Cobain".
        r" (?:au suicide(?! (?:de|du|des|d)(?= ))|a me (?:suicider|tuer)|a en finir|a mourir)(?= )",
        needs="suicide suicider tuer finir mourir",
    ),
    # "Est-ce normal de vouloir se tuer ? moi c'est le cas": the general question owned.
    leveled(
        HIGH,
        "ideation",
        "fr_owned_question",
        "vouloir se tuer|vouloir se suicider|vouloir mourir|vouloir en finir",
        r"(?: [^ ]+){0,8} moi (?:cest le cas|aussi|oui|je veux)",
        needs="tuer suicider mourir finir",
    ),
    # "I wü nimma lebn" (Austria and Bavaria), "ich will nimmer leben", "ich wil mich
    # umbrigen": dialect and typos of the plain wish.
    leveled(
        HIGH,
        "ideation",
        "de_want_dialect",
        "i wu|i wui|i will|i mog|i mag|ich wil|ich will|ich mocht|ich mochte|i mocht|will|wil",
        r"(?: (?:einfach|nur|echt|wirklich|halt|jetzt|so))*"
        r" (?:(?:nimma|nimmer|nimmermehr|nicht mehr|nich mehr|ned mehr|nemme|numm|nume)"
        r" (?:leben|lebn|lebe|labe|leb)"
        r"|(?:mich|mi) (?:umbringen|umbrigen|umbringe|umbringn|umbrinen|toten|unalive)"
        r"|mir (?:(?:das|s|des) (?:leben|labe|lebe|lebn)|slabe|sleben|slebe|slebn)"
        r" (?:nehmen|nah|neh|nemme|nehme|nemma))(?= )",
        needs="leben lebn lebe labe leb umbringen umbrigen umbringe umbringn umbrinen toten"
        " unalive nehmen nah neh nemme nehme nemma",
        jokable=True,
    ),
    # "I wü tot sein": with "I" or "ich" its subject, not the plant or the phone that
    # "will einfach tot sein".
    leveled(
        HIGH,
        "ideation",
        "de_want_dead_dialect",
        "i wu|i wui|i will|i mog|i mag|ich wil|ich will|ich mocht|ich mochte|i mocht",
        r"(?: (?:einfach|nur|echt|wirklich|halt|jetzt|so))* tot (?:sein|sei|sain)(?= )",
        needs="tot",
        jokable=True,
    ),
    # "Der Drang, mich umzubringen", "die Gedanken, mir das Leben zu nehmen".
    leveled(
        HIGH,
        "ideation",
        "de_urge_to",
        "drang|den drang|gedanken|lust|verlangen|wunsch",
        r"(?: ,)? (?:mich umzubringen|mich zu toten|mir das leben zu nehmen|zu sterben"
        r"|mich selbst zu toten)(?= )",
        needs="umzubringen toten nehmen sterben",
    ),
    leveled(
        HIGH,
        "ideation",
        "pt_want_typo",
        "qro|quero|kero|qero|eu qro|vontade de|vontade d|vontadi de|vontad de",
        rf"{_FILL_PT} (?:morrer|morre|morer|me matar|me mata|me suicidar|estar mort[oa]"
        # "Ser morto na peça": a part played.
        r"|ta mort[oa]|ser mort[oa](?! (?:na|no|numa|num) (?:peca|filme|cena|jogo|novela|serie"
        r"|teatro)(?= )))(?= )",
        needs="qro quero kero qero vontade vontadi vontad",
        jokable=True,
    ),
    # Borrowed slang after a native frame: "ganas de unalive me", "will mich unalive",
    # "vontade de me unalive", "envie de m'unalive". Not a joke frame: that caps it.
    rule(
        "intl_unalive",
        "ganas de|quiero|me quiero|vontade de|quero|envie de|je veux|jveux|will mich|will"
        "|mochte mich|voy a|vou",
        r"(?: (?:me|mich|m|myself))? (?:unalive|unaliven|unalivear|self delete)(?: (?:me|myself))?"
        r"(?= )",
        needs="unalive unaliven unalivear delete",
        level=HIGH,
        reasons="ideation slang",
        jokable=True,
    ),
    # A method place that will not leave the mind, with no plan made: "pienso mucho en el
    # puente ..., no tengo nada planeado pero la idea no se me va", as the English "the
    # bridge keeps coming into my head". The bridge alone is a commute.
    leveled(
        HIGH,
        "ideation method",
        "es_place_stays",
        "pienso|pensando|pense|pienso mucho|pienso siempre",
        r"(?: (?:mucho|siempre|todo el tiempo|cada dia|seguido|tanto))* en (?:el|la|las|ese|esa)"
        r" (?:puente|vias|azotea|acantilado|barranco|balcon|techo)"
        + _NOT_THE_PLACE
        + r"(?! (?:de|del) (?:mayo|diciembre|agosto|octubre|noviembre|semana santa|todos los santos"
        r"|la constitucion|san \w+))(?: [^.]*?)?"
        r" (?:no se me va|no me la puedo sacar|no me lo puedo sacar|no se me quita"
        r"|no me la saco|no me lo saco)(?= )",
        needs="puente vias azotea acantilado barranco balcon techo",
    ),
    leveled(
        HIGH,
        "ideation method",
        "fr_place_stays",
        "limage du|limage de la|limage des|je pense au|je pense a la|je pense aux|jpense au",
        r" (?:pont|rails|voies|falaise|toit|balcon|viaduc)" + _NOT_THE_PLACE + r"(?: [^.]*?)?"
        r" (?:(?:elle|lidee|limage|la pensee|ca) (?:ne )?(?:part|men sort|me quitte|me lache)"
        r" (?:pas|jamais)|jarrive pas a (?:men|me l)(?:enlever| debarrasser|sortir))(?= )",
        needs="pont rails voies falaise toit balcon viaduc",
    ),
    leveled(
        HIGH,
        "ideation method",
        "de_place_stays",
        "an die|an den|an das",
        r" (?:brucke|gleise|schienen|klippe|dach|bahngleise|autobahnbrucke)"
        + _NOT_THE_PLACE
        + r"(?: [^.]*?)?"
        r" (?:lasst mich nicht (?:mehr )?los|geht nicht (?:mehr )?weg"
        r"|krieg ich nicht (?:mehr )?aus dem kopf)(?= )",
        needs="brucke gleise schienen klippe dach bahngleise autobahnbrucke",
        back=r"(?:ich )?(?:muss|denke|denk)(?: (?:standig|immer|dauernd|oft|die ganze zeit"
        r"|immer wieder|wieder))*",
    ),
    leveled(
        HIGH,
        "ideation method",
        "pt_place_stays",
        "penso|pensando|pensei|penso muito|penso sempre",
        r"(?: (?:muito|sempre|toda hora|o tempo todo|todo dia|direto))* (?:na|no|nos|naquela"
        r"|naquele) (?:ponte|trilhos|viaduto|penhasco|telhado|terraco|predio)"
        + _NOT_THE_PLACE
        + r"(?: [^.]*?)?"
        r" (?:a ideia nao sai|nao sai da (?:minha )?cabeca|nao me sai da cabeca"
        r"|nao consigo tirar da cabeca)(?= )",
        needs="ponte trilhos viaduto penhasco telhado terraco predio",
    ),
]

# -- self-harm done again ----------------------------------------------------
# Hurt again, with nothing after that makes it an injury: "ayer me volví a hacer daño, no
# pude parar", "me machuquei de novo", "hab mir heut wieder wehgetan". Not "... en la
# rodilla jugando", "... beim Sport", "... no joelho".
_HURT_NOT_MEANT = (
    r"(?!(?: [^ .,]+){0,4} (?:rodilla|espalda|tobillo|pie|mano|cabeza|jugando|entrenando"
    r"|corriendo|futbol|gym|gimnasio|joelho|costas|tornozelo|pe|jogando|treinando|academia"
    r"|beim|knie|rucken|fuss|knochel|sport|training|fussball|genou|dos|cheville|foot|treino"
    r"|jogo|futebol|partido|entreno|entrenamiento|caida|queda|tombe|chute|sturz|gefallen"
    r"|caindo|cayendo|bici|bicicleta|moto"
    # a tool or a chore: "con el martillo", "fazendo a barba", "cargando cajas"
    r"|dedo|dedos|finger|doigt|martillo|martelo|hammer|marteau|cuchillo|faca|messer|couteau"
    r"|cajas|caixas|kisten|cartons|almacen|trabajo|curro|obra|trabalho|arbeit|travail|boulot"
    r"|cocinando|cozinhando|kochen|cuisinant|afeitando|afeitarme|barba|rasieren|rasant"
    r"|holzhacken|lenha|lena|jardin|jardim|garten)"
    r"(?= ))"
)
_SELF_HARM: Final = [
    rule(
        "es_hurt_again",
        "me volvi a hacer dano|me volvi a lastimar|volvi a hacerme dano|volvi a lastimarme"
        "|me hice dano otra vez|me hice dano de nuevo|me lastime otra vez|me lastime de nuevo",
        _HURT_NOT_MEANT,
        needs="dano lastimar lastimarme lastime",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        "pt_hurt_again",
        "me machuquei de novo|me machuquei outra vez|me cortei de novo|me cortei outra vez"
        "|voltei a me machucar|voltei a me cortar|me machuquei de proposito",
        _HURT_NOT_MEANT,
        needs="machuquei cortei machucar cortar",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    # "Je me suis recoupé(e)": the "re-" is the "again". Not the hair, nails or a finger.
    rule(
        "fr_cut_again",
        "je me suis recoupe|je me suis recoupee|jme suis recoupe|jme suis recoupee"
        "|je me recoupe|je me suis rescarifie|je me suis rescarifiee",
        r"(?! (?:les|la|le|mes|ma|mon|une|un|des) (?:cheveux|frange|ongles|doigt|pouce|barbe"
        r"|meche|pointes|carre)(?= ))"
        # the kitchen's slicer or peeler
        r"(?!(?: [^ .,]+){0,3} (?:mandoline|eplucheur|econome|rape)(?= ))" + _HURT_NOT_MEANT,
        needs="recoupe recoupee rescarifie rescarifiee",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        "de_hurt_again",
        "wehgetan|weh getan",
        _HURT_NOT_MEANT,
        back=r"mir(?: (?:heut|heute|gestern|wieder|schon wieder|erneut|absichtlich|selbst"
        r"|mit absicht))*(?: (?:wieder|absichtlich|selbst|mit absicht|erneut))",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
]

# -- taken already -----------------------------------------------------------
_PILLS = (
    "pastillas|pildoras|medicamentos|remedios|calmantes|somniferos|comprimidos|pilulas"
    "|medocs|cachets|comprimes|pilules|medicaments|tabletten|pillen|medikamente"
)
# What the pills are for, or who is reassured they were taken: "las pastillas de la
# presión", "ja tomei os remédios, mãe". A day's doses, not a farewell's.
_FOR_AN_ILLNESS = (
    r"(?! (?:(?:de|del|da|do|para|pra|pour|contre|contra) (?:la |el |a |o |le |l )?"
    r"(?:presion|pressao|tension|colesterol|cholesterol|tiroides|tireoide|thyroide|azucar"
    r"|diabetes|diabete|alergia|allergie|dolor|dor|douleur|cabeza|cabeca|tete|migrana"
    r"|enxaqueca|migraine|corazon|coracao|coeur|ansiedad|ansiedade|anxiete|estomago|estomac"
    r"|noche|noite|nuit|dia|jour)|mama|mami|mae|maman|papa|pai|no te preocupes"
    r"|nao se preocupe|nao precisa)(?= ))"
)

_ATTEMPTS: Final = [
    # "Ya me tomé las pastillas, todas": all of them, said after.
    imminent(
        "intl_took_them_all_after",
        "me tome las|me tome los|ya me tome las|tome las|tome mis|tomei os|tomei as|tomei todos os"
        "|jai avale les|jai pris les|jai deja avale les|jai deja pris les",
        rf" (?:{_PILLS})(?: [.,])? (?:todas|todos|tous|toutes|de una vez|dun coup|de uma vez)"
        # "..., todas las de hoy", "tous ceux du matin": the day's dose.
        r"(?! (?:las|los|as|os|les|ceux|celles|que|como|comme|del|do|da|du|de)(?= ))(?= )"
        # The day's doses as told: "todas juntas con el desayuno", "todos hoje, certinho".
        r"(?!(?: [^ .]+){0,4} (?:juntas|juntos|hoy|hoje|aujourdhui|matin|manana|manha|desayuno"
        r"|cafe|dejeuner|siempre|sempre|dhab|dhabitude|certinho|medico|medecin)(?= ))",
        needs=_PILLS.replace("|", " "),
        reasons="attempt",
    ),
    # "Ya me tomé las pastillas", "já tomei os comprimidos", "ich hab schon was
    # genommen": taken, with nothing said of how many; the day's dose as often. A cue.
    cue(
        "intl_took_already",
        "ya me tome las|ya me tome los|ya tome las|ja tomei os|ja tomei as|jai deja avale les"
        "|jai deja pris les|jai deja avale mes|jai deja pris mes",
        rf" (?:{_PILLS})(?= )" + _FOR_AN_ILLNESS,
        needs=_PILLS.replace("|", " "),
        reasons="attempt",
    ),
    cue(
        "de_took_something",
        "was genommen|etwas genommen|was geschluckt|etwas geschluckt|wos gnommen|was gnommen"
        "|wos gschluckt|was gschluckt",
        # "hab was genommen gegen die Migräne": a remedy for something named.
        r"(?! (?:gegen|fur|wegen)(?= ))",
        needs="genommen geschluckt gnommen gschluckt",
        back=r"(?:ich |i )?(?:hab|habe|hob)(?: (?:schon|gerade|grad|bereits|vorhin|eben))*",
        reasons="attempt",
    ),
    # "Mir wird schwindlig", "me estoy mareando", "ça commence à faire effet": after pills.
    cue(
        "intl_taking_effect",
        "mir wird schwindlig|mir wird schwummrig|me estoy mareando|estoy mareada|estoy mareado"
        "|to ficando tonta|to ficando tonto|estou ficando tonta|estou ficando tonto"
        "|ca commence a faire effet|ca fait effet|je commence a avoir la tete qui tourne"
        "|empieza a hacer efecto|ta fazendo efeito|esta fazendo efeito|wirkt schon",
        needs="schwindlig schwummrig mareando mareada mareado tonta tonto effet tourne efecto"
        " efeito wirkt",
        reasons="attempt",
    ),
    # "No sé por qué te escribo": writing to someone at the end, as "idk why I'm texting
    # you". A cue: beside pills taken or a goodbye it is the last message.
    cue(
        "intl_why_writing",
        "no se por que|no se porque|ni se por que|je sais pas pourquoi|jsais pas pourquoi"
        "|je ne sais pas pourquoi|chais pas pourquoi|keine ahnung warum|weiss nicht warum"
        "|nao sei por que|nao sei porque|nao sei pq",
        r" (?:te escribo|je tecris|jtecris|je te parle|ich dir (?:schreib|schreibe)"
        r"|(?:to|tou|estou) te escrevendo|te escrevo|te estoy escribiendo)(?= )",
        needs="escribo tecris jtecris schreib schreibe escrevendo escrevo",
        reasons="goodbye",
    ),
]

# -- preparation, timelines and farewells in pieces --------------------------
_LEAVING = (
    "me voy|je pars|je men vais|je m en vais|jmen vais|ich geh|ich gehe|vou me embora|vou embora"
)
# Within the hour: "en una hora", "dans une heure", "in einer Stunde", "daqui uma hora".
_IN_HOURS = (
    "en una hora|dentro de una hora|dans une heure|dans une demi heure|in einer stunde"
    "|in ner stunde|in einer halben stunde|daqui uma hora|daqui a uma hora|em uma hora"
    "|dentro de uma hora"
)
_WONT_BE_THERE = (
    "je serai plus la|je ne serai plus la|jserai plus la|jserai pu la|je serai pu la"
    "|bin ich nicht mehr da|bin ich nimmer da|werde ich nicht mehr da sein"
    "|nao vou estar mais aqui|nao vou mais estar aqui|ya no voy a estar|ya no estare aqui"
    "|no voy a estar aqui|jserai pus la|je serai pus la|je serai pu la|chu pus la"
    "|bin ich nich mehr da|bin ich ned mehr da|ja nao vou ca estar|nao vou ca estar"
    "|ja nao vou estar ca|que yo no voy a estar"
)
_WONT_NEED = (
    r"(?:jen aurai plus besoin|je nen aurai plus besoin|jen aurai pu besoin|nao vou precisar"
    r" mais|nao vou mais precisar|(?:brauch|brauche) ich (?:die|das|sie)(?: eh| sowieso)?"
    r" nicht mehr|(?:ya )?no (?:las|los|la|lo) voy a necesitar(?: mas)?)"
)
# When no one is there, then "doing it".
_ALONE = (
    "cuando no haya nadie|cuando se duerman|cuando se vayan|cuando este sola|cuando este solo"
    "|quand tout le monde sera parti|quand ils dormiront|quand je serai seul|quand je serai seule"
    "|wenn alle aus dem haus sind|wenn alle schlafen|wenn alle weg sind|wenn ich allein bin"
    "|quando ninguem estiver|quando todos dormirem|quando eu estiver sozinha"
    "|quando eu estiver sozinho"
)
_ALONE_DO = (
    r"(?: [^.]*?)? (?:lo hago|lo voy a hacer|lo hare|je le fais|je vais le faire|jle fais"
    r"|mach ichs|mach ich es|mache ich es|tu ich es|eu faco|faco|vou fazer)(?= (?:[.] )*$)"
)
_ALONE_NEEDS = (
    "nadie duerman vayan sola solo parti dormiront seul seule haus schlafen weg allein"
    " ninguem dormirem sozinho sozinha"
)
_FAREWELLS: Final = [
    # "Dans une heure je serai plus là", "in einer Stunde bin ich nicht mehr da": gone within
    # the hour.
    imminent(
        "intl_gone_within_hour",
        _IN_HOURS,
        rf"(?: [^ .,]+){{0,2}}? (?:{_WONT_BE_THERE})(?= (?:[.,] )*$)",
        needs="hora heure stunde",
        reasons="goodbye timeline",
    ),
    # "En una hora salgo hacia las vías", "ce soir je vais au pont": a time, then the place.
    imminent(
        "intl_time_then_place",
        f"{_IN_HOURS}|{_TONIGHT}",
        r" (?:salgo hacia|salgo para|voy hacia|me voy a|voy a|je vais au|je vais sur le|je pars au"
        r"|je pars vers le|vou pra|vou para a|vou para|gehe ich zur|geh ich zur|gehe ich zu den"
        r"|geh ich zu den)"
        r" (?:las vias|el puente|la azotea|el acantilado|pont|les rails|les voies|a ponte"
        r"|os trilhos|brucke|gleisen)(?: del tren| de la autopista| du train| do trem)?"
        + _END
        # An outing's purpose said after: "..., da ist das Feuerwerk", "..., Zugfotos machen".
        + r"(?!(?: [.,])?(?: [^ .]+){0,6} (?:feuerwerk|fotos|zugfotos|fotografieren|photos"
        r"|angeln|pescar|pecher|picknick|picnic|spazieren|joggen|correr|courir|fuegos|feux"
        r"|concierto|concert|konzert|markt|mercado|marche|fiesta|party|fete|festa)(?= ))",
        needs="vias puente azotea acantilado pont rails voies ponte trilhos brucke gleisen",
        reasons="means timeline",
    ),
    # "Après samedi j'en aurai plus besoin", "depois de sábado não vou precisar mais", "nach
    # Freitag brauch ich die eh nicht mehr": an end date for one's things.
    imminent(
        "intl_not_needed_after",
        "apres|depois de|depois do|nach|despues del|despues de|a partir del|ab",
        rf" (?:{_DAYS})(?: ,)?(?: [^ .,]+){{0,2}}? {_WONT_NEED}(?= (?:[.,] )*$)",
        needs=_DAYS.replace("|", " "),
        reasons="goodbye timeline",
    ),
    # "Bye, this is it", "adieu, c'est la fin": the end said at a goodbye.
    cue(
        "intl_bye_this_is_it",
        "bye|adieu|tchau|chao|chau|ciao|tschuss|tschau",
        # The end said is looked at, not taken: the love said after it is a second cue.
        r"(?: (?:guys|gente|tous|todos|alle|leute|les gars))?(?= [.,] (?:this is it|cest la fin"
        r"|das wars|das ist das ende|e isso|eso es todo|esto es todo|es el fin|e o fim) )",
        needs="bye adieu tchau chao chau ciao tschuss tschau",
        reasons="goodbye",
    ),
    # A bare day as a sentence after something set: "Ort und Zeit stehen fest. Sonntag."
    cue("intl_day_alone", _DAYS, _END, back=r"\.", reasons="timeline"),
    # "Todo listo pa matarme mañana", "tout est prêt pour en finir": ready, for the act.
    imminent(
        "intl_all_ready_for",
        "ya tengo todo listo|tengo todo listo|ya esta todo listo|todo listo|todo preparado"
        "|tout est pret|tout est prepare|tudo pronto|tudo preparado"
        "|alles bereit|alles vorbereitet",
        r" (?:pa|para|pra|pour|um)"
        r" (?:matarme|suicidarme|quitarme la vida|morir|me matar|me suicidar|morrer|en finir"
        r"|me tuer|me suicider|mourir|mich umzubringen|zu sterben)(?= )",
        needs="matarme suicidarme quitarme morir matar suicidar morrer finir tuer suicider"
        " mourir umzubringen sterben",
        reasons="plan",
    ),
    # Things given away: "le regalé mis cosas a mi hermana", "dei minhas coisas", "hab meine
    # Sachen verschenkt", "j'ai donné mes affaires".
    cue(
        "intl_gave_away",
        "regale mis|regale todas mis|di mis|di todas mis|deje mis|dei minhas|dei todas as minhas"
        "|doei minhas|jai donne mes|jai donne toutes mes|meine sachen|alle meine sachen",
        r" (?:cosas|pertenencias|coisas|affaires|fringues)?(?: [^ .,]+){0,5}?"
        r" (?:a|pra|para|ao|a mon|a ma|verschenkt|weggegeben)(?= )"
        r"|(?: verschenkt| weggegeben)(?= )",
        needs="regale di deje dei doei donne sachen",
        reasons="goodbye",
    ),
    # "Porque ya no las voy a necesitar", "brauch ich die eh nicht mehr": not needed after.
    cue(
        "intl_wont_need",
        "no las voy a necesitar|no los voy a necesitar|no la voy a necesitar|ya no las necesito"
        "|nao vou precisar|nao vou mais precisar|brauch ich die|brauch ich das|brauche ich die"
        "|brauche ich das|brauch ich sie|brauche ich sie|jen aurai plus besoin"
        "|jen aurai pu besoin",
        r"(?: (?:eh|sowieso|dann|mehr))* (?:nicht mehr|nimmer|mais)?(?= )",
        needs="necesitar necesito precisar brauch brauche besoin",
        reasons="goodbye",
    ),
    # Affairs in order: "dejé todo ordenado, las contraseñas", "j'ai rangé mes papiers",
    # "i hob ois erledigt", "já arrumei tudo".
    cue(
        "intl_affairs",
        "deje todo ordenado|deje todo en orden|tengo todo en orden|deje las contrasenas"
        "|jai range mes papiers|j ai range mes papiers|jai mis de lordre dans mes papiers"
        "|hob ois erledigt|hab alles erledigt|habe alles erledigt|hab alles geregelt"
        "|habe alles geregelt|ja arrumei tudo|deixei tudo arrumado|deixei as senhas",
        needs="ordenado orden contrasenas range papiers erledigt geregelt arrumei arrumado senhas",
        reasons="goodbye",
    ),
    # "Hice mis despedidas", "j'ai fait mes adieux à tout le monde", "despedi-me de toda a
    # gente", "ich sag allen tschüss".
    cue(
        "intl_said_goodbyes",
        "fait mes adieux|despedi me de|me despedi de|despedi de|me despedi|ya me despedi"
        "|sag allne tschuss|sag allen tschuss|sage allen tschuss|verabschiedet von allen"
        "|hab mich von allen verabschiedet",
        r"(?: (?:a |de )?(?:tout le monde|todos|todo el mundo|toda a gente|todo mundo|allen))?"
        r"(?= )",
        needs="adieux despedi tschuss verabschiedet",
        reasons="goodbye",
    ),
    # Leaving at a time, said bare: "hoy me voy", "je pars ce soir", "cette nuit je m'en
    # vais", "ich geh heute", "esta noite vou-me embora". "Me voy a la playa" names where.
    cue(
        "intl_leaving_at",
        _LEAVING,
        rf" (?:{_TODAY}){_END}",
        needs="voy pars vais geh gehe embora",
        reasons="goodbye timeline",
    ),
    cue(
        "intl_at_leaving",
        _LEAVING,
        _END,
        back=rf"(?:{_TODAY})",
        needs="voy pars vais geh gehe embora",
        reasons="goodbye timeline",
    ),
    # "Ce soir c'est fini", "sexta acaba tudo", "heit auf d'Nacht is Schluss", "hüt znacht
    # isch fertig": an end set for a time. "Lundi c'est fini les vacances" names what ends.
    cue(
        "intl_ends_at",
        "cest fini|ca finit|acaba tudo|termina tudo|se acaba todo|se termina todo|is schluss"
        "|ist schluss|isch fertig|isch schluss|ist alles vorbei|acaba todo",
        _END,
        back=rf"(?:{_TONIGHT}|{_DAYS}|ce soir|auf dnacht|auf d nacht|znacht|z nacht|heit auf dnacht"
        r"|hut znacht|am (?:" + _DAYS + "))",
        needs="fini finit acaba termina schluss fertig vorbei",
        reasons="timeline",
    ),
    # "El sábado es el día", "c'est pour dimanche", "Sonntag.": a day set, bare.
    cue(
        "intl_the_day",
        "es el dia|e o dia|cest pour|ce sera|ist der tag",
        rf" ?(?:{_DAYS})?{_END}",
        back=rf"(?:el|este|le|o|am|der)? ?(?:{_DAYS})",
        needs="dia pour sera tag",
        reasons="timeline",
    ),
    cue(
        "intl_for_day",
        "cest pour|es para el|e pra",
        rf" (?:{_DAYS}){_END}",
        needs=_DAYS.replace("|", " "),
        reasons="timeline",
    ),
    # "J'ai choisi l'endroit et l'heure", "Ort und Zeit stehen fest", "já planeei tudo, o
    # sítio e a hora": place and time chosen.
    cue(
        "intl_place_and_time",
        "lendroit et lheure|le lieu et lheure|lendroit et le jour|ort und zeit|zeit und ort"
        "|o sitio e a hora|o lugar e a hora|o local e a hora|el lugar y la hora|el sitio y la hora"
        "|el lugar y el dia",
        needs="lendroit lieu ort zeit sitio lugar local",
        reasons="plan timeline",
    ),
    cue(
        "pt_planned_all",
        "ja planeei tudo|ja planejei tudo|planeei tudo|planejei tudo",
        needs="planeei planejei",
        reasons="plan",
    ),
    # "Compré lo que necesitaba", "j'ai acheté ce qu'il faut", "comprei o que precisava".
    cue(
        "intl_bought_what",
        "compre lo que necesitaba|compre lo necesario|jai achete ce quil faut"
        "|jai achete ce dont javais besoin|comprei o que precisava|comprei o necessario"
        "|hab besorgt was ich brauche|habe besorgt was ich brauche",
        needs="compre achete comprei besorgt",
        reasons="means",
    ),
    # Pills laid out before one: "les médocs sont sur la table devant moi", "os comprimidos
    # tão aqui do meu lado", "tengo las pastillas al lado".
    cue(
        "intl_pills_at_hand",
        _PILLS,
        r" (?:sont|estan|tao|estao|ta|esta)(?: (?:la|aqui|ici|ahi|ja|deja))*"
        r"(?: (?:sur la table|en la mesa|na mesa))?"
        r" (?:devant moi|a cote de moi|a mi lado|al lado mio|frente a mi|do meu lado|ao meu lado"
        r"|na minha frente)(?= )",
        needs="devant cote lado frente",
        reasons="means",
    ),
    # "Ya junté las pastillas": gathered, as "I've got the pills".
    cue(
        "intl_gathered_pills",
        "ya junte|junte|reuni|ya reuni|jai rassemble|juntei|ja juntei",
        rf" (?:las |los |mis |os |as |meus |minhas |mes |les )?(?:{_PILLS})(?= )",
        needs=_PILLS.replace("|", " "),
        reasons="means",
    ),
    # A place went to, the clause ended: "salgo hacia las vías del tren, chao".
    cue(
        "intl_heading_to",
        "salgo hacia|salgo para|voy hacia|me voy a|je vais au|je pars au|vou pra|vou para a",
        r" (?:las vias|el puente|la azotea|el acantilado|pont|les rails|a ponte|os trilhos)"
        r"(?: del tren| de la autopista| du train| do trem)?" + _END,
        needs="vias puente azotea acantilado pont rails ponte trilhos",
        reasons="means",
    ),
    # "Dans une heure je serai plus là", "in einer Stunde bin ich nicht mehr da", "daqui uma
    # hora não vou estar mais aqui": not around any more, with or without the hour.
    cue(
        "intl_wont_be_there",
        _WONT_BE_THERE,
        rf"(?: (?:{_TONIGHT}))?(?: pour (?:le faire|toi|vous|eux|elle|lui))?{_END}",
        needs="serai jserai bin werde estar pus",
        reasons="goodbye",
    ),
    # Thanks, sorry and love to all, in the forms chat uses: "gracias x todo", "sorry an
    # alle", "desculpa a todos", "pardon à tous", "danke dass du immer zugehört hast",
    # "gracias por escucharme siempre", "vous y êtes pour rien".
    cue(
        "intl_to_all",
        "gracias x todo|gracias por escucharme|sorry an alle|entschuldigung an alle"
        "|tut mir leid fur alles|desculpa a todos|desculpem a todos|pardon a tous"
        "|pardon a tout le monde|desole a tous|lo siento a todos|perdon a todos"
        "|danke dass du immer zugehort hast|danke furs zuhoren|merci de mavoir ecoute"
        "|obrigado por me ouvir|obrigada por me ouvir|vous y etes pour rien"
        "|ce nest pas votre faute|no es culpa de nadie|nao e culpa de ninguem"
        "|ist nicht eure schuld",
        needs="todo escucharme alle alles todos tous monde zugehort zuhoren ecoute ouvir etes"
        " faute culpa schuld",
        reasons="goodbye",
    ),
    # Love to all after a bye: "bye guys, this is it, je vous aime", "hab euch lieb",
    # "amo vcs". At the message's end: "love you all, see you Monday" is a week.
    cue(
        "intl_love_all_end",
        "je vous aime|hab euch lieb|ich hab euch lieb|ich liebe euch|amo vcs|amo voces"
        "|los quiero|las quiero|les quiero|los amo",
        r"(?: (?:tous|toutes|fort|alle|muito|todos|mucho))*(?= (?:[.,] )*$)",
        needs="aime lieb liebe amo quiero",
        back=r"(?:this is it|cest la fin|das wars|e isso|eso es todo|adieu|lebt wohl) ,",
        reasons="goodbye",
    ),
    # "Dernier message.", "última mensagem": a last message said bare.
    cue(
        "intl_last_message_bare",
        "dernier message|ultimo mensaje|ultima mensagem|letzte nachricht",
        r"(?= (?:[.,]|$))",
        needs="message mensaje mensagem nachricht",
        reasons="goodbye",
    ),
    # "Prenez soin de Moka pour moi", "kümmert euch um Bello", "cuiden a Luna por mí".
    cue(
        "intl_take_care_of",
        "prenez soin de|occupez vous de|kummert euch um|kummere dich um|cuiden a|cuida a"
        "|cuidem do|cuidem da|cuida do|cuida da",
        r" \w+(?: (?:pour moi|por mi|por mim|fur mich))?(?= (?:[.,]|$))",
        needs="soin occupez kummert kummere cuiden cuida cuidem",
        reasons="goodbye",
    ),
    # When no one is there, then "doing it": "cuando se duerman lo hago", "quand tout le
    # monde sera parti, je le fais", "wenn alle aus dem Haus sind, mach ich's", "quando
    # ninguém estiver em casa eu faço".
    cue(
        "intl_alone_then",
        _ALONE,
        _ALONE_DO,
        needs=_ALONE_NEEDS,
        reasons="intent timeline",
    ),
    imminent(
        "intl_time_alone_then",
        _ALONE,
        _ALONE_DO,
        needs=_ALONE_NEEDS,
        back=rf"(?:{_TONIGHT})(?: (?:matin|temprano|cedo|fruh|de manana|a la manana))?(?: ,)?",
        reasons="intent timeline",
    ),
    cue(
        "intl_do_it_time",
        "voy a hacerlo|lo voy a hacer|lo hago|je vais le faire|je le fais|mach ichs|vou fazer"
        "|eu faco",
        rf" (?:{_TODAY}|ahora|jetzt|agora|maintenant){_END}",
        needs="hacerlo hacer hago faire fais ichs fazer faco",
        reasons="intent timeline",
    ),
    # "No intentes convencerme", "n'essaie pas de me retenir": one's mind made up.
    cue(
        "intl_dont_stop_me",
        "no intentes convencerme|no intentes detenerme|no trates de convencerme|no me detengas"
        "|nessaie pas de me retenir|nessaie pas de me convaincre|essaie pas de me retenir"
        "|versuch nicht mich aufzuhalten|halt mich nicht auf|nao tenta me impedir"
        "|nao tenta me convencer|nao tente me impedir",
        needs="convencerme detenerme detengas retenir convaincre aufzuhalten auf impedir convencer",
        reasons="intent",
    ),
    imminent(
        "de_note_lies",
        "abschiedsbrief|abschiedsbriefe",
        r" (?:liegt|liegen|ist fertig|sind fertig|ist geschrieben)(?= )"
        # A job left: "der Abschiedsbrief ist fertig, jetzt noch den Kuchen fürs Team".
        r"(?![^.]*? (?:team|kollegen|kolleginnen|kollegium|chef|chefin|firma|buro|rente"
        r"|ruhestand|kuchen|arbeitstag|abteilung|job|stelle|kunden)(?= ))",
        back="der|die",
        reasons="goodbye",
    ),
    cue(
        "es_letter_to_family",
        "una carta a|una carta para|cartas a|cartas para|une lettre a|des lettres a"
        "|uma carta pra|uma carta para|cartas pra",
        r" (?:mis|mi|mes|ma|mon|minha|meus|minhas) (?:papas|padres|mama|papa|familia|hermanos"
        r"|hermana|hermano|hijos|parents|mere|pere|famille|pais|mae|pai|filhos|irma|irmao)(?= )",
        needs="carta cartas lettre lettres",
        back=r"(?:les deje|le deje|deje|escribi|jai laisse|jai ecrit|deixei|escrevi)",
        reasons="goodbye",
    ),
]

# -- look-alikes -------------------------------------------------------------
_LOOKALIKES: Final = [
    # "Morir de risa", "mourir de faim", "sterben vor Hunger", "morrer de sono", "morta de
    # cansada": dying of a feeling or a need.
    _idiom(
        "intl_die_of",
        "morir|morirme|morirse|muerta|muerto|morrer|morta|morto|mourir|morte|mort|sterben"
        "|matar|me matar",
        r" (?:de|du|vor) (?:la |el |los )?(?:risa|rir|rire|lachen|verguenza|vergonha|honte"
        r"|cansada|cansado|cansancio|sono|fome|hambre|faim|hunger|saudade|amor|calor|chaleur"
        r"|hitze|frio|froid|kalte|aburrimiento|tedio|ennui|langeweile|envidia|inveja|miedo|medo"
        r"|peur|angst|ganas|vontade|curiosidad|curiosidade|nervios|susto|sed|sede|soif|durst"
        r"|sueno|fatigue|stress|estres|pena|tristeza|trabajo|trabalho)(?= )",
        needs="risa rir rire lachen verguenza vergonha honte cansada cansado cansancio sono fome"
        " hambre faim hunger saudade amor calor chaleur hitze frio froid kalte aburrimiento tedio"
        " ennui langeweile envidia inveja miedo medo peur angst ganas vontade curiosidad"
        " curiosidade nervios susto sed sede soif durst sueno fatigue stress estres pena"
        " tristeza trabajo trabalho",
    ),
    # "Je veux plus vivre à Paris", "... avec mes parents": where, or with whom.
    _idiom(
        # Dying old: "quero morrer velhinha na praia", "je veux mourir vieux et heureux".
        "intl_die_old",
        "morir|morirme|morrer|mourir",
        r"(?: [^ .,]+){0,4}? (?:viejo|vieja|viejita|viejito|de viejo|de vieja|velho|velha|velhinha"
        r"|velhinho|de velhice|vieux|vieille|de vieillesse)(?= )",
        needs="viejo vieja viejita viejito velho velha velhinha velhinho velhice vieux vieille"
        " vieillesse",
    ),
    _idiom(
        # The heat, or something too good: "me quiero morir con este calor", "morirme de lo
        # buena que está", "morrer de tanto comer".
        "intl_die_with",
        "morir|morirme|morrer|mourir|crever",
        r" (?:(?:con|com|avec) (?:este|esta|ese|esa|esse|essa|ce|cette|cet) (?:calor|frio|bochorno"
        r"|chaleur|froid|trafico|transito|ruido|barulho|bruit)|de lo (?:buen[oa]|ric[oa]|lind[oa]"
        r"|bonit[oa]|mon[oa]|guap[oa]|gracios[oa]|tiern[oa])|de tanto (?:comer|reir|rir|bailar"
        r"|dancar|correr|caminar|andar|trabajar|estudiar|estudar|trabalhar))(?= )",
        needs="con com avec lo tanto",
    ),
    _idiom(
        # Working oneself to death: "quiero matarme a estudiar", "vou me matar de estudar".
        "intl_kill_oneself_working",
        "matarme a|me matar de|me matando de|me mato a|me tuer a la|me tuer au",
        r" (?:estudiar|trabajar|entrenar|correr|estudar|trabalhar|treinar|tache|travail|boulot)"
        r"(?= )",
        needs="estudiar trabajar entrenar correr estudar trabalhar treinar tache travail boulot",
    ),
    _idiom(
        # A piece of work got over with: "ce dossier, je veux en finir ce soir".
        "fr_done_with_work",
        "dossier|redaction|devoir|devoirs|boulot|projet|rapport|memoire|these|examen|travail|taf"
        "|chantier|demenagement|travaux|menage|semaine",
        r"(?: [^ .]+){0,5}? en finir",
        needs="finir",
    ),
    _idiom(
        "fr_finish_and_leave",
        "en finir et",
        r" (?:partir|aller|rentrer|profiter|passer)(?= )",
        needs="partir aller rentrer profiter passer",
    ),
    _idiom(
        "fr_live_where",
        "plus vivre|pu vivre|plu vivre",
        r" (?:a|au|aux|en|chez|dans|ici|la bas|loin|avec (?:mes|mon|ma) (?:parents|coloc\w*"
        r"|mere|pere|copain|copine|soeur|frere)"
        # living off or through something: "vivre de petits boulots", "vivre une rentrée
        # pareille"; not "vivre de cette façon", a life.
        r"|(?:de|d) (?!(?:cette|ce|cet|la|facon)(?= ))[^ .]+|une|un|des)(?= )",
        needs="vivre",
    ),
    _idiom(
        # A way or a place of living: "nicht mehr leben wie ein Student", "... in dieser WG".
        "de_live_how",
        "nicht mehr leben|nimmer leben|nimma leben",
        r" (?:wie|ohne|in|im|wo|mit|bei|unter|als|hier|dort|zusammen)(?= )",
        needs="leben",
    ),
    # "En finir avec ce projet", "acabar con esto de la tesis": an end to a thing.
    _idiom(
        "fr_finish_a_thing",
        "en finir avec",
        r" (?:ce|cette|ces|cet|mon|ma|mes|le|la|les|un|une|son|sa|ses|leur|tout ca|ca)"
        r"(?! (?:vie|existence|jours|souffrance|douleur)(?= ))(?= )",
        needs="finir",
    ),
    # "Wenn Schalke absteigt, spring ich vom Dach lol": a jump promised on a result, laughed
    # off, as "si pierde el Madrid me tiro del puente jaja" is capped by its laugh.
    _idiom(
        "de_jump_if_laughed",
        "spring ich|springe ich|schmeiss ich mich|werf ich mich|werfe ich mich",
        r" [^.]*? (?:lol|lmao|haha\w*|xd|emojiskull|emojilaugh)(?= )",
        needs="spring springe schmeiss werf werfe",
        back=r"wenn(?: [^ .,]+){1,6}(?: ,)?",
    ),
    # "Ese examen me mató": something killed me, the past folded onto "me mato".
    _idiom(
        "es_it_killed_me",
        "me mato|me mataron|me esta matando",
        back=r"(?:ese|este|esa|esta|el|la|los|las|tu|su|mi|mis|tus|sus) (?!(?:noche|tarde"
        r"|semana|vez|manana|misma|mismo|dia|ano|finde|fin|sabado|domingo|viernes|lunes)\b)"
        r"\w+(?: \w+)?",
        needs="mato mataron matando",
    ),
    # "No estoy pensando en suicidarme", "não estou pensando em me matar": denied, the
    # frame's own "no" before it.
    _idiom(
        "es_pt_not_thinking",
        "no estoy pensando en|no pienso en|nao estou pensando em|nao to pensando em"
        "|nao penso em|nunca pienso en|nunca penso em",
        r" (?:suicidarme|matarme|quitarme la vida|el suicidio|me matar|me suicidar|suicidio)"
        r"(?= )",
        needs="suicidarme matarme quitarme suicidio matar suicidar",
    ),
    # "Das sind keine Suizidgedanken", "não são pensamentos suicidas", "ce ne sont pas des
    # idées suicidaires", "no son pensamientos suicidas": named to be denied.
    _idiom(
        "intl_not_suicidal_thoughts",
        "keine suizidgedanken|keine selbstmordgedanken|kein suizidgedanke|nicht suizidal"
        "|nao sao pensamentos suicidas|no son pensamientos suicidas"
        "|ce ne sont pas des idees suicidaires"
        "|pas des idees suicidaires|pas didees suicidaires|pas de pensees suicidaires",
        needs="suizidgedanken selbstmordgedanken suizidgedanke suizidal suicidas suicidaires",
    ),
]

# -- markers -----------------------------------------------------------------
INTL_CRISIS_MARKERS: Final[list[Rule]] = [
    rule(
        "intl_in_hours",
        "en una hora|en un rato|dentro de una hora|dans une heure|dans une demi heure"
        "|in einer stunde|in ner stunde|in einer halben stunde|daqui uma hora|daqui a uma hora"
        "|em uma hora|dentro de uma hora",
        needs="hora rato heure stunde",
        kind=Kind.TIMELINE,
        reasons="timeline",
    ),
    # Hours ago, or last night: "anoche", "hier soir", "gestern", "ontem à noite".
    rule(
        "intl_recent",
        "ayer|anoche|antenoche|hace un rato|hace unas horas|esta manana|hier|hier soir"
        "|cette nuit|ce matin|tout a lheure|gestern|letzte nacht|heute nacht|heute morgen"
        "|vorhin|ontem|anteontem|hoje de manha|agora ha pouco|ha pouco|faz pouco|hace poco",
        needs="ayer anoche antenoche rato horas manana hier nuit matin lheure gestern nacht"
        " morgen vorhin ontem anteontem manha pouco poco",
        kind=Kind.RECENT,
    ),
    # "Als Teenager", "de adolescente", "quand j'étais ado", "quando eu era adolescente".
    rule(
        "intl_as_young",
        "als teenager|als jugendlicher|als jugendliche|als kind|de adolescente|de nina|de nino"
        "|cuando era adolescente|cuando era nina|cuando era nino|cuando era joven"
        "|quand jetais ado|quand jetais adolescent|quand jetais adolescente|quand jetais jeune"
        "|a ladolescence|quando eu era adolescente|quando era adolescente|quando eu era crianca"
        "|na adolescencia|en la adolescencia|en mi adolescencia|de joven|de jovencito|de jovencita"
        "|cuando era mas joven|en mi juventud|dans ma jeunesse|quand jetais plus jeune"
        "|in meiner jugend|als junger mann|als junge frau|na minha juventude|quando era novo"
        "|quando eu era novo|quando era nova|quando eu era nova|quando era mais novo"
        # Youth and school years in chat words: "als Teenie", "in der Schulzeit", "quand
        # j'étais au lycée", "à l'époque du collège".
        "|als teenie|als teeny|als teen|als schuler|als schulerin"
        "|in der schulzeit|in der pubertat|in der oberstufe"
        "|quand jetais petit|quand jetais petite|quand jetais au lycee|quand jetais au college"
        "|quand jetais gamin|quand jetais gamine|au lycee jai|au college jai|ado jai",
        needs="teenager jugendlicher jugendliche kind adolescente nina nino joven ado"
        " adolescent ladolescence crianca adolescencia jeune juventud jeunesse jugend mann frau"
        " juventude novo nova teenie teeny teen schuler schulerin schulzeit pubertat oberstufe"
        " petit petite lycee college gamin gamine jai",
        kind=Kind.PAST,
    ),
    # Years ago, counted: "hace 3 años", "vor vier Jahren", "il y a 5 ans", "há dois anos",
    # "das ist über 10 Jahre her"; and "à une époque", "früher hab ich".
    rule(
        "intl_years_ago",
        "hace|vor|il y a|ha|faz|uber|schon",
        r"(?: (?:mas de|unos|uns|mais de|quase|casi|gut|fast))? (?:\d+|un|una|dos|tres|cuatro"
        r"|cinco|seis|einem|zwei|drei|vier|funf|sechs|zehn|deux|trois|quatre|cinq|dix|um|uma"
        r"|dois|duas|quatro|dez|muchos|varios|vielen|plusieurs|muitos|varios|des|quelques"
        r"|algunos|alguns) (?:anos|ano"
        r"|jahren|jahre her|ans|annees)(?= )",
        needs="anos ano jahren jahre ans annees",
        kind=Kind.PAST,
    ),
    # An age left behind: "à 17 ans j'ai fait une tentative", "mit 16 hab ich mich geritzt",
    # "quand j'avais 15 ans". Led by the number, so "à" and "mit" open no search; "il y a
    # 20 minutes" and "a 19 year old" name no age.
    rule(
        "intl_at_age",
        "|".join(str(age) for age in range(6, 70)),
        r" (?:ans|jahren|jahre|anos)(?= )(?! (?:et|und|e|y|aujourdhui|jetzt|heute|hoje|hoy)(?= ))",
        back=r"(?:a|mit|quand javais|als ich|con|com|aos|a los)",
        kind=Kind.PAST,
    ),
    # An age told: "quando tinha 15 anos", "cuando tenía 16": a past.
    rule(
        "intl_when_i_was",
        "cuando tenia|quando tinha|quando eu tinha|cuando yo tenia",
        r" (?:\d+|quince|dieciseis|diecisiete|quinze|dezesseis|dezessete|catorce|catorze)"
        r"(?: anos)?(?= )",
        needs="tenia tinha",
        kind=Kind.PAST,
    ),
    # "Aos 17 tentei me matar", "a los 16 lo intenté": an age, not "a los 3 días".
    rule(
        "intl_at_age_short",
        "aos|a los",
        r" (?:1[0-9]|[2-9][0-9])(?: anos)?(?! (?:dias|dia|horas|hora|minutos|meses|mes|semanas"
        r"|comprimidos|pastillas|remedios|pilulas|pildoras|mg|euros|reais|pesos|anos de)(?= ))"
        r"(?= )",
        needs="aos los",
        kind=Kind.PAST,
    ),
    rule(
        "intl_back_then",
        "a une epoque|a lepoque|autrefois|dans le temps|fruher hab ich|fruher habe ich"
        "|fruher war ich|fruher hatte ich|naquela epoca|en esa epoca|en aquella epoca"
        "|antigamente|tuve una epoca|tive uma fase|hatte eine phase",
        needs="epoque lepoque autrefois temps fruher epoca antigamente fase phase",
        kind=Kind.PAST,
    ),
    # Well now, said after a past: "hoy estoy bien", "heute bin ich stabil", "mittlerweile
    # geht's mir gut", "aujourd'hui je vais bien", "hoje estou bem", "salí adelante".
    rule(
        "intl_well_now",
        "hoy estoy bien|ahora estoy bien|sali adelante|heute bin ich stabil|heute gehts mir gut"
        "|mittlerweile gehts mir gut|jetzt gehts mir gut|heute geht es mir gut"
        "|mittlerweile geht es mir gut|aujourdhui je vais bien|maintenant je vais bien"
        "|aujourdhui ca va|hoje estou bem|agora estou bem|hoje to bem|hoje tou bem"
        # "... et je vais bien", "je vais beaucoup mieux", "cumplo dos años limpio",
        # "estoy orgulloso": a past told from the far side of it.
        "|je vais bien|je vais mieux|je vais beaucoup mieux|anos limpio|anos limpia|ano limpio"
        "|ano limpia"
        "|estoy orgulloso|estoy orgullosa|estou orgulhoso|estou orgulhosa",
        needs="bien adelante stabil gut va bem mieux limpio limpia orgulloso orgullosa"
        " orgulhoso orgulhosa",
        kind=Kind.RECOVERY,
    ),
    # Better now, after a past: "hoy estoy muchísimo mejor", "hoje estou muito melhor".
    rule(
        "intl_much_better_now",
        "hoy estoy|ahora estoy|hoje estou|agora estou|hoje to|hoje tou",
        r" (?:mucho|muchisimo|muito|bem) mejor(?= )| (?:muito|bem|muitissimo) melhor(?= )",
        needs="mejor melhor",
        kind=Kind.RECOVERY,
    ),
    rule(
        "intl_long_over",
        "seit jahren vorbei|ist lange vorbei|ist vorbei|hace anos que no|ya lo supere"
        "|cest fini depuis|cest derriere moi|ja passou|ja superei|faz anos que nao",
        needs="vorbei anos supere fini derriere passou superei",
        kind=Kind.RECOVERY,
    ),
    # Clean for a span, as "two years clean": "seit Jahren clean", "drei Jahre clean",
    # "clean depuis 2019". Not a span of cutting ("seit Jahren ritze ich mich"), nor a
    # clean time a relapse ended ("war 2 Jahre clean", "seit Jahren clean gewesen").
    rule(
        "intl_clean_for",
        "clean",
        r"(?: (?:seit|depuis) (?:jahren|monaten|langem|\d+|des annees|des mois|longtemps"
        r"|plusieurs|ein paar|einigen|vielen|zwei|drei|vier|funf|deux|trois|quatre|cinq))?"
        r"(?! (?:gewesen|gwesen|war|bis|jusqua|avant)(?= ))(?= )",
        back=r"(?<!war )(?<!etais )(?<!ete )(?:seit (?:jahren|monaten|langem|vielen jahren"
        r"|\d+ (?:jahren|monaten))"
        r"|(?:\d+|zwei|drei|vier|funf|zehn|paar) (?:jahre|jahr|monate)|bin|ich bin|i bin"
        r"|je suis|jsuis|chui|suis)",
        needs="clean",
        kind=Kind.RECOVERY,
    ),
]

INTL_CRISIS_RULES: Final[list[Rule]] = [
    *_WISHES,
    *_SELF_HARM,
    *_ATTEMPTS,
    *_FAREWELLS,
    *_LOOKALIKES,
]
