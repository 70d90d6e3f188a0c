"""When the AI notice is shown: at first contact, then after every N hours.

Owns the schedule and its one piece of state (``disclosed_at``); the words
live in ``persona/``. No platform import, no message text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.domain import UserKey
from bot.ports import MemoryStore
from bot.turn_policy import disclosure_due
from persona import Persona

__all__ = ["DISCLOSED_AT", "Disclosures"]

#: The person's state key holding when the notice was last shown (ISO 8601).
DISCLOSED_AT = "disclosed_at"


class Disclosures:
    """The AI notice for a person's next reply, and remembering it was shown."""

    def __init__(
        self,
        persona: Persona,
        store: MemoryStore,
        clock: Callable[[], datetime],
        every_hours: float,
    ) -> None:
        self.persona, self.store, self.clock, self.every_hours = persona, store, clock, every_hours

    def due(self, state: dict[str, str], locale: str | None) -> str:
        """The notice in the person's language when it is due, else an empty string."""
        last = state.get(DISCLOSED_AT)
        if not disclosure_due(last, self.clock(), self.every_hours):
            return ""
        return self.persona.disclosure(0 if last is None else 1, locale=locale)

    async def remember(self, user: UserKey, shown: str) -> None:
        """Note that ``shown`` went out now; nothing to do when it is empty.

        Raises :class:`bot.errors.StorageError` as the store does.
        """
        if shown:
            await self.store.set_state(user, DISCLOSED_AT, self.clock().isoformat())
