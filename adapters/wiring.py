"""Build the core from settings: the one place where concrete parts meet.

Commands call :func:`open_conversation` and close what it returns.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from bot.alerts import AlertDispatcher
from bot.config import Settings
from bot.core import Conversation, ConversationOptions
from bot.crisis_lines import directory_warnings, load_directory
from bot.errors import ConfigError, StorageError
from bot.llm.offline import OfflineResponder
from bot.llm.openai_http import OpenAICompatModel
from bot.memory.cipher import TextCipher
from bot.memory.postgres import PostgresStore
from bot.memory.sqlite import SqliteStore
from bot.ports import ChatModel, RiskScreener
from bot.risk.crisis import CrisisResponder
from bot.risk.learned import screener_for
from bot.telemetry import configure_logging, log_event, set_hash_salt
from persona import Persona, load_persona

__all__ = [
    "OpenStore",
    "build_model",
    "load_crisis",
    "load_persona_from",
    "open_conversation",
    "open_store",
    "setup_logging",
]

OpenStore = SqliteStore | PostgresStore

log = logging.getLogger(__name__)


def setup_logging(settings: Settings, *, default_level: str = "INFO") -> None:
    """Logging as configured; ``default_level`` when HEARTLINE_LOG_LEVEL is unset."""
    configure_logging(settings.log_level or default_level, settings.log_format)
    set_hash_salt(settings.log_salt.get_secret_value())


def load_persona_from(settings: Settings) -> Persona:
    try:
        return load_persona(settings.persona_file)
    except OSError as exc:
        raise ConfigError("HEARTLINE_PERSONA_FILE", f"cannot read it ({exc.strerror})") from None


def build_model(settings: Settings) -> ChatModel | None:
    if not settings.model_url:
        return None
    key = settings.model_api_key.get_secret_value() if settings.model_api_key else None
    return OpenAICompatModel(
        settings.model_url,
        settings.model,
        api_key=key,
        connect_timeout=settings.model_connect_timeout,
        read_timeout=settings.model_read_timeout,
        retries=settings.model_retries,
        max_tokens=settings.model_max_tokens,
        temperature=settings.model_temperature,
    )


async def open_store(settings: Settings, *, create: bool = True) -> OpenStore:
    """The memory store, open, encrypted when a key is configured.

    ``HEARTLINE_DB`` picks it: a ``postgresql://`` URL opens a
    :class:`PostgresStore` (several processes may share it), anything else
    is a SQLite file (the embedded default). With ``create=False`` (commands
    that only read) a SQLite file that does not exist raises StorageError
    and nothing is made: a mistyped path must not read as an empty database.
    """
    key = settings.encryption_key
    cipher = TextCipher.from_setting(key.get_secret_value()) if key else None
    store: OpenStore
    if settings.postgres_url is not None:
        store = PostgresStore(
            settings.postgres_url,
            cipher=cipher,
            pool_size=settings.db_pool_size,
            turn_locks=settings.db_turn_locks,
            command_timeout=max(settings.db_busy_timeout, 30.0),
        )
    else:
        path = Path(settings.db)
        if not create and not await asyncio.to_thread(path.is_file):
            raise StorageError(
                f"there is no database at {path} (check HEARTLINE_DB); nothing was created"
            )
        store = SqliteStore(
            path, cipher=cipher, busy_timeout_ms=int(settings.db_busy_timeout * 1000)
        )
    await store.open()
    return store


def options_from(settings: Settings) -> ConversationOptions:
    return ConversationOptions(
        history_turns=settings.history_turns,
        model_timeout=settings.model_total_timeout,
        max_message_chars=settings.max_message_chars,
        rate_limit_per_minute=settings.rate_limit_per_minute,
        disclosure_hours=settings.disclosure_hours,
        alert_excerpt_chars=settings.alert_excerpt_chars,
        alert_cooldown_seconds=settings.alert_cooldown_seconds,
        alert_timeout_seconds=settings.alert_timeout_seconds,
        retention_days=settings.retention_days,
        keep_turns=settings.keep_turns,
    )


def load_crisis(settings: Settings) -> CrisisResponder:
    """The crisis responder; what would quietly give less help is logged
    (``crisis_lines_warning``, operator settings only). Raises ConfigError."""
    directory = load_directory(settings.crisis_lines_file)
    for warning in directory_warnings(
        directory,
        default_country=settings.default_country,
        override_file=settings.crisis_lines_file,
    ):
        log_event(
            log,
            logging.WARNING,
            "crisis_lines_warning",
            setting=warning.setting,
            problem=warning.problem,
            country=warning.country,
            detail=warning.detail,
            fix=warning.fix,
        )
    return CrisisResponder(directory, settings.default_country)


def build_screener(settings: Settings) -> RiskScreener:
    """The rules, followed by the learned stage unless HEARTLINE_LEARNED_SCREENING is off.

    Raises ConfigError when the shipped weights are unreadable.
    """
    return screener_for(settings.learned_screening)


async def open_conversation(settings: Settings) -> Conversation:
    """A ready core with its database open. Raises ConfigError or StorageError."""
    persona = load_persona_from(settings)
    crisis = load_crisis(settings)
    store = await open_store(settings)
    return Conversation(
        store=store,
        screener=build_screener(settings),
        crisis=crisis,
        persona=persona,
        offline=OfflineResponder(),
        model=build_model(settings),
        options=options_from(settings),
        # The alert cooldown lives with the person in the store, so processes
        # sharing a database alert a moderator once, not once each.
        alerts=AlertDispatcher(
            cooldown_seconds=settings.alert_cooldown_seconds,
            attempt_timeout=settings.alert_timeout_seconds,
            store=store,
        ),
    )
