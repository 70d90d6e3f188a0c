"""``heartline bench`` measurements. Figures, never assertions.

Each function returns a flat dict of named figures. The core is measured
with an in-process model that answers instantly, so what is timed is the
core itself: screening, memory, prompt building, filtering and storage.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncGenerator, AsyncIterator, Sequence
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg

from adapters.wiring import open_conversation
from bot.config import Settings
from bot.core import Conversation
from bot.domain import IncomingMessage, UserKey, utcnow
from bot.errors import StorageError
from bot.memory.postgres import redact_url
from bot.memory.sqlite import SqliteStore
from bot.ports import RiskScreener
from bot.prompt import Prompt, PromptMode, build_prompt, estimate_tokens
from bot.risk.learned import TwoStageScreener
from bot.risk.reading import folded_message, read_message
from bot.risk.screener import RuleScreener
from bot.telemetry import configure_logging

__all__ = [
    "InstantModel",
    "bench_core",
    "bench_core_postgres",
    "bench_crisis_latency",
    "bench_history_fetch",
    "bench_prompt_growth",
    "bench_rss",
    "bench_screening",
    "bench_streaming_ratio",
    "bench_workers",
    "percentile",
    "scratch_database",
    "worker_main",
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


async def _core(db: Path | str, model: InstantModel, **env: str) -> Conversation:
    settings = Settings.from_env({"HEARTLINE_DB": str(db), "HEARTLINE_RATE_LIMIT": "0", **env})
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
        return await _core_figures(Path(tmp) / "bench.db", users, turns_per_user, "core")


async def bench_core_postgres(
    url: str, users: int = 100, turns_per_user: int = 20
) -> dict[str, float]:
    """:func:`bench_core` on PostgreSQL, in a scratch database on ``url``'s server."""
    async with scratch_database(url) as scratch:
        return await _core_figures(scratch, users, turns_per_user, "pg_core")


async def _core_figures(
    db: Path | str, users: int, turns_per_user: int, prefix: str
) -> dict[str, float]:
    # PostgreSQL: one turn lock per person at once, so none waits for a connection.
    conversation = await _core(db, InstantModel(), HEARTLINE_DB_TURN_LOCKS=str(users))
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
        f"{prefix}_users": users,
        f"{prefix}_turns_per_second": round(throughput, 1),
        f"{prefix}_overhead_p50_ms": round(percentile(latencies, 50) * 1000, 3),
        f"{prefix}_overhead_p99_ms": round(percentile(latencies, 99) * 1000, 3),
    }


@contextlib.asynccontextmanager
async def scratch_database(url: str) -> AsyncIterator[str]:
    """A new database on ``url``'s server, dropped afterwards (the role needs
    CREATEDB); without that right, ``url`` itself (bench people have their own
    platform name, so they never meet real ones)."""
    name = f"heartline_bench_{uuid.uuid4().hex[:10]}"
    try:
        admin = await asyncpg.connect(url, timeout=10)
    except (OSError, TimeoutError, asyncpg.PostgresError) as exc:
        raise StorageError(f"cannot reach {redact_url(url)}: {type(exc).__name__}") from exc
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    except asyncpg.InsufficientPrivilegeError:
        await admin.close()
        yield url
        return
    await admin.close()
    try:
        yield urlunsplit(urlsplit(url)._replace(path=f"/{name}"))
    finally:
        admin = await asyncpg.connect(url, timeout=10)
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await admin.close()


async def bench_workers(
    url: str, workers: tuple[int, ...] = (1, 2, 4), total_turns: int = 2000, people: int = 32
) -> dict[str, float]:
    """Turns per second with 1, 2, 4… separate OS processes on one PostgreSQL
    database: the same ``total_turns`` from the same ``people`` each time,
    the people split between the processes, each with its own core."""
    figures: dict[str, float] = {"pg_workers_total_turns": total_turns, "pg_workers_people": people}
    for count in workers:
        async with scratch_database(url) as scratch:
            figures[f"pg_turns_per_second_{count}_workers"] = await _run_workers(
                scratch, count, total_turns, people
            )
    return figures


