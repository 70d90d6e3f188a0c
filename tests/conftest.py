"""Shared fixtures: a real SQLite file per test, a fake model server on loopback,
and a fresh PostgreSQL database per test when a server is available."""

from __future__ import annotations

import asyncio
import os
import sys
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import pytest

from adapters.wiring import open_conversation
from bot.config import Settings
from bot.core import Conversation
from tests.fakes.openai_server import FakeOpenAI, Hang
from tests.fakes.slack_api import FakeSlack
from tests.fakes.terminal import PtyProcess

T = TypeVar("T")
OpenConversation = Callable[..., Awaitable[Conversation]]


def _heartline_env(env: dict[str, str]) -> dict[str, str]:
    """This machine's environment with its heartline settings replaced by ``env``."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("HEARTLINE_", "DISCORD_", "SLACK_"))
    }
    return {**clean, **env}


async def spawn_heartline(*args: str, env: dict[str, str]) -> asyncio.subprocess.Process:
    """``heartline`` as a child of the test's own loop, so a fake server on that loop
    keeps serving, with this machine's settings replaced by ``env``."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "adapters.cli",
        *args,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
        env=_heartline_env(env),
    )


async def spawn_heartline_tty(*args: str, env: dict[str, str]) -> PtyProcess:
    """``heartline`` in a terminal of its own (a pty), as a person runs it, on the
    test's loop like :func:`spawn_heartline`."""
    return await PtyProcess.spawn(["-m", "adapters.cli", *args], env=_heartline_env(env))


def hung_model_env(env: dict[str, str], fake_model: FakeOpenAI) -> dict[str, str]:
    """``env`` with a model that accepts every request and never answers, for far
    longer than any test waits."""
    fake_model.default = Hang(600)
    return {
        **env,
        "HEARTLINE_MODEL_URL": fake_model.url,
        "HEARTLINE_MODEL_TIMEOUT": "600",
        "HEARTLINE_MODEL_READ_TIMEOUT": "600",
    }


def settings_for(db: Path | str, **env: Any) -> Settings:
    """Settings from a plain mapping, as an operator's environment would give them."""
    values = {"HEARTLINE_DB": str(db), "HEARTLINE_LOG_FORMAT": "text"}
    values.update({k: str(v) for k, v in env.items()})
    return Settings.from_env(values)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "heartline.db"


@pytest.fixture
async def fake_model() -> AsyncIterator[FakeOpenAI]:
    server = await FakeOpenAI().start()
    try:
        yield server
    finally:
        await server.close()


@pytest.fixture
async def conversation_factory(db_path: Path) -> AsyncIterator[OpenConversation]:
    """Open cores on the test's database; all are closed at the end."""
    opened: list[Conversation] = []

    async def factory(**env: Any) -> Conversation:
        conversation = await open_conversation(settings_for(db_path, **env))
        opened.append(conversation)
        return conversation

    yield factory
    for conversation in opened:
        await conversation.aclose()


# -- PostgreSQL ---------------------------------------------------------------------

POSTGRES_ENV = "HEARTLINE_TEST_POSTGRES_URL"
# Tried when the variable is unset: a developer's server on loopback.
_LOOPBACK_CANDIDATES = (
    "postgresql://heartline:heartline@127.0.0.1:5432/heartline",
    "postgresql://postgres@127.0.0.1:5432/postgres",
)


def _off_loop(work: Coroutine[Any, Any, T]) -> T:
    """Run ``work`` on a loop of its own in a thread: callable from sync fixtures
    requested while a test's loop is running."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, work).result()


async def _reachable(url: str) -> bool:
    import asyncpg

    try:
        conn = await asyncpg.connect(url, timeout=2)
    except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError):
        return False
    await conn.close()
    return True


async def _admin(url: str, sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(url, timeout=10)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """A PostgreSQL server URL whose role may create databases.

    Skipped locally when there is none; in CI (``CI`` set) a missing server
    fails the run, because .ci/run starts one.
    """
    configured = os.environ.get(POSTGRES_ENV)
    candidates = (configured,) if configured else _LOOPBACK_CANDIDATES
    for url in candidates:
        if _off_loop(_reachable(url)):
            return url
    if os.environ.get("CI"):
        pytest.fail(f"no PostgreSQL server in CI: .ci/run starts one and sets {POSTGRES_ENV}")
    pytest.skip(f"no PostgreSQL server: set {POSTGRES_ENV} or run one on 127.0.0.1:5432")


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty database on the test server, dropped afterwards."""
    name = f"heartline_t{uuid.uuid4().hex[:12]}"
    _off_loop(_admin(postgres_server, f'CREATE DATABASE "{name}"'))
    yield urlunsplit(urlsplit(postgres_server)._replace(path=f"/{name}"))
    _off_loop(_admin(postgres_server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
async def fake_slack() -> AsyncIterator[FakeSlack]:
    fake = await FakeSlack().start()
    try:
        yield fake
    finally:
        await fake.close()
