"""The Slack adapter end to end: the real bolt AsyncApp in HTTP mode, signed
requests as Slack sends them, a fake Slack Web API on loopback, a fake model
server, and a real SQLite file. Nothing of bolt, slack_sdk or heartline is mocked.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack_app import EVENTS_PATH, SlackService
from adapters.slack_events import ThreadBook, read_message
from adapters.slack_format import read_incoming, to_mrkdwn, to_stream_markdown
from adapters.slack_locale import CACHE_SECONDS, RETRY_SECONDS, LocaleLookup
from adapters.wiring import open_conversation
from bot.config import Settings
from bot.core import Conversation
from bot.domain import UserKey
from bot.errors import ConfigError
from tests.conftest import settings_for
from tests.fakes.openai_server import FakeOpenAI, Hang, Stream
from tests.fakes.slack_api import (
    BOT_USER,
    Call,
    FakeSlack,
    SlackSigner,
    command_form,
    event_callback,
)
from tests.test_notice_languages import OWN, SAYS, SLACK

SECRET = "test-signing-secret"
ALERTS = "CMOD"
PERSON = UserKey("slack", "T1:U1")
WITHIN = 10.0  # seconds any single wait may take before the test fails

_ts = iter(range(100, 10_000))


def new_ts() -> str:
    return f"1700000{next(_ts):03d}.000100"


@dataclass
class Harness:
    fake: FakeSlack
    service: SlackService
    conversation: Conversation
    http: aiohttp.ClientSession
    signer: SlackSigner

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.service.http_port}{EVENTS_PATH}"

    async def post(
        self,
        body: str,
        *,
        form: bool = False,
        retry: int | None = None,
        timestamp: int | None = None,
        signature: str | None = None,
    ) -> aiohttp.ClientResponse:
        headers = self.signer.headers(body, timestamp=timestamp, retry=retry)
        if signature is not None:
            headers["X-Slack-Signature"] = signature
        kind = "application/x-www-form-urlencoded" if form else "application/json"
        headers["Content-Type"] = kind
        async with self.http.post(self.url, data=body.encode(), headers=headers) as response:
            await response.read()
            return response

    async def event(self, event: dict[str, Any], **kw: Any) -> int:
        response = await self.post(event_callback(event), **kw)
        return response.status

    async def settle(self) -> None:
        """Wait until every event handed over so far has been answered."""
        assert await self.service.wait_idle(WITHIN)


async def start_slack_service(
    settings: Settings, fake_slack: FakeSlack
) -> tuple[Conversation, SlackService]:
    """A core and a running HTTP-mode Slack service on loopback, against the fake."""
    conversation = await open_conversation(settings)
    service = SlackService(
        conversation,
        settings,
        client_base_url=fake_slack.base_url,
        http_port=0,
        http_host="127.0.0.1",
    )
    await service.start()
    return conversation, service


@pytest.fixture
async def harness(
    fake_slack: FakeSlack, fake_model: FakeOpenAI, db_path: Path
) -> AsyncIterator[Harness]:
    settings = settings_for(
        db_path,
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_SIGNING_SECRET=SECRET,
        HEARTLINE_SLACK_ALERT_CHANNEL=ALERTS,
        HEARTLINE_MODEL_URL=fake_model.url,
        HEARTLINE_MODEL_RETRIES=0,
    )
    conversation, service = await start_slack_service(settings, fake_slack)
    http = aiohttp.ClientSession()
    try:
        yield Harness(fake_slack, service, conversation, http, SlackSigner(SECRET))
    finally:
        await http.close()
        await service.stop()
        await conversation.aclose()


def mention(
    text: str, *, ts: str, user: str = "U1", thread_ts: str | None = None
) -> dict[str, Any]:
    event = {
        "type": "app_mention",
        "user": user,
        "text": f"<@{BOT_USER}> {text}",
        "ts": ts,
        "channel": "C1",
        "event_ts": ts,
        "team": "T1",
    }
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def message(
    text: str,
    *,
    ts: str,
    channel: str = "C1",
    channel_type: str = "channel",
    user: str = "U1",
    thread_ts: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    event = {
        "type": "message",
        "user": user,
        "text": text,
        "ts": ts,
        "channel": channel,
        "channel_type": channel_type,
        "event_ts": ts,
        "team": "T1",
        **extra,
    }
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def dm(text: str, *, ts: str, **extra: Any) -> dict[str, Any]:
    return message(text, ts=ts, channel="D1", channel_type="im", **extra)


def params(calls: list[Call], key: str) -> list[Any]:
    return [c.params.get(key) for c in calls]


def thread_started(thread: str, *, user: str = "U1") -> dict[str, Any]:
    """The event Slack sends when someone opens a new assistant pane thread."""
    return {
        "type": "assistant_thread_started",
        "assistant_thread": {
            "user_id": user,
            "context": {},
            "channel_id": "D1",
            "thread_ts": thread,
        },
        "event_ts": thread,
    }


def as_posted(wordings: list[str]) -> list[str]:
    """The wordings of a part as a person sees them in Slack."""
    return [to_mrkdwn(text) for text in wordings]


def usage_answer(words: dict[str, Any]) -> str:
    """What ``/heartline <unknown>`` shows, from a file's [command] table."""
    return to_mrkdwn(f"{words['command']['unknown']}\n\n{words['command']['usage']}")


