"""``heartline bench`` measurements. Figures, never assertions.

Each function returns a flat dict of named figures. The core is measured
with an in-process model that answers instantly, so what is timed is the
core itself: screening, memory, prompt building, filtering and storage.
"""

from __future__ import annotations

import asyncio
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncGenerator
from pathlib import Path

from adapters.wiring import open_conversation
from bot.config import Settings
from bot.core import Conversation
from bot.domain import IncomingMessage, UserKey, utcnow
from bot.memory.sqlite import SqliteStore
from bot.prompt import Prompt, PromptMode, build_prompt, estimate_tokens
from bot.risk.screener import RuleScreener

__all__ = [
    "InstantModel",
    "bench_core",
    "bench_crisis_latency",
    "bench_history_fetch",
    "bench_prompt_growth",
    "bench_rss",
    "bench_screening",
    "bench_streaming_ratio",
    "percentile",
]

_LINES = (
    "I lost my job a few weeks ago and the job search is wearing me down.",
    "My best friend moved to another city and I feel lonely most evenings.",
    "Honestly I'm just tired, I don't have energy for much today.",
    "Can we talk about something else? I've been reading a good fantasy book.",
    "My boss keeps pushing me about late projects and I feel like I'm failing.",
    "Thanks for listening, talking helps a little.",
)


_PROMPT_PLACEHOLDER = build_prompt(
    system_text="",
    mode_notes={},
    public_note="",
    user_text="",
    history=(),
    summary="",
    facts=(),
    mode=PromptMode.NORMAL,
    is_private=True,
    seed="bench",
)


class InstantModel:
    """A zero-latency model: one short reply, recorded prompts for size checks."""

    def __init__(self) -> None:
        self.last_prompt: Prompt | None = None

    async def stream(self, prompt: Prompt, *, deadline: float) -> AsyncGenerator[str, None]:
        self.last_prompt = prompt
        yield "That sounds like a lot to carry. "
        yield "What feels heaviest right now?"

    async def aclose(self) -> None:
        return None


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


async def _core(db: Path, model: InstantModel) -> Conversation:
    settings = Settings.from_env({"HEARTLINE_DB": str(db), "HEARTLINE_RATE_LIMIT": "0"})
    conversation = await open_conversation(settings)
    conversation.model = model
    return conversation


def _message(user: int, n: int) -> IncomingMessage:
    return IncomingMessage(
        platform="bench",
        user_id=f"user{user}",
        conversation_id=f"dm{user}",
        message_id=f"{user}-{n}",
        text=_LINES[(user + n) % len(_LINES)],
        is_private=True,
    )


async def bench_core(users: int = 100, turns_per_user: int = 20) -> dict[str, float]:
    """Throughput with ``users`` people at once, then per-turn overhead at a paced load.

    Overhead is measured open-loop at a quarter of the measured throughput, so
    it is the time the core spends on one turn rather than time queued behind
    other people's turns in a saturated loop.
    """
    with tempfile.TemporaryDirectory() as tmp:
        conversation = await _core(Path(tmp) / "bench.db", InstantModel())
        try:
            start = time.perf_counter()

            async def person(user: int) -> None:
                for n in range(turns_per_user):
                    await conversation.respond(_message(user, n))

            await asyncio.gather(*(person(u) for u in range(users)))
            elapsed = time.perf_counter() - start
            throughput = users * turns_per_user / elapsed

            latencies: list[float] = []
            interval = 4 / throughput

            async def timed(user: int, n: int) -> None:
                t0 = time.perf_counter()
                await conversation.respond(_message(user, n))
                latencies.append(time.perf_counter() - t0)

            tasks = []
            for i in range(users * 5):
                tasks.append(asyncio.create_task(timed(i % users, turns_per_user + i)))
                await asyncio.sleep(interval)
            await asyncio.gather(*tasks)
        finally:
            await conversation.aclose()
    return {
        "core_users": users,
        "core_turns_per_second": round(throughput, 1),
        "core_overhead_p50_ms": round(percentile(latencies, 50) * 1000, 3),
        "core_overhead_p99_ms": round(percentile(latencies, 99) * 1000, 3),
    }


