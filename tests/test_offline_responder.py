"""The built-in responder, in conversations shaped like the persona notes."""

from __future__ import annotations

import re

import pytest

from bot.domain import ReplyKind
from persona import load_toml
from tests.conftest import OpenConversation
from tests.test_core import msg

_STEPS = load_toml("offline.toml")["step"]["lines"]


async def _say(conv, user: str, text: str) -> str:  # type: ignore[no-untyped-def]
    reply = await conv.respond(msg(user, text))
    assert reply is not None
    assert reply.kind is ReplyKind.OFFLINE
    return str(reply.text)


def _questions(text: str) -> int:
    return text.count("?")


async def test_lost_job_then_no_energy_then_something_else(
    conversation_factory: OpenConversation,
) -> None:
    conv = await conversation_factory()
    first = await _say(conv, "sam", "*sighs heavily* I've been feeling so down all day.")
    assert _questions(first) == 1

    job = await _say(conv, "sam", "I lost my job two months ago and the job search is draining me.")
    assert re.search(r"job|search|applica", job, re.I), job
    assert _questions(job) <= 1

    tired = await _say(conv, "sam", "I just don't have the energy for solutions right now.")
    assert not any(step in tired for step in _STEPS), tired
    assert re.search(r"no advice|solutions|don't need to fix|just listen|company", tired, re.I)

    lighter = await _say(conv, "sam", "Can we talk about something else?")
    assert re.search(r"book|show|music|hobby|enjoy|love", lighter, re.I), lighter

    book = await _say(conv, "sam", "I've been reading a fantasy novel, it's pretty good")
    assert not re.search(r"job|search", book, re.I), book
    assert _questions(book) == 1


async def test_asks_for_steps_only_gets_one_small_step(
    conversation_factory: OpenConversation,
) -> None:
    conv = await conversation_factory()
    await _say(conv, "lee", "I'm so overwhelmed, my boss is furious about late projects")
    reply = await _say(conv, "lee", "What should I do? I have a bit of energy today.")
    assert sum(step in reply for step in _STEPS) == 1
    assert _questions(reply) <= 1


async def test_remembers_across_runs(conversation_factory: OpenConversation) -> None:
    first = await conversation_factory()
    await _say(first, "mo", "I got laid off and my friends moved to Toronto last year.")
    await first.aclose()
    second = await conversation_factory()
    greeting = await _say(second, "mo", "hi")
    assert re.search(r"job|friends", greeting, re.I), greeting


async def test_topic_change_uses_what_they_enjoy(conversation_factory: OpenConversation) -> None:
    conv = await conversation_factory()
    await _say(conv, "nia", 'My favorite book is "The Hobbit". Anyway, I feel low.')
    reply = await _say(conv, "nia", "can we talk about something else please")
    assert "The Hobbit" in reply


async def test_twenty_turns_never_repeat(conversation_factory: OpenConversation) -> None:
    conv = await conversation_factory(HEARTLINE_RATE_LIMIT=0)
    lines = [
        "I feel down",
        "It's been a heavy week",
        "I'm tired",
        "I feel lonely",
        "I don't know what to do",
        "everything is a lot",
        "I cried today",
        "I'm worried about money",
        "my boss is angry",
        "I miss my friends",
        "I feel down",
        "It's been a heavy week",
        "I'm tired",
        "I feel lonely",
        "I feel down",
        "It's been a heavy week",
        "I'm tired",
        "I feel lonely",
        "I feel down",
        "I feel down",
    ]
    replies = [await _say(conv, "oli", line) for line in lines]
    assert len(set(replies)) == len(replies)
    # Beyond whole replies, no reply starts the same way as the one before it.
    openings = [r.split(".")[0] for r in replies]
    assert all(a != b for a, b in zip(openings, openings[1:], strict=False))


async def test_lifted_mood_and_goodbye_invite_them_back(
    conversation_factory: OpenConversation,
) -> None:
    conv = await conversation_factory()
    await _say(conv, "pia", "I've had a rough day")
    better = await _say(conv, "pia", "*manages a small smile* talking helped a bit, thanks")
    assert re.search(r"glad|good to hear|happy|means a lot|kind", better, re.I), better
    bye = await _say(conv, "pia", "I think I'll go for a walk now. bye")
    assert re.search(r"come back|any time|whenever|door", bye, re.I), bye


async def test_says_it_is_an_ai_when_asked(conversation_factory: OpenConversation) -> None:
    conv = await conversation_factory()
    await _say(conv, "quin", "hello")
    reply = await _say(conv, "quin", "are you a real person?")
    assert "AI" in reply and "therapist" in reply


@pytest.mark.parametrize(
    "text",
    [
        "I wish I could sleep and not wake up",
        "my family would be better off without me",
        "I'm so tired, I wish I could just sleep forever and not wake up",
    ],
)
async def test_concern_is_acknowledged_and_checked_in_not_read_as_a_topic(
    conversation_factory: OpenConversation, text: str
) -> None:
    conv = await conversation_factory()
    await _say(conv, "ray", "hi")
    reply = await _say(conv, "ray", text)
    banks = load_toml("offline.toml")
    topical = [line for bank in banks["reflect"].values() for line in bank]
    assert not any(line in reply for line in topical), reply
    assert not any(line in reply for line in _STEPS), reply
    opening = reply.split("\n\n")[0]
    acks = [line for bank in banks["ack"].values() for line in bank] + banks["concern"]["ack"]
    assert any(opening.startswith(line) for line in acks), reply
    assert _questions(opening) == 0  # the one question is the core's check-in
    checkin = reply.split("\n\n")[-1]
    assert checkin in {conv.crisis.concern_checkin(v) for v in range(8)}
