"""Spanish, French, German and Portuguese rules: explicit statements only.

Folded text has no accents or apostrophes ("j'ai envie de mourir" is
``jai envie de mourir``, "não quero" is ``nao quero``, "ich möchte" is
``ich mochte``). These rules cover plain wishes to die or to kill oneself,
intent, self-harm, passive wishes, burden, taking all the pills and a rope
that is ready; cues for a plan, means at hand, "doing it" at a time and a
goodbye to everyone or thanks for everything, as the English events are;
and a few idioms ("casi me mato"). The time words ("esta noche", "ce
soir", "heute Nacht", "hoje à noite") live with the timeline markers.
Negation is mostly built in: "je ne veux pas mourir" and "ich will nicht
sterben" simply do not match, while a Spanish or Portuguese "no"/"não"
right before a match (or before a frame that joins it, "no tengo
pensamientos suicidas") is caught by the screener's negation check.
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.rules import Kind, Rule, cue, imminent, rule

__all__ = ["INTL_RULES"]

CONCERN, HIGH, IMMINENT = RiskLevel.CONCERN, RiskLevel.HIGH, RiskLevel.IMMINENT


def _level(
    level: RiskLevel,
    reasons: str,
    name: str,
    lead: str,
    rest: str = "",
    *,
    needs: str = "",
    back: str = "",
    jokable: bool = False,
) -> Rule:
    return rule(
        name, lead, rest, needs=needs, back=back, level=level, reasons=reasons, jokable=jokable
    )


def _idiom(name: str, lead: str, rest: str = "", *, needs: str = "") -> Rule:
    return rule(name, lead, rest, needs=needs, kind=Kind.IDIOM)


def _not_until(see_you: str) -> str:
    """After a goodbye: not followed by a "see you" that makes it an ordinary one."""
    return rf"(?! (?:[.,] )?(?:{see_you})(?= ))"


def _farewell(see_you: str) -> str:
    """After a goodbye's last words: the clause ends, and no "see you" follows."""
    return r"(?= (?:[.,]|$))" + _not_until(see_you)


# "Do it" with a time is a cue only after "and" or a sentence break (alone it is the
# whole message, which the bare-time cue would pair with: "lo hago mañana" is homework),
# and only with the time last: "ich mache es morgen fertig" is a chore.
_JOINED = r"(?:y|e|et|und|[.,])"
_LAST = r"(?= (?:[.,]|$))"


_ES_PILLS = "pastillas|pildoras|medicamentos|medicinas|remedios|calmantes|somniferos"
# After "all the pills": what makes it the prescribed dose, not an overdose.
_ES_AS_TOLD = r"(?! (?:[.,] )?(?:que|del dia|de hoy|como|a (?:su|la) hora|recetad\w*))"
_ES_SEE_YOU = "nos vemos|hasta|chao|chau|besos|buenas noches"

_ES_WANT = (
    r" (?:morir(?:me)?|matar(?:me)?|suicidar(?:me)?|quitarme la vida|dejar de vivir"
    r"|estar muert[oa])"
)

