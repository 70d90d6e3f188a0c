"""PostgreSQL memory (asyncpg): the store for several bot processes on one database.

The same tables as :class:`bot.memory.sqlite.SqliteStore` with their own
numbered migrations (:mod:`bot.memory.pg_migrations`) and the same optional
encryption. Two connection pools: one for queries, and one whose
connections each hold one person's session-level advisory lock for a whole
turn (:meth:`PostgresStore.turn_lock`), so a turn waiting for a person's
lock never starves queries of connections. Reads look people up by their
platform id in the same statement, so a person forgotten by another process
is never read through a stale id; writes cache the id and look it up again
once when another process deleted it. Every driver error becomes a
:class:`bot.errors.StorageError`; the connection URL's password is never
logged or put in an error.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from bot.domain import Fact, MemorySnapshot, RiskLevel, Role, StoredTurn, UserKey, utcnow
from bot.errors import StorageError
from bot.memory.cipher import Cipher, PlainText
from bot.memory.pg_migrations import PG_MIGRATIONS
from bot.memory.snapshot import build_snapshot
from bot.telemetry import log_event

__all__ = ["PostgresStore", "person_lock_key", "redact_url"]

log = logging.getLogger(__name__)

T = TypeVar("T")
_ERRORS = (asyncpg.PostgresError, asyncpg.InterfaceError, OSError, TimeoutError)
_TURN_COLS = "t.role, t.text, t.created_at, t.conversation_id, t.is_private, t.risk"
_PERSON = "(SELECT id FROM users WHERE platform = $1 AND platform_user_id = $2)"
_TEXT_TABLES = "turns, users, facts, user_state"


def redact_url(url: str) -> str:
    """``url`` without its password, fit for logs and error messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = (parts.username or "") + ":***"
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc[-1]}"))


def _key(text: str, person: bytes) -> int:
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8, person=person).digest()
    return int.from_bytes(digest, "big", signed=True)


def person_lock_key(user: UserKey) -> int:
    """A stable signed 64-bit advisory lock key for one person (same in every process)."""
    return _key(f"{user.platform}\x00{user.user_id}", b"heartline-turn")


_MIGRATION_LOCK = _key("schema", b"heartline-migr")


def _who(user: UserKey) -> tuple[str, str]:
    return user.platform, user.user_id


def _count(status: str) -> int:
    """Rows touched, from a command status such as ``DELETE 3``."""
    tail = status.rsplit(" ", 1)[-1]
    return int(tail) if tail.isdigit() else 0


