"""Which language a locale gets, and whether a translated wording file has
English's shape.

Shared by the crisis wording (:mod:`persona.crisis_words`) and the notices
and AI disclosure (:mod:`persona.local_texts`), so both answer a person in
the same language and refuse a broken file the same way. A part's shape is
one string or a list of wordings (as many as English has), and the
placeholders English fills there.

Nothing here reads a file or builds a reply, and nothing imports the rest
of the package, so every module in it can use these.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeAlias

__all__ = [
    "ENGLISH",
    "LANGUAGES",
    "Shape",
    "WordingError",
    "Wordings",
    "check_parts",
    "language_of",
    "pick",
    "shapes",
]

ENGLISH = "en"
LANGUAGES = ("es", "fr", "de", "pt")  # besides English

# One string, or the variants of a part in order.
Wordings: TypeAlias = str | tuple[str, ...]

_COUNTRY = re.compile(r"[A-Z]{2}")
_LANGUAGE = re.compile(r"([A-Za-z]{2,3})(?=$|[-_.@])")


class WordingError(ValueError):
    """A wording file is missing a part, a wording or a placeholder, or has
    one English does not."""


@dataclass(frozen=True, slots=True)
class Shape:
    count: int | None  # wordings in the list; None for a single string
    fields: frozenset[str]


def pick(options: list[str] | tuple[str, ...] | str, variant: int) -> str:
    """One of several wordings; a plain string is its own only variant."""
    if isinstance(options, str):
        return options
    return options[variant % len(options)]


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


def shapes(english: Mapping[str, Any], source: str) -> dict[str, Shape]:
    """Each English part's shape: how many wordings, which placeholders."""
    found = {}
    for part, value in english.items():
        texts = [value] if isinstance(value, str) else list(value)
        fields = frozenset().union(*(_fields(t, f"{source} {part}") for t in texts))
        found[part] = Shape(None if isinstance(value, str) else len(texts), fields)
    return found


def _wordings(value: Any, shape: Shape, where: str) -> Wordings:
    if shape.count is None:
        if not isinstance(value, str):
            raise WordingError(f"{where}: must be one string, as in English")
        texts: tuple[str, ...] = (value,)
    else:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise WordingError(f"{where}: must be a list of strings, as in English")
        if len(value) != shape.count:
            raise WordingError(
                f"{where}: has {len(value)} wordings, English has {shape.count} "
                "(a repeated reply must vary the same way in every language)"
            )
        texts = tuple(value)
    for i, text in enumerate(texts, start=1):
        label = where if shape.count is None else f"{where}, wording {i}"
        if not text.strip():
            raise WordingError(f"{label}: is empty")
        found = _fields(text, label)
        if found != shape.fields:
            missing, unknown = shape.fields - found, found - shape.fields
            problem = (
                f"lacks {{{sorted(missing)[0]}}}"
                if missing
                else f"has {{{sorted(unknown)[0]}}}, which English does not fill here"
            )
            raise WordingError(f"{label}: {problem}")
    return texts[0] if shape.count is None else texts


def check_parts(
    expected: Mapping[str, Shape], data: Mapping[str, Any], *, source: str, whole: bool
) -> dict[str, Wordings]:
    """``data``'s parts, each checked against its English shape.

    A part English does not have is refused: a misspelt name would
    otherwise be silently ignored. With ``whole``, a missing part is
    refused too; without, it is left out (the caller falls back to
    English). Raises :class:`WordingError` naming ``source`` and the part.
    """
    unknown = sorted(set(data) - set(expected))
    if unknown:
        raise WordingError(f"{source}: {unknown[0]!r} is not a part English has")
    parts: dict[str, Wordings] = {}
    for part, shape in expected.items():
        if part in data:
            parts[part] = _wordings(data[part], shape, f"{source} {part}")
        elif whole:
            raise WordingError(f"{source}: no {part!r} (every language needs every part)")
    return parts
