"""heartline's voice: the system prompt, notices and the offline phrasing banks.

Any words a person reads live in this package as data files; code elsewhere
only chooses among them. Operators may replace the system prompt with their
own Markdown file (``HEARTLINE_PERSONA_FILE``).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

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
    texts: dict[str, Any]

    def notice(self, key: str, variant: int = 0) -> str:
        return pick(self.texts["notices"][key], variant)

    def disclosure(self, variant: int = 0) -> str:
        return pick(self.texts["disclosure"], variant)

    @property
    def public_note(self) -> str:
        return str(self.texts["public_note"])

    def mode_note(self, mode: str) -> str | None:
        note = self.texts["mode_notes"].get(mode)
        return str(note) if note else None


def load_persona(system_prompt_file: Path | None = None) -> Persona:
    """The shipped persona, with the system prompt optionally from a file.

    Raises ``OSError`` when the override file cannot be read; the caller
    names the setting.
    """
    texts = load_toml("texts.toml")
    if system_prompt_file is not None:
        prompt = system_prompt_file.read_text("utf-8")
    else:
        prompt = resources.files(__package__).joinpath("system_prompt.md").read_text("utf-8")
    return Persona(name=str(texts["name"]), system_prompt=prompt, texts=texts)
