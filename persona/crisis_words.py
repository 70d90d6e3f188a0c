"""The crisis wording in each language heartline answers a crisis in.

Owns whether a crisis wording file is whole; which language a locale gets
(Spanish, French, German or Portuguese by the locale's language, English
otherwise) is :func:`persona.wording.language_of`, the same rule the
notices follow. English is ``crisis.toml``; every other language is
``crisis/<language>.toml`` and must have every part English has, as many
wordings per part, and in every wording exactly the placeholders English
uses for that part. A file that does not is refused when the crisis
responder starts (:class:`WordingError`), never discovered mid-crisis by a
``KeyError`` or a reply without its emergency number.

Nothing here builds a reply or reads crisis lines; ``bot.risk.crisis`` does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from persona import load_toml, pick
from persona.wording import (
    ENGLISH,
    LANGUAGES,
    Shape,
    WordingError,
    Wordings,
    check_parts,
    language_of,
    shapes,
)

# The language rule and the error live in persona.wording, shared with the
# notices; they are re-exported here for the crisis code that names them.
__all__ = [
    "ENGLISH",
    "LANGUAGES",
    "CrisisWords",
    "WordingError",
    "check_words",
    "crisis_words",
    "language_of",
]

# Parts only the other languages have. English says "in {country}" with the
# lines file's own name ("the United Kingdom"); other languages need their
# preposition and article ("au Royaume-Uni"), so they take the phrase from
# their [in_country] table and, for a country missing there, this wording,
# which puts the lines file's name where no article is needed.
_EXTRA_PARTS: Mapping[str, frozenset[str]] = {"resources_for": frozenset({"country"})}
_PLACES = "in_country"
_COUNTRY = re.compile(r"[A-Z]{2}")


@dataclass(frozen=True, slots=True)
class CrisisWords:
    """One language's crisis wording, checked against English."""

    language: str
    parts: Mapping[str, Wordings]
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
    expected = shapes(english, "crisis.toml")
    if language != ENGLISH:
        expected.update({part: Shape(None, fields) for part, fields in _EXTRA_PARTS.items()})
    words = {key: value for key, value in data.items() if key != _PLACES or language == ENGLISH}
    parts = check_parts(expected, words, source=source, whole=True)
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