_SPANISH: Final = [
    _level(
        IMMINENT,
        "ideation intent",
        "es_intent",
        "voy a|me voy a",
        r" (?:matar(?:me)?|suicidar(?:me)?|quitar(?:me)? la vida)",
        needs="voy",
    ),
    _level(
        HIGH,
        "ideation",
        "es_want",
        "quiero|me quiero",
        _ES_WANT,
        needs="quiero",
    ),
    # The same after "ya", which the whose-words check would read as English "ya".
    _level(HIGH, "ideation", "es_want_ya", "quiero|me quiero", _ES_WANT, needs="quiero", back="ya"),
    _level(
        HIGH,
        "ideation",
        "es_dont_live",
        "no quiero|ya no quiero",
        r" (?:seguir )?(?:viviendo|vivir|estar viv[oa])",
        needs="quiero",
    ),
    _level(
        HIGH,
        "ideation",
        "es_thinking",
        "pienso en|pensando en|he pensado en|pense en|tengo ganas de",
        r" (?:suicidarme|matarme|el suicidio|quitarme la vida|morirme|morir)",
        needs="suicidarme matarme suicidio quitarme morirme morir",
    ),
    # "me mato" / "me suicido": the present said of the future ("mañana me mato"). "Me mato"
    # only at a clause end or before a time: "me mato de risa", "me mato estudiando" are idioms.
    _level(
        HIGH,
        "ideation intent",
        "es_kill_now",
        "me mato",
        r"(?= (?:[.,]|$|hoy|manana|esta noche|ahora|ahorita|ya|de verdad|en serio|jaja\w*|xd|lol))",
        needs="mato",
        jokable=True,
    ),
    _level(
        HIGH,
        "ideation intent",
        "es_suicide_now",
        "me suicido|me quito la vida",
        needs="suicido quito",
    ),
    _idiom("es_almost_died", "casi me mato|por poco me mato|casi me suicido", needs="casi poco"),
    # "No tengo pensamientos suicidas": the frame joins the hit, so "no" before it negates.
    # "Ya" (already) goes inside frames: the whose-words check reads it as English "ya".
    _level(
        HIGH,
        "ideation",
        "es_suicidal",
        "suicidas|suicida",
        back=r"(?:ya )?(?:(?:tengo )?(?:pensamientos|ideas|tendencias)|estoy|me siento|soy)",
    ),
    _level(
        HIGH,
        "self_harm",
        "es_self_harm",
        "quiero|voy a|necesito",
        r" (?:cortarme|hacerme dano)",
        needs="cortarme dano",
    ),
    _level(
        HIGH,
        "self_harm",
        "es_cutting",
        "me corto|me estoy cortando|me hago dano",
        r"(?! (?:el|la|las|los) (?:pelo|unas|cabello)(?= ))",
        needs="corto cortando dano",
    ),
    _level(
        CONCERN,
        "passive_wish",
        "es_passive",
        "ojala|quisiera|me gustaria",
        r" (?:estuviera muert[oa]|me muriera|me muera|no despertar|no despierte|no despertara"
        r"|no despertase|no volver a despertar|no volviera a despertar|no amanecer|no existiera"
        r"|no hubiera nacido|morir|desaparecer|no existir)",
        needs="ojala quisiera gustaria",
    ),
    _level(CONCERN, "passive_wish", "es_disappear", "quiero desaparecer"),
    _level(CONCERN, "burden", "es_burden", "soy una carga|me siento una carga", "", needs="carga"),
    _level(CONCERN, "burden", "es_better_without", "estarian|estaran|estarias", " mejor sin mi"),
    _level(
        CONCERN,
        "hopeless",
        "es_no_reason",
        "no tengo|no hay",
        r" (?:ninguna )?razon para vivir",
        needs="razon",
    ),
    # "Take all the pills" is a method; "... que me recetó el médico" is a dose.
    _level(
        HIGH,
        "ideation method",
        "es_take_all",
        "tomar|tomarme|tragar|tragarme",
        rf" (?:todas las|todos los|toda la caja de) (?:mis )?(?:{_ES_PILLS}){_ES_AS_TOLD}",
        needs="todas todos toda",
        back=r"(?:ya )?(?:voy a|me voy a|quiero|pienso)",
    ),
    imminent(
        "es_rope_ready",
        "cuerda|soga",
        r"(?: ya)?(?: esta)? (?:lista|preparada|atada|colgada)"
        r"(?! (?:para|pa) (?!(?:hacerlo|matarme|colgarme|ahorcarme)(?= )))",
        back=r"(?:(?:ya )?tengo )?(?:la|una|mi)",
        reasons="means method",
    ),
    # Plans are led by the rare word, not by "tengo"/"ya"/"jai", which most messages hold.
    cue("es_plan", "plan", back="(?:ya )?tengo (?:un|el)", reasons="plan"),
    cue(
        "es_have_means",
        f"{_ES_PILLS}|cuerda|soga|pistola",
        back=r"(?:tengo|ya tengo|compre|consegui|guarde)(?: (?:las|mis|la|una|suficientes"
        r"|todas las|muchas))?",
        reasons="means",
    ),
    cue(
        "es_do_it",
        "lo hago|lo voy a hacer|voy a hacerlo|lo hare",
        r" (?:hoy|esta noche|manana|ahora|ya)" + _LAST,
        needs="hago hacer hacerlo hare",
        back=rf"{_JOINED}(?: yo| ya)?",
        reasons="intent",
    ),
    cue(
        "es_goodbye_all",
        "adios|chao|chau",
        r" a (?:todos|todas|todo el mundo)" + _not_until(_ES_SEE_YOU),
        reasons="goodbye",
    ),
    cue("es_thanks_all", "gracias", r" por todo(?= (?:[.,]|$))", needs="todo", reasons="goodbye"),
    # A goodbye to everyone with love and nothing ordinary after: "adiós a todos, los quiero".
    imminent(
        "es_goodbye_love",
        "adios a todos|adios a todas|adios a todo el mundo",
        r"(?: [.,])? (?:yo )?(?:los|las|les) (?:quiero|amo)(?: mucho| muchisimo)?"
        + _farewell(_ES_SEE_YOU),
        needs="quiero amo",
        reasons="goodbye",
    ),
]

