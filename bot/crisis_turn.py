"""The crisis turn: the reply to a ``high`` or ``imminent`` message.

Owns what happens once the screener has found a crisis: the fixed reply
with the person's crisis lines, sent whole; the moderator alert, queued
before anything is written; the referral count; and lifting a pause, since
the reply promises to stay. Never calls the model and never waits on it;
storage failures are logged and the reply still goes out. Logs no message
text.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime

from bot.alerts import AlertDispatcher
from bot.disclosure import Disclosures
from bot.domain import IncomingMessage, Reply, ReplyChunk, RiskAssessment, UserKey
from bot.errors import StorageError
from bot.ports import MemoryStore
from bot.risk.crisis import CrisisResponder
from bot.telemetry import METRICS, hash_user, log_event
from bot.turn_policy import assistant_turn, before_closing, moderator_alert
from persona import Persona

__all__ = ["CrisisTurn"]

log = logging.getLogger(__name__)


class CrisisTurn:
    """Answers a crisis without the model; one per :class:`bot.core.Conversation`."""

    def __init__(
        self,
        *,
        store: MemoryStore,
        crisis: CrisisResponder,
        persona: Persona,
        alerts: AlertDispatcher,
        disclosures: Disclosures,
        clock: Callable[[], datetime],
        excerpt_chars: int,
    ) -> None:
        self.store, self.crisis, self.persona = store, crisis, persona
        self.alerts, self.disclosures, self.clock = alerts, disclosures, clock
        self.excerpt_chars = excerpt_chars

    async def reply(
        self, message: IncomingMessage, assessment: RiskAssessment, state: dict[str, str]
    ) -> ReplyChunk:
        """The crisis reply, whole. Never raises for storage: each write is tried
        on its own after the alert is queued, so none of them holds up the reply."""
        user = message.user
        count = int(state.get("crisis_count", "0"))
        reply = self.crisis.reply(assessment, locale=message.locale, variant=count)
        paused = state.get("paused") == "1"
        disclosure = self.disclosures.due(state, message.locale)
        lifted = self.persona.notice("pause_lifted", locale=message.locale) if paused else ""
        notes = "\n\n".join(note for note in (lifted, disclosure) if note)
        if notes:  # before the closing question, so the reply still ends by asking
            text = before_closing(reply.text, notes)
            reply = Reply(text, reply.kind, reply.risk, reply.resources)
        self.alerts.submit(moderator_alert(message, assessment, self.excerpt_chars))
        level = assessment.level
        METRICS.crisis_referrals.labels(level.label).inc()
        # Each write on its own: one that fails must not take the others with
        # it, least of all the referral count an operator reports.
        day = self.clock().date().isoformat()
        await self._write(user, "referral", self.store.count_referral(day, level.label))
        await self._write(
            user, "crisis_count", self.store.set_state(user, "crisis_count", str(count + 1))
        )
        turn = assistant_turn(message, reply.text, level, self.clock())
        await self._write(user, "reply", self.store.append(user, turn))
        await self._write(user, "disclosure", self.disclosures.remember(user, disclosure))
        if paused:
            await self._write(user, "pause", self.store.set_state(user, "paused", None))
        log_event(
            log,
            logging.WARNING,
            "crisis_reply",
            user=hash_user(user),
            level=level.label,
            reasons=",".join(assessment.reasons),
        )
        return ReplyChunk(reply.text, reply.text, reply.kind, reply=reply)

    @staticmethod
    async def _write(user: UserKey, part: str, write: Awaitable[None]) -> None:
        try:
            await write
        except StorageError:
            log_event(log, logging.ERROR, "crisis_not_stored", user=hash_user(user), part=part)
