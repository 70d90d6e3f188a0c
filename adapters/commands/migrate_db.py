"""``heartline migrate-db``: copy a SQLite database into PostgreSQL.

For moving a one-process deployment onto PostgreSQL before running several
processes. Every table is copied as it is stored (encrypted text stays
encrypted: no key is needed, and the same ``HEARTLINE_ENCRYPTION_KEY`` reads
it afterwards), with the same ids so turns keep their order, in one
PostgreSQL transaction: a failure copies nothing. The target must be empty.
At the end the rows of every table are counted on both sides; any
difference exits with status 1.
"""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import asyncpg

from bot.errors import ConfigError, StorageError
from bot.memory.postgres import PostgresStore, redact_url
from bot.memory.sqlite import SqliteStore

NAME = "migrate-db"
HELP = "Copy a SQLite database into an empty PostgreSQL database, then compare row counts."

_when = datetime.fromisoformat

# table → (columns, how to turn each SQLite value into PostgreSQL's), in foreign-key order.
TABLES: dict[str, tuple[tuple[str, ...], tuple[Callable[[Any], Any], ...]]] = {
    "users": (
        ("id", "platform", "platform_user_id", "created_at", "summary"),
        (int, str, str, _when, str),
    ),
    "turns": (
        ("id", "user_id", "role", "text", "created_at", "conversation_id", "is_private", "risk"),
        (int, int, str, str, _when, str, bool, int),
    ),
    "facts": (
        ("user_id", "position", "key", "text", "detail", "learned_at"),
        (int, int, str, str, str, _when),
    ),
    "user_state": (("user_id", "key", "value"), (int, str, str)),
    "handled_messages": (
        ("platform", "message_id", "user_id", "handled_at"),
        (str, str, int, _when),
    ),
    "crisis_referrals": (("day", "level", "count"), (str, str, int)),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="source", type=Path, required=True, help="SQLite file")
    parser.add_argument("--to", dest="target", required=True, help="postgresql://… URL")


def _read(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, converted for PostgreSQL (blocking: run in a thread)."""
    rows: dict[str, list[tuple[Any, ...]]] = {}
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as db:
        for table, (columns, kinds) in TABLES.items():
            found = db.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            rows[table] = [tuple(k(v) for k, v in zip(kinds, r, strict=True)) for r in found]
    return rows


async def _copy(rows: dict[str, list[tuple[Any, ...]]], target: PostgresStore) -> None:
    async with target.pool.acquire() as conn, conn.transaction():
        if await conn.fetchval("SELECT EXISTS (SELECT 1 FROM users)"):
            raise StorageError(f"{redact_url(target.url)} already holds people: use an empty one")
        for table, (columns, _) in TABLES.items():
            await conn.copy_records_to_table(table, records=rows[table], columns=columns)
        for table in ("users", "turns"):  # new rows continue after the copied ids
            await conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)"
            )


async def _counts(target: PostgresStore) -> dict[str, int]:
    return {t: int(await target.pool.fetchval(f"SELECT COUNT(*) FROM {t}")) for t in TABLES}


def _report(source: dict[str, int], copied: dict[str, int]) -> Sequence[str]:
    width = max(len(t) for t in TABLES)
    return [
        f"{'✓' if source[t] == copied[t] else '✗'} {t:<{width}}  {source[t]:>9} → {copied[t]:>9}"
        for t in TABLES
    ]


async def _migrate(source: Path, url: str) -> int:
    sqlite_store = SqliteStore(source)  # brings an older file to the current schema first
    await sqlite_store.open()
    await sqlite_store.aclose()
    rows = await asyncio.to_thread(_read, source)
    target = PostgresStore(url)
    await target.open()
    try:
        try:
            await _copy(rows, target)
        except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError) as exc:
            raise StorageError(f"copy failed, nothing was copied: {type(exc).__name__}") from exc
        copied = await _counts(target)
    finally:
        await target.aclose()
    expected = {t: len(r) for t, r in rows.items()}
    for line in _report(expected, copied):
        print(line)
    if expected != copied:
        print("heartline: row counts differ; do not switch HEARTLINE_DB to this database")
        return 1
    print(f"copied {source} to {redact_url(url)}; set HEARTLINE_DB to the URL to use it")
    return 0


def run(args: argparse.Namespace) -> int:
    if not args.target.startswith(("postgresql://", "postgres://")):
        raise ConfigError("--to", "must be a postgresql:// URL")
    if not args.source.is_file():
        raise ConfigError("--from", f"{args.source} is not a file")
    return asyncio.run(_migrate(args.source, args.target))
