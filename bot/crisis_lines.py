"""Guards around the crisis-lines directory that its parser does not make.

``bot/risk/crisis.py`` parses the shipped table and the operator's file
(``HEARTLINE_CRISIS_LINES_FILE``). This module refuses a file that is too big
or not text before it is parsed, caps what a country may list (every line
goes into a crisis reply), and audits the result for what would quietly
show people the wrong help: country codes no locale can pick, a default
country with no lines of its own, and countries without exactly one
emergency line. Its words are for operators (``heartline check``, start-up
logs); nothing here is shown to a person.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from bot.countries import ALIASES, is_country
from bot.domain import CrisisLine
from bot.errors import ConfigError
from bot.risk.crisis import CrisisDirectory

__all__ = [
    "DEFAULT_SETTING",
    "MAX_FILE_BYTES",
    "MAX_LINES_PER_COUNTRY",
    "MAX_TEXT_CHARS",
    "LinesWarning",
    "directory_warnings",
    "load_directory",
]

SETTING = "HEARTLINE_CRISIS_LINES_FILE"
DEFAULT_SETTING = "HEARTLINE_DEFAULT_COUNTRY"
MAX_FILE_BYTES = 256 * 1024  # a table for every country fits in a tenth of this
MAX_LINES_PER_COUNTRY = 8  # a crisis reply lists them all; more is a wall of text
MAX_TEXT_CHARS = 200  # per name and per contact


@dataclass(frozen=True, slots=True)
class LinesWarning:
    """Something that works but shows people the wrong or less help."""

    setting: str  # the setting to change
    problem: str  # a stable id for logs: not_a_country, default_without_lines, ...
    country: str  # the code as the directory holds it, or "default"
    detail: str  # one sentence for the operator
    fix: str


def load_directory(override_file: Path | None) -> CrisisDirectory:
    """The shipped crisis lines with the operator's file over them (if any).

    Raises :class:`ConfigError` naming ``HEARTLINE_CRISIS_LINES_FILE``, with
    one sentence, when the file cannot be read, is over
    :data:`MAX_FILE_BYTES`, is not UTF-8 TOML, has the wrong shape, or gives
    a country more than :data:`MAX_LINES_PER_COUNTRY` lines or a line longer
    than :data:`MAX_TEXT_CHARS`.
    """
    if override_file is not None:
        _check_file(override_file)
    directory = CrisisDirectory.load(override_file)
    for code in [*directory.countries(), None]:
        _check_lines(_where(code), directory.lines_for(code))
    return directory


def _check_file(path: Path) -> None:
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ConfigError(SETTING, f"cannot read {path} ({reason})") from exc
    if len(data) > MAX_FILE_BYTES:
        raise ConfigError(
            SETTING,
            f"{path} is larger than {MAX_FILE_BYTES // 1024} KB, far more than crisis lines "
            "need; list a few lines per country",
        )
    try:
        tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(SETTING, f"{path} is not a text file; save it as UTF-8 TOML") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(SETTING, f"{path} is not valid TOML: {exc}") from exc


def _check_lines(where: str, lines: tuple[CrisisLine, ...]) -> None:
    if len(lines) > MAX_LINES_PER_COUNTRY:
        raise ConfigError(
            SETTING,
            f"{where} lists {len(lines)} lines, but a crisis reply shows every one; "
            f"keep it to {MAX_LINES_PER_COUNTRY} or fewer",
        )
    if any(len(line.name) > MAX_TEXT_CHARS or len(line.contact) > MAX_TEXT_CHARS for line in lines):
        raise ConfigError(
            SETTING,
            f"{where} has a name or contact over {MAX_TEXT_CHARS} characters; "
            "keep each short enough to read in a crisis",
        )


def _where(code: str | None) -> str:
    return f"[countries.{code}]" if code else "[default]"


def directory_warnings(
    directory: CrisisDirectory, *, default_country: str | None, override_file: Path | None
) -> list[LinesWarning]:
    """What in the directory (loaded with ``override_file``) and the default
    country quietly gives people less help."""
    found = _default_country(directory, default_country)
    for code in directory.countries():
        if not is_country(code):
            alias = ALIASES.get(code)
            fix = (
                f"rename it [countries.{alias}]"
                if alias
                else "use the country's two-letter ISO 3166 code, such as [countries.DE]"
            )
            found.append(
                LinesWarning(
                    SETTING,
                    "not_a_country",
                    code,
                    f"[countries.{code}] in {override_file or SETTING} is not an ISO 3166 "
                    "country code, so no person's locale ever picks it",
                    fix,
                )
            )
    for country in [*filter(is_country, directory.countries()), None]:  # others: warned above
        warning = _emergency(country, directory.lines_for(country))
        if warning is not None:
            found.append(warning)
    return found


def _default_country(directory: CrisisDirectory, code: str | None) -> list[LinesWarning]:
    if code is None:
        return []
    fallback = "so people whose locale names no country get only the international directory"
    if not is_country(code):
        return [
            LinesWarning(
                DEFAULT_SETTING,
                "not_a_country",
                code,
                f"HEARTLINE_DEFAULT_COUNTRY={code} is not an ISO 3166 country code, {fallback}",
                "use a two-letter code such as US, GB or DE (the United Kingdom is GB)",
            )
        ]
    if directory.name_of(code) is None:
        return [
            LinesWarning(
                DEFAULT_SETTING,
                "default_without_lines",
                code,
                f"HEARTLINE_DEFAULT_COUNTRY={code} has no crisis lines of its own, {fallback}",
                f"add [countries.{code}] to a {SETTING} file (docs/crisis-protocol.md); "
                f"countries with lines: {', '.join(directory.countries())}",
            )
        ]
    return []


def _emergency(code: str | None, lines: tuple[CrisisLine, ...]) -> LinesWarning | None:
    marked = sum(line.emergency for line in lines)
    if marked == 1:
        return None
    where = _where(code)
    if marked == 0:
        detail = (
            f"{where} has no line marked emergency = true, so an imminent-risk reply "
            "says only 'your local emergency number'"
        )
        problem = "no_emergency_line"
    else:
        detail = (
            f"{where} has {marked} emergency lines; an imminent-risk reply names only the first"
        )
        problem = "several_emergency_lines"
    return LinesWarning(
        SETTING,
        problem,
        code or "default",
        detail,
        "mark exactly one line per country emergency = true",
    )