# -- where it answers -------------------------------------------------------------------


async def test_mention_gets_a_threaded_streamed_reply_and_the_thread_continues(
    harness: Harness, fake_model: FakeOpenAI
) -> None:
    fake = harness.fake
    fake_model.queue(Stream(["It sounds like today is heavy. ", "I'm here with you."]))
    ts = new_ts()
    assert await harness.event(mention("I feel so low today", ts=ts)) == 200
    await harness.settle()

    start = fake.called("chat.startStream")
    assert len(start) == 1
    assert start[0].params["channel"] == "C1" and start[0].params["thread_ts"] == ts
    assert start[0].params["recipient_user_id"] == "U1"
    assert start[0].params["recipient_team_id"] == "T1"
    assert len(fake.called("chat.stopStream")) == 1
    [reply] = fake.in_channel("C1")
    assert reply.thread_ts == ts and reply.streamed
    assert "It sounds like today is heavy." in reply.text and "I'm here with you." in reply.text
    # The model saw the words without Slack's mention markup.
    assert fake_model.requests[0]["messages"][-1]["content"] == "I feel so low today"

    # A follow-up in the thread, without a mention, is answered in the thread.
    fake_model.queue(Stream(["Thank you for telling me more. "]))
    assert await harness.event(message("it's work mostly", ts=new_ts(), thread_ts=ts)) == 200
    await harness.settle()
    assert len(fake.called("chat.startStream")) == 2
    assert params(fake.called("chat.startStream"), "thread_ts") == [ts, ts]

    # Someone else in that thread, and a top-level message, are not for heartline.
    await harness.event(message("hang in there!", ts=new_ts(), thread_ts=ts, user="U2"))
    await harness.event(message("lunch anyone?", ts=new_ts()))
    await harness.settle()
    assert len(fake.called("chat.startStream")) == 2
    assert len(fake_model.requests) == 2

    # In a channel thread the conversation is public.
    turns = await harness.conversation.store.recent(PERSON, 10)
    assert turns and not any(t.is_private for t in turns)


async def test_a_slow_reply_is_appended_to_the_stream_piece_by_piece(
    harness: Harness, fake_model: FakeOpenAI
) -> None:
    fake = harness.fake
    pieces = ["That sounds ", "really hard. ", "I'm glad ", "you told me. ", "What helps, usually?"]
    fake_model.queue(Stream(pieces, delay=0.3))
    await harness.event(mention("bad day", ts=new_ts()))
    await harness.settle()
    assert len(fake.called("chat.appendStream")) >= 1
    [reply] = fake.in_channel("C1")
    # Streamed pieces add up to the reply exactly once, in order.
    body = reply.text.split("\n\n", 1)[1]
    assert body.split() == "".join(pieces).split()


