"""The safe-messaging check every model reply passes before anyone sees it.

Owns one decision: may this text be shown? It blocks what the public
safe-messaging guidance rules out, whatever the framing (fiction,
"hypothetically", a quoted question) and in English, Spanish, French,
German and Portuguese: method, dose, lethality or location details, and
presenting suicide as a solution, as inevitable or as common. Caring
mentions pass: "are you thinking about suicide?", "please call or text
988", "could you give the pills to someone you trust?", a refusal that
names what it will not discuss ("I can't share details about doses") and
a safety instruction ("if you've taken a lethal dose, call 911 now").

A refusal or such an instruction only excuses the rest of its own clause,
and only while that names a topic rather than telling it (no amount, no
statement outside an indirect question): "I can't give medical advice, but
a lethal dose is 10 grams" is blocked. A detail can be spread over
sentences or list items ("Take 30 pills." then "That would kill you."), so
the stream passes what it has shown as ``before``, and the last few
sentences of it are read with the new one.

The rules themselves are data in :mod:`bot.outfilter_rules` (English) and
:mod:`bot.outfilter_intl`. Pure and fast:
called on every sentence of every reply as it streams. The text is folded
like screened messages (:mod:`bot.risk.normalize`) and a rule runs only
when one of its words occurs. Never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from bot.outfilter_intl import INTL
from bot.outfilter_rules import DIGIT, ENGLISH, Rule
from bot.risk.normalize import fold_words

__all__ = ["REASONS", "OutputVerdict", "check_reply"]


@dataclass(frozen=True, slots=True)
class OutputVerdict:
    """``ok`` is False when the text must not be shown; ``reasons`` name what it broke."""

    ok: bool
    reasons: tuple[str, ...] = ()


#: Every rule, English first; reasons are given in this order.
RULES: Final = ENGLISH + INTL


def _by_word(rules: tuple[Rule, ...]) -> dict[str, tuple[int, ...]]:
    """Each rule's index, filed under the words of its first group: the other
    groups are checked only for the few rules a sentence's words bring up."""
    index: dict[str, list[int]] = {}
    for at, rule in enumerate(rules):
        for word in rule.needs[0]:
            index.setdefault(word, []).append(at)
    return {word: tuple(ats) for word, ats in index.items()}


_BY_WORD: Final = _by_word(RULES)
_ALL_WORDS: Final = frozenset().union(*(g for r in RULES for g in r.needs)) - {DIGIT}
_DIGIT = re.compile(r"\d")
_HAS_DIGIT: Final = frozenset({DIGIT})
_REFUSAL = re.compile(
    r" (?:cant|wont|dont|never|wouldnt|shouldnt|not going to|not able to|unable to|rather not"
    r"|prefer not to|refuse to|not comfortable|not allowed to)(?: \w+){0,3}? (?:share|sharing"
    r"|give|giving|provide|providing|help with|helping with|go into|going into|get into"
    r"|getting into|describe|describing|discuss|discussing|talk about|talking about|tell you"
    r"|telling you|list|listing|offer|explain|explaining|answer|detail|spell out|repeat|say"
    r"|recommend)(?= )"
)
# "If you've taken a lethal dose, call 911": sends someone to help, tells nothing.
_TAKEN = re.compile(
    r" if (?:you|youve|you have|you think you|you think youve|youre worried you|someone|they"
    r"|anyone|a friend)(?: \w+){0,3}? (?:taken|took|swallowed|had|ingested|overdosed|used)(?= )"
)
_HELP = re.compile(
    r" (?:call|ring|dial|text|911|999|112|000|111|988|emergency|ambulance|poison control"
    r"|hospital|er|a e|paramedics)(?= )"
)
# What turns naming a topic into telling it.
_AMOUNT = re.compile(
    r" (?:\d[\d,.]*\w*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|hundred|dozen|handful|half|whole|entire|several)(?= )"
)
_STATES = re.compile(
    r" (?:is|are|was|were|would|will|could|can|might|may|should|works|kills|takes|causes)(?= )"
)
_ASKS = re.compile(r" (?:how|what|which|whether|where|when|if)(?= )")
_CLAUSE_END = re.compile(
    r" (?:[.,]|but|however|although|though|yet|whereas|except|still|instead|so)(?= )"
)
# How much already shown text is read with a new sentence: a few sentences.
_WINDOW = 160
_SHOWN_SENTENCE_END = re.compile(r"[.!?\u2026][\"')\]]*\s+|\n")
_SHOWN_ENDS: Final = (". ", "! ", "? ", "\n")