_FR_PILLS = "medicaments|cachets|pilules|comprimes|somniferes|anxiolytiques|antidepresseurs"
_FR_SEE_YOU = "a demain|a bientot|a plus|a lundi|bisous|bonne nuit"

_FRENCH: Final = [
    _level(
        IMMINENT,
        "ideation intent",
        "fr_intent",
        "je vais|je compte",
        r" (?:me (?:suicider|tuer|foutre en lair)|en finir|mettre fin a (?:mes jours|ma vie))",
        needs="vais compte",
    ),
    _level(
        HIGH,
        "ideation",
        "fr_want",
        "veux|envie de",
        r" (?:mourir|me suicider|me tuer|me foutre en lair|en finir|mettre fin a (?:mes jours"
        r"|ma vie)|crever(?! (?:de|dun|un|une|le|la|les|mes)(?= )))",
    ),
    _level(
        HIGH,
        "ideation",
        "fr_dont_live",
        "veux plus|nai plus|n ai plus",
        r" (?:vivre|(?:envie|la force|le gout) de vivre)",
        needs="plus",
    ),
    _level(
        HIGH,
        "ideation",
        "fr_thinking",
        "pense|je pense",
        r" (?:au suicide|a me (?:suicider|tuer)|a en finir)",
        needs="pense",
    ),
    _level(
        HIGH,
        "ideation",
        "fr_suicidal",
        "idees suicidaires|pensees suicidaires|je suis suicidaire|je me sens suicidaire"
        "|pensees de suicide",
        "",
        needs="suicidaires suicidaire suicide",
    ),
    _level(
        HIGH,
        "self_harm",
        "fr_self_harm",
        "me faire du mal|je me fais du mal|je me scarifie|me scarifier|je me mutile|me mutiler",
        "",
        needs="mal scarifie scarifier mutile mutiler",
    ),
    _level(
        CONCERN,
        "passive_wish",
        "fr_passive",
        "jaimerais|je voudrais|si seulement je pouvais|jaurais aime|jaurais voulu|jaurais prefere",
        r" (?:mourir|disparaitre|ne (?:pas|plus|jamais) (?:me reveiller|metre reveillee?)"
        r"|ne plus exister|(?:ne jamais etre|netre jamais|ne pas etre) nee?)",
        needs="mourir disparaitre reveiller reveille reveillee exister nee ne",
    ),
    _level(CONCERN, "passive_wish", "fr_disappear", "envie de disparaitre"),
    _level(CONCERN, "burden", "fr_burden", "je suis un fardeau", "", needs="fardeau"),
    _level(CONCERN, "burden", "fr_better_without", "seraient|serait|serais", " mieux sans moi"),
    _level(
        CONCERN,
        "hopeless",
        "fr_no_reason",
        "plus de raison|plus aucune raison",
        " de vivre",
        needs="raison",
    ),
    _level(
        HIGH,
        "ideation method",
        "fr_take_all",
        "prendre|avaler",
        rf" (?:tous|toutes) (?:les|mes) (?:{_FR_PILLS})"
        r"(?! (?:[.,] )?(?:que|comme|du jour|de la journee|prescrits|prescrites|a lheure))",
        needs="tous toutes",
        back=r"(?:je )?(?:vais|veux|compte)",
    ),
    imminent(
        "fr_rope_ready",
        "corde",
        r" (?:est )?(?:prete|attachee|accrochee)(?! pour (?!(?:le faire|me pendre)(?= )))",
        reasons="means method",
    ),
    cue("fr_plan", "plan", back="jai (?:un|mon)", reasons="plan"),
    cue("fr_planned", "prevu|planifie", back="jai tout", reasons="plan"),
    cue(
        "fr_have_means",
        f"{_FR_PILLS}|corde",
        back=r"jai(?: deja| achete)? (?:les|mes|la|une|assez de|tous les|tous mes|plein de"
        r"|une boite de)",
        reasons="means",
    ),
    # "Je vais tous les prendre": the pills named before, all at once. No lead is a bare
    # "les" or "je": the index looks each up by the longest text its leads share.
    cue(
        "fr_take_them_all",
        "tous les prendre|toutes les prendre|tous les avaler|toutes les avaler"
        "|les prendre tous|les prendre toutes",
        needs="prendre avaler",
        back=r"(?:je )?(?:vais|veux|compte)",
        reasons="intent",
    ),
    cue(
        "fr_do_it",
        "vais le faire|le fais",
        r" (?:ce soir|cette nuit|demain|aujourdhui|maintenant)" + _LAST,
        needs="faire fais",
        back=rf"{_JOINED} je",
        reasons="intent",
    ),
    cue(
        "fr_goodbye_all",
        "adieu",
        r" (?:a tous|a toutes|tout le monde)" + _not_until(_FR_SEE_YOU),
        reasons="goodbye",
    ),
    cue("fr_thanks_all", "merci", r" pour tout(?= (?:[.,]|$))", needs="tout", reasons="goodbye"),
    imminent(
        "fr_goodbye_love",
        "adieu a tous|adieu a toutes|adieu tout le monde",
        r"(?: [.,])? je vous aime(?: tous| toutes| fort)?" + _farewell(_FR_SEE_YOU),
        needs="aime",
        reasons="goodbye",
    ),
]

