"""The conversation core end to end: real SQLite, real httpx, a fake model server."""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
from contextlib import aclosing

from bot.domain import IncomingMessage, ReplyKind, RiskLevel, Role, UserKey
from bot.prompt import estimate_tokens
from tests.conftest import OpenConversation
from tests.fakes.openai_server import FakeOpenAI, Stream

_ids = itertools.count()


def msg(
    user: str, text: str, *, private: bool = True, conversation: str | None = None
) -> IncomingMessage:
    return IncomingMessage(
        platform="test",
        user_id=user,
        conversation_id=conversation or f"dm-{user}",
        message_id=f"m{next(_ids)}",
        text=text,
        is_private=private,
    )


async def test_reply_streams_and_turn_is_stored(
    conversation_factory: OpenConversation, fake_model: FakeOpenAI
) -> None:
    fake_model.queue(Stream(["It sounds ", "like a long day. ", "What happened?"]))
    conv = await conversation_factory(HEARTLINE_MODEL_URL=fake_model.url)
    chunks = [c async for c in conv.handle(msg("ana", "I feel so down today"))]
    assert chunks[-1].reply is not None
    assert chunks[-1].reply.kind is ReplyKind.CHAT
    assert "like a long day." in chunks[-1].reply.text
    # Streamed: several chunks, each text a prefix of the next.
    texts = [c.text for c in chunks]
    assert len(texts) >= 3 and all(b.startswith(a) for a, b in itertools.pairwise(texts))
    turns = await conv.store.recent(UserKey("test", "ana"), 10)
    assert [t.role for t in turns] == [Role.USER, Role.ASSISTANT]
    assert turns[0].text == "I feel so down today"


async def test_a_numbered_list_reply_is_shown_whole(
    conversation_factory: OpenConversation, fake_model: FakeOpenAI
) -> None:
    """A list number is no sentence of its own, so it is never taken for garbage."""
    items = "Some small things that can help:\n1. Take a short walk.\n2) Drink some water.\n"
    fake_model.queue(Stream([items[:40], items[40:], "Which one feels doable?"]))
    conv = await conversation_factory(HEARTLINE_MODEL_URL=fake_model.url)
    reply = await conv.respond(msg("lia", "I can't get going today"))
    assert reply is not None and reply.kind is ReplyKind.CHAT
    assert "1. Take a short walk." in reply.text and "2) Drink some water." in reply.text
    assert reply.text.rstrip().endswith("Which one feels doable?")


async def test_first_reply_discloses_ai_once(conversation_factory: OpenConversation) -> None:
    conv = await conversation_factory()
    first = await conv.respond(msg("ben", "hi"))
    second = await conv.respond(msg("ben", "I had a rough week"))
    assert first is not None and second is not None
    assert "AI" in first.text and "not a therapist" in first.text
    assert "not a therapist" not in second.text


async def test_same_message_id_is_answered_once(conversation_factory: OpenConversation) -> None:
    conv = await conversation_factory()
    m = msg("cat", "hello there")
    replies = await asyncio.gather(conv.respond(m), conv.respond(m), conv.respond(m))
    assert sum(r is not None for r in replies) == 1
    assert await conv.store.turn_count(UserKey("test", "cat")) == 2


async def test_fact_from_one_run_reaches_the_prompt_in_the_next(
    conversation_factory: OpenConversation, fake_model: FakeOpenAI
) -> None:
    first = await conversation_factory(HEARTLINE_MODEL_URL=fake_model.url)
    await first.respond(
        msg("dee", "I lost my job three weeks ago and my best friend moved to Lisbon")
    )
    await first.aclose()
    second = await conversation_factory(HEARTLINE_MODEL_URL=fake_model.url)
    await second.respond(msg("dee", "hey, it's me again"))
    system = fake_model.requests[-1]["messages"][0]["content"]
    assert "lost their job" in system
    assert "Lisbon" in system


