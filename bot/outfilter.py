"""The safe-messaging check every model reply passes before anyone sees it.

Blocks what the public safe-messaging guidelines rule out: method, dose,
lethality or location details, and framing suicide as a solution or as
inevitable. Caring mentions of suicide and crisis lines pass. Called on each
sentence as it streams, so it is a handful of precompiled patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["OutputVerdict", "check_reply"]


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


_RULES: dict[str, re.Pattern[str]] = {
    "dose": _rx(
        r"\b(lethal|fatal|deadly|toxic|overdose|od)\b[^.!?\n]{0,40}"
        r"\b(dose|amount|quantity|level)s?\b",
        r"\b(dose|amount|how many|number of)\b[^.!?\n]{0,40}"
        r"\b(to die|to kill|lethal|fatal|deadly|to overdose|to od)\b",
        r"\b\d[\d,.]*\s?(mg|milligrams?|g|grams?|pills|tablets|capsules)\b[^.!?\n]{0,50}"
        r"\b(die|death|kill|lethal|fatal|overdose|end it)\b",
        r"\b(die|death|kill|lethal|fatal|overdose)\b[^.!?\n]{0,50}\b\d[\d,.]*\s?"
        r"(mg|milligrams?|g|grams?|pills|tablets|capsules)\b",
        r"\btake them all\b",
    ),
    "method": _rx(
        r"\b(how|ways?|best way|easiest way|quickest way|fastest way|painless(ly)?|least painful|"
        r"most effective|surest way)\b[^.!?\n]{0,30}\b(to )?(kill (yourself|oneself|myself)|die|"
        r"end (your|one'?s|my) life|commit suicide|suicide)\b",
        r"\b(tie|tying|make|making)\b[^.!?\n]{0,20}\b(noose|knot)\b",
        r"\b(hang(ing)?) (yourself|oneself)\b",
        r"\b(slit|cut(ting)?) (your|the|one'?s) (wrists?|throat|arteries)\b",
        r"\b(vertical|deep)(ly)? (cut|cuts|slash)",
        r"\bcarbon monoxide\b|\bexhaust fumes\b|\bcharcoal (burning|grill)\b",
        r"\b(gun|pistol|firearm|rifle)\b[^.!?\n]{0,30}"
        r"\b(to|against) (your|the) (head|temple|chest)\b",
        r"\b(jump(ing)?|leap(ing)?) (off|from) (a|the)\b[^.!?\n]{0,30}"
        r"\b(bridge|building|roof|cliff|height|floor)\b",
        r"\b(step|walk|lie) in front of (a|the) (train|truck|bus|car)\b",
        r"\b(drink|swallow|ingest)(ing)? (bleach|antifreeze|poison|pesticide)\b",
        r"\bhelium\b[^.!?\n]{0,30}\b(bag|hood|tank)\b",
    ),
    "location": _rx(
        r"\b(tallest|highest)\b[^.!?\n]{0,20}\b(bridge|building|cliff)\b",
        r"\bwhere (to|you can|one can) (buy|get|find)\b[^.!?\n]{0,30}\b(gun|pills|rope|poison)\b",
    ),
    "solution": _rx(
        r"\b(suicide|dying|death|ending (it|your life))\b[^.!?\n]{0,25}"
        # "is never the answer" is what we want to say, so negations do not count.
        r"\b(is|would be|might be|could be|seems like)\b(?![^.!?\n]{0,12}\b(never|not|no)\b)"
        r"[^.!?\n]{0,15}\b(a|an|the|your)\b"
        r"[^.!?\n]{0,15}\b(solution|answer|way out|relief|escape|option|right choice)\b",
        r"\b(you'?d|you would|everyone would|they'?d) be better off (dead|without you)\b",
        r"\bno one (would|will) (miss|notice|care about) you\b",
        r"\b(it'?s|suicide is) (inevitable|your only option|the only way)\b",
        r"\byou should (kill yourself|end it|die)\b",
    ),
}


@dataclass(frozen=True, slots=True)
class OutputVerdict:
    ok: bool
    reasons: tuple[str, ...] = ()


_OK = OutputVerdict(True)


def check_reply(text: str) -> OutputVerdict:
    """Whether ``text`` may be shown; the reasons name the rules it broke."""
    reasons = tuple(name for name, rx in _RULES.items() if rx.search(text))
    return OutputVerdict(False, reasons) if reasons else _OK