_DE_SEE_YOU = "bis morgen|bis bald|bis dann|bis spater|gute nacht"

_GERMAN: Final = [
    _level(
        IMMINENT,
        "ideation intent",
        "de_intent",
        "ich werde mich|ich bringe mich|ich bring mich|bringe ich mich|bring ich mich"
        "|werde ich mich",
        r" (?:heute nacht |heute abend |heute |jetzt |morgen |bald )?(?:umbringen|toten"
        # "um" ends the verb, unless what follows is what one deprives oneself of
        # ("ich bringe mich um den Schlaf").
        r"|um(?! (?:den|die|das|meinen|meine|mein|alles|jeden|jede)(?= )))",
        needs="werde bringe bring",
    ),
    _level(
        IMMINENT,
        "ideation intent",
        "de_intent_life",
        "ich werde mir|werde ich mir|ich nehme mir|nehme ich mir",
        # Ends the clause: "ich werde mir das Leben schöner machen" is something else.
        r" (?:heute nacht |heute abend |heute |jetzt |morgen |bald )?das leben(?: nehmen)?"
        r"(?= (?:[.,]|$|weil|und))",
        needs="leben",
    ),
    _level(
        HIGH,
        "ideation",
        "de_want",
        "ich will|ich mochte|ich moechte|ich wurde gerne|ich muss",
        r" (?:einfach |nur |so gerne )?(?:sterben|tot sein|nicht mehr leben|mich umbringen"
        r"|mich toten|mi(?:ch|r) das leben nehmen)",
        needs="sterben tot leben umbringen toten",
    ),
    _level(HIGH, "ideation", "de_cant_live", "ich kann", " nicht mehr leben", needs="leben"),
    _level(
        HIGH,
        "ideation",
        "de_thinking",
        "denke|dachte|ich denke|ich dachte",
        r" (?:oft |standig |immer wieder |wieder )?(?:an|uber|daran|dran|daruber nach)(?: ,)?"
        r" (?:selbstmord|suizid|suicide|mich umzubringen|mich zu toten|mir das leben zu nehmen"
        r"|den tod(?! (?:meiner|meines|von|der|des)(?= )))",
        needs="denke dachte",
    ),
    _level(HIGH, "ideation", "de_thoughts", "selbstmordgedanken|suizidgedanken"),
    _level(HIGH, "ideation", "de_suicidal", "suizidal|suizidgefahrdet", back="bin|fuhle mich"),
    _level(
        HIGH,
        "self_harm",
        "de_self_harm",
        "ich ritze mich|ich verletze mich|ritze mich|verletze mich|mich ritzen"
        "|mich selbst verletzen",
        "",
        needs="ritze ritzen verletze verletzen",
    ),
    _level(
        CONCERN,
        "passive_wish",
        "de_passive",
        "ich wunschte|ich wunsche mir",
        r"(?: ,)? (?:ich ware tot|tot zu sein|nicht mehr aufzuwachen|ich konnte verschwinden"
        r"|nicht zu existieren|ich ware nie geboren|ich wurde nicht mehr aufwachen"
        r"|ich wache nicht mehr auf)",
        needs="wunschte wunsche",
    ),
    _level(
        CONCERN,
        "passive_wish",
        "de_disappear",
        "will einfach verschwinden|will verschwinden",
        "",
        needs="verschwinden",
    ),
    _level(
        CONCERN,
        "passive_wish",
        "de_not_wake",
        "ich will|ich mochte|ich wurde gerne",
        r" (?:einfach )?(?:einschlafen und )?nicht mehr aufwachen",
        needs="aufwachen",
    ),
    _level(CONCERN, "burden", "de_burden", "ich bin eine last|ich bin nur eine last"),
    _level(
        CONCERN,
        "burden",
        "de_better_without",
        "waren|ware",
        r" (?:alle )?besser (?:dran )?ohne mich",
    ),
    _level(CONCERN, "hopeless", "de_no_reason", "kein grund", r" (?:mehr )?zu leben"),
    imminent(
        "de_rope_ready",
        "seil|strick",
        r" (?:ist )?(?:schon )?(?:bereit|fertig|geknupft|festgemacht)(?! (?:fur|zum|zur)(?= ))",
        reasons="means method",
    ),
    cue("de_plan", "plan", back="ich habe (?:einen|schon einen|meinen)", reasons="plan"),
    cue(
        "de_have_means",
        "tabletten|pillen|medikamente|schlaftabletten|seil|strick",
        back=r"(?:habe|hab)(?: schon| bereits)? (?:die|meine|genug|alle|das|den|viele|\d+)",
        reasons="means",
    ),
    cue(
        "de_do_it",
        "mache es|mach es|machs|tue es",
        r" (?:heute nacht|heute abend|heute|morgen|jetzt|bald)" + _LAST,
        needs="mache mach machs tue",
        back=rf"{_JOINED}(?: ich)?",
        reasons="intent",
    ),
    cue(
        "de_do_it_will",
        "werde es|werds",
        r" (?:heute nacht|heute abend|heute|morgen|jetzt|bald) (?:tun|machen)",
        needs="tun machen",
        reasons="intent",
    ),
    cue("de_farewell", "lebt wohl|leb wohl", _not_until(_DE_SEE_YOU), reasons="goodbye"),
    cue("de_thanks_all", "danke", r" fur alles(?= (?:[.,]|$))", needs="alles", reasons="goodbye"),
    imminent(
        "de_farewell_love",
        "lebt wohl",
        r"(?: alle| ihr alle)?(?: [.,])? ich liebe euch(?: alle)?" + _farewell(_DE_SEE_YOU),
        needs="liebe",
        reasons="goodbye",
    ),
]

