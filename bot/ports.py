"""The ports the conversation core talks through.

Each port has an offline twin in this package (``InMemoryStore``,
``OfflineResponder``, ``RuleScreener``) and one contract test suite that every
implementation passes.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Sequence
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Protocol, runtime_checkable

from bot.domain import Fact, MemorySnapshot, ModeratorAlert, RiskAssessment, StoredTurn, UserKey
from bot.prompt import Prompt

__all__ = ["ChatModel", "Escalation", "MemoryStore", "RiskScreener"]


@runtime_checkable
class ChatModel(Protocol):
    """Something that writes the bot's side of the conversation."""

    def stream(self, prompt: Prompt, *, deadline: float) -> AsyncGenerator[str, None]:
        """Yield the reply as text pieces.

        ``deadline`` is an ``asyncio`` loop time after which the model must
        stop. Raises only :class:`bot.errors.ModelError`; a failure after the
        first piece raises ``ModelError`` too, and the caller keeps what came.
        """
        ...

    async def aclose(self) -> None: ...


class RiskScreener(Protocol):
    def assess(self, text: str, recent: Sequence[str] = ()) -> RiskAssessment:
        """Screen ``text`` given the person's earlier messages (oldest first).

        Pure and synchronous: no I/O, safe to call on the event loop.
        """
        ...


class Escalation(Protocol):
    """Tells a human moderator about a crisis. Adapters implement it."""

    async def alert(self, alert: ModeratorAlert) -> None:
        """Deliver the alert. Raise on failure; the core retries and logs."""
        ...


class MemoryStore(Protocol):
    """Per-person memory. Implementations keep people strictly apart.

    Every method may raise :class:`bot.errors.StorageError`. Turns of one
    person keep the order in which they were written.
    """

    async def open(self) -> None: ...

    async def aclose(self) -> None: ...

    def turn_lock(self, user: UserKey) -> AbstractAsyncContextManager[None]:
        """Held for a whole turn, inside the core's in-process lock.

        A store shared by several processes serialises one person's turns
        across them here (PostgreSQL: an advisory lock); a single-process
        store returns a no-op.
        """
        ...

    async def record_incoming(self, user: UserKey, turn: StoredTurn, message_id: str) -> bool:
        """Claim ``message_id`` and store the person's turn, atomically.

        Returns False, storing nothing, when the id was claimed before: a
        redelivered message. Of two concurrent claims exactly one wins.
        """
        ...

    async def append(self, user: UserKey, turn: StoredTurn) -> None:
        """Store one turn (the bot's reply)."""
        ...

    async def recent(
        self, user: UserKey, limit: int, *, conversation_id: str | None = None
    ) -> list[StoredTurn]:
        """The newest ``limit`` turns, oldest first; optionally of one conversation."""
        ...

    async def turn_count(self, user: UserKey) -> int: ...

    async def profile(self, user: UserKey) -> tuple[str, list[Fact]]:
        """The rolling summary and the remembered facts."""
        ...

    async def save_profile(self, user: UserKey, summary: str, facts: Sequence[Fact]) -> None: ...

    async def get_state(self, user: UserKey, key: str) -> str | None:
        """Small per-person state: paused, when the AI notice was last shown,
        the locale (:mod:`bot.person_locale`)."""
        ...

    async def states(self, user: UserKey) -> dict[str, str]:
        """All of the person's small state at once (one read per turn)."""
        ...

    async def set_state(self, user: UserKey, key: str, value: str | None) -> None: ...

    async def snapshot(self, user: UserKey, *, turn_limit: int = 50) -> MemorySnapshot: ...

    async def forget(self, user: UserKey) -> int:
        """Erase everything about the person; returns how many turns went."""
        ...

    async def prune(self, before: datetime, keep_turns: int) -> int:
        """Delete turns older than ``before`` and beyond each person's newest
        ``keep_turns`` (0: no count limit); returns how many went."""
        ...

    async def compact(self) -> None:
        """Reclaim free space. SQLite: deleted text leaves no trace in the file;
        PostgreSQL: VACUUM, the space is reused but old bytes are not overwritten."""
        ...

    async def count_referral(self, day: str, level: str) -> None:
        """Count one crisis referral; no personal data is kept with it."""
        ...

    async def referral_counts(self) -> list[tuple[str, str, int]]:
        """(day, level, count) rows, oldest first."""
        ...
