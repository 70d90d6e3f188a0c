"""When the model fails, the person still gets a kind reply, and the turn is stored once."""

from __future__ import annotations

import asyncio
import socket

import pytest

from bot.domain import ReplyKind, Role, UserKey
from tests.conftest import OpenConversation
from tests.fakes.openai_server import Cut, FakeOpenAI, Garbage, Hang, Malformed, Status, Stream
from tests.test_core import msg

# A generous bound: a reply must come from the fallback, not from the 30 s hang ending.
WITHIN = 10


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _assert_kind_fallback(conv_reply_kind: ReplyKind, text: str) -> None:
    assert conv_reply_kind is ReplyKind.FALLBACK
    assert text and "Traceback" not in text and "Error" not in text


async def test_server_down(conversation_factory: OpenConversation) -> None:
    conv = await conversation_factory(
        HEARTLINE_MODEL_URL=f"http://127.0.0.1:{_closed_port()}/v1", HEARTLINE_MODEL_RETRIES=1
    )
    reply = await asyncio.wait_for(conv.respond(msg("a", "I feel so down today")), WITHIN)
    assert reply is not None
    await _assert_kind_fallback(reply.kind, reply.text)
    turns = await conv.store.recent(UserKey("test", "a"), 10)
    assert [t.role for t in turns] == [Role.USER, Role.ASSISTANT]


async def test_hang_falls_back_within_the_timeout(
    conversation_factory: OpenConversation, fake_model: FakeOpenAI
) -> None:
    fake_model.queue(Hang(30))
    conv = await conversation_factory(
        HEARTLINE_MODEL_URL=fake_model.url, HEARTLINE_MODEL_TIMEOUT=1, HEARTLINE_MODEL_RETRIES=0
    )
    reply = await asyncio.wait_for(conv.respond(msg("b", "my friends moved away")), WITHIN)
    assert reply is not None
    await _assert_kind_fallback(reply.kind, reply.text)


@pytest.mark.parametrize("behaviour", [Status(500), Status(429), Malformed(), Garbage()])
async def test_bad_responses_fall_back(
    conversation_factory: OpenConversation, fake_model: FakeOpenAI, behaviour: object
) -> None:
    fake_model.default = behaviour  # type: ignore[assignment]
    conv = await conversation_factory(HEARTLINE_MODEL_URL=fake_model.url, HEARTLINE_MODEL_RETRIES=1)
    reply = await asyncio.wait_for(conv.respond(msg("c", "I lost my job")), WITHIN)
    assert reply is not None
    await _assert_kind_fallback(reply.kind, reply.text)
    assert "\ufffd" not in reply.text and "###" not in reply.text
    assert await conv.store.turn_count(UserKey("test", "c")) == 2


async def test_retry_before_first_token_recovers(
    conversation_factory: OpenConversation, fake_model: FakeOpenAI
) -> None:
    fake_model.queue(Status(503), Stream(["Still here with you."]))
    conv = await conversation_factory(HEARTLINE_MODEL_URL=fake_model.url, HEARTLINE_MODEL_RETRIES=2)
    reply = await conv.respond(msg("d", "hello"))
    assert reply is not None and reply.kind is ReplyKind.CHAT
    assert "Still here with you." in reply.text
    assert len(fake_model.requests) == 2


async def test_stream_cut_midway_keeps_what_was_said(
    conversation_factory: OpenConversation, fake_model: FakeOpenAI
) -> None:
    fake_model.queue(Cut(["That sounds exhausting. ", "I wonder"]))
    conv = await conversation_factory(HEARTLINE_MODEL_URL=fake_model.url)
    reply = await asyncio.wait_for(conv.respond(msg("e", "work is too much")), WITHIN)
    assert reply is not None and reply.kind is ReplyKind.CHAT
    assert reply.text.split("\n\n")[-2].rstrip().endswith("That sounds exhausting.")
    assert "still" in reply.text.lower()  # the short kind line
    assert await conv.store.turn_count(UserKey("test", "e")) == 2


async def test_reasoning_blocks_never_reach_the_person(
    conversation_factory: OpenConversation, fake_model: FakeOpenAI
) -> None:
    fake_model.queue(
        Stream(
            [
                "<think>The user is sad, I should",
                " be gentle.</think>",
                "I'm here. ",
                "Tell me more.",
            ]
        )
    )
    conv = await conversation_factory(HEARTLINE_MODEL_URL=fake_model.url)
    reply = await conv.respond(msg("f", "rough day"))
    assert reply is not None
    assert "think" not in reply.text and "gentle" not in reply.text
    assert "I'm here." in reply.text


async def test_method_content_from_the_model_is_replaced(
    conversation_factory: OpenConversation, fake_model: FakeOpenAI
) -> None:
    fake_model.queue(
        Stream(
            [
                "I understand. ",
                "The most lethal dose of acetaminophen is about 20 grams, ",
                "so take them all at once.",
            ]
        )
    )
    conv = await conversation_factory(HEARTLINE_MODEL_URL=fake_model.url)
    chunks = [c async for c in conv.handle(msg("g", "what would happen if"))]
    final = chunks[-1].reply
    assert final is not None
    assert "grams" not in final.text and "lethal" not in final.text
    assert any(c.replaced for c in chunks)
    stored = await conv.store.recent(UserKey("test", "g"), 2)
    assert "grams" not in stored[-1].text