#: Every reason :func:`check_reply` can give.
REASONS: Final = tuple(dict.fromkeys(r.reason for r in RULES))
_OK: Final = OutputVerdict(True)


def check_reply(text: str, *, before: str = "") -> OutputVerdict:
    """Whether ``text`` (a sentence or a whole reply) may be shown after ``before``.

    ``before`` is what was already shown of the same reply; it already passed,
    but a detail may start there and end in ``text``. Returns
    ``OutputVerdict(ok=False, reasons=...)`` naming each broken rule (see
    :data:`REASONS`), or an ok verdict. Never raises.
    """
    folded, all_words = fold_words(text)
    words = all_words & _ALL_WORDS
    if not words:
        return _OK  # a detail that ends in ``text`` has a word of its rule there
    if before:
        # Folded apart and joined: the same as folding both, at sentence ends.
        shown, shown_words = fold_words(_recent(before))
        folded, words = shown + folded[1:], words | (shown_words & _ALL_WORDS)
    if _DIGIT.search(folded) is not None:
        words |= _HAS_DIGIT
    hits = _hits(folded, words)
    if not hits:
        return _OK
    if any(r.refusable for r in hits) and (
        _REFUSAL.search(folded) is not None or _TAKEN.search(folded) is not None
    ):
        scoped = _unexcused(folded)
        hits = [r for r in hits if not r.refusable or r.regex.search(scoped)]
    reasons = tuple(dict.fromkeys(r.reason for r in hits))
    return OutputVerdict(False, reasons) if reasons else _OK


def _hits(folded: str, words: frozenset[str]) -> list[Rule]:
    """The rules that match ``folded``, in :data:`RULES` order."""
    candidates = sorted({at for word in words for at in _BY_WORD.get(word, ())})
    return [
        rule
        for rule in map(RULES.__getitem__, candidates)
        if all(not group.isdisjoint(words) for group in rule.needs[1:])
        and rule.regex.search(folded)
    ]


def _recent(before: str) -> str:
    """The last whole sentences of ``before``: about ``_WINDOW`` characters, at least one.

    Never cut inside a sentence, so a refusal is never cut off from the clause
    it governs.
    """
    if len(before) <= _WINDOW:
        return before
    tail = before[-_WINDOW:]
    end = _SHOWN_SENTENCE_END.search(tail, 0, len(tail.rstrip()))
    if end is not None:
        return tail[end.end() :]
    # The last sentence alone is longer: all of it.
    cut = max(before.rfind(mark, 0, len(before) - _WINDOW + 1) for mark in _SHOWN_ENDS)
    return before[cut + 1 :]


def _unexcused(folded: str) -> str:
    """``folded`` with what each refusal or safety instruction governs blanked out.

    A governor reaches to the end of its clause. Blanks are runs of spaces,
    which no rule matches across, so the clauses around stay apart.
    """
    blanked = folded
    start = 0
    for end in [*(m.start() for m in _CLAUSE_END.finditer(folded)), len(folded)]:
        # end + 1: the space after the clause, which the governors' lookahead needs
        governor = _REFUSAL.search(folded, start, end + 1) or _taken_with_help(folded, start, end)
        if governor is not None and _names_only(folded[governor.end() : end]):
            blanked = blanked[: governor.start()] + " " * (end - governor.start()) + blanked[end:]
        start = end
    return blanked


def _taken_with_help(folded: str, start: int, end: int) -> re.Match[str] | None:
    """An "if you've taken ..." in ``folded[start:end]`` whose sentence says where to get help."""
    taken = _TAKEN.search(folded, start, end + 1)
    if taken is None:
        return None
    lo = folded.rfind(" . ", 0, start)
    hi = folded.find(" . ", end)
    return taken if _HELP.search(folded, max(lo, 0), hi + 1 if hi >= 0 else len(folded)) else None


def _names_only(governed: str) -> bool:
    """Whether what a governor covers names a topic rather than telling it."""
    if _AMOUNT.search(governed) is not None:
        return False
    states = _STATES.search(governed)
    return states is None or _ASKS.search(governed, 0, states.start()) is not None
