"""Spanish, French, German and Portuguese families the other intl modules left open.

Written family by family against the English tables, not from a set's
misses: the wish said with other frames ("tengo ganas de morirme", "je
souhaite mourir", "keinen Bock mehr zu leben", "desejo morrer"), ending
it all ("acabar con todo", "ein Ende setzen"), thoughts that go on ("he
estado pensando en", "não paro de pensar em"), a decision made, means got
"for" it ("compré una cuerda para ahorcarme"), veins cut, self-harm named
("me autolesiono"), passive wishes and burden, and someone else's words
("mi hermano quiere matarse", "mein Bruder will sich umbringen"), which are
concern with the reason ``third_party``. Idioms keep hyperbole and jokes
taken back calm ("me voy a matar estudiando", "quiero morir de viejo",
"quero morrer kkkk brincadeira"). A softened or conditional wish ("je
préfère mourir", "ich wäre lieber tot") is concern, as "I'd rather be dead"
is. Folded text has no accents or apostrophes ("d'en finir" is ``den
finir``); leads and ``needs`` are rare words, never "de", "que" or "ich".
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.patterns_intl import NOT_A_JOB as _NOT_A_JOB
from bot.risk.rules import Kind, Rule, Tense, cue, leveled, rule

__all__ = ["INTL_FAMILY_RULES"]

CONCERN, HIGH, IMMINENT = RiskLevel.CONCERN, RiskLevel.HIGH, RiskLevel.IMMINENT


def _third(name: str, lead: str, rest: str = "", *, needs: str = "", back: str = "") -> Rule:
    """Someone else's wish, thoughts or cutting: concern, to help the person help them.
    Still personal, so "mi hermano no quiere matarse" is negated."""
    return leveled(CONCERN, "third_party", name, lead, rest, needs=needs, back=back)


def _idiom(name: str, lead: str, rest: str = "", *, needs: str = "", back: str = "") -> Rule:
    return rule(name, lead, rest, needs=needs, back=back, kind=Kind.IDIOM)


def _third_over(name: str, lead: str, rest: str = "", *, needs: str = "", back: str = "") -> Rule:
    """Someone else's, in words a first-person rule also reads ("er will nicht mehr
    leben", "il a eu des idées suicidaires"): an idiom at concern, so it hides that
    rule's hit and is judged in its place."""
    return rule(
        name,
        lead,
        rest,
        needs=needs,
        back=back,
        kind=Kind.IDIOM,
        level=CONCERN,
        reasons="third_party",
    )


def _veins_cut(name: str, lead: str, *, needs: str) -> Rule:
    """Veins or wrists cut: an attempt just made, not self-harm told in passing."""
    return rule(
        name,
        lead,
        needs=needs,
        level=IMMINENT,
        reasons="attempt",
        tense=Tense.EVENT,
        recent_level=IMMINENT,
    )


def _words(pattern: str) -> str:
    """The ``needs`` words of a ``|``-separated list of phrases: each phrase's last word."""
    return " ".join(sorted({p.split()[-1] for p in pattern.split("|")}))


# A clause ends: what "acabar con todo" needs to be one's life, not "todo el trabajo".
_END = r"(?= (?:[.,]|$))"
# "Morir de risa", "mourir de faim", "morrer de sono": dying "of" something is an idiom,
# but "de verdad" / "de vrai" is earnest.
_NOT_OF = r"(?! (?:de|del|d|por) (?!verdad |vdd |vrai |verdade )[^ ]+)"

# An end pictured in old age: "quiero morir en mi tierra, cuando sea viejito",
# "quero morrer na praia, aos cem anos".
_OLD_AGE = (
    r"(?!(?: [^ .]+){0,8} (?:viejit[oa]|viej[oa]|ancian[oa]|velhinh[oa]|idos[oa]|vieux|vieille"
    r"|(?:a los|aos|a|mit) (?:\d+|cien|noventa|cem) (?:anos|ans|jahren)|de nietos|de netos)"
    r"(?= ))"
)
# "Acabar con todo" / "acabar com tudo" told next to be chores or food.
_A_TASK = (
    r"(?!(?: [.,])?(?: [^ .]+){0,6} (?:ropa|platos|papeleo|renta|vello|bicho|bichos|examenes"
    r"|mudanza|tarta|vacaciones|faxina|louca|roupa|pizza|barata|baratas|churrasco|bolo)(?= ))"
)
# Thrown from a height or under a vehicle, not into a pool, a parachute jump or the sales.
_ES_DROP = (
    r"(?:del|de un|de una|al|a las|a la) (?:puente|balcon|edificio|tren|metro|vias|azotea"
    r"|techo|terraza|ventana|acantilado|rio|vacio|coche|carro|camion|auto|autobus|precipicio"
    r"|barranco|\w+ piso)"
)

# -- Spanish ------------------------------------------------------------------
_ES_END = (
    r"(?:morir(?:me)?|matarme|suicidarme|quitarme la vida|acabar con mi vida"
    r"|terminar con mi vida|ponerle fin a mi vida|poner fin a mi vida|acabar con todo"
    r"(?= (?:[.,]|$|ya|de una vez|hoy|esta noche|manana|ahora))"
    # Not leaving a platform: "dejar de existir en redes", "para mi ex".
    r"|dejar de existir(?! (?:en|para|por un|un rato)(?= )))"
)
_ES_END_NEEDS = "morir morirme matarme suicidarme quitarme acabar terminar ponerle poner dejar"
_ES_FILL = r"(?: (?:ya|solo|nomas|nada mas|tanto|mucho|muchas|de verdad|en serio|simplemente))*"
_ES_MEANS = (
    "pastillas|pildoras|cuerda|soga|pistola|arma|cuchillo|navaja|cuchilla|cuchillas|veneno"
    "|raticida|medicamentos|remedios|calmantes|somniferos|gillette|gilette"
)
_ES_SELF_END = (
    "matarme|suicidarme|ahorcarme|colgarme|envenenarme|quitarme la vida|acabar con mi vida"
    "|cortarme las venas|morir|morirme|acabar con todo"
)
# Someone else's ending: "matarse", "quitarse la vida".
_ES_THEIR_END = (
    r" (?:matarse|suicidarse|quitarse la vida|acabar con su vida|terminar con su vida"
    r"|morirse|morir)" + _NOT_OF
)

_SPANISH: Final = [
    # "Tengo (muchas) ganas de morirme", "deseo morir", "me dan ganas de matarme".
    leveled(
        HIGH,
        "ideation",
        "es_wish_frames",
        "deseo|desearia|quiero|kiero|qiero",
        rf"{_ES_FILL} {_ES_END}{_NOT_OF}{_OLD_AGE}{_A_TASK}",
        needs=_ES_END_NEEDS,
        jokable=True,
    ),
    # "Ganas de" with its frame, so "no tengo ganas de morirme" is negated.
    leveled(
        HIGH,
        "ideation",
        "es_urge_frames",
        "ganas de",
        rf"{_ES_FILL} {_ES_END}{_NOT_OF}{_A_TASK}",
        needs=_ES_END_NEEDS,
        back=r"(?:tengo|tengo (?:muchas|tantas|unas)|me dan|me entran|que|q|con|unas|muchas"
        r"|tantas|ando con|siento)",
    ),
    # "Me kiero matar", "ya no kiero vivir": the texting spelling with the verb after.
    leveled(
        HIGH,
        "ideation",
        "es_want_kill_typo",
        "me kiero|me qiero|me kero|me qero",
        r" (?:matar|suicidar|morir)(?= )" + _NOT_OF,
        needs="kiero qiero kero qero",
    ),
    leveled(
        HIGH,
        "ideation",
        "es_dont_live_typo",
        "no kiero|no qiero|no kero|no qero|ya no kiero|ya no qiero",
        r" (?:seguir )?(?:viviendo|vivir)"
        # Where or with whom, not whether: "no kiero vivir en madrid", "con mis papas".
        r"(?! (?:en|con|cerca|lejos|aqui|alli|alla|de alquiler|solo|sola)(?= ))",
        needs="kiero qiero kero qero",
    ),
    # "Ya no quiero existir", but not "no quiero existir en un mundo sin música".
    leveled(
        HIGH,
        "ideation",
        "es_dont_exist",
        "no quiero existir|no quiero seguir existiendo|no kiero existir|ya no quiero existir",
        r"(?: mas)?(?! (?:en|sin|como|asi|solo|para)(?= ))",
        needs="existir existiendo",
    ),
    # Softened: "prefiero estar muerto", "quisiera estar muerta", as "I'd rather be dead".
    leveled(
        CONCERN,
        "passive_wish",
        "es_rather_dead",
        "prefiero|preferiria|prefiero mil veces|quisiera|quisiera mejor",
        r" (?:estar muert[oa]|morir(?:me)?)"
        + _NOT_OF
        + r"(?= (?:[.,]|$|ya|que (?:seguir|vivir|estar|sentirme|despertar|continuar|sufrir)))",
        needs="muerto muerta morir morirme",
    ),
    # "He estado pensando en suicidarme": "he" in the lead, where the whose-words check
    # does not read it as English "he"; and the wider objects ("acabar con todo").
    leveled(
        HIGH,
        "ideation",
        "es_thinking_more",
        "he estado pensando en|he pensado en|he pensado mucho en|estoy pensando en"
        "|estuve pensando en|ando pensando en|sigo pensando en|pienso mucho en|pienso en"
        "|llevo dias pensando en|pense en|no dejo de pensar en|no paro de pensar en",
        r"(?: (?:como|la forma de|la manera de|serio))? (?:acabar con (?:mi vida|todo)"
        r"|matarme|suicidarme|quitarme la vida|terminar con mi vida|ponerle fin a mi vida"
        rf"|el suicidio|ahorcarme|tirarme {_ES_DROP}(?= ))",
        needs="acabar matarme suicidarme quitarme terminar ponerle suicidio ahorcarme tirarme",
    ),
    # "Pienso en la muerte y en matarme": a thought joined to another.
    leveled(
        HIGH,
        "ideation",
        "es_and_thinking",
        "y en matarme|y en suicidarme|y en quitarme la vida",
        needs="matarme suicidarme quitarme",
    ),
    leveled(
        HIGH,
        "ideation",
        "es_better_dead",
        "seria mejor|mejor",
        r" (?:matarme|suicidarme|quitarme la vida|morirme|estar muert[oa])" + _NOT_OF + _OLD_AGE,
        needs="matarme suicidarme quitarme morirme muerto muerta",
    ),
    # A decision made: "ya decidí quitarme la vida".
    leveled(
        IMMINENT,
        "ideation intent",
        "es_decided",
        "decidi|ya decidi|he decidido|ya he decidido|tome la decision de|estoy decidido a"
        "|estoy decidida a",
        rf"(?: que voy a)? {_ES_END}{_NOT_OF}",
        needs=_ES_END_NEEDS,
    ),
    leveled(
        IMMINENT,
        "ideation intent",
        "es_going_to_end",
        "voy a|me voy a",
        r" (?:acabar con (?:mi vida|todo(?= (?:[.,]|$|ya|de una vez|hoy|esta noche|manana"
        r"|ahora)))|terminar con mi vida|ponerle fin a mi vida|poner fin a mi vida)" + _A_TASK,
        needs="acabar terminar ponerle poner",
    ),
    # "Esta noche termino con todo": the present with a time first.
    leveled(
        IMMINENT,
        "ideation intent",
        "es_end_it_now",
        "termino con todo|acabo con todo|acabo con mi vida|termino con mi vida",
        _END + _A_TASK + _NOT_A_JOB,
        needs="termino acabo",
        back=r"(?:hoy|esta noche|manana|ya|ahora|hoy mismo)(?: (?:mismo|si|yo))?",
    ),
    # Means got for it: "compré una cuerda para ahorcarme", "tengo pastillas pa matarme".
    leveled(
        IMMINENT,
        "means plan",
        "es_means_for",
        _ES_SELF_END,
        _END + _A_TASK,  # "acabar con todo el vello" is a razor's use
        needs=_words(_ES_SELF_END),
        back=rf"(?:tengo|ya tengo|compre|ya compre|consegui|guarde|junte|prepare)"
        rf"(?: [^ .,]+){{0,3}} (?:{_ES_MEANS})(?: [^ .,]+){{0,2}} (?:para|pa)",
    ),
    _veins_cut(
        "es_veins_cut",
        "me corte las venas|me he cortado las venas|me abri las venas|me acabo de cortar las venas"
        "|me raje las venas",
        needs="venas",
    ),
    leveled(
        HIGH,
        "self_harm",
        "es_self_harm_more",
        "me autolesiono|me estoy autolesionando|me estoy haciendo dano|me estoy lastimando"
        "|ganas de cortarme|ganas de lastimarme|ganas de hacerme dano|ganas de autolesionarme"
        "|quiero autolesionarme|necesito autolesionarme|me hago cortes",
        # A sore knee or a kitchen nick, not self-harm: a joint or a chore named next.
        r"(?!(?: en| con)?(?: (?:la|el|los|las|mi|mis))? (?:rodilla|rodillas|espalda|pie|pies"
        r"|tobillo|hombro|cuello|dedo|dedos|cadera|codo|colchon)(?= ))"
        r"(?!(?: [^ .]+){0,4} (?:corriendo|correr|entrenando|jugando|pelando|cocinando"
        r"|gimnasio|futbol)(?= ))",
        needs="autolesiono autolesionando dano lastimando cortarme lastimarme autolesionarme"
        " cortes",
    ),
    leveled(
        HIGH,
        "self_harm",
        "es_self_harm_again",
        "volvi a|he vuelto a|me volvi a|recai y me",
        # Not "me volví a lastimar el tobillo": a hurt is self-harm at a clause end.
        r" (?:autolesionarme|autolesionar|(?:lastimarme|hacerme dano|lastimar)"
        r"(?= (?:[.,]|$|a proposito|otra vez|queriendo)))(?= )",
        needs="autolesionarme lastimarme dano autolesionar lastimar",
        tense=Tense.EVENT,
    ),
    # Passive wishes, burden and no reason, as the English concern families.
    leveled(
        CONCERN,
        "hopeless",
        "es_what_for",
        "para que seguir viviendo|para que vivir|pa que vivir|para que seguir vivo"
        "|para que seguir viva|para que existir",
        r"(?= (?:[.,]|$|si|asi|ya|mas))",
        needs="viviendo vivir vivo viva existir",
    ),
    leveled(
        CONCERN,
        "passive_wish",
        "es_sleep_not_wake",
        "dormirme",
        r" (?:y (?:ya )?no (?:volver a )?despertar(?:me)?|para siempre)",
        needs="despertar despertarme siempre",
        back=r"(?:quiero|quisiera|me gustaria|me encantaria|ojala pudiera)(?: solo| solamente)?",
    ),
    leveled(
        CONCERN,
        "burden",
        "es_nobody_miss",
        "nadie me extranaria|nadie me echaria de menos|nadie me lloraria|nadie notaria"
        "|a nadie le importaria",
        r" (?:si (?:me muero|me muriera|muero|muriera|desaparezco|desapareciera|no estuviera"
        r"|me desaparezco|me desapareciera|me fuera|ya no estuviera"
        r"|me mato|me matara|ya no estoy))",
        needs="extranaria echaria lloraria notaria importaria",
    ),
    leveled(
        CONCERN,
        "hopeless",
        "es_no_reasons",
        "no tengo razones|no tengo motivos|no tengo por que|no tengo por quien",
        r" (?:para )?(?:vivir|seguir viviendo|seguir)" + _END,
        needs="razones motivos",
    ),
    # Someone else: "mi hermano quiere matarse", "mi amiga habla de quitarse la vida".
    _third(
        "es_third_wants",
        # Not "quería" or "ganas de": the speaker's own as often.
        "quiere|quieren|piensa en|pensaba en|esta pensando en|habla de"
        "|hablaba de|habla mucho de|amenaza con|amenazo con|intento|trato de",
        _ES_THEIR_END,
        needs="matarse suicidarse quitarse acabar terminar morirse morir",
    ),
    _third(
        "es_third_going",
        "se quiere|se queria|se va a|se iba a|se intento|se trato de",
        r" (?:matar|suicidar|quitar la vida)(?= )",
        needs="matar suicidar quitar",
    ),
    # Not "me va a matar": someone angry with the speaker, a figure of speech.
    _third(
        "es_third_will",
        "va a|iba a|van a",
        r" (?:matarse|suicidarse|quitarse la vida)(?= )",
        needs="matarse suicidarse quitarse",
    ),
    _third(
        "es_third_cuts",
        "se corta|se cortaba|se autolesiona|se autolesionaba|se lastima|se hace dano",
        r"(?= (?:[.,]|$|otra vez|de nuevo|a proposito|los brazos|las munecas|las piernas|sola|solo"
        r"|seguido|mucho))",
        needs="corta cortaba autolesiona autolesionaba lastima dano",
    ),
    # Hyperbole and jokes taken back.
    _idiom(
        "es_kill_studying",
        "me voy a matar|voy a matarme|me mato|me estoy matando|me mate|matarme",
        r" (?:estudiando|trabajando|entrenando|corriendo|limpiando|a estudiar|a trabajar"
        r"|en el gym|en el gimnasio|haciendo \w+|de risa)(?= )",
        needs="estudiando trabajando entrenando corriendo limpiando estudiar trabajar gym"
        " gimnasio haciendo risa",
    ),
    _idiom(
        "es_die_old",
        "morir|morirme",
        r" (?:de viej[oa]|de viejit[oa]|de vejez|de ancian[oa]|tranquil[oa] en mi cama)",
        needs="viejo vieja viejito viejita vejez anciano anciana tranquilo tranquila",
    ),
    _idiom(
        "es_joke_taken_back",
        "morir|morirme|matarme|suicidarme",
        r"(?: [^ .,]+){0,2} (?:jaja\w*|jsjs\w*|xd|emojilaugh|lol)(?: [.,])? (?:mentira|es broma"
        r"|broma|no es cierto|no es verdad|mentiritas|no te creas)(?= )",
        needs="mentira broma cierto mentiritas creas",
    ),
]