async def test_a_reply_the_filter_replaces_mid_stream_is_rewritten_at_once(
    harness: Harness, fake_model: FakeOpenAI
) -> None:
    fake = harness.fake
    unsafe = "Some say the most painless way to die is quiet. "
    fake_model.queue(Stream(["I hear how much pain you're in. ", unsafe], delay=0.3))
    await harness.event(mention("everything hurts", ts=new_ts()))
    await harness.settle()
    [reply] = fake.in_channel("C1")
    assert reply.streamed and reply.edits >= 1  # the stream was stopped, then rewritten
    [update] = fake.called("chat.update")
    assert update.params["ts"] == reply.ts
    assert "painless" not in reply.text and "how much pain" not in reply.text
    notices = harness.conversation.persona.texts["notices"]["filtered"]
    assert any(to_mrkdwn(line) in reply.text for line in notices)
    assert not any("painless" in text for text in fake.texts_sent())


async def test_without_streaming_it_posts_then_edits_and_remembers_per_workspace(
    harness: Harness, fake_model: FakeOpenAI
) -> None:
    fake = harness.fake
    fake.streaming = False
    fake_model.queue(Stream(["That sounds lonely. ", "Do you want to tell me about it?"]))
    first = new_ts()
    await harness.event(mention("nobody writes to me anymore", ts=first))
    await harness.settle()
    [refused] = fake.called("chat.startStream")
    assert not refused.ok
    [reply] = fake.in_channel("C1")
    assert reply.thread_ts == first and not reply.streamed
    assert reply.text.endswith("Do you want to tell me about it?")

    fake_model.queue(Stream(["I'm still here. "]))
    await harness.event(mention("thanks", ts=new_ts()))
    await harness.settle()
    # The workspace's answer was remembered: no second attempt to stream.
    assert len(fake.called("chat.startStream")) == 1
    assert len(fake.called("chat.postMessage")) == 2


async def test_a_dm_gets_a_private_reply_and_logs_no_text(
    harness: Harness, fake_model: FakeOpenAI, caplog: pytest.LogCaptureFixture
) -> None:
    for name in ("adapters", "bot"):
        caplog.set_level(logging.DEBUG, logger=name)
    fake = harness.fake
    fake_model.queue(Stream(["I'm glad you wrote. ", "What's been going on?"]))
    await harness.event(dm("hey, rough week with canary-7f3e", ts=new_ts()))
    await harness.settle()
    [reply] = fake.in_channel("D1")
    assert reply.thread_ts is None  # a DM is answered in place, not in a thread
    assert reply.text.endswith("What's been going on?")
    post = fake.called("chat.postMessage")[0].params
    assert post["parse"] == "none" and post["link_names"] in (False, 0, "0", "false")
    assert fake.called("users.info")[0].params["user"] == "U1"
    turns = await harness.conversation.store.recent(PERSON, 10)
    assert len(turns) == 2 and all(t.is_private for t in turns)
    assert any(r.name.startswith("adapters.slack") for r in caplog.records)
    for record in caplog.records:
        logged = f"{record.getMessage()} {getattr(record, 'heartline', {})}"
        assert "canary-7f3e" not in logged and "going on" not in logged
        assert "U1" not in logged  # user ids are hashed