async def _run_workers(url: str, count: int, total_turns: int, people: int) -> float:
    per_person = max(1, total_turns // people)
    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            "from adapters.bench import worker_main; worker_main()",
            url,
            ",".join(str(p) for p in range(people) if p % count == index),
            str(per_person),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        for index in range(count)
    ]
    for proc in procs:  # every worker has its core open before the clock starts
        assert proc.stdout is not None
        if (await asyncio.wait_for(proc.stdout.readline(), 120)).strip() != b"ready":
            raise StorageError("a bench worker failed to start")
    start = time.perf_counter()
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write(b"go\n")
        await proc.stdin.drain()
    done = await asyncio.gather(*(asyncio.wait_for(p.communicate(), 600) for p in procs))
    elapsed = time.perf_counter() - start
    if any(p.returncode for p in procs):
        raise StorageError("a bench worker failed")
    turns = sum(int(out.split()[-1]) for out, _ in done)
    return round(turns / elapsed, 1)


def worker_main() -> None:
    """One bench worker process: ``URL PEOPLE TURNS_EACH``; prints ready, waits
    for a line, runs, prints the number of turns answered."""
    url, people, each = sys.argv[1], sys.argv[2], int(sys.argv[3])
    ids = [int(p) for p in people.split(",") if p]
    configure_logging("ERROR", "text")

    async def main() -> int:
        conversation = await _core(
            url,
            InstantModel(),
            HEARTLINE_DB_TURN_LOCKS=str(max(1, len(ids))),
            HEARTLINE_DB_POOL_SIZE="4",
        )
        try:
            sys.stdout.write("ready\n")
            sys.stdout.flush()
            await asyncio.to_thread(sys.stdin.readline)

            async def person(user: int) -> int:
                return sum(
                    [await conversation.respond(_message(user, n)) is not None for n in range(each)]
                )

            return sum(await asyncio.gather(*(person(u) for u in ids)))
        finally:
            await conversation.aclose()

    sys.stdout.write(f"{asyncio.run(main())}\n")


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
    """Time to screen one ``length``-character message: ordinary sad chat, chat
    with a risk statement in the middle, and ordinary chat with five earlier
    messages as context. Both stages, as the bot runs by default; the
    ``rules_only`` figures are the rule stage alone.

    Two views of the tail. The ``p99`` figures time each message once, as a
    live bot screens it: they hold whatever the machine adds, such as a
    virtual machine's scheduler pausing the process. The ``best_of`` figure
    times each risk-bearing message several times (its cache cleared in
    between) and keeps the fastest: the slowest messages' own cost. Screening
    one message over and over, ``same_message_p99_over_p50`` shows how much of
    a single-call p99 is the machine: work that never changes still has a tail.
    """
    screener, rules = TwoStageScreener(), RuleScreener()
    base = " ".join(_LINES)
    ordinary = [(f"day {i}: " + base * (length // len(base) + 1))[:length] for i in range(samples)]
    risky = [
        (t[: length // 2] + _RISK_LINES[i % len(_RISK_LINES)] + t[length // 2 :])[:length]
        for i, t in enumerate(ordinary)
    ]

    def timed(
        texts: list[str], context: Sequence[str] = (), stages: RiskScreener = screener
    ) -> list[float]:
        times = []
        for text in texts:
            t0 = time.perf_counter_ns()
            stages.assess(text, context)
            times.append((time.perf_counter_ns() - t0) / 1000)
        return times

    def fastest(text: str, repeats: int) -> float:
        best = float("inf")
        for _ in range(repeats):
            _forget_readings()
            t0 = time.perf_counter_ns()
            screener.assess(text)
            best = min(best, (time.perf_counter_ns() - t0) / 1000)
        return best

    _forget_readings()
    rules_plain, rules_risk = timed(ordinary, stages=rules), timed(risky, stages=rules)
    _forget_readings()
    plain, risk, with_context = timed(ordinary), timed(risky), timed(ordinary[5:], ordinary[:5])
    own_cost = [fastest(text, _REPEATS) for text in risky]
    same = [fastest(risky[0], 1) for _ in range(samples)]
    return {
        "screen_chars": length,
        "screen_p50_us": round(statistics.median(plain), 2),
        "screen_p99_us": round(percentile(plain, 99), 2),
        "screen_risk_p50_us": round(statistics.median(risk), 2),
        "screen_risk_p99_us": round(percentile(risk, 99), 2),
        f"screen_risk_best_of_{_REPEATS}_p99_us": round(percentile(own_cost, 99), 2),
        f"screen_risk_best_of_{_REPEATS}_max_us": round(max(own_cost), 2),
        "screen_same_message_p99_over_p50": round(
            percentile(same, 99) / statistics.median(same), 2
        ),
        "screen_with_context_p99_us": round(percentile(with_context, 99), 2),
        "screen_rules_only_p50_us": round(statistics.median(rules_plain), 2),
        "screen_rules_only_p99_us": round(percentile(rules_plain, 99), 2),
        "screen_risk_rules_only_p99_us": round(percentile(rules_risk, 99), 2),
    }


_REPEATS = 5  # screenings per message for the best-of figures


def _forget_readings() -> None:
    """Empty the screener's per-text caches, so a text is read afresh."""
    read_message.cache_clear()
    folded_message.cache_clear()


_RISK_LINES = (
    " I don't think I can keep going, I want to kill myself and think about it every night. ",
    " honestly i want to die, everyone would be better off without me. ",
    " I've been cutting again and I wrote a note for my sister. ",
)


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


def _said(user: int, n: int, text: str) -> IncomingMessage:
    return IncomingMessage(
        platform="bench",
        user_id=f"user{user}",
        conversation_id=f"dm{user}",
        message_id=f"c{user}-{n}",
        text=text,
        is_private=True,
    )


# What one person sends at once while the model hangs: the crisis arrives while
# the turns before it are queued (the first may not even have reached the model).
_BEHIND_QUEUED = ("hi", "still there?", "I want to die")
_BY_CONTEXT = ("hi", "everyone would be better off without me", "I have the pills")


async def bench_crisis_latency(runs: int = 50) -> dict[str, float]:
    """Crisis reply time while the model hangs: another person's turn, the same
    person's streaming turn, and the same person's queued turns (with the crisis
    in the message alone, or only in it with the message before as context)."""
    other: list[float] = []
    same: list[float] = []
    queued: list[float] = []
    context: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        conversation = await _core(Path(tmp) / "crisis.db", InstantModel())
        conversation.model = HangingModel()
        try:
            for n in range(runs):
                slow = asyncio.create_task(conversation.respond(_message(1000 + n, 0)))
                await asyncio.sleep(0.002)  # the slow turn is streaming by now
                for bucket, user in ((other, 2000 + n), (same, 1000 + n)):
                    crisis = _said(user, n, "I'm going to kill myself tonight")
                    t0 = time.perf_counter()
                    await conversation.respond(crisis)
                    bucket.append(time.perf_counter() - t0)
                await slow
                for bucket, texts, user in (
                    (queued, _BEHIND_QUEUED, 3000 + n),
                    (context, _BY_CONTEXT, 4000 + n),
                ):
                    bucket.append(await _crisis_behind(conversation, user, texts))
        finally:
            await conversation.aclose()
    return {
        "crisis_while_model_hangs_p50_ms": round(percentile(other, 50) * 1000, 2),
        "crisis_while_model_hangs_p99_ms": round(percentile(other, 99) * 1000, 2),
        "crisis_preempting_own_turn_p99_ms": round(percentile(same, 99) * 1000, 2),
        "crisis_behind_own_queued_turns_p99_ms": round(percentile(queued, 99) * 1000, 2),
        "crisis_by_context_behind_own_turns_p99_ms": round(percentile(context, 99) * 1000, 2),
    }


async def _crisis_behind(conversation: Conversation, user: int, texts: Sequence[str]) -> float:
    """Send ``texts`` at once as one person; seconds from the last (the crisis)
    being sent until its reply is out."""
    *before, last = texts
    earlier = [
        asyncio.create_task(conversation.respond(_said(user, i, text)))
        for i, text in enumerate(before)
    ]
    t0 = time.perf_counter()
    crisis = asyncio.create_task(conversation.respond(_said(user, len(before), last)))
    reply = await crisis
    elapsed = time.perf_counter() - t0
    await asyncio.gather(*earlier)
    if reply is None or not reply.is_crisis:
        raise RuntimeError("bench: the crisis message was not answered as a crisis")
    return elapsed


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