# -- French -------------------------------------------------------------------
_FR_END = (
    # "En finir" with life, not "avec le tabac" or "avec ce projet".
    r"(?:mourir|me suicider|me tuer|(?:en|den) finir(?! avec (?!la vie|tout|ma vie)[^ ]+)"
    r"|mettre fin a (?:mes jours|ma vie)|me foutre en lair|crever)"
)
_FR_MEANS = (
    "corde|cachets|medicaments|medocs|pilules|comprimes|somniferes|arme|flingue|pistolet|fusil"
    "|couteau|lame|lames|rasoir|poison|gelules"
)
_FR_SELF_END = (
    "me tuer|me pendre|me suicider|en finir|mettre fin a mes jours|me foutre en lair|mourir"
    "|mouvrir les veines"
)

_FRENCH: Final = [
    leveled(
        HIGH,
        "ideation",
        "fr_wish_frames",
        "je souhaite|jsouhaite|envie den finir|envie dcrever|jai envie den finir",
        # "Je souhaite" with its wish ("je souhaite bonne chance" is a greeting); "en
        # finir" with life, not "avec ce mémoire".
        r"(?: (?:mourir|etre mort|etre morte|crever|en finir|me tuer|me suicider|avec la vie"
        r"|avec tout)|(?<!souhaite)(?<!jsouhaite))(?= )"
        + _NOT_OF
        + r"(?! avec (?!la vie|tout)[^ ]+)",
        needs="souhaite jsouhaite finir dcrever",
    ),
    # Softened: "je préfère mourir que continuer", "je voudrais être morte".
    leveled(
        CONCERN,
        "passive_wish",
        "fr_rather_dead",
        "je prefere|jprefere|je prefererais|je voudrais|jvoudrais|je prefere encore",
        r" (?:mourir|etre mort|etre morte|crever)"
        + _NOT_OF
        + r"(?= (?:[.,]|$|que (?:de )?(?:continuer|vivre|souffrir|rester)))",
        needs="mourir mort morte crever",
    ),
    # "Ça me traverse l'esprit de me tuer", "l'idée de mettre fin à mes jours".
    leveled(
        HIGH,
        "ideation",
        "fr_crosses_mind",
        "traverse lesprit|lidee|jai en tete|en tete",
        rf"(?: de| d)? {_FR_END}(?= )" + _NOT_OF,
        needs="tuer suicider finir mettre foutre",
    ),
    leveled(
        HIGH,
        "ideation",
        "fr_thinking_more",
        "pense|jpense|je pense|penser|pensais|jpensais",
        r"(?: (?:souvent|tout le temps|beaucoup|encore|serieusement))* a (?:me foutre en lair"
        r"|mettre fin a (?:mes jours|ma vie)|me pendre|me jeter (?:du|dun|dune|sous (?:un|le|les"
        # From a height or under a vehicle, not "du plongeoir" or "sous la couette".
        r"|une)) (?:pont|balcon|toit|immeuble|haut|train|metro|rer|tram|bus|camion|voiture"
        r"|falaise|viaduc|fenetre|\w+ etage|roues))(?= )",
        needs="foutre mettre pendre jeter",
    ),
    leveled(
        IMMINENT,
        "ideation intent",
        "fr_decided",
        "jai decide|jai pris la decision|je suis decide|je suis decidee|cest decide",
        rf"(?: de| d| a| ,)? (?:je vais )?{_FR_END}(?= )" + _NOT_OF,
        needs="decide decidee decision",
    ),
    leveled(
        IMMINENT,
        "means plan",
        "fr_means_for",
        _FR_SELF_END,
        needs=_words(_FR_SELF_END),
        back=rf"(?:jai|jai achete|jai deja|jai trouve|jai garde|jai recupere|jai prepare)"
        rf"(?: [^ .,]+){{0,3}} (?:{_FR_MEANS})(?: [^ .,]+){{0,2}} pour",
    ),
    _veins_cut(
        "fr_veins_cut",
        "je me suis ouvert les veines|je me suis taillade les veines|je me suis coupe les veines"
        "|je me suis tranche les veines|je me suis coupee les veines",
        needs="veines",
    ),
    leveled(
        CONCERN,
        "hopeless",
        "fr_what_for",
        "a quoi bon vivre|a quoi bon continuer|a quoi bon exister|a quoi ca sert de vivre"
        "|a quoi sert de vivre|pourquoi vivre|pourquoi continuer a vivre",
        r"(?= (?:[.,]|$|si|comme))",
        needs="vivre continuer exister",
    ),
    leveled(
        CONCERN,
        "burden",
        "fr_nobody_miss",
        "personne ne me regretterait|personne me regretterait|je ne manquerais a personne"
        "|je manquerais a personne|personne ne remarquerait|personne remarquerait",
        needs="regretterait manquerais remarquerait",
    ),
    _third(
        "fr_third_wants",
        "veut|voulait|veulent|a envie de|avait envie de|parle de|parlait de|pense a|pensait a"
        "|menace de|a essaye de|a tente de|veut vraiment",
        r" (?:se suicider|se tuer|mourir|en finir|mettre fin a ses jours|se foutre en lair"
        r"|se pendre|se jeter)(?= )" + _NOT_OF,
        needs="suicider tuer mourir finir mettre foutre pendre jeter",
    ),
    _third(
        "fr_third_cuts",
        "se scarifie|se mutile|se fait du mal|se scarifiait|se coupe les bras"
        "|se coupe les poignets",
        needs="scarifie mutile mal scarifiait bras poignets",
    ),
    _idiom(
        "fr_joke_taken_back",
        "mourir|crever|me tuer|me suicider",
        r"(?: [^ .,]+){0,2} (?:mdr|ptdr|lol|xd|emojilaugh|haha\w*)(?: [.,])? (?:cest une blague"
        r"|je rigole|je plaisante|cest pour rire|jdeconne|je deconne|blague)(?= )",
        needs="blague rigole plaisante rire jdeconne deconne",
    ),
    _idiom(
        "fr_die_old",
        "mourir",
        r" (?:de vieillesse|vieux|vieille|dans mon lit|dans mon sommeil a \d+ ans)(?= )",
        needs="vieillesse vieux vieille lit",
    ),
]

# -- German -------------------------------------------------------------------
_DE_MEANS = (
    "tabletten|pillen|seil|strick|pistole|waffe|messer|klinge|klingen|rasierklingen|gift"
    "|schlaftabletten|medikamente|strick"
)
_DE_SELF_END = (
    "mich umzubringen|mich aufzuhangen|mich zu toten|mir das leben zu nehmen|mich zu erhangen"
    "|mich zu vergiften|zu sterben|mich damit umzubringen"
)
_DE_VEHICLE = r"(?:den|einen|die|eine) (?:zug|lkw|bus|u bahn|s bahn|strassenbahn|tram|laster)"

_GERMAN: Final = [
    leveled(
        HIGH,
        "ideation",
        "de_no_will_to_live",
        # Not "keine Kraft mehr": out of strength is weariness, concern (de_no_strength).
        "keinen bock mehr|kein bock mehr|keine lust mehr|keinen bock",
        r" (?:zu leben|zum leben|auf (?:das|mein|dieses) leben|auf leben|weiterzuleben)(?= )"
        # A way of life, not life: "auf das Leben in der Großstadt", "als Single".
        r"(?! (?:in|im|als|auf dem|am|an der|mit|ohne)(?= ))",
        needs="leben weiterzuleben",
    ),
    # Softened: "ich wäre lieber tot", "ich will nicht mehr da sein", as in English.
    leveled(
        CONCERN,
        "passive_wish",
        "de_rather_dead",
        "ware lieber tot|war lieber tot|ware am liebsten tot|bin lieber tot|lieber tot",
        r"(?= (?:[.,]|$|als))",
        needs="tot",
        back=r"(?:ich|i|ich glaub ich)",
    ),
    leveled(
        CONCERN,
        "passive_wish",
        "de_not_be_here",
        "will nicht mehr da sein|mochte nicht mehr da sein|will nimmer da sein"
        "|will nicht mehr existieren|mochte nicht mehr existieren|mag nicht mehr da sein",
        r"(?= (?:[.,]|$|und|ich))",
        needs="sein existieren",
    ),
    leveled(
        HIGH,
        "ideation",
        "de_cant_live_more",
        "mag nicht mehr leben|mag nimmer leben|mag nimma lebn|kann so nicht mehr leben",
        needs="leben lebn",
    ),
    leveled(
        HIGH,
        "ideation",
        "de_make_an_end",
        "ein ende setzen|ein ende machen|ein ende bereiten",
        _END,
        needs="ende",
        back=r"(?:will|mochte|muss|werde|werd|denke daran)(?: einfach)? (?:dem allem|allem"
        r"|meinem leben|dem ganzen hier|dem ganzen endgultig)",
    ),
    # "Ich denk dauernd daran, mich umzubringen": the thought with words between, but no
    # "nicht" among them ("ich denke nicht mehr daran, mich umzubringen").
    leveled(
        HIGH,
        "ideation",
        "de_thinking_more",
        "denke|denk|dachte|denken",
        r"(?: (?!nicht|nie|nimmer|kein\w*)[^ .,]+){0,4}(?: ,)? (?:mich umzubringen"
        r"|mir das leben zu nehmen|an selbstmord|an suizid|mich zu toten)(?= )"
        # A topic, not a thought: "an Suizid als Thema für meine Hausarbeit".
        r"(?! als (?:thema|motiv|stoff|beispiel)(?= ))",
        needs="umzubringen nehmen selbstmord suizid toten",
    ),
    leveled(
        IMMINENT,
        "ideation intent",
        "de_decided",
        "beschlossen|entschieden|entschlossen",
        r"(?: ,)? (?:mich umzubringen|mir das leben zu nehmen|zu sterben|mich zu toten"
        r"|meinem leben ein ende zu setzen)(?= )",
        needs="umzubringen nehmen sterben toten setzen",
    ),
    leveled(
        IMMINENT,
        "means plan",
        "de_means_for",
        _DE_SELF_END,
        needs=_words(_DE_SELF_END),
        back=rf"(?:habe|hab|hab schon|habe schon|hab mir|habe mir)(?: [^ .,]+){{0,3}}"
        rf" (?:{_DE_MEANS})(?: [^ .,]+){{0,2}}(?: ,)? um",
    ),
    leveled(
        IMMINENT,
        "ideation intent method",
        "de_in_front_of_train",
        "werf mich|werfe mich|schmeiss mich|schmeisse mich|leg mich|lege mich",
        rf" vor {_DE_VEHICLE}(?= )",
        needs="zug lkw bus bahn strassenbahn tram laster",
    ),
    leveled(
        HIGH,
        "ideation method",
        "de_train_wish",
        "mich vor",
        rf" {_DE_VEHICLE} (?:werfen|schmeissen|legen)(?= )",
        needs="werfen schmeissen legen",
    ),
    _veins_cut(
        "de_veins_cut",
        "mir die pulsadern aufgeschnitten|mir die pulsadern aufgeschlitzt"
        "|mir die adern aufgeschnitten",
        needs="pulsadern adern",
    ),
    leveled(
        CONCERN,
        "hopeless",
        "de_what_for",
        "wozu noch leben|wozu leben|wofur noch leben|wofur leben|wozu noch weiterleben"
        "|warum noch leben|wozu das alles noch",
        r"(?= (?:[.,]|$|wenn))",
        needs="leben weiterleben noch",
    ),
    leveled(
        CONCERN,
        "burden",
        "de_better_off_without",
        "ohne mich",
        r" (?:waren|ware|ging es|gehts|hatten|hatte|hatten es) (?:alle|allen|es|sie|die anderen"
        r"|meine familie|alle anderen)(?: [^ .,]+){0,2} (?:besser dran|besser|leichter)(?= )",
        needs="besser leichter",
    ),
    leveled(
        CONCERN,
        "passive_wish",
        "de_vanish",
        "will einfach verschwinden|mochte einfach verschwinden|will einfach nur verschwinden"
        "|mochte einfach nur verschwinden|will nur noch verschwinden|mochte nur noch verschwinden"
        "|will verschwinden|mochte verschwinden",
        r"(?= (?:[.,]|$|und|fur immer|von der welt|fur immer))",
        needs="verschwinden",
    ),
    leveled(
        CONCERN,
        "passive_wish",
        "de_sleep_not_wake",
        "einschlafen",
        r" und (?:nie (?:wieder|mehr)|nicht mehr|nimmer) aufwachen",
        needs="aufwachen",
    ),
    _third(
        "de_third_wants",
        "will sich|wollte sich|mochte sich|denkt daran sich|redet davon sich|spricht davon sich"
        "|droht sich|droht damit sich|versucht sich|hat versucht sich",
        r" (?:umbringen|toten|das leben (?:zu )?nehmen|umzubringen|zu toten|selbst zu toten)(?= )",
        needs="umbringen toten nehmen umzubringen",
    ),
    # "Er will sterben": the plain wish with a third person as its subject. It hides the
    # subjectless "will nicht mehr leben" it overlaps, which reads as the speaker's own.
    _third_over(
        "de_third_wish",
        "will|mochte|wollte|mag",
        r" (?:sterben|nicht mehr leben|nimmer leben|tot sein)(?= )",
        needs="sterben leben tot",
        back=r"(?:er|sie|bruder|schwester|mutter|vater|freund|freundin|sohn|tochter|kumpel"
        r"|mann|frau|cousine|cousin)",
    ),
    _third(
        "de_third_thinks",
        "denkt an|redet von|spricht von|spricht uber|redet uber|redet standig von",
        r" (?:selbstmord|suizid|sterben)(?= )",
        needs="selbstmord suizid sterben",
    ),
    _third(
        "de_third_cuts",
        "ritzt sich|verletzt sich selbst|verletzt sich absichtlich|ritzt sich wieder",
        needs="ritzt verletzt",
    ),
    _idiom(
        "de_joke_taken_back",
        "sterben|umbringen|tot sein",
        r"(?: [^ .,]+){0,2} (?:haha\w*|lol|xd|emojilaugh)(?: [.,])? (?:spass|nur spass"
        r"|war nur spass|scherz|kleiner scherz|nur ein scherz|witz)(?= )",
        needs="spass scherz witz",
    ),
]

# -- Portuguese ---------------------------------------------------------------
_PT_END = (
    r"(?:morrer|me matar|me suicidar|tirar (?:a )?minha (?:propria )?vida"
    r"|acabar com (?:a )?minha vida|acabar com tudo(?= (?:[.,]|$|hoje|agora|de vez|logo))"
    r"|estar mort[oa])"
)
_PT_END_NEEDS = "morrer matar suicidar tirar acabar morto morta"
_PT_MEANS = (
    "remedios|comprimidos|pilulas|corda|arma|revolver|faca|lamina|laminas|gilete|veneno"
    "|chumbinho|cartela|cartelas"
)
_PT_SELF_END = (
    "me matar|me enforcar|me suicidar|tirar minha vida|tirar a minha vida|acabar com tudo"
    "|morrer|me envenenar"
)