async def test_one_persons_memory_never_enters_anothers_prompt(
    conversation_factory: OpenConversation, fake_model: FakeOpenAI
) -> None:
    conv = await conversation_factory(HEARTLINE_MODEL_URL=fake_model.url)
    await conv.respond(msg("eve", "My dog Biscuit is the only one who gets me. I got laid off."))
    fake_model.requests.clear()
    await conv.respond(msg("fay", "I feel lonely tonight"))
    prompt = fake_model.prompts()[-1]
    assert "Biscuit" not in prompt and "laid off" not in prompt and "lost their job" not in prompt


async def test_public_channel_keeps_private_memory_out(
    conversation_factory: OpenConversation, fake_model: FakeOpenAI
) -> None:
    conv = await conversation_factory(HEARTLINE_MODEL_URL=fake_model.url)
    await conv.respond(msg("gus", "My wife left me last month and I lost my job"))
    fake_model.requests.clear()
    await conv.respond(msg("gus", "hey everyone", private=False, conversation="general"))
    prompt = fake_model.prompts()[-1]
    assert "wife left" not in prompt and "lost their job" not in prompt and "breakup" not in prompt
    assert "public channel" in prompt


async def test_prompt_stays_bounded_over_long_histories(
    conversation_factory: OpenConversation, fake_model: FakeOpenAI
) -> None:
    conv = await conversation_factory(HEARTLINE_MODEL_URL=fake_model.url, HEARTLINE_RATE_LIMIT=0)
    user = "hal"
    sizes = {}
    topics = [
        "I lost my job and the search is exhausting",
        "My friends moved to Berlin and I'm lonely",
        "My boss keeps yelling about late projects",
        "I love reading fantasy novels",
        "Money is tight and rent is due",
    ]
    for i in range(500):
        await conv.respond(msg(user, f"{topics[i % len(topics)]} (day {i})"))
        if i + 1 in (20, 500):
            messages = fake_model.requests[-1]["messages"]
            sizes[i + 1] = sum(len(m["content"]) // 4 + 4 for m in messages)
    assert sizes[500] <= 1.5 * sizes[20], sizes
    assert estimate_tokens([]) == 0


async def test_each_persons_turns_stay_in_order_under_concurrency(
    conversation_factory: OpenConversation,
) -> None:
    conv = await conversation_factory(HEARTLINE_RATE_LIMIT=0)
    users = [f"user{u}" for u in range(50)]
    tasks = [
        asyncio.create_task(conv.respond(msg(user, f"{user} message {n}")))
        for n in range(10)
        for user in users
    ]
    replies = await asyncio.gather(*tasks)
    assert all(r is not None for r in replies)
    for user in users:
        turns = await conv.store.recent(UserKey("test", user), 100)
        assert [t.role for t in turns] == [Role.USER, Role.ASSISTANT] * 10
        said = [t.text for t in turns if t.role is Role.USER]
        assert said == [f"{user} message {n}" for n in range(10)]


async def test_paused_person_gets_no_reply_but_crisis_still_does(
    conversation_factory: OpenConversation,
) -> None:
    conv = await conversation_factory()
    key = UserKey("test", "ivy")
    await conv.pause(key)
    assert await conv.respond(msg("ivy", "just chatting")) is None
    crisis = await conv.respond(msg("ivy", "I am going to kill myself tonight"))
    assert crisis is not None and crisis.kind is ReplyKind.CRISIS
    await conv.resume(key)
    assert await conv.respond(msg("ivy", "thanks for being here")) is not None


async def test_a_crisis_lifts_the_pause_so_heartline_stays_in_the_conversation(
    conversation_factory: OpenConversation,
) -> None:
    conv = await conversation_factory(HEARTLINE_DEFAULT_COUNTRY="US")
    key = UserKey("test", "lia")
    await conv.pause(key)
    crisis = await conv.respond(msg("lia", "I want to die"))
    assert crisis is not None and crisis.kind is ReplyKind.CRISIS
    assert conv.persona.notice("pause_lifted") in crisis.text
    assert not await conv.is_paused(key)
    # What the crisis reply promised: the next messages are answered, whatever their level.
    for text in ("not good. I am scared", "are you there?", "thanks"):
        reply = await conv.respond(msg("lia", text))
        assert reply is not None and reply.kind is ReplyKind.OFFLINE, text
        assert conv.persona.notice("pause_lifted") not in reply.text


async def test_a_paused_person_at_concern_gets_the_check_in_alone(
    conversation_factory: OpenConversation, fake_model: FakeOpenAI
) -> None:
    conv = await conversation_factory(HEARTLINE_MODEL_URL=fake_model.url)
    key = UserKey("test", "max")
    await conv.pause(key)
    reply = await conv.respond(msg("max", "everyone would be better off without me"))
    assert reply is not None and reply.kind is ReplyKind.NOTICE
    assert reply.risk is RiskLevel.CONCERN
    assert reply.text in {conv.crisis.concern_checkin(v) for v in range(8)}
    assert fake_model.requests == [] and await conv.is_paused(key)
    # Kept, so it is context for the next message: this is imminent only after it.
    crisis = await conv.respond(msg("max", "I have the pills"))
    assert crisis is not None and crisis.risk is RiskLevel.IMMINENT


async def test_stopping_a_stream_early_releases_the_person(
    conversation_factory: OpenConversation,
) -> None:
    conv = await conversation_factory()
    async with aclosing(conv.handle(msg("jo", "I feel awful"))) as chunks:
        async for _ in chunks:
            break
    reply = await asyncio.wait_for(conv.respond(msg("jo", "still there?")), 5)
    assert reply is not None


async def test_concern_gets_a_safety_check_in_not_a_crisis(
    conversation_factory: OpenConversation,
) -> None:
    conv = await conversation_factory()
    reply = await conv.respond(msg("kay", "Sometimes I wish I could go to sleep and not wake up"))
    assert reply is not None
    assert reply.kind is not ReplyKind.CRISIS
    assert reply.risk is RiskLevel.CONCERN
    assert "?" in reply.text


async def test_drain_lets_turns_in_flight_finish(
    conversation_factory: OpenConversation, fake_model: FakeOpenAI
) -> None:
    """What heartline run does on SIGTERM: stop taking messages, finish what is in flight."""
    fake_model.queue(Stream(["Take your time. ", "I'm here. ", "Tell me more."], delay=0.2))
    conv = await conversation_factory(HEARTLINE_MODEL_URL=fake_model.url)
    turn = asyncio.create_task(conv.respond(msg("dr", "long day")))
    await asyncio.wait_for(fake_model.wait_for_requests(1), 5)
    await conv.drain(10)
    assert turn.done()
    reply = turn.result()
    assert reply is not None and reply.text.endswith("Tell me more.")
    stored = await conv.store.recent(UserKey("test", "dr"), 2)
    assert stored[-1].text == reply.text


async def test_a_remembered_locale_picks_the_crisis_lines_of_messages_without_one(
    conversation_factory: OpenConversation,
) -> None:
    conv = await conversation_factory(HEARTLINE_DEFAULT_COUNTRY="US")
    key = UserKey("test", "ana")
    await conv.remember_locale(key, "not a locale; DROP TABLE users")
    assert (await conv.memory(key)).locale is None  # only a code's shape is ever kept
    await conv.remember_locale(key, "pt-BR")
    brazil = await conv.respond(msg("ana", "I am going to kill myself tonight"))
    assert brazil is not None and "CVV" in brazil.text and "988" not in brazil.text
    own = dataclasses.replace(msg("ana", "I want to die"), locale="en-GB")
    britain = await conv.respond(own)  # a message's own locale wins
    assert britain is not None and "116 123" in britain.text and "CVV" not in britain.text
    assert (await conv.memory(key)).locale == "pt-BR"  # ... and does not replace it
    await conv.aclose()
    again = await conversation_factory(HEARTLINE_DEFAULT_COUNTRY="US")  # a restart
    later = await again.respond(msg("ana", "I have the pills and I'm taking them tonight"))
    assert later is not None and "CVV" in later.text
