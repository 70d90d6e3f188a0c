"""Make an incoming message safe to store and to put in a prompt.

The risk screener always sees the original text (it does its own folding);
this cleaning is for memory and the model. Control characters and invisible
formatting characters (zero-width, bidirectional overrides) are removed, and
a message that is mostly unreadable bytes is flagged so the person gets a
kind "I couldn't read that" instead of a confused reply.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["CleanText", "clean_text"]

# C0/C1 controls except tab and newline; "format" (Cf) characters, such as
# zero-width spaces and bidirectional overrides, are dropped by category.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BLANKS = re.compile(r"[ \t]{3,}|\n{3,}")
# Lone surrogates: bytes that were never UTF-8, as a console's surrogateescape decoding
# hands them on ("\xff" read as "\udcff"). No store, prompt or JSON can encode them, so
# each becomes the replacement character, as any UTF-8 decoder would have made it.
_SURROGATES = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class CleanText:
    text: str
    unreadable: bool  # mostly binary or replacement characters


def _mostly_unreadable(raw: str) -> bool:
    if not raw:
        return False
    bad = sum(
        1
        for ch in raw[:2000]
        if ch == "\ufffd" or (unicodedata.category(ch) in ("Cc", "Co", "Cs") and ch not in "\n\t")
    )
    return bad / min(len(raw), 2000) > 0.1


def clean_text(raw: str) -> CleanText:
    """Strip what no person meant to write; keep everything they did."""
    unreadable = _mostly_unreadable(raw)
    text = _SURROGATES.sub("\ufffd", _CONTROLS.sub("", raw))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    text = _BLANKS.sub(lambda m: "\n\n" if "\n" in m.group() else "  ", text).strip()
    return CleanText(text, unreadable)
