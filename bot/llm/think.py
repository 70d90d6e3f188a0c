"""Remove reasoning blocks (``<think>...</think>``) from a streamed reply.

Models such as DeepSeek-R1 and Qwen3 think out loud between these tags; a
person must never see that. Tags can be split across stream pieces, so the
filter holds back a possible partial tag until the next piece decides it.
"""

from __future__ import annotations

__all__ = ["ThinkFilter"]

_OPEN, _CLOSE = "<think>", "</think>"


class ThinkFilter:
    """Feed pieces in order with :meth:`feed`; call :meth:`flush` at the end."""

    def __init__(self) -> None:
        self._buffer = ""
        self._inside = False

    def feed(self, piece: str) -> str:
        self._buffer += piece
        out: list[str] = []
        while self._buffer:
            tag = _CLOSE if self._inside else _OPEN
            at = self._buffer.find(tag)
            if at >= 0:
                if not self._inside:
                    out.append(self._buffer[:at])
                self._buffer = self._buffer[at + len(tag) :]
                self._inside = not self._inside
                continue
            keep = _partial_suffix(self._buffer, tag)
            if not self._inside:
                out.append(self._buffer[: len(self._buffer) - keep])
            self._buffer = self._buffer[len(self._buffer) - keep :]
            break
        return "".join(out)

    def flush(self) -> str:
        """What is left once the stream ends; an unclosed block is dropped."""
        rest, self._buffer = ("" if self._inside else self._buffer), ""
        return rest


def _partial_suffix(text: str, tag: str) -> int:
    """Length of the longest end of ``text`` that could start ``tag``."""
    for size in range(min(len(tag) - 1, len(text)), 0, -1):
        if tag.startswith(text[-size:]):
            return size
    return 0
