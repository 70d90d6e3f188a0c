"""Scheduled housekeeping under ``heartline run``: retention and VACUUM.

Every hour old turns are pruned by the retention settings; once a day the
database is compacted so deleted text leaves no free pages behind.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from bot.core import Conversation
from bot.errors import HeartlineError
from bot.telemetry import log_event

__all__ = ["MaintenanceService"]

log = logging.getLogger(__name__)


class MaintenanceService:
    name = "maintenance"

    def __init__(
        self, conversation: Conversation, *, every: float = 3600.0, compact_every: int = 24
    ) -> None:
        self.conversation = conversation
        self.every = every
        self.compact_every = compact_every
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._task = asyncio.create_task(self._loop())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    @property
    def healthy(self) -> bool:
        return self._task is not None and not self._task.done()

    async def _loop(self) -> None:
        rounds = 0
        while True:
            try:
                await self.conversation.maintain(compact=rounds % self.compact_every == 0)
            except HeartlineError as exc:  # logged; the next round tries again
                log_event(log, logging.ERROR, "maintenance_failed", error=type(exc).__name__)
            rounds += 1
            await asyncio.sleep(self.every)
