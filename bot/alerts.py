"""Send moderator alerts in the background: retried, rate-limited, never blocking.

The crisis reply is already on its way when an alert is queued. Each
platform's adapter registers its own :class:`bot.ports.Escalation`; an alert
goes to the hook of the platform the person wrote on. One alert per person
per cooldown window, unless the level rises.

With a store, the cooldown is kept in the person's state (``alerted``: when
and at which level), read and written under a per-person store lock, so
several processes sharing one database alert once between them. Without
one it is kept in this process (tests, one-off tools).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from datetime import datetime
from typing import Any

from tenacity import AsyncRetrying, stop_after_attempt, wait_exponential

from bot.domain import ModeratorAlert, RiskLevel, UserKey, utcnow
from bot.errors import StorageError
from bot.keyed_lock import KeyedLocks
from bot.ports import Escalation, MemoryStore
from bot.telemetry import METRICS, hash_user, log_event

__all__ = ["AlertDispatcher"]

log = logging.getLogger(__name__)


ALERTED_KEY = "alerted"  # person state: "<iso time>|<level>" of the last alert sent


class AlertDispatcher:
    def __init__(
        self,
        *,
        cooldown_seconds: float = 600.0,
        attempts: int = 3,
        store: MemoryStore | None = None,
    ) -> None:
        self._hooks: dict[str, Escalation] = {}
        self._store = store
        self._locks = KeyedLocks()
        self._cooldown = cooldown_seconds
        self._attempts = attempts
        self._last: dict[UserKey, tuple[float, RiskLevel]] = {}
        self._tasks: set[asyncio.Task[None]] = set()

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
            self._spawn(self._shared(self._store, hook, alert))
            return True
        user = UserKey(alert.platform, alert.user_id)
        now = asyncio.get_running_loop().time()
        last = self._last.get(user)
        if last is not None and now - last[0] < self._cooldown and alert.level <= last[1]:
            METRICS.alerts.labels("suppressed").inc()
            return False
        self._last[user] = (now, alert.level)
        self._spawn(self._deliver(hook, alert))
        return True

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _shared(self, store: MemoryStore, hook: Escalation, alert: ModeratorAlert) -> None:
        """The cooldown in the person's stored state. The read and the write
        happen under a store lock (every process's), so of two processes only
        the first sees no recent alert. The lock is the store's turn lock of a
        key derived from the person, not the person's own: an alert must never
        wait behind that person's next turn (a model reply may take 45 s).
        A store that cannot be read does not stop the alert: better twice than
        never."""
        user = UserKey(alert.platform, alert.user_id)
        cooldown_lock = UserKey(alert.platform, f"{alert.user_id}\x00alert-cooldown")
        try:
            async with self._locks.hold(user), store.turn_lock(cooldown_lock):
                last = _parse(await store.get_state(user, ALERTED_KEY))
                now = utcnow()
                if (
                    last is not None
                    and (now - last[0]).total_seconds() < self._cooldown
                    and alert.level <= last[1]
                ):
                    METRICS.alerts.labels("suppressed").inc()
                    return
                await store.set_state(user, ALERTED_KEY, f"{now.isoformat()}|{int(alert.level)}")
        except StorageError:
            log_event(log, logging.WARNING, "alert_cooldown_unavailable", user=hash_user(user))
        await self._deliver(hook, alert)

    async def _deliver(self, hook: Escalation, alert: ModeratorAlert) -> None:
        who = hash_user(UserKey(alert.platform, alert.user_id))
        try:
            async for attempt in AsyncRetrying(
                stop=stop_after_attempt(self._attempts),
                wait=wait_exponential(multiplier=0.5, max=5),
                reraise=True,
            ):
                with attempt:
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
                error=type(exc).__name__,
            )
            return
        METRICS.alerts.labels("sent").inc()
        log_event(log, logging.INFO, "moderator_alert_sent", user=who, level=alert.level.label)

    async def drain(self, grace: float = 10.0) -> None:
        """Wait for queued alerts (at shutdown), then cancel what is left."""
        if self._tasks:
            _, pending = await asyncio.wait(set(self._tasks), timeout=grace)
            for task in pending:
                task.cancel()


def _parse(value: str | None) -> tuple[datetime, RiskLevel] | None:
    if not value or "|" not in value:
        return None
    when, level = value.split("|", 1)
    try:
        return datetime.fromisoformat(when), RiskLevel(int(level))
    except ValueError:
        return None
