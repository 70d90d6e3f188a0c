"""Per-person message rate limit (a sliding one-minute window).

Small enough that a library would add more than it saves. Crisis messages
are never limited: the core checks the risk level first.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable

__all__ = ["RateLimiter"]

_WINDOW = 60.0


class RateLimiter:
    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._hits: dict[Hashable, deque[float]] = {}

    def allow(self, key: Hashable, now: float) -> bool:
        """Count a message at ``now`` (seconds) and say whether it is within the limit."""
        if self.per_minute <= 0:
            return True
        hits = self._hits.setdefault(key, deque())
        while hits and now - hits[0] >= _WINDOW:
            hits.popleft()
        if len(hits) >= self.per_minute:
            return False
        hits.append(now)
        if len(self._hits) > 50_000:  # bound memory under a raid: forget idle people
            for idle in [k for k, v in self._hits.items() if not v or now - v[-1] >= _WINDOW]:
                del self._hits[idle]
        return True
