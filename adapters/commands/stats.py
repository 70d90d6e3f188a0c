"""``heartline stats``: crisis referral counts per day and level, no personal data.

It only reads: a database that does not exist is an error, never created.

These are the figures California's SB 243 asks operators to report yearly.
"""

from __future__ import annotations

import argparse
import asyncio
import json

from adapters.wiring import open_store, setup_logging
from bot.config import load_settings

NAME = "stats"
HELP = "Crisis referral counts per day and risk level (no personal data)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON rows")


async def _main(args: argparse.Namespace) -> int:
    settings = load_settings()
    setup_logging(settings)
    store = await open_store(settings, create=False)
    try:
        rows = await store.referral_counts()
    finally:
        await store.aclose()
    if args.json:
        print(json.dumps([{"day": d, "level": lv, "count": c} for d, lv, c in rows]))
        return 0
    print("Crisis referrals (crisis resources sent), by day and level:")
    if not rows:
        print("  none yet")
    for day, level, count in rows:
        print(f"  {day}  {level:<9} {count}")
    print(f"  total: {sum(c for _, _, c in rows)}")
    return 0


def run(args: argparse.Namespace) -> int:
    return asyncio.run(_main(args))
