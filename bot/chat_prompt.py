"""The prompt for an ordinary turn: persona, memory, recent history, the message.

Owns what the model is told and the profile update that comes first (what
a private message tells about the person's life). Never called for a crisis:
that reply is built without the model (:mod:`bot.crisis_turn`). Logs no
message text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from bot.cues import read_cues
from bot.domain import IncomingMessage, RiskAssessment, Role, StoredTurn
from bot.errors import StorageError
from bot.memory.profile import update_profile
from bot.ports import MemoryStore
from bot.prompt import Prompt, build_prompt
from bot.telemetry import hash_user, log_event
from bot.turn_policy import mode_notes, prompt_mode
from persona import Persona

__all__ = ["ChatPrompts"]

log = logging.getLogger(__name__)


class ChatPrompts:
    """Builds the model's prompt for each ordinary turn."""

    def __init__(
        self,
        persona: Persona,
        store: MemoryStore,
        clock: Callable[[], datetime],
        history_turns: int,
        max_message_chars: int,
    ) -> None:
        self.persona, self.store, self.clock = persona, store, clock
        self.history_turns, self.max_message_chars = history_turns, max_message_chars
        self._mode_notes = mode_notes(persona)

    async def build(
        self,
        message: IncomingMessage,
        text: str,
        assessment: RiskAssessment,
        history: list[StoredTurn],
    ) -> Prompt:
        """The prompt for ``text``, the cleaned message, given ``history``.

        Only the newest ``history_turns`` go in as turns; the older replies
        are what the offline responder must not repeat. In private, the
        person's profile is updated from the message first; a failed write
        is logged and the prompt still uses the update. Raises
        :class:`bot.errors.StorageError` when the profile cannot be read.
        """
        user = message.user
        summary, facts = await self.store.profile(user)
        if message.is_private:
            updated = update_profile(summary, facts, read_cues(text), self.clock())
            if updated != (summary, facts):
                summary, facts = updated
                try:
                    await self.store.save_profile(user, summary, facts)
                except StorageError:
                    log_event(log, logging.ERROR, "storage_write_failed", user=hash_user(user))
        recent = history[-self.history_turns :]
        older = history[: -self.history_turns] if len(history) > len(recent) else []
        return build_prompt(
            system_text=self.persona.system_prompt,
            mode_notes=self._mode_notes,
            public_note=self.persona.public_note,
            user_text=text[: self.max_message_chars],
            history=recent,
            summary=summary,
            facts=facts,
            mode=prompt_mode(assessment, history),
            risk=assessment.level,
            is_private=message.is_private,
            seed=hash_user(user),
            avoid=[t.text for t in older if t.role is Role.ASSISTANT],
        )
