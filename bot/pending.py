"""Each person's turns that are waiting or running in this process, in arrival order.

The core answers one person's messages one at a time (``KeyedLocks``), so a
message can sit behind that person's earlier turns, and those can wait on a
slow or hung model. This registry lets a crisis message see what is ahead of
it: the texts not yet stored (screening context) and a stop event per turn,
so the crisis can cut their model calls short instead of waiting for them.
It holds no I/O and drops a person's entry when their last turn ends.
"""

from __future__ import annotations

import asyncio
from collections.abc import Hashable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

__all__ = ["PendingTurn", "PendingTurns", "unstored_texts"]


@dataclass(eq=False, slots=True)
class PendingTurn:
    """One message being answered. ``stop`` set: do not wait on the model for it."""

    text: str
    conversation_id: str
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    recorded: bool = False  # its message is in storage, so context reads find it there


class PendingTurns:
    def __init__(self) -> None:
        self._turns: dict[Hashable, list[PendingTurn]] = {}

    @contextmanager
    def enter(self, key: Hashable, turn: PendingTurn) -> Iterator[list[PendingTurn]]:
        """Register ``turn`` for its whole life; yields the turns ahead of it."""
        queue = self._turns.setdefault(key, [])
        ahead = list(queue)
        queue.append(turn)
        try:
            yield ahead
        finally:
            queue.remove(turn)
            if not queue:
                del self._turns[key]


def unstored_texts(
    ahead: Sequence[PendingTurn], conversation_id: str, *, private: bool
) -> list[str]:
    """What the turns ahead said that is not in storage yet, scoped as a
    context read is: all of it in private, only this conversation's in public."""
    return [
        t.text
        for t in ahead
        if t.text and not t.recorded and (private or t.conversation_id == conversation_id)
    ]
