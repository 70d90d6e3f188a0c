"""Pure helpers for delivering replies on chat platforms.

Splitting long replies at natural boundaries, and pacing message edits so a
streamed reply respects the platform's rate limits. No platform imports.
"""

from __future__ import annotations

import re

__all__ = ["EditPacer", "split_text"]

_FENCE = "```"
_BREAKS = (re.compile(r"\n\n"), re.compile(r"\n"), re.compile(r"(?<=[.!?…])\s"), re.compile(r"\s"))


def _cut_point(text: str, limit: int, *, in_code: bool = False) -> int:
    """Where to cut ``text`` (longer than ``limit``): the best boundary in range."""
    window = text[: limit + 1]
    for rx in _BREAKS:
        cuts = [m.end() for m in rx.finditer(window) if 0 < m.start() <= limit]
        if not in_code:  # not inside a code block: an even number of fences before it
            cuts = [c for c in cuts if window[:c].count(_FENCE) % 2 == 0]
        if cuts and cuts[-1] > limit // 3:
            return cuts[-1]
    return limit  # one unbroken word longer than the limit: a hard cut is all we can do


def split_text(text: str, limit: int) -> list[str]:
    """Split ``text`` into parts of at most ``limit`` characters.

    Prefers paragraph, then line, then sentence, then word boundaries, so no
    word is cut when a boundary exists, and never cuts inside a fenced code
    block unless the block itself is too long (then it is closed and reopened).
    """
    parts: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        cut = _cut_point(rest, limit)
        head = rest[:cut]
        if head.count(_FENCE) % 2 == 1:  # a code block longer than one message
            cut = _cut_point(rest, limit - len(_FENCE) - 1, in_code=True)
            head = rest[:cut].rstrip() + "\n" + _FENCE
            rest = _FENCE + "\n" + rest[cut:].lstrip("\n")
        else:
            rest = rest[cut:].lstrip()
        parts.append(head.rstrip())
    if rest:
        parts.append(rest)
    return parts


class EditPacer:
    """Allows an edit at most once per ``interval`` seconds (loop time)."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self._last: float | None = None

    def due(self, now: float) -> bool:
        return self._last is None or now - self._last >= self.interval

    def mark(self, now: float) -> None:
        self._last = now
