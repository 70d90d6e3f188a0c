"""``heartline backup``: a consistent copy of the database, safe while the bot runs.

Uses SQLite's online backup API from a read-only connection: the copy is one
consistent snapshot even while ``heartline run`` writes, and nothing in the
live file changes. The copy is checked with ``PRAGMA integrity_check``. It
holds what the database holds: with ``HEARTLINE_ENCRYPTION_KEY`` set, the
stored text stays encrypted and the key is needed to use the copy.
"""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

from bot.config import load_settings
from bot.domain import utcnow
from bot.errors import ConfigError, StorageError

__all__ = ["backup_database"]

NAME = "backup"
HELP = "Copy the database to a file, safely while the bot runs (see docs/deploy.md)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "destination",
        nargs="?",
        type=Path,
        help="file to write (default: backups/heartline-<UTC time>.db beside the database)",
    )


def backup_database(source: Path, destination: Path) -> None:
    """Copy ``source`` to a new file ``destination``; raises StorageError."""
    if destination.exists():
        raise StorageError(f"{destination} already exists; choose a new file name")
    if not source.is_file():
        raise StorageError(f"there is no database at {source} (check HEARTLINE_DB)")
    destination.parent.mkdir(parents=True, exist_ok=True)
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            dst = sqlite3.connect(destination)
            try:
                src.backup(dst)
                verdict = dst.execute("PRAGMA integrity_check").fetchone()
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        destination.unlink(missing_ok=True)
        raise StorageError(f"backup failed: {exc}") from exc
    if verdict != ("ok",):
        destination.unlink(missing_ok=True)
        raise StorageError(f"the copy failed its integrity check ({verdict[0]})")


def run(args: argparse.Namespace) -> int:
    settings = load_settings()
    if not isinstance(settings.db, Path):
        raise ConfigError(
            "HEARTLINE_DB", "is a PostgreSQL URL: back it up with pg_dump (docs/deploy.md)"
        )
    stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
    destination = args.destination or settings.db.parent / "backups" / f"heartline-{stamp}.db"
    backup_database(settings.db, destination)
    print(f"backed up {settings.db} to {destination} ({destination.stat().st_size} bytes)")
    if settings.encryption_key is not None:
        print("stored text is encrypted: keep HEARTLINE_ENCRYPTION_KEY with this backup")
    return 0
