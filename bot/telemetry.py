"""Logs and metrics, both free of message text and raw user ids.

Log records are an event name plus fields (``log_event``); user ids go
through :func:`hash_user` first. Metrics live in one registry that the
health endpoint serves; no label ever carries a user id or text.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import sys
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from bot.domain import UserKey

__all__ = [
    "METRICS",
    "Metrics",
    "configure_logging",
    "hash_user",
    "log_event",
    "set_hash_salt",
]

_salt = b"heartline"


def set_hash_salt(salt: str) -> None:
    global _salt  # noqa: PLW0603 - one process-wide secret, set once at start
    _salt = salt.encode("utf-8")


def hash_user(user: UserKey | str) -> str:
    """A short, stable, salted pseudonym for a user id, safe to log."""
    return hmac.new(_salt, str(user).encode("utf-8"), hashlib.sha256).hexdigest()[:12]


def log_event(logger: logging.Logger, level: int, event: str, /, **fields: Any) -> None:
    """Log ``event`` with structured fields. Never pass message text here."""
    if logger.isEnabledFor(level):
        logger.log(level, event, extra={"heartline": fields})


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage(),
        }
        for key, value in getattr(record, "heartline", {}).items():
            # An event's own field never replaces the record's (a risk "level"
            # must not overwrite the log level).
            data[f"field_{key}" if key in data else key] = value
        if record.exc_info and record.exc_info[0] is not None:
            # The exception type only: exception messages can quote user text.
            data["error"] = record.exc_info[0].__name__
        return json.dumps(data, default=str)


class _TextFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        fields = " ".join(f"{k}={v}" for k, v in getattr(record, "heartline", {}).items())
        line = f"{record.levelname.lower():7} {record.name}: {record.getMessage()} {fields}"
        if record.exc_info and record.exc_info[0] is not None:
            line += f" error={record.exc_info[0].__name__}"
        return line.rstrip()


_OURS = ("bot", "adapters", "persona")
# Libraries that log request or SQL payloads at DEBUG/INFO (aiosqlite logs
# every statement with its parameters): they never go below WARNING.
_CHATTY = (
    "aiosqlite",
    "httpx",
    "httpcore",
    "discord",
    "slack_bolt",
    "slack_sdk",
    "aiohttp",
    "asyncio",
    "websockets",
    "tenacity",
)


def _ours_or_serious(record: logging.LogRecord) -> bool:
    return record.levelno >= logging.WARNING or record.name.split(".")[0] in _OURS


def configure_logging(level: str = "INFO", fmt: str = "json") -> None:
    """Send logs to stderr: ours at ``level``, everyone else's at WARNING and up.

    Third-party loggers are pinned at WARNING and the handler drops anything
    quieter from outside our packages, so no library can log a message's text.
    """
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_JsonFormatter() if fmt == "json" else _TextFormatter())
    handler.addFilter(_ours_or_serious)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)
    for name in _CHATTY:
        logging.getLogger(name).setLevel(logging.WARNING)
    for name in _OURS:
        logging.getLogger(name).setLevel(level)


class Metrics:
    """heartline's Prometheus metrics in their own registry."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.turns = Counter(
            "heartline_turns", "Messages answered, by reply kind.", ["kind"], registry=r
        )
        self.reply_latency = Histogram(
            "heartline_reply_seconds",
            "Time from a message arriving to the reply being complete, by reply kind.",
            ["kind"],
            buckets=(0.005, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 45, 90),
            registry=r,
        )
        self.first_token = Histogram(
            "heartline_first_token_seconds",
            "Time to the first piece of a model reply.",
            buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20),
            registry=r,
        )
        self.model_errors = Counter(
            "heartline_model_errors", "Model failures, by reason.", ["reason"], registry=r
        )
        self.fallbacks = Counter(
            "heartline_fallbacks",
            "Replies written by the built-in responder instead of the model.",
            registry=r,
        )
        self.crisis_referrals = Counter(
            "heartline_crisis_referrals",
            "Crisis replies sent, by risk level.",
            ["level"],
            registry=r,
        )
        self.risk_screened = Counter(
            "heartline_risk_screened", "Messages screened, by risk level.", ["level"], registry=r
        )
        self.alerts = Counter(
            "heartline_moderator_alerts", "Moderator alerts, by outcome.", ["outcome"], registry=r
        )
        self.filtered = Counter(
            "heartline_output_filtered", "Model replies replaced by the safety filter.", registry=r
        )
        self.rate_limited = Counter(
            "heartline_rate_limited", "Messages answered with a slow-down notice.", registry=r
        )
        self.duplicates = Counter(
            "heartline_duplicate_messages", "Redelivered messages not answered again.", registry=r
        )
        self.in_flight = Gauge(
            "heartline_turns_in_flight", "Turns being handled right now.", registry=r
        )


METRICS = Metrics()
