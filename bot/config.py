"""Settings: the only module that reads the environment.

Every setting is an environment variable (optionally from a ``.env`` file).
:meth:`Settings.from_env` validates a plain mapping, so tests pass a dict
instead of patching ``os.environ``. A wrong value raises
:class:`bot.errors.ConfigError` naming the variable and what to do.
The operator reference in ``docs/configuration.md`` is generated from the
field descriptions here (``heartline config-doc``) and checked by a test.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import platformdirs
from dotenv import dotenv_values
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    SecretStr,
    ValidationError,
    field_validator,
)
from pydantic_core import core_schema

from bot.countries import country_code
from bot.errors import ConfigError

__all__ = [
    "PostgresUrl",
    "Settings",
    "ShardPlan",
    "bench_postgres_url",
    "default_db_path",
    "load_settings",
    "parse_shards",
]

_PG_SCHEMES = ("postgresql://", "postgres://")


class PostgresUrl(str):
    """A ``postgresql://`` connection URL for ``HEARTLINE_DB``; its repr hides the password."""

    __slots__ = ()

    def __repr__(self) -> str:
        head, at, host = self.rpartition("@")
        if not at or ":" not in head.split("://", 1)[-1]:
            return f"PostgresUrl({str(self)!r})"
        return f"PostgresUrl({head.rsplit(':', 1)[0] + ':***@' + host!r})"

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_after_validator_function(cls, core_schema.str_schema())


@dataclass(frozen=True, slots=True)
class ShardPlan:
    """Which Discord shards this process runs. ``count`` None: Discord's
    recommendation (``auto``); ``ids`` None: all of ``count``."""

    count: int | None = None
    ids: tuple[int, ...] | None = None


_SHARDS_FORMAT = "use auto, or FIRST-LAST/TOTAL such as 0-3/8, or ID/TOTAL such as 5/8"


def parse_shards(value: str) -> ShardPlan:
    """``auto`` | ``FIRST-LAST/TOTAL`` | ``ID/TOTAL`` (ids count from 0). Raises ValueError."""
    text = value.strip().lower()
    if text == "auto":
        return ShardPlan()
    ids, slash, total = text.partition("/")
    first, dash, last = ids.partition("-")
    parts = (first, last if dash else first, total)
    if not slash or not all(p.strip().isdigit() for p in parts):
        raise ValueError(_SHARDS_FORMAT)
    low, high, count = (int(p) for p in parts)
    if count < 1 or low > high or high >= count:
        raise ValueError(f"shard ids must run from 0 to TOTAL-1, low to high ({_SHARDS_FORMAT})")
    return ShardPlan(count, tuple(range(low, high + 1)))


def _database(value: Any) -> Any:
    """``HEARTLINE_DB``: a ``postgresql://`` URL, or else a SQLite file path."""
    if isinstance(value, str) and "://" in value:
        if not value.startswith(_PG_SCHEMES):
            raise ValueError("use a SQLite file path or a postgresql:// URL")
        return PostgresUrl(value)
    return Path(value) if isinstance(value, str) else value


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir("heartline", appauthor=False)) / "heartline.db"


