"""The lifecycle every long-running platform adapter follows under ``heartline run``."""

from __future__ import annotations

from typing import Protocol

__all__ = ["Service"]


class Service(Protocol):
    """A platform connection (Discord, Slack) or the health server.

    ``start`` returns once the service is running (or raises
    :class:`bot.errors.ConfigError` with one clear line, e.g. a rejected
    token); ``stop`` closes it and is safe to call twice. ``healthy`` is what
    ``/healthz`` reports for it.
    """

    name: str

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    @property
    def healthy(self) -> bool: ...
