"""Numbered schema migrations, applied in order and recorded in ``schema_version``.

Never edit a released migration: add the next number. Each script runs in
one transaction with the version row, so a crash leaves the old schema.
"""

from __future__ import annotations

__all__ = ["MIGRATIONS"]

MIGRATIONS: tuple[tuple[int, str], ...] = (
    (
        1,
        """
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    platform_user_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    UNIQUE (platform, platform_user_id)
);
CREATE TABLE turns (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    is_private INTEGER NOT NULL,
    risk INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX turns_by_user ON turns (user_id, id);
CREATE INDEX turns_by_conversation ON turns (user_id, conversation_id, id);
CREATE TABLE facts (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    text TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    learned_at TEXT NOT NULL,
    PRIMARY KEY (user_id, position)
);
CREATE TABLE user_state (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (user_id, key)
);
CREATE TABLE handled_messages (
    platform TEXT NOT NULL,
    message_id TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    handled_at TEXT NOT NULL,
    PRIMARY KEY (platform, message_id)
);
CREATE TABLE crisis_referrals (
    day TEXT NOT NULL,
    level TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (day, level)
);
""",
    ),
)
