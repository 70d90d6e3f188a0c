"""Two Slack HTTP workers behind one endpoint, sharing one PostgreSQL database.

A person mentions heartline through worker one; their follow-up in the
thread (no mention) reaches worker two, which answers it because the thread
is in the store, not in worker one's memory. A redelivery of that follow-up
to worker one is answered by nobody. Real bolt apps, signed requests, the
fake Slack Web API and the fake model server, as in tests/test_adapter_slack.py.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from adapters.slack_events import StoredThreadBook
from bot.domain import UserKey
from bot.memory.postgres import PostgresStore
from bot.memory.sqlite import SqliteStore
from bot.ports import MemoryStore
from tests.conftest import settings_for
from tests.fakes.openai_server import FakeOpenAI, Stream
from tests.fakes.slack_api import FakeSlack, SlackSigner
from tests.test_adapter_slack import (
    SECRET,
    Harness,
    mention,
    message,
    new_ts,
    start_slack_service,
)


@pytest.fixture
async def workers(
    fake_slack: FakeSlack, fake_model: FakeOpenAI, postgres_url: str
) -> AsyncIterator[tuple[Harness, Harness]]:
    settings = settings_for(
        postgres_url,
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_SIGNING_SECRET=SECRET,
        HEARTLINE_MODEL_URL=fake_model.url,
        HEARTLINE_MODEL_RETRIES=0,
    )
    http = aiohttp.ClientSession()
    started: list[Harness] = []
    try:
        for _ in range(2):
            conversation, service = await start_slack_service(settings, fake_slack)
            started.append(Harness(fake_slack, service, conversation, http, SlackSigner(SECRET)))
        yield started[0], started[1]
    finally:
        await http.close()
        for harness in started:
            await harness.service.stop()
            await harness.conversation.aclose()


async def test_a_thread_started_on_one_worker_continues_on_another(
    workers: tuple[Harness, Harness], fake_model: FakeOpenAI
) -> None:
    one, two = workers
    fake = one.fake
    fake_model.default = Stream(["I'm here with you."])
    ts = new_ts()
    assert await one.event(mention("I feel so low today", ts=ts)) == 200
    await one.settle()

    follow_up = message("it's work mostly", ts=new_ts(), thread_ts=ts)
    assert await two.event(follow_up) == 200
    await two.settle()
    assert await one.event(follow_up, retry=1) == 200  # Slack's retry hits the other worker
    await one.settle()
    # Someone else in the thread is not for heartline on either worker.
    assert await two.event(message("hang in there", ts=new_ts(), thread_ts=ts, user="U2")) == 200
    await two.settle()

    assert [c.params["thread_ts"] for c in fake.called("chat.startStream")] == [ts, ts]
    assert len(fake_model.requests) == 2
    turns = await two.conversation.store.recent(UserKey("slack", "T1:U1"), 10)
    assert [t.role.value for t in turns] == ["user", "assistant"] * 2


async def test_the_thread_book_lives_in_the_store(tmp_path: Path, postgres_url: str) -> None:
    """Any store: a new book (a restarted worker) knows what an old one stored;
    forget takes the memberships with the person."""
    stores: tuple[MemoryStore, ...] = (SqliteStore(tmp_path / "t.db"), PostgresStore(postgres_url))
    for store in stores:
        await store.open()
        try:
            await StoredThreadBook(store).remember("C1", "1.0", "T1:U1")
            fresh = StoredThreadBook(store)
            assert await fresh.knows("C1", "1.0", "T1:U1")
            assert not await fresh.knows("C1", "1.0", "T1:U2")
            assert not await fresh.knows("C1", "2.0", "T1:U1")
            await store.forget(UserKey("slack", "T1:U1"))
            assert not await StoredThreadBook(store).knows("C1", "1.0", "T1:U1")
        finally:
            await store.aclose()