async def test_assistant_pane_greets_suggests_shows_status_and_replies(
    harness: Harness, fake_model: FakeOpenAI
) -> None:
    fake = harness.fake
    thread = new_ts()
    assert await harness.event(thread_started(thread)) == 200
    await harness.settle()
    [greeting] = fake.in_channel("D1")
    assert greeting.thread_ts == thread
    assert greeting.text in as_posted(SLACK["greeting"])  # an en-US person: English
    assert "AI" in greeting.text and "not a therapist" in greeting.text
    [prompts] = fake.called("assistant.threads.setSuggestedPrompts")
    assert prompts.params["thread_ts"] == thread
    assert prompts.params["title"] == SLACK["suggested_prompts"]["title"]
    assert prompts.params["prompts"] == SLACK["suggested_prompts"]["prompts"]
    assert len(prompts.params["prompts"]) >= 3

    fake_model.queue(Stream(["That sounds exhausting. "]))
    await harness.event(dm("I can't sleep", ts=new_ts(), thread_ts=thread))
    await harness.settle()
    methods = [c.method for c in fake.calls]
    status = fake.called("assistant.threads.setStatus")[0].params
    assert status["status"] == "is typing…" and status["thread_ts"] == thread
    assert methods.index("assistant.threads.setStatus") < methods.index("chat.startStream")
    streamed = [m for m in fake.in_channel("D1") if m.streamed]
    assert len(streamed) == 1 and streamed[0].thread_ts == thread
    assert "That sounds exhausting." in streamed[0].text
    turns = await harness.conversation.store.recent(PERSON, 10)
    assert all(t.is_private for t in turns)


SPANISH = OWN["es"]["slack"]


async def test_a_spanish_speaker_opening_the_assistant_pane_reads_spanish(
    harness: Harness, fake_model: FakeOpenAI
) -> None:
    """Greeting, AI disclosure, prompts and status line, all in the language of
    the Slack locale of the person who opened the pane."""
    fake = harness.fake
    fake.locale = "es-MX"
    thread = new_ts()
    await harness.event(thread_started(thread, user="U7"))
    await harness.settle()
    [lookup] = fake.called("users.info")
    assert lookup.params["user"] == "U7"  # the person who opened the pane
    [greeting] = fake.in_channel("D1")
    assert greeting.text in as_posted(SPANISH["greeting"])
    for claim in SAYS["es"]:  # una IA, no una persona, ni terapeuta
        assert re.search(claim, greeting.text), (claim, greeting.text)
    assert "AI" not in greeting.text and "therapist" not in greeting.text
    [prompts] = fake.called("assistant.threads.setSuggestedPrompts")
    assert prompts.params["title"] == SPANISH["suggested_prompts"]["title"]
    assert prompts.params["prompts"] == SPANISH["suggested_prompts"]["prompts"]
    assert prompts.params["prompts"] != SLACK["suggested_prompts"]["prompts"]

    fake_model.queue(Stream(["Aquí estoy. "]))
    await harness.event(dm("no puedo dormir", ts=new_ts(), user="U7", thread_ts=thread))
    await harness.settle()
    status = fake.called("assistant.threads.setStatus")[0].params
    assert status["status"] == SPANISH["typing_status"] == "está escribiendo…"
    assert len(fake.called("users.info")) == 1  # the greeting's lookup is cached


async def test_when_the_locale_lookup_fails_the_pane_greets_in_english(harness: Harness) -> None:
    """A failed users.info (a missing scope, Slack down) costs the person
    nothing but their language: the greeting and its AI disclosure still come."""
    fake = harness.fake
    fake.locale = "es-MX"
    fake.fail_next("users.info", status=500, error="internal_error")
    thread = new_ts()
    await harness.event(thread_started(thread))
    await harness.settle()
    assert len(fake.called("users.info#500")) == 1
    [greeting] = fake.in_channel("D1")
    assert greeting.text in as_posted(SLACK["greeting"])
    [prompts] = fake.called("assistant.threads.setSuggestedPrompts")
    assert prompts.params["prompts"] == SLACK["suggested_prompts"]["prompts"]


