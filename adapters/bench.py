"""``heartline bench`` measurements. Figures, never assertions.

Each function returns a flat dict of named figures. The core is measured
with an in-process model that answers instantly, so what is timed is the
core itself: screening, memory, prompt building, filtering and storage.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from collections.abc import AsyncGenerator
from pathlib import Path

from adapters.wiring import open_conversation
from bot.config import Settings
from bot.core import Conversation
from bot.domain import IncomingMessage
from bot.prompt import Prompt, estimate_tokens
from bot.risk.screener import RuleScreener

__all__ = ["InstantModel", "bench_core", "bench_prompt_growth", "bench_screening", "percentile"]

_LINES = (
    "I lost my job a few weeks ago and the job search is wearing me down.",
    "My best friend moved to another city and I feel lonely most evenings.",
    "Honestly I'm just tired, I don't have energy for much today.",
    "Can we talk about something else? I've been reading a good fantasy book.",
    "My boss keeps pushing me about late projects and I feel like I'm failing.",
    "Thanks for listening, talking helps a little.",
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