def _env(name: str, description: str, default: Any = None, **kw: Any) -> Any:
    return Field(default, alias=name, description=description, **kw)


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, populate_by_name=True, extra="ignore")

    # Storage
    db: Path | PostgresUrl = Field(
        default_factory=default_db_path,
        alias="HEARTLINE_DB",
        description="SQLite database file, or a postgresql://user:password@host:5432/name URL "
        "for several bot processes sharing one PostgreSQL database. Default: heartline.db in "
        "the user's data directory.",
    )
    db_busy_timeout: float = _env(
        "HEARTLINE_DB_BUSY_TIMEOUT",
        "Seconds to wait for another writer to release the database before giving up.",
        5.0,
        gt=0,
    )
    db_pool_size: int = _env(
        "HEARTLINE_DB_POOL_SIZE",
        "PostgreSQL only: connections this process opens for queries.",
        10,
        ge=1,
        le=200,
    )
    db_turn_locks: int = _env(
        "HEARTLINE_DB_TURN_LOCKS",
        "PostgreSQL only: people whose turns this process runs at once; each holds a "
        "connection with that person's lock for the turn, so others wait their turn.",
        20,
        ge=1,
        le=500,
    )
    encryption_key: SecretStr | None = _env(
        "HEARTLINE_ENCRYPTION_KEY",
        "Encrypt stored messages, summaries and facts with this key (generate one with "
        "`heartline keygen`). Several comma-separated keys rotate: the first encrypts, all "
        "decrypt; then run `heartline memory rekey`.",
        repr=False,
    )
    retention_days: int = _env(
        "HEARTLINE_RETENTION_DAYS",
        "Delete stored messages older than this many days (0: keep). Summaries and facts stay "
        "until the person runs forget.",
        30,
        ge=0,
    )
    keep_turns: int = _env(
        "HEARTLINE_KEEP_TURNS",
        "Keep at most this many recent messages per person (0: no limit); memory needs about 40.",
        200,
        ge=0,
    )
    # Model
    model_url: str | None = _env(
        "HEARTLINE_MODEL_URL",
        "Base URL of an OpenAI-compatible API, e.g. http://ollama:11434/v1. "
        "Unset: the built-in offline responder answers.",
    )
    model: str = _env(
        "HEARTLINE_MODEL", "Model name sent to the API (an Ollama tag, say).", "llama3.2:3b"
    )
    model_api_key: SecretStr | None = _env(
        "HEARTLINE_MODEL_API_KEY", "API key for the model server, if it needs one.", repr=False
    )
    model_connect_timeout: float = _env(
        "HEARTLINE_MODEL_CONNECT_TIMEOUT", "Seconds to connect to the model server.", 5.0, gt=0
    )
    model_read_timeout: float = _env(
        "HEARTLINE_MODEL_READ_TIMEOUT",
        "Seconds to wait for the next streamed piece before giving up.",
        20.0,
        gt=0,
    )
    model_total_timeout: float = _env(
        "HEARTLINE_MODEL_TIMEOUT",
        "Seconds a whole model reply may take; then the built-in responder steps in.",
        45.0,
        gt=0,
    )
    model_retries: int = _env(
        "HEARTLINE_MODEL_RETRIES", "Retries before the first token arrives.", 2, ge=0, le=5
    )
    model_max_tokens: int = _env(
        "HEARTLINE_MODEL_MAX_TOKENS", "Upper bound on reply length in tokens.", 400, gt=0
    )
    model_temperature: float = _env(
        "HEARTLINE_MODEL_TEMPERATURE", "Sampling temperature.", 0.7, ge=0, le=2
    )
    # Persona and conversation
    persona_file: Path | None = _env(
        "HEARTLINE_PERSONA_FILE", "A Markdown file that replaces the built-in system prompt."
    )
    history_turns: int = _env(
        "HEARTLINE_HISTORY_TURNS", "Recent turns put in the prompt verbatim.", 12, ge=2, le=100
    )
    max_message_chars: int = _env(
        "HEARTLINE_MAX_MESSAGE_CHARS",
        "Longer messages are screened whole but shortened for the model.",
        4000,
        ge=200,
    )
    rate_limit_per_minute: int = _env(
        "HEARTLINE_RATE_LIMIT",
        "Messages per person per minute before a kind slow-down notice (0: off). "
        "Crisis messages are never limited.",
        20,
        ge=0,
    )
    # Safety
    default_country: str | None = _env(
        "HEARTLINE_DEFAULT_COUNTRY",
        "ISO 3166 country code (US, GB, ...; UK is read as GB) whose crisis lines are shown "
        "when a person's locale names no country or is unknown (Discord: the person has never "
        "run a slash command, or erased their memory since; messages carry no locale). A code "
        "without lines of its own gives the international directory; `heartline check` warns. "
        "Unset: an international directory and the local emergency number.",
    )
    learned_screening: bool = _env(
        "HEARTLINE_LEARNED_SCREENING",
        "Run the learned second screening stage after the rules: it raises to high a "
        "message the rules rated lower without a reason (not negated, past, someone else's, "
        "a story, an idiom or a joke) when its word model is sure. Offline, no download. "
        "false: the rule stage alone.",
        True,
    )
    crisis_lines_file: Path | None = _env(
        "HEARTLINE_CRISIS_LINES_FILE",
        "TOML file that overrides or extends the shipped crisis lines by country.",
    )
    disclosure_hours: float = _env(
        "HEARTLINE_DISCLOSURE_HOURS",
        "Repeat the 'I am an AI, not a therapist' notice after this many hours of "
        "continued conversation (0: only at first contact).",
        3.0,
        ge=0,
    )
    alert_excerpt_chars: int = _env(
        "HEARTLINE_ALERT_EXCERPT_CHARS",
        "Characters of the person's message included in moderator alerts (0: none).",
        0,
        ge=0,
        le=500,
    )
    alert_cooldown_seconds: float = _env(
        "HEARTLINE_ALERT_COOLDOWN_SECONDS",
        "At most one moderator alert per person in this window, unless the level rises.",
        600.0,
        ge=0,
    )
    alert_timeout_seconds: float = _env(
        "HEARTLINE_ALERT_TIMEOUT_SECONDS",
        "Seconds one try at sending a moderator alert may take. An alert is tried 3 times "
        "in all, then the failure is logged.",
        15.0,
        gt=0,
        le=120,
    )
    # Logging
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] | None = _env(
        "HEARTLINE_LOG_LEVEL",
        "Log level. Unset: INFO for services, ERROR for the terminal chat (the person "
        "reading that terminal should see the conversation, not operator warnings).",
    )
    log_format: Literal["json", "text"] = _env(
        "HEARTLINE_LOG_FORMAT", "json for log collectors, text for people.", "json"
    )
    log_salt: SecretStr = _env(
        "HEARTLINE_LOG_SALT",
        "Secret mixed into hashed user ids in logs; set it to keep hashes stable and unguessable.",
        SecretStr("heartline"),
        repr=False,
    )
    # Discord
    discord_token: SecretStr | None = _env("DISCORD_TOKEN", "Discord bot token.", repr=False)
    discord_guild_id: int | None = _env(
        "HEARTLINE_DISCORD_GUILD_ID",
        "Sync slash commands to this server only (instant); unset: global.",
    )
    discord_alert_channel_id: int | None = _env(
        "HEARTLINE_DISCORD_ALERT_CHANNEL_ID", "Private channel for moderator alerts."
    )
    discord_alert_user_id: int | None = _env(
        "HEARTLINE_DISCORD_ALERT_USER_ID", "Moderator to DM alerts to (if no channel is set)."
    )
    discord_channels: str | None = _env(
        "HEARTLINE_DISCORD_CHANNELS",
        "Comma-separated channel ids the bot may answer in (DMs always). Unset: all.",
    )
    discord_shards: str | None = _env(
        "HEARTLINE_DISCORD_SHARDS",
        "Run sharded: auto (Discord's recommended count, all in this process), or the "
        "shards of this process as FIRST-LAST/TOTAL, e.g. 0-3/8 here and 4-7/8 in a second "
        "process. Unset: one unsharded connection (fine below 2,500 servers).",
    )
    discord_use_threads: bool = _env(
        "HEARTLINE_DISCORD_THREADS", "Answer server mentions in a new thread.", False
    )
    platforms: str | None = _env(
        "HEARTLINE_PLATFORMS",
        "Comma-separated platforms this process serves (discord, slack): the other "
        "platforms' tokens are ignored here. For splitting platforms over processes that "
        "share one .env and one PostgreSQL database. Unset: every platform whose token is set.",
    )
    # Slack
    slack_bot_token: SecretStr | None = _env(
        "SLACK_BOT_TOKEN", "Slack bot token (xoxb-...).", repr=False
    )
    slack_app_token: SecretStr | None = _env(
        "SLACK_APP_TOKEN", "Slack app-level token (xapp-...) for Socket Mode.", repr=False
    )
    slack_signing_secret: SecretStr | None = _env(
        "SLACK_SIGNING_SECRET", "Slack signing secret for HTTP events mode.", repr=False
    )
    slack_port: int = _env(
        "HEARTLINE_SLACK_PORT", "Port for Slack HTTP events.", 3000, ge=1, le=65535
    )
    slack_alert_channel: str | None = _env(
        "HEARTLINE_SLACK_ALERT_CHANNEL", "Private Slack channel id for moderator alerts."
    )
    # Operations
    health_host: str = _env(
        "HEARTLINE_HEALTH_HOST", "Address for /healthz and /metrics.", "0.0.0.0"
    )
    health_port: int = _env(
        "HEARTLINE_HEALTH_PORT", "Port for /healthz and /metrics (0: off).", 8080, ge=0, le=65535
    )

    @field_validator("db", mode="before")
    @classmethod
    def _db(cls, value: Any) -> Any:
        return _database(value)

    @property
    def postgres_url(self) -> PostgresUrl | None:
        """The PostgreSQL URL when ``HEARTLINE_DB`` is one; None for SQLite."""
        return self.db if isinstance(self.db, PostgresUrl) else None

    @field_validator("discord_shards")
    @classmethod
    def _shards(cls, value: str | None) -> str | None:
        if value is not None:
            parse_shards(value)
        return value

    @property
    def discord_shard_plan(self) -> ShardPlan | None:
        """The shards to run; None: no sharding."""
        return parse_shards(self.discord_shards) if self.discord_shards else None

    @field_validator("default_country")
    @classmethod
    def _upper_country(cls, value: str | None) -> str | None:
        return country_code(value) if value else None

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        """Validate settings from a mapping of environment variables.

        Empty values count as unset, so ``FOO=`` in a .env file is harmless.
        """
        known = {f.alias for f in cls.model_fields.values() if f.alias}
        data = {k: v for k, v in env.items() if k in known and v.strip() != ""}
        for dropped in _other_platforms_keys(data.get("HEARTLINE_PLATFORMS")):
            data.pop(dropped, None)
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            key = str(first["loc"][0]) if first["loc"] else "settings"
            raise ConfigError(key, f"{first['msg']} (got {_shown(key, data)})") from None

    @property
    def discord_channel_ids(self) -> frozenset[int]:
        if not self.discord_channels:
            return frozenset()
        ids = set()
        for part in self.discord_channels.split(","):
            if not part.strip().isdigit():
                raise ConfigError("HEARTLINE_DISCORD_CHANNELS", f"{part!r} is not a channel id")
            ids.add(int(part))
        return frozenset(ids)


