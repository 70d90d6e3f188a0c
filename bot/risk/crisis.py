"""The deterministic crisis response and the crisis lines by country.

Nothing here consults a model: the words come from ``persona/crisis.toml``,
the lines from ``persona/crisis_lines.toml`` (overridable by operators).
``imminent`` replies put the emergency number and a crisis line first.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bot.domain import CrisisLine, Reply, ReplyKind, RiskAssessment, RiskLevel
from bot.errors import ConfigError
from persona import load_toml, pick

__all__ = ["CrisisDirectory", "CrisisResponder", "country_from_locale"]

_SETTING = "HEARTLINE_CRISIS_LINES_FILE"
_REGION = re.compile(r"^[a-z]{2,3}[-_]([A-Za-z]{2})\b")


def country_from_locale(locale: str | None, default: str | None) -> str | None:
    """``en-US`` / ``en_GB.UTF-8`` / ``pt-BR`` → the country; ``en`` → ``default``."""
    if not locale:
        return default
    text = locale.strip()
    if len(text) == 2 and text.isalpha() and text.isupper():
        return text
    match = _REGION.match(text)
    return match.group(1).upper() if match else default


def _lines(raw: Any, where: str) -> tuple[CrisisLine, ...]:
    if not isinstance(raw, list) or not raw:
        raise ConfigError(_SETTING, f"{where}: 'lines' must be a non-empty list")
    lines = []
    for item in raw:
        if not isinstance(item, dict) or not item.get("name") or not item.get("contact"):
            raise ConfigError(_SETTING, f"{where}: each line needs a name and a contact")
        lines.append(
            CrisisLine(str(item["name"]), str(item["contact"]), bool(item.get("emergency")))
        )
    return tuple(lines)


class CrisisDirectory:
    """Crisis lines per ISO country code, with a fallback for anywhere else."""

    def __init__(
        self,
        countries: Mapping[str, tuple[str, tuple[CrisisLine, ...]]],
        default: tuple[CrisisLine, ...],
    ) -> None:
        self._countries = dict(countries)
        self._default = default

    @classmethod
    def load(cls, override_file: Path | None = None) -> CrisisDirectory:
        """The shipped table, with an operator's file overriding and extending it."""
        shipped = load_toml("crisis_lines.toml")
        countries = cls._parse_countries(shipped.get("countries", {}), "shipped table")
        default = _lines(shipped["default"]["lines"], "shipped default")
        if override_file is not None:
            try:
                extra = tomllib.loads(override_file.read_text("utf-8"))
            except OSError as exc:
                raise ConfigError(
                    _SETTING, f"cannot read {override_file} ({exc.strerror})"
                ) from None
            except tomllib.TOMLDecodeError as exc:
                raise ConfigError(_SETTING, f"{override_file} is not valid TOML ({exc})") from None
            countries.update(cls._parse_countries(extra.get("countries", {}), str(override_file)))
            if "default" in extra:
                default = _lines(extra["default"].get("lines"), f"{override_file} default")
        return cls(countries, default)

    @staticmethod
    def _parse_countries(raw: Any, where: str) -> dict[str, tuple[str, tuple[CrisisLine, ...]]]:
        if not isinstance(raw, dict):
            raise ConfigError(_SETTING, f"{where}: 'countries' must be a table")
        parsed = {}
        for code, entry in raw.items():
            if not isinstance(entry, dict):
                raise ConfigError(_SETTING, f"{where}: countries.{code} must be a table")
            name = str(entry.get("name", code))
            parsed[code.upper()] = (name, _lines(entry.get("lines"), f"{where} countries.{code}"))
        return parsed

    def countries(self) -> list[str]:
        return sorted(self._countries)

    def name_of(self, country: str | None) -> str:
        entry = self._countries.get((country or "").upper())
        return entry[0] if entry else "your country"

    def lines_for(self, country: str | None) -> tuple[CrisisLine, ...]:
        entry = self._countries.get((country or "").upper())
        return entry[1] if entry else self._default


def _bullets(lines: tuple[CrisisLine, ...]) -> str:
    return "\n".join(f"• {line.name}: {line.contact}" for line in lines)


class CrisisResponder:
    """Builds crisis replies, safety check-ins and resource lists."""

    def __init__(self, directory: CrisisDirectory, default_country: str | None) -> None:
        self.directory = directory
        self.default_country = default_country
        self._t: dict[str, Any] = load_toml("crisis.toml")

    def _country(self, locale: str | None) -> str | None:
        return country_from_locale(locale, self.default_country)

    def reply(self, assessment: RiskAssessment, *, locale: str | None, variant: int) -> Reply:
        """The crisis reply; ``variant`` varies the wording, never the lines."""
        lines = self.directory.lines_for(self._country(locale))
        t = self._t
        parts = []
        if assessment.level >= RiskLevel.IMMINENT:
            parts.append(self._urgent_first(lines, variant))
        parts.append(pick(t["opening"], variant))
        parts.append(f"{pick(t['lines_intro'], variant)}\n{_bullets(lines)}")
        parts.append(pick(t["reach_now"], variant))
        parts.append(pick(t["stay"], variant))
        return Reply("\n\n".join(parts), ReplyKind.CRISIS, assessment.level, lines)

    def _urgent_first(self, lines: tuple[CrisisLine, ...], variant: int) -> str:
        emergency = next(
            (line.contact for line in lines if line.emergency), "your local emergency number"
        )
        first = next((line for line in lines if not line.emergency), None)
        if first is None:
            return f"If you are in danger right now, please call {emergency} now."
        return pick(self._t["urgent_first"], variant).format(
            emergency=emergency, first_line=first.name, first_contact=first.contact
        )

    def concern_checkin(self, variant: int) -> str:
        return pick(self._t["concern_checkin"], variant)

    def third_party_guidance(self, *, locale: str | None, variant: int) -> str:
        lines = self.directory.lines_for(self._country(locale))
        emergency = next(
            (line.contact for line in lines if line.emergency), "your local emergency number"
        )
        return pick(self._t["third_party"], variant).format(
            emergency=emergency, lines=_bullets(lines)
        )

    def resources_text(self, country: str | None) -> str:
        code = (country or self.default_country or "").upper() or None
        intro = self._t["resources_intro"].format(country=self.directory.name_of(code))
        return f"{intro}\n{_bullets(self.directory.lines_for(code))}"

    def help_text(self) -> str:
        lines = self.directory.lines_for(self.default_country)
        return str(self._t["help"]).format(lines=_bullets(lines))
