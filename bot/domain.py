"""Value types that cross heartline's seams.

Adapters build an :class:`IncomingMessage`, the core answers with
:class:`ReplyChunk` values ending in a :class:`Reply`. Everything here is
frozen and free of platform objects, so any adapter can be swapped without
the core noticing. Datetimes are always timezone-aware (UTC).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import UTC, datetime

__all__ = [
    "ChatMessage",
    "CrisisLine",
    "Fact",
    "IncomingMessage",
    "MemorySnapshot",
    "ModeratorAlert",
    "Reply",
    "ReplyChunk",
    "ReplyKind",
    "RiskAssessment",
    "RiskLevel",
    "Role",
    "StoredTurn",
    "UserKey",
    "utcnow",
]


def utcnow() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True, order=True)
class UserKey:
    """One person on one platform; Slack adapters put the team id in ``user_id``."""

    platform: str
    user_id: str

    def __str__(self) -> str:
        return f"{self.platform}:{self.user_id}"


@dataclass(frozen=True, slots=True)
class IncomingMessage:
    """One message a person sent, already translated by an adapter.

    ``message_id`` is the platform's id for the message (Slack event id or
    ts, Discord snowflake): the core answers each id once. ``is_private`` is
    true for DMs and assistant panes; in public places the core keeps what it
    remembers from private conversations to itself.
    """

    platform: str
    user_id: str
    conversation_id: str
    message_id: str
    text: str
    is_private: bool
    thread_id: str | None = None
    locale: str | None = None
    display_name: str | None = None
    received_at: datetime = field(default_factory=utcnow)

    @property
    def user(self) -> UserKey:
        return UserKey(self.platform, self.user_id)


class RiskLevel(enum.IntEnum):
    """Ordered risk levels: compare with ``>=``."""

    NONE = 0
    CONCERN = 1
    HIGH = 2
    IMMINENT = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> RiskLevel:
        return cls[value.strip().upper()]

    @property
    def is_crisis(self) -> bool:
        return self >= RiskLevel.HIGH


@dataclass(frozen=True, slots=True)
class RiskAssessment:
    """A screener's verdict: a level and machine-readable reason ids, never text."""

    level: RiskLevel
    reasons: tuple[str, ...] = ()

    @classmethod
    def safe(cls) -> RiskAssessment:
        return cls(RiskLevel.NONE, ())


class ReplyKind(enum.Enum):
    CHAT = "chat"  # the model's reply
    OFFLINE = "offline"  # the built-in responder, when no model is configured
    FALLBACK = "fallback"  # the built-in responder stood in for the model
    CRISIS = "crisis"  # deterministic crisis response, never from the model
    NOTICE = "notice"  # a kind notice: bad input, rate limit, paused


@dataclass(frozen=True, slots=True)
class CrisisLine:
    """One way to reach a person now (a phone line, text line, chat or directory)."""

    name: str
    contact: str
    emergency: bool = False


@dataclass(frozen=True, slots=True)
class Reply:
    """A finished reply as the adapter must deliver it."""

    text: str
    kind: ReplyKind
    risk: RiskLevel = RiskLevel.NONE
    resources: tuple[CrisisLine, ...] = ()

    @property
    def is_crisis(self) -> bool:
        return self.kind is ReplyKind.CRISIS


@dataclass(frozen=True, slots=True)
class ReplyChunk:
    """One step of a streamed reply.

    ``text`` is the whole reply so far (adapters that edit a message post it
    as is); ``delta`` is what this chunk added. When ``replaced`` is true the
    text shown so far must be thrown away and ``text`` shown instead (the
    output filter caught something). The last chunk has ``reply`` set.
    """

    delta: str
    text: str
    kind: ReplyKind
    replaced: bool = False
    reply: Reply | None = None

    @property
    def done(self) -> bool:
        return self.reply is not None


class Role(enum.Enum):
    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"


@dataclass(frozen=True, slots=True)
class ChatMessage:
    role: Role
    content: str


@dataclass(frozen=True, slots=True)
class StoredTurn:
    """A turn as memory keeps it."""

    role: Role
    text: str
    created_at: datetime
    conversation_id: str
    is_private: bool
    risk: RiskLevel = RiskLevel.NONE


@dataclass(frozen=True, slots=True)
class Fact:
    """Something a person told the bot that is worth bringing back later.

    ``key`` groups facts of one kind (``job_loss``, ``friend_moved``,
    ``enjoys``) so a newer fact of the same kind replaces the older one.
    """

    key: str
    text: str
    learned_at: datetime
    detail: str = ""  # the specific word to echo back: a city, a pet's name, a book


@dataclass(frozen=True, slots=True)
class MemorySnapshot:
    """Everything remembered about one person, as shown by ``memory show``."""

    user: UserKey
    summary: str
    facts: tuple[Fact, ...]
    turns: tuple[StoredTurn, ...]
    turn_count: int
    paused: bool = False
    locale: str | None = None  # the language code that picks their crisis lines


@dataclass(frozen=True, slots=True)
class ModeratorAlert:
    """What a human moderator is told about a crisis. Carries no message text
    unless the operator configured an excerpt length."""

    level: RiskLevel
    platform: str
    user_id: str
    conversation_id: str
    message_id: str
    reasons: tuple[str, ...]
    thread_id: str | None = None
    excerpt: str | None = None
    created_at: datetime = field(default_factory=utcnow)

    @property
    def urgent(self) -> bool:
        return self.level is RiskLevel.IMMINENT
