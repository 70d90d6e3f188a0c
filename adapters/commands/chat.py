"""``heartline chat``: talk to heartline in a terminal or through a pipe."""

from __future__ import annotations

import argparse
import asyncio
import sys

from adapters.console import ConsoleAdapter
from adapters.wiring import open_conversation, setup_logging
from bot.config import load_settings

NAME = "chat"
HELP = "Talk to heartline in the terminal (one message per line when piped)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", default="local", help="who is talking (default: local)")
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help='read lines of text or {"user","text"} JSON; write one JSON reply per line',
    )
    parser.add_argument("--locale", default=None, help="e.g. en-GB, picks local crisis lines")


async def _main(args: argparse.Namespace) -> int:
    settings = load_settings()
    setup_logging(settings, default_level="ERROR")
    conversation = await open_conversation(settings)
    adapter = ConsoleAdapter(conversation, user=args.user, locale=args.locale)
    try:
        if args.jsonl:
            await adapter.run_jsonl()
        elif sys.stdin.isatty():
            await adapter.run_interactive()
        else:
            await adapter.run_lines()
    finally:
        await conversation.aclose()
    return 0


def run(args: argparse.Namespace) -> int:
    return asyncio.run(_main(args))
