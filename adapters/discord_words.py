"""Discord's own words (``persona/discord.toml``) in the person's language.

The wordings themselves, their translations (``[discord]`` in
``persona/texts/<language>.toml``), the language rule and the checks are
:mod:`persona.local_texts`'; this only names the parts the Discord adapter
says. ``locale`` is a Discord locale (``es-ES``, ``es-419``, ``pt-BR``,
``de``) or ``None``, which is English, as is any part a language file leaves
out. Nothing here raises for a loaded persona: every part it asks for is one
English has. No discord.py here; the command translator that hands these to
discord.py is :class:`adapters.discord_commands.CommandTranslator`.
"""

from __future__ import annotations

from typing import Literal

from persona.local_texts import LocalTexts
from persona.wording import ENGLISH, language_of

__all__ = ["COMMAND_PARTS", "DiscordWords", "ForgetPart"]

# The /forget dialog: the question, its two buttons, and what replaces it.
ForgetPart = Literal["prompt", "confirm", "cancel", "cancelled", "expired"]

# A slash command's (or its option's) description, by command.
COMMAND_PARTS = {
    "help": "discord.commands.help",
    "resources": "discord.commands.resources",
    "resources.country": "discord.commands.resources_country",
    "memory": "discord.commands.memory",
    "forget": "discord.commands.forget",
    "pause": "discord.commands.pause",
    "resume": "discord.commands.resume",
}


class DiscordWords:
    """What heartline says on Discord outside the conversation, per locale."""

    def __init__(self, said: LocalTexts) -> None:
        self._said = said

    def _say(self, part: str, locale: str | None, variant: int = 0) -> str:
        return self._said.say(f"discord.{part}", variant, locale=locale)

    def error(self, variant: int, *, locale: str | None) -> str:
        """Said in place of a reply or a command's answer when something broke."""
        return self._say("error", locale, variant)

    def not_yours(self, *, locale: str | None) -> str:
        """To someone who pressed the /forget buttons of another person."""
        return self._say("not_yours", locale)

    def forget(self, part: ForgetPart, *, locale: str | None) -> str:
        """One piece of the /forget dialog."""
        return self._say(f"forget.{part}", locale)

    def thread_name(self, *, locale: str | None) -> str:
        """The name of a thread heartline opens; everyone in the server reads it."""
        return self._say("thread_name", locale)

    def description(self, command: str) -> str:
        """The English description of ``command`` (a key of :data:`COMMAND_PARTS`),
        what Discord shows for any locale without its own."""
        return self._said.say(COMMAND_PARTS[command], 0, locale=None)

    def localized(self, part: str, locale: str) -> str | None:
        """``part`` in ``locale``'s language when that language has its own
        wording, else None (Discord then shows the English). Never raises."""
        if language_of(locale) == ENGLISH or part not in self._said.english:
            return None
        own = self._said.say(part, 0, locale=locale)
        return own if own != self._said.say(part, 0, locale=None) else None
