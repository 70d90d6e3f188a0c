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
from bot.chat_prompt import ChatPrompts
from bot.checkin import CheckIns
from bot.crisis_turn import CrisisTurn
from bot.disclosure import Disclosures
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
from bot.pending import PendingTurn, PendingTurns, unstored_texts
from bot.person_locale import LOCALE_STATE, locale_code, with_remembered_locale
from bot.ports import ChatModel, Escalation, MemoryStore, RiskScreener
from bot.ratelimit import RateLimiter
from bot.reply_stream import safe_stream
from bot.risk.crisis import CrisisResponder
from bot.telemetry import METRICS, hash_user, log_event
from bot.turn_policy import (
    assistant_turn,
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
        self._prompts = ChatPrompts(
            persona, store, self._now, self.options.history_turns, self.options.max_message_chars
        )
        self._disclosures = Disclosures(persona, store, self._now, self.options.disclosure_hours)
        self._checkins = CheckIns(persona, crisis, self.options.max_message_chars)
        self._crisis_turn = CrisisTurn(
            store=store,
            crisis=crisis,
            persona=persona,
            alerts=self.alerts,
            disclosures=self._disclosures,
            clock=self._now,
            excerpt_chars=self.options.alert_excerpt_chars,
        )
        self._in_flight = 0
        self._idle = asyncio.Event()
        self._idle.set()

    def _now(self) -> datetime:
        # The parts read the time through here, so a clock swapped in later
        # (a test simulating hours of conversation) reaches all of them.
        return self.clock()

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
                yield await self._crisis_turn.reply(message, assessment, state)
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
            yield await self._crisis_turn.reply(message, assessment, state)
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
        """The model's reply (or the offline one's), filtered, with the AI notice
        before it when due and the check-in after it; then stored."""
        user = message.user
        prompt = await self._prompts.build(message, text, assessment, history)
        variant = variant_of(message)
        shown = self._disclosures.due(state, message.locale)
        await self._disclosures.remember(user, shown)
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
        extra = self._checkins.after_reply(message, assessment, variant, len(text), history)
        if extra:
            shown = f"{shown.rstrip()}\n\n{extra}"
            yield ReplyChunk("\n\n" + extra, shown, kind)
        final = shown.strip()
        await self._try_store(
            user,
            self.store.append(user, assistant_turn(message, final, assessment.level, self.clock())),
        )
        yield ReplyChunk("", final, kind, reply=Reply(final, kind, assessment.level))

    # -- helpers -----------------------------------------------------------------

    async def _try_store(self, user: UserKey, write: Awaitable[None]) -> None:
        """A write after the person has their reply: a failure is logged, not raised."""
        try:
            await write
        except StorageError:
            log_event(log, logging.ERROR, "storage_write_failed", user=hash_user(user))

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
        checkin = self._checkins.question(message, assessment, variant, history)
        text = "\n\n".join(part for part in (notice, checkin) if part)
        level = assessment.level
        await self.store.append(message.user, assistant_turn(message, text, level, self.clock()))
        return self._whole(text, ReplyKind.NOTICE, level)

    @staticmethod
    def _whole(text: str, kind: ReplyKind, risk: RiskLevel = RiskLevel.NONE) -> ReplyChunk:
        return ReplyChunk(text, text, kind, reply=Reply(text, kind, risk))

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

    async def remembered_locale(self, user: UserKey) -> str | None:
        """The locale kept by :meth:`remember_locale`, None when there is none.

        For an adapter's own words said outside a turn (an error line after a
        failure). Never raises: storage that fails (perhaps the very failure
        being apologised for) gives None, so the line goes out in English.
        """
        try:
            return locale_code(await self.store.get_state(user, LOCALE_STATE))
        except StorageError:
            return None

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
