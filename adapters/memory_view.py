"""How a person's memory is shown to them: readable text or JSON.

Shared by ``heartline memory`` and the platforms' /memory commands, which
only ever send it privately (a DM or an ephemeral message).
"""

from __future__ import annotations

from typing import Any

from bot.domain import MemorySnapshot

__all__ = ["snapshot_json", "snapshot_text"]


def snapshot_text(snapshot: MemorySnapshot, empty: str, *, turns: int = 10) -> str:
    if not (snapshot.turn_count or snapshot.facts or snapshot.summary or snapshot.locale):
        return empty
    lines = [f"What heartline remembers ({snapshot.turn_count} messages stored):"]
    if snapshot.summary:
        lines.append(f"Summary: {snapshot.summary}")
    if snapshot.facts:
        lines.append("Things you told me:")
        lines.extend(f"  - {fact.text}" for fact in snapshot.facts)
    if snapshot.paused:
        lines.append("heartline is paused for you.")
    if snapshot.locale:
        lines.append(f"Your language (it picks the crisis lines you are shown): {snapshot.locale}")
    if snapshot.turns and turns > 0:
        lines.append("Most recent messages:")
        for turn in snapshot.turns[-turns:]:
            who = "you" if turn.role.value == "user" else "heartline"
            flat = " ".join(turn.text.split())
            preview = flat if len(flat) <= 200 else flat[:199] + "…"
            lines.append(f"  [{turn.created_at:%Y-%m-%d %H:%M}] {who}: {preview}")
    return "\n".join(lines)


def snapshot_json(snapshot: MemorySnapshot) -> dict[str, Any]:
    return {
        "platform": snapshot.user.platform,
        "user": snapshot.user.user_id,
        "summary": snapshot.summary,
        "paused": snapshot.paused,
        "locale": snapshot.locale,
        "turn_count": snapshot.turn_count,
        "facts": [
            {
                "key": f.key,
                "text": f.text,
                "detail": f.detail,
                "learned_at": f.learned_at.isoformat(),
            }
            for f in snapshot.facts
        ],
        "turns": [
            {
                "role": t.role.value,
                "text": t.text,
                "at": t.created_at.isoformat(),
                "conversation": t.conversation_id,
                "private": t.is_private,
                "risk": t.risk.label,
            }
            for t in snapshot.turns
        ],
    }
