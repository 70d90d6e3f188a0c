"""``heartline memory show|export|forget --user NAME``: what heartline remembers."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

from adapters.memory_view import snapshot_json, snapshot_text
from adapters.wiring import setup_logging
from bot.config import load_settings
from bot.domain import UserKey
from bot.memory.sqlite import SqliteStore
from persona import load_persona

NAME = "memory"
HELP = "Show, export (JSON) or erase what heartline remembers about a person."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("show", "export", "forget"))
    parser.add_argument("--user", required=True, help="the person's id on that platform")
    parser.add_argument(
        "--platform", default="console", help="console, discord or slack (default: console)"
    )
    parser.add_argument("--turns", type=int, default=50, help="messages to include (show/export)")


async def _main(args: argparse.Namespace) -> int:
    settings = load_settings()
    setup_logging(settings)
    store = SqliteStore(settings.db)
    await store.open()
    key = UserKey(args.platform, args.user)
    try:
        if args.action == "forget":
            removed = await store.forget(key)
            print(f"Erased everything remembered about {args.user} ({removed} messages).")
            return 0
        snapshot = await store.snapshot(key, turn_limit=args.turns)
        if args.action == "export":
            json.dump(snapshot_json(snapshot), sys.stdout, ensure_ascii=False, indent=2)
            print()
        else:
            print(
                snapshot_text(
                    snapshot, load_persona().notice("nothing_remembered"), turns=args.turns
                )
            )
    finally:
        await store.aclose()
    return 0


def run(args: argparse.Namespace) -> int:
    return asyncio.run(_main(args))
