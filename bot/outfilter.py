"""The safe-messaging check every model reply passes before anyone sees it.

Owns one decision: may this text be shown? It blocks what the public
safe-messaging guidance rules out, whatever the framing (fiction,
"hypothetically", a quoted question): method, dose, lethality or location
details, and presenting suicide as a solution, as inevitable or as common.
Caring mentions pass: "are you thinking about suicide?", "please call or
text 988", "could you give the pills to someone you trust?", and a refusal
that names what it will not discuss ("I can't share details about doses").

Pure and fast: called on every sentence of every reply as it streams. The
text is folded like screened messages (:mod:`bot.risk.normalize`) and a
category's patterns run only when one of its words occurs. Never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from bot.risk.normalize import fold_words

__all__ = ["REASONS", "OutputVerdict", "check_reply"]


@dataclass(frozen=True, slots=True)
class OutputVerdict:
    """``ok`` is False when the text must not be shown; ``reasons`` name what it broke."""

    ok: bool
    reasons: tuple[str, ...] = ()


_YOU = r"(?:you|yourself|someone|a person|people|one|oneself|them|themselves|they)"
_PILLS = r"(?:pills|tablets|capsules|doses|meds|medication|mg|milligrams|grams|g)"
_NUMBER = (
    r"(?:\d[\d,.]*|a few|a dozen|dozens of|several|five|six|seven|eight|nine|ten|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|sixty|a hundred|hundreds of)"
)


@dataclass(frozen=True, slots=True)
class _Check:
    reason: str
    words: frozenset[str]  # the check runs only when one of these occurs
    regex: re.Pattern[str]
    refusable: bool  # a refusal in the same sentence ("I won't describe ...") clears it


def _check(reason: str, words: str, *patterns: str, refusable: bool = True) -> _Check:
    regex = re.compile(" (?:" + "|".join(patterns) + ")(?= )")
    return _Check(reason, frozenset(words.split()), regex, refusable)


_CHECKS: Final = (
    _check(
        "dose",
        "dose doses dosage lethal fatal deadly toxic overdose od how pills tablets capsules mg "
        "milligrams grams meds medication",
        r"(?:lethal|fatal|deadly|toxic|overdose) (?:dose|doses|dosage|amount|quantity|level)",
        rf"{_NUMBER} ?{_PILLS}(?: \w+){{0,6}} (?:to die|to kill|would kill|will kill|is lethal"
        r"|is fatal|are lethal|are fatal|is enough|are enough|to overdose|can kill|could kill)",
        rf"(?:enough|how many|how much) (?:\w+ ){{0,5}}(?:to|would|will|can|could)"
        rf" (?:kill {_YOU}|die|overdose|be (?:lethal|fatal))",
        r"(?:take|taking|swallow|swallowing) (?:all of|all|a whole bottle of|the whole bottle"
        r" of|a handful of|every one of) (?:the |your |their )?" + _PILLS,
    ),
    _check(
        "lethality",
        "lethal deadly painless quick quickest fastest easiest surest reliable effective "
        "peaceful certain survival surviving survive fatal kill",
        r"(?:most|more|less|least) (?:lethal|deadly|effective|painless|reliable|certain)",
        r"(?:painless|painlessly|quick|quickest|fastest|easiest|surest|reliable|effective"
        r"|peaceful|certain) (?:way|ways|method|methods|means|death)",
        r"survival rate|chances? of (?:surviving|survival|dying)|(?:would|will|can|could|is"
        rf" likely to) (?:kill {_YOU}|be fatal|be lethal)(?: (?:instantly|quickly|fast|within))",
        r"(?:is|are) (?:almost always |usually |often |nearly always )?(?:fatal|lethal|deadly)"
        r"(?= (?:if|when|at|within|in|[.,]|$))",
    ),
    _check(
        "method",
        "noose knot hang hanging slit cut cutting wrists wrist throat veins vein arteries artery "
        "carbon exhaust charcoal helium nitrogen jump jumping train truck bus gun firearm pistol "
        "rifle shotgun bleach antifreeze poison pesticide step steps "
        "suffocate suffocating drown drowning bag",
        r"(?:tie|tying|make|making) (?:a |the )?(?:noose|knot)|noose",
        rf"(?:hang|hanging|drown|drowning|suffocate|suffocating) {_YOU}",
        r"(?:slit|slitting|slice|slicing|cut|cutting) (?:open )?(?:your|the|ones|their|a)"
        r" (?:wrists?|throat|veins?|arteries|artery)|(?:along|across|down) the (?:veins?|artery"
        r"|arteries|wrists?)",
        r"carbon monoxide|exhaust fumes|charcoal (?:burning|grill|in a)|helium (?:bag|hood|tank)"
        r"|exit bag|nitrogen (?:gas|bag)|inert gas",
        r"(?:jump|jumping|leap|leaping) (?:off|from) (?:a|the|any) (?:\w+ )?(?:bridge|building"
        r"|roof|cliff|balcony|tower|height|window|floor)",
        r"(?:step|stepping|walk|walking|lie|lying) (?:out )?(?:in front of|onto|on) (?:a|the)"
        r" (?:train|truck|bus|car|tracks|highway)",
        r"(?:drink|drinking|swallow|swallowing|ingest|ingesting|inject|injecting) (?:some )?"
        r"(?:bleach|antifreeze|poison|pesticide|insulin)",
        rf"(?:gun|firearm|pistol|rifle|shotgun) (?:to|against|in|under) (?:your|the|their"
        rf"|{_YOU}s) (?:head|mouth|temple|chest|chin)",
        r"steps? (?:to|for) (?:kill|end|hang|suicide|dying|die)",
    ),
    _check(
        "location",
        "tallest highest floors stories storeys feet meters metres high tall where buy get find",
        r"(?:tallest|highest) (?:bridge|building|cliff|point|tower|roof)",
        r"(?:\d+|several|many|ten|twenty) (?:floors|stories|storeys|feet|meters|metres)"
        r" (?:high|up|tall|drop|fall|down)",
        r"(?:high|tall) enough to (?:die|kill)",
        r"where (?:to|you can|one can|people|someone can) (?:buy|get|find) (?:a gun|guns|pills"
        r"|rope|poison|helium|a noose)",
    ),
    _check(
        "solution",
        "solution answer way option choice escape relief release peace better okay ok alright "
        "understandable reasonable valid brave right should maybe perhaps time miss care notice",
        r"(?:suicide|killing yourself|ending your life|ending it all|ending it|death|dying)"
        r" (?:is|would be|could be|might be|may be|seems|sounds|feels)(?: like)? (?:a |an |the "
        r"|your )?(?:only |best |real |final |valid |reasonable |understandable |brave "
        r"|peaceful |right |good |logical )?(?:solution|answer|way out|option|choice|escape"
        r"|relief|release|rest|peace|mercy)",
        r"(?:you|they|everyone|your family|people)(?: would| will|d|ll)? (?:all )?(?:be )?"
        r"(?:better off|happier|at peace|relieved) (?:dead|without you|if you (?:died|were"
        r" gone|werent here|killed yourself))",
        r"(?:it is|its|that is|thats|it would be) (?:okay|ok|alright|understandable|reasonable"
        r"|valid|brave|your right|your choice|fine) to (?:kill yourself|end your life|end it"
        r"|take your (?:own )?life|commit suicide|die)",
        r"(?:no one|nobody|noone) (?:would|will|is going to) (?:miss|care about|notice|mourn) you",
        r"you should (?:kill yourself|kys|end it|end your life|die|do it|go through with it)",
        r"(?:maybe|perhaps) (?:it is|its) (?:time|best|right) (?:for you )?to (?:go|die|end it"
        r"|let go of life)",
        refusable=False,
    ),
    _check(
        "inevitable",
        "inevitable bound matter unavoidable destiny fate end never nothing always going will",
        r"(?:suicide|it|killing yourself|dying|death) (?:is|was|seems|feels) (?:inevitable"
        r"|bound to happen|only a matter of time|unavoidable|your destiny|your fate)",
        r"(?:you will|youll|you are going to|youre going to|you are bound to) (?:end up )?"
        r"(?:killing yourself|kill yourself|die by suicide|commit suicide|take your (?:own )?life)",
        r"(?:nothing|no one|nobody) (?:can|could|will ever|is ever going to) (?:help|save) you",
        r"(?:it|things|life|your life) (?:will|is going to|are going to|wont) never (?:get|be)"
        r" better|you (?:will|are going to) always (?:feel|be) (?:this way|like this)",
        refusable=False,
    ),
    _check(
        "common",
        "common normal natural everywhere epidemic everyone everybody people thousands millions",
        r"(?:suicide|killing yourself|killing themselves) is (?:so |very |really |pretty "
        r"|incredibly |super )?(?:common|normal|natural|everywhere|an epidemic)",
        r"(?:everyone|everybody|lots of people|many people|so many people|most people|people)"
        r" (?:kill themselves|commit suicide|die by suicide|end their lives) (?:all the time"
        r"|every day|everyday|constantly)|suicide epidemic",
        r"(?:thousands|millions|hundreds) of people (?:kill themselves|die by suicide|commit"
        r" suicide|end their lives)",
        refusable=False,
    ),
)
_ALL_WORDS: Final = frozenset().union(*(c.words for c in _CHECKS))
_REFUSAL = re.compile(
    r" (?:cant|wont|not going to|not able to|dont|never|rather not|wont be)(?: \w+)?"
    r" (?:share|give|provide|help with|go into|describe|discuss|talk about|tell you about"
    r"|list|offer|explain)(?= )"
)

#: Every reason :func:`check_reply` can give.
REASONS: Final = tuple(dict.fromkeys(c.reason for c in _CHECKS))
_OK: Final = OutputVerdict(True)


def check_reply(text: str) -> OutputVerdict:
    """Whether ``text`` (a sentence or a whole reply) may be shown.

    Returns ``OutputVerdict(ok=False, reasons=...)`` naming each broken rule
    (see :data:`REASONS`), or an ok verdict. Never raises.
    """
    folded, words = fold_words(text, _ALL_WORDS)
    if not words:
        return _OK
    reasons: list[str] = []
    refusal: bool | None = None
    for check in _CHECKS:
        if check.words.isdisjoint(words) or not check.regex.search(folded):
            continue
        if check.refusable:
            if refusal is None:
                refusal = _REFUSAL.search(folded) is not None
            if refusal:
                continue  # "I can't share details about lethal doses" names, it doesn't tell
        reasons.append(check.reason)
    return OutputVerdict(False, tuple(reasons)) if reasons else _OK
