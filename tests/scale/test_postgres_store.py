"""PostgresStore beyond the shared contract: what several processes rely on.

Two stores on one database stand for two processes (separate pools and
sessions). Needs a PostgreSQL server (see ``postgres_server`` in conftest).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable

import asyncpg
import pytest

from bot.domain import Role, StoredTurn, UserKey, utcnow
from bot.errors import StorageError
from bot.memory.cipher import TextCipher, generate_key
from bot.memory.pg_migrations import PG_MIGRATIONS
from bot.memory.postgres import PostgresStore, person_lock_key, redact_url

A = UserKey("test", "alice")
B = UserKey("test", "bob")
OpenStore = Callable[..., Awaitable[PostgresStore]]


@pytest.fixture
async def open_pg(postgres_url: str) -> AsyncIterator[OpenStore]:
    opened: list[PostgresStore] = []

    async def factory(**kw: object) -> PostgresStore:
        store = PostgresStore(postgres_url, **kw)  # type: ignore[arg-type]
        await store.open()
        opened.append(store)
        return store

    yield factory
    for store in opened:
        await store.aclose()


def turn(text: str) -> StoredTurn:
    return StoredTurn(Role.USER, text, utcnow(), "dm", True)


async def test_lock_key_is_stable_signed_64_bit() -> None:
    key = person_lock_key(A)
    assert key == person_lock_key(UserKey("test", "alice"))
    assert key != person_lock_key(B)
    assert -(2**63) <= key < 2**63
    # Fixed across processes and releases: a changed hash would let two versions overlap.
    assert key == person_lock_key(A)


async def test_two_processes_migrate_once_and_record_the_version(open_pg: OpenStore) -> None:
    first, second = await asyncio.gather(open_pg(), open_pg())
    assert await first.schema_version() == PG_MIGRATIONS[-1][0]
    rows = await first.pool.fetch("SELECT version FROM schema_version")
    assert [r[0] for r in rows] == [v for v, _ in PG_MIGRATIONS]
    assert await second.turn_count(A) == 0


async def test_turn_lock_serialises_one_person_across_processes(open_pg: OpenStore) -> None:
    one, two = await open_pg(), await open_pg()
    order: list[str] = []
    async with one.turn_lock(A):
        waiting = asyncio.create_task(_locked(two, A, order))
        other = asyncio.create_task(_locked(two, B, order))
        await other  # another person is never held up
        await asyncio.sleep(0.2)
        assert not waiting.done()
        order.append("one done")
    await waiting
    assert order == ["bob", "one done", "alice"]


async def _locked(store: PostgresStore, user: UserKey, order: list[str]) -> None:
    async with store.turn_lock(user):
        order.append(user.user_id)


async def test_turn_lock_is_released_on_cancellation(open_pg: OpenStore) -> None:
    one, two = await open_pg(), await open_pg()

    async def hold_forever() -> None:
        async with one.turn_lock(A):
            await asyncio.sleep(3600)

    holder = asyncio.create_task(hold_forever())
    await asyncio.sleep(0.1)
    blocked = asyncio.create_task(_locked(two, A, []))
    await asyncio.sleep(0.1)
    blocked.cancel()  # cancelled while waiting for the lock
    holder.cancel()  # cancelled while holding it
    await asyncio.gather(holder, blocked, return_exceptions=True)
    await asyncio.wait_for(_locked(two, A, []), 5)  # nothing is left locked
    locks = await one.pool.fetchval("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory'")
    assert locks == 0


async def test_a_person_forgotten_by_another_process_can_write_again(
    open_pg: OpenStore,
) -> None:
    one, two = await open_pg(), await open_pg()
    await one.append(A, turn("before"))
    assert await two.forget(A) == 1
    await one.append(A, turn("after"))  # one's cached id is stale; it finds the new one
    assert [t.text for t in await two.recent(A, 5)] == ["after"]


async def test_encryption_at_rest(open_pg: OpenStore) -> None:
    key = generate_key()
    store = await open_pg(cipher=TextCipher([key]))
    await store.append(A, turn("canary-secret-text"))
    raw = await store.pool.fetchval("SELECT text FROM turns")
    assert "canary" not in raw and raw.startswith("hl1:")
    assert [t.text for t in await store.recent(A, 1)] == ["canary-secret-text"]
    rotated = await open_pg(cipher=TextCipher([generate_key(), key]))
    assert await rotated.rekey() >= 1
    assert [t.text for t in await rotated.recent(A, 1)] == ["canary-secret-text"]


async def test_unreachable_server_is_a_storage_error_without_the_password() -> None:
    url = "postgresql://heartline:hunter2@127.0.0.1:1/heartline"
    store = PostgresStore(url, command_timeout=2)
    with pytest.raises(StorageError) as caught:
        await store.open()
    assert "hunter2" not in str(caught.value) and "hunter2" not in repr(store)
    assert redact_url(url) == "postgresql://heartline:***@127.0.0.1:1/heartline"


async def test_timestamps_are_aware_and_referrals_add_up(open_pg: OpenStore) -> None:
    store = await open_pg()
    await store.record_incoming(A, turn("hi"), "m1")
    (stored,) = await store.recent(A, 1)
    assert stored.created_at.tzinfo is not None
    await asyncio.gather(*(store.count_referral("2026-11-24", "high") for _ in range(10)))
    assert await store.referral_counts() == [("2026-11-24", "high", 10)]
    with pytest.raises(asyncpg.UniqueViolationError):
        await store.pool.execute("INSERT INTO schema_version VALUES (1, now())")
