"""Find where rules match in folded text, cheaply.

Owns the lookup only: which rules can apply to a message (one of their
``needs`` words occurs), where their lead words occur, and the anchored
``re.match`` at each of those places. No rule is ever scanned across a
whole message, so the cost grows with the number of risk words in it, not
with its length or with the number of rules.

Each ``str.find`` of a 500-character message costs about as much as a
failed ``re.match``, so the index keeps the number of finds down: a start
word's rules are split by the word that lets them apply, so a message that
has "die" never looks at the rules that need "kill"; and rules are looked
for by the longest literal text their matches begin with (" feel like i "
rather than " feel "), one find for all rules that share it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from bot.risk.rules import Rule

__all__ = ["Hit", "RuleIndex"]


class Hit(NamedTuple):
    """A rule matched the folded text from ``start`` (a word's first letter) to ``end``."""

    rule: Rule
    start: int
    end: int

    def overlaps(self, others: Iterable[Hit]) -> bool:
        return any(o.start < self.end and self.start < o.end for o in others)


class _Try(NamedTuple):
    """One rule, ready to be tried at a place."""

    rule: Rule
    match: Callable[[str, int], re.Match[str] | None]
    back: re.Pattern[str] | None


class _Group(NamedTuple):
    """Rules with one start word whose matches all begin with ``key``."""

    key: str  # " word " at least
    slack: int  # how much longer ``key`` is than " word "
    tries: tuple[_Try, ...]


def _key(rule: Rule, word: str) -> str:
    """The literal text every match of ``rule`` at a place of ``word`` begins with.

    Such a match begins with one of the rule's lead phrases: one whose first
    word is ``word`` or, a single word, a prefix of it. So it begins with
    their longest common prefix, which is used when it says more than
    " word " does.
    """
    heads = [
        f" {lead}"
        for lead in rule.leads
        if lead.split()[0] == word or (" " not in lead and word.startswith(lead))
    ]
    common = os.path.commonprefix(heads)
    return common if len(common) > len(word) + 1 else f" {word} "


def _groups(word: str, tries: Iterable[tuple[str, _Try]]) -> tuple[_Group, ...]:
    """``tries`` with their keys, grouped by key."""
    by_key: dict[str, list[_Try]] = {}
    for key, entry in tries:
        by_key.setdefault(key, []).append(entry)
    return tuple(_Group(k, len(k) - len(word) - 2, tuple(t)) for k, t in by_key.items())


class RuleIndex:
    """A fixed set of rules, indexed by the words they need and the words they start with."""

    __slots__ = ("_plans", "_starts_of", "needs", "rank", "rules", "starts")

    def __init__(self, rules: Sequence[Rule]) -> None:
        """Index ``rules``; raises ``ValueError`` when two share a name."""
        self.rules = tuple(rules)
        #: Each rule's place in ``rules``, by name: the order hits are ranked in.
        self.rank = {item.name: i for i, item in enumerate(self.rules)}
        if len(self.rank) < len(self.rules):  # hits are keyed and ranked by name
            names = [item.name for item in self.rules]
            raise ValueError(
                f"rule names repeat: {sorted({n for n in names if names.count(n) > 1})}"
            )
        # For each word a rule needs: the rules that need it, by start word. A
        # message is read through the few needed words it holds, so "die" never
        # looks at the rules that need "kill", nor at start words it lacks.
        self._plans: dict[str, dict[str, tuple[_Group, ...]]] = {}
        by_start: dict[str, list[tuple[str, _Try]]] = {}
        for item in self.rules:
            entry = _Try(item, item.regex.match, item.back)
            for word in item.starts:
                by_start.setdefault(word, []).append((_key(item, word), entry))
        for word, tries in by_start.items():
            # Which of the word's rules each needed word calls for, as a bit mask:
            # most call for the same few, and those share one tuple of groups.
            masks: dict[str, int] = {}
            for bit, (_, entry) in enumerate(tries):
                for need in entry.rule.needs:
                    masks[need] = masks.get(need, 0) | 1 << bit
            shared: dict[int, tuple[_Group, ...]] = {}
            for need, mask in masks.items():
                groups = shared.get(mask)
                if groups is None:
                    chosen = [t for bit, t in enumerate(tries) if mask >> bit & 1]
                    groups = shared[mask] = _groups(word, chosen)
                self._plans.setdefault(need, {})[word] = groups
        self._starts_of = {need: frozenset(plan) for need, plan in self._plans.items()}
        self.needs: frozenset[str] = frozenset(self._plans)
        self.starts = frozenset(by_start)

    def hits(
        self, text: str, words: frozenset[str], lo: int = 0, hi: int | None = None
    ) -> list[Hit]:
        """Every match of every applicable rule, in no particular order.

        ``words`` may be any subset of the text's words that holds all of
        this index's ``needs`` and ``starts`` that occur (a caller can pass
        a small pre-filtered set, which is faster). With ``lo`` and ``hi``,
        only start words inside ``text[lo:hi]`` are tried; a match may run
        on past ``hi``.
        """
        present = words & self.needs
        if not present:
            return []
        # +1: a word ending at the span's end still has its trailing space after it.
        stop = len(text) if hi is None else hi + 1
        find = text.find
        # By rule and place: a rule that needs two of the words is found twice.
        found: dict[tuple[str, int], Hit] = {}
        starts_of = self._starts_of
        for need in present:
            starts = starts_of[need]
            if starts.isdisjoint(words):
                continue  # most needed words come without their rules' start words
            plan = self._plans[need]
            for word in starts & words:
                for key, slack, tries in plan[word]:
                    end = stop + slack  # the start word must fit before stop, not all of key
                    at = find(key, lo, end)
                    while at >= 0:
                        for item, match, back in tries:
                            matched = match(text, at)
                            if matched is None:
                                continue
                            start = at
                            if back is not None:
                                frame = back.search(text, max(0, at - 60), at)
                                if frame is None:
                                    continue
                                start = frame.start()  # the hit spans the frame too
                            found[item.name, at] = Hit(item, start + 1, matched.end())
                        at = find(key, at + 1, end)
        return list(found.values())