async def bench_prompt_growth(turns: int = 1000) -> dict[str, float]:
    """Prompt size (estimated tokens) after 20 turns and after ``turns``."""
    model = InstantModel()
    sizes: dict[int, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        conversation = await _core(Path(tmp) / "prompt.db", model)
        try:
            for n in range(turns):
                await conversation.respond(_message(0, n))
                if n + 1 in (20, turns) and model.last_prompt is not None:
                    sizes[n + 1] = estimate_tokens(model.last_prompt.messages)
        finally:
            await conversation.aclose()
    return {
        "prompt_tokens_at_20": sizes[20],
        f"prompt_tokens_at_{turns}": sizes[turns],
        "prompt_growth_ratio": round(sizes[turns] / sizes[20], 3),
    }


def bench_screening(samples: int = 5000, length: int = 500) -> dict[str, float]:
    """Time to screen one ``length``-character message, with and without context."""
    screener = RuleScreener()
    base = " ".join(_LINES)
    texts = [(f"day {i}: " + base * (length // len(base) + 1))[:length] for i in range(samples)]
    times: list[float] = []
    for text in texts:
        t0 = time.perf_counter_ns()
        screener.assess(text)
        times.append((time.perf_counter_ns() - t0) / 1000)
    context = texts[:5]
    with_context: list[float] = []
    for text in texts[5 : samples // 5]:
        t0 = time.perf_counter_ns()
        screener.assess(text, context)
        with_context.append((time.perf_counter_ns() - t0) / 1000)
    return {
        "screen_chars": length,
        "screen_p50_us": round(statistics.median(times), 2),
        "screen_p99_us": round(percentile(times, 99), 2),
        "screen_with_context_p99_us": round(percentile(with_context, 99), 2),
    }


class PacedModel:
    """Streams ``pieces`` pieces, one every ``interval`` seconds: a model at a fixed rate."""

    def __init__(self, pieces: int = 20, interval: float = 0.01) -> None:
        self.pieces = pieces
        self.interval = interval

    async def stream(self, prompt: Prompt, *, deadline: float) -> AsyncGenerator[str, None]:
        for i in range(self.pieces):
            await asyncio.sleep(self.interval)
            yield f"word{i} " if i % 6 else "And so. "

    async def aclose(self) -> None:
        return None


class HangingModel:
    async def stream(self, prompt: Prompt, *, deadline: float) -> AsyncGenerator[str, None]:
        await asyncio.sleep(3600)
        yield ""

    async def aclose(self) -> None:
        return None


async def bench_streaming_ratio(runs: int = 20) -> dict[str, float]:
    """End-to-end reply time divided by the model's own streaming time."""
    model = PacedModel()
    with tempfile.TemporaryDirectory() as tmp:
        conversation = await _core(Path(tmp) / "ratio.db", InstantModel())
        conversation.model = model
        try:
            model_times, e2e_times = [], []
            for n in range(runs):
                t0 = time.perf_counter()
                async for _ in model.stream(_PROMPT_PLACEHOLDER, deadline=0):
                    pass
                model_times.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                await conversation.respond(_message(n, n))
                e2e_times.append(time.perf_counter() - t0)
        finally:
            await conversation.aclose()
    return {
        "stream_e2e_over_model": round(
            statistics.median(e2e_times) / statistics.median(model_times), 3
        )
    }


async def bench_crisis_latency(runs: int = 50) -> dict[str, float]:
    """Crisis reply time while the model hangs: another person's turn, and the same person's."""
    other: list[float] = []
    same: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        conversation = await _core(Path(tmp) / "crisis.db", InstantModel())
        conversation.model = HangingModel()
        try:
            for n in range(runs):
                slow = asyncio.create_task(conversation.respond(_message(1000 + n, 0)))
                await asyncio.sleep(0.002)
                for bucket, user in ((other, 2000 + n), (same, 1000 + n)):
                    crisis = IncomingMessage(
                        platform="bench",
                        user_id=f"user{user}",
                        conversation_id=f"dm{user}",
                        message_id=f"c{n}-{user}",
                        text="I'm going to kill myself tonight",
                        is_private=True,
                    )
                    t0 = time.perf_counter()
                    await conversation.respond(crisis)
                    bucket.append(time.perf_counter() - t0)
                await slow
        finally:
            await conversation.aclose()
    return {
        "crisis_while_model_hangs_p50_ms": round(percentile(other, 50) * 1000, 2),
        "crisis_while_model_hangs_p99_ms": round(percentile(other, 99) * 1000, 2),
        "crisis_preempting_own_turn_p99_ms": round(percentile(same, 99) * 1000, 2),
    }


async def bench_history_fetch(turns: int = 1_000_000, users: int = 10_000) -> dict[str, float]:
    """Per-person history fetch with ``turns`` turns stored in all."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "big.db"
        store = SqliteStore(db)
        await store.open()
        await store.aclose()
        await asyncio.to_thread(_fill, db, turns, users)
        store = SqliteStore(db)
        await store.open()
        try:
            times = []
            for i in range(2000):
                user = UserKey("bench", f"u{(i * 7919) % users}")
                t0 = time.perf_counter()
                await store.recent(user, 40)
                times.append(time.perf_counter() - t0)
        finally:
            await store.aclose()
    return {
        "history_db_turns": turns,
        "history_fetch_p50_ms": round(percentile(times, 50) * 1000, 3),
        "history_fetch_p99_ms": round(percentile(times, 99) * 1000, 3),
    }


def _fill(db: Path, turns: int, users: int) -> None:
    per_user = turns // users
    now = utcnow().isoformat()
    with sqlite3.connect(db) as con:
        con.executemany(
            "INSERT INTO users (id, platform, platform_user_id, created_at) "
            "VALUES (?, 'bench', ?, ?)",
            ((u + 1, f"u{u}", now) for u in range(users)),
        )
        con.executemany(
            "INSERT INTO turns (user_id, role, text, created_at, conversation_id, is_private, risk)"
            " VALUES (?, ?, ?, ?, 'dm', 1, 0)",
            (
                (n % users + 1, "user" if n % 2 else "assistant", _LINES[n % len(_LINES)], now)
                for n in range(per_user * users)
            ),
        )


def bench_rss() -> dict[str, float]:
    """Resident memory of a process with the core and both adapters loaded and built."""
    code = (
        "import asyncio, resource\n"
        "from adapters.wiring import open_conversation\n"
        "from adapters.discord_bot import DiscordService\n"
        "from adapters.slack_app import SlackService\n"
        "from bot.config import Settings\n"
        "async def main():\n"
        "    s = Settings.from_env({'HEARTLINE_DB': ':memory:', 'DISCORD_TOKEN': 'x.y.z',\n"
        "        'SLACK_BOT_TOKEN': 'xoxb-1', 'SLACK_SIGNING_SECRET': 's'})\n"
        "    c = await open_conversation(s)\n"
        "    DiscordService(c, s); SlackService(c, s)\n"
        "    for n in range(200):\n"
        "        from bot.domain import IncomingMessage as M\n"
        "        await c.respond(M('b', f'u{n%20}', 'd', str(n), 'I feel low today', True))\n"
        "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
        "    await c.aclose()\n"
        "asyncio.run(main())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return {"rss_both_adapters_mb": round(int(out.stdout.split()[-1]) / 1024, 1)}
