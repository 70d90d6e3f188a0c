"""Build the model prompt from the persona and one person's memory.

Pure: no I/O. The prompt stays bounded however long the history is: the
system text, a rolling summary of at most ``SUMMARY_CHARS``, at most
``MAX_FACTS`` facts and the last ``history_turns`` turns, each shortened to
``TURN_CHARS``. In a public conversation nothing private goes in.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from bot.domain import ChatMessage, Fact, RiskLevel, Role, StoredTurn

__all__ = ["MAX_FACTS", "Prompt", "PromptMode", "build_prompt", "estimate_tokens"]

MAX_FACTS = 12
SUMMARY_CHARS = 700
TURN_CHARS = 1200


class PromptMode(enum.Enum):
    NORMAL = "normal"
    CONCERN = "concern"  # a gentle, direct safety check-in belongs in the reply
    AFTER_CRISIS = "after_crisis"  # crisis lines were given recently; stay careful


@dataclass(frozen=True, slots=True)
class Prompt:
    """What a :class:`bot.ports.ChatModel` gets.

    HTTP models send ``messages``; the offline responder reads the
    structured fields (the new text, facts, history) directly.
    """

    messages: tuple[ChatMessage, ...]
    user_text: str
    history: tuple[ChatMessage, ...]
    facts: tuple[Fact, ...]
    summary: str
    mode: PromptMode
    is_private: bool
    seed: str  # stable per person, lets the offline responder vary phrasing
    avoid: tuple[str, ...] = ()  # earlier replies (beyond history) not to repeat
    risk: RiskLevel = RiskLevel.NONE  # the new message's level (``mode`` may be after-crisis)

    @property
    def recent_replies(self) -> tuple[str, ...]:
        """Every earlier reply the responder should not repeat, oldest first."""
        shown = tuple(m.content for m in self.history if m.role is Role.ASSISTANT)
        return self.avoid + shown


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _memory_block(summary: str, facts: Sequence[Fact]) -> str:
    lines = []
    if summary:
        lines.append("What you remember from earlier conversations with this person:")
        lines.append(_clip(summary, SUMMARY_CHARS))
    if facts:
        lines.append("Things they told you (bring them up naturally, don't recite them):")
        lines.extend(f"- {_clip(f.text, 160)}" for f in facts[-MAX_FACTS:])
    return "\n".join(lines)


def build_prompt(
    *,
    system_text: str,
    mode_notes: dict[PromptMode, str],
    public_note: str,
    user_text: str,
    history: Sequence[StoredTurn],
    summary: str,
    facts: Sequence[Fact],
    mode: PromptMode,
    is_private: bool,
    seed: str,
    avoid: Sequence[str] = (),
    risk: RiskLevel = RiskLevel.NONE,
) -> Prompt:
    """Assemble the prompt; in public, summary and facts are left out entirely."""
    if not is_private:
        summary, facts = "", ()
    parts = [system_text.strip()]
    if is_private:
        memory = _memory_block(summary, facts)
        if memory:
            parts.append(memory)
    else:
        parts.append(public_note.strip())
    if mode in mode_notes:
        parts.append(mode_notes[mode].strip())
    turns = tuple(
        ChatMessage(t.role, _clip(t.text, TURN_CHARS)) for t in history if t.role is not Role.SYSTEM
    )
    messages = (
        ChatMessage(Role.SYSTEM, "\n\n".join(parts)),
        *turns,
        ChatMessage(Role.USER, _clip(user_text, TURN_CHARS * 3)),
    )
    return Prompt(
        messages=messages,
        user_text=user_text,
        history=turns,
        facts=tuple(facts[-MAX_FACTS:]),
        summary=summary,
        mode=mode,
        is_private=is_private,
        seed=seed,
        avoid=tuple(avoid),
        risk=risk,
    )


def estimate_tokens(messages: Sequence[ChatMessage]) -> int:
    """A model-independent token estimate (about four characters a token)."""
    return sum(len(m.content) // 4 + 4 for m in messages)
