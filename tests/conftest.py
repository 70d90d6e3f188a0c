"""Shared fixtures: a real SQLite file per test and a fake model server on loopback."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from adapters.wiring import open_conversation
from bot.config import Settings
from bot.core import Conversation
from tests.fakes.openai_server import FakeOpenAI

OpenConversation = Callable[..., Awaitable[Conversation]]


def settings_for(db: Path, **env: Any) -> Settings:
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
