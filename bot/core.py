"""The conversation core: one entry point for every adapter.

``Conversation.handle(message)`` yields the reply as :class:`ReplyChunk`s.
For each message, under that person's lock (so their messages are answered
in order while other people run concurrently):

1. screen the risk (pure, before anything else, never the model);
2. claim the platform message id and store the message (a redelivered
   message stops here: it is never answered twice);
3. high or imminent: the deterministic crisis reply, whole and at once,
   then a moderator alert in the background; the model is not consulted,
   and a pause is lifted so heartline stays in the conversation;
4. otherwise: memory → prompt → model (or the offline responder) → the
   safe-messaging filter, sentence by sentence, with a safety check-in
   added for ``concern`` (also when paused or rate-limited, without the model);
5. store the reply.

A message that arrives while the same person has turns ahead of it is also
screened at once, with the same context the turn will see; if it is a crisis,
those turns stop waiting on the model, so the crisis reply never does.

This module imports no platform library and logs no message text.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from contextlib import aclosing
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.alerts import AlertDispatcher
from bot.cues import read_cues
from bot.domain import (
    IncomingMessage,
    MemorySnapshot,
    Reply,
    ReplyChunk,
    ReplyKind,
    RiskAssessment,
    RiskLevel,
    Role,
    StoredTurn,
    UserKey,
    utcnow,
)
from bot.errors import StorageError
from bot.inbound import CleanText, clean_text
from bot.keyed_lock import KeyedLocks
from bot.memory.profile import update_profile
from bot.pending import PendingTurn, PendingTurns, unstored_texts
from bot.person_locale import LOCALE_STATE, locale_code, with_remembered_locale
from bot.ports import ChatModel, Escalation, MemoryStore, RiskScreener
from bot.prompt import build_prompt
from bot.ratelimit import RateLimiter
from bot.reply_stream import safe_stream
from bot.risk.crisis import CrisisResponder
from bot.telemetry import METRICS, hash_user, log_event
from bot.turn_policy import (
    before_closing,
    disclosure_due,
    fresh_wording,
    mode_notes,
    moderator_alert,
    prompt_mode,
    screening_context,
    variant_of,
)
from persona import Persona

__all__ = ["Conversation", "ConversationOptions"]

log = logging.getLogger(__name__)

AVOID_TURNS = 40  # earlier replies the offline responder will not repeat


@dataclass(frozen=True, slots=True)
class ConversationOptions:
    history_turns: int = 12
    model_timeout: float = 45.0
    max_message_chars: int = 4000
    rate_limit_per_minute: int = 20
    disclosure_hours: float = 3.0
    alert_excerpt_chars: int = 0
    alert_cooldown_seconds: float = 600.0
    alert_timeout_seconds: float = 15.0
    retention_days: int = 30
    keep_turns: int = 200


class Conversation:
    """The shared async core. Create once per process; adapters call :meth:`handle`."""

    def __init__(
        self,
        *,
        store: MemoryStore,
        screener: RiskScreener,
        crisis: CrisisResponder,
        persona: Persona,
        offline: ChatModel,
        model: ChatModel | None = None,
        options: ConversationOptions | None = None,
        alerts: AlertDispatcher | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.store = store
        self.screener = screener
        self.crisis = crisis
        self.persona = persona
        self.offline = offline
        self.model = model
        self.options = options or ConversationOptions()
        self.clock = clock
        self.alerts = alerts or AlertDispatcher(
            cooldown_seconds=self.options.alert_cooldown_seconds,
            attempt_timeout=self.options.alert_timeout_seconds,
        )
        self._locks = KeyedLocks()
        self._limiter = RateLimiter(self.options.rate_limit_per_minute)
        self._pending = PendingTurns()
        self._mode_notes = mode_notes(persona)
        self._in_flight = 0
        self._idle = asyncio.Event()
        self._idle.set()

    def register_escalation(self, platform: str, hook: Escalation) -> None:
        """Adapters call this so crises on their platform reach a moderator."""
        self.alerts.register(platform, hook)

    # -- the entry point -------------------------------------------------------

    async def respond(self, message: IncomingMessage) -> Reply | None:
        """The whole reply at once; None when nothing is to be sent."""
        async with aclosing(self.handle(message)) as chunks:
            async for chunk in chunks:
                if chunk.reply is not None:
                    return chunk.reply
        return None

    async def handle(self, message: IncomingMessage) -> AsyncGenerator[ReplyChunk, None]:
        """Answer one message as a stream of chunks; the last one carries the Reply.

        Yields nothing for a message already answered (same ``message_id``) or
        from a paused person (unless it shows concern or more). Never raises
        for a model failure; storage failures raise :class:`bot.errors.StorageError`.
        Close the iterator (``contextlib.aclosing``) if you stop early.
        """
        started = asyncio.get_running_loop().time()
        self._in_flight += 1
        self._idle.clear()
        METRICS.in_flight.inc()
        try:
            cleaned = clean_text(message.text)
            turn = PendingTurn(cleaned.text, message.conversation_id)
            with self._pending.enter(message.user, turn) as ahead:
                if ahead and cleaned.text:
                    await self._preempt_for_crisis(message, ahead)
                async with self._locks.hold(message.user), self.store.turn_lock(message.user):
                    async for chunk in self._turn(message, cleaned, turn):
                        if chunk.reply is not None:  # counted before the caller may stop reading
                            elapsed = asyncio.get_running_loop().time() - started
                            METRICS.turns.labels(chunk.kind.value).inc()
                            METRICS.reply_latency.labels(chunk.kind.value).observe(elapsed)
                        yield chunk
        finally:
            METRICS.in_flight.dec()
            self._in_flight -= 1
            if self._in_flight == 0:
                self._idle.set()

    async def _preempt_for_crisis(self, message: IncomingMessage, ahead: list[PendingTurn]) -> None:
        """A crisis must not wait behind the same person's earlier turns, queued
        or streaming: screen it now, with the context its turn will see (the
        stored messages and those ahead not stored yet), and if it is a crisis,
        stop those turns' models (each ends kindly at once) so it goes next."""
        try:
            history = await self._history(message)
        except StorageError:  # the turn will say so; screen with what is in memory here
            history = []
        unstored = unstored_texts(ahead, message.conversation_id, private=message.is_private)
        earlier = screening_context(history, self.clock(), unstored)
        if self.screener.assess(message.text, earlier).level.is_crisis:
            log_event(
                log,
                logging.WARNING,
                "turn_preempted",
                user=hash_user(message.user),
                turns=len(ahead),
            )
            for turn in ahead:
                turn.stop.set()

    async def _turn(
        self, message: IncomingMessage, cleaned: CleanText, pending: PendingTurn
    ) -> AsyncIterator[ReplyChunk]:
        user = message.user
        if not cleaned.text:
            key = "unreadable" if cleaned.unreadable else "empty"
            notice = self.persona.notice(key, variant_of(message), locale=message.locale)
            yield self._whole(notice, ReplyKind.NOTICE)
            return
        history, state = await self._context(message)
        message = with_remembered_locale(message, state)  # it picks the crisis lines
        assessment = self.screener.assess(message.text, screening_context(history, self.clock()))
        METRICS.risk_screened.labels(assessment.level.label).inc()
        if assessment.level is RiskLevel.NONE and state.get("paused") == "1":
            return  # paused: quiet, unless safety needs a word (concern or a crisis)
        incoming = StoredTurn(
            Role.USER,
            cleaned.text,
            self.clock(),
            message.conversation_id,
            message.is_private,
            assessment.level,
        )
        try:
            pending.recorded = await self.store.record_incoming(user, incoming, message.message_id)
        except StorageError:
            # Storage is down (locked past the busy timeout, disk full): safety
            # and a kind word still go out; nothing earlier is touched.
            log.exception("storage_unavailable", extra={"heartline": {"user": hash_user(user)}})
            if assessment.level.is_crisis:
                yield await self._crisis(message, assessment, state)
            else:
                notice = self.persona.notice("storage_trouble", locale=message.locale)
                yield self._whole(notice, ReplyKind.NOTICE, assessment.level)
            return
        if not pending.recorded:
            METRICS.duplicates.inc()
            log_event(log, logging.INFO, "duplicate_message", user=hash_user(user))
            return
        async for chunk in self._answer(
            message, cleaned, assessment, history, state, pending=pending
        ):
            yield chunk

    async def _answer(
        self,
        message: IncomingMessage,
        cleaned: CleanText,
        assessment: RiskAssessment,
        history: list[StoredTurn],
        state: dict[str, str],
        *,
        pending: PendingTurn,
    ) -> AsyncIterator[ReplyChunk]:
        """The reply to a stored message. The risk level is decided before
        anything else here: a crisis is never paused or rate-limited, and a
        concern check-in survives both (the model is not asked for either)."""
        if assessment.level.is_crisis:
            yield await self._crisis(message, assessment, state)
        elif state.get("paused") == "1":
            yield await self._notice(message, None, assessment, history)
        elif cleaned.unreadable:
            yield await self._notice(message, "unreadable", assessment, history)
        elif not self._limiter.allow(message.user, asyncio.get_running_loop().time()):
            METRICS.rate_limited.inc()
            yield await self._notice(message, "rate_limited", assessment, history)
        else:
            chat = self._chat(message, cleaned.text, assessment, history, state, stop=pending.stop)
            async for chunk in chat:
                yield chunk

    async def _history(self, message: IncomingMessage) -> list[StoredTurn]:
        """Recent turns: all of the person's in private, this conversation's in public."""
        return await self.store.recent(
            message.user,
            max(self.options.history_turns, AVOID_TURNS),
            conversation_id=None if message.is_private else message.conversation_id,
        )

    async def _context(self, message: IncomingMessage) -> tuple[list[StoredTurn], dict[str, str]]:
        """Recent turns and the person's state.

        When storage cannot be read the turn goes on without context: the
        screener still runs and crisis replies still go out.
        """
        try:
            return await self._history(message), await self.store.states(message.user)
        except StorageError:
            log_event(log, logging.ERROR, "storage_read_failed", user=hash_user(message.user))
            return [], {}

    # -- crisis ------------------------------------------------------------------

    async def _crisis(
        self, message: IncomingMessage, assessment: RiskAssessment, state: dict[str, str]
    ) -> ReplyChunk:
        """The crisis reply, built without the model; the alert is queued before
        anything is written, so neither waits on storage."""
        user = message.user
        count = int(state.get("crisis_count", "0"))
        reply = self.crisis.reply(assessment, locale=message.locale, variant=count)
        # The reply promises to keep talking, so a pause ends here, and it says so.
        paused = state.get("paused") == "1"
        disclosure = self._disclosure(state, message.locale)
        lifted = self.persona.notice("pause_lifted", locale=message.locale) if paused else ""
        notes = "\n\n".join(note for note in (lifted, disclosure) if note)
        if notes:  # before the closing question, so the reply still ends by asking
            text = before_closing(reply.text, notes)
            reply = Reply(text, reply.kind, reply.risk, reply.resources)
        self.alerts.submit(moderator_alert(message, assessment, self.options.alert_excerpt_chars))
        METRICS.crisis_referrals.labels(assessment.level.label).inc()
        # Each write on its own: one that fails must not take the others with
        # it, least of all the referral count an operator reports.
        level = assessment.level
        day = self.clock().date().isoformat()
        await self._crisis_write(user, "referral", self.store.count_referral(day, level.label))
        await self._crisis_write(
            user, "crisis_count", self.store.set_state(user, "crisis_count", str(count + 1))
        )
        turn = self._bot_turn(message, reply.text, level)
        await self._crisis_write(user, "reply", self.store.append(user, turn))
        await self._crisis_write(user, "disclosure", self._remember_disclosure(user, disclosure))
        if paused:
            await self._crisis_write(user, "pause", self.store.set_state(user, "paused", None))
        log_event(
            log,
            logging.WARNING,
            "crisis_reply",
            user=hash_user(user),
            level=assessment.level.label,
            reasons=",".join(assessment.reasons),
        )
        return ReplyChunk(reply.text, reply.text, reply.kind, reply=reply)

    # -- ordinary conversation -------------------------------------------------

    async def _chat(
        self,
        message: IncomingMessage,
        text: str,
        assessment: RiskAssessment,
        history: list[StoredTurn],
        state: dict[str, str],
        *,
        stop: asyncio.Event,
    ) -> AsyncIterator[ReplyChunk]:
        user = message.user
        now = self.clock()
        summary, facts = await self.store.profile(user)
        if message.is_private:
            updated = update_profile(summary, facts, read_cues(text), now)
            if updated != (summary, facts):
                summary, facts = updated
                await self._try_store(user, self.store.save_profile(user, summary, facts))
        recent = history[-self.options.history_turns :]
        older = history[: -self.options.history_turns] if len(history) > len(recent) else []
        prompt = build_prompt(
            system_text=self.persona.system_prompt,
            mode_notes=self._mode_notes,
            public_note=self.persona.public_note,
            user_text=text[: self.options.max_message_chars],
            history=recent,
            summary=summary,
            facts=facts,
            mode=prompt_mode(assessment, history),
            risk=assessment.level,
            is_private=message.is_private,
            seed=hash_user(user),
            avoid=[t.text for t in older if t.role is Role.ASSISTANT],
        )
        variant = variant_of(message)
        shown = self._disclosure(state, message.locale)
        await self._remember_disclosure(user, shown)
        kind = ReplyKind.CHAT if self.model is not None else ReplyKind.OFFLINE
        if shown:
            shown += "\n\n"
            yield ReplyChunk(shown, shown, kind)
        prefix_len = len(shown)
        deadline = asyncio.get_running_loop().time() + self.options.model_timeout
        async for piece in safe_stream(
            self.model or self.offline,
            self.offline,
            prompt,
            deadline=deadline,
            kind=kind,
            broken_line=self.persona.notice("stream_broken", variant, locale=message.locale),
            filtered_line=self.persona.notice("filtered", variant, locale=message.locale),
            stop=stop if self.model is not None else None,  # the built-in one never waits
        ):
            kind = piece.kind
            shown = shown[:prefix_len] + piece.text if piece.replace else shown + piece.text
            yield ReplyChunk(piece.text, shown, kind, replaced=piece.replace)
        extra = self._extra(message, assessment, variant, len(text), history)
        if extra:
            shown = f"{shown.rstrip()}\n\n{extra}"
            yield ReplyChunk("\n\n" + extra, shown, kind)
        final = shown.strip()
        await self._try_store(
            user, self.store.append(user, self._bot_turn(message, final, assessment.level))
        )
        yield ReplyChunk("", final, kind, reply=Reply(final, kind, assessment.level))

    def _extra(
        self,
        message: IncomingMessage,
        assessment: RiskAssessment,
        variant: int,
        length: int,
        history: list[StoredTurn],
    ) -> str:
        """What the core adds after the model: a note, then a safety check-in.

        The check-in comes last so the reply ends on its question, as a
        crisis reply does; a note after it would leave the person answering
        the note. A check-in can follow several messages in a row (context
        keeps the level up), so its wording is one the person has not just read.
        """
        lines = []
        if length > self.options.max_message_chars:
            lines.append(self.persona.notice("shortened", locale=message.locale))
        lines.append(self._checkin(message, assessment, variant, history))
        return "\n\n".join(line for line in lines if line)

    def _checkin(
        self,
        message: IncomingMessage,
        assessment: RiskAssessment,
        variant: int,
        history: list[StoredTurn],
    ) -> str:
        """For ``concern``, a safety question (or, about a friend, how to help them)."""
        if assessment.level is not RiskLevel.CONCERN:
            return ""
        locale = message.locale
        shown = [t.text for t in history[-10:] if t.role is Role.ASSISTANT]
        if set(assessment.reasons) <= {"context"} and any(
            t.role is Role.ASSISTANT and t.risk >= RiskLevel.CONCERN for t in history[-4:]
        ):
            # Concern carried over from a message just answered with a crisis reply
            # or a safety question: the same question every turn would turn
            # listening into a questionnaire, so ask gently about now instead.
            return fresh_wording(
                lambda v: self.persona.notice("after_crisis", v, locale=locale), variant, shown
            )
        if "third_party" in assessment.reasons:
            return fresh_wording(
                lambda v: self.crisis.third_party_guidance(locale=locale, variant=v),
                variant,
                shown,
            )
        return fresh_wording(
            lambda v: self.crisis.concern_checkin(v, locale=locale), variant, shown
        )

    # -- helpers -----------------------------------------------------------------

    async def _try_store(self, user: UserKey, write: Awaitable[None]) -> None:
        """A write after the person has their reply: a failure is logged, not raised."""
        try:
            await write
        except StorageError:
            log_event(log, logging.ERROR, "storage_write_failed", user=hash_user(user))

    async def _crisis_write(self, user: UserKey, part: str, write: Awaitable[None]) -> None:
        try:
            await write
        except StorageError:
            log_event(log, logging.ERROR, "crisis_not_stored", user=hash_user(user), part=part)

    async def _notice(
        self,
        message: IncomingMessage,
        key: str | None,
        assessment: RiskAssessment,
        history: list[StoredTurn],
    ) -> ReplyChunk:
        """A notice without the model (``key`` None: none), with the concern
        check-in after it; the reply carries the message's real risk level."""
        variant = variant_of(message)
        notice = self.persona.notice(key, variant, locale=message.locale) if key else ""
        checkin = self._checkin(message, assessment, variant, history)
        text = "\n\n".join(part for part in (notice, checkin) if part)
        level = assessment.level
        await self.store.append(message.user, self._bot_turn(message, text, level))
        return self._whole(text, ReplyKind.NOTICE, level)

    @staticmethod
    def _whole(text: str, kind: ReplyKind, risk: RiskLevel = RiskLevel.NONE) -> ReplyChunk:
        return ReplyChunk(text, text, kind, reply=Reply(text, kind, risk))

    def _bot_turn(self, message: IncomingMessage, text: str, risk: RiskLevel) -> StoredTurn:
        return StoredTurn(
            Role.ASSISTANT, text, self.clock(), message.conversation_id, message.is_private, risk
        )

    def _disclosure(self, state: dict[str, str], locale: str | None) -> str:
        """The AI notice when it is due, in the person's language, else an empty string."""
        last = state.get("disclosed_at")
        if not disclosure_due(last, self.clock(), self.options.disclosure_hours):
            return ""
        return self.persona.disclosure(0 if last is None else 1, locale=locale)

    async def _remember_disclosure(self, user: UserKey, shown: str) -> None:
        if shown:
            await self.store.set_state(user, "disclosed_at", self.clock().isoformat())

    # -- what adapters' commands call -------------------------------------------

    async def memory(self, user: UserKey) -> MemorySnapshot:
        return await self.store.snapshot(user)

    async def forget(self, user: UserKey) -> int:
        async with self._locks.hold(user):
            removed = await self.store.forget(user)
        log_event(log, logging.INFO, "memory_forgotten", user=hash_user(user), turns=removed)
        return removed

    async def remember_locale(self, user: UserKey, locale: str) -> None:
        """Keep ``locale`` as the person's, for their messages that carry none.

        For platforms that send a locale only now and then (a Discord slash
        command). Never raises: a value that is no locale code is ignored, an
        unchanged one is not written again, and a storage failure is logged,
        so the command that brought the locale still gets its answer. Takes
        no turn lock: a command must not wait on a reply being streamed.
        """
        code = locale_code(locale)
        if code is None:
            return
        try:
            if await self.store.get_state(user, LOCALE_STATE) != code:
                await self.store.set_state(user, LOCALE_STATE, code)
        except StorageError:
            log_event(log, logging.ERROR, "locale_not_stored", user=hash_user(user))

    async def pause(self, user: UserKey) -> None:
        await self.store.set_state(user, "paused", "1")

    async def resume(self, user: UserKey) -> None:
        await self.store.set_state(user, "paused", None)

    async def is_paused(self, user: UserKey) -> bool:
        return await self.store.get_state(user, "paused") == "1"

    async def maintain(self, *, compact: bool = False) -> int:
        """Apply the retention settings; with ``compact``, VACUUM afterwards."""
        days = self.options.retention_days
        before = (
            self.clock() - timedelta(days=days)
            if days > 0
            else datetime.min.replace(tzinfo=self.clock().tzinfo)
        )
        removed = await self.store.prune(before, self.options.keep_turns)
        if compact:
            await self.store.compact()
        log_event(log, logging.INFO, "maintenance", removed=removed, compacted=compact)
        return removed

    async def drain(self, grace: float = 30.0) -> None:
        """Wait for turns in flight and queued alerts (graceful shutdown)."""
        try:
            await asyncio.wait_for(self._idle.wait(), grace)
        except TimeoutError:
            log_event(log, logging.WARNING, "drain_timeout", in_flight=self._in_flight)
        await self.alerts.drain()

    async def aclose(self) -> None:
        await self.drain()
        if self.model is not None:
            await self.model.aclose()
        await self.store.aclose()
