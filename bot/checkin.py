"""What the core adds after an ordinary reply: a note, then a safety check-in.

Owns the choice of words for ``concern`` (a direct, gentle question about
safety, or how to help a friend) and for a message that was shortened. The
words live in ``persona/`` and :class:`bot.risk.crisis.CrisisResponder`;
nothing here calls the model.
"""

from __future__ import annotations

from bot.domain import IncomingMessage, RiskAssessment, RiskLevel, Role, StoredTurn
from bot.risk.crisis import CrisisResponder
from bot.turn_policy import fresh_wording
from persona import Persona

__all__ = ["CheckIns"]


class CheckIns:
    """The lines added to a reply that is not a crisis reply."""

    def __init__(self, persona: Persona, crisis: CrisisResponder, max_message_chars: int) -> None:
        self.persona, self.crisis, self.max_message_chars = persona, crisis, max_message_chars

    def after_reply(
        self,
        message: IncomingMessage,
        assessment: RiskAssessment,
        variant: int,
        length: int,
        history: list[StoredTurn],
    ) -> str:
        """A note for a shortened message, then the check-in; either may be absent.

        The check-in comes last so the reply ends on its question, as a
        crisis reply does; a note after it would leave the person answering
        the note.
        """
        lines = []
        if length > self.max_message_chars:
            lines.append(self.persona.notice("shortened", locale=message.locale))
        lines.append(self.question(message, assessment, variant, history))
        return "\n\n".join(line for line in lines if line)

    def question(
        self,
        message: IncomingMessage,
        assessment: RiskAssessment,
        variant: int,
        history: list[StoredTurn],
    ) -> str:
        """For ``concern``, a safety question (or, about a friend, how to help them).

        A check-in can follow several messages in a row (context keeps the
        level up), so its wording is one the person has not just read.
        """
        if assessment.level is not RiskLevel.CONCERN:
            return ""
        locale = message.locale
        shown = [t.text for t in history[-10:] if t.role is Role.ASSISTANT]
        if set(assessment.reasons) <= {"context"} and any(
            t.role is Role.ASSISTANT and t.risk >= RiskLevel.CONCERN for t in history[-4:]
        ):
            # Concern carried over from a message just answered with a crisis reply
            # or a safety question: the same question every turn would turn
            # listening into a questionnaire, so ask gently about now instead.
            return fresh_wording(
                lambda v: self.persona.notice("after_crisis", v, locale=locale), variant, shown
            )
        if "third_party" in assessment.reasons:
            return fresh_wording(
                lambda v: self.crisis.third_party_guidance(locale=locale, variant=v),
                variant,
                shown,
            )
        return fresh_wording(
            lambda v: self.crisis.concern_checkin(v, locale=locale), variant, shown
        )