async def test_bot_posts_edits_and_own_messages_are_ignored(
    harness: Harness, fake_model: FakeOpenAI
) -> None:
    await harness.event(dm("from a bot", ts=new_ts(), bot_id="B9"))
    await harness.event(dm("edited", ts=new_ts(), subtype="message_changed"))
    await harness.event(message("my own echo", ts=new_ts(), user=BOT_USER, channel_type="im"))
    await harness.settle()
    assert harness.fake.messages == {}
    assert fake_model.requests == []


# -- at-least-once delivery ----------------------------------------------------------------


async def test_redelivered_and_doubled_events_are_answered_once(
    harness: Harness, fake_model: FakeOpenAI
) -> None:
    fake = harness.fake
    fake_model.default = Stream(["I'm listening. "])
    ts = new_ts()
    body = event_callback(mention("are you there?", ts=ts), event_id="Ev1")
    for retry in (None, 1, 2):
        response = await harness.post(body, retry=retry)
        assert response.status == 200
    # Slack also sends the same message as a plain channel message event.
    await harness.event(message(f"<@{BOT_USER}> are you there?", ts=ts))
    await harness.settle()
    assert len(fake.called("chat.startStream")) == 1
    assert len(fake_model.requests) == 1
    assert await harness.conversation.store.turn_count(PERSON) == 2


# -- signatures ------------------------------------------------------------------------------


async def test_forged_and_stale_requests_are_refused(harness: Harness) -> None:
    body = event_callback(dm("hello", ts=new_ts()))
    forged = await harness.post(body, signature="v0=" + "0" * 64)
    assert forged.status == 401
    stale = await harness.post(body, timestamp=int(time.time()) - 6 * 60)
    assert stale.status == 401
    wrong_secret = SlackSigner("not-the-secret").headers(body)
    forged_again = await harness.post(body, signature=wrong_secret["X-Slack-Signature"])
    assert forged_again.status == 401
    await harness.settle()
    assert not [c for c in harness.fake.calls if c.method.startswith("chat.")]


async def test_url_verification_challenge_is_answered(harness: Harness) -> None:
    body = json.dumps({"token": "x", "challenge": "c-123", "type": "url_verification"})
    headers = harness.signer.headers(body)
    headers["Content-Type"] = "application/json"
    async with harness.http.post(harness.url, data=body, headers=headers) as response:
        assert response.status == 200
        assert "c-123" in await response.text()


# -- formatting ------------------------------------------------------------------------------

PINGS = ("<!channel>", "<!here>", "<!everyone>", "<@U123>", "<#C999>")


async def test_mentions_in_model_output_cannot_ping(
    harness: Harness, fake_model: FakeOpenAI
) -> None:
    fake = harness.fake
    risky = "Tell <!channel> and <!here> and <!everyone>, or <@U123> in <#C999>. "
    fake_model.queue(Stream([risky, "Also @here, R&D <3. "]), Stream([risky]))
    await harness.event(mention("say something", ts=new_ts()))  # streamed
    await harness.event(dm("say something", ts=new_ts()))  # posted, then edited
    await harness.settle()
    sent = fake.texts_sent()
    assert sent
    for text in sent:
        assert not any(ping in text for ping in PINGS), text
        assert "@here" not in text.replace("@\u2060here", "")
    streamed = next(m for m in fake.in_channel("C1") if m.streamed)
    assert "&lt;" in streamed.text and "channel" in streamed.text
    for call in fake.called("chat.postMessage") + fake.called("chat.update"):
        assert call.params["parse"] == "none"


# -- crisis and moderators ---------------------------------------------------------------------

IMMINENT = "I'm going to kill myself tonight, I already have the pills ready"


