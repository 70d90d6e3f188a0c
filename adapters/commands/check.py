"""``heartline check``: is this deployment ready to run? One line per part.

Checks the settings, the database (opened, migrated, writable), the model
server (``GET {url}/models``), the platform tokens the operator seems to
want, the crisis lines and the persona file. Each line is ✓ (fine),
! (works, but read this) or ✗ (fix this first) with what to do. Exit 0 when
nothing is ✗, else 1. The container runs this before ``heartline run``.

A model server that is down or still loading is only a warning: the built-in
responder answers until it is up, and crisis help never needs the model.
No secret is ever printed, only whether it is set.
"""

from __future__ import annotations

import argparse
import asyncio
import enum
import json
import sys
from dataclasses import asdict, dataclass
from urllib.parse import urlsplit

import httpx

from adapters.health import probe_database
from adapters.wiring import load_persona_from, open_store
from bot.config import Settings, load_settings
from bot.crisis_lines import DEFAULT_SETTING, directory_warnings, load_directory
from bot.errors import ConfigError, HeartlineError, StorageError
from bot.memory.postgres import PostgresStore, redact_url
from bot.risk.learned import load_model
from persona.local_texts import text_file
from persona.wording import WordingError

__all__ = ["Finding", "Status", "check_all"]

NAME = "check"
HELP = "Check the configuration, database, model server and tokens; print what to fix."

MODEL_TIMEOUT = 5.0  # seconds: a check must answer quickly, even with the model away
DOCS = "docs/configuration.md"
_LINES_FIX = "fix the file or unset HEARTLINE_CRISIS_LINES_FILE to use the shipped lines"


class Status(enum.Enum):
    OK = "ok"
    WARN = "warn"
    FAIL = "fail"


MARKS = {Status.OK: "✓", Status.WARN: "!", Status.FAIL: "✗"}
ASCII_MARKS = {Status.OK: "ok", Status.WARN: "!!", Status.FAIL: "XX"}


@dataclass(frozen=True, slots=True)
class Finding:
    part: str
    status: Status
    detail: str
    fix: str = ""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--no-platforms",
        action="store_true",
        help="do not require a Discord or Slack token (for `heartline run --no-platforms`)",
    )


# -- the parts -------------------------------------------------------------------


async def check_database(settings: Settings) -> Finding:
    where = str(settings.db)
    try:
        store = await open_store(settings)
    except (StorageError, ConfigError) as exc:
        return Finding(
            "database", Status.FAIL, str(exc), "check HEARTLINE_DB and the volume's permissions"
        )
    moved = store.moved_aside
    if isinstance(store, PostgresStore):
        where = redact_url(store.url)
        writable = await store.probe()
        await store.aclose()
    else:
        await store.aclose()
        writable = await asyncio.to_thread(probe_database, store.path)
    if writable != "ok":
        return Finding(
            "database", Status.FAIL, f"{where}: {writable}", "give the bot's user write access"
        )
    if moved is not None:
        return Finding(
            "database",
            Status.WARN,
            f"{where} was not a usable database; it was kept as {moved} and a new one made",
            "restore a backup if you have one (docs/deploy.md)",
        )
    return Finding("database", Status.OK, f"{where}: opened, migrated, writable")