_PORTUGUESE: Final = [
    leveled(
        HIGH,
        "ideation",
        "pt_wish_frames",
        "desejo|eu desejo|quero|qro|kero|vontade de",
        r"(?: (?:so|tanto|muito|mesmo|demais|de verdade|apenas))* (?:a morte"
        r"|acabar com (?:a )?minha vida|acabar com tudo(?= (?:[.,]|$|hoje|agora|de vez|logo))"
        r"|tirar (?:a )?minha (?:propria )?vida|morrer)" + _NOT_OF + _OLD_AGE + _A_TASK,
        needs="morte acabar tirar morrer",
        jokable=True,
    ),
    leveled(
        CONCERN,
        "passive_wish",
        "pt_rather_dead",
        "prefiro|preferia|preferiria",
        r" (?:estar mort[oa]|morrer|ta mort[oa]|ser mort[oa])"
        + _NOT_OF
        + r"(?= (?:[.,]|$|do que (?:viver|continuar|sofrer)|que (?:viver|continuar|sofrer)))",
        needs="morto morta morrer",
    ),
    leveled(
        HIGH,
        "ideation",
        "pt_thinking_more",
        # With the auxiliary, so "não estou a pensar em suicídio" is negated.
        "tenho pensado|estou pensando|to pensando|tou pensando|ando pensando|fico pensando"
        "|vivo pensando|estou a pensar|ando a pensar|tou a pensar|penso|pensei"
        "|nao paro de pensar|nao consigo parar de pensar|andei pensando"
        # Thinking through the day: "o tempo todo pensando em tirar minha vida".
        "|o tempo todo pensando|o dia todo pensando|sempre pensando|toda hora pensando",
        r"(?: (?:muito|tanto|sempre|demais|todo dia|ultimamente|de novo|serio|seriamente))* em"
        # Not a laptop's "vida útil", nor a life taken "do vermelho" (out of debt).
        r" (?:por fim a (?:minha |a )?vida(?! de (?!vez )[^ ]+| util| uteis)|tirar"
        r" (?:a )?minha (?:propria )?vida(?! (?:do|da) (?:vermelho|buraco|lama|sufoco|zero)(?= ))"
        r"|me matar|me suicidar|suicidio(?! (?:de|do|da|dos|das) (?!novo |vez )[^ ]+)"
        r"|acabar com (?:tudo"
        # A way of life ends, not life: "minha vida de sedentário"; "de vez" stays; "tudo
        # isso de reunião" is a kind of thing.
        r"|minha vida|a minha vida)(?! de (?!vez )[^ ]+| isso de [^ ]+)|me enforcar"
        # "Me jogar" from a height or before a vehicle, not "no carnaval" or "na piscina".
        r"|me jogar (?:da|do|de uma|de um|(?:na frente|embaixo) d(?:[eoa]|e um|e uma))"
        r" (?:ponte|predio"
        r"|janela|viaduto|sacada|laje|trem|metro|carro|onibus|caminhao|\w+ andar|penhasco)"
        # a bungee jump, a race car in a video game
        r"(?!(?: [^ .,]+){0,3} (?:bungee|paraquedas|rapel|tirolesa|corrida|videogame|game"
        r"|jogo)(?= )))(?= )",
        needs="tirar matar suicidar suicidio acabar enforcar jogar fim",
    ),
    leveled(
        IMMINENT,
        "ideation intent",
        "pt_decided",
        "decidi|ja decidi|tomei a decisao de|to decidido a|to decidida a|estou decidido a"
        "|estou decidida a",
        rf"(?: ,)?(?: que vou| vou)? {_PT_END}(?= )" + _NOT_OF + _A_TASK,
        needs=_PT_END_NEEDS,
    ),
    leveled(
        IMMINENT,
        "means plan",
        "pt_means_for",
        _PT_SELF_END,
        _A_TASK,  # "veneno pra acabar com tudo que é barata" is for the pests
        needs=_words(_PT_SELF_END),
        back=rf"(?:tenho|ja tenho|comprei|ja comprei|consegui|guardei|juntei|separei)"
        rf"(?: [^ .,]+){{0,3}} (?:{_PT_MEANS})(?: [^ .,]+){{0,2}} (?:pra|para|pa)",
    ),
    _veins_cut(
        "pt_veins_cut",
        "cortei os pulsos|cortei meus pulsos|cortei os meus pulsos|cortei as veias|abri os pulsos"
        "|cortei o pulso|cortei o meu pulso|cortei meu pulso",
        needs="pulsos pulso veias",
    ),
    leveled(
        HIGH,
        "self_harm",
        "pt_self_harm_more",
        "me automutilo|to me automutilando|me autolesiono|vontade de me cortar"
        "|vontade de me machucar|quero me machucar|to me machucando",
        # A sport's knocks, not self-harm: "na academia", "no joelho", "menos no futebol".
        r"(?!(?: muito| menos)? (?:na|no|nos|nas|jogando|treinando|menos)(?= ))",
        needs="automutilo automutilando autolesiono cortar machucar machucando",
    ),
    leveled(
        HIGH,
        "self_harm",
        "pt_self_harm_again",
        "me automutilei|me autolesionei|voltei a me automutilar|voltei a me machucar",
        r"(?! (?:na|no|nos|nas|jogando|treinando)(?= ))",  # "no joelho", a sport's knock
        needs="automutilei autolesionei automutilar machucar",
        tense=Tense.EVENT,
    ),
    leveled(
        CONCERN,
        "hopeless",
        "pt_what_for",
        "pra que viver|para que viver|pra que continuar vivendo|para que continuar vivendo"
        "|pra que existir|pra que continuar",
        r"(?= (?:[.,]|$|se|assim))",
        needs="viver vivendo existir continuar",
    ),
    leveled(
        CONCERN,
        "burden",
        "pt_nobody_miss",
        "ninguem sentiria minha falta|ninguem ia sentir minha falta|ninguem sentiria falta"
        "|ninguem ia sentir falta|ninguem ia ligar|ninguem ia notar se eu sumisse"
        "|ninguem notaria se eu sumisse|ninguem ia perceber se eu sumisse"
        "|ninguem ia notar se eu morresse|ninguem notaria se eu morresse",
        needs="falta ligar sumisse morresse",
    ),
    _third(
        "pt_third_wants",
        # Not "queria", "vontade de", "pensando em": the speaker's own as often.
        "quer|querem|pensa em|fala em|falou em|fala de|falou de|ameacou|tentou|ameaca",
        r" (?:se matar|se suicidar|morrer|tirar a (?:propria )?vida|acabar com a (?:propria )?vida"
        r"|suicidio)(?= )" + _NOT_OF,
        needs="matar suicidar morrer tirar acabar suicidio",
    ),
    _third(
        "pt_third_thoughts",
        "tem pensamentos|tinha pensamentos|tem ideias|tem vontade",
        r" (?:suicidas|de se matar|de suicidio|de morrer|de se cortar)(?= )",
        needs="suicidas matar suicidio morrer cortar",
    ),
    _third(
        "pt_third_cuts",
        "se corta|se cortou|se cortava|se automutila|se machuca de proposito",
        r"(?= (?:[.,]|$|de novo|escondid[oa]|os bracos|o braco|nos bracos|toda|todo))",
        needs="corta cortou cortava automutila machuca",
    ),
    _idiom(
        "pt_cut_cooking",
        "me cortei|cortei",
        r"(?: o dedo| a mao)? (?:fazendo|cozinhando|descascando|cortando|picando|com a faca de"
        r"|sem querer|no papel|na lata|no vidro|fazendo a barba|me depilando)(?= )",
        needs="fazendo cozinhando descascando cortando picando faca querer papel lata vidro"
        " barba depilando",
    ),
    _idiom(
        "pt_die_old",
        "morrer",
        r" (?:de velh[oa]|de velhice|velhinh[oa]|dormindo velh[oa])(?= )",
        needs="velho velha velhice velhinho velhinha",
    ),
    _idiom(
        "pt_joke_taken_back",
        "morrer|me matar|me suicidar",
        r"(?: [^ .,]+){0,2} (?:kkk\w*|rsrs\w*|haha\w*|emojilaugh|lol)(?: [.,])? (?:brincadeira"
        r"|zoeira|zoando|to brincando|mentira|e brincadeira|zoas)(?= )",
        needs="brincadeira zoeira zoando brincando mentira zoas",
    ),
]

# -- frames the first families left open --------------------------------------
# A wish said "seriously", a thought weighed ("überlege ernsthaft", "pensando seriamente
# en"), an urge that "comes" at night, self-harm done on purpose ("je me suis brûlée
# exprès"), a cut that will not stop bleeding, and a thought of the act that will not
# leave. Out of strength to live is weariness (concern), not a wish; a question asked by a
# therapist and answered "no", and a clause of its own that denies the wish, stay calm.
_SERIOUSLY = r"(?: (?:seriamente|muy|muito|en serio|serio|a serio|de verdad|mucho))+"
_SELF_ON_PURPOSE = (
    r"(?:a proposito|adrede|queriendo|de proposito|aposta|por querer|expres|volontairement"
    r"|absichtlich|mit absicht)"
)
# "On purpose" as it reads after a wound: not "queriendo levantar la lavadora" (trying to),
# not "na aposta" (a bet), not "a propósito de ..." or "a propósito, ¿quién viene?" (by the
# way), not "en faisant exprès de sauter" (doing something else on purpose).
_ON_PURPOSE_HERE = (
    r"(?:a proposito(?! (?:de(?! nuevo)|del|quien|que|como|cuando|donde|oye|sabes|viste)(?= ))"
    r"|adrede|de proposito|por querer|volontairement|absichtlich|mit absicht"
    r"|queriendo(?! [a-z]+(?:ar|er|ir)(?:me|te|se|lo|la|le|los|las|les)?(?= ))"
    r"|(?<! na )(?<! a )(?<! da )(?<! uma )(?<! numa )(?<! essa )(?<! nessa )(?<! minha )"
    r"(?<! de )(?<! em )aposta|(?<!faisant )expres)"
)
# What was cut or burnt on purpose and is no wound: hair, a fringe, nails, a tan.
_GROOMED = (
    r"(?:pelo|cabello|flequillo|fleco|unas|barba|cheveux|frange|pointes|ongles|barbe|cabelo"
    r"|franja|unhas|praia|playa|plage|sol|soleil)"
)
# ... nor to make a child laugh or to get a tan.
_FOR_A_LAUGH = (
    r"(?!(?: [^ .,]+){0,4} (?:rir|rire|reir|lachen|cor|bronzear|broncearme|bronzer)(?= ))"
)
# The cut of a kitchen, a shave or a fall: told with it, a wound is no self-harm.
_NOT_A_CHORE = (
    r"(?!(?: [^ .]+){0,6} (?:cocinando|cortando|picando|pelando|afeitando|cozinhando"
    r"|descascando|fazendo a barba|en cuisinant|en coupant|beim kochen|beim rasieren"
    r"|vidrio|vidro|verre|glas|lata|cuchillo de cocina|sin querer|sem querer)(?= ))"
)
_THE_ACT = (
    r"(?:suicidarme|matarme|quitarme la vida|acabar con mi vida|me suicidar|me matar"
    r"|tirar (?:a )?minha vida|me suicider|me tuer|en finir|mich umzubringen|selbstmord"
    r"|suizid|mir das leben zu nehmen)"
)
_STAYS = (
    r"(?:no se me va|no se me quita|no me deja|no me suelta|nao me larga|nao sai da"
    r" (?:minha )?cabeca|nao me deixa|ne me quitte pas|me lache pas|ne me lache pas"
    r"|kommt immer wieder|geht nicht weg|lasst mich nicht los|geht nicht mehr weg)"
)
_STAY_NEEDS = "va quita deja suelta larga cabeca quitte lache wieder weg los"
_MORE_FRAMES: Final = [
    leveled(
        HIGH,
        "ideation",
        "es_pt_thinking_seriously",
        "pensando|pienso|pense|considerando|contemplando|penso|pensei",
        rf"{_SERIOUSLY}(?: (?:en|em))?(?: (?:como|la forma de|o jeito de))?"
        rf" (?:{_ES_END}|{_PT_END})" + _NOT_OF,
        needs="seriamente serio verdad mucho",
    ),
    leveled(
        HIGH,
        "ideation",
        "fr_considering",
        "jenvisage|j envisage|envisage|je considere",
        r"(?: (?:serieusement|vraiment|de plus en plus))* (?:de me suicider|de me tuer|den finir"
        r"|de mettre fin a (?:mes jours|ma vie))(?= )",
        needs="suicider tuer finir mettre",
    ),
    # "Ich überlege ernsthaft, mir das Leben zu nehmen": weighing it.
    leveled(
        HIGH,
        "ideation",
        "de_weighing_seriously",
        "uberleg|uberlege|ueberlege|uberlegt|spiele mit dem gedanken|spiel mit dem gedanken",
        r"(?: (?:ernsthaft|wirklich|echt|schon|grad|gerade|seit tagen|seit wochen))*(?: ,)?"
        r" (?:mir das leben zu nehmen|mich umzubringen|mich zu toten|suizid zu begehen"
        r"|selbstmord zu (?:begehen|machen))(?= )",
        needs="nehmen umzubringen toten begehen machen",
    ),
    # "Quisiera suicidarme": the wish softened only in form ("quisiera morir" is concern).
    leveled(
        HIGH,
        "ideation",
        "es_would_like_to_end",
        "quisiera|quisiese|me gustaria|me encantaria",
        r"(?: (?:ya|solo|simplemente))? (?:suicidarme|matarme|quitarme la vida"
        r"|acabar con mi vida)(?= )",
        needs="suicidarme matarme quitarme acabar",
    ),
    # "Me vienen las ganas de suicidarme": the urge comes, said with its article.
    leveled(
        HIGH,
        "ideation",
        "es_urge_comes",
        "las ganas de|esas ganas de",
        rf"{_ES_FILL} {_ES_END}{_NOT_OF}",
        needs=_ES_END_NEEDS,
        back=r"(?:me vienen|me viene|me vinieron|me entran|me dan|me agarran|vuelven|tengo)",
    ),
    # Swiss German: "i wott nüm läbe", "i wott eifach stärbe".
    leveled(
        HIGH,
        "ideation",
        "de_swiss_want",
        "i wott|ich wott|i will|wott",
        r"(?: (?:eifach|nume|nur|so|wurkli))* (?:(?:num|numm|nume|nume|nid meh) (?:labe|lebe)"
        r"|starbe|sterbe|mi umbringe)(?= )",
        needs="labe lebe starbe sterbe umbringe",
        jokable=True,  # "natel is wc gheie, i wott sterbe haha", as "i wanna die lol"
    ),
    # Out of strength to live: weariness, as "I can't go on".
    leveled(
        CONCERN,
        "hopeless",
        "de_no_strength",
        "keine kraft mehr|keine kraft|keine energie mehr",
        r" (?:zu leben|zum leben|weiterzuleben|weiterzumachen)(?= )",
        needs="leben weiterzuleben weiterzumachen",
    ),
    leveled(
        CONCERN,
        "hopeless",
        "es_pt_no_strength",
        "no tengo fuerzas|ya no tengo fuerzas|no me quedan fuerzas|nao tenho mais forcas"
        "|nao tenho forcas|to sem forcas",
        r" (?:para|pa|pra) (?:vivir|seguir viviendo|seguir|viver|continuar vivendo|continuar)"
        r"(?= )",
        needs="fuerzas forcas",
    ),
    # The thought of the act that will not leave: "o pensamento de me suicidar não me larga".
    leveled(
        HIGH,
        "ideation",
        "intl_thought_stays",
        "el pensamiento de|la idea de|o pensamento de|a ideia de|lidee de|la pensee de"
        "|der gedanke an|der gedanke|den gedanken an|den gedanken",
        rf"(?: ,)? {_THE_ACT}(?: [^.]*?)? {_STAYS}(?= )",
        needs=_STAY_NEEDS,
    ),
    # Pills or a bridge in the mind that come back: "der Gedanke an Tabletten kommt immer
    # wieder", "la idea del puente no se me va". A thought of the means, not a plan.
    leveled(
        HIGH,
        "ideation method",
        "intl_means_thought_stays",
        "der gedanke an|den gedanken an|la idea de las|la idea del|a ideia dos|a ideia da"
        "|a ideia do|lidee des|lidee du",
        r" (?:die )?(?:tabletten|pillen|pastillas|remedios|comprimidos|cachets|medocs|brucke"
        r"|gleise|puente|vias|ponte|trilhos|pont|rails|seil|strick|cuerda|corda|corde)"
        # Not a daily dose: "..., ich muss sie ja jeden Tag nehmen".
        r"(?![^.]* (?:jeden tag|taglich|todos los dias|tous les jours|todo dia|todos os dias"
        r"|rezept|receta|ordonnance|receita)(?= ))"
        r"(?: [^.]*?)? " + _STAYS + r"(?= )",
        needs="tabletten pillen pastillas remedios comprimidos cachets medocs brucke gleise"
        " puente vias ponte trilhos pont rails seil strick cuerda corda corde",
    ),
    # Named: "ideação suicida forte hoje", "tengo ideación suicida".
    leveled(
        HIGH,
        "ideation",
        "es_pt_ideation_named",
        "ideacao suicida|ideacion suicida|ideacoes suicidas|ideaciones suicidas",
        r"(?! (?:e|y|en|em|no|na|nos|nas|de|do|da|del|entre|sobre)(?= ))",
    ),
    # Self-harm done on purpose: "je me suis brûlée exprès", "me quemé a propósito".
    leveled(
        HIGH,
        "self_harm",
        "intl_hurt_on_purpose",
        "me queme|me corte|me golpee|me pegue|me queimei|me cortei|me bati|me arranhei"
        "|je me suis brulee|je me suis brule|je me suis coupee|je me suis coupe"
        "|je me suis frappee|je me suis frappe|je me suis griffee|je me suis griffe"
        "|jme suis brulee|jme suis coupee|me hice dano|me lastime|je me suis fait mal"
        "|jme suis fait mal|je me suis blesse|je me suis blessee|me machuquei|me feri",
        rf"(?: (?!{_GROOMED}(?= ))[^ .,]+){{0,4}} {_ON_PURPOSE_HERE}(?= ){_FOR_A_LAUGH}",
        needs="proposito adrede queriendo aposta querer expres volontairement",
        tense=Tense.EVENT,
    ),
    leveled(
        HIGH,
        "self_harm",
        "de_hurt_on_purpose",
        "absichtlich|mit absicht",
        r" (?:verbrannt|geschnitten|geritzt|geschlagen|verletzt|gekratzt)(?= )",
        needs="verbrannt geschnitten geritzt geschlagen verletzt gekratzt",
        back=r"(?:hab|habe|ich hab|ich habe) mich(?: (?:heute|gestern|wieder|grad|schon))*",
        tense=Tense.EVENT,
    ),
    # "Voltei a me auto-lesionar", "volví a autolesionarme": done again, hyphen and all.
    leveled(
        HIGH,
        "self_harm",
        "es_pt_self_harm_again_more",
        "voltei a me|volto a me|comecei a me|volvi a|volvi a me|empece a",
        r" (?:auto lesionar|autolesionar|auto mutilar|automutilar|auto lesionarme|autolesionarme"
        r"|cortar os pulsos|cortarme)(?= )",
        needs="lesionar autolesionar mutilar automutilar lesionarme autolesionarme pulsos cortarme",
        tense=Tense.EVENT,
    ),
    # "Den Drang, mich zu verletzen": the urge to self-harm.
    leveled(
        HIGH,
        "self_harm",
        "de_urge_to_hurt",
        "drang|den drang|bedurfnis|das bedurfnis|verlangen",
        r"(?: ,)? mich (?:selbst )?(?:zu verletzen|zu ritzen|zu schneiden|zu verbrennen)(?= )",
        needs="verletzen ritzen schneiden verbrennen",
    ),
    # A cut that will not stop bleeding, told by the one who cut: an injury now.
    leveled(
        IMMINENT,
        "self_harm attempt",
        "intl_cut_still_bleeding",
        "me corte|me he cortado|me cortei|je me suis coupe|je me suis coupee|jme suis coupee"
        "|hab mich geschnitten|habe mich geschnitten|hab mich geritzt|habe mich geritzt",
        _NOT_A_CHORE + r"(?: [^.]*?)? (?:no para de sangrar|no deja de sangrar|nao para de sangrar"
        r"|nao para de sair sangue|ca arrete pas de saigner|ca ne sarrete pas de saigner"
        r"|hort nicht auf zu bluten|blutet immer noch|blutet stark|sangra mucho|sangra muito"
        r"|saigne beaucoup)(?= )",
        needs="sangrar sangue saigner bluten blutet sangra saigne",
        tense=Tense.EVENT,
    ),
    # Asked and answered no: "me preguntó si tenía ideas de suicidio y le dije que no".
    _idiom(
        "intl_asked_answered_no",
        "pregunto si|preguntaron si|pregunta si|perguntou se|perguntaram se|ma demande si"
        "|mont demande si|hat gefragt ob|hat mich gefragt ob|fragte ob|fragte mich ob",
        r"(?: [^.]*?)? (?:dije|respondi|conteste|disse|respondi|jai dit|jai repondu|sagte"
        r"|hab gesagt|habe gesagt|antwortete)(?: [^ .]+){0,3} (?:[,.] )?(?:no|nao|non|nein)"
        r"(?= )",
        needs="dije respondi conteste disse dit repondu sagte gesagt antwortete",
    ),
    # "J'ai pas du tout envie de mourir": the wish denied "at all".
    _idiom(
        "fr_no_wish_at_all",
        "pas du tout envie|aucune envie|absolument pas envie|nullement envie|jamais voulu"
        "|jamais eu envie|jamais pense a",
        # "d'en finir" folds to "den finir".
        r" (?:(?:de|d) (?:mourir|me tuer|me suicider|en finir|crever)|den finir|mourir|me tuer"
        r"|me suicider|en finir|me faire du mal|me faire mal|me scarifier|me mutiler)(?= )",
        needs="mourir tuer suicider finir crever mal scarifier mutiler",
    ),
]

