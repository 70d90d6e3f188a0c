"""The AI disclosure and the notices in the person's language.

English is ``texts.toml`` (its ``disclosure`` and ``[notices]``); Spanish,
French, German and Portuguese are ``texts/<language>.toml`` with the same
two, chosen by :func:`persona.wording.language_of`, the rule the crisis
wording follows, so a person never reads a crisis reply in one language
with a disclosure in another. A wording a file leaves out is said in
English (:meth:`LocalTexts.untranslated` lists them for ``heartline
check``).

A language file that is missing, is not UTF-8 TOML, or has a part English
lacks, a list of another length, an empty wording or a placeholder
English does not have is refused when the persona loads
(:class:`persona.wording.WordingError`): heartline does not start on it.

Only these are the person's: the system prompt, the mode notes and the
public-channel note are read by the model, the alert by a moderator.
Nothing here reads the package by itself; :func:`persona.load_persona`
passes its loader in.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from persona.wording import (
    LANGUAGES,
    WordingError,
    Wordings,
    check_parts,
    language_of,
    pick,
    shapes,
)

__all__ = ["ENGLISH_SOURCE", "LocalTexts", "check_texts", "load_local_texts", "text_file"]

ENGLISH_SOURCE = "persona/texts.toml"
_DISCLOSURE = "disclosure"
_NOTICES = "notices"


def text_file(language: str) -> str:
    """The file, inside the package, holding ``language``'s texts."""
    return f"texts/{language}.toml"


@dataclass(frozen=True, slots=True)
class LocalTexts:
    """The checked texts: English whole, the other languages as far as they go.

    Parts are named ``"disclosure"`` and ``"notices.<key>"``.
    """

    english: Mapping[str, Wordings]
    languages: Mapping[str, Mapping[str, Wordings]]

    def say(self, part: str, variant: int, *, locale: str | None) -> str:
        """``part`` in the locale's language, else in English. Raises
        ``KeyError`` for a part English does not have."""
        own = self.languages.get(language_of(locale), {})
        return pick(own[part] if part in own else self.english[part], variant)

    def untranslated(self) -> list[tuple[str, str]]:
        """(language, part) for every part a language file leaves to English."""
        return [
            (language, part)
            for language, parts in self.languages.items()
            for part in self.english
            if part not in parts
        ]


def _flat(data: Mapping[str, Any], source: str) -> dict[str, Any]:
    """The disclosure and each notice as one part each; anything else is refused,
    since only these are said in the person's language."""
    extra = sorted(set(data) - {_DISCLOSURE, _NOTICES})
    if extra:
        raise WordingError(
            f"{source}: {extra[0]!r} is not said in a person's language "
            f"(only {_DISCLOSURE} and [{_NOTICES}] are)"
        )
    notices = data.get(_NOTICES, {})
    if not isinstance(notices, dict):
        raise WordingError(f"{source}: [{_NOTICES}] must be a table of key = wording(s)")
    parts = {_DISCLOSURE: data[_DISCLOSURE]} if _DISCLOSURE in data else {}
    parts.update({f"{_NOTICES}.{key}": value for key, value in notices.items()})
    return parts


def _said(english: Mapping[str, Any]) -> dict[str, Any]:
    """The parts of the English ``texts.toml`` a person reads in their language."""
    return _flat({key: english[key] for key in (_DISCLOSURE, _NOTICES)}, ENGLISH_SOURCE)


def check_texts(
    english: Mapping[str, Any], data: Mapping[str, Any], *, source: str
) -> dict[str, Wordings]:
    """``data`` (one language file, parsed) as parts, checked against the
    English ``texts.toml``: the same wordings per part and placeholders.
    A part it leaves out is left out. Raises :class:`WordingError`."""
    expected = shapes(_said(english), ENGLISH_SOURCE)
    return check_parts(expected, _flat(data, source), source=source, whole=False)


def load_local_texts(
    english: Mapping[str, Any], load: Callable[[str], Mapping[str, Any]]
) -> LocalTexts:
    """English's texts and every shipped language's, each checked once.

    ``english`` is the parsed ``texts.toml``; ``load`` parses a file of the
    package by name (``"texts/es.toml"``). Raises :class:`WordingError`
    naming the file and what is wrong.
    """
    said = _said(english)
    # English against itself: every wording of a part uses the same placeholders.
    own = check_parts(shapes(said, ENGLISH_SOURCE), said, source=ENGLISH_SOURCE, whole=True)
    languages = {}
    for language in LANGUAGES:
        name = text_file(language)
        source = f"persona/{name}"
        try:
            data = load(name)
        except OSError as exc:
            raise WordingError(f"{source}: cannot read it ({exc.strerror or exc})") from exc
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise WordingError(f"{source}: is not valid UTF-8 TOML ({exc})") from exc
        languages[language] = check_texts(english, data, source=source)
    return LocalTexts(own, languages)