def _safe_url(url: str) -> str:
    """The URL without credentials or query, fit to print."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return f"{parts.scheme}://{host}{parts.path}"


def _served(body: object) -> list[str]:
    data = body.get("data") if isinstance(body, dict) else None
    if not isinstance(data, list):
        return []
    return [str(m["id"]) for m in data if isinstance(m, dict) and "id" in m]


def _same_model(wanted: str, served: str) -> bool:
    tagged = wanted if ":" in wanted else f"{wanted}:latest"
    return served in (wanted, tagged)


async def check_model(settings: Settings) -> Finding:
    if not settings.model_url:
        return Finding(
            "model",
            Status.WARN,
            "HEARTLINE_MODEL_URL is not set: every reply comes from the built-in responder",
            "set HEARTLINE_MODEL_URL to an OpenAI-compatible API (docs/deploy.md)",
        )
    parts = urlsplit(settings.model_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return Finding(
            "model",
            Status.FAIL,
            "HEARTLINE_MODEL_URL is not an http(s) URL",
            "use the API's base URL, e.g. http://ollama:11434/v1",
        )
    url = _safe_url(settings.model_url)
    fallback = "the built-in responder answers until it is up; crisis help works regardless"
    key = settings.model_api_key
    headers = {"Authorization": f"Bearer {key.get_secret_value()}"} if key else {}
    timeout = httpx.Timeout(
        MODEL_TIMEOUT, connect=min(MODEL_TIMEOUT, settings.model_connect_timeout)
    )
    try:
        async with httpx.AsyncClient(timeout=timeout) as client:
            response = await client.get(f"{settings.model_url.rstrip('/')}/models", headers=headers)
    except httpx.HTTPError as exc:
        return Finding(
            "model", Status.WARN, f"cannot reach {url} ({type(exc).__name__}): {fallback}"
        )
    return _model_answer(settings, url, response, fallback)


def _model_answer(settings: Settings, url: str, response: httpx.Response, fallback: str) -> Finding:
    if response.status_code in (401, 403):
        return Finding(
            "model",
            Status.FAIL,
            f"{url} refused the API key (HTTP {response.status_code})",
            "set HEARTLINE_MODEL_API_KEY to a valid key for this server",
        )
    if response.status_code != 200:
        return Finding(
            "model",
            Status.WARN,
            f"{url} answered HTTP {response.status_code} to GET /models: {fallback}",
        )
    try:
        served = _served(response.json())
    except ValueError:
        served = []
    if any(_same_model(settings.model, name) for name in served):
        return Finding("model", Status.OK, f"{url} serves {settings.model}")
    listed = ", ".join(served[:5]) or "none listed"
    return Finding(
        "model",
        Status.WARN,
        f"{url} is up but does not list {settings.model} (it has: {listed}): {fallback}",
        "wait for the download (docker compose logs ollama-pull) or set HEARTLINE_MODEL",
    )


def _discord(settings: Settings) -> list[Finding]:
    token = settings.discord_token
    if token is None:
        return []
    found = [Finding("discord", Status.OK, "DISCORD_TOKEN is set")]
    if token.get_secret_value().count(".") != 2:
        found[0] = Finding(
            "discord",
            Status.WARN,
            "DISCORD_TOKEN does not look like a bot token (three dot-separated parts)",
            "copy it from the Developer Portal: your application → Bot → Reset Token",
        )
    try:
        settings.discord_channel_ids  # noqa: B018 - parsing is the check
    except ConfigError as exc:
        found.append(Finding("discord", Status.FAIL, str(exc), "list channel ids, comma-separated"))
    if not (settings.discord_alert_channel_id or settings.discord_alert_user_id):
        found.append(
            Finding(
                "discord alerts",
                Status.WARN,
                "no moderator is told about crisis messages",
                "set HEARTLINE_DISCORD_ALERT_CHANNEL_ID (a private channel) or "
                "HEARTLINE_DISCORD_ALERT_USER_ID",
            )
        )
    return found


def _slack_tokens(settings: Settings) -> list[Finding]:
    bot, app, secret = (
        settings.slack_bot_token,
        settings.slack_app_token,
        settings.slack_signing_secret,
    )
    if bot is None:
        stray = "SLACK_APP_TOKEN" if app else "SLACK_SIGNING_SECRET"
        return [
            Finding(
                "slack",
                Status.FAIL,
                f"{stray} is set but SLACK_BOT_TOKEN is not",
                "set SLACK_BOT_TOKEN to the Bot User OAuth Token (xoxb-...) (docs/slack.md)",
            )
        ]
    found = []
    if not bot.get_secret_value().startswith("xoxb-"):
        found.append(
            Finding(
                "slack",
                Status.FAIL,
                "SLACK_BOT_TOKEN does not start with xoxb-",
                "use the Bot User OAuth Token from OAuth & Permissions",
            )
        )
    if app is not None and not app.get_secret_value().startswith("xapp-"):
        found.append(
            Finding(
                "slack",
                Status.FAIL,
                "SLACK_APP_TOKEN does not start with xapp-",
                "use an app-level token with the connections:write scope (Basic Information)",
            )
        )
    if app is None and secret is None:
        found.append(
            Finding(
                "slack",
                Status.FAIL,
                "neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP) is set",
                "set SLACK_APP_TOKEN for Socket Mode, the simplest (docs/slack.md)",
            )
        )
    return found


def _slack(settings: Settings) -> list[Finding]:
    if not (settings.slack_bot_token or settings.slack_app_token or settings.slack_signing_secret):
        return []
    found = _slack_tokens(settings)
    if not found:
        mode = "Socket Mode" if settings.slack_app_token else "HTTP events"
        found.append(Finding("slack", Status.OK, f"tokens are set ({mode})"))
    if not settings.slack_alert_channel:
        found.append(
            Finding(
                "slack alerts",
                Status.WARN,
                "no moderator is told about crisis messages",
                "set HEARTLINE_SLACK_ALERT_CHANNEL to a private channel id",
            )
        )
    return found


def check_platforms(settings: Settings, *, required: bool = True) -> list[Finding]:
    found = _discord(settings) + _slack(settings)
    if not found and required:
        found.append(
            Finding(
                "platforms",
                Status.FAIL,
                "no platform is configured, so `heartline run` has nothing to serve",
                "set DISCORD_TOKEN (docs/discord.md) or SLACK_BOT_TOKEN and SLACK_APP_TOKEN "
                "(docs/slack.md) in .env",
            )
        )
    return found


def check_crisis_lines(settings: Settings) -> list[Finding]:
    """The lines load; then what would quietly give people less help (warnings)."""
    source = settings.crisis_lines_file
    try:
        directory = load_directory(source)
    except ConfigError as exc:  # the fix names the setting; the detail need not
        return [Finding("crisis lines", Status.FAIL, exc.problem, _LINES_FIX)]
    except (HeartlineError, OSError, ValueError, KeyError, TypeError) as exc:
        return [Finding("crisis lines", Status.FAIL, f"cannot use {source}: {exc}", _LINES_FIX)]
    detail = "shipped directory" if source is None else f"shipped directory plus {source}"
    found = [Finding("crisis lines", Status.OK, detail)]
    default = settings.default_country
    warnings = directory_warnings(directory, default_country=default, override_file=source)
    for warning in warnings:
        part = "default country" if warning.setting == DEFAULT_SETTING else "crisis lines"
        found.append(Finding(part, Status.WARN, warning.detail, warning.fix))
    if default is not None and not any(w.setting == DEFAULT_SETTING for w in warnings):
        name = directory.name_of(default)
        found.append(
            Finding("default country", Status.OK, f"{default} ({name}) has its own crisis lines")
        )
    return found


def check_persona(settings: Settings) -> list[Finding]:
    """The persona loads (a shipped language file that is missing or broken
    fails here, as at start); a notice a language leaves to English warns."""
    try:
        persona = load_persona_from(settings)
    except WordingError as exc:  # a shipped file: the message names it and the part
        return [Finding("persona", Status.FAIL, str(exc), "fix that file, or reinstall heartline")]
    except (HeartlineError, ValueError, KeyError) as exc:
        return [
            Finding(
                "persona", Status.FAIL, str(exc), "fix the file or unset HEARTLINE_PERSONA_FILE"
            )
        ]
    if not persona.system_prompt.strip():
        return [
            Finding(
                "persona",
                Status.FAIL,
                f"{settings.persona_file} is empty",
                "write a system prompt in it or unset HEARTLINE_PERSONA_FILE",
            )
        ]
    detail = "built-in" if settings.persona_file is None else f"{settings.persona_file}"
    found = [Finding("persona", Status.OK, detail)]
    for language, part in persona.said.untranslated():
        found.append(
            Finding(
                "persona",
                Status.WARN,
                f"{part} has no {language} wording in persona/{text_file(language)}, "
                "so people in that language read it in English",
                "add it to that file",
            )
        )
    return found


def check_screening(settings: Settings) -> Finding:
    """Which screening stages run; the learned stage's weights load when it is on."""
    if not settings.learned_screening:
        return Finding("screening", Status.OK, "rules only (HEARTLINE_LEARNED_SCREENING=false)")
    try:
        model = load_model()
    except (ConfigError, OSError) as exc:
        return Finding(
            "screening",
            Status.FAIL,
            f"the learned stage cannot load: {exc}",
            "reinstall heartline, or set HEARTLINE_LEARNED_SCREENING=false for the rules alone",
        )
    return Finding(
        "screening", Status.OK, f"rules, then the learned stage ({len(model.words)} words)"
    )