async def test_imminent_message_gets_one_whole_crisis_reply_and_one_alert(
    harness: Harness, fake_model: FakeOpenAI
) -> None:
    fake = harness.fake
    fake_model.default = Hang(30)
    ts = new_ts()
    await harness.event(dm(IMMINENT, ts=ts))
    await harness.settle()
    alerts = await fake.wait_for(lambda: fake.in_channel(ALERTS), within=WITHIN)
    await harness.conversation.drain(WITHIN)

    [crisis] = fake.in_channel("D1")
    assert crisis.edits == 0 and not crisis.streamed
    shown = [c.method for c in fake.calls if c.params.get("channel") == "D1"]
    assert [m for m in shown if m != "chat.getPermalink"] == ["chat.postMessage"]
    assert fake_model.requests == []  # the model is never asked in a crisis

    assert len(alerts) == 1
    alert = alerts[0].text
    assert "U1" in alert and "<@U1>" not in alert
    assert "https://test.slack.com/archives/D1/p" in alert
    for word in ("kill", "pills", "tonight"):
        assert word not in alert.lower()


# -- the slash command -------------------------------------------------------------------------


async def test_forget_command_erases_memory_and_says_so_privately(
    harness: Harness, fake_model: FakeOpenAI
) -> None:
    fake = harness.fake
    fake_model.queue(Stream(["I'm here. "]))
    await harness.event(dm("my dog Biscuit died last week", ts=new_ts()))
    await harness.settle()
    store = harness.conversation.store
    assert await store.turn_count(PERSON) == 2

    body = command_form("forget", response_url=fake.response_url("forget"))
    response = await harness.post(body, form=True)
    assert response.status == 200
    await harness.settle()
    [answer] = fake.called("response_url:forget")
    assert answer.params["response_type"] == "ephemeral"
    assert answer.params["text"] == to_mrkdwn(harness.conversation.persona.notice("forgotten"))
    assert await store.turn_count(PERSON) == 0
    snapshot = await harness.conversation.memory(PERSON)
    assert snapshot.turn_count == 0 and not snapshot.facts and not snapshot.summary


async def test_a_person_whose_slack_locale_is_spanish_is_answered_in_spanish(
    harness: Harness, fake_model: FakeOpenAI
) -> None:
    fake, persona = harness.fake, harness.conversation.persona
    fake.locale = "es-MX"
    fake_model.queue(Stream(["Aquí estoy. ", "¿Qué pasó?"]))
    await harness.event(dm("hola, semana difícil", ts=new_ts()))
    await harness.settle()
    [reply] = fake.in_channel("D1")
    assert reply.text.startswith(to_mrkdwn(persona.disclosure(0, locale="es-MX")))
    assert to_mrkdwn(persona.disclosure(0)) not in reply.text
    await harness.post(command_form("pause", response_url=fake.response_url("p")), form=True)
    await harness.settle()
    [answer] = fake.called("response_url:p")
    assert answer.params["text"] == to_mrkdwn(persona.notice("paused_ack", locale="es-MX"))
    crisis = harness.conversation.crisis
    await harness.post(command_form("help", response_url=fake.response_url("h")), form=True)
    await harness.post(command_form("resources", response_url=fake.response_url("r")), form=True)
    await harness.settle()
    [help_answer] = fake.called("response_url:h")
    assert help_answer.params["text"].startswith(to_mrkdwn(crisis.help_text(locale="es-MX")))
    [lines] = fake.called("response_url:r")
    assert lines.params["text"] == to_mrkdwn(crisis.resources_text("MX", locale="es-MX"))
    assert help_answer.params["text"].endswith(to_mrkdwn(SPANISH["command"]["usage"]))


async def test_a_failed_locale_lookup_is_tried_again_after_a_minute(
    fake_slack: FakeSlack,
) -> None:
    # A Slack hiccup gives English and the default country's lines for now, but
    # a Spanish speaker reads Spanish again a minute later, not an hour later.
    now = [0.0]
    client = AsyncWebClient(token="xoxb-test", base_url=fake_slack.base_url)
    lookup = LocaleLookup(client, clock=lambda: now[0])
    fake_slack.locale = "es-MX"
    fake_slack.fail_next("users.info", status=500, error="internal_error")
    assert await lookup("U1") is None
    now[0] = RETRY_SECONDS - 1
    assert await lookup("U1") is None  # not asked again within the minute
    asked = len(fake_slack.called("users.info"))
    now[0] = RETRY_SECONDS + 1
    assert await lookup("U1") == "es-MX"
    now[0] += CACHE_SECONDS - 1
    assert await lookup("U1") == "es-MX"  # an answer stands for the hour
    assert len(fake_slack.called("users.info")) == asked + 1


