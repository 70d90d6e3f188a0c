"""The AI disclosure, the notices and Slack's and Discord's own words in the
person's language.

English is ``texts.toml`` (its ``disclosure`` and ``[notices]``),
``slack.toml`` and ``discord.toml`` (all of them); Spanish, French, German
and Portuguese are ``texts/<language>.toml`` with the same, the platforms'
words under ``[slack]`` and ``[discord]``, chosen by
:func:`persona.wording.language_of`, the rule the crisis wording follows, so
a person never reads a crisis reply in one language with a disclosure in
another. A wording a file leaves out is said in English
(:meth:`LocalTexts.untranslated` lists them for ``heartline check``).

A language file that is missing, is not UTF-8 TOML, or has a part English
lacks, a list of another length, an empty wording or a placeholder
English does not have is refused when the persona loads
(:class:`persona.wording.WordingError`): heartline does not start on it.
So is an English file whose variants of one part fill different
placeholders, and, in any language, a Discord wording longer than Discord
takes (a command description over 100 characters would make Discord
refuse every command at sync; a button label over 80, the /forget
question).

Parts are named by their place in the file: ``"disclosure"``,
``"notices.<key>"``, ``"slack.<key>"``, ``"slack.<table>.<key>"``,
``"discord.<key>"``, ``"discord.<table>.<key>"``. A list of
tables (Slack's suggested prompts) is numbered from 1, each field a part of
its own (``"slack.suggested_prompts.prompts.2.message"``), and a language
must have as many of them as English.

Only these are the person's: the system prompt, the mode notes and the
public-channel note are read by the model, the alert by a moderator.
Nothing here reads the package by itself; :func:`persona.load_persona`
passes its loader in.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from persona.wording import (
    LANGUAGES,
    Shape,
    WordingError,
    Wordings,
    check_parts,
    language_of,
    pick,
    shapes,
)

__all__ = [
    "ENGLISH_SOURCE",
    "DISCORD_SOURCE",
    "SLACK_SOURCE",
    "LocalTexts",
    "check_texts",
    "load_local_texts",
    "text_file",
]

ENGLISH_SOURCE = "persona/texts.toml"
SLACK_SOURCE = "persona/slack.toml"
DISCORD_SOURCE = "persona/discord.toml"
_DISCLOSURE = "disclosure"
_NOTICES = "notices"
_SLACK = "slack"
_DISCORD = "discord"
_SECTIONS = (_NOTICES, _SLACK, _DISCORD)  # the tables of a language file
# The most characters Discord takes, by the start of a part's name.
_DISCORD_LIMITS = (
    ("discord.commands.", 100),  # command and option descriptions
    ("discord.thread_name", 100),
    ("discord.forget.confirm", 80),  # button labels
    ("discord.forget.cancel", 80),
)
_NUMBER = re.compile(r"\.(\d+)\.")  # a list item's number inside a part's name


def text_file(language: str) -> str:
    """The file, inside the package, holding ``language``'s texts."""
    return f"texts/{language}.toml"


@dataclass(frozen=True, slots=True)
class LocalTexts:
    """The checked texts: English whole, the other languages as far as they go.

    Parts are named as the module says (``"disclosure"``, ``"notices.<key>"``,
    ``"slack.command.usage"``...).
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

    def numbered(self, prefix: str) -> int:
        """How many items English's list of tables ``prefix`` has
        (``"slack.suggested_prompts.prompts"``); 0 for none."""
        return _counts(self.english).get(prefix, 0)


def _flat(data: Mapping[str, Any], source: str) -> dict[str, Any]:
    """The disclosure and every wording in the file's tables, one part each;
    anything else at the top is refused, since only these are said in the
    person's language."""
    extra = sorted(set(data) - {_DISCLOSURE, *_SECTIONS})
    if extra:
        raise WordingError(
            f"{source}: {extra[0]!r} is not said in a person's language "
            f"(only {_DISCLOSURE}, [{_NOTICES}], [{_SLACK}] and [{_DISCORD}] are)"
        )
    parts = {_DISCLOSURE: data[_DISCLOSURE]} if _DISCLOSURE in data else {}
    for section in _SECTIONS:
        table = data.get(section, {})
        if not isinstance(table, dict):
            raise WordingError(f"{source}: [{section}] must be a table of key = wording(s)")
        parts.update(_leaves(table, section, source))
    return parts