def check_privacy(settings: Settings) -> list[Finding]:
    found = []
    if settings.encryption_key is None:
        found.append(
            Finding(
                "encryption",
                Status.WARN,
                "stored conversations are not encrypted at rest",
                "run `heartline keygen` and set HEARTLINE_ENCRYPTION_KEY",
            )
        )
    if settings.log_salt.get_secret_value() == "heartline":
        found.append(
            Finding(
                "log salt",
                Status.WARN,
                "HEARTLINE_LOG_SALT is the default, so hashed user ids in logs are guessable",
                "set HEARTLINE_LOG_SALT to a long random string",
            )
        )
    return found


async def check_all(settings: Settings, *, platforms_required: bool = True) -> list[Finding]:
    """Every check for loaded settings, in report order."""
    findings = [Finding("configuration", Status.OK, "settings are valid")]
    findings.append(await check_database(settings))
    findings.append(await check_model(settings))
    findings += check_platforms(settings, required=platforms_required)
    findings += check_crisis_lines(settings)
    findings += check_persona(settings)
    findings.append(check_screening(settings))
    findings += check_privacy(settings)
    if settings.health_port == 0:
        findings.append(
            Finding(
                "health",
                Status.WARN,
                "HEARTLINE_HEALTH_PORT is 0: no /healthz, so a container health check fails",
            )
        )
    return findings


