"""Send moderator alerts in the background: retried, rate-limited, never blocking.

The crisis reply is already on its way when an alert is queued. Each
platform's adapter registers its own :class:`bot.ports.Escalation`; an alert
goes to the hook of the platform the person wrote on. One alert per person
per cooldown window, unless the level rises.
"""

from __future__ import annotations

import asyncio
import logging

from tenacity import AsyncRetrying, stop_after_attempt, wait_exponential

from bot.domain import ModeratorAlert, RiskLevel, UserKey
from bot.ports import Escalation
from bot.telemetry import METRICS, hash_user, log_event

__all__ = ["AlertDispatcher"]

log = logging.getLogger(__name__)


class AlertDispatcher:
    def __init__(self, *, cooldown_seconds: float = 600.0, attempts: int = 3) -> None:
        self._hooks: dict[str, Escalation] = {}
        self._cooldown = cooldown_seconds
        self._attempts = attempts
        self._last: dict[UserKey, tuple[float, RiskLevel]] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    def register(self, platform: str, hook: Escalation) -> None:
        self._hooks[platform] = hook

    def submit(self, alert: ModeratorAlert) -> bool:
        """Queue ``alert``; False when no hook is set or the person is in cooldown."""
        hook = self._hooks.get(alert.platform)
        if hook is None:
            return False
        user = UserKey(alert.platform, alert.user_id)
        now = asyncio.get_running_loop().time()
        last = self._last.get(user)
        if last is not None and now - last[0] < self._cooldown and alert.level <= last[1]:
            METRICS.alerts.labels("suppressed").inc()
            return False
        self._last[user] = (now, alert.level)
        task = asyncio.create_task(self._deliver(hook, alert))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return True

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
