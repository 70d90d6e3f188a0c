"""Spanish, French, German and Portuguese rules: explicit statements only.

Folded text has no accents or apostrophes ("j'ai envie de mourir" is
``jai envie de mourir``, "não quero" is ``nao quero``, "ich möchte" is
``ich mochte``). These rules cover plain wishes to die or to kill oneself,
intent, self-harm, passive wishes, burden and plans; the time words ("esta
noche", "ce soir", "heute Nacht", "hoje à noite") live with the timeline
markers. Negation is mostly built in: "je ne veux pas mourir" and "ich
will nicht sterben" simply do not match, while a Spanish or Portuguese
"no"/"não" right before a match is caught by the screener's negation check.
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.rules import Rule, cue, rule

__all__ = ["INTL_RULES"]

CONCERN, HIGH, IMMINENT = RiskLevel.CONCERN, RiskLevel.HIGH, RiskLevel.IMMINENT


def _level(
    level: RiskLevel, reasons: str, name: str, lead: str, rest: str = "", *, needs: str = ""
) -> Rule:
    return rule(name, lead, rest, needs=needs, level=level, reasons=reasons)


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
        r" (?:morir(?:me)?|matar(?:me)?|suicidar(?:me)?|quitarme la vida|dejar de vivir"
        r"|estar muert[oa])",
        needs="quiero",
    ),
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
        r" (?:estuviera muert[oa]|me muriera|no despertar|no despierte|no existiera|morir"
        r"|desaparecer|no existir)",
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
    cue("es_plan", "tengo|ya tengo", " (?:un|el) plan", reasons="plan"),
]

_FRENCH: Final = [
    _level(
        IMMINENT,
        "ideation intent",
        "fr_intent",
        "je vais|je compte",
        r" (?:me (?:suicider|tuer)|en finir|mettre fin a (?:mes jours|ma vie))",
        needs="vais compte",
    ),
    _level(
        HIGH,
        "ideation",
        "fr_want",
        "veux|envie de",
        r" (?:mourir|me suicider|me tuer|en finir|mettre fin a (?:mes jours|ma vie))",
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
        "idees suicidaires|pensees suicidaires|je suis suicidaire|pensees de suicide",
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
        "jaimerais|je voudrais|si seulement je pouvais",
        r" (?:mourir|disparaitre|ne pas me reveiller|ne plus exister)",
        needs="mourir disparaitre reveiller exister",
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
    cue("fr_plan", "jai", r" (?:(?:un|mon) plan|tout (?:prevu|planifie))", reasons="plan"),
]

_GERMAN: Final = [
    _level(
        IMMINENT,
        "ideation intent",
        "de_intent",
        "ich werde mich|ich bringe mich",
        r" (?:heute nacht |heute abend |heute |jetzt |morgen |bald )?(?:umbringen|toten"
        r"|das leben nehmen|um)",
        needs="werde bringe",
    ),
    _level(
        HIGH,
        "ideation",
        "de_want",
        "ich will|ich mochte|ich moechte|ich wurde gerne|ich muss",
        r" (?:einfach |nur |so gerne )?(?:sterben|tot sein|nicht mehr leben|mich umbringen"
        r"|mich toten|mich das leben nehmen)",
        needs="sterben tot leben umbringen toten",
    ),
    _level(HIGH, "ideation", "de_cant_live", "ich kann", " nicht mehr leben", needs="leben"),
    _level(
        HIGH,
        "ideation",
        "de_thinking",
        "denke|dachte|ich denke|ich dachte",
        r" (?:oft |standig )?(?:an|uber) (?:selbstmord|suicide|mich umzubringen|den tod)",
        needs="denke dachte",
    ),
    _level(HIGH, "ideation", "de_thoughts", "selbstmordgedanken|suizidgedanken"),
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
        r"|nicht zu existieren)",
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
    _level(CONCERN, "burden", "de_burden", "ich bin eine last|ich bin nur eine last"),
    _level(
        CONCERN,
        "burden",
        "de_better_without",
        "waren|ware",
        r" (?:alle )?besser (?:dran )?ohne mich",
    ),
    _level(CONCERN, "hopeless", "de_no_reason", "kein grund", r" (?:mehr )?zu leben"),
    cue("de_plan", "ich habe", r" (?:einen|schon einen|meinen) plan", reasons="plan"),
]

_PORTUGUESE: Final = [
    _level(
        IMMINENT,
        "ideation intent",
        "pt_intent",
        "vou|eu vou",
        r" (?:me (?:matar|suicidar)|(?:tirar|acabar com) (?:a )?minha (?:propria )?vida)",
        needs="vou",
    ),
    _level(
        HIGH,
        "ideation",
        "pt_want",
        "quero|eu quero|vontade de",
        r" (?:morrer|me matar|me suicidar|tirar (?:a )?minha (?:propria )?vida)",
        needs="quero vontade",
    ),
    _level(HIGH, "ideation", "pt_dont_live", "nao quero", r" (?:mais )?viver", needs="quero"),
    _level(
        HIGH,
        "ideation",
        "pt_thinking",
        "penso em|pensando em|pensei em|tenho pensado em",
        r" (?:me matar|suicidio|me suicidar|acabar com (?:tudo|minha vida))",
        needs="penso pensando pensei pensado",
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
    cue("pt_plan", "tenho|eu tenho", " um plano", reasons="plan"),
]

INTL_RULES: Final[list[Rule]] = [*_SPANISH, *_FRENCH, *_GERMAN, *_PORTUGUESE]
