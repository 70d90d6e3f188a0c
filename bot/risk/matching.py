"""Find where rules match in folded text, cheaply.

Owns the lookup only: which rules can apply to a message (one of their
``needs`` words occurs), where their lead words occur, and the anchored
``re.match`` at each of those places. No rule is ever scanned across a
whole message, so the cost grows with the number of risk words in it, not
with its length or with the number of rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from bot.risk.rules import Rule

__all__ = ["Hit", "RuleIndex", "WordPlaces"]


class Hit(NamedTuple):
    """A rule matched the folded text from ``start`` (a word's first letter) to ``end``."""

    rule: Rule
    start: int
    end: int

    def overlaps(self, others: Iterable[Hit]) -> bool:
        return any(o.start < self.end and self.start < o.end for o in others)


class WordPlaces(dict[str, list[int]]):
    """Where each word occurs in one folded text (the index of its leading space).

    A dict filled on first lookup: ``places[word]``. With ``lo`` and ``hi``
    only that span of the text is searched.
    """

    __slots__ = ("_hi", "_lo", "_text")

    def __init__(self, text: str, lo: int = 0, hi: int | None = None) -> None:
        super().__init__()
        # +1: a word ending at the span's end still has its trailing space after it.
        self._text, self._lo, self._hi = text, lo, len(text) if hi is None else hi + 1

    def __missing__(self, word: str) -> list[int]:
        key = f" {word} "
        text, hi = self._text, self._hi
        places = []
        at = text.find(key, self._lo, hi)
        while at >= 0:
            places.append(at)
            at = text.find(key, at + 1, hi)
        self[word] = places
        return places


class RuleIndex:
    """A fixed set of rules, indexed by the words they start with.

    For each start word the index keeps its rules and the union of their
    ``needs``, so a start word whose rules cannot apply costs one set check.
    """

    __slots__ = ("_by_start", "needs", "rules", "starts")

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        by_start: dict[str, list[Rule]] = {}
        for item in self.rules:
            for word in item.starts:
                by_start.setdefault(word, []).append(item)
        self._by_start = {
            word: (frozenset().union(*(r.needs for r in items)), tuple(items))
            for word, items in by_start.items()
        }
        self.needs = frozenset().union(*(r.needs for r in self.rules))
        self.starts = frozenset(self._by_start)

    def hits(
        self,
        text: str,
        words: frozenset[str],
        places: WordPlaces,
        within: Sequence[tuple[int, int]] = (),
    ) -> list[Hit]:
        """Every match of every applicable rule, by start word, then rule, then place.

        ``words`` may be any subset of the text's words that holds all of
        this index's ``needs`` and ``starts`` that occur (a caller can pass
        a small pre-filtered set, which is faster). With ``within``, only
        matches starting inside one of those ``(lo, hi)`` spans are tried.
        """
        found: list[Hit] = []
        for word in words & self.starts:
            needs, items = self._by_start[word]
            if needs.isdisjoint(words):
                continue
            spots = places[word]
            if within:
                spots = [at for at in spots if _inside(at, within)]
            for item in items:
                if item.needs.isdisjoint(words):
                    continue
                match, back = item.regex.match, item.back
                for at in spots:
                    hit = match(text, at)
                    if hit is None:
                        continue
                    start = at
                    if back is not None:
                        frame = back.search(text, max(0, at - 60), at)
                        if frame is None:
                            continue
                        start = frame.start()  # the hit spans the frame too
                    found.append(Hit(item, start + 1, hit.end()))
        return found


def _inside(at: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(lo <= at < hi for lo, hi in spans)