# -- a day named, a thought come back, someone else weighing it ---------------
# The present said of the future after a day or a time: "quinta-feira eu acabo com a minha
# vida", "el jueves acabo con mi vida", "jeudi je mets fin à mes jours", "am Donnerstag
# mache ich Schluss mit meinem Leben". The day is the time for acting, so imminent.
_DAYS = (
    "lunes|martes|miercoles|jueves|viernes|sabado|domingo|lundi|mardi|mercredi|jeudi"
    "|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    "|segunda|terca|quarta|quinta|sexta"
)
_WHEN = (
    rf"(?:(?:el|este|le|ce|am|na|no|nesta|neste|esta|este) )?(?:{_DAYS})(?: feira)?"
    r"|hoy|esta noche|manana|ce soir|cette nuit|demain|demain matin|heute|heute nacht|heut"
    r"|morgen|hut znacht|hut z nacht|heute abend|hoje|esta noite|hoje a noite|amanha"
    r"|amanha de manha|daqui a pouco|daqui a uma hora"
)
_WHEN_TAIL = (
    r"(?: (?:por la noche|en la noche|temprano|de madrugada|soir|matin|a noite|de manha|cedo"
    r"|abend|nacht|fruh))?(?: ,)?(?: (?:yo|eu|ich|i))?"
)
# The thought of the act, as a return names it: "pensé en matarme", "j'ai pensé au suicide".
_ACT_THOUGHT = (
    "matarme|suicidarme|quitarme la vida|el suicidio|suicidio|me tuer|me suicider|au suicide"
    "|le suicide|en finir|mich umzubringen|umzubringen|suizid|selbstmord|me matar|me suicidar"
    "|tirar minha vida|tirar a minha vida|acabar com a minha vida"
)
# What thinks it, right before: "pensé en", "j'ai pensé à", "daran,", "pensei em".
_THOUGHT_OF = (
    r"(?:pense|pensaba|pensado|pienso|pensei|pensava|penso|pensando|pensais|jpensais|songe"
    r"|ganas|vontade|envie|voulu|voulais|quise|queria|quis|intente|tentei|essaye|tente"
    r"|dachte|gedacht)(?: (?:en|em|a|au|de|d|ich|daran|dran|ernsthaft|schon|ja))*(?: ,)?"
    r"|an|daran ,|dran ,|uber"
)
# What makes the act a topic or someone else's: a novel, a thesis, a film, a name.
_A_TOPIC = (
    r"(?:como|tema|tese|tesis|tcc|novela|romance|roman|livro|libro|buch|livre|film|filme"
    r"|pelicula|serie|doku|hausarbeit|memoire|sujet|thema|del|do|da|des|du|von|bei|sur"
    r"|de(?= (?!nuevo|novo|vez|verdad|verdade|nouveau)[^ ]+)"
    r"|sobre|uber|chez|protagonista|personagem|personnage)"
)
# ... and today it is back: "y hoy lo vuelvo a pensar", "et aujourd'hui j'y repense", "und
# heute denke ich wieder daran", "e hoje voltei a pensar nisso". A thought come back, not
# "hoy estoy bien de nuevo": the forms all name thinking or the thought's return.
_BACK_NOW = (
    r"(?:y|e|et|und|pero|mas|mais|aber|[,]) (?:hoy|ahora|aujourdhui|maintenant|heute|jetzt"
    r"|hoje|agora)(?: (?:otra vez|de nuevo|encore|wieder|de novo))?"
    r" (?:lo vuelvo a pensar|vuelvo a pensar(?:lo| en eso| en ello)?|lo pienso (?:otra vez"
    r"|de nuevo)|lo estoy pensando (?:otra vez|de nuevo)|volvio|volvieron|ha vuelto|han vuelto"
    r"|jy repense|j y repense|jy pense (?:encore|de nouveau|a nouveau)|ca revient|cest revenu"
    r"|denke ich wieder (?:daran|dran)|denk ich wieder (?:daran|dran)|ist (?:er|es) wieder da"
    r"|sind sie wieder da|kommt (?:er|es) wieder|voltei a pensar(?: nisso| nisto)?"
    r"|penso nisso de novo|penso nisso outra vez|voltou|voltaram|to pensando nisso de novo)"
    r"(?= (?:[.,]|$|y|e|et|und|mas|pero|mais|aber|con|com|avec|mit))"
)
_RETURNS: Final = [
    leveled(
        IMMINENT,
        "ideation intent timeline",
        "es_day_end_it",
        "acabo con mi vida|termino con mi vida|me quito la vida|pongo fin a mi vida|me suicido"
        "|acabo con todo|termino con todo",
        _END + _A_TASK + _NOT_A_JOB,
        needs="acabo termino quito pongo suicido",
        back=rf"(?:{_WHEN}){_WHEN_TAIL}",
    ),
    leveled(
        IMMINENT,
        "ideation intent timeline",
        "pt_day_end_it",
        "acabo com a minha vida|acabo com minha vida|tiro a minha vida|tiro minha vida"
        "|me mato|ponho fim a minha vida|acabo com tudo|dou fim a minha vida",
        _END + _A_TASK + _NOT_A_JOB,
        needs="acabo tiro mato ponho dou",
        back=rf"(?:{_WHEN}){_WHEN_TAIL}",
    ),
    leveled(
        IMMINENT,
        "ideation intent timeline",
        "fr_day_end_it",
        "je mets fin a mes jours|je mets fin a ma vie|je met fin a mes jours|je mets fin a tout"
        "|jmets fin a tout|je me suicide|je me tue|jen finis|j en finis|je me fous en lair"
        "|jme fous en lair|je me fou en lair|je me flingue|jme flingue|je me pends|jme pends",
        r"(?: ca| cela)?" + _END + _NOT_A_JOB,
        needs="mets met jmets suicide tue finis lair flingue pends",
        back=rf"(?:{_WHEN}){_WHEN_TAIL}",
    ),
    # "Schluss mit meinem Leben", "mit allem", "mit mir": not "mit ihm", not the job.
    leveled(
        IMMINENT,
        "ideation intent timeline",
        "de_day_end_it",
        "mache ich schluss|mach ich schluss|mach i schluss|bring ich mich um|bringe ich mich um"
        "|nehm ich mir das leben|nehme ich mir das leben",
        # "Schluss" bare is a shift's or a couple's end: it names what ends.
        # "Mit allem, was Zucker hat" is all of one kind.
        r"(?:(?<=schluss) mit (?:meinem leben|allem(?! , was(?= ))|mir)|(?<!schluss))"
        + _END
        + _NOT_A_JOB,
        needs="schluss bring bringe nehm nehme",
        back=rf"(?:{_WHEN}){_WHEN_TAIL}",
    ),
    # A past thought back today: the past dates the first time, not this one (``now``).
    # A thought, not an act: "hoy" does not make it imminent (not ``timed``).
    rule(
        "intl_thought_back_now",
        _ACT_THOUGHT,
        # "Pensé en el suicidio como tema de mi novela", "le suicide chez Durkheim": a topic
        # or someone's, read or written about, not the person's own thought.
        r"(?!(?<=en finir) avec (?!(?:la vie|ma vie|tout|moi|mes jours)(?= ))[^ ]+)"
        r"(?:(?<!uber suizid)(?<!uber selbstmord)|(?= nachgedacht))"
        rf"(?: (?!{_A_TOPIC}(?= ))[^ .]+){{0,6}} {_BACK_NOW}",
        needs=_words(_ACT_THOUGHT),
        back=_THOUGHT_OF,
        level=HIGH,
        reasons="ideation",
        timed=False,
        now=True,
    ),
    # "Os pensamentos de suicídio voltaram", "les idées suicidaires sont revenues".
    rule(
        "intl_thoughts_returned",
        "pensamentos de suicidio|pensamentos suicidas|ideias suicidas|pensamientos suicidas"
        "|pensamientos de suicidio|ideas suicidas|idees suicidaires|pensees suicidaires"
        "|suizidgedanken|selbstmordgedanken",
        r" (?:voltaram|estao de volta|tao de volta|volvieron|han vuelto|regresaron|estan de vuelta"
        r"|sont revenues|sont revenus|reviennent|sind wieder da|kommen wieder|sind zuruck)(?= )",
        needs="suicidio suicidas suicidaires suizidgedanken selbstmordgedanken",
        level=HIGH,
        reasons="ideation",
        timed=False,
    ),
    # Someone else weighing it: "mi hermano está pensando seriamente en suicidarse".
    _third(
        "es_third_seriously",
        "esta pensando|piensa|esta considerando|considera|anda pensando",
        rf"{_SERIOUSLY} en{_ES_THEIR_END}",
        needs="seriamente serio verdad mucho muy",
    ),
    _third(
        "pt_third_seriously",
        "esta pensando|ta pensando|anda pensando|pensa|esta a pensar|considera",
        r"(?: (?:seriamente|muito|mesmo|de verdade|a serio))* em (?:se matar|se suicidar"
        r"|tirar a (?:propria )?vida|acabar com a (?:propria )?vida|por fim a (?:propria )?vida)"
        r"(?= )",
        needs="matar suicidar tirar acabar fim",
    ),
    _third(
        "fr_third_seriously",
        "pense serieusement a|pense vraiment a|envisage de|envisage serieusement de"
        "|songe a|songe serieusement a",
        r" (?:se suicider|se tuer|en finir|mettre fin a ses jours)(?= )",
        needs="suicider tuer finir mettre",
    ),
    _third(
        "fr_third_seriously_den",
        "envisage|envisage serieusement",
        r" den finir(?= )",
        needs="finir",
    ),
    _third(
        "de_third_seriously",
        "denkt|uberlegt|uberlegt sich",
        r"(?: (?:ernsthaft|wirklich|echt|schon))*(?: (?:daruber nach|dran|daran))?(?: ,)?"
        r" sich (?:umzubringen|das leben zu nehmen|zu toten|selbst zu toten)(?= )",
        needs="umzubringen nehmen toten",
    ),
    # Someone else's thoughts, in words "idées suicidaires" reads alone as one's own.
    _third_over(
        "fr_third_had_thoughts",
        "a des idees suicidaires|a eu des idees suicidaires|avait des idees suicidaires"
        "|a des pensees suicidaires|a eu des pensees suicidaires|avait des pensees suicidaires",
        needs="suicidaires",
    ),
    # Named to be denied, the denial after: "Suizidgedanken hab ich keine", "pensamientos
    # suicidas no tengo", "des idées suicidaires, j'en ai pas".
    _idiom(
        "intl_thoughts_none",
        "suizidgedanken|selbstmordgedanken|pensamientos suicidas|ideas suicidas"
        "|pensamentos suicidas|ideias suicidas|idees suicidaires",
        r"(?: ,)? (?:hab ich keine|habe ich keine|hatte ich nie|hab ich nie|no tengo|no he tenido"
        r"|nunca he tenido|nao tenho|nunca tive|jen ai pas|jen ai aucune|jen ai jamais eu"
        r"|jen ai jamais)(?= )",
        needs="keine nie tengo tenido tenho tive pas aucune jamais",
    ),
]

# A story's character speaking: "en la peli el prota dice quiero morir". The words
# after the verb of saying are the character's, when a film or book is named just before.
_MEDIA_INTL = (
    "peli|pelicula|serie|libro|novela|cancion|cuento|film|livre|roman|chanson|buch|lied"
    "|filme|livro|musica|anime|manga|episodio|episode|folge|novelinha"
)
_STORIES: Final = [
    _idiom(
        "intl_character_says",
        "dice|dijo|decia|dit|disait|sagt|sagte|diz|disse|dizia|canta|chante|singt",
        r"(?: que| qu| :| ,)?(?: [^ .,]+){1,5}",
        needs=_MEDIA_INTL.replace("|", " "),
        back=rf"(?:{_MEDIA_INTL})(?: [^ .,]+){{0,4}}",
    ),
]

