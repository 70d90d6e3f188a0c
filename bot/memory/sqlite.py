"""SQLite memory (aiosqlite): the embedded default store.

WAL mode so readers never block the writer, a busy timeout so a second
process waits instead of failing, and numbered migrations recorded in the
``schema_version`` table. One connection per store; multi-statement writes
hold an asyncio lock so two coroutines never share half a transaction.
A file that is not a database is moved aside with a clear log line and a
fresh one is created: the old file is kept for recovery, never deleted.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from pathlib import Path
from typing import Any

import aiosqlite

from bot.domain import Fact, MemorySnapshot, RiskLevel, Role, StoredTurn, UserKey, utcnow
from bot.errors import CorruptDatabaseError, StorageError
from bot.memory.cipher import Cipher, PlainText
from bot.memory.migrations import MIGRATIONS
from bot.memory.snapshot import build_snapshot
from bot.telemetry import log_event

__all__ = ["SqliteStore"]

log = logging.getLogger(__name__)

_CORRUPT_MARKERS = ("file is not a database", "malformed", "file is encrypted")


def _is_corrupt(exc: sqlite3.DatabaseError) -> bool:
    return any(m in str(exc).lower() for m in _CORRUPT_MARKERS)


class SqliteStore:
    """A :class:`bot.ports.MemoryStore` in one SQLite file."""

    def __init__(
        self, path: Path | str, *, busy_timeout_ms: int = 5000, cipher: Cipher | None = None
    ) -> None:
        self.path = Path(path)
        self.cipher: Cipher = cipher or PlainText()
        self._busy_ms = busy_timeout_ms
        self._db: aiosqlite.Connection | None = None
        self._write = asyncio.Lock()
        self._ids: dict[UserKey, int] = {}
        self.moved_aside: Path | None = None

    # -- lifecycle ---------------------------------------------------------

    async def open(self) -> None:
        if str(self.path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            await self._connect()
        except CorruptDatabaseError:
            self._move_aside()
            await self._connect()

    async def _connect(self) -> None:
        try:
            db = await aiosqlite.connect(self.path, timeout=self._busy_ms / 1000)
        except sqlite3.Error as exc:
            raise StorageError(f"cannot open database {self.path}: {exc}") from exc
        try:
            await db.execute(f"PRAGMA busy_timeout = {int(self._busy_ms)}")
            await db.execute("PRAGMA journal_mode = WAL")
            await db.execute("PRAGMA synchronous = NORMAL")
            await db.execute("PRAGMA foreign_keys = ON")
            # Deleted rows are overwritten with zeros, so forgotten text does not
            # linger in free pages between scheduled VACUUMs.
            await db.execute("PRAGMA secure_delete = ON")
            await self._migrate(db)
        except sqlite3.DatabaseError as exc:
            await db.close()
            if _is_corrupt(exc):
                raise CorruptDatabaseError(f"{self.path} is not a usable database") from exc
            raise StorageError(f"cannot prepare database {self.path}: {exc}") from exc
        self._db = db

    def _move_aside(self) -> None:
        stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        for suffix in ("", "-wal", "-shm"):
            src = Path(f"{self.path}{suffix}")
            if src.exists():
                src.rename(Path(f"{target}{suffix}"))
        self.moved_aside = target
        log_event(log, logging.ERROR, "database_corrupt_moved_aside", moved_to=str(target))

    async def _migrate(self, db: aiosqlite.Connection) -> None:
        await db.execute(
            "CREATE TABLE IF NOT EXISTS schema_version "
            "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        async with db.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version") as cur:
            row = await cur.fetchone()
        current = int(row[0]) if row else 0
        for version, script in MIGRATIONS:
            if version <= current:
                continue
            await db.executescript(
                "BEGIN;\n"
                + script
                + f"\nINSERT INTO schema_version VALUES ({version}, '{utcnow().isoformat()}');"
                + "\nCOMMIT;"
            )
            log_event(log, logging.INFO, "schema_migrated", version=version)

    async def aclose(self) -> None:
        if self._db is not None:
            db, self._db = self._db, None
            await db.close()

    @property
    def db(self) -> aiosqlite.Connection:
        if self._db is None:
            raise StorageError("the memory store is not open")
        return self._db

    # -- helpers -------------------------------------------------------------

    # Every call into aiosqlite is a hop to its thread and back, the main cost
    # of a turn; so reads use execute_fetchall (one hop, no cursor round trips).

    async def _fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        try:
            return list(await self.db.execute_fetchall(sql, params))
        except sqlite3.Error as exc:
            raise StorageError(f"database read failed: {type(exc).__name__}") from exc

    async def _write_tx(self, statements: Sequence[tuple[str, Sequence[Any]]]) -> list[list[Any]]:
        """Run statements in one transaction; returns each one's rows (for RETURNING)."""
        async with self._write:
            try:
                results = [list(await self.db.execute_fetchall(sql, p)) for sql, p in statements]
                await self.db.commit()
            except sqlite3.Error as exc:
                await self._rollback()
                raise StorageError(f"database write failed: {type(exc).__name__}: {exc}") from exc
            return results

    async def _rollback(self) -> None:
        # A failed rollback means the connection is unusable; the next call reports it.
        with contextlib.suppress(sqlite3.Error):
            await self.db.rollback()

    async def _user_id(self, user: UserKey, *, create: bool = True) -> int | None:
        cached = self._ids.get(user)
        if cached is not None:
            return cached
        rows = await self._fetchall(
            "SELECT id FROM users WHERE platform = ? AND platform_user_id = ?",
            (user.platform, user.user_id),
        )
        if not rows and create:
            await self._write_tx(
                [
                    (
                        "INSERT OR IGNORE INTO users (platform, platform_user_id, created_at) "
                        "VALUES (?, ?, ?)",
                        (user.platform, user.user_id, utcnow().isoformat()),
                    )
                ]
            )
            rows = await self._fetchall(
                "SELECT id FROM users WHERE platform = ? AND platform_user_id = ?",
                (user.platform, user.user_id),
            )
        if not rows:
            return None
        self._ids[user] = int(rows[0][0])
        return self._ids[user]

    def _turn(self, row: Sequence[Any]) -> StoredTurn:
        return StoredTurn(
            role=Role(row[0]),
            text=self.cipher.open(row[1]),
            created_at=datetime.fromisoformat(row[2]),
            conversation_id=row[3],
            is_private=bool(row[4]),
            risk=RiskLevel(row[5]),
        )

    def _turn_insert(self, uid: int, turn: StoredTurn) -> tuple[str, Sequence[Any]]:
        return (
            "INSERT INTO turns (user_id, role, text, created_at, conversation_id, is_private, risk)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                uid,
                turn.role.value,
                self.cipher.seal(turn.text),
                turn.created_at.isoformat(),
                turn.conversation_id,
                int(turn.is_private),
                int(turn.risk),
            ),
        )

    # -- the port ------------------------------------------------------------

    def turn_lock(self, user: UserKey) -> AbstractAsyncContextManager[None]:
        # One process owns a SQLite file; the core's in-process lock is enough.
        return contextlib.nullcontext()

    async def record_incoming(self, user: UserKey, turn: StoredTurn, message_id: str) -> bool:
        uid = await self._user_id(user)
        assert uid is not None
        async with self._write:
            try:
                claimed = await self.db.execute_fetchall(
                    "INSERT OR IGNORE INTO handled_messages (platform, message_id, user_id, "
                    "handled_at) VALUES (?, ?, ?, ?) RETURNING 1",
                    (user.platform, message_id, uid, utcnow().isoformat()),
                )
                if claimed:
                    await self.db.execute_fetchall(*self._turn_insert(uid, turn))
                await self.db.commit()
            except sqlite3.Error as exc:
                await self._rollback()
                raise StorageError(f"database write failed: {type(exc).__name__}: {exc}") from exc
        return bool(claimed)

    async def append(self, user: UserKey, turn: StoredTurn) -> None:
        uid = await self._user_id(user)
        assert uid is not None
        await self._write_tx([self._turn_insert(uid, turn)])

    async def recent(
        self, user: UserKey, limit: int, *, conversation_id: str | None = None
    ) -> list[StoredTurn]:
        uid = await self._user_id(user, create=False)
        if uid is None:
            return []
        cols = "role, text, created_at, conversation_id, is_private, risk"
        if conversation_id is None:
            rows = await self._fetchall(
                f"SELECT {cols} FROM turns WHERE user_id = ? ORDER BY id DESC LIMIT ?",
                (uid, limit),
            )
        else:
            rows = await self._fetchall(
                f"SELECT {cols} FROM turns WHERE user_id = ? AND conversation_id = ? "
                "ORDER BY id DESC LIMIT ?",
                (uid, conversation_id, limit),
            )
        return [self._turn(r) for r in reversed(rows)]

    async def turn_count(self, user: UserKey) -> int:
        uid = await self._user_id(user, create=False)
        if uid is None:
            return 0
        rows = await self._fetchall("SELECT COUNT(*) FROM turns WHERE user_id = ?", (uid,))
        return int(rows[0][0])

    async def profile(self, user: UserKey) -> tuple[str, list[Fact]]:
        uid = await self._user_id(user, create=False)
        if uid is None:
            return "", []
        rows = await self._fetchall(
            "SELECT u.summary, f.key, f.text, f.learned_at, f.detail FROM users u "
            "LEFT JOIN facts f ON f.user_id = u.id WHERE u.id = ? ORDER BY f.position",
            (uid,),
        )
        o = self.cipher.open
        facts = [Fact(r[1], o(r[2]), datetime.fromisoformat(r[3]), o(r[4])) for r in rows if r[1]]
        return (o(rows[0][0]) if rows else ""), facts

    async def save_profile(self, user: UserKey, summary: str, facts: Sequence[Fact]) -> None:
        uid = await self._user_id(user)
        statements: list[tuple[str, Sequence[Any]]] = [
            ("UPDATE users SET summary = ? WHERE id = ?", (self.cipher.seal(summary), uid)),
            ("DELETE FROM facts WHERE user_id = ?", (uid,)),
        ]
        seal = self.cipher.seal
        rows = [
            (uid, i, f.key, seal(f.text), seal(f.detail), f.learned_at.isoformat())
            for i, f in enumerate(facts)
        ]
        async with self._write:
            try:
                for sql, params in statements:
                    await self.db.execute_fetchall(sql, params)
                if rows:
                    await self.db.executemany(
                        "INSERT INTO facts (user_id, position, key, text, detail, learned_at) "
                        "VALUES (?, ?, ?, ?, ?, ?)",
                        rows,
                    )
                await self.db.commit()
            except sqlite3.Error as exc:
                await self._rollback()
                raise StorageError(f"database write failed: {type(exc).__name__}: {exc}") from exc

    async def get_state(self, user: UserKey, key: str) -> str | None:
        return (await self.states(user)).get(key)

    async def states(self, user: UserKey) -> dict[str, str]:
        uid = await self._user_id(user, create=False)
        if uid is None:
            return {}
        rows = await self._fetchall("SELECT key, value FROM user_state WHERE user_id = ?", (uid,))
        return {str(r[0]): str(r[1]) for r in rows}

    async def set_state(self, user: UserKey, key: str, value: str | None) -> None:
        uid = await self._user_id(user)
        if value is None:
            stmt: tuple[str, Sequence[Any]] = (
                "DELETE FROM user_state WHERE user_id = ? AND key = ?",
                (uid, key),
            )
        else:
            stmt = (
                "INSERT INTO user_state (user_id, key, value) VALUES (?, ?, ?) "
                "ON CONFLICT (user_id, key) DO UPDATE SET value = excluded.value",
                (uid, key, value),
            )
        await self._write_tx([stmt])

    async def snapshot(self, user: UserKey, *, turn_limit: int = 50) -> MemorySnapshot:
        return await build_snapshot(self, user, turn_limit=turn_limit)

    async def forget(self, user: UserKey) -> int:
        uid = await self._user_id(user, create=False)
        if uid is None:
            return 0
        count = await self.turn_count(user)
        # ON DELETE CASCADE takes turns, facts, state and handled message ids.
        await self._write_tx([("DELETE FROM users WHERE id = ?", (uid,))])
        self._ids.pop(user, None)
        await self._checkpoint()
        return count

    async def _checkpoint(self) -> None:
        """Fold the WAL into the main file and truncate it, so erased text
        does not survive in the write-ahead log either."""
        async with self._write:
            try:
                await self.db.execute_fetchall("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error as exc:
                raise StorageError(f"checkpoint failed: {type(exc).__name__}") from exc

    # -- retention and housekeeping -------------------------------------------------

    async def prune(self, before: datetime, keep_turns: int) -> int:
        """Delete turns older than ``before`` and beyond each person's newest
        ``keep_turns`` (0: no count limit). Returns how many went."""
        cutoff = before.isoformat()
        statements: list[tuple[str, Sequence[Any]]] = [
            ("DELETE FROM turns WHERE created_at < ? RETURNING 1", (cutoff,)),
            ("DELETE FROM handled_messages WHERE handled_at < ?", (cutoff,)),
        ]
        if keep_turns > 0:
            statements.append(
                (
                    "DELETE FROM turns WHERE id IN (SELECT id FROM (SELECT id, ROW_NUMBER() "
                    "OVER (PARTITION BY user_id ORDER BY id DESC) AS n FROM turns) WHERE n > ?) "
                    "RETURNING 1",
                    (keep_turns,),
                )
            )
        results = await self._write_tx(statements)
        return len(results[0]) + (len(results[2]) if keep_turns > 0 else 0)

    async def compact(self) -> None:
        """VACUUM and truncate the WAL: the file shrinks and no old page remains."""
        async with self._write:
            try:
                await self.db.execute_fetchall("VACUUM")
            except sqlite3.Error as exc:
                raise StorageError(f"vacuum failed: {type(exc).__name__}") from exc
        await self._checkpoint()

    async def rekey(self) -> int:
        """Re-encrypt every stored text under the first key (after a rotation)."""
        rotate = self.cipher.rotate
        async with self._write:
            try:
                turns = await self.db.execute_fetchall("SELECT id, text FROM turns")
                await self.db.executemany(
                    "UPDATE turns SET text = ? WHERE id = ?", [(rotate(t), i) for i, t in turns]
                )
                users = await self.db.execute_fetchall("SELECT id, summary FROM users")
                await self.db.executemany(
                    "UPDATE users SET summary = ? WHERE id = ?", [(rotate(t), i) for i, t in users]
                )
                facts = await self.db.execute_fetchall(
                    "SELECT user_id, position, text, detail FROM facts"
                )
                await self.db.executemany(
                    "UPDATE facts SET text = ?, detail = ? WHERE user_id = ? AND position = ?",
                    [(rotate(t), rotate(d), u, p) for u, p, t, d in facts],
                )
                await self.db.commit()
            except sqlite3.Error as exc:
                await self._rollback()
                raise StorageError(f"rekey failed: {type(exc).__name__}") from exc
        return len(list(turns)) + len(list(users)) + len(list(facts))

    async def count_referral(self, day: str, level: str) -> None:
        await self._write_tx(
            [
                (
                    "INSERT INTO crisis_referrals (day, level, count) VALUES (?, ?, 1) "
                    "ON CONFLICT (day, level) DO UPDATE SET count = count + 1",
                    (day, level),
                )
            ]
        )

    async def referral_counts(self) -> list[tuple[str, str, int]]:
        rows = await self._fetchall(
            "SELECT day, level, count FROM crisis_referrals ORDER BY day, level"
        )
        return [(r[0], r[1], int(r[2])) for r in rows]