_PT_PILLS = "remedios|comprimidos|pilulas|calmantes|medicamentos"
_PT_SEE_YOU = "ate|beijos|tchau|boa noite|nos vemos"

_PORTUGUESE: Final = [
    _level(
        IMMINENT,
        "ideation intent",
        "pt_intent",
        "vou|eu vou",
        r" (?:me (?:matar|suicidar)|(?:tirar|acabar com) (?:a )?minha (?:propria )?vida"
        # "Acabar com tudo" only as the clause's last words: "... isso", "... na prova" differ.
        r"|acabar com tudo(?= (?:(?:hoje|amanha|agora|esta noite|hoje a noite) )?(?:[.,]|$)))",
        needs="vou",
    ),
    _level(
        HIGH,
        "ideation",
        "pt_want",
        "quero|eu quero|vontade de",
        r" (?:morrer|me matar|me suicidar|(?:tirar|acabar com) (?:a )?minha (?:propria )?vida)",
        needs="quero vontade",
    ),
    _level(HIGH, "ideation", "pt_dont_live", "nao quero", r" (?:mais )?viver", needs="quero"),
    _level(
        HIGH,
        "ideation",
        "pt_thinking",
        "penso em|pensando em|pensei em|tenho pensado em",
        r" (?:me matar|suicidio|me suicidar|acabar com (?:tudo|(?:a )?minha vida))",
        needs="penso pensando pensei pensado",
    ),
    _level(
        HIGH,
        "ideation",
        "pt_suicidal",
        "suicidas|suicida",
        back=r"(?:tenho )?(?:pensamentos|ideias|tendencias)|estou|to|me sinto|sou",
    ),
    _level(
        HIGH,
        "self_harm",
        "pt_self_harm",
        "quero me|vou me|preciso me",
        " (?:cortar|machucar)",
        needs="cortar machucar",
    ),
    _level(
        HIGH,
        "self_harm",
        "pt_cutting",
        "me corto|me cortei|me machuco|me cortando|me machucando",
        r"(?! (?:o|a|os|as) (?:cabelo|unhas|dedo)(?= ))",
        needs="corto cortei machuco cortando machucando",
    ),
    _level(
        CONCERN,
        "passive_wish",
        "pt_passive",
        "queria|gostaria de|eu queria",
        r" (?:estar mort[oa]|morrer|sumir|desaparecer|nao acordar)",
        needs="queria gostaria",
    ),
    _level(CONCERN, "passive_wish", "pt_disappear", "vontade de sumir", "", needs="sumir"),
    _level(CONCERN, "burden", "pt_burden", "sou um peso|sou um fardo", "", needs="peso fardo"),
    _level(CONCERN, "burden", "pt_better_without", "estariam|seriam|ficariam", " melhor sem mim"),
    _level(
        CONCERN,
        "hopeless",
        "pt_no_reason",
        "nao tenho|sem",
        r" (?:motivo|razao) para viver",
        needs="motivo razao",
    ),
    # As es_take_all: "... que o médico receitou" is the dose.
    _level(
        HIGH,
        "ideation method",
        "pt_take_all",
        "tomar|engolir",
        r" (?:todos os|todas as|a caixa toda de|a cartela toda de) (?:meus |minhas )?"
        rf"(?:{_PT_PILLS})(?! (?:[.,] )?(?:que|do dia|de hoje|como|na hora|no horario"
        r"|receitad\w*|direit\w*|certinho))",
        needs="todos todas toda",
        back=r"(?:eu )?(?:vou|quero|penso em)",
    ),
    imminent(
        "pt_rope_ready",
        "corda",
        r"(?: ja)?(?: esta)? (?:pronta|amarrada|preparada)"
        r"(?! pra| para (?!(?:fazer isso|me enforcar)(?= )))",
        reasons="means method",
    ),
    cue("pt_plan", "plano", back="(?:eu )?tenho um", reasons="plan"),
    cue(
        "pt_have_means",
        f"{_PT_PILLS}|corda",
        back=r"(?:tenho|ja tenho|comprei|juntei|guardei)(?: (?:os|meus|as|minhas|a|uma|todos os"
        r"|varios|muitos))?",
        reasons="means",
    ),
    cue(
        "pt_do_it",
        "vou fazer isso|faco isso|vou fazer",
        r" (?:hoje|hoje a noite|esta noite|amanha|agora)" + _LAST,
        needs="fazer faco",
        back=rf"{_JOINED}(?: eu)?",
        reasons="intent",
    ),
    cue(
        "pt_goodbye_all",
        "adeus|tchau",
        r" a (?:todos|todas|todo mundo)" + _not_until(_PT_SEE_YOU),
        reasons="goodbye",
    ),
    cue(
        "pt_thanks_all",
        "obrigado|obrigada",
        r" por tudo(?= (?:[.,]|$))",
        needs="tudo",
        reasons="goodbye",
    ),
    imminent(
        "pt_goodbye_love",
        "adeus a todos|adeus a todas|adeus a todo mundo",
        r"(?: [.,])? (?:eu )?amo (?:voces|vcs|todos voces|todos)" + _farewell(_PT_SEE_YOU),
        needs="amo",
        reasons="goodbye",
    ),
]

INTL_RULES: Final[list[Rule]] = [*_SPANISH, *_FRENCH, *_GERMAN, *_PORTUGUESE]