# -- looser frames -------------------------------------------------------------
# The same families in wider words: leaving "this world" wanted ("irme de este mundo",
# "quitter ce monde", "diese Welt verlassen", "deixar este mundo"); a thought that names
# its act after a window of words ("pense à m'enlever la vie", "dran, mir was anzutun",
# "penso o tempo todo em tirar a minha vida", "matar-me"); thoughts of self-harm;
# self-harm told with its blood ("jusqu'à saigner", "bis es geblutet hat"); a cut that
# will not stop bleeding or a medicine cabinet swallowed, an attempt in progress.
# Up to four words between the thought and its act, none of them a negation ("je ne
# pense pas à me tuer", "ich denk nicht dran"): the negation check reads before the frame.
_NOT_NEG = r"(?!(?:no|nunca|jamas|pas|plus|jamais|nao|nunca|nicht|nie|nich|ned|kein)(?= |$))"
_THINK_ES = rf"(?:pensar|pensando|pienso|pense|penso|piensa)(?: {_NOT_NEG}[^ .]+){{0,4}} en"
_THINK_FR = rf"(?:pense|pensais|jpense|songe|penser)(?: {_NOT_NEG}[^ .]+){{0,4}} a"
_THINK_PT = rf"(?:penso|pensando|pensar|pensei|pensava)(?: {_NOT_NEG}[^ .]+){{0,5}} em"
_THINK_DE = (
    r"(?<!nicht )(?<!nich )(?<!nie )(?<!mehr )(?<!nimmer )(?<!kaum )(?<!ned )"
    r"(?:dran|daran|gedanke|gedanken|gedanka)(?: ,)?"
    r"(?: (?:einfach|nur|endlich))?"
)
_WANT_ANY = (
    r"(?:quiero|kiero|quisiera|lo que quiero es|je veux|jveux|jveu|veux|voudrais|will|mochte"
    r"|ich will|quero|queria|eu quero)(?: (?:ya|solo|nomas|seulement|juste|simplement|nur"
    r"|einfach|endlich|so|apenas|mesmo))*"
)
_BLOOD = (
    "jusqua saigner|jusqua ce que ca saigne|bis es geblutet hat|bis es blutet|bis es blutete"
    "|bis zum bluten|ate sangrar|hasta sangrar|hasta que sangre|hasta hacerme sangre"
)
_STILL_BLEEDING = (
    # Not a kitchen or shaving cut: "me corté pelando papas y no para de sangrar".
    r"(?![^.]*? (?:pelando|cocinando|cortando|afeitando|afeitandome|rasieren|rasiert|kochen"
    r"|gemuse|brot|cuisinant|cuisine|legumes|rasant|cozinhando|descascando|fazendo a barba"
    r"|cuchillo de cocina|papas|cebolla|tomate|couteau de cuisine"
    # Nor a finger or an accident: "me corté el dedo con un vidrio".
    r"|dedo|finger|doigt|sin querer|sem querer|aus versehen|par accident|por accidente)(?= ))"
    r"(?: [^.]*?)? (?:no para de sangrar|no deja de sangrar|sangra mucho|sangrando mucho"
    r"|nao para de sangrar|sangrando muito|sangra muito|hort nicht auf zu bluten"
    r"|blutet stark|blutet so stark|blutet extrem|arrete pas de saigner|saigne beaucoup"
    r"|saigne trop)(?= )"
)
_LOOSER: Final = [
    leveled(
        HIGH,
        "ideation",
        "intl_leave_this_world",
        "irme de este mundo|dejar este mundo|salir de este mundo|irme de esta vida"
        "|quitter ce monde|quitter ce monde la|partir de ce monde|quitter cette vie"
        "|diese welt verlassen|von dieser welt gehen|deixar este mundo|sair deste mundo"
        "|partir deste mundo|ir embora deste mundo",
        # A world within the world: "quitter ce monde du travail", "este mundo de la moda".
        r"(?! (?:du|de|des|del|do|da|dos|das|der)(?= ))",
        needs="mundo monde vie welt",
        back=_WANT_ANY,
    ),
    leveled(
        HIGH,
        "ideation",
        "es_thinking_window",
        "tirarme|matarme|suicidarme|quitarme la vida|acabar con mi vida",
        _END,
        needs="tirarme matarme suicidarme quitarme acabar",
        back=_THINK_ES,
    ),
    leveled(
        HIGH,
        "ideation",
        "fr_thinking_window",
        "menlever la vie|mote la vie|moter la vie|me tuer|me suicider|me pendre|en finir"
        "|me jeter sous un train|me jeter sous le train|me jeter sous le metro"
        "|marreter sur les voies|me coucher sur les voies|sauter du pont",
        needs="menlever mote moter tuer suicider pendre finir jeter marreter coucher sauter",
        back=_THINK_FR,
    ),
    leveled(
        HIGH,
        "ideation",
        "pt_thinking_window",
        "matar me|me matar|me suicidar|suicidar me|tirar a minha propria vida|tirar a minha vida"
        "|tirar minha vida|tirar minha propria vida|dar um fim em tudo|dar fim a tudo"
        "|dar um fim a tudo|dar um fim na minha vida|dar fim a minha vida"
        "|entrar no mar e nao voltar|entrar e nao voltar",
        # A life got out of the red ("tirar minha vida do vermelho") is not a life taken.
        r"(?! (?:do|da|de|dos|das)(?= ))",
        needs="matar suicidar tirar fim entrar",
        back=_THINK_PT,
    ),
    leveled(
        HIGH,
        "ideation",
        "pt_thinking_jump",
        "pular",
        _END,
        needs="pular",
        back=_THINK_PT,
    ),
    leveled(
        HIGH,
        "ideation",
        "de_thinking_window",
        "mir was anzutun|mir etwas anzutun|mich umzubringen|mi umzbringe|mi umzubringe"
        "|mich umzbringen|mich zu toten",
        needs="anzutun umzubringen umzbringe umzbringen toten",
        back=_THINK_DE,
    ),
    leveled(
        HIGH,
        "ideation",
        "de_thinking_crash",
        "gegen einen|gegen den|gegen die|gegen eine",
        r"(?: [^ .]+)? [^ .]*(?:pfeiler|baum|wand|mauer|lkw|laster) zu (?:fahren|rasen)",
        needs="fahren rasen",
        back=_THINK_DE,
    ),
    leveled(
        HIGH,
        "ideation",
        "intl_harm_thoughts",
        "pensamientos de|pensamientos de querer|ideas de|pensees de|idees de|pensamentos de"
        "|gedanken",
        r" (?:hacerme dano|lastimarme|matarme|suicidarme|quitarme la vida|me faire du mal"
        r"|me blesser|me tuer|me suicider|me machucar|me fazer mal|me matar|magoar me"
        r"|mir was anzutun|mir etwas anzutun|mich zu verletzen|mich umzubringen)(?= )",
        needs="dano lastimarme matarme suicidarme quitarme mal blesser tuer suicider machucar"
        " magoar anzutun verletzen umzubringen",
    ),
    leveled(
        HIGH,
        "self_harm",
        "intl_harm_till_blood",
        _BLOOD,
        needs="saigner saigne geblutet blutet blutete bluten sangrar sangre",
        back=r"(?:me suis|mich|mir|me)(?: [^ .]+){0,5} (?:tape|tapee|cogne|cognee|frappe|frappee"
        r"|scarifie|scarifiee|aufgekratzt|geschlagen|geritzt|arranhei|bati|golpee|golpeado"
        r"|cortei|mordi)(?: [^ .]+){0,6}",
        tense=Tense.EVENT,
    ),
    leveled(
        HIGH,
        "self_harm",
        "de_cut_again_apart",
        "geritzt",
        needs="geritzt",
        # Negated in the words between: "ich habe mich nicht geritzt", "noch nie".
        back=r"mich(?: (?!(?:nicht|nich|ned|nie|niemals|nimmer|kein|keine)(?= |$))[^ .]+){1,8}",
        tense=Tense.EVENT,
    ),
    leveled(
        HIGH,
        "self_harm",
        "pt_hurt_myself_again",
        "voltei a magoar me|voltei a me magoar|voltei a me machucar|voltei a me cortar"
        "|voltei a cortar me",
        # Not a knee hurt at football: the arms, legs or wrists, on purpose, or nothing named.
        r"(?= (?:[.,]|$|nos bracos|nas pernas|nos pulsos|no braco|de proposito|outra vez))",
        needs="magoar machucar cortar",
        tense=Tense.EVENT,
    ),
    # "So will ich nicht mehr leben": not like this, as "I don't want to live like this
    # anymore" is in English.
    leveled(
        HIGH,
        "ideation",
        "de_not_like_this",
        "so will ich|so mag ich|so mochte ich|so will i|so mag i",
        r" (?:nicht|nich|ned|net) mehr (?:leben|lebn)|(?: so)? (?:nimmer|nimma) (?:leben|lebn)",
        needs="leben lebn",
    ),
    leveled(
        CONCERN,
        "burden",
        "intl_better_off_without",
        "vao ficar melhor sem mim|vcs vao ficar melhor sem mim|van a estar mejor sin mi"
        "|estaran mejor sin mi|vous serez mieux sans moi|ils seront mieux sans moi"
        "|ihr seid besser dran ohne mich|ihr werdet besser dran sein ohne mich",
        needs="mim mi moi mich",
    ),
    rule(
        "intl_cut_bleeding_on",
        "me acabo de cortar|me corte|me he cortado|cortei o pulso|cortei os pulsos|cortei me"
        "|me cortei|mich eben geschnitten|mich grad geschnitten|mich gerade geschnitten"
        "|mich geschnitten|je me suis coupe|je me suis coupee|je viens de me couper"
        "|jme suis coupe|jme suis coupee",
        _STILL_BLEEDING,
        needs="sangrar sangrando sangra bluten blutet saigner saigne",
        level=IMMINENT,
        reasons="attempt",
        tense=Tense.EVENT,
        recent_level=IMMINENT,
    ),
    rule(
        "intl_swallowed_the_cabinet",
        "jai avale tout ce quil y avait|jai pris tout ce quil y avait|tomei os comprimidos todos"
        "|tomei os remedios todos|tomei todos os comprimidos|tomei todos os remedios"
        "|me tome todas las pastillas",
        # All there was at home, not the day's dose: "... que tinha que tomar hoje".
        r" (?:dans (?:la |l |mon |ma )?(?:boite a pharmacie|armoire a pharmacie|pharmacie"
        r"|armoire|larmoire a pharmacie|larmoire)|que (?:havia|tinha|tenia|habia|encontrei"
        r"|encontre|hay) (?:em|en|na|no|la|a) (?:casa|gaveta|caixa|botiquin|armario))(?= )",
        needs="avale pris comprimidos remedios pastillas",
        level=IMMINENT,
        reasons="attempt",
        tense=Tense.EVENT,
        recent_level=IMMINENT,
    ),
    # "Hab grad was genommen, ziemlich viel": something taken just now, a lot of it.
    rule(
        "de_took_a_lot",
        "hab grad was genommen|hab gerade was genommen|hab eben was genommen"
        "|habe gerade was genommen|hab grad tabletten genommen|hab gerade tabletten genommen",
        r" , (?:ziemlich|ganz|sehr|viel zu|echt) viel(?= (?:[.,]|$))",
        needs="genommen",
        level=IMMINENT,
        reasons="attempt",
        tense=Tense.EVENT,
        recent_level=IMMINENT,
    ),
]