async def test_a_spanish_speakers_unknown_command_is_answered_in_spanish(
    harness: Harness,
) -> None:
    fake = harness.fake
    fake.locale = "es-MX"
    await harness.post(command_form("foo", response_url=fake.response_url("x")), form=True)
    await harness.settle()
    [answer] = fake.called("response_url:x")
    assert answer.params["response_type"] == "ephemeral"
    assert answer.params["text"] == usage_answer(SPANISH)
    assert answer.params["text"].startswith("No conozco ese comando.")
    assert "/heartline forget" in answer.params["text"]  # command names stay as they are


async def test_resources_command_uses_the_country_or_the_persons_locale(
    harness: Harness,
) -> None:
    fake, crisis = harness.fake, harness.conversation.crisis
    await harness.post(
        command_form("resources gb", response_url=fake.response_url("gb")), form=True
    )
    await harness.post(command_form("resources", response_url=fake.response_url("me")), form=True)
    await harness.settle()
    [gb] = fake.called("response_url:gb")
    assert gb.params["text"] == to_mrkdwn(crisis.resources_text("GB"))
    [me] = fake.called("response_url:me")  # the fake's users.info says en-US
    assert me.params["text"] == to_mrkdwn(crisis.resources_text("US"))


async def test_unknown_command_shows_usage(harness: Harness) -> None:
    fake = harness.fake
    await harness.post(command_form("dance", response_url=fake.response_url("x")), form=True)
    await harness.settle()
    [answer] = fake.called("response_url:x")
    assert answer.params["response_type"] == "ephemeral"
    assert answer.params["text"] == usage_answer(SLACK)  # an en-US person: English
    assert "/heartline forget" in answer.params["text"]


# -- Slack's rate limits and the token -----------------------------------------------------------


async def test_rate_limited_post_is_retried_and_the_reply_arrives(
    harness: Harness, fake_model: FakeOpenAI
) -> None:
    fake = harness.fake
    fake.fail_next("chat.postMessage", status=429, retry_after=0)
    fake_model.queue(Stream(["Still here with you. "]))
    await harness.event(dm("hi again", ts=new_ts()))
    await harness.settle()
    assert len(fake.called("chat.postMessage#429")) == 1
    [reply] = fake.in_channel("D1")
    assert "Still here with you." in reply.text


async def test_a_failed_post_gets_a_kind_reply_and_a_logged_error_type(
    harness: Harness, fake_model: FakeOpenAI, caplog: pytest.LogCaptureFixture
) -> None:
    fake = harness.fake
    fake.fail_next("chat.postMessage", status=500, error="internal_error")
    fake_model.queue(Stream(["I'm here. "]))
    await harness.event(dm("hello?", ts=new_ts()))
    await harness.settle()
    [sorry] = fake.in_channel("D1")
    assert sorry.text in as_posted(SLACK["error_reply"])
    assert "send" in sorry.text and "Error" not in sorry.text
    [failed] = [r for r in caplog.records if r.getMessage() == "slack_reply_failed"]
    assert getattr(failed, "heartline", {})["error"] == "SlackApiError"


async def test_a_failed_reply_says_sorry_in_their_language(
    harness: Harness, fake_model: FakeOpenAI
) -> None:
    fake = harness.fake
    fake.locale = "pt-BR"
    fake.fail_next("chat.postMessage", status=500, error="internal_error")
    fake_model.queue(Stream(["Estou aqui. "]))
    await harness.event(dm("oi?", ts=new_ts()))
    await harness.settle()
    [sorry] = fake.in_channel("D1")
    assert sorry.text in as_posted(OWN["pt"]["slack"]["error_reply"])


