"""Send moderator alerts in the background: retried, rate-limited, never blocking.

The crisis reply is already on its way when an alert is queued. Each
platform's adapter registers its own :class:`bot.ports.Escalation`; an alert
goes to the hook of the platform the person wrote on. One alert per person
per cooldown window, unless the level rises.

The cooldown counts only alerts a moderator received. An alert claims the
person's cooldown before it is sent (so two at once send one) and gives the
claim back when every attempt failed or shutdown stopped it: a moderator
channel that was down must not silence the person's next crisis. Each
attempt may take ``attempt_timeout`` seconds; after ``attempts`` tries in
all the failure is logged. An alert still unsent at shutdown is logged and
counted (``unsent``). No log line carries message text.

With a store, the claim is kept in the person's state (``alerted``: when
and at which level), read and written under a per-person store lock, so
several processes sharing one database alert once between them. Without
one it is kept in this process (tests, one-off tools).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Coroutine
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

from tenacity import AsyncRetrying, stop_after_attempt, wait_exponential

from bot.domain import ModeratorAlert, RiskLevel, UserKey, utcnow
from bot.errors import StorageError
from bot.keyed_lock import KeyedLocks
from bot.ports import Escalation, MemoryStore
from bot.telemetry import METRICS, hash_user, log_event

__all__ = ["ALERT_ATTEMPTS", "ALERT_ATTEMPT_TIMEOUT", "AlertDispatcher"]

log = logging.getLogger(__name__)

ALERTED_KEY = "alerted"  # person state: "<iso time>|<level>" of the last alert claimed
ALERT_ATTEMPTS = 3  # tries in all, the first included
ALERT_ATTEMPT_TIMEOUT = 15.0  # seconds one try may take before it counts as failed
RELEASE_GRACE = 2.0  # seconds at shutdown for stopped alerts to give back their claims

Claim = tuple[datetime, RiskLevel]


class AlertDispatcher:
    def __init__(
        self,
        *,
        cooldown_seconds: float = 600.0,
        attempts: int = ALERT_ATTEMPTS,
        attempt_timeout: float = ALERT_ATTEMPT_TIMEOUT,
        retry_wait: float = 0.5,
        store: MemoryStore | None = None,
    ) -> None:
        self._hooks: dict[str, Escalation] = {}
        self._store = store
        self._locks = KeyedLocks()
        self._cooldown = cooldown_seconds
        self._attempts = attempts
        self._attempt_timeout = attempt_timeout
        self._retry_wait = retry_wait
        self._last: dict[UserKey, Claim] = {}
        self._tasks: dict[asyncio.Task[None], ModeratorAlert] = {}

    def register(self, platform: str, hook: Escalation) -> None:
        self._hooks[platform] = hook

    def submit(self, alert: ModeratorAlert) -> bool:
        """Queue ``alert``; False when no hook is set or the person is in cooldown.

        With a store the cooldown is checked in the background task (it needs
        the database), so True then means queued, not necessarily sent.
        """
        hook = self._hooks.get(alert.platform)
        if hook is None:
            return False
        if self._store is not None:
            self._spawn(alert, self._shared(self._store, hook, alert))
            return True
        user = UserKey(alert.platform, alert.user_id)
        before = self._last.get(user)
        if self._cooling(before, alert.level):
            METRICS.alerts.labels("suppressed").inc()
            return False
        claim = self._last[user] = (utcnow(), alert.level)
        self._spawn(alert, self._local(hook, alert, claim, before))
        return True

    def _spawn(self, alert: ModeratorAlert, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(work)
        self._tasks[task] = alert
        task.add_done_callback(self._forget_task)

    def _forget_task(self, task: asyncio.Task[None]) -> None:
        self._tasks.pop(task, None)

    def _cooling(self, last: Claim | None, level: RiskLevel) -> bool:
        """True when an alert at ``level`` or above was claimed within the cooldown."""
        if last is None:
            return False
        return (utcnow() - last[0]).total_seconds() < self._cooldown and level <= last[1]

    async def _local(
        self, hook: Escalation, alert: ModeratorAlert, claim: Claim, before: Claim | None
    ) -> None:
        user = UserKey(alert.platform, alert.user_id)
        sent = False
        try:
            sent = await self._deliver(hook, alert)
        finally:
            if not sent and self._last.get(user) == claim:  # no later alert took over
                if before is None:
                    del self._last[user]
                else:
                    self._last[user] = before

    @asynccontextmanager
    async def _cooldown_lock(self, store: MemoryStore, user: UserKey) -> AsyncIterator[None]:
        """The person's alert lock in this process and in the store (every
        process's). It is the store's turn lock of a key derived from the
        person, not the person's own: an alert must never wait behind that
        person's next turn (a model reply may take 45 s)."""
        key = UserKey(user.platform, f"{user.user_id}\x00alert-cooldown")
        async with self._locks.hold(user), store.turn_lock(key):
            yield

    async def _shared(self, store: MemoryStore, hook: Escalation, alert: ModeratorAlert) -> None:
        """The cooldown in the person's stored state: of two processes only the
        first sees no recent claim. A store that cannot be read does not stop
        the alert: better twice than never."""
        user = UserKey(alert.platform, alert.user_id)
        claim = f"{utcnow().isoformat()}|{int(alert.level)}"
        try:
            async with self._cooldown_lock(store, user):
                before = await store.get_state(user, ALERTED_KEY)
                if self._cooling(_parse(before), alert.level):
                    METRICS.alerts.labels("suppressed").inc()
                    return
                await store.set_state(user, ALERTED_KEY, claim)
        except StorageError:
            log_event(log, logging.WARNING, "alert_cooldown_unavailable", user=hash_user(user))
            await self._deliver(hook, alert)
            return
        sent = False
        try:
            sent = await self._deliver(hook, alert)
        finally:
            if not sent:
                await self._release(store, user, claim, before)

    async def _release(
        self, store: MemoryStore, user: UserKey, claim: str, before: str | None
    ) -> None:
        """Give back a claim no moderator received, unless a later alert replaced it."""
        try:
            async with self._cooldown_lock(store, user):
                if await store.get_state(user, ALERTED_KEY) == claim:
                    await store.set_state(user, ALERTED_KEY, before)
        except StorageError:
            log_event(log, logging.WARNING, "alert_cooldown_unavailable", user=hash_user(user))

    async def _deliver(self, hook: Escalation, alert: ModeratorAlert) -> bool:
        """Up to ``attempts`` tries, each cut off after ``attempt_timeout``; True when sent."""
        who = hash_user(UserKey(alert.platform, alert.user_id))
        try:
            async for attempt in AsyncRetrying(
                stop=stop_after_attempt(self._attempts),
                wait=wait_exponential(multiplier=self._retry_wait, max=5),
                reraise=True,
            ):
                with attempt:
                    async with asyncio.timeout(self._attempt_timeout):
                        await hook.alert(alert)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - any adapter failure is logged, never raised
            METRICS.alerts.labels("failed").inc()
            log_event(
                log,
                logging.ERROR,
                "moderator_alert_failed",
                user=who,
                level=alert.level.label,
                attempts=self._attempts,
                error=type(exc).__name__,
            )
            return False
        METRICS.alerts.labels("sent").inc()
        log_event(log, logging.INFO, "moderator_alert_sent", user=who, level=alert.level.label)
        return True

    async def drain(self, grace: float = 10.0) -> int:
        """Wait up to ``grace`` seconds for queued alerts (at shutdown).

        Alerts still unsent then are logged (``moderator_alert_unsent``, no
        text), counted (outcome ``unsent``) and cancelled; their cooldown
        claims are given back. Returns how many were unsent.
        """
        if not self._tasks:
            return 0
        _, pending = await asyncio.wait(set(self._tasks), timeout=grace)
        for task in pending:
            alert = self._tasks[task]
            METRICS.alerts.labels("unsent").inc()
            log_event(
                log,
                logging.ERROR,
                "moderator_alert_unsent",
                user=hash_user(UserKey(alert.platform, alert.user_id)),
                level=alert.level.label,
            )
            task.cancel()
        if pending:
            await asyncio.wait(pending, timeout=RELEASE_GRACE)
        return len(pending)


def _parse(value: str | None) -> Claim | None:
    if not value or "|" not in value:
        return None
    when, level = value.split("|", 1)
    try:
        return datetime.fromisoformat(when), RiskLevel(int(level))
    except ValueError:
        return None