# -- looser cues ----------------------------------------------------------------
# Farewell pieces and plans that mean little alone (see :mod:`bot.risk.reading`): "hoy es
# la noche", "sábado é o dia", "heut is es soweit"; "ya está decidido"; "j'ai tout ce qu'il
# faut"; "ya elegí el sitio"; "no vas a saber más de mí"; "ma dernière story"; "nada de
# esto fue culpa tuya"; someone told to care for one's own "from now on" or "for me"; a
# high place said to be at, or "je vais sauter" with nothing after.
_DAYS_ALL = (
    "lunes|martes|miercoles|jueves|viernes|sabado|domingo|lundi|mardi|mercredi|jeudi"
    "|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    "|segunda|terca|quarta|quinta|sexta"
)
_FROM_NOW = (
    "de ahora en adelante|de ahora en mas|a partir de ahora|a partir dastheure"
    "|a partir de maintenant|dorenavant|desormais|ab jetzt|ab sofort|a partir de agora"
    "|daqui pra frente|de agora em diante"
)
_CARE = (
    r"(?:cuida|cuidame|cuidamelo|cuidamela|cuidalo|cuidala|cuidale|cuidas|cuide|cuidem"
    r"|toccupes|toccuperas|occupe toi|kummer dich|kummere dich|schau|schaust)"
)
_CARE_LEAD = _CARE[3:-1]
_LOOSER_CUES: Final = [
    cue(
        "intl_the_day_is",
        "es la noche|es el dia|e o dia|e a noite|e hoje|ist der tag|cest le jour|cest ce soir"
        "|cest pour ce soir|is es soweit|ist es soweit|isses soweit",
        _END,
        needs="noche dia noite hoje tag jour soir soweit",
        back=rf"(?:hoy|esta noche|manana|el (?:{_DAYS_ALL})|{_DAYS_ALL}|ce soir|demain|heute"
        r"|heut|morgen|hoje|amanha|esta noite|o (?:sabado|domingo)|(?:ja )?(?:sabado|domingo))"
        r"(?: (?:si|ja|ya|ja|doch))?",
        reasons="timeline",
    ),
    cue(
        "intl_its_decided",
        "ya esta decidido|esta decidido|ya lo decidi|ya lo tengo decidido|cest decide"
        "|cest tout decide|jai decide|es ist entschieden|ich habs entschieden|is entschieden"
        "|ta decidido|ja ta decidido|ja esta decidido|esta decidido|ja decidi",
        _END,
        needs="decidido decidi decide entschieden",
        reasons="plan",
    ),
    cue(
        "intl_all_set",
        # Not "tout est prêt", "todo listo": every party and trip is ready.
        "jai tout ce quil faut|ya tengo lo que necesito|tengo lo que necesito"
        "|tenho o que preciso|tenho tudo o que preciso|hab alles was ich brauch"
        "|hab alles dabei was ich brauch|hab ma alles besorgt|ya arregle mis cosas"
        "|deixei tudo em ordem|jai tout regle|jetzt ist alles erledigt|jetzt is alles erledigt"
        "|ich hab schon alles vorbereitet|hab schon alles vorbereitet"
        "|hab mir alles besorgt|i hab ma alles besorgt|jai achete ce quil faut",
        r"(?: (?:dans|en|na|no|im|in) [^.,]+?)?(?= (?:[.,]|$|y|e|und|et|ce soir|esta|esta"
        r" noche|heute|hoje))",
        needs="faut necesito preciso brauch besorgt achete cosas ordem regle erledigt vorbereitet",
        reasons="plan",
    ),
    cue(
        "intl_last_day",
        "heute ist der letzte tag|hut isch de letscht tag|hut isch dr letscht tag"
        "|heut is der letzte tag|hoy es el ultimo dia|hoy es mi ultimo dia"
        "|aujourdhui cest le dernier jour|cest mon dernier jour|hoje e o ultimo dia"
        "|hoje e o meu ultimo dia",
        _END,
        needs="tag dia jour",
        reasons="timeline",
    ),
    # "Pardon maman" to close a message: sorry said to a mother as the last words.
    cue(
        "intl_sorry_mum_end",
        "pardon maman|perdon mama|perdoname mama|perdon mami|desculpa mae|desculpa mamae"
        "|perdao mae|verzeih mir mama|sorry mama|es tut mir leid mama",
        r"(?= (?:[.!] )*$)",
        needs="maman mama mami mae mamae",
        reasons="goodbye",
        personal=False,
    ),
    leveled(
        CONCERN,
        "hopeless",
        "pt_what_for_living",
        "viver pra que|viver para que|pra que viver|para que viver|pra que continuar vivendo"
        "|viver pra qq",
        r"(?= (?:[.,?]|$))",
        needs="viver vivendo",
    ),
    cue(
        "intl_place_chosen",
        "ya elegi el sitio|ya he elegido el sitio|ya elegi el lugar|ya he elegido el lugar"
        "|ja escolhi o lugar|ja escolhi o sitio|jai choisi lendroit|jai choisi le lieu"
        "|ich hab den ort ausgesucht|ich habe den ort ausgesucht|hab den ort ausgesucht",
        r"(?= (?:[.,]|$|y|e|und|et))",
        needs="sitio lugar lendroit lieu ort",
        reasons="plan",
    ),
    cue(
        "intl_wont_hear_of_me",
        "no vas a saber mas de mi|no van a saber mas de mi|no sabran mas de mi"
        "|vous nallez plus me voir|vous allez plus me voir|tu vas plus me voir"
        "|vous me verrez plus|ihr werdet mich nicht mehr sehen|ihr seht mich nie wieder"
        "|nao vao me ver mais|nunca mais vao me ver|nao vao saber mais de mim",
        needs="mi voir verrez sehen wieder ver mim",
        reasons="goodbye",
    ),
    cue(
        "intl_last_post",
        "mi ultima historia|mi ultimo post|mi ultimo mensaje|ma derniere story"
        "|mon dernier message|mon dernier post|mein letzter post|meine letzte story"
        "|meine letzte nachricht|minha ultima mensagem|meu ultimo post|meu ultimo story",
        _END,
        needs="historia post mensaje story message nachricht mensagem",
        reasons="goodbye",
    ),
    cue(
        "intl_not_their_fault",
        # The one absolved is left out of the match, so the whose-words check does not
        # read "dela" or "ihre" as the speaker being someone else.
        "nada de esto fue culpa|no fue culpa|nao foi culpa|n foi culpa|cetait pas|dass es ned"
        "|dass es nicht|dass es net|das es ned",
        r"(?= (?:de )?(?:suya|tuya|sua|tua|dela|dele|leur|ta|votre|ihre|deine|eure)"
        r"(?: (?:faute|schuld))?(?: (?:is|ist|war))?(?= (?:[.,]|$|y|e|und|et)))",
        needs="culpa faute schuld",
        reasons="goodbye",
        personal=False,
    ),
    cue(
        "intl_care_from_now",
        _FROM_NOW,
        rf"(?: [^ .]+){{0,4}} {_CARE}(?= )",
        needs="adelante mas ahora dastheure maintenant dorenavant desormais jetzt sofort agora"
        " frente diante",
        reasons="goodbye",
        personal=False,
    ),
    cue(
        "intl_care_for_me",
        _CARE_LEAD,
        rf"(?: [^ .]+){{0,5}} (?:{_FROM_NOW}|por mi|por mim|pour moi|fur mich)(?= )",
        needs="cuida cuidame cuidamelo cuidamela cuidalo cuidala cuidale cuidas cuide cuidem"
        " toccupes toccuperas occupe kummer kummere schau schaust",
        reasons="goodbye",
        personal=False,
    ),
    cue(
        "intl_high_place_at",
        "je suis sur le toit|estoy en la azotea|estoy en el puente|estoy en la escollera"
        "|estoy en el acantilado|steh am hafen|steh auf der brucke|ich steh auf der brucke"
        "|bin auf dem dach|ich bin auf dem dach|to na beira da linha|estou na ponte"
        "|to na ponte|to no telhado|estou no telhado|je suis sur le pont",
        needs="toit azotea puente escollera acantilado hafen brucke dach linha ponte telhado pont",
        reasons="means",
    ),
    cue(
        "intl_going_to_jump",
        "je vais sauter|jvais sauter|voy a saltar|me voy a tirar|vou pular|eu vou pular"
        "|ich spring jetzt|ich springe jetzt|ich geh jetzt ins wasser|ich gehe jetzt ins wasser",
        _END,
        needs="sauter saltar tirar pular spring springe wasser",
        reasons="means",
    ),
    cue(
        "intl_its_over_then",
        "heute ist schluss|heut ist schluss|morgen ist schluss|morgen fruh ist schluss"
        "|und dann ist schluss|dann ist schluss|heute nacht ist schluss|esta noche se acaba todo"
        "|hoy se acaba todo|manana se acaba todo|se acaba todo esta noche|hoje acaba tudo"
        "|esta noite acaba tudo|amanha acaba tudo|ce soir tout se termine|ce soir tout sarrete"
        "|demain tout sarrete",
        r"(?= (?:[.,]|$|ich|yo|eu|je))",
        needs="schluss todo tudo termine sarrete",
        reasons="timeline",
    ),
    cue(
        "intl_dead_by_then",
        "bin ich tot|bin i tot|ya estare muerto|ya estare muerta|estare muerto|estare muerta"
        "|je serai mort|je serai morte|vou estar morto|vou estar morta|ja vou estar morto"
        "|ja vou estar morta",
        _END,
        needs="tot muerto muerta mort morte morto morta",
        back=r"(?:bevor|antes de que|antes que|avant que|avant quils|bis)(?: [^.]+?)? ,",
        reasons="timeline",
    ),
    cue(
        "intl_not_coming_back",
        "je rentrerai pas|je reviendrai pas|je redescendrai pas|je rentrerai plus"
        "|je reviendrai plus|nao volto mais|no vuelvo mas|no voy a volver|no volvere"
        "|ich komm nicht mehr zuruck|ich komme nicht mehr zuruck|ich komm nicht zuruck"
        "|fahr ich nicht mehr heim|ich fahr nicht mehr heim",
        _END,
        needs="rentrerai reviendrai redescendrai volto vuelvo volver volvere zuruck heim",
        reasons="goodbye",
    ),
    cue(
        "intl_tell_them_loved",
        "dis a|dis aux|diz a|diz aos|diz as|dile a|decile a|decirle a|sag|sagt|sag da|sags",
        r"(?: [^ .,]+){1,4} (?:que|qu|dass|das) (?:je (?:laimais|les aimais|taimais|vous aimais"
        r"|laime|les aime)|o pai gostava|a mae gostava|eu (?:amava|gostava|amo|a amo|o amo)"
        r"|la quiero|lo quiero|los quiero|la queria|lo queria|ich (?:sie|ihn|euch|dich)"
        r" (?:lieb|liebe|geliebt))(?= )",
        needs="laimais aimais taimais laime aime gostava amava amo quiero queria lieb liebe"
        " geliebt",
        reasons="goodbye",
        personal=False,
    ),
    cue(
        "intl_wont_bother_long",
        "je vais plus vous embeter|je vais plus tembeter|je vais pas vous embeter"
        "|ya no les voy a dar mas problemas|ya no te voy a dar mas problemas"
        "|no los voy a molestar mas|ninguem vai precisar se preocupar mais comigo"
        "|ninguem vai ter que se preocupar comigo|ihr musst euch bald keine sorgen mehr machen",
        needs="embeter tembeter problemas molestar preocupar sorgen",
        reasons="goodbye",
    ),
    # Something of one's own given to someone named: "meiner Freundin meine Kette
    # geschenkt", "le regalé el perro a la vecina", "j'ai donné mon chien à", "dei meu
    # violão pro meu primo", "meine Katze zu meiner Tante gebracht".
    cue(
        "intl_gave_mine",
        "geschenkt|gegeben|vermacht|verschenkt|gebracht",
        r"(?= (?:[.,]|$|und|so))",
        needs="geschenkt gegeben vermacht verschenkt gebracht",
        back=r"(?:(?:meiner|meinem|meinen)(?: [^ .,]+){1,3} (?:meine|mein|meinen)(?: [^ .,]+){1,8}"
        r"|(?:meine|mein|meinen) (?:katze|kater|hund|hunde|kette|uhr|ring|playstation|gitarre)"
        r"(?: [^ .,]+){1,4})",
        reasons="goodbye",
    ),
    cue(
        "intl_gave_keepsake",
        "le regale|les regale|le di|le deje|jai donne|dei|doei|deixei",
        r" (?:el|la|los|las|mi|mis|mon|ma|mes|o|a|os|as|meu|minha|meus|minhas)"
        r" (?:perro|perra|gato|gata|perros|gatos|guitarra|anillo|collar|reloj|chien|chienne|chat"
        r"|chats|guitare|bague|collier|montre|cachorro|cachorra|gato|gata|violao|anel|colar"
        r"|relogio)(?: [^ .,]+){0,2} (?:a|al|pra|para|ao|a la|a mon|a ma)(?= )",
        needs="perro perra gato gata perros gatos guitarra anillo collar reloj chien chienne chat"
        " chats guitare bague collier montre cachorro cachorra violao anel colar relogio",
        reasons="goodbye",
    ),
    # Pills put by over weeks, as "I've been saving up my pills".
    rule(
        "intl_saving_pills",
        "he ido guardando|llevo semanas guardando|llevo meses guardando|voy guardando"
        "|he estado juntando|estoy juntando|ando juntando|je mets de cote|jai mis de cote"
        "|je garde de cote|ich sammle|ich sammel|ich hab gesammelt|hab gesammelt|ich horte"
        "|venho guardando|to juntando|estou juntando|ando guardando|tenho juntado",
        r"(?: (?:mis|las|los|mes|les|meine|die|os|as|meus|minhas|todas las|todos os))?"
        r" (?:pastillas|pildoras|cachets|comprimes|medicaments|tabletten|pillen|schlaftabletten"
        r"|comprimidos|remedios|pilulas)"
        # Packed for a trip or sorted for the week: "für den Urlaub", "para el viaje".
        r"(?! (?:fur|fuer|para|pour|pra|pro|in|im|en|dans|na|no|em)"
        r" (?:den |die |das |el |la |le |a |o |meine |mi |mon )?(?:urlaub|reise|viaje|vacaciones"
        r"|voyage|vacances|viagem|ferias|pillendose|pastillero|pilulier|caja|boite|dose|caixa"
        r"|semana|woche|semaine)(?= ))(?= )",
        needs="pastillas pildoras cachets comprimes medicaments tabletten pillen schlaftabletten"
        " comprimidos remedios pilulas",
        level=IMMINENT,
        reasons="means plan",
    ),
    rule(
        "fr_pills_put_by",
        "je mets mes|je mets les|jai mis mes|jai mis les",
        r" (?:cachets|comprimes|medicaments|pilules|somniferes) de cote(?= )",
        needs="cachets comprimes medicaments pilules somniferes",
        level=IMMINENT,
        reasons="means plan",
    ),
    # Going to join one who died: "esta semana me voy con ella", "j'irai la rejoindre",
    # "da geh i zu ihr", "vou me juntar a ela".
    cue(
        "intl_join_the_dead",
        "me voy con ella|me voy con el|me ire con ella|me ire con el|me voy a ir con ella"
        "|me voy a ir con el|jirai la rejoindre|jirai le rejoindre|je vais la rejoindre"
        "|je vais le rejoindre|geh i zu ihr|geh ich zu ihr|geh ich zu ihm|geh i zu eam"
        "|geh i zu ihm|vou me juntar a ela|vou me juntar a ele|vou ter com ela|vou ter com ele",
        _END,
        needs="ella el rejoindre ihr ihm eam ela ele",
        reasons="plan",
    ),
    # A gun at hand: "das Gewehr liegt vor mir", "la escopeta la tengo aquí al lado".
    cue(
        "intl_gun_at_hand",
        "das gewehr liegt|die pistole liegt|die waffe liegt|la escopeta la tengo"
        "|la pistola la tengo|el arma la tengo|tengo la escopeta|tengo la pistola"
        "|jai le fusil|avec le fusil"
        "|avec mon fusil|le fusil est|a espingarda ta|a arma ta|tenho a arma|to com a arma",
        r"(?: [^ .,]+){0,3} (?:vor mir|neben mir|aqui|aca|al lado|a cote|ici|aqui do lado|do lado"
        r"|comigo|dabei|geladen|charge)(?= )|(?<=fusil)(?= [.,])",
        needs="gewehr pistole waffe escopeta pistola arma fusil espingarda",
        reasons="means",
    ),
]

