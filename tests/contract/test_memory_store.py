"""The MemoryStore contract. Every store implementation must pass all of it.

The same tests run against SQLite (a file and ``:memory:``) and against a real
PostgreSQL server (a fresh database per test): locally they skip without a
server, in CI they fail without one (.ci/run starts it).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from bot.domain import Fact, Role, StoredTurn, UserKey, utcnow
from bot.memory.postgres import PostgresStore
from bot.memory.sqlite import SqliteStore
from bot.person_locale import LOCALE_STATE
from bot.ports import MemoryStore

A = UserKey("test", "alice")
B = UserKey("test", "bob")


@pytest.fixture(params=["sqlite-file", "sqlite-memory", "postgres"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[MemoryStore]:
    s: MemoryStore
    if request.param == "postgres":
        s = PostgresStore(request.getfixturevalue("postgres_url"))
    else:
        s = SqliteStore(tmp_path / "contract.db" if request.param == "sqlite-file" else ":memory:")
    await s.open()
    try:
        yield s
    finally:
        await s.aclose()


def turn(
    text: str, role: Role = Role.USER, conversation: str = "dm", offset: int = 0
) -> StoredTurn:
    return StoredTurn(role, text, utcnow() + timedelta(seconds=offset), conversation, True)


async def test_claim_is_atomic_and_once(store: MemoryStore) -> None:
    results = await asyncio.gather(*(store.record_incoming(A, turn("hi"), "m1") for _ in range(5)))
    assert results.count(True) == 1
    assert await store.turn_count(A) == 1
    assert await store.record_incoming(B, turn("hi"), "m2")


async def test_turns_keep_order_and_people_apart(store: MemoryStore) -> None:
    for i in range(30):
        await store.append(A, turn(f"a{i}"))
        await store.append(B, turn(f"b{i}"))
    recent = await store.recent(A, 5)
    assert [t.text for t in recent] == [f"a{i}" for i in range(25, 30)]
    assert all(t.text.startswith("b") for t in await store.recent(B, 100))


async def test_recent_by_conversation(store: MemoryStore) -> None:
    await store.append(A, turn("private", conversation="dm"))
    await store.append(A, turn("public", conversation="general"))
    assert [t.text for t in await store.recent(A, 10, conversation_id="general")] == ["public"]


async def test_profile_round_trip(store: MemoryStore) -> None:
    now = utcnow()
    facts = [
        Fact("job_loss", "lost their job", now),
        Fact("pet", "has a dog named Max", now, "Max"),
    ]
    await store.save_profile(A, "Topics they have brought up: work.", facts)
    summary, loaded = await store.profile(A)
    assert summary == "Topics they have brought up: work."
    assert [(f.key, f.detail) for f in loaded] == [("job_loss", ""), ("pet", "Max")]
    assert await store.profile(B) == ("", [])


async def test_state(store: MemoryStore) -> None:
    await store.set_state(A, "paused", "1")
    assert await store.get_state(A, "paused") == "1"
    assert await store.states(A) == {"paused": "1"}
    await store.set_state(A, "paused", None)
    assert await store.get_state(A, "paused") is None


async def test_snapshot_shows_the_locale(store: MemoryStore) -> None:
    assert (await store.snapshot(A)).locale is None
    await store.set_state(A, LOCALE_STATE, "pt-BR")
    await store.set_state(A, LOCALE_STATE, "de")
    assert (await store.snapshot(A)).locale == "de"
    assert (await store.snapshot(B)).locale is None


async def test_forget_erases_everything(store: MemoryStore) -> None:
    await store.record_incoming(A, turn("secret"), "m9")
    await store.save_profile(A, "summary", [Fact("k", "v", utcnow())])
    await store.set_state(A, "paused", "1")
    await store.set_state(A, LOCALE_STATE, "de")
    await store.append(B, turn("bob stays"))
    assert await store.forget(A) == 1
    snap = await store.snapshot(A)
    assert (snap.turn_count, snap.facts, snap.summary, snap.paused) == (0, (), "", False)
    assert snap.locale is None and await store.states(A) == {}
    assert await store.turn_count(B) == 1


async def test_referral_counts(store: MemoryStore) -> None:
    for level in ("high", "imminent", "high"):
        await store.count_referral("2026-11-24", level)
    assert await store.referral_counts() == [
        ("2026-11-24", "high", 2),
        ("2026-11-24", "imminent", 1),
    ]


async def test_forget_releases_message_ids(store: MemoryStore) -> None:
    assert await store.record_incoming(A, turn("hi"), "m1")
    await store.forget(A)
    # Handled ids went with the person (ON DELETE CASCADE); the person can start again.
    assert await store.record_incoming(A, turn("hi again"), "m1")
    assert [t.text for t in await store.recent(A, 5)] == ["hi again"]


async def test_prune_by_age_and_by_count(store: MemoryStore) -> None:
    for i in range(5):
        await store.append(A, turn(f"old{i}", offset=-10_000 + i))
    for i in range(6):
        await store.append(B, turn(f"b{i}", offset=i))
    removed = await store.prune(utcnow() - timedelta(seconds=5_000), keep_turns=4)
    assert removed == 5 + 2
    assert await store.turn_count(A) == 0
    assert [t.text for t in await store.recent(B, 10)] == ["b2", "b3", "b4", "b5"]
    await store.compact()  # VACUUM: runs, and the data is unchanged
    assert await store.turn_count(B) == 4


async def test_turn_lock_is_held_and_released(store: MemoryStore) -> None:
    async with store.turn_lock(A):
        await store.append(A, turn("inside the lock"))
    async with store.turn_lock(A), store.turn_lock(B):  # two people at once
        pass
    assert await store.turn_count(A) == 1
