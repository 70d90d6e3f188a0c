"""Moderator alerts as a moderator and an operator see them.

The cooldown counts only alerts a moderator received; a try that hangs is
cut off and retried; a final failure and an alert still unsent at shutdown
are logged (never with the person's words) and counted on /metrics.
"""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.alerts import AlertDispatcher
from bot.domain import ModeratorAlert, RiskLevel, UserKey
from bot.telemetry import METRICS
from tests.conftest import OpenConversation
from tests.test_core import msg

WORDS = "I want to kill myself"


class Moderator:
    """Our Escalation port: a moderator channel that can be down or hang."""

    def __init__(self, *, down: bool = False, hang_first: int = 0) -> None:
        self.down = down
        self.hang_first = hang_first  # this many tries hang (a stalled connection)
        self.tries = 0
        self.received: list[ModeratorAlert] = []

    async def alert(self, alert: ModeratorAlert) -> None:
        self.tries += 1
        if self.tries <= self.hang_first:
            await asyncio.sleep(3600)
        if self.down:
            raise ConnectionError("moderator channel unreachable")
        self.received.append(alert)


def alerts_total(outcome: str) -> float:
    value = METRICS.registry.get_sample_value(
        "heartline_moderator_alerts_total", {"outcome": outcome}
    )
    return value or 0.0


def an_alert(user: str) -> ModeratorAlert:
    return ModeratorAlert(
        level=RiskLevel.HIGH,
        platform="test",
        user_id=user,
        conversation_id=f"dm-{user}",
        message_id="m1",
        thread_id=None,
        reasons=("ideation",),
        excerpt=None,
    )


async def test_a_failed_alert_does_not_silence_the_next_crisis(
    conversation_factory: OpenConversation,
) -> None:
    conv = await conversation_factory()
    moderator = Moderator(down=True)
    conv.register_escalation("test", moderator)
    await conv.respond(msg("rec", WORDS))
    await conv.drain(10)
    assert moderator.tries == 3 and moderator.received == []
    moderator.down = False  # the channel is back, well within the 600 s cooldown
    await conv.respond(msg("rec", "I still want to kill myself"))
    await conv.drain(10)
    assert [a.user_id for a in moderator.received] == ["rec"]


async def test_a_sent_alert_still_starts_the_cooldown_after_a_failed_one(
    conversation_factory: OpenConversation,
) -> None:
    conv = await conversation_factory()
    moderator = Moderator(down=True)
    conv.register_escalation("test", moderator)
    await conv.respond(msg("cd", WORDS))
    await conv.drain(10)
    moderator.down = False
    await conv.respond(msg("cd", WORDS))
    await conv.respond(msg("cd", WORDS))
    await conv.drain(10)
    assert len(moderator.received) == 1


async def test_without_a_store_a_failed_alert_is_not_a_cooldown() -> None:
    dispatcher = AlertDispatcher(cooldown_seconds=600, retry_wait=0.01)
    moderator = Moderator(down=True)
    dispatcher.register("test", moderator)
    assert dispatcher.submit(an_alert("local"))
    await dispatcher.drain(5)
    moderator.down = False
    assert dispatcher.submit(an_alert("local"))  # accepted, not suppressed
    await dispatcher.drain(5)
    assert len(moderator.received) == 1
    assert not dispatcher.submit(an_alert("local"))  # now it was received: cooldown


async def test_a_hanging_try_is_cut_off_and_retried(
    conversation_factory: OpenConversation,
) -> None:
    conv = await conversation_factory(HEARTLINE_ALERT_TIMEOUT_SECONDS=0.2)
    moderator = Moderator(hang_first=1)
    conv.register_escalation("test", moderator)
    await conv.respond(msg("hang", WORDS))
    await conv.drain(5)
    assert moderator.tries == 2 and len(moderator.received) == 1


async def test_an_alert_that_always_hangs_is_logged_as_failed(
    conversation_factory: OpenConversation, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.alerts")
    conv = await conversation_factory(HEARTLINE_ALERT_TIMEOUT_SECONDS=0.1)
    moderator = Moderator(hang_first=99)
    conv.register_escalation("test", moderator)
    failed_before = alerts_total("failed")
    await conv.respond(msg("stuck", WORDS))
    await conv.drain(10)
    assert moderator.tries == 3
    [record] = [r for r in caplog.records if r.getMessage() == "moderator_alert_failed"]
    fields = record.heartline  # type: ignore[attr-defined]
    assert fields["error"] == "TimeoutError" and fields["attempts"] == 3
    assert alerts_total("failed") == failed_before + 1
    assert all("kill" not in str(r.__dict__) for r in caplog.records)


async def test_alerts_unsent_at_shutdown_are_logged_counted_and_released(
    conversation_factory: OpenConversation, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.alerts")
    conv = await conversation_factory(HEARTLINE_ALERT_TIMEOUT_SECONDS=120)
    conv.register_escalation("test", Moderator(hang_first=99))
    unsent_before = alerts_total("unsent")
    await conv.respond(msg("late", WORDS))
    assert await conv.alerts.drain(grace=0.3) == 1
    [record] = [r for r in caplog.records if r.getMessage() == "moderator_alert_unsent"]
    assert record.levelno == logging.ERROR
    assert record.heartline["level"] == "high"  # type: ignore[attr-defined]
    assert alerts_total("unsent") == unsent_before + 1
    # The claim is given back: after a restart the next crisis alerts again.
    assert await conv.store.get_state(UserKey("test", "late"), "alerted") is None
