"""A person's Slack locale (``en-US``), looked up once an hour at most.

The locale picks the crisis lines a person is shown and the language
heartline speaks to them in, so it is worth one ``users.info`` call (scope
``users:read``) per person per hour. A lookup that fails in any way or
takes longer than :data:`LOOKUP_TIMEOUT` gives ``None`` (English, and the
operator's default country); it never delays a reply for long and never
raises. A failure is remembered for :data:`RETRY_SECONDS` only: a Slack
hiccup should not leave a Spanish speaker reading English for an hour,
and a workspace without the scope still costs one call a minute per
person at most.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Callable

from slack_sdk.web.async_client import AsyncWebClient

from bot.telemetry import log_event

__all__ = ["CACHE_SECONDS", "LOOKUP_TIMEOUT", "RETRY_SECONDS", "LocaleLookup"]

log = logging.getLogger(__name__)

LOOKUP_TIMEOUT = 3.0  # seconds
CACHE_SECONDS = 3600.0
RETRY_SECONDS = 60.0  # how long a failed lookup's English stands
CACHE_SIZE = 5000


class LocaleLookup:
    def __init__(self, client: AsyncWebClient, *, clock: Callable[[], float] | None = None) -> None:
        self._client = client
        self._clock = clock
        self._cache: OrderedDict[str, tuple[float, str | None]] = OrderedDict()
        self._warned = False

    def _now(self) -> float:
        return self._clock() if self._clock else asyncio.get_running_loop().time()

    async def __call__(self, user_id: str) -> str | None:
        now = self._now()
        cached = self._cache.get(user_id)
        if cached is not None and cached[0] > now:
            return cached[1]
        looked_up, locale = await self._lookup(user_id)
        self._cache[user_id] = (now + (CACHE_SECONDS if looked_up else RETRY_SECONDS), locale)
        self._cache.move_to_end(user_id)
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return locale

    async def _lookup(self, user_id: str) -> tuple[bool, str | None]:
        """Whether Slack answered, and the locale it gave (None: none set)."""
        try:
            response = await asyncio.wait_for(
                self._client.users_info(user=user_id, include_locale=True), LOOKUP_TIMEOUT
            )
        # Usually SlackApiError (a missing users:read scope), a dropped connection
        # or the timeout; but the greeting with the AI disclosure and every reply
        # wait on this, so no failure of a lookup may stop them: it is English.
        except Exception as exc:  # noqa: BLE001
            if not self._warned:  # say it once
                self._warned = True
                log_event(
                    log, logging.WARNING, "slack_locale_unavailable", error=type(exc).__name__
                )
            return False, None
        user = response.get("user")
        locale = user.get("locale") if isinstance(user, dict) else None
        return True, locale if isinstance(locale, str) and locale else None
