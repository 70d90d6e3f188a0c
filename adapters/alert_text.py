"""The text of a moderator alert, shared by every platform adapter.

Carries the level, where to find the conversation and the screener's reason
ids; the person's own words only when the operator configured an excerpt.
"""

from __future__ import annotations

from bot.domain import ModeratorAlert
from persona import Persona

__all__ = ["alert_text"]


def alert_text(alert: ModeratorAlert, persona: Persona, *, user: str, link: str | None) -> str:
    """``user`` is how the platform should show the person (a mention, an id)."""
    t = persona.texts["alert"]
    level = alert.level.label
    lines = [
        (t["title_urgent"] if alert.urgent else t["title"]).format(level=level),
        t["where"].format(platform=alert.platform, conversation=alert.conversation_id, user=user),
    ]
    if link:
        lines.append(t["link"].format(link=link))
    if alert.reasons:
        lines.append(t["reasons"].format(reasons=", ".join(alert.reasons)))
    if alert.excerpt:
        lines.append(t["excerpt"].format(excerpt=alert.excerpt))
    lines.append(t["advice"])
    return "\n".join(lines)