_PLATFORM_KEYS = {
    "discord": ("DISCORD_TOKEN",),
    "slack": ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"),
}


def _other_platforms_keys(value: str | None) -> list[str]:
    """The token settings of platforms ``HEARTLINE_PLATFORMS`` leaves out."""
    if value is None:
        return []
    wanted = {p.strip().lower() for p in value.split(",") if p.strip()}
    unknown = wanted - set(_PLATFORM_KEYS)
    if unknown:
        raise ConfigError(
            "HEARTLINE_PLATFORMS", f"unknown platform {sorted(unknown)[0]!r}; use discord, slack"
        )
    return [key for name, keys in _PLATFORM_KEYS.items() if name not in wanted for key in keys]


def _shown(key: str, data: Mapping[str, str]) -> str:
    if key not in data:
        return "nothing"
    if any(s in key for s in ("TOKEN", "SECRET", "KEY", "SALT")) or "@" in data[key]:
        return "a hidden value"
    return repr(data[key][:60])


def load_settings(env_file: str | os.PathLike[str] | None = ".env") -> Settings:
    """Settings from the process environment over an optional ``.env`` file."""
    merged: dict[str, str] = {}
    if env_file is not None and Path(env_file).is_file():
        merged.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    merged.update(os.environ)
    return Settings.from_env(merged)


def bench_postgres_url(env: Mapping[str, str] | None = None) -> str | None:
    """The PostgreSQL server ``heartline bench`` measures, if any:
    ``HEARTLINE_BENCH_POSTGRES_URL``, else the test suite's ``HEARTLINE_TEST_POSTGRES_URL``."""
    source = os.environ if env is None else env
    for name in ("HEARTLINE_BENCH_POSTGRES_URL", "HEARTLINE_TEST_POSTGRES_URL"):
        value = source.get(name, "").strip()
        if value:
            if not value.startswith(_PG_SCHEMES):
                raise ConfigError(name, "must be a postgresql:// URL")
            return value
    return None
