"""The whole-memory view shown by ``memory show`` and /memory, for any store."""

from __future__ import annotations

from bot.domain import MemorySnapshot, UserKey
from bot.person_locale import LOCALE_STATE
from bot.ports import MemoryStore

__all__ = ["build_snapshot"]


async def build_snapshot(store: MemoryStore, user: UserKey, *, turn_limit: int) -> MemorySnapshot:
    """Composed from the port's own reads, so every store shows the same thing."""
    summary, facts = await store.profile(user)
    state = await store.states(user)
    return MemorySnapshot(
        user=user,
        summary=summary,
        facts=tuple(facts),
        turns=tuple(await store.recent(user, turn_limit)),
        turn_count=await store.turn_count(user),
        paused=state.get("paused") == "1",
        locale=state.get(LOCALE_STATE),
    )
