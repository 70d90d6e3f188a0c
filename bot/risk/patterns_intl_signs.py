"""Spanish, French, German and Portuguese warning signs said in passing.

:mod:`bot.risk.patterns_intl` holds the plain statements; this module holds
what is said around them: pills gathered for weeks, a decision made, an end
set for a day, a letter to one's parents written, things given away "as I
won't need them", and a jump thought of at the bridge. Most are cues that
mean little alone ("ya lo decidí" is any decision) and, like all cues,
become a crisis next to another cue or once concern has been shown (see
:mod:`bot.risk.reading`). Folded text has no accents or apostrophes.
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.rules import Rule, cue, rule

__all__ = ["INTL_SIGN_RULES"]

HIGH, IMMINENT = RiskLevel.HIGH, RiskLevel.IMMINENT

_PILLS = (
    "pastillas|pildoras|medicamentos|medicinas|remedios|remedio|calmantes|somniferos"
    "|comprimidos|pilulas|medicaments|medocs|cachets|comprimes|pilules|tabletten|pillen"
    "|medikamente|schlaftabletten"
)
# How long: "desde hace semanas", "faz um mês", "depuis des semaines", "seit Wochen".
_FOR_LONG = (
    r"(?:desde hace|hace|por|durante|faz|ha|desde|tem|depuis|pendant|seit|schon seit)"
    r" (?:semanas|meses|dias|un mes|um mes|mucho tiempo|muito tempo|des semaines|des mois"
    r"|un mois|wochen|monaten|tagen|einem monat|langem)"
)
_GATHERED = (
    "guardadas|guardados|juntadas|juntados|acumuladas|acumulados|escondidas|escondidos"
    "|ahorradas|ahorrados|guardees|cachees|gesammelt|gehortet|gebunkert|versteckt"
)
_GATHERING = (
    "guardando|juntando|acumulando|escondiendo|ahorrando|escondendo|guardo|junto|juntei"
    "|guardei|acumulei|garde|cache|accumule|sammle|horte"
)

_KEPT: Final = [
    cue(
        # "tengo las pastillas guardadas desde hace semanas": kept for a long time.
        "intl_pills_kept_long",
        _PILLS,
        rf" (?:{_GATHERED}) {_FOR_LONG}(?= )",
        needs=_GATHERED.replace("|", " "),
        reasons="means",
    ),
    cue(
        # "tô juntando remédio faz um mês", "je garde mes cachets depuis des semaines".
        "intl_gathering_long",
        _GATHERING,
        rf" (?:las |los |mis |os |as |meus |minhas |mes |les |des |meine |die )?(?:{_PILLS})"
        rf" {_FOR_LONG}(?= )",
        needs=_PILLS.replace("|", " "),
        reasons="means",
    ),
    cue(
        # ... and the time said first: "llevo meses juntando pastillas", "faz semanas que
        # guardo os remédios".
        "intl_long_gathering",
        "llevo semanas|llevo meses|llevo un mes|levo semanas|levo meses|hace semanas que"
        "|hace meses que|faz semanas que|faz meses que|faz um mes que|ha semanas que"
        "|ha meses que|depuis des semaines|depuis des mois",
        rf"(?: (?:que|je|j))? (?:{_GATHERING}) (?:las |los |mis |os |as |meus |minhas |mes"
        rf" |les |des )?(?:{_PILLS})(?= )",
        needs=_PILLS.replace("|", " "),
        reasons="means",
    ),
    rule(
        # "hab seit Wochen Tabletten gesammelt", as "I've been collecting pills" in English:
        # gathered over time is preparation.
        "de_pills_gathered",
        "hab|habe|ich hab|ich habe",
        r"(?: (?:schon|seit wochen|seit monaten|seit tagen|lange|heimlich|alle|meine|die))*"
        r" (?:tabletten|pillen|medikamente|schlaftabletten|schmerztabletten)"
        r" (?:gesammelt|gehortet|gebunkert|zusammengesammelt|beiseitegelegt)(?= )",
        needs="gesammelt gehortet gebunkert zusammengesammelt beiseitegelegt",
        level=HIGH,
        reasons="means",
    ),
    cue(
        # A decision made, with nothing named: "ya lo decidí.", "já decidi", "c'est décidé",
        # "ich hab mich entschieden". Any decision, until something else is said.
        "intl_decided",
        "ya lo decidi|lo decidi|ya decidi|ya me decidi|ya esta decidido|ya tome la decision"
        "|lo tengo decidido|ja decidi|eu decidi|ja esta decidido|ta decidido|ja tomei a decisao"
        "|ja tomei minha decisao|cest decide|jai pris ma decision|ma decision est prise"
        "|ich hab mich entschieden|ich habe mich entschieden|es ist entschieden"
        "|meine entscheidung steht|meine entscheidung ist gefallen",
        r"(?= (?:[.,]|$))",
        needs="decidi decidido decision decisao decide entschieden entscheidung",
        reasons="intent",
    ),
]

_DAY_WORDS = (
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|heute|morgen"
    "|heute nacht|heute abend"
)
_FAMILY = (
    "eltern|mutter|mama|vater|papa|familie|frau|mann|kinder|schwester|bruder|freundin|freund"
    "|oma|opa"
)

_ENDS: Final = [
    cue(
        # "Am Sonntag ist Schluss.": an end set for a day. Not "Schluss mit der Diät".
        "de_end_on_day",
        "ist schluss",
        r"(?= (?:[.,]|$|mit allem|mit mir|fur immer|endgultig))",
        needs="schluss",
        back=rf"(?:am|bis|ab|dann|spatestens)? ?(?:{_DAY_WORDS})",
        reasons="timeline",
    ),
    cue(
        # "Den Brief an meine Eltern hab ich schon geschrieben."
        "de_letter_to_family",
        "brief an|briefe an|brief fur|briefe fur",
        rf" (?:meine|meinen|mein) (?:{_FAMILY})(?: [^ .,]+){{0,4}}? (?:geschrieben|verfasst"
        r"|fertig|hingelegt)(?= )",
        needs="geschrieben verfasst fertig hingelegt",
        reasons="goodbye",
    ),
    cue(
        # "... j'ai donné mon chat à ma voisine, je n'en aurai plus besoin": things given away
        # "as I won't need them", as "won't need them where I'm going".
        "fr_wont_need",
        "je nen aurai plus besoin|jen aurai plus besoin|je nen aurai bientot plus besoin"
        "|no lo voy a necesitar mas|ya no lo voy a necesitar|ya no los voy a necesitar"
        "|nao vou mais precisar|nao vou precisar mais|ich brauche das nicht mehr"
        "|ich brauch das nicht mehr|ich werde das nicht mehr brauchen",
        needs="besoin necesitar precisar brauche brauch brauchen",
        reasons="goodbye",
    ),
]

_PLACES = (
    "pont|quai|falaise|toit|balcon|train|metro|puente|vias|tren|azotea|acantilado|ponte"
    "|trilhos|trem|penhasco|telhado|brucke|gleise|zug|dach|klippe|bahnsteig"
)

_PULL: Final = [
    rule(
        # At the bridge or the platform, a jump thought of: "chaque fois que je passe sur le
        # pont je pense à sauter", "cruzo el puente y pienso en tirarme". Not "sauter le pas",
        # a dive into the river, or a parachute.
        "intl_thinks_of_jumping",
        "je pense a|jpense a|pienso en|penso em|ich denke daran|ich denk daran|denke ich daran",
        r" (?:sauter|me jeter|enjamber|tirarme|aventarme|lanzarme|pular|me jogar|me atirar"
        r"|zu springen|runterzuspringen|mich fallen zu lassen)"
        r"(?!(?: [^ .,]+){0,4} (?:le pas|dans l eau|a l eau|en parachute|al agua|al rio"
        r"|na agua|no rio|de paraquedas|ins wasser|mit dem fallschirm|piscine|piscina)(?= ))",
        needs=_PLACES.replace("|", " "),
        level=HIGH,
        reasons="ideation method",
    ),
]

# The act a plan is for, after "para", "pra", "pour" or "wie ich".
_PLAN_FOR = (
    r" (?:(?:para|pa|de) (?:quitarme la vida|matarme|suicidarme|(?:acabar|terminar) con mi vida"
    r"|morir(?:me)?)"
    r"|(?:pra|para|de) (?:tirar (?:a )?minha (?:propria )?vida|me matar|me suicidar"
    r"|acabar com (?:a )?minha vida|morrer)"
    r"|pour (?:me suicider|me tuer|en finir|mettre fin a (?:mes jours|ma vie))"
    r"|(?:, )?(?:wie ich mir das leben nehme|wie ich mich umbringe|wie ich mich tote"
    r"|mir das leben zu nehmen|mich umzubringen))(?= )"
)

_TOLD: Final = [
    rule(
        # "tengo un plan para quitarme la vida el viernes", "tenho um plano pra tirar minha
        # vida", "j'ai un plan pour en finir", "ich habe einen Plan, wie ich mir das Leben
        # nehme": a plan named with its end, as "I have a plan to kill myself". The frame
        # joins the hit, so "no tengo un plan ..." is read as denied.
        "intl_plan_to",
        "plan|plano",
        _PLAN_FOR,
        needs="quitarme matarme suicidarme vida morir morirme tirar matar suicidar morrer"
        " suicider tuer finir fin leben umbringe tote umzubringen",
        back=r"(?:(?:ya )?tengo (?:un|el|mi)|(?:eu )?(?:ja )?tenho (?:um|o|meu)|jai (?:un|mon)"
        r"|ich (?:habe|hab)(?: schon| bereits)? (?:einen|meinen))",
        level=IMMINENT,
        reasons="ideation plan",
    ),
    cue(
        # "C'est mon dernier message.", "Das ist meine letzte Nachricht.": little alone (a
        # last message before a holiday), a crisis beside an "adieu" or "lebt wohl".
        "intl_last_message",
        "mon dernier message|mi ultimo mensaje|meine letzte nachricht|minha ultima mensagem"
        "|a minha ultima mensagem",
        r"(?= (?:[.,]|$))",
        needs="message mensaje nachricht mensagem",
        back=r"(?:cest|ceci est|voici|este es|esta es|es|das ist|dies ist|hier ist|essa e|esta e"
        r"|e|aqui vai)",
        reasons="goodbye",
    ),
    rule(
        # "estoy cansada de vivir", "tô cansado de viver", "je suis fatiguée de vivre": tired
        # of living, a passive wish as in English.
        "intl_tired_of_living",
        "cansada de vivir|cansado de vivir|harta de vivir|harto de vivir|cansada de viver"
        "|cansado de viver|fatigue de vivre|fatiguee de vivre|lasse de vivre|las de vivre",
        needs="vivir viver vivre",
        level=RiskLevel.CONCERN,
        reasons="passive_wish",
    ),
    cue(
        # "mañana ya no voy a estar": no longer around, with nothing after; a trip names a
        # place ("... en la oficina").
        "es_wont_be_around",
        "ya no voy a estar|ya no estare|ya no vou estar|ja nao vou estar|nao vou mais estar",
        r"(?= (?:[.,]|$|mas|con ustedes|para nadie|com voces|pra ninguem))",
        needs="estar estare",
        reasons="goodbye",
    ),
    cue(
        # "der Tag steht fest", "la fecha está decidida": a day set, with nothing named.
        "intl_day_set",
        "der tag steht fest|das datum steht fest|der tag ist festgelegt|la fecha esta decidida"
        "|ya tengo la fecha|ja tenho a data|a data ta marcada|jai choisi le jour|la date est fixee",
        r"(?= (?:[.,]|$))",
        needs="tag datum fecha data jour date",
        reasons="timeline",
    ),
]

# Set11's plans, letters and wishes in other languages, told as people type them.
_TYPED: Final = [
    rule(
        # "j'ai tout prévu pour en finir", "já tenho tudo planejado pra acabar com a minha
        # vida", "ya tengo todo planeado para matarme": everything planned, for the end named.
        "intl_all_planned_for",
        "prevu|planifie|organise|planejado|planeado|preparado|organizado",
        _PLAN_FOR,
        needs="quitarme matarme suicidarme vida morir morirme tirar matar suicidar morrer"
        " suicider tuer finir fin",
        back=r"(?:jai tout|tout est|(?:ja )?tenho tudo|ta tudo|esta tudo|(?:ya )?tengo todo"
        r"|ya esta todo|todo esta)",
        level=IMMINENT,
        reasons="ideation plan",
    ),
    cue(
        # "ya escribí las cartas para mi familia": letters written for the family; not a cover
        # letter ("cartas de presentación").
        "es_wrote_letters",
        "cartas|carta",
        r" (?:para|a) (?:mi|mis) (?:familia|hij[oa]s|padres|mama|papa|herman[oa]s|esposa|esposo"
        r"|amig[oa]s|novi[oa])(?= )",
        needs="familia hijos hijas padres mama papa hermanos hermanas esposa esposo amigos amigas"
        " novio novia",
        back=r"(?:ya )?(?:escribi|he escrito|deje|termine)(?: ya)?(?: las| unas| mis)?",
        reasons="goodbye",
    ),
    cue(
        # "adiós, gracias por escucharme": a goodbye with thanks for listening.
        "es_goodbye_thanks",
        "adios",
        r"(?: [.,])? (?:y )?gracias por (?:escucharme|todo|leerme|estar ahi)(?= )",
        needs="gracias",
        reasons="goodbye",
    ),
    rule(
        # "ich hab die Tabletten schon gesammelt und will nicht mehr leben": the "ich" said
        # once, before a means got ready and "und". The frame is the participle alone, so the
        # means before it still counts as a sign of its own.
        "de_and_want_not_live",
        "und will|und mochte|und moechte",
        r" (?:(?:einfach|nur|noch|wirklich|echt|eigentlich|halt|jetzt) )*(?:nicht mehr leben"
        r"|sterben|tot sein)",
        needs="leben sterben tot",
        back=r"(?:gesammelt|besorgt|gekauft|versteckt|aufgehoben|geschrieben|verschenkt"
        r"|vorbereitet|geplant|satt|mude|muede|fertig)",
        level=RiskLevel.HIGH,
        reasons="ideation",
    ),
]

INTL_SIGN_RULES: Final[list[Rule]] = [*_KEPT, *_ENDS, *_PULL, *_TOLD, *_TYPED]
