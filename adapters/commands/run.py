"""``heartline run``: serve every platform whose tokens are set, until SIGTERM.

Discord starts when ``DISCORD_TOKEN`` is set; Slack when ``SLACK_BOT_TOKEN``
and either ``SLACK_APP_TOKEN`` (Socket Mode) or ``SLACK_SIGNING_SECRET``
(HTTP events) are set; both can run in one process. On SIGTERM or SIGINT the
platforms stop taking messages, turns in flight finish, queued moderator
alerts are sent, and the database is closed.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal

from adapters.health import HealthServer
from adapters.maintenance import MaintenanceService
from adapters.service import Service
from adapters.wiring import open_conversation, setup_logging
from bot.config import Settings, load_settings
from bot.core import Conversation
from bot.errors import ConfigError
from bot.telemetry import log_event

NAME = "run"
HELP = "Run the Discord and/or Slack bot (whichever tokens are set) until stopped."

log = logging.getLogger(__name__)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--drain-seconds", type=float, default=30.0, help="how long to let turns finish at stop"
    )
    parser.add_argument(
        "--no-platforms",
        action="store_true",
        help="start no Discord/Slack connection: serve only /healthz and /metrics (smoke tests)",
    )


def platform_services(conversation: Conversation, settings: Settings) -> list[Service]:
    """The platform services the settings ask for (imported only when used)."""
    services: list[Service] = []
    if settings.discord_token:
        from adapters.discord_bot import DiscordService  # noqa: PLC0415 - only when used

        services.append(DiscordService(conversation, settings))
    if settings.slack_bot_token:
        if not (settings.slack_app_token or settings.slack_signing_secret):
            raise ConfigError(
                "SLACK_APP_TOKEN",
                "set it for Socket Mode, or set SLACK_SIGNING_SECRET for HTTP events",
            )
        from adapters.slack_app import SlackService  # noqa: PLC0415 - only when used

        services.append(SlackService(conversation, settings))
    return services


def extra_services(
    conversation: Conversation, settings: Settings, platforms: list[Service]
) -> list[Service]:
    """Services beside the platforms: housekeeping, and the health endpoint
    unless its port is 0."""
    services: list[Service] = [MaintenanceService(conversation)]
    if settings.health_port != 0:
        services.append(HealthServer(conversation, settings, platforms))
    return services


async def _main(args: argparse.Namespace) -> int:
    settings = load_settings()
    setup_logging(settings)
    conversation = await open_conversation(settings)
    started: list[Service] = []
    try:
        platforms = [] if args.no_platforms else platform_services(conversation, settings)
        if not platforms and not args.no_platforms:
            raise ConfigError(
                "DISCORD_TOKEN",
                "no platform is configured: set DISCORD_TOKEN and/or SLACK_BOT_TOKEN "
                "(see docs/configuration.md); to try heartline locally use `heartline chat`",
            )
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        for service in [*extra_services(conversation, settings, platforms), *platforms]:
            await service.start()
            started.append(service)
            log_event(log, logging.INFO, "service_started", service=service.name)
        await stop.wait()
        log_event(log, logging.INFO, "stopping")
    finally:
        for service in reversed(started):
            await service.stop()
        await conversation.drain(args.drain_seconds)
        await conversation.aclose()
    return 0


def run(args: argparse.Namespace) -> int:
    return asyncio.run(_main(args))
