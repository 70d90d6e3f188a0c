"""No message text and no raw user id in logs or metrics, at any level."""

from __future__ import annotations

import json
import logging

import pytest
from prometheus_client import generate_latest

from bot.telemetry import METRICS, configure_logging, log_event
from tests.conftest import OpenConversation
from tests.fakes.openai_server import Cut, FakeOpenAI, Hang
from tests.test_core import msg

CANARY_TEXT = "zanzibar-canary-7781"
CANARY_USER = "user-canary-4410"


async def test_logs_and_metrics_carry_no_text_or_user_id(
    conversation_factory: OpenConversation,
    fake_model: FakeOpenAI,
    capfd: pytest.CaptureFixture[str],
) -> None:
    configure_logging("DEBUG", "json")
    # Also collect every record that is created at all, before any filtering.
    collected: list[logging.LogRecord] = []
    collector = logging.Handler(logging.DEBUG)
    collector.emit = collected.append  # type: ignore[method-assign]
    logging.getLogger().addHandler(collector)
    fake_model.queue(Cut(["I hear you. ", "And"]), Hang(5))
    conv = await conversation_factory(
        HEARTLINE_MODEL_URL=fake_model.url,
        HEARTLINE_MODEL_TIMEOUT=1,
        HEARTLINE_MODEL_RETRIES=0,
        HEARTLINE_LOG_LEVEL="DEBUG",
    )
    texts = [
        f"I feel low today {CANARY_TEXT}",
        f"my job {CANARY_TEXT} is gone",
        f"I'm going to kill myself tonight {CANARY_TEXT}",
        f"{CANARY_TEXT}",
        "",
        f"\x00\x01\x02\x03\x04\x05\x06\x07\x08 {CANARY_TEXT}",
    ]
    for text in texts:
        await conv.respond(msg(CANARY_USER, text))
    await conv.drain(5)
    logging.getLogger().removeHandler(collector)
    records = "\n".join(
        f"{r.getMessage()} {getattr(r, 'heartline', '')} {r.args}" for r in collected
    )
    err = capfd.readouterr().err
    assert "crisis_reply" in err and "crisis_reply" in records
    metrics = generate_latest(METRICS.registry).decode()
    for haystack in (records, err, metrics):
        assert CANARY_TEXT not in haystack
        assert CANARY_USER not in haystack


def test_event_fields_never_overwrite_the_record_keys(capfd: pytest.CaptureFixture[str]) -> None:
    configure_logging("INFO", "json")
    log_event(logging.getLogger("bot.test"), logging.WARNING, "crisis_reply", level="high")
    line = json.loads(capfd.readouterr().err.strip().splitlines()[-1])
    assert line["level"] == "warning" and line["field_level"] == "high"
    assert line["event"] == "crisis_reply"
