"""The crisis wording in each language heartline answers a crisis in.

Owns two decisions: which language a locale gets (Spanish, French, German
or Portuguese by the locale's language, English otherwise), and whether a
wording file is whole. English is ``crisis.toml``; every other language is
``crisis/<language>.toml`` and must have every part English has, as many
wordings per part, and in every wording exactly the placeholders English
uses for that part. A file that does not is refused when the crisis
responder starts (:class:`WordingError`), never discovered mid-crisis by a
``KeyError`` or a reply without its emergency number.

Nothing here builds a reply or reads crisis lines; ``bot.risk.crisis`` does.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from persona import load_toml, pick

__all__ = [
    "ENGLISH",
    "LANGUAGES",
    "CrisisWords",
    "WordingError",
    "check_words",
    "crisis_words",
    "language_of",
]

ENGLISH = "en"
LANGUAGES = ("es", "fr", "de", "pt")  # besides English; each in crisis/<code>.toml

# Parts only the other languages have. English says "in {country}" with the
# lines file's own name ("the United Kingdom"); other languages need their
# preposition and article ("au Royaume-Uni"), so they take the phrase from
# their [in_country] table and, for a country missing there, this wording,
# which puts the lines file's name where no article is needed.
_EXTRA_PARTS: Mapping[str, frozenset[str]] = {"resources_for": frozenset({"country"})}
_PLACES = "in_country"
_COUNTRY = re.compile(r"[A-Z]{2}")
_LANGUAGE = re.compile(r"([A-Za-z]{2,3})(?=$|[-_.@])")


class WordingError(ValueError):
    """A crisis wording file is missing a part, a wording or a placeholder."""


@dataclass(frozen=True, slots=True)
class _Spec:
    count: int | None  # wordings in the list; None for a single string
    fields: frozenset[str]


@dataclass(frozen=True, slots=True)
class CrisisWords:
    """One language's crisis wording, checked against English."""

    language: str
    parts: Mapping[str, str | tuple[str, ...]]
    places: Mapping[str, str]  # ISO code -> "in <country>" in this language
    local_emergency: str  # English's phrase for "no number known"

    def say(self, part: str, variant: int = 0) -> str:
        """The wording of ``part`` for ``variant`` (any int; it wraps)."""
        return pick(self.parts[part], variant)

    def resources_intro(self, code: str, name: str) -> str:
        """The line above a country's crisis lines; ``name`` as the lines file has it."""
        if self.language == ENGLISH:
            return self.say("resources_in").format(country=name)
        place = self.places.get(code)
        if place:
            return self.say("resources_in").format(country=place)
        return self.say("resources_for").format(country=name)

    def contact(self, text: str) -> str:
        """A line's contact as shown. The shipped default's "your local
        emergency number" is English's own wording, not a number, so it is
        said in this language; every real contact stays as it is."""
        return self.say("no_emergency_line") if text == self.local_emergency else text


def language_of(locale: str | None) -> str:
    """``"es"``, ``"fr"``, ``"de"`` or ``"pt"`` for a locale in that language
    (``"es-MX"``, ``"de_DE.UTF-8"``, ``"fr"``, ``"pt-BR"``), else ``"en"``.

    A bare upper-case pair (``"DE"``) names a country, as
    ``country_from_locale`` reads it, not a language. Never raises.
    """
    text = (locale or "").strip()
    if not text or _COUNTRY.fullmatch(text):
        return ENGLISH
    match = _LANGUAGE.match(text)
    language = match.group(1).lower() if match else ENGLISH
    return language if language in LANGUAGES else ENGLISH


def _fields(text: str, where: str) -> frozenset[str]:
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise WordingError(f"{where}: {exc} (write a literal brace as {{{{ or }}}})") from exc
    names = set()
    for _, field, _, _ in parsed:
        if field is None:
            continue
        if not field.isidentifier():
            raise WordingError(f"{where}: {{{field}}} is not a named placeholder")
        names.add(field)
    return frozenset(names)


def _wordings(value: Any, spec: _Spec, where: str) -> tuple[str, ...]:
    if spec.count is None:
        if not isinstance(value, str):
            raise WordingError(f"{where}: must be one string, as in English")
        texts: tuple[str, ...] = (value,)
    else:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise WordingError(f"{where}: must be a list of strings, as in English")
        if len(value) != spec.count:
            raise WordingError(
                f"{where}: has {len(value)} wordings, English has {spec.count} "
                "(repeated crisis replies must differ the same way in every language)"
            )
        texts = tuple(value)
    for i, text in enumerate(texts, start=1):
        label = where if spec.count is None else f"{where}, wording {i}"
        if not text.strip():
            raise WordingError(f"{label}: is empty")
        found = _fields(text, label)
        if found != spec.fields:
            missing, unknown = spec.fields - found, found - spec.fields
            problem = (
                f"lacks {{{sorted(missing)[0]}}}"
                if missing
                else f"has {{{sorted(unknown)[0]}}}, which English does not fill here"
            )
            raise WordingError(f"{label}: {problem}")
    return texts


def _specs(english: Mapping[str, Any]) -> dict[str, _Spec]:
    """Each English part's shape: how many wordings, which placeholders."""
    specs = {}
    for part, value in english.items():
        texts = [value] if isinstance(value, str) else list(value)
        fields = frozenset().union(*(_fields(t, f"crisis.toml {part}") for t in texts))
        specs[part] = _Spec(None if isinstance(value, str) else len(texts), fields)
    return specs


def _places(value: Any, source: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise WordingError(f'{source}: [{_PLACES}] must be a table of XX = "..."')
    places = {}
    for code, phrase in value.items():
        if not _COUNTRY.fullmatch(str(code)):
            raise WordingError(f"{source} [{_PLACES}]: {code!r} is not an upper-case ISO code")
        if not isinstance(phrase, str) or not phrase.strip():
            raise WordingError(f"{source} [{_PLACES}] {code}: must be a non-empty string")
        places[str(code)] = phrase.strip()
    return places


def check_words(
    english: Mapping[str, Any], data: Mapping[str, Any], *, language: str, source: str
) -> CrisisWords:
    """``data`` as one language's wording, if it has English's shape.

    For English itself (``language="en"``) every wording of a part must
    use the same placeholders. Any other language must also have
    ``resources_for`` and may have an ``[in_country]`` table. Raises
    :class:`WordingError` naming ``source``, the part and what is wrong.
    """
    specs = _specs(english)
    if language != ENGLISH:
        specs.update({part: _Spec(None, fields) for part, fields in _EXTRA_PARTS.items()})
    allowed = set(specs) | ({_PLACES} if language != ENGLISH else set())
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise WordingError(f"{source}: {unknown[0]!r} is not a part English has")
    parts: dict[str, str | tuple[str, ...]] = {}
    for part, spec in specs.items():
        if part not in data:
            raise WordingError(f"{source}: no {part!r} (every language needs every part)")
        texts = _wordings(data[part], spec, f"{source} {part}")
        parts[part] = texts[0] if spec.count is None else texts
    places = _places(data[_PLACES], source) if _PLACES in data else {}
    return CrisisWords(language, parts, places, str(english["no_emergency_line"]))


@cache
def crisis_words() -> dict[str, CrisisWords]:
    """Every shipped language's wording, checked once. Raises :class:`WordingError`."""
    english = load_toml("crisis.toml")
    words = {ENGLISH: check_words(english, english, language=ENGLISH, source="crisis.toml")}
    for language in LANGUAGES:
        name = f"crisis/{language}.toml"
        words[language] = check_words(
            english, load_toml(name), language=language, source=f"persona/{name}"
        )
    return words