# -- French and German, said around the act ---------------------------------
# Worn out with life, not with a task: "j'en peux plus de cette vie", "je suis fatiguée de
# me battre", "je vois plus l'intérêt de continuer", "ich halt dieses Leben nicht mehr
# aus", "ich weiß nicht mehr, warum ich weitermachen soll", "ich will, dass es aufhört".
# Concern, as "I'm tired of fighting" is; beside a cue (a letter, a place, a rope) they
# make it a crisis.
_FR_WORN = r"(?:me battre|lutter|vivre|exister|survivre|cette vie|ma vie|la vie)"
_DE_HOLD = (
    "halt dieses leben|halte dieses leben|halt das leben|halte das leben|halt mein leben"
    "|halte mein leben|ertrag dieses leben|ertrage dieses leben|ertrag das leben"
    "|ertrage das leben|ertrag mein leben|ertrage mein leben|halt des lebn|halt des leben"
    "|halt mei lebn|halt mein lebn"
)
# Austrian and Bavarian participles drop the "e": "gschnitten", "gritzt".
_DE_HURT = (
    r"(?:verletzt|geschnitten|geritzt|verbrannt|gebissen|blutig gekratzt|aufgeschnitten"
    r"|gschnitten|gschnittn|gritzt|gritzd|valetzt|verbrennt)"
)
# What may stand between "hab mich" and the act: times and counts.
_DE_HURT_FILL = (
    r"(?: (?:heut|heute|heit|gestern|nacht|abend|fruh|letzte|woche|wochenende|wieder|schon"
    r"|erneut|selbst|selber|paar|mal|oft|einfach|\d+))*"
)
# ... and one of which says it was meant, or done again and again.
_DE_HURT_MEANT = (
    r" (?:wieder|erneut|absichtlich|mit absicht|extra|selbst|selber|mehrmals|zwei mal|drei mal"
    r"|vier mal|funf mal|paar mal|x mal|\d+ mal|zum (?!letzten )\w+ mal)"
)
_DE_WITH = (
    r"(?: mit (?:einer|der|nem|ner|na|meiner|dem|einem) (?:zigarette|kippe|klinge|rasierklinge"
    r"|feuerzeug|schere|scherbe|messer|klingen))?"
)
_FR_SELF_MARKS = (
    r" (?:fait des (?:marques|entailles|coupures|brulures|bleus)"
    r" (?:sur|aux|a) (?:les |la |le |mes |ma |mon )?(?:bras|cuisses?|poignets?|jambes?|ventre"
    r"|hanches?|mains?)"
    r"|(?:mordue?|griffee?|brulee?|taillade(?:e|s)?|frappee?)(?: (?:le|la|les|mes|ma|mon)"
    r" (?:bras|main|mains|poignets?|cuisses?|jambes?))?"
    r"(?: [^ .,]+){0,2}? (?:jusqu au|jusquau|jusqua) (?:sang|saigner)"
    r"|(?:brulee?|griffee?|taillade(?:e|s)?|mordue?) (?:expres|volontairement|encore"
    r"|avec (?:une|ma|un|mon) (?:cigarette|clope|briquet|lame|rasoir)))"
)
_GONE_TO = (
    "maman|papa|ma mere|mon pere|mamie|papi|mon frere|ma soeur|mon fils|ma fille|mon mari"
    "|ma femme|mon copain|ma copine|mama|papa|oma|opa|meiner mama|meinem papa|meiner mutter"
    "|meinem vater|meiner oma|meinem opa"
)
_FR_DE_AROUND: Final = [
    leveled(
        CONCERN,
        "hopeless",
        "fr_cant_take_life",
        "jen peux plus|je nen peux plus|jen peux pu|jen peux pus|jpeux plus|jpeux pu",
        r" (?:de (?:cette vie|ma vie|la vie|vivre|exister|tout ca)|de tout(?= [.,]|$))",
        needs="peux",
    ),
    leveled(
        CONCERN,
        "hopeless",
        "fr_tired_of_fighting",
        "fatigue|fatiguee|epuise|epuisee|las|lasse|usee|use|creve|crevee",
        rf" de {_FR_WORN}(?! (?:avec|contre|pour) )",
        back=r"(?:je suis|jsuis|chu|suis|je me sens|trop|tellement)(?: (?:tellement|trop|juste"
        r"|vraiment|tout simplement))*",
    ),
    leveled(
        CONCERN,
        "hopeless",
        "fr_no_point_going_on",
        "vois plus|vois pu|vois pas|vois plus du tout",
        r" (?:linteret|dinteret|le sens|lutilite|a quoi ca sert) (?:de|a) (?:continuer|vivre"
        r"|me lever|rester)",
        needs="interet linteret dinteret sens lutilite sert",
    ),
    leveled(
        CONCERN,
        "passive_wish",
        "fr_not_be_here",
        "veux plus etre la|veux pu etre la|veux plus exister|veux pu exister|veux plus etre ici"
        "|veux plus etre sur terre|veux plus etre de ce monde",
        needs="etre exister",
        back=r"(?:je|jne|je ne|j|ne)",
    ),
    leveled(
        CONCERN,
        "hopeless",
        "de_cant_bear_life",
        _DE_HOLD,
        r"(?: (?:einfach|echt|wirklich|so))* (?:nicht mehr|nimmer|nimma|ned mehr|nicht|nich mehr)"
        r"(?: aus)?(?= )",
        needs="leben lebn",
    ),
    leveled(
        CONCERN,
        "hopeless",
        "de_why_go_on",
        "warum ich|wofur ich|wozu ich|wieso ich|warum i|wofur i",
        r"(?: (?:noch|uberhaupt|uberhaupt noch))? (?:weitermachen|weiterleben|leben|weitermachn)"
        r" (?:soll|sollte)(?= )|(?: (?:noch|uberhaupt))? (?:lebe|leb)(?= )",
        needs="weitermachen weiterleben leben lebe leb weitermachn",
        back=r"(?:weiss|weis|woass|waas)(?: (?:es|echt))? (?:nicht|nimmer|ned|nimma|nich)"
        r"(?: mehr)?(?: ,)?",
    ),
    leveled(
        CONCERN,
        "passive_wish",
        "de_want_it_to_stop",
        "dass es aufhort|das es aufhort|dass alles aufhort|dass es endlich aufhort"
        "|dass das alles aufhort|dass es vorbei ist|dass alles vorbei ist|dass des aufhort",
        _END,
        needs="aufhort vorbei",
        back=r"(?:will|mochte|wunsch mir|wunsche mir|i will|will einfach|will nur)(?: ,)?",
    ),
    leveled(
        CONCERN,
        "passive_wish",
        "de_not_here_any_more",
        "nicht mehr hier sein|nimmer hier sein|nimma do sein|nicht mehr da sein|nimmer da sein"
        "|nicht mehr existieren|nimmer existieren",
        _END,
        needs="sein existieren",
        back=r"(?:will|mochte|i will|ich will)(?: (?:einfach|nur|echt))*",
    ),
    # In everyone's way, missed by no one: "ich bin allen nur im Weg", "keiner würde mich
    # vermissen", "je manquerais à personne"; "alles ist sinnlos" said bare.
    leveled(
        CONCERN,
        "burden",
        "de_in_the_way",
        "im weg",
        _END,
        back=r"(?:ich )?bin(?: (?:eh|doch|immer|sowieso))* (?:allen|euch|jedem|nur)"
        r"(?: (?:allen|nur|immer|eh))*",
        needs="weg",
    ),
    leveled(
        CONCERN,
        "burden",
        "de_nobody_would_miss",
        "keiner wurde mich vermissen|niemand wurde mich vermissen|keiner wird mich vermissen"
        "|niemand wird mich vermissen|wurde mich eh keiner vermissen|je manquerais a personne"
        "|je ne manquerais a personne|jmanquerais a personne|personne me regrettera"
        "|personne ne me regrettera",
        needs="vermissen manquerais jmanquerais regrettera",
    ),
    leveled(
        CONCERN,
        "hopeless",
        "de_all_pointless",
        "alles ist sinnlos|alles ist so sinnlos|alles is sinnlos|tout est inutile"
        "|plus rien a de sens|plus rien na de sens",
        _END,
        needs="sinnlos inutile sens",
    ),
    # Self-harm done, told by how: "je me suis mordu le bras jusqu'au sang", "j'me suis fait
    # des marques sur les cuisses", "ich hab mich gestern absichtlich verbrannt", "i hab mi
    # heut Nacht wieder verletzt", "hab ich mich drei Mal geschnitten". Not "je me suis
    # brûlée en cuisinant", "ich hab mich beim Kochen geschnitten".
    leveled(
        HIGH,
        "self_harm",
        "fr_self_marks",
        "je me suis|jme suis|je me|me suis",
        _FR_SELF_MARKS,
        needs="marques entailles coupures brulures bleus mordu mordue griffe griffee brule"
        " brulee taillade taillades tailladee frappe frappee",
        tense=Tense.EVENT,
    ),
    leveled(
        HIGH,
        "self_harm",
        "de_hurt_meant",
        "hab mich|habe mich|hab mi|hob mi|hab ich mich|habe ich mich|hab i mi|hob i mi",
        rf"{_DE_HURT_FILL}{_DE_HURT_MEANT}{_DE_HURT_FILL}{_DE_WITH} {_DE_HURT}"
        r"(?!(?: [^ .,]+){0,4} (?:beim|bei der|bei|kochen|rasieren|arbeit|sport)(?= ))(?= )",
        needs="verletzt geschnitten geritzt verbrannt gebissen gekratzt aufgeschnitten"
        " gschnitten gschnittn gritzt gritzd valetzt verbrennt",
        tense=Tense.EVENT,
    ),
    # Slang for killing oneself: "ich will mich einfach nur noch abmurksen", "will abkratzen".
    leveled(
        HIGH,
        "ideation",
        "de_slang_die",
        "abmurksen|abkratzen|verrecken|abknallen",
        back=r"(?:will|mochte|i will|wurd gern|wurde gerne|wurd am liebsten)(?: (?:mich|mi))?"
        r"(?: (?:einfach|nur|noch|endlich|jetzt|echt|am liebsten))*",
        needs="abmurksen abkratzen verrecken abknallen",
        jokable=True,
    ),
    # Ending it all: "Schluss machen mit allem", "mit mir Schluss machen" (with a partner it
    # is a break-up: "mit ihm Schluss machen").
    leveled(
        HIGH,
        "ideation",
        "de_end_with_all",
        "schluss zu machen|schluss machen|schluss mach|schluss mache|schluss machn",
        r"(?: (?:einfach|endlich|jetzt))* mit (?:allem|mir|meinem leben|dem leben|mir selbst"
        r"|mei(?:nem)? lebn)(?= )",
        needs="schluss",
    ),
    leveled(
        HIGH,
        "ideation",
        "de_all_end",
        "mit allem schluss|mit mir schluss|mit meinem leben schluss|mit dem leben schluss",
        r" (?:zu )?(?:machen|mach|mache|machn)(?= )",
        needs="schluss",
    ),
    # Leaving this world: "je pense à partir pour de bon, quitter ce monde", "diese Welt
    # verlassen".
    leveled(
        HIGH,
        "ideation",
        "fr_leave_this_world",
        "quitter ce monde|quitter cette terre|quitter cette vie|partir de ce monde"
        "|diese welt verlassen|die welt verlassen|aus dieser welt gehen|aus der welt gehen",
        # "quitter ce monde du travail", "de la finance": a trade left.
        r"(?! (?:du|des|de la|de l|der|des)(?= ))",
        back=r"(?:pense a|pense a partir pour de bon ,|songe a|veux|voudrais|envie de|vais"
        r"|jvais|jveux|pret a|prete a|will|mochte|werde|werd)(?: (?:juste|vraiment|souvent"
        r"|serieusement|bientot|einfach|nur|endlich|bald))*",
        needs="monde terre vie welt",
    ),
    # Joining the dead: "je vais aller rejoindre maman cette nuit, là où elle est", "ich geh
    # heut zu meiner Mama, dahin wo sie jetzt ist".
    leveled(
        HIGH,
        "ideation",
        "fr_join_where_they_are",
        "rejoindre|zu",
        rf" (?:{_GONE_TO})(?: (?:cette nuit|ce soir|bientot|demain|heut|heute|heute nacht"
        r"|bald|morgen))?(?: ,)? (?:la ou (?:elle|il) est|au ciel|la haut|dahin wo (?:sie|er)"
        r"(?: jetzt)? ist|in den himmel)(?= )",
        needs="ou haut ciel dahin himmel",
    ),
    # Come to a place to die: "je suis venu ici pour en finir", "bin hergekommen, um
    # Schluss zu machen".
    rule(
        "fr_came_to_end",
        "venu ici pour|venue ici pour|venu pour|venue pour|suis la pour|chu venu pour"
        "|hergekommen|hierher gekommen|hergefahren|hierher gefahren",
        r"(?:(?<=pour)|(?: ,)? um) (?:en finir|mourir|me tuer|me suicider|sauter|me jeter"
        r"|schluss zu machen|mich umzubringen|zu sterben|zu springen)(?= )",
        needs="finir mourir tuer suicider sauter jeter schluss umzubringen sterben springen",
        level=IMMINENT,
        reasons="intent plan",
    ),
    # What it takes, got for it: "j'ai acheté ce qu'il me faut pour en finir", "hab alles,
    # was ich brauche, um Schluss zu machen".
    rule(
        "fr_what_it_takes",
        "ce quil faut|ce quil me faut|de quoi|ce dont jai besoin|was ich brauche|was i brauch",
        r"(?: ,)? (?:pour|um) (?:en finir|mourir|me tuer|me suicider|me pendre"
        r"|mich umzubringen|schluss zu machen|zu sterben|mich aufzuhangen)(?= )",
        needs="finir mourir tuer suicider pendre umzubringen schluss sterben aufzuhangen",
        level=IMMINENT,
        reasons="means plan",
    ),
    # A plan and the will to carry it out: "j'ai un plan précis et je vais le faire", "ich
    # hab einen Plan und ich zieh das durch".
    rule(
        "fr_plan_and_do",
        "plan",
        r"(?: (?:precis|concret|clair))? (?:et|und)"
        r" (?:je vais le faire|je compte le faire|jvais le faire|je le ferai|ich werde es tun"
        r"|ich zieh (?:das|es) durch|ich mach es|ich machs|ich werds tun|ich werde es machen)"
        r"(?= )",
        needs="faire ferai tun durch mach machs machen",
        back=r"(?:jai|ich hab|ich habe|hab|i hob|i hab) (?:un|einen|nen|an)"
        r"(?: (?:konkreten|genauen|fertigen|klaren))?",
        level=IMMINENT,
        reasons="plan intent",
    ),
    # Past the railing: "ich stehe schon auf der anderen Seite vom Geländer", "je suis de
    # l'autre côté de la rambarde".
    rule(
        "de_past_the_railing",
        "auf der anderen seite|auf der andern seite|de lautre cote",
        r" (?:vom|von dem|des|der|de la|du) (?:gelander|gelanders|brustung|rambarde"
        r"|balustrade|garde corps|parapet)(?= )",
        needs="gelander gelanders brustung rambarde balustrade garde parapet",
        back=r"(?:steh|stehe|steh i|bin|bin i|ich bin|je suis|jsuis|chu|suis|me tiens)"
        r"(?: (?:schon|jetzt|grad|gerade|deja|maintenant|la))*",
        level=IMMINENT,
        reasons="attempt",
    ),
    # An attempt told: "j'ai fait une tentative la semaine dernière".
    leveled(
        HIGH,
        "attempt",
        "fr_made_attempt",
        "jai fait une tentative|jai fait une ts|j ai fait une tentative|ich hab einen suizidversuch"
        "|ich habe einen suizidversuch|hatte einen suizidversuch|hab nen suizidversuch",
        r"(?! (?:de|d)(?! suicide)(?= ))",
        needs="tentative ts suizidversuch",
        tense=Tense.EVENT,
    ),
    # Tried, told plainly: "j'ai essayé de me suicider", "hier soir j'ai tenté d'en finir";
    # "ich habe versucht, mich umzubringen". Not working oneself to death: "j'ai essayé de
    # me tuer à la tâche".
    rule(
        "fr_tried_to",
        "jai essaye|jai tente|j ai essaye|j ai tente|jai deja essaye|jai deja tente|jai essayer",
        r" (?:de (?:me tuer|me suicider|me pendre|mettre fin a mes jours|me foutre en lair"
        r"|mouvrir les veines)|den finir|dmouvrir les veines)(?= )"
        r"(?! (?:a|au|de|avec) (?!nouveau |la vie |tout )[^ ]+)",
        needs="essaye tente essayer",
        level=HIGH,
        recent_level=IMMINENT,
        reasons="attempt",
        tense=Tense.EVENT,
    ),
    rule(
        "de_tried_to",
        "versucht|probiert",
        r"(?: ,)? (?:mich umzubringen|mich zu toten|mir das leben zu nehmen|mich aufzuhangen"
        r"|mich zu erhangen|mich zu vergiften)(?= )",
        needs="umzubringen toten nehmen aufzuhangen erhangen vergiften",
        back=r"(?:ich )?(?:habe|hab|hatte|hab ich|habe ich|hatte ich)(?: [^ .,]+){0,3}",
        level=HIGH,
        recent_level=IMMINENT,
        reasons="attempt",
        tense=Tense.EVENT,
    ),
    # Thinking of the rope: "ich denk jedes Mal an den Strick", "je pense sans arrêt à la
    # corde".
    leveled(
        HIGH,
        "ideation method",
        "de_thinks_of_rope",
        "an den strick|an die schlinge|an das seil|an ein seil|a la corde|au noeud coulant",
        r"(?!(?: [^ .,]+){0,4} (?:zelt|boot|klettern|kaufen|mitnehmen|einpacken|camping|bateau"
        r"|escalade|tente|sport|gym)(?= ))",
        back=r"(?:denk|denke|denk i|denk ich|pense|jpense|pense tout le temps|pense sans arret)"
        r"(?: (?:jedes mal|immer|standig|dauernd|nur noch|oft|immer wieder|tout le temps"
        r"|sans arret|souvent|encore))*",
        needs="strick schlinge seil corde noeud",
    ),
]
_FR_DE_CUES: Final = [
    # Told to someone before: "je voulais juste le dire à quelqu'un avant", "ich wollte nur,
    # dass es irgendwer weiß".
    cue(
        "fr_tell_someone_before",
        "le dire a quelquun avant|que quelquun le sache|dass es irgendwer weiss"
        "|dass es jemand weiss|dass es wer weiss|dass es irgendjemand weiss",
        needs="avant sache weiss",
        reasons="goodbye",
    ),
    # Not found this time: "diesmal findet mich keiner", "cette fois personne me trouvera".
    cue(
        "de_not_found_this_time",
        "findet mich keiner|findet mich niemand|findet mi koana|personne me trouvera"
        "|personne ne me trouvera|personne va me trouver",
        needs="findet trouvera trouver",
        reasons="intent",
    ),
    cue(
        "de_tried_it",
        "habs|hab es|habe es|hab ichs|hab i s",
        r"(?: (?:am wochenende|gestern|letzte woche|schon|neulich|vorgestern))* (?:probiert"
        r"|versucht)(?= [.,])",
        needs="probiert versucht",
        reasons="attempt",
    ),
    cue(
        "fr_means_to_again",
        "de quoi recommencer|de quoi le refaire|de quoi en finir|wos i brauch|was ich brauch",
        needs="recommencer refaire finir",
        back=r"(?:jai|jai encore|jai toujours|jai deja|il me reste)",
        reasons="means",
    ),
    # Means got: "hab mir einen Strick besorgt", "j'ai vidé la pharmacie dans un sac".
    cue(
        "de_got_rope",
        "einen strick|nen strick|ein seil|an strick",
        r" (?:besorgt|gekauft|geholt|organisiert)(?= )",
        needs="besorgt gekauft geholt organisiert",
        back=r"(?:hab|habe|ich hab|ich habe|i hob|i hab)(?: mir| mia| ma)?",
        reasons="means",
    ),
    cue(
        "fr_emptied_pharmacy",
        "jai vide la pharmacie|jai vide larmoire a pharmacie|jai vide ma pharmacie"
        "|hab die hausapotheke|hab den medikamentenschrank|habe die hausapotheke",
        r"(?: [^ .,]+){0,4}?(?: (?:leergeraumt|ausgeraumt|geleert))?(?= )",
        needs="pharmacie hausapotheke medikamentenschrank",
        reasons="means",
    ),
    cue(
        "de_service_gun_at_hand",
        "dienstwaffe liegt|meine waffe liegt|meine pistole liegt|mei waffn liegt|mei pistoln liegt"
        "|mon arme est|mon arme de service est",
        r"(?: [^ .,]+){0,3} (?:neben mir|vor mir|bei mir|a cote de moi|devant moi|sur le lit"
        r"|auf dem bett|aufm bett)(?= )",
        needs="dienstwaffe waffe pistole waffn pistoln arme",
        reasons="means",
    ),
    cue(
        "de_pills_gathered_dialect",
        "tabletten hab|tabletten hob|pillen hab|tabletten habe",
        r" (?:i|ich) (?:scho|schon|jetzt)? ?(?:zamgsammelt|gesammelt|zusammengesammelt"
        r"|zusammen|gehortet|gebunkert)(?= )",
        needs="zamgsammelt gesammelt zusammengesammelt zusammen gehortet gebunkert",
        reasons="means",
    ),
    cue(
        "de_take_them_all",
        "nimm i s alle|nimm i sie alle|nehm ich sie alle|nehme ich sie alle|nimm ich alle"
        "|nehm ich alle|nehme ich alle|schluck ich sie alle|schlucke ich sie alle",
        needs="alle",
        reasons="intent",
    ),
    # A time, then it is over: "morgen früh ist es vorbei", "morgen früh ist es so weit".
    cue(
        "de_its_time_at",
        "ist es vorbei|ist es so weit|ist es soweit|is es vorbei|isch es vorbei|ists vorbei"
        "|is a ruah|ist ruhe|ce sera fini|cest fini pour moi",
        _END,
        back=r"(?:heute|heut|morgen|morgen fruh|heute nacht|heute abend|bald|(?:am )?(?:samstag"
        r"|sonntag|montag|dienstag|mittwoch|donnerstag|freitag|wochenende)|demain|ce soir"
        r"|cette nuit|demain matin|bientot|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi"
        r"|dann)(?: ,)?",
        needs="vorbei weit soweit ruah ruhe fini",
        reasons="timeline",
    ),
    cue(
        "de_ready_at",
        "bin ich bereit|bin i bereit|je suis pret|je serai pret|je suis prete|je serai prete",
        _END,
        back=r"(?:heute abend|heute nacht|heut nacht|heute|heut|morgen|ce soir|cette nuit"
        r"|demain|aujourdhui)(?: ,)?",
        needs="bereit pret prete",
        reasons="timeline",
    ),
    # For after one is gone: "für später, wenn ich nicht mehr da bin", "pour quand je serai
    # plus là".
    cue(
        "de_when_im_gone",
        "wenn ich nicht mehr da bin|wenn ich nimmer da bin|wenn i nimma do bin"
        "|quand je serai plus la|quand je ne serai plus la|quand jserai plus la",
        needs="bin serai jserai",
        reasons="goodbye",
    ),
    # No one need worry again: "bald müsst ihr euch keine Sorgen mehr um mich machen", "vous
    # n'aurez plus à vous inquiéter pour moi".
    cue(
        "de_no_more_worry",
        "keine sorgen mehr um mich|vous inquieter pour moi|vous en faire pour moi"
        "|tinquieter pour moi|vous soucier de moi|te soucier de moi|vous inquieter de moi"
        "|tinquieter de moi",
        needs="sorgen inquieter tinquieter faire soucier",
        back=r"(?:musst ihr euch|musst du dir|musst ihr|naurez plus a|aurez plus a|auras plus a"
        r"|nauras plus a)",
        reasons="goodbye",
    ),
    # Things let go of: "i brauch s' nimma", "brauch ich eh nicht mehr".
    cue(
        "de_need_no_more",
        "brauch ich eh|brauch ich sowieso|i brauch s|i brauch des|i brauchs|brauch i eh",
        r" (?:nicht mehr|nimma|nimmer|ned mehr)(?= )",
        needs="brauch brauchs",
        reasons="goodbye",
    ),
    # Things settled so no one has to: "pour que personne ait à s'en occuper après moi".
    cue(
        "fr_after_me",
        "apres moi|nach mir",
        _END,
        back=r"(?:sen occuper|soccuper de rien|ranger|kummern muss|drum kummern muss"
        r"|aufraumen muss)",
        needs="apres nach",
        reasons="goodbye",
    ),
    cue(
        "fr_paid_debts",
        "jai paye toutes mes dettes|jai rembourse toutes mes dettes|jai regle toutes mes dettes"
        "|hab alle schulden bezahlt|hab alle meine schulden bezahlt|habe alle schulden beglichen"
        "|schulden bezahlt|schulden beglichen|dettes payees|dettes remboursees",
        needs="dettes schulden",
        reasons="goodbye",
    ),
    # Love and care left behind: "prends soin de maman", "dites à mes frères que je les aime".
    cue(
        "fr_take_care_of_one",
        "prends soin de|occupe toi de|kummer dich um|pass auf",
        r" (?:maman|papa|mama|mami|papi|ma mere|mon pere|ma soeur|mon frere|mamie|papy|oma|opa)"
        r"(?: (?:pour moi|fur mich|auf))?" + _END,
        needs="soin occupe kummer pass",
        reasons="goodbye",
    ),
    cue(
        "fr_tell_them_i_love",
        "dites a|dis a|sagt|sag",
        r" (?:mes|ma|mon|meinen|meiner|meinem)(?: [^ .,]+){1,2}? (?:que je (?:les|la|le|vous)"
        r" aime|dass ich (?:sie|ihn|euch) (?:liebe|lieb hab))(?= )",
        needs="aime liebe lieb",
        reasons="goodbye",
    ),
    cue(
        "fr_before_leaving_tonight",
        "avant de partir|bevor ich gehe|bevor ich geh",
        r" (?:ce soir|cette nuit|heute nacht|heute abend|heut nacht)" + _END,
        needs="partir gehe geh",
        reasons="goodbye timeline",
    ),
    cue(
        "fr_and_wrote_letter",
        "ecrit une lettre|ecrit des lettres|ecrit un mot|laisse une lettre|laisse un mot"
        "|ecrit une lettre dadieu",
        r"(?= (?:[.,]|$|pour|a|aux))",
        needs="lettre lettres mot",
        back=r"(?:et|puis|pis)",
        reasons="goodbye",
    ),
    cue(
        "de_end_today",
        "mach heut schluss|mach heute schluss|mache heute schluss|mach heit schluss"
        "|mach i schluss|mach ich schluss",
        _END,
        needs="schluss",
        reasons="intent timeline",
    ),
]

