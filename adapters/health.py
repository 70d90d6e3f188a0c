"""``/healthz`` and ``/metrics``: what a container orchestrator and Prometheus read.

:class:`HealthServer` is a :class:`adapters.service.Service` that ``heartline
run`` starts beside the platforms. ``GET /healthz`` answers 200 when the
database takes a write lock and every platform says it is healthy, 503 naming
the failing part otherwise. ``GET /metrics`` is the Prometheus text of
:data:`bot.telemetry.METRICS`. The model is deliberately not part of health:
while it loads or is down the built-in responder answers, so the bot is still
doing its job and must not be restarted for it.

The database probe uses its own short-lived sqlite3 connection in a thread,
so it never touches the core's store or its write lock. Nothing here reads
or logs message text, and the endpoints take no input.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from adapters.service import Service
from bot.config import Settings
from bot.core import Conversation
from bot.errors import ConfigError
from bot.memory.postgres import PostgresStore
from bot.telemetry import METRICS, log_event

__all__ = ["HealthServer", "probe_database"]

log = logging.getLogger(__name__)

PROBE_TIMEOUT = 3.0  # seconds the whole database probe may take
BUSY_TIMEOUT_MS = 2000  # how long the probe waits for another writer
MIN_FREE_BYTES = 16 * 1024 * 1024  # below this, the next writes may fail: not healthy


def probe_database(
    path: Path,
    *,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    min_free_bytes: int = MIN_FREE_BYTES,
) -> str:
    """``"ok"`` when ``path`` is an existing SQLite file that takes a write lock.

    Opens the file read-write without creating it (a missing file means the
    volume is gone, which must not look healthy), takes the write lock with
    ``BEGIN IMMEDIATE`` and rolls back: a real round trip through the lock
    and the journal, with no change to the data. A rollback writes nothing,
    so a full disk is caught by checking the free space beside the file.
    Blocking: call it in a thread. Returns a short reason (never raises)
    otherwise.
    """
    if str(path) == ":memory:":
        return "ok"
    uri = f"{path.resolve().as_uri()}?mode=rw"
    try:
        db = sqlite3.connect(uri, uri=True, timeout=busy_timeout_ms / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        return f"cannot open: {exc}"
    try:
        db.execute("BEGIN IMMEDIATE")
        db.execute("ROLLBACK")
    except sqlite3.Error as exc:
        return f"not writable: {exc}"
    finally:
        db.close()
    free = shutil.disk_usage(path.resolve().parent).free
    if free < min_free_bytes:
        return f"disk almost full ({free // (1024 * 1024)} MB free)"
    return "ok"


class HealthServer:
    """The health and metrics endpoint as a :class:`adapters.service.Service`.

    ``platforms`` are the services whose ``healthy`` flags ``/healthz``
    reports, by name. Binds ``settings.health_host:settings.health_port``
    (port 0 picks a free one; read :attr:`port` after :meth:`start`).
    """

    name = "health"

    def __init__(
        self,
        conversation: Conversation,
        settings: Settings,
        platforms: Sequence[Service],
        *,
        probe_timeout: float = PROBE_TIMEOUT,
    ) -> None:
        self._conversation = conversation
        self._settings = settings
        self._platforms = list(platforms)
        self._probe_timeout = probe_timeout
        self._runner: web.AppRunner | None = None

    @property
    def healthy(self) -> bool:
        return self._runner is not None

    @property
    def port(self) -> int:
        """The bound port once started (the configured one before)."""
        if self._runner is not None and self._runner.addresses:
            return int(self._runner.addresses[0][1])
        return self._settings.health_port

    async def start(self) -> None:
        if self._runner is not None:
            return
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/metrics", self._metrics)
        runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await runner.setup()
        host, port = self._settings.health_host, self._settings.health_port
        try:
            await web.TCPSite(runner, host, port).start()
        except OSError as exc:
            await runner.cleanup()
            raise ConfigError(
                "HEARTLINE_HEALTH_PORT",
                f"cannot listen on {host}:{port} ({exc.strerror}); pick a free port or 0 for off",
            ) from None
        self._runner = runner
        log_event(log, logging.INFO, "health_listening", host=host, port=self.port)

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def report(self) -> tuple[bool, dict[str, Any]]:
        """What ``/healthz`` answers: (healthy, body)."""
        db, store = self._settings.db, self._conversation.store
        try:
            if isinstance(db, Path):
                probe = asyncio.to_thread(probe_database, db)
            else:  # PostgreSQL: ask the server through the store's pool
                assert isinstance(store, PostgresStore)
                probe = store.probe()
            database = await asyncio.wait_for(probe, self._probe_timeout)
        except TimeoutError:
            database = f"no answer within {self._probe_timeout:g}s"
        adapters = {p.name: bool(p.healthy) for p in self._platforms}
        failing = [] if database == "ok" else ["database"]
        failing += [f"adapters.{name}" for name, up in adapters.items() if not up]
        body: dict[str, Any] = {
            "status": "ok" if not failing else "unhealthy",
            "database": database,
            "adapters": adapters,
        }
        if failing:
            body["failing"] = failing
        return not failing, body

    async def _healthz(self, request: web.Request) -> web.Response:
        ok, body = await self.report()
        if not ok:
            log_event(log, logging.WARNING, "health_failing", failing=",".join(body["failing"]))
        return web.json_response(body, status=200 if ok else 503)

    async def _metrics(self, request: web.Request) -> web.Response:
        payload = await asyncio.to_thread(generate_latest, METRICS.registry)
        return web.Response(body=payload, headers={"Content-Type": CONTENT_TYPE_LATEST})