def _leaves(table: Mapping[str, Any], prefix: str, source: str) -> dict[str, Any]:
    """Every wording under ``table`` by its dotted name. A value that is not a
    table is a wording (its shape is :func:`check_parts`' to judge)."""
    found: dict[str, Any] = {}
    for key, value in table.items():
        name = f"{prefix}.{key}"
        if isinstance(value, dict):
            found.update(_leaves(value, name, source))
        elif isinstance(value, list) and any(isinstance(item, dict) for item in value):
            if not all(isinstance(item, dict) for item in value):
                raise WordingError(f"{source} {name}: must be a list of tables, as in English")
            for number, item in enumerate(value, start=1):
                found.update(_leaves(item, f"{name}.{number}", source))
        else:
            found[name] = value
    return found


def _counts(parts: Iterable[str]) -> dict[str, int]:
    """Each list of tables' length, read from its items' part names."""
    counts: dict[str, int] = {}
    for part in parts:
        for match in _NUMBER.finditer(part):
            prefix = part[: match.start()]
            counts[prefix] = max(counts.get(prefix, 0), int(match.group(1)))
    return counts


def _fits_discord(parts: Mapping[str, Any], source: str) -> None:
    """Refuses a Discord wording longer than Discord takes where it is shown."""
    for part, value in parts.items():
        limit = next((most for start, most in _DISCORD_LIMITS if part.startswith(start)), None)
        texts = [value] if isinstance(value, str) else value
        if limit is None or not isinstance(texts, list):
            continue  # not limited, or not wordings (check_parts says so)
        for text in texts:
            if isinstance(text, str) and len(text) > limit:
                raise WordingError(
                    f"{source} {part}: has {len(text)} characters, Discord takes {limit}"
                )


def _english(
    texts: Mapping[str, Any], slack: Mapping[str, Any], discord: Mapping[str, Any]
) -> dict[str, dict[str, Any]]:
    """English's parts a person reads in their language, by the file they are in."""
    own = {key: texts[key] for key in (_DISCLOSURE, _NOTICES)}
    return {
        ENGLISH_SOURCE: _flat(own, ENGLISH_SOURCE),
        SLACK_SOURCE: _flat({_SLACK: slack}, SLACK_SOURCE),
        DISCORD_SOURCE: _flat({_DISCORD: discord}, DISCORD_SOURCE),
    }


def check_texts(
    expected: Mapping[str, Shape], data: Mapping[str, Any], *, source: str
) -> dict[str, Wordings]:
    """``data`` (one language file, parsed) as parts, checked against
    English's shapes: the same wordings per part, the same placeholders,
    as many items in a list of tables, Discord's lengths. A part it leaves
    out is left out. Raises :class:`WordingError`."""
    parts = _flat(data, source)
    _fits_discord(parts, source)
    english_counts = _counts(expected)
    for prefix, count in _counts(parts).items():
        if prefix in english_counts and count != english_counts[prefix]:
            raise WordingError(
                f"{source} {prefix}: has {count} items, English has {english_counts[prefix]}"
            )
    return check_parts(expected, parts, source=source, whole=False)


def _read(load: Callable[[str], Mapping[str, Any]], name: str) -> Mapping[str, Any]:
    """``load(name)``, its failures as :class:`WordingError` naming the file."""
    source = f"persona/{name}"
    try:
        return load(name)
    except OSError as exc:
        raise WordingError(f"{source}: cannot read it ({exc.strerror or exc})") from exc
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise WordingError(f"{source}: is not valid UTF-8 TOML ({exc})") from exc


def load_local_texts(
    english: Mapping[str, Any], load: Callable[[str], Mapping[str, Any]]
) -> LocalTexts:
    """English's texts and every shipped language's, each checked once.

    ``english`` is the parsed ``texts.toml``; ``load`` parses a file of the
    package by name (``"slack.toml"``, ``"texts/es.toml"``). Raises
    :class:`WordingError` naming the file and what is wrong.
    """
    own: dict[str, Wordings] = {}
    expected: dict[str, Shape] = {}
    platforms = _read(load, "slack.toml"), _read(load, "discord.toml")
    for source, said in _english(english, *platforms).items():
        _fits_discord(said, source)
        found = shapes(said, source)
        # English against itself: every wording of a part uses the same placeholders.
        own.update(check_parts(found, said, source=source, whole=True))
        expected.update(found)
    languages = {}
    for language in LANGUAGES:
        name = text_file(language)
        languages[language] = check_texts(expected, _read(load, name), source=f"persona/{name}")
    return LocalTexts(own, languages)
