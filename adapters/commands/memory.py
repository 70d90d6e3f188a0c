"""``heartline memory show|export|forget --user NAME`` and ``memory rekey``.

Each works on an existing database: one that does not exist is an error, never created.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

from adapters.memory_view import snapshot_json, snapshot_text
from adapters.wiring import open_store, setup_logging
from bot.config import load_settings
from bot.domain import UserKey
from bot.errors import ConfigError
from persona import load_persona

NAME = "memory"
HELP = "Show, export (JSON) or erase what heartline remembers; rekey after a key rotation."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("show", "export", "forget", "rekey"))
    parser.add_argument("--user", help="the person's id on that platform (show/export/forget)")
    parser.add_argument(
        "--platform", default="console", help="console, discord or slack (default: console)"
    )
    parser.add_argument("--turns", type=int, default=50, help="messages to include (show/export)")


async def _main(args: argparse.Namespace) -> int:
    settings = load_settings()
    setup_logging(settings)
    if args.action != "rekey" and not args.user:
        raise ConfigError("--user", f"memory {args.action} needs --user NAME")
    store = await open_store(settings, create=False)
    try:
        if args.action == "rekey":
            if not store.cipher.encrypted:
                raise ConfigError("HEARTLINE_ENCRYPTION_KEY", "set it to rekey the database")
            count = await store.rekey()
            await store.compact()
            print(f"Re-encrypted {count} stored values under the first key.")
            return 0
        key = UserKey(args.platform, args.user)
        if args.action == "forget":
            removed = await store.forget(key)
            print(f"Erased everything remembered about {args.user} ({removed} messages).")
            return 0
        snapshot = await store.snapshot(key, turn_limit=args.turns)
        if args.action == "export":
            json.dump(snapshot_json(snapshot), sys.stdout, ensure_ascii=False, indent=2)
            print()
        else:
            empty = load_persona().notice("nothing_remembered")
            print(snapshot_text(snapshot, empty, turns=args.turns))
    finally:
        await store.aclose()
    return 0


def run(args: argparse.Namespace) -> int:
    return asyncio.run(_main(args))
