"""Two bot processes, one PostgreSQL database, the same people writing to both.

Each ``Conversation`` here has its own store and connection pools, as two
processes would; they share only the database. A person's next message goes
to the other process as soon as the previous one is claimed, so only the
database's per-person turn lock keeps their turns in order. Every message is
also redelivered to the other process at the same time (a retried webhook, a
gateway resume): it must be answered exactly once.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest

from adapters.wiring import open_conversation
from bot.core import Conversation
from bot.domain import IncomingMessage, ModeratorAlert, Role, UserKey
from tests.conftest import settings_for
from tests.fakes.openai_server import FakeOpenAI, Stream

PEOPLE = 12
MESSAGES = 8
Open = Callable[..., Awaitable[Conversation]]


@pytest.fixture
async def processes(postgres_url: str) -> AsyncIterator[Open]:
    opened: list[Conversation] = []

    async def start(**env: Any) -> Conversation:
        conversation = await open_conversation(settings_for(postgres_url, **env))
        opened.append(conversation)
        return conversation

    yield start
    for conversation in opened:
        await conversation.aclose()


def _message(person: int, n: int) -> IncomingMessage:
    return IncomingMessage(
        platform="test",
        user_id=f"p{person}",
        conversation_id=f"dm-p{person}",
        message_id=f"p{person}-m{n}",
        text=f"token-u{person}-n{n} I feel a bit low today",
        is_private=True,
    )


async def _claimed(conversation: Conversation, user: UserKey, turns: int) -> None:
    """Poll the shared database (another process's writes have no event to wait on)."""
    for _ in range(6000):
        if await conversation.store.turn_count(user) >= turns:
            return
        await asyncio.sleep(0.005)
    raise AssertionError(f"turn {turns} was never stored")


async def test_interleaved_people_on_two_processes(
    processes: Open, postgres_url: str, fake_model: FakeOpenAI
) -> None:
    fake_model.default = Stream(["I hear you. ", "That sounds ", "heavy."], delay=0.01)
    env = {"HEARTLINE_MODEL_URL": fake_model.url, "HEARTLINE_RATE_LIMIT": 0}
    pair = (await processes(**env), await processes(**env))
    answered: list[tuple[str, int]] = []

    async def deliver(which: int, message: IncomingMessage) -> None:
        reply = await pair[which].respond(message)
        if reply is not None:
            answered.append((message.message_id, which))

    async def person(p: int) -> None:
        user = UserKey("test", f"p{p}")
        tasks = []
        for n in range(MESSAGES):
            message = _message(p, n)
            first = n % 2
            tasks.append(asyncio.create_task(deliver(first, message)))
            tasks.append(asyncio.create_task(deliver(1 - first, message)))  # redelivered
            # The next message leaves once this one is claimed: it races this
            # turn's reply from the other process.
            await _claimed(pair[0], user, 2 * n + 1)
        await asyncio.gather(*tasks)

    await asyncio.gather(*(person(p) for p in range(PEOPLE)))

    ids = [message_id for message_id, _ in answered]
    assert sorted(ids) == sorted({f"p{p}-m{n}" for p in range(PEOPLE) for n in range(MESSAGES)})
    assert {which for _, which in answered} == {0, 1}  # both processes did real work
    assert len(fake_model.requests) == PEOPLE * MESSAGES
    for prompt in fake_model.prompts():
        owners = set(re.findall(r"token-u(\d+)-", prompt))
        assert len(owners) == 1, owners  # one person's words per prompt, never two
    for p in range(PEOPLE):
        turns = await pair[1].store.recent(UserKey("test", f"p{p}"), 100)
        assert [t.role for t in turns] == [Role.USER, Role.ASSISTANT] * MESSAGES
        said = [t.text.split()[0] for t in turns if t.role is Role.USER]
        assert said == [f"token-u{p}-n{n}" for n in range(MESSAGES)]


async def test_pausing_through_one_process_silences_the_other(
    processes: Open, fake_model: FakeOpenAI
) -> None:
    env = {"HEARTLINE_MODEL_URL": fake_model.url}
    one, two = await processes(**env), await processes(**env)
    user = UserKey("test", "p1")
    assert await two.respond(_message(1, 0)) is not None
    await one.pause(user)
    assert await two.is_paused(user)
    assert await two.respond(_message(1, 1)) is None  # silent while paused
    await two.resume(user)
    assert await one.respond(_message(1, 2)) is not None
    # The AI notice was shown once, at first contact, whichever process answered.
    assert len(fake_model.requests) == 2


class _Moderator:
    def __init__(self) -> None:
        self.alerts: list[ModeratorAlert] = []

    async def alert(self, alert: ModeratorAlert) -> None:
        self.alerts.append(alert)


async def test_one_alert_between_two_processes(processes: Open) -> None:
    one, two = await processes(), await processes()
    moderator = _Moderator()
    one.register_escalation("test", moderator)
    two.register_escalation("test", moderator)
    crisis = "I'm going to kill myself tonight, I already have the pills ready"

    def message(n: int) -> IncomingMessage:
        return IncomingMessage("test", "p7", "dm-p7", f"c{n}", crisis, True)

    replies = await asyncio.gather(one.respond(message(0)), two.respond(message(1)))
    assert all(r is not None and r.kind.value == "crisis" for r in replies)
    await one.alerts.drain()
    await two.alerts.drain()
    assert len(moderator.alerts) == 1  # the cooldown is shared through the database
    states = await one.store.states(UserKey("test", "p7"))
    assert states["crisis_count"] == "2"


async def test_health_asks_postgres(processes: Open, postgres_url: str) -> None:
    from adapters.health import HealthServer

    conversation = await processes()
    health = HealthServer(conversation, settings_for(postgres_url, HEARTLINE_HEALTH_PORT=0), [])
    ok, body = await health.report()
    assert ok and body["database"] == "ok"
    await conversation.store.aclose()  # the server is unreachable for this process now
    ok, body = await health.report()
    assert not ok and body["failing"] == ["database"]
