"""Serve an aiohttp app on 127.0.0.1 with a free port: the fakes' shared start-up."""

from __future__ import annotations

from aiohttp import web

__all__ = ["serve"]


async def serve(app: web.Application, **runner_options: object) -> tuple[web.AppRunner, int]:
    """Start ``app`` on loopback; returns the runner (clean it up) and the port."""
    runner = web.AppRunner(app, handle_signals=False, **runner_options)  # type: ignore[arg-type]
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    return runner, int(runner.addresses[0][1])