async def test_a_rejected_token_is_one_clear_config_error(
    fake_slack: FakeSlack, db_path: Path
) -> None:
    fake_slack.token_ok = False
    settings = settings_for(db_path, SLACK_BOT_TOKEN="xoxb-bad", SLACK_SIGNING_SECRET=SECRET)
    conversation = await open_conversation(settings)
    try:
        service = SlackService(
            conversation,
            settings,
            client_base_url=fake_slack.base_url,
            http_port=0,
            http_host="127.0.0.1",
        )
        with pytest.raises(ConfigError) as caught:
            await service.start()
        assert caught.value.key == "SLACK_BOT_TOKEN"
        assert "rejected" in str(caught.value) and "\n" not in str(caught.value)
        await service.stop()
    finally:
        await conversation.aclose()


# -- Socket Mode ---------------------------------------------------------------------------------


async def test_socket_mode_receives_events_and_acknowledges_them(
    fake_slack: FakeSlack, fake_model: FakeOpenAI, db_path: Path
) -> None:
    settings = settings_for(
        db_path,
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_APP_TOKEN="xapp-test",
        HEARTLINE_MODEL_URL=fake_model.url,
    )
    fake_model.queue(Stream(["I'm here over the socket too. "]))
    conversation = await open_conversation(settings)
    service = SlackService(conversation, settings, client_base_url=fake_slack.base_url)
    try:
        await service.start()
        assert service.healthy
        envelope = {
            "envelope_id": "env-1",
            "type": "events_api",
            "accepts_response_payload": False,
            "retry_attempt": 0,
            "retry_reason": "",
            "payload": json.loads(event_callback(dm("hello socket", ts=new_ts()))),
        }
        await fake_slack.socket_send(envelope)
        acks = await fake_slack.wait_for(lambda: fake_slack.called("socket_ack"), within=WITHIN)
        assert acks[0].params["envelope_id"] == "env-1"
        await fake_slack.wait_for(lambda: fake_slack.in_channel("D1"), within=WITHIN)
        assert await service.wait_idle(WITHIN)
        [reply] = fake_slack.in_channel("D1")
        assert "over the socket too." in reply.text
    finally:
        await service.stop()
        await conversation.aclose()
    assert not service.healthy


# -- pure translation ----------------------------------------------------------------------------


def test_incoming_markup_is_read_as_a_person_wrote_it() -> None:
    text = "<@UBOT> hi <@U2|ana> see <#C1|general> &lt;3 <https://x.org|this> &amp; <!here>"
    assert read_incoming(text, "UBOT") == "hi @ana see #general <3 this (https://x.org) & @here"


def test_outgoing_formats_cannot_build_control_sequences() -> None:
    assert to_mrkdwn("**calm** & <b>") == "*calm* &amp; &lt;b&gt;"
    assert to_mrkdwn("[a helpline](https://example.org/x?a=1&b=2)") == (
        "<https://example.org/x?a=1&amp;b=2|a helpline>"
    )
    streamed = to_stream_markdown("<!channel> <@U1>")
    assert "<" not in streamed and "&lt;!" not in streamed and "&lt;@" not in streamed


def test_message_reading_and_the_thread_book() -> None:
    assert read_message({"type": "message", "subtype": "bot_message", "ts": "1"}, "T1") is None
    event = {"type": "message", "user": "U1", "channel": "C1", "ts": "2.0", "text": "x"}
    read = read_message(event, "T1", "UBOT")
    assert read is not None and read.message_id == "C1:2.0" and read.person == "T1:U1"
    book = ThreadBook(max_threads=2)
    book.remember("C1", "1", "T1:U1")
    book.remember("C1", "2", "T1:U1")
    book.remember("C1", "3", "T1:U1")
    assert not book.knows("C1", "1", "T1:U1") and book.knows("C1", "3", "T1:U1")
    assert not book.knows("C1", "3", "T1:U2")
