"""English rules for self-harm: hurting, cutting or burning oneself, the
urge to, relapse, and blades against skin. ``high`` for the person's own,
recent self-harm; in the distant past it drops to ``concern``, and to
nothing when they say they are okay now (see :mod:`bot.risk.reading`).
Accidents ("I cut myself shaving") are idioms in
:mod:`bot.risk.patterns_markers`.
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.lexicon import ADV_BACK, ANY_SELF, SELF
from bot.risk.rules import Rule, Tense, rule

__all__ = ["SELF_HARM_RULES"]

CONCERN, HIGH = RiskLevel.CONCERN, RiskLevel.HIGH

_SELF_HARM_VERBS = (
    "hurt|hurting|hurts|harm|harming|harmed|harms|cut|cutting|cuts|burn|burning|burned|burnt"
    "|burns|injure|injuring|injured|scratch|scratching|scratched|carve|carving|carved"
    "|mutilate|mutilating|mutilated|bruise|bruising|bruised"
)
_BODY = (
    r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|body|face|ankles?|shoulders?|calf"
    r"|calves|chest)"
)
_SELF_HARM: Final = [
    rule(
        # "broke my 6 month streak without cutting": a relapse, told as a record lost.
        "broke_streak",
        "streak|record",
        r"(?: \w+){0,4} (?:without|clean from|free from|free of|of not) (?:cutting|self harm"
        r"|self harming|sh|hurting myself|harming myself|burning myself)",
        needs="cutting harm harming sh hurting burning",
        back=r"(?:broke|ruined|lost|fucked|messed up|ended|blew|reset) (?:my|a|the)(?: \w+){0,3}",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        "self_harm_act",
        _SELF_HARM_VERBS,
        f" (?:{ANY_SELF}|my {_BODY})",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        "something_to_myself",
        "something",
        f" (?:stupid |silly |drastic |dumb |bad |terrible |permanent )?to {SELF}",
        needs="myself self mself meself mysef",
        back=r"(?:do|doing|will do|ill do|might do|could do|would do)",  # not "did": a sprain
        level=HIGH,
        reasons="self_harm",
    ),
    rule(
        "afraid_of_doing",
        "do something|doing something",
        r" (?:stupid|drastic|dumb|i cant take back|i cant undo|irreversible)",
        needs="stupid drastic dumb cant irreversible",
        back=r"(?:afraid|scared|worried|terrified|fear|worry)(?: that)?(?: i| ill| i will| i might"
        r"| i may| i could| im going to| of)?(?: end up)?",
        level=CONCERN,
        reasons="self_harm",
    ),
    rule(
        "self_harm_noun",
        "self harm|self harming|self harmed",
        back=r"(?:my|i|im|ive been|been|started|start|keep|kept|relapsed on|relapsed into"
        r"|relapsed|urge to|urges to|want to|wanna|need to|going to|gonna|back to|struggle with"
        r"|struggling with|doing|do|cant stop|couldnt stop)(?: still| again| just| really)?",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        "self_harm_again",
        "self",
        r" harm(?:ing|ed)? again",
        needs="harm harming harmed",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        "cutting",
        "cutting|cut",
        r"(?= (?:again|[.,]|$|tonight|today|deeper|more|so bad|badly|is|was|has been|keeps))",
        back=r"(?:started|start|keep|kept|been|im|back to|relapsed|going back to|went back to"
        r"|going to|gonna|want to|wanna|need to|urge to|urges to|thinking about|cant stop"
        f"|couldnt stop|resist|resisting){ADV_BACK}",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        "blade_skin",
        "razor|blade|blades|knife",
        f" (?:on|to|against|into|across) my {_BODY}",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        "stab_self",
        "shove|stick|stab|jab|plunge|ram",
        r" (?:a |the |this |that |it |some )?(?:\w+ ){0,2}(?:in|into|in to) my (?:neck"
        r"|throat|chest|stomach|heart|wrists?|gut|belly)(?! (?:pocket|pockets|of drawers)(?= ))",
        needs="neck throat chest stomach heart wrist wrists gut belly",
        level=HIGH,
        reasons="self_harm",
    ),
    rule(
        "fresh_cuts",
        "fresh",
        f" (?:cuts|cut|wounds|yeets|self harm marks) on my {_BODY}",
        needs="cuts cut wounds yeets",
        level=HIGH,
        reasons="self_harm",
    ),
    rule(
        "starve_self",
        "starve|starving|starved",
        f" {SELF}",
        level=CONCERN,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
]

SELF_HARM_RULES: Final[list[Rule]] = list(_SELF_HARM)
