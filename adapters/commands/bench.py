"""``heartline bench``: the performance figures, as a table or JSON (``--json``)."""

from __future__ import annotations

import argparse
import asyncio
import json

from adapters import bench
from bot.config import bench_postgres_url
from bot.telemetry import configure_logging

NAME = "bench"
HELP = (
    "Measure screening, core overhead, throughput, crisis latency, history fetch, memory; "
    "with HEARTLINE_BENCH_POSTGRES_URL, PostgreSQL and 1/2/4 worker processes too."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--quick", action="store_true", help="smaller samples (for smoke runs)")


async def _figures(quick: bool) -> dict[str, float]:
    figures: dict[str, float] = {}
    figures.update(bench.bench_screening(samples=1000 if quick else 5000))
    figures.update(await bench.bench_core(users=100, turns_per_user=3 if quick else 20))
    figures.update(await bench.bench_streaming_ratio(runs=5 if quick else 20))
    figures.update(await bench.bench_crisis_latency(runs=10 if quick else 50))
    figures.update(await bench.bench_prompt_growth(turns=60 if quick else 1000))
    figures.update(
        await bench.bench_history_fetch(
            turns=20_000 if quick else 1_000_000, users=1000 if quick else 10_000
        )
    )
    figures.update(bench.bench_rss())
    url = bench_postgres_url()
    if url is not None:
        figures.update(
            await bench.bench_core_postgres(url, users=100, turns_per_user=3 if quick else 20)
        )
        figures.update(await bench.bench_workers(url, total_turns=400 if quick else 2000))
    return figures


def run(args: argparse.Namespace) -> int:
    configure_logging("ERROR", "text")  # crisis lines in the crisis benchmark are expected
    figures = asyncio.run(_figures(args.quick))
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        width = max(len(k) for k in figures)
        for key, value in figures.items():
            print(f"{key:<{width}}  {value}")
    return 0