class PostgresStore:
    """A :class:`bot.ports.MemoryStore` in a PostgreSQL database shared by processes."""

    moved_aside: Path | None = None  # parity with SqliteStore: a server never moves files

    def __init__(
        self,
        url: str,
        *,
        cipher: Cipher | None = None,
        pool_size: int = 10,
        turn_locks: int = 20,
        command_timeout: float = 30.0,
        lock_timeout: float = 120.0,
    ) -> None:
        self.url = url
        self.cipher: Cipher = cipher or PlainText()
        self._pool_size = pool_size
        self._turn_locks = turn_locks
        self._command_timeout = command_timeout
        self._lock_timeout = lock_timeout
        self._pool: asyncpg.Pool | None = None
        self._lock_pool: asyncpg.Pool | None = None
        self._ids: dict[UserKey, int] = {}

    def __repr__(self) -> str:
        return f"PostgresStore({redact_url(self.url)!r})"

    # -- lifecycle ---------------------------------------------------------

    async def open(self) -> None:
        where = redact_url(self.url)
        try:
            self._pool = await asyncpg.create_pool(
                self.url,
                min_size=1,
                max_size=self._pool_size,
                command_timeout=self._command_timeout,
                timeout=self._command_timeout,
            )
            self._lock_pool = await asyncpg.create_pool(
                self.url, min_size=0, max_size=self._turn_locks, timeout=self._command_timeout
            )
            await self._migrate()
        except _ERRORS as exc:
            await self.aclose()
            raise StorageError(f"cannot open database {where}: {type(exc).__name__}") from exc

    async def _migrate(self) -> None:
        async with self.pool.acquire() as conn, conn.transaction():
            # Two processes starting at once: the second waits here, then finds
            # the schema current.
            await conn.execute("SELECT pg_advisory_xact_lock($1)", _MIGRATION_LOCK)
            await conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_version "
                "(version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)"
            )
            current = await conn.fetchval("SELECT COALESCE(MAX(version), 0) FROM schema_version")
            for version, script in PG_MIGRATIONS:
                if version <= current:
                    continue
                await conn.execute(script)
                await conn.execute("INSERT INTO schema_version VALUES ($1, $2)", version, utcnow())
                log_event(log, logging.INFO, "schema_migrated", version=version)

    async def aclose(self) -> None:
        for name in ("_lock_pool", "_pool"):
            pool = getattr(self, name)
            setattr(self, name, None)
            if pool is not None:
                await pool.close()

    @property
    def pool(self) -> asyncpg.Pool:
        if self._pool is None:
            raise StorageError("the memory store is not open")
        return self._pool

    async def probe(self) -> str:
        """``"ok"`` when the server answers and takes writes; else a short reason."""
        try:
            replica = await self.pool.fetchval("SELECT pg_is_in_recovery()", timeout=5)
        except (*_ERRORS, StorageError) as exc:
            return f"no answer: {type(exc).__name__}"
        return "read-only (a replica)" if replica else "ok"

    async def schema_version(self) -> int:
        return int(
            await self._run("read", self.pool.fetchval, "SELECT MAX(version) FROM schema_version")
        )

    # -- helpers -------------------------------------------------------------

    async def _run(self, what: str, call: Callable[..., Awaitable[T]], *args: Any) -> T:
        try:
            return await call(*args)
        except _ERRORS as exc:
            raise StorageError(f"database {what} failed: {type(exc).__name__}") from exc

    async def _user_id(self, user: UserKey) -> int:
        cached = self._ids.get(user)
        if cached is not None:
            return cached
        uid = await self._run(
            "write",
            self.pool.fetchval,
            "WITH new AS (INSERT INTO users (platform, platform_user_id, created_at) "
            "VALUES ($1, $2, $3) ON CONFLICT (platform, platform_user_id) DO NOTHING RETURNING id)"
            " SELECT id FROM new UNION ALL SELECT id FROM users WHERE platform = $1 "
            "AND platform_user_id = $2 LIMIT 1",
            user.platform,
            user.user_id,
            utcnow(),
        )
        if uid is None:  # created by another process between the two halves: read again
            uid = await self._run("read", self.pool.fetchval, _PERSON[1:-1], *_who(user))
        self._ids[user] = int(uid)
        return int(uid)

    async def _with_user(self, user: UserKey, write: Callable[[int], Awaitable[T]]) -> T:
        """Run ``write`` with the person's id; once more if another process forgot them."""
        for attempt in (1, 2):
            uid = await self._user_id(user)
            try:
                return await write(uid)
            except asyncpg.ForeignKeyViolationError as exc:
                self._ids.pop(user, None)
                if attempt == 2:
                    raise StorageError("database write failed: person vanished") from exc
            except _ERRORS as exc:
                raise StorageError(f"database write failed: {type(exc).__name__}") from exc
        raise AssertionError("unreachable")  # pragma: no cover

    def _turn(self, row: asyncpg.Record) -> StoredTurn:
        return StoredTurn(
            role=Role(row[0]),
            text=self.cipher.open(row[1]),
            created_at=row[2],
            conversation_id=row[3],
            is_private=bool(row[4]),
            risk=RiskLevel(row[5]),
        )

    def _turn_values(self, turn: StoredTurn) -> tuple[Any, ...]:
        return (
            turn.role.value,
            self.cipher.seal(turn.text),
            turn.created_at,
            turn.conversation_id,
            turn.is_private,
            int(turn.risk),
        )

    # -- the port ------------------------------------------------------------

    def turn_lock(self, user: UserKey) -> AbstractAsyncContextManager[None]:
        return self._hold(user)

    @contextlib.asynccontextmanager
    async def _hold(self, user: UserKey) -> AsyncIterator[None]:
        """A session-level advisory lock on a connection of its own for the
        whole turn. Released in ``finally``, on cancellation too; when the
        unlock itself cannot run, the connection is closed, which ends the
        session and with it every lock it held."""
        if self._lock_pool is None:
            raise StorageError("the memory store is not open")
        pool = self._lock_pool
        try:
            conn = await pool.acquire(timeout=self._lock_timeout)
        except _ERRORS as exc:
            raise StorageError(f"turn lock unavailable: {type(exc).__name__}") from exc
        try:
            try:
                await conn.execute(
                    "SELECT pg_advisory_lock($1)", person_lock_key(user), timeout=self._lock_timeout
                )
            except _ERRORS as exc:
                raise StorageError(f"turn lock failed: {type(exc).__name__}") from exc
            yield
        finally:
            await self._unlock(pool, conn)

    async def _unlock(self, pool: asyncpg.Pool, conn: PoolConnectionProxy) -> None:
        try:
            # unlock_all, not unlock(key): a lock granted just as a cancelled
            # wait gave up is released too. This connection holds nothing else.
            await asyncio.shield(conn.execute("SELECT pg_advisory_unlock_all()", timeout=5))
        except BaseException:
            conn.terminate()
            with contextlib.suppress(*_ERRORS):
                await pool.release(conn)
            raise
        with contextlib.suppress(*_ERRORS):
            await pool.release(conn)

    async def record_incoming(self, user: UserKey, turn: StoredTurn, message_id: str) -> bool:
        async def claim(uid: int) -> bool:
            # One statement: the id is claimed and the turn stored together, or neither.
            row = await self.pool.fetchval(
                "WITH claim AS (INSERT INTO handled_messages (platform, message_id, user_id, "
                "handled_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING user_id) "
                "INSERT INTO turns (user_id, role, text, created_at, conversation_id, is_private, "
                "risk) SELECT user_id, $5, $6, $7, $8, $9, $10 FROM claim RETURNING 1",
                user.platform,
                message_id,
                uid,
                utcnow(),
                *self._turn_values(turn),
            )
            return row is not None

        return await self._with_user(user, claim)

    async def append(self, user: UserKey, turn: StoredTurn) -> None:
        async def insert(uid: int) -> None:
            await self.pool.execute(
                "INSERT INTO turns (user_id, role, text, created_at, conversation_id, is_private, "
                "risk) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                uid,
                *self._turn_values(turn),
            )

        await self._with_user(user, insert)

    async def recent(
        self, user: UserKey, limit: int, *, conversation_id: str | None = None
    ) -> list[StoredTurn]:
        if conversation_id is None:
            sql = f"SELECT {_TURN_COLS} FROM turns t WHERE t.user_id = {_PERSON} "
            args: tuple[Any, ...] = (user.platform, user.user_id, limit)
            sql += "ORDER BY t.id DESC LIMIT $3"
        else:
            sql = (
                f"SELECT {_TURN_COLS} FROM turns t WHERE t.user_id = {_PERSON} "
                "AND t.conversation_id = $4 ORDER BY t.id DESC LIMIT $3"
            )
            args = (user.platform, user.user_id, limit, conversation_id)
        rows = await self._run("read", self.pool.fetch, sql, *args)
        return [self._turn(r) for r in reversed(rows)]

    async def turn_count(self, user: UserKey) -> int:
        sql = f"SELECT COUNT(*) FROM turns WHERE user_id = {_PERSON}"
        return int(await self._run("read", self.pool.fetchval, sql, *_who(user)))

    async def profile(self, user: UserKey) -> tuple[str, list[Fact]]:
        rows = await self._run(
            "read",
            self.pool.fetch,
            "SELECT u.summary, f.key, f.text, f.learned_at, f.detail FROM users u "
            "LEFT JOIN facts f ON f.user_id = u.id WHERE u.platform = $1 "
            "AND u.platform_user_id = $2 ORDER BY f.position",
            *_who(user),
        )
        o = self.cipher.open
        facts = [Fact(r[1], o(r[2]), r[3], o(r[4])) for r in rows if r[1]]
        return (o(rows[0][0]) if rows else ""), facts

    async def save_profile(self, user: UserKey, summary: str, facts: Sequence[Fact]) -> None:
        seal = self.cipher.seal

        async def save(uid: int) -> None:
            rows = [
                (uid, i, f.key, seal(f.text), seal(f.detail), f.learned_at)
                for i, f in enumerate(facts)
            ]
            async with self.pool.acquire() as conn, conn.transaction():
                await conn.execute(
                    "UPDATE users SET summary = $1 WHERE id = $2", seal(summary), uid
                )
                await conn.execute("DELETE FROM facts WHERE user_id = $1", uid)
                if rows:
                    await conn.executemany(
                        "INSERT INTO facts (user_id, position, key, text, detail, learned_at) "
                        "VALUES ($1, $2, $3, $4, $5, $6)",
                        rows,
                    )

        await self._with_user(user, save)

    async def get_state(self, user: UserKey, key: str) -> str | None:
        return (await self.states(user)).get(key)

    async def states(self, user: UserKey) -> dict[str, str]:
        sql = f"SELECT key, value FROM user_state WHERE user_id = {_PERSON}"
        rows = await self._run("read", self.pool.fetch, sql, *_who(user))
        return {str(r[0]): str(r[1]) for r in rows}

    async def set_state(self, user: UserKey, key: str, value: str | None) -> None:
        if value is None:
            sql = f"DELETE FROM user_state WHERE user_id = {_PERSON} AND key = $3"
            await self._run("write", self.pool.execute, sql, *_who(user), key)
            return

        async def upsert(uid: int) -> None:
            await self.pool.execute(
                "INSERT INTO user_state (user_id, key, value) VALUES ($1, $2, $3) "
                "ON CONFLICT (user_id, key) DO UPDATE SET value = EXCLUDED.value",
                uid,
                key,
                value,
            )

        await self._with_user(user, upsert)

    async def snapshot(self, user: UserKey, *, turn_limit: int = 50) -> MemorySnapshot:
        return await build_snapshot(self, user, turn_limit=turn_limit)

    async def forget(self, user: UserKey) -> int:
        async def erase() -> int:
            async with self.pool.acquire() as conn, conn.transaction():
                count = await conn.fetchval(
                    f"SELECT COUNT(*) FROM turns WHERE user_id = {_PERSON}", *_who(user)
                )
                # ON DELETE CASCADE takes turns, facts, state and handled message ids.
                await conn.execute(
                    "DELETE FROM users WHERE platform = $1 AND platform_user_id = $2", *_who(user)
                )
                return int(count)

        count = await self._run("write", erase)
        self._ids.pop(user, None)
        return count

    # -- retention and housekeeping -------------------------------------------

    async def prune(self, before: datetime, keep_turns: int) -> int:
        async def delete() -> int:
            async with self.pool.acquire() as conn, conn.transaction():
                removed = _count(
                    await conn.execute("DELETE FROM turns WHERE created_at < $1", before)
                )
                await conn.execute("DELETE FROM handled_messages WHERE handled_at < $1", before)
                if keep_turns > 0:
                    removed += _count(
                        await conn.execute(
                            "DELETE FROM turns t USING (SELECT id, ROW_NUMBER() OVER "
                            "(PARTITION BY user_id ORDER BY id DESC) AS n FROM turns) r "
                            "WHERE t.id = r.id AND r.n > $1",
                            keep_turns,
                        )
                    )
                return removed

        return await self._run("write", delete)

    async def compact(self) -> None:
        """VACUUM (ANALYZE) the tables that hold text: dead rows of pruned and
        forgotten turns become free space for new rows, and nothing is locked
        against turns, so every process may run it. Unlike SQLite's
        ``secure_delete`` it does not overwrite the old bytes, and the WAL
        keeps them until it is recycled: encrypt at rest
        (``HEARTLINE_ENCRYPTION_KEY``) for that guarantee."""

        async def vacuum() -> None:
            async with self.pool.acquire() as conn:
                await conn.execute(f"VACUUM (ANALYZE) {_TEXT_TABLES}", timeout=600)

        await self._run("vacuum", vacuum)

    async def rekey(self) -> int:
        """Re-encrypt every stored text under the first key (after a rotation)."""
        rotate = self.cipher.rotate

        async def rewrite() -> int:
            async with self.pool.acquire() as conn, conn.transaction():
                turns = await conn.fetch("SELECT id, text FROM turns")
                await conn.executemany(
                    "UPDATE turns SET text = $1 WHERE id = $2", [(rotate(t), i) for i, t in turns]
                )
                users = await conn.fetch("SELECT id, summary FROM users")
                await conn.executemany(
                    "UPDATE users SET summary = $1 WHERE id = $2",
                    [(rotate(t), i) for i, t in users],
                )
                facts = await conn.fetch("SELECT user_id, position, text, detail FROM facts")
                await conn.executemany(
                    "UPDATE facts SET text = $1, detail = $2 WHERE user_id = $3 AND position = $4",
                    [(rotate(t), rotate(d), u, p) for u, p, t, d in facts],
                )
                return len(turns) + len(users) + len(facts)

        return await self._run("rekey", rewrite)

    async def count_referral(self, day: str, level: str) -> None:
        await self._run(
            "write",
            self.pool.execute,
            "INSERT INTO crisis_referrals (day, level, count) VALUES ($1, $2, 1) "
            "ON CONFLICT (day, level) DO UPDATE SET count = crisis_referrals.count + 1",
            day,
            level,
        )

    async def referral_counts(self) -> list[tuple[str, str, int]]:
        rows = await self._run(
            "read",
            self.pool.fetch,
            "SELECT day, level, count FROM crisis_referrals ORDER BY day, level",
        )
        return [(r[0], r[1], int(r[2])) for r in rows]
