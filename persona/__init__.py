"""heartline's voice: the system prompt, notices and the offline phrasing banks.

Any words a person reads live in this package as data files; code elsewhere
only chooses among them. Operators may replace the system prompt with their
own Markdown file (``HEARTLINE_PERSONA_FILE``). The AI disclosure, the
notices and Slack's and Discord's own words are said in the person's
language (:mod:`persona.local_texts`).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from persona.local_texts import LocalTexts, load_local_texts
from persona.wording import pick

__all__ = ["Persona", "load_persona", "load_toml", "pick"]


@cache
def load_toml(name: str) -> dict[str, Any]:
    """A TOML file shipped in this package, parsed once."""
    return tomllib.loads(resources.files(__package__).joinpath(name).read_text("utf-8"))


@dataclass(frozen=True, slots=True)
class Persona:
    name: str
    system_prompt: str
    texts: dict[str, Any]  # texts.toml, in English
    said: LocalTexts  # the disclosure, notices, Slack's and Discord's words, per language

    def notice(self, key: str, variant: int = 0, *, locale: str | None = None) -> str:
        """The notice ``key`` in the language of ``locale`` (English for none)."""
        return self.said.say(f"notices.{key}", variant, locale=locale)

    def disclosure(self, variant: int = 0, *, locale: str | None = None) -> str:
        """That heartline is an AI, not a person, not a therapist, in ``locale``'s language."""
        return self.said.say("disclosure", variant, locale=locale)

    @property
    def public_note(self) -> str:
        return str(self.texts["public_note"])

    def mode_note(self, mode: str) -> str | None:
        note = self.texts["mode_notes"].get(mode)
        return str(note) if note else None


def load_persona(system_prompt_file: Path | None = None) -> Persona:
    """The shipped persona, with the system prompt optionally from a file.

    Raises ``OSError`` when the override file cannot be read; the caller
    names the setting. Raises :class:`persona.wording.WordingError` when a
    shipped language file (or ``slack.toml``, ``discord.toml``) is missing or
    malformed.
    """
    texts = load_toml("texts.toml")
    said = load_local_texts(texts, load_toml)
    if system_prompt_file is not None:
        prompt = system_prompt_file.read_text("utf-8")
    else:
        prompt = resources.files(__package__).joinpath("system_prompt.md").read_text("utf-8")
    return Persona(name=str(texts["name"]), system_prompt=prompt, texts=texts, said=said)
