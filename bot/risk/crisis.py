"""The deterministic crisis response and the crisis lines by country.

Owns what a person reads when they may be in danger: the crisis reply, the
safety check-in, guidance for someone worried about a friend, the
``resources`` and ``help`` texts. Nothing here consults a model or does I/O
after :meth:`CrisisDirectory.load`. All wording lives in
``persona/crisis.toml`` (English) and ``persona/crisis/<language>.toml``
(Spanish, French, German, Portuguese), chosen by the language of the
person's locale (:mod:`persona.crisis_words`); the lines in
``persona/crisis_lines.toml``, which an operator may override and extend
(``HEARTLINE_CRISIS_LINES_FILE``). The language picks the words; the
locale's country picks the lines, so ``es-MX`` and ``es-ES`` read alike
and list different lines.

The wording follows the public safe-messaging guidance: acknowledge, say
it matters, give concrete ways to reach a person now, keep talking. It
never mentions methods, never argues and never shames. An ``imminent``
reply opens with the emergency number and a crisis line.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.domain import CrisisLine, Reply, ReplyKind, RiskAssessment, RiskLevel
from bot.errors import ConfigError
from persona import load_toml
from persona.crisis_words import CrisisWords, crisis_words, language_of

__all__ = ["CrisisDirectory", "CrisisResponder", "country_from_locale"]

_SETTING = "HEARTLINE_CRISIS_LINES_FILE"
_COUNTRY = re.compile(r"[A-Z]{2}")
# language[-_]Script?[-_]REGION, then an optional .encoding or @modifier.
_LOCALE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z]{4})?[-_]([A-Za-z]{2})(?=$|[-_.@])")


def country_from_locale(locale: str | None, default: str | None) -> str | None:
    """The ISO country a locale names, or ``default`` when it names none.

    ``"en-US"``, ``"en_GB.UTF-8"``, ``"pt-BR"``, ``"sr-Latn-RS"`` and a bare
    upper-case ``"GB"`` give the country; a language alone (``"en"``,
    ``"de"``), a numeric region (``"es-419"``), ``"C"`` or ``None`` give
    ``default`` (upper-cased). Never raises.
    """
    fallback = (default.strip().upper() or None) if default else None
    if not locale:
        return fallback
    text = locale.strip()
    if _COUNTRY.fullmatch(text):
        return text
    match = _LOCALE.match(text)
    return match.group(1).upper() if match else fallback


@dataclass(frozen=True, slots=True)
class _Country:
    name: str  # as it reads in a sentence: "the United Kingdom"
    lines: tuple[CrisisLine, ...]


class _Invalid(ValueError):
    """The crisis-lines table does not have the expected shape."""


def _lines(raw: Any, where: str) -> tuple[CrisisLine, ...]:
    if not isinstance(raw, list) or not raw:
        raise _Invalid(f"{where}: 'lines' must be a non-empty list of tables")
    lines = []
    for i, item in enumerate(raw, start=1):
        if not isinstance(item, dict):
            raise _Invalid(
                f"{where}, line {i}: must be a table like {{ name = ..., contact = ... }}"
            )
        unknown = set(item) - {"name", "contact", "emergency"}
        if unknown:
            raise _Invalid(f"{where}, line {i}: unknown key {sorted(unknown)[0]!r}")
        name, contact = item.get("name"), item.get("contact")
        if not isinstance(name, str) or not name.strip():
            raise _Invalid(f"{where}, line {i}: 'name' must be a non-empty string")
        if not isinstance(contact, str) or not contact.strip():
            raise _Invalid(f"{where}, line {i}: 'contact' must be a non-empty string")
        emergency = item.get("emergency", False)
        if not isinstance(emergency, bool):
            raise _Invalid(f"{where}, line {i}: 'emergency' must be true or false")
        lines.append(CrisisLine(name.strip(), contact.strip(), emergency))
    return tuple(lines)


def _country(raw: Any, where: str, fallback_name: str) -> _Country:
    if not isinstance(raw, dict):
        raise _Invalid(f"{where} must be a table")
    unknown = set(raw) - {"name", "lines"}
    if unknown:
        raise _Invalid(f"{where}: unknown key {sorted(unknown)[0]!r}")
    name = raw.get("name", fallback_name)
    if not isinstance(name, str) or ("name" in raw and not name.strip()):
        raise _Invalid(f"{where}: 'name' must be a non-empty string")
    return _Country(name.strip(), _lines(raw.get("lines"), where))


def _table(data: Mapping[str, Any], source: str) -> tuple[dict[str, _Country], _Country | None]:
    """Parse one crisis-lines table: its countries and, if given, its default."""
    unknown = set(data) - {"default", "countries"}
    if unknown:
        raise _Invalid(f"{source}: unknown table {sorted(unknown)[0]!r} (use [countries.XX])")
    raw_countries = data.get("countries", {})
    if not isinstance(raw_countries, dict):
        raise _Invalid(f"{source}: 'countries' must be a table of [countries.XX] entries")
    countries = {}
    for code, entry in raw_countries.items():
        key = str(code).strip().upper()
        if not _COUNTRY.fullmatch(key):
            raise _Invalid(f"{source}: {code!r} is not a two-letter ISO country code")
        countries[key] = _country(entry, f"{source} [countries.{code}]", key)
    default = _country(data["default"], f"{source} [default]", "") if "default" in data else None
    return countries, default


class CrisisDirectory:
    """Crisis lines per ISO country code, with a default for anywhere else."""

    def __init__(self, countries: Mapping[str, _Country], default: _Country) -> None:
        self._countries = dict(countries)
        self._default = default

    @classmethod
    def load(cls, override_file: Path | None = None) -> CrisisDirectory:
        """The shipped table, overridden and extended by an operator's file.

        A country in ``override_file`` replaces the shipped entry for that
        country, new countries are added, and a ``[default]`` there replaces
        the shipped default. Raises :class:`ConfigError` naming
        ``HEARTLINE_CRISIS_LINES_FILE`` when the file cannot be read, is not
        TOML or has the wrong shape; nothing is half-loaded.
        """
        countries, default = _table(load_toml("crisis_lines.toml"), "persona/crisis_lines.toml")
        if default is None:
            raise _Invalid("persona/crisis_lines.toml has no [default]")
        if override_file is None:
            return cls(countries, default)
        try:
            data = tomllib.loads(override_file.read_text("utf-8"))
            extra, extra_default = _table(data, str(override_file))
        except OSError as exc:
            raise ConfigError(_SETTING, f"cannot read {override_file}: {exc.strerror}") from exc
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(_SETTING, f"{override_file} is not valid UTF-8 TOML: {exc}") from exc
        except _Invalid as exc:
            raise ConfigError(_SETTING, str(exc)) from exc
        return cls({**countries, **extra}, extra_default or default)

    def countries(self) -> list[str]:
        """The country codes with their own lines, sorted."""
        return sorted(self._countries)

    def lines_for(self, country: str | None) -> tuple[CrisisLine, ...]:
        """The lines for ``country`` (any case), or the default lines."""
        return self._entry(country).lines

    def name_of(self, country: str | None) -> str | None:
        """How a country reads in a sentence, or None when it has no lines of its own."""
        entry = self._countries.get((country or "").strip().upper())
        return entry.name if entry else None

    def _entry(self, country: str | None) -> _Country:
        return self._countries.get((country or "").strip().upper(), self._default)


class CrisisResponder:
    """Builds the crisis reply and the other safety texts in the person's language.

    ``default_country`` is used only when a person's locale names no country.
    ``variant`` (the core counts it up per person) picks among the wordings,
    so a person who writes again in crisis does not get the same block; the
    lines themselves are always there. ``locale`` picks the language:
    Spanish, French, German or Portuguese for ``es-*``, ``fr-*``, ``de-*``,
    ``pt-*``, English for any other locale or none.

    Raises :class:`persona.crisis_words.WordingError` when a shipped
    wording file lacks a part, a wording or a placeholder, so heartline
    does not start with a crisis reply it cannot build.
    """

    def __init__(self, directory: CrisisDirectory, default_country: str | None) -> None:
        self.directory = directory
        self.default_country = country_from_locale(None, default_country)
        self._languages = crisis_words()

    def reply(self, assessment: RiskAssessment, *, locale: str | None, variant: int) -> Reply:
        """The crisis reply for a ``high`` or ``imminent`` assessment.

        ``imminent`` puts the emergency number and the first crisis line in
        the first line. The reply ends by inviting the person to keep
        talking. ``resources`` are the lines shown; ``risk`` is the
        assessment's level.
        """
        words = self._words(locale)
        lines = self.directory.lines_for(country_from_locale(locale, self.default_country))
        parts = [
            words.say("acknowledge", variant),
            words.say("care", variant),
            self._list(words, lines, variant),
            words.say("reach_now", variant),
            words.say("stay", variant),
        ]
        if assessment.level >= RiskLevel.IMMINENT:
            parts.insert(0, self._urgent(words, lines, variant))
        return Reply("\n\n".join(parts), ReplyKind.CRISIS, assessment.level, lines)

    def concern_checkin(self, variant: int, *, locale: str | None = None) -> str:
        """A direct, gentle question about safety, and that help exists."""
        return self._words(locale).say("concern_checkin", variant)

    def third_party_guidance(self, *, locale: str | None, variant: int) -> str:
        """How to help a friend one is worried about, with the lines where the person is."""
        words = self._words(locale)
        lines = self.directory.lines_for(country_from_locale(locale, self.default_country))
        return words.say("third_party", variant).format(
            emergency=self._emergency(words, lines), lines=self._bullets(words, lines)
        )

    def resources_text(self, country: str | None, *, locale: str | None = None) -> str:
        """The lines for ``country`` (or the default country, or the default
        lines), introduced in the language of ``locale``."""
        words = self._words(locale)
        code = (country or "").strip().upper() or self.default_country or ""
        name = self.directory.name_of(code)
        intro = words.resources_intro(code, name) if name else words.say("resources_anywhere")
        return f"{intro}\n{self._bullets(words, self.directory.lines_for(code))}"

    def help_text(self, *, locale: str | None = None) -> str:
        """What heartline is (an AI, not a person, not a therapist) and how to
        reach help: the lines for ``locale``'s country, else the default country's."""
        words = self._words(locale)
        lines = self.directory.lines_for(country_from_locale(locale, self.default_country))
        return words.say("help").format(lines=self._bullets(words, lines))

    def _words(self, locale: str | None) -> CrisisWords:
        return self._languages[language_of(locale)]

    @staticmethod
    def _bullets(words: CrisisWords, lines: tuple[CrisisLine, ...]) -> str:
        form = words.say("line")
        return "\n".join(
            form.format(name=line.name, contact=words.contact(line.contact)) for line in lines
        )

    def _list(self, words: CrisisWords, lines: tuple[CrisisLine, ...], variant: int) -> str:
        return f"{words.say('lines_intro', variant)}\n{self._bullets(words, lines)}"

    def _urgent(self, words: CrisisWords, lines: tuple[CrisisLine, ...], variant: int) -> str:
        emergency = self._emergency(words, lines)
        line = next((item for item in lines if not item.emergency), None)
        if line is None:
            return words.say("urgent_emergency_only", variant).format(emergency=emergency)
        return words.say("urgent", variant).format(
            emergency=emergency, name=line.name, contact=words.contact(line.contact)
        )

    @staticmethod
    def _emergency(words: CrisisWords, lines: tuple[CrisisLine, ...]) -> str:
        found = next((line.contact for line in lines if line.emergency), None)
        return words.contact(found) if found else words.say("no_emergency_line")