# -- French and German in chat's words: creole, dialect, slang, a word spelled out --------
# The act slang of feeds: "jpense à me unalive", "ich will mich selbst deleten".
_SLANG_END = "unalive|unaliven|deleten|delete|supprimer|loschen"
_FR_DE_CHAT: Final = [
    # Haitian Creole and Luxembourgish, written beside French and German: "mwen vle mouri",
    # "m vle touye tèt mwen", "ech wëll stierwen", "ech wëll mech ëmbréngen".
    leveled(
        HIGH,
        "ideation",
        "ht_lb_want_to_die",
        "mwen vle mouri|m vle mouri|mwen anvi mouri|m anvi mouri|mwen vle touye tet mwen"
        "|m vle touye tet mwen|mwen pral touye tet mwen|m pral touye tet mwen|m ap touye tet mwen"
        "|mwen pa vle viv anko|m pa vle viv anko|ech well stierwen|ech wellt stierwen"
        "|ech well mech embrengen|ech well net mei liewen|ech well net mee liewen",
        needs="mouri mwen liewen stierwen embrengen",
    ),
    # Pills taken, in Creole: "m pran anpil grenn", "mwen bwè tout grenn yo". Not pills
    # "for" a named illness.
    rule(
        "ht_took_pills",
        "m pran|mwen pran|m bwe|mwen bwe|m vale|mwen vale",
        r" (?:anpil|tout|yon bwat|yon pake|\d+) (?:grenn|medikaman|konprime)(?: yo)?"
        r"(?! (?:pou|kont)(?= ))(?= )",
        needs="grenn medikaman konprime",
        level=IMMINENT,
        reasons="attempt",
        tense=Tense.EVENT,
        recent_level=IMMINENT,
    ),
    leveled(
        HIGH,
        "ideation",
        "fr_de_slang_end",
        _SLANG_END,
        # "Me supprimer de ce groupe", "mich aus der Liste löschen": taken off a list.
        r"(?! (?:de|du|des|dici|aus|von|vom)(?= ))",
        back=r"(?:pense a|jpense a|veux|jveux|vais|jvais|envie de|voudrais|jvoudrais|pret a"
        r"|prete a|will|mochte|werd|werde|denk dran)"
        r"(?: (?:juste|vraiment|serieux|grave|ehrlich gesagt|echt|einfach|wirklich|nur noch))*"
        r" (?:me|mich|mi)(?: (?:ehrlich gesagt|echt|einfach|wirklich|selbst|selber|nur noch))*",
        needs="unalive unaliven deleten delete supprimer loschen",
        jokable=True,
    ),
    # The word, then nothing else in mind: "s.u.i.c.i.d.e, c'est tout ce à quoi je pense",
    # "Suizid, an nix anderes kann ich mehr denken", "je pense qu'au suicide".
    leveled(
        HIGH,
        "ideation",
        "fr_de_only_thought",
        "cest tout ce a quoi je pense|cest tout ce a quoi jpense|cest tout ce qui me vient"
        "|an nix anderes kann ich|an nichts anderes kann ich|an nix anderes denk ich"
        "|an nichts anderes denk ich|an nix anderes denke ich|an nichts anderes denke ich",
        r"(?: (?:mehr|noch|nimmer))*(?: denken)?(?= )",
        back=r"(?:suicide|suizid|mourir|la mort|me tuer|en finir|sterben|den tod|mich umbringen"
        r"|selbstmord)(?: ,)?",
        needs="pense jpense vient kann denk denke",
    ),
    leveled(
        HIGH,
        "ideation",
        "fr_think_only_of",
        "je pense quau suicide|je ne pense quau suicide|jpense quau suicide|jpense qua mourir"
        "|je pense qua mourir|je ne pense qua mourir|je pense qua en finir|je ne pense qua en finir"
        "|je pense qua me tuer|je ne pense qua me tuer|jpense qua me tuer",
        needs="suicide mourir finir tuer",
    ),
    # The jump thought at a platform or a height: "jedes Mal, wenn die U-Bahn einfährt, denk
    # ich dran zu springen", "quand le métro arrive je pense à sauter". Not a pool or a
    # parachute.
    leveled(
        HIGH,
        "ideation method",
        "de_thinks_to_jump",
        "dran zu springen|daran zu springen|dran , zu springen|daran , zu springen"
        "|dran runterzuspringen|daran runterzuspringen|dran mich vor den zug zu werfen"
        "|daran mich vor den zug zu werfen|dran mich vor die bahn zu werfen",
        _END,
        # Not right after a pool or a diving board: "beim Schwimmbad denk ich dran zu springen".
        back=r"(?<!bad )(?<!pool )(?<!becken )(?<!turm )(?<!brett )(?<!fallschirm )(?<!see )"
        r"(?:denk|denke|denk ich|denke ich|denk i)(?: (?:jedes mal|immer|oft|dauernd"
        r"|standig|manchmal|immer wieder|nur noch|ernsthaft))*",
        needs="springen runterzuspringen werfen",
    ),
    # Hit till it bled, done on purpose: "gegen die Wand geschlagen bis die Hand blutet",
    # "j'ai frappé le mur jusqu'à saigner". Not a wall hit in anger with no wound told.
    leveled(
        HIGH,
        "self_harm",
        "de_hit_till_bleeding",
        "gegen die wand geschlagen|gegen die wand gehauen|gegen die wand geboxt"
        "|an die wand geschlagen|gegen die wand gschlagn|frappe le mur|frappe dans le mur"
        "|frappe contre le mur|cogne le mur|cogne contre le mur|tape dans le mur",
        r"(?: ,)? (?:bis (?:die hand|meine hand|die hande|meine hande|die knochel|es|sie)"
        r" (?:blutet|blutete|bluteten|bluten|geblutet hat|geblutet haben)"
        r"|jusqua (?:saigner|en saigner|avoir les mains en sang"
        r"|ce que ca saigne|ce que ma main saigne))(?= )"
        # A sport: "..., Boxtraining halt", "à la boxe".
        r"(?!(?: [^ .]+){0,3} (?:boxtraining|training|sandsack|boxen|kickboxen|boxe|sac de frappe"
        r"|entrainement)(?= ))",
        needs="blutet blutete bluteten bluten geblutet saigner sang saigne",
        tense=Tense.EVENT,
    ),
    # Pressure let out on oneself, told without naming it: "hab was mit mir gemacht, sonst
    # krieg ich den Druck nicht weg".
    leveled(
        HIGH,
        "self_harm",
        "de_did_to_self_for_pressure",
        "was mit mir gemacht|etwas mit mir gemacht|mir was angetan|mir etwas angetan",
        r"(?: ,)? (?:sonst|um|damit|weil)(?: [^ .,]+){0,5} (?:druck|drucks)(?= )",
        needs="druck drucks",
        tense=Tense.EVENT,
    ),
    # Can't stand oneself, can't hold on: "ich halt mich selbst nicht aus", "je tiens plus".
    leveled(
        CONCERN,
        "hopeless",
        "de_cant_stand_myself",
        "halt mich selbst nicht|halte mich selbst nicht|halt mich selber nicht"
        "|ertrag mich selbst nicht|ertrage mich selbst nicht|hoit mi soba ned|halt mi selber ned",
        r"(?: mehr)?(?: aus)?(?= )",
        needs="selbst selber soba",
    ),
    leveled(
        CONCERN,
        "hopeless",
        "fr_cant_hold_on",
        "je tiens plus|jtiens plus|je tiens pu|jtiens pu|je ne tiens plus|chtiens plus",
        r"(?: le coup)?" + _END,
        needs="tiens chtiens jtiens",
    ),
    # No way out: "i seh kan Ausweg mehr", "je vois plus d'issue". Not out of a contract.
    leveled(
        CONCERN,
        "hopeless",
        "de_no_way_out",
        "keinen ausweg|kan ausweg|koan ausweg|kein ausweg|plus dissue|pas dissue|aucune issue",
        r"(?: mehr)?(?! (?:aus|fur|de|pour|a)(?= ))(?= )",
        back=r"(?:seh|sehe|siag|sieh|gibt|gibts|vois|voit|il y a|y a|ya)(?: (?:einfach|echt|i"
        r"|ich|nur|mehr|plus))*|(?:es gibt|da gibts|da ist)",
        needs="ausweg dissue issue",
    ),
    # The thought of a high place or the tracks, that comes back after one has spoken of
    # dying: "ich muss die ganze Zeit an die Brücke denken". Alone it is a trip remembered.
    rule(
        "de_place_on_mind",
        "an die brucke|an die gleise|an die schienen|an den zug|an das dach|an die klippe",
        " (?:denken|denke)",
        back=r"(?:muss|muss ich|muss i|denk|denke)(?: (?:die ganze zeit|dauernd|standig|immer"
        r"|nur noch|immer wieder))*",
        needs="denken denke",
        context_level=HIGH,
        reasons="ideation method",
    ),
    rule(
        "fr_place_on_mind",
        "a ce pont|au pont|aux rails|au train|a la falaise|aux voies",
        _END,
        back=r"(?:je pense|jpense|pense)(?: (?:tout le temps|sans arret|encore|souvent))*",
        needs="pont rails train falaise voies",
        context_level=HIGH,
        reasons="ideation method",
    ),
]
_FR_DE_CHAT_CUES: Final = [
    # Won't be a bother much longer: "je vous embêterai plus très longtemps", "ich werd euch
    # nicht mehr lange nerven".
    cue(
        "fr_wont_bother_long",
        "embeterai plus|ennuierai plus|derangerai plus|deranger plus|embeter plus"
        "|nicht mehr lange nerven|nimmer lang nerven|nicht mehr lange zur last",
        r"(?: (?:tres|bien|si|trop))? longtemps(?= )|(?<=n)(?= )|(?<=last)(?= )",
        needs="longtemps nerven last",
        reasons="goodbye",
    ),
    # A will made: "j'ai fait mon testament", "hab mein Testament gemacht".
    cue(
        "fr_made_will",
        "fait mon testament|ecrit mon testament|redige mon testament|mein testament gemacht"
        "|mein testament geschrieben|mein testament aufgesetzt|mei testament gmacht",
        back=r"(?:jai|jviens de|je viens de|hab|habe|ich hab|ich habe|i hob|i hab)",
        needs="testament",
        reasons="goodbye",
    ),
    # Accounts deleted, goodbyes said unnoticed: "hab meine Accounts gelöscht", "mich von
    # Mama verabschiedet, ohne dass sie's merkt", "j'ai supprimé tous mes comptes".
    cue(
        "de_accounts_deleted",
        "accounts geloscht|konten geloscht|profile geloscht|profil geloscht|insta geloscht"
        "|social media geloscht|supprime mes comptes|supprime tous mes comptes"
        "|supprime mes reseaux",
        back=r"(?:hab|habe|ich hab|ich habe|i hob|jai|g)(?: (?:meine|alle|alle meine|mein))?",
        needs="geloscht supprime",
        reasons="goodbye",
    ),
    cue(
        "de_goodbye_unnoticed",
        "verabschiedet",
        r"(?: ,)? (?:ohne dass|ohne das|ohne dass es|ohne das es) (?:sie|er|es|sies|ers|wer)"
        r"(?: s| es)? (?:merkt|gemerkt hat|weiss|mitkriegt)(?= )",
        needs="verabschiedet",
        reasons="goodbye",
    ),
    # Subscriptions cancelled, today the last evening: "Abos gekündigt", "heute ist mein
    # letzter Abend, für immer".
    cue(
        "de_subscriptions_cancelled",
        "abos gekundigt|abos gekuendigt|alle abos gekundigt|vertrage gekundigt"
        "|abonnements resilies|resilie mes abonnements|resilie tous mes abonnements",
        needs="gekundigt gekuendigt resilies resilie",
        reasons="goodbye",
    ),
    cue(
        "de_last_evening",
        "mein letzter abend|mein letzter tag|meine letzte nacht|mein letzta obend"
        "|mon dernier soir|ma derniere nuit|mon dernier jour",
        r" , (?:fur immer|pour toujours|pour de bon)(?= )",
        back=r"(?:heute ist|heute is|heut ist|heut is|cest|ce soir cest|aujourdhui cest)",
        needs="immer toujours bon",
        reasons="goodbye timeline",
    ),
    # Soon the time: "es ist bald soweit", "bald ist es so weit".
    cue(
        "de_soon_the_time",
        "es ist bald soweit|es ist bald so weit|bald ist es soweit|bald ist es so weit"
        "|es is bald soweit|cest bientot lheure|ce sera bientot le moment",
        _END,
        needs="soweit weit lheure moment",
        reasons="timeline",
    ),
    # A plan with its when: "j'ai un plan et je sais quand", "hab nen Plan und nen Termin".
    cue(
        "fr_plan_and_when",
        "plan",
        r" (?:et je sais (?:quand|comment|ou)|et jsais (?:quand|comment)|et une date"
        r"|und (?:nen|einen|n|an) (?:termin|tag|zeitpunkt)|und ein datum"
        r"|und (?:ich )?weiss (?:wann|wie))(?= )",
        back=r"(?:jai|ich hab|ich habe|hab|habe|i hob|i hab)(?: (?:jetzt|maintenant))?"
        r" (?:un|einen|nen|an|n)",
        needs="quand comment ou date termin tag zeitpunkt datum wann wie",
        reasons="plan timeline",
    ),
    # Waiting to be alone: "quand la maison sera vide", "wenn alle schlafen".
    cue(
        "fr_when_alone",
        "quand la maison sera vide|quand tout le monde dormira|quand ils seront partis"
        "|quand ils dormiront|wenn alle schlafen|wenn das haus leer ist|wenn keiner da ist"
        "|wenn alle weg sind|wenn niemand da ist",
        needs="vide dormira partis dormiront schlafen leer da weg",
        reasons="plan",
    ),
    # "Dann ist Schluss mit allem": an end said with no one to end it with.
    cue(
        "de_then_end_all",
        "ist schluss mit allem|is schluss mit allem|isch schluss mit allem|ist schluss mit mir"
        "|ist schluss mit meinem leben",
        _END,
        needs="schluss",
        reasons="intent",
    ),
    # Took something so it stops: "i hob vorhin wos gnommen, damit's aufhört".
    rule(
        "de_took_to_stop",
        "was genommen|wos gnommen|was gnommen|etwas genommen|was geschluckt|wos gschluckt"
        "|tabletten genommen|tabletten gschluckt",
        # "Damit es aufhört mit dem Kopfweh": a pain named, a remedy.
        r"(?: ,)? (?:damits|damit s|damit es|damit alles|um) (?:aufhort|endlich aufhort"
        r"|vorbei ist|zu sterben|nicht mehr aufzuwachen|nimma aufzuwachen)"
        r"(?! (?:mit|mim|der|die|das|dem|zu|weh)(?= ))(?= )",
        needs="aufhort vorbei sterben aufzuwachen",
        level=IMMINENT,
        reasons="attempt",
        tense=Tense.EVENT,
        recent_level=IMMINENT,
    ),
]

INTL_FAMILY_RULES: Final = [
    *_SPANISH,
    *_FRENCH,
    *_GERMAN,
    *_PORTUGUESE,
    *_STORIES,
    *_MORE_FRAMES,
    *_RETURNS,
    *_LOOSER,
    *_LOOSER_CUES,
    *_FR_DE_AROUND,
    *_FR_DE_CUES,
    *_FR_DE_CHAT,
    *_FR_DE_CHAT_CUES,
]
