"""The crisis path in the core: never waits on the model, alerts a human, discloses."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import timedelta

from bot.core import Conversation
from bot.domain import IncomingMessage, ModeratorAlert, ReplyKind, RiskLevel, utcnow
from tests.conftest import OpenConversation
from tests.fakes.openai_server import FakeOpenAI, Hang, Stream
from tests.test_core import msg

WITHIN = 5  # far below the model's 30 s hang: the crisis reply must not wait on it


class RecordingEscalation:
    """Our own Escalation port, recording what a moderator would receive."""

    def __init__(self) -> None:
        self.alerts: list[ModeratorAlert] = []

    async def alert(self, alert: ModeratorAlert) -> None:
        self.alerts.append(alert)


def _with_locale(message: IncomingMessage, locale: str) -> IncomingMessage:
    return dataclasses.replace(message, locale=locale)


async def _with_hanging_model(
    conversation_factory: OpenConversation, fake_model: FakeOpenAI
) -> Conversation:
    """A conversation whose model accepts every request and never answers in time."""
    fake_model.default = Hang(30)
    return await conversation_factory(
        HEARTLINE_MODEL_URL=fake_model.url, HEARTLINE_MODEL_TIMEOUT=45
    )


async def test_imminent_while_model_hangs(
    conversation_factory: OpenConversation, fake_model: FakeOpenAI
) -> None:
    conv = await _with_hanging_model(conversation_factory, fake_model)
    hook = RecordingEscalation()
    conv.register_escalation("test", hook)
    text = "I have the pills counted out and I'm going to take them tonight"
    reply = await asyncio.wait_for(conv.respond(_with_locale(msg("uk", text), "en-GB")), WITHIN)
    assert reply is not None and reply.kind is ReplyKind.CRISIS
    assert reply.risk is RiskLevel.IMMINENT
    first_line = reply.text.splitlines()[0]
    assert "999" in first_line and "116 123" in first_line
    assert fake_model.requests == []  # the model was never asked
    await conv.drain(5)
    assert len(hook.alerts) == 1
    alert = hook.alerts[0]
    assert alert.level is RiskLevel.IMMINENT and alert.urgent and alert.excerpt is None
    assert "pills" not in repr(alert)
    assert await conv.store.referral_counts() == [(utcnow().date().isoformat(), "imminent", 1)]


async def test_crisis_preempts_the_same_persons_hanging_turn(
    conversation_factory: OpenConversation, fake_model: FakeOpenAI
) -> None:
    conv = await _with_hanging_model(conversation_factory, fake_model)
    slow = asyncio.create_task(conv.respond(msg("pre", "I feel so tired of everything")))
    await asyncio.wait_for(fake_model.wait_for_requests(1), WITHIN)
    crisis = await asyncio.wait_for(
        conv.respond(msg("pre", "I'm going to kill myself tonight")), WITHIN
    )
    earlier = await asyncio.wait_for(slow, WITHIN)
    assert crisis is not None and crisis.kind is ReplyKind.CRISIS
    assert earlier is not None and earlier.kind is ReplyKind.FALLBACK


async def test_alerts_are_rate_limited_per_person_but_rise_with_level(
    conversation_factory: OpenConversation,
) -> None:
    conv = await conversation_factory()
    hook = RecordingEscalation()
    conv.register_escalation("test", hook)
    await conv.respond(msg("rl", "I want to kill myself"))
    await conv.respond(msg("rl", "I really want to kill myself"))
    await conv.respond(msg("rl", "I'm going to kill myself tonight, I wrote the note"))
    await conv.respond(msg("other", "I want to kill myself"))
    await conv.drain(5)
    assert [(a.user_id, a.level) for a in hook.alerts] == [
        ("rl", RiskLevel.HIGH),
        ("rl", RiskLevel.IMMINENT),
        ("other", RiskLevel.HIGH),
    ]


async def test_a_failing_alert_never_blocks_the_reply(
    conversation_factory: OpenConversation,
) -> None:
    class Broken:
        calls = 0

        async def alert(self, alert: ModeratorAlert) -> None:
            Broken.calls += 1
            raise ConnectionError("moderator channel unreachable")

    conv = await conversation_factory()
    conv.register_escalation("test", Broken())
    reply = await asyncio.wait_for(conv.respond(msg("br", "I want to end my life")), WITHIN)
    assert reply is not None and reply.kind is ReplyKind.CRISIS
    await conv.drain(15)
    assert Broken.calls == 3  # retried, then logged


async def test_excerpt_only_when_the_operator_asks(conversation_factory: OpenConversation) -> None:
    conv = await conversation_factory(HEARTLINE_ALERT_EXCERPT_CHARS=20)
    hook = RecordingEscalation()
    conv.register_escalation("test", hook)
    await conv.respond(msg("ex", "I want to kill myself, nobody would notice"))
    await conv.drain(5)
    assert hook.alerts[0].excerpt == "I want to kill mysel"


async def test_repeated_crisis_messages_vary_but_keep_the_lines(
    conversation_factory: OpenConversation,
) -> None:
    conv = await conversation_factory(HEARTLINE_DEFAULT_COUNTRY="US")
    replies = [await conv.respond(msg("rep", "I want to kill myself")) for _ in range(3)]
    texts = [r.text for r in replies if r is not None]
    assert len(set(texts)) == 3
    assert all("988" in t and "741741" in t for t in texts)


async def test_disclosure_first_contact_and_after_three_hours(
    conversation_factory: OpenConversation,
) -> None:
    conv = await conversation_factory()
    now = [utcnow()]
    conv.clock = lambda: now[0]

    async def say(text: str) -> str:
        reply = await conv.respond(msg("dis", text))
        assert reply is not None
        return reply.text

    assert "not a therapist" in await say("hi")
    for _ in range(5):  # two and a half hours of continued conversation
        now[0] += timedelta(minutes=30)
        assert "not a therapist" not in await say("still here")
    now[0] += timedelta(minutes=31)
    assert "not a therapist" in await say("and again")
    assert "not a therapist" not in await say("one more")


async def test_concern_about_a_friend_gets_guidance_for_helping(
    conversation_factory: OpenConversation,
) -> None:
    conv = await conversation_factory(HEARTLINE_DEFAULT_COUNTRY="US")
    reply = await conv.respond(
        msg("fr", "my friend texted me that she wants to die and I'm scared")
    )
    assert reply is not None and reply.kind is not ReplyKind.CRISIS
    assert reply.risk is RiskLevel.CONCERN
    assert "988" in reply.text


async def test_after_a_crisis_the_model_gets_the_careful_prompt(
    conversation_factory: OpenConversation, fake_model: FakeOpenAI
) -> None:
    conv = await conversation_factory(HEARTLINE_MODEL_URL=fake_model.url)
    await conv.respond(msg("ac", "I want to kill myself"))
    await conv.respond(msg("ac", "I called the line, I'm a bit calmer"))
    system = fake_model.requests[-1]["messages"][0]["content"]
    assert "crisis lines were shared" in system


async def test_consecutive_check_ins_never_repeat_word_for_word(
    conversation_factory: OpenConversation,
) -> None:
    conv = await conversation_factory()
    checkins = conv.crisis
    texts = [checkins.concern_checkin(v) for v in range(12)]
    replies = []
    # Permuted ids: the same characters, so the same wording variant by hash.
    for n, message_id in enumerate(("ab12", "ba12", "1ab2", "2ba1", "b21a", "a2b1")):
        message = dataclasses.replace(
            msg("ci", f"Some days I wish I could just not wake up ({n})"), message_id=message_id
        )
        reply = await conv.respond(message)
        assert reply is not None and reply.risk is RiskLevel.CONCERN
        replies.append(next(t for t in set(texts) if t in reply.text))
    assert all(a != b for a, b in zip(replies, replies[1:], strict=False)), replies


async def test_a_crisis_reply_with_the_ai_notice_still_ends_by_asking(
    conversation_factory: OpenConversation,
) -> None:
    conv = await conversation_factory()
    for imminent in (False, True):
        text = "I'm going to kill myself tonight" if imminent else "I want to end my life"
        reply = await conv.respond(msg(f"first-{imminent}", text))  # first contact: notice due
        assert reply is not None and reply.kind is ReplyKind.CRISIS
        paragraphs = reply.text.split("\n\n")
        notice = conv.persona.disclosure(0)
        assert paragraphs[-2] == notice  # the notice comes before the closing question
        assert paragraphs[-1].endswith("?") and "I'm an AI" in paragraphs[-1]
        if imminent:
            assert "emergency number" in paragraphs[0]  # the first line is still the urgent one


async def test_every_crisis_reply_says_it_is_an_ai_even_without_the_notice(
    conversation_factory: OpenConversation,
) -> None:
    conv = await conversation_factory()
    replies = [await conv.respond(msg("ai", "I want to kill myself")) for _ in range(4)]
    for reply in replies[1:]:  # the periodic notice is not due again within 3 hours
        assert reply is not None and conv.persona.disclosure(1) not in reply.text
        assert "I'm an AI" in reply.text and "not a therapist" in reply.text


async def test_crisis_behind_the_same_persons_queued_turns_never_waits(
    conversation_factory: OpenConversation, fake_model: FakeOpenAI
) -> None:
    """ "hi", "still there?", "I want to die" at once: the first two are still
    waiting for their turn when the crisis arrives; none of them waits on the model."""
    conv = await _with_hanging_model(conversation_factory, fake_model)
    texts = ["hi", "still there?", "I want to die"]
    turns = [asyncio.create_task(conv.respond(msg("q", text))) for text in texts]
    replies = await asyncio.wait_for(asyncio.gather(*turns), WITHIN)
    assert [r.kind for r in replies if r] == [
        ReplyKind.FALLBACK,
        ReplyKind.FALLBACK,
        ReplyKind.CRISIS,
    ]
    assert fake_model.requests == []  # stopped before their turn: the model was never asked


async def test_crisis_cuts_short_a_streaming_turn_and_skips_a_queued_one(
    conversation_factory: OpenConversation, fake_model: FakeOpenAI
) -> None:
    conv = await _with_hanging_model(conversation_factory, fake_model)
    streaming = asyncio.create_task(conv.respond(msg("s", "hi")))
    await asyncio.wait_for(fake_model.wait_for_requests(1), WITHIN)
    queued = asyncio.create_task(conv.respond(msg("s", "still there?")))
    crisis = await asyncio.wait_for(conv.respond(msg("s", "I want to die")), WITHIN)
    assert crisis is not None and crisis.kind is ReplyKind.CRISIS
    earlier = await asyncio.wait_for(asyncio.gather(streaming, queued), WITHIN)
    assert [r.kind for r in earlier if r] == [ReplyKind.FALLBACK, ReplyKind.FALLBACK]
    assert len(fake_model.requests) == 1


async def test_crisis_shown_only_by_context_preempts_too(
    conversation_factory: OpenConversation, fake_model: FakeOpenAI
) -> None:
    """ "I have the pills" is imminent only after the earlier message, which is
    itself still queued (not stored yet) behind a hanging turn."""
    conv = await _with_hanging_model(conversation_factory, fake_model)
    streaming = asyncio.create_task(conv.respond(msg("ctx", "hi")))
    await asyncio.wait_for(fake_model.wait_for_requests(1), WITHIN)
    burden = asyncio.create_task(
        conv.respond(msg("ctx", "everyone would be better off without me"))
    )
    crisis = await asyncio.wait_for(conv.respond(msg("ctx", "I have the pills")), WITHIN)
    assert crisis is not None and crisis.kind is ReplyKind.CRISIS
    assert crisis.risk is RiskLevel.IMMINENT
    earlier = await asyncio.wait_for(asyncio.gather(streaming, burden), WITHIN)
    assert [r.risk for r in earlier if r] == [RiskLevel.NONE, RiskLevel.CONCERN]


async def test_an_ordinary_message_never_cuts_short_the_one_before(
    conversation_factory: OpenConversation, fake_model: FakeOpenAI
) -> None:
    fake_model.queue(Stream(["I hear you. ", "Tell me more."], delay=0.2))
    conv = await conversation_factory(HEARTLINE_MODEL_URL=fake_model.url)
    first = asyncio.create_task(conv.respond(msg("ord", "I had a long day")))
    await asyncio.wait_for(fake_model.wait_for_requests(1), WITHIN)
    second = await asyncio.wait_for(conv.respond(msg("ord", "still there?")), WITHIN)
    reply = await first
    assert reply is not None and reply.kind is ReplyKind.CHAT
    assert reply.text.endswith("Tell me more.")
    assert second is not None and second.kind is ReplyKind.CHAT


async def test_a_crisis_never_stops_another_persons_turn(
    conversation_factory: OpenConversation, fake_model: FakeOpenAI
) -> None:
    fake_model.queue(Stream(["I hear you. ", "Tell me more."], delay=0.2))
    conv = await conversation_factory(HEARTLINE_MODEL_URL=fake_model.url)
    other = asyncio.create_task(conv.respond(msg("calm", "I had a long day")))
    await asyncio.wait_for(fake_model.wait_for_requests(1), WITHIN)
    crisis = await asyncio.wait_for(conv.respond(msg("cri", "I want to die")), WITHIN)
    assert crisis is not None and crisis.kind is ReplyKind.CRISIS
    reply = await asyncio.wait_for(other, WITHIN)
    assert reply is not None and reply.kind is ReplyKind.CHAT


async def test_after_a_crisis_reply_the_safety_question_is_not_asked_every_turn(
    conversation_factory: OpenConversation,
) -> None:
    conv = await conversation_factory()
    crisis = await conv.respond(msg("sam", "I want to die"))
    assert crisis is not None and crisis.kind is ReplyKind.CRISIS
    after = [
        await conv.respond(msg("sam", text))
        for text in ("I just feel so alone lately", "my sister never calls", "it is hard")
    ]
    safety_questions = {conv.crisis.concern_checkin(v) for v in range(3)}
    for reply in after:
        assert reply is not None and reply.risk is RiskLevel.CONCERN  # the risk is still carried
        assert not any(question in reply.text for question in safety_questions)
        assert reply.text.rstrip().endswith("?")  # still one open question about now
    assert len({reply.text.split("\n\n")[-1] for reply in after if reply}) == 3


async def test_a_crisis_is_context_for_the_same_sitting_not_the_next_morning(
    conversation_factory: OpenConversation,
) -> None:
    conv = await conversation_factory()
    now = [utcnow()]
    conv.clock = lambda: now[0]
    crisis = await conv.respond(msg("mor", "I'm going to kill myself tonight"))
    assert crisis is not None and crisis.risk is RiskLevel.IMMINENT
    now[0] += timedelta(minutes=20)
    soon = await conv.respond(msg("mor", "I'm fine, just venting"))
    assert soon is not None and soon.risk is RiskLevel.HIGH  # heard, and nothing erased
    now[0] += timedelta(hours=14)
    morning = await conv.respond(msg("mor", "hi"))
    assert morning is not None and morning.risk is RiskLevel.NONE
    assert morning.kind is not ReplyKind.CRISIS  # a greeting, not a crisis block
