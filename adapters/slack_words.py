"""Slack's own words (``persona/slack.toml``) in the person's language.

The wordings themselves, their translations (``[slack]`` in
``persona/texts/<language>.toml``), the language rule and the checks are
:mod:`persona.local_texts`'; this only names the parts the Slack adapter
says. ``locale`` is the person's Slack locale (``es-MX``) or ``None``, which
is English, as is any part a language file leaves out. Nothing here raises
for a loaded persona: every part it asks for is one English has.
"""

from __future__ import annotations

from dataclasses import dataclass

from persona.local_texts import LocalTexts

__all__ = ["SlackWords", "SuggestedPrompts"]

_PROMPTS = "slack.suggested_prompts.prompts"


@dataclass(frozen=True, slots=True)
class SuggestedPrompts:
    """The assistant pane's prompts, as ``assistant.threads.setSuggestedPrompts`` takes them."""

    title: str
    prompts: list[dict[str, str]]  # {"title": shown on the button, "message": sent as theirs}


class SlackWords:
    """What heartline says on Slack outside the conversation, per locale."""

    def __init__(self, said: LocalTexts) -> None:
        self._said = said

    def _say(self, part: str, locale: str | None, variant: int = 0) -> str:
        return self._said.say(f"slack.{part}", variant, locale=locale)

    def greeting(self, variant: int, *, locale: str | None) -> str:
        """The assistant pane's first words; always carries the AI disclosure."""
        return self._say("greeting", locale, variant)

    def typing_status(self, *, locale: str | None) -> str:
        """The status line after heartline's name while it writes."""
        return self._say("typing_status", locale)

    def error_reply(self, variant: int, *, locale: str | None) -> str:
        """Sent in place of a reply when Slack or heartline failed."""
        return self._say("error_reply", locale, variant)

    def suggested_prompts(self, *, locale: str | None) -> SuggestedPrompts:
        """The title and every prompt, each field in the locale's language or English."""
        prompts = [
            {
                field: self._said.say(f"{_PROMPTS}.{number}.{field}", 0, locale=locale)
                for field in ("title", "message")
            }
            for number in range(1, self._said.numbered(_PROMPTS) + 1)
        ]
        return SuggestedPrompts(self._say("suggested_prompts.title", locale), prompts)

    def usage(self, *, locale: str | None) -> str:
        """How to use ``/heartline``; the command names are the same in every language."""
        return self._say("command.usage", locale)

    def unknown(self, *, locale: str | None) -> str:
        """Said above the usage for a ``/heartline`` word heartline does not know."""
        return self._say("command.unknown", locale)
