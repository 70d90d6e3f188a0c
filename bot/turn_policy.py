"""Pure decisions the core makes on each turn, kept apart so they read (and
test) as plain functions: what the screener sees as context, which prompt
mode, whether the AI notice is due and where it goes in a crisis reply, what
a moderator alert carries, which wording variant to use, how a reply is
stored."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from bot.domain import (
    IncomingMessage,
    ModeratorAlert,
    RiskAssessment,
    RiskLevel,
    Role,
    StoredTurn,
)
from bot.inbound import clean_text
from bot.prompt import PromptMode
from persona import Persona

__all__ = [
    "assistant_turn",
    "before_closing",
    "disclosure_due",
    "fresh_wording",
    "mode_notes",
    "moderator_alert",
    "prompt_mode",
    "screening_context",
    "variant_of",
]

CRISIS_MEMORY = 10  # turns after a crisis reply that keep the careful prompt
CONTEXT_MESSAGES = 5  # earlier messages the screener sees
CONTEXT_HOURS = 6  # ... from this sitting only


def screening_context(
    history: Sequence[StoredTurn], now: datetime, unstored: Sequence[str] = ()
) -> list[str]:
    """The person's last messages of this sitting, oldest first: the stored
    ones from the last :data:`CONTEXT_HOURS`, then ``unstored`` (sent before
    the message being screened, not stored yet).

    The sitting bounds it: "hi" the next morning is a new conversation, not a
    reply to last night's crisis (the careful prompt still follows it, for
    :data:`CRISIS_MEMORY` turns).
    """
    since = now - timedelta(hours=CONTEXT_HOURS)
    said = [t.text for t in history if t.role is Role.USER and t.created_at >= since]
    return [*said, *unstored][-CONTEXT_MESSAGES:]


def prompt_mode(assessment: RiskAssessment, history: Sequence[StoredTurn]) -> PromptMode:
    # After a crisis reply the careful prompt wins; a concern check-in is added anyway.
    if any(t.risk >= RiskLevel.HIGH for t in history[-CRISIS_MEMORY:]):
        return PromptMode.AFTER_CRISIS
    if assessment.level is RiskLevel.CONCERN:
        return PromptMode.CONCERN
    return PromptMode.NORMAL


def mode_notes(persona: Persona) -> dict[PromptMode, str]:
    """The persona's extra system text for each special mode."""
    notes = {}
    for mode in (PromptMode.CONCERN, PromptMode.AFTER_CRISIS):
        note = persona.mode_note(mode.value)
        if note:
            notes[mode] = note
    return notes


def disclosure_due(last_shown: str | None, now: datetime, every_hours: float) -> bool:
    """At first contact, then again after ``every_hours`` (0: first contact only)."""
    if last_shown is None:
        return True
    return every_hours > 0 and now - datetime.fromisoformat(last_shown) >= timedelta(
        hours=every_hours
    )


def before_closing(text: str, notice: str) -> str:
    """``notice`` as the paragraph before ``text``'s last one.

    A crisis reply ends by asking how the person is; a notice added after
    that question would leave them answering a notice instead.
    """
    body, gap, closing = text.rpartition("\n\n")
    if not gap:
        return f"{notice}\n\n{text}"
    return f"{body}\n\n{notice}\n\n{closing}"


def moderator_alert(
    message: IncomingMessage, assessment: RiskAssessment, excerpt_chars: int
) -> ModeratorAlert:
    """Where to find the person and why; their words only if the operator opted in."""
    return ModeratorAlert(
        level=assessment.level,
        platform=message.platform,
        user_id=message.user_id,
        conversation_id=message.conversation_id,
        message_id=message.message_id,
        thread_id=message.thread_id,
        reasons=assessment.reasons,
        excerpt=clean_text(message.text).text[:excerpt_chars] if excerpt_chars > 0 else None,
    )


def assistant_turn(
    message: IncomingMessage, text: str, risk: RiskLevel, when: datetime
) -> StoredTurn:
    """heartline's reply to ``message``, as it is stored beside the message."""
    return StoredTurn(Role.ASSISTANT, text, when, message.conversation_id, message.is_private, risk)


def variant_of(message: IncomingMessage) -> int:
    """A stable number per message, to vary wording without randomness."""
    return sum(message.message_id.encode()) if message.message_id else 0


def fresh_wording(wording: Callable[[int], str], variant: int, shown: Sequence[str]) -> str:
    """Of the wordings from ``variant`` on, the one least recently in ``shown``
    (earlier replies, oldest first): one never shown wins, and the person's
    last reply is never repeated while another wording exists."""

    def last_seen(text: str) -> int:
        return max((i for i, reply in enumerate(shown) if text in reply), default=-1)

    candidates = dict.fromkeys(wording(variant + step) for step in range(8))
    return min(candidates, key=last_seen)