# -- the report --------------------------------------------------------------------


def _marks() -> dict[Status, str]:
    encoding = sys.stdout.encoding or "ascii"
    try:
        "".join(MARKS.values()).encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return ASCII_MARKS
    return MARKS


def render(findings: list[Finding]) -> str:
    marks = _marks()
    lines = ["heartline check"]
    for f in findings:
        lines.append(f"{marks[f.status]} {f.part}: {f.detail}")
        if f.fix:
            lines.append(f"    → {f.fix}" if marks is MARKS else f"    fix: {f.fix}")
    problems = sum(f.status is Status.FAIL for f in findings)
    warnings = sum(f.status is Status.WARN for f in findings)
    if problems:
        lines.append(f"not ready: {problems} problem(s) to fix, {warnings} warning(s); see {DOCS}")
    else:
        lines.append(f"ready: {warnings} warning(s)")
    return "\n".join(lines)


def as_json(findings: list[Finding]) -> str:
    rows = [asdict(f) | {"status": f.status.value} for f in findings]
    ok = not any(f.status is Status.FAIL for f in findings)
    return json.dumps({"ok": ok, "checks": rows}, ensure_ascii=False, indent=2)


def _findings(args: argparse.Namespace) -> list[Finding]:
    try:
        settings = load_settings()
    except ConfigError as exc:
        return [Finding("configuration", Status.FAIL, str(exc), f"see {DOCS}")]
    return asyncio.run(check_all(settings, platforms_required=not args.no_platforms))


def run(args: argparse.Namespace) -> int:
    findings = _findings(args)
    print(as_json(findings) if args.json else render(findings))
    return 1 if any(f.status is Status.FAIL for f in findings) else 0
