"""Numbered PostgreSQL schema migrations, recorded in ``schema_version``.

The same tables as the SQLite schema (:mod:`bot.memory.migrations`) in
PostgreSQL's dialect: identity keys, ``timestamptz``, ``boolean``. Never edit
a released migration: add the next number. Each script runs in one
transaction with its version row, under a transaction-level advisory lock,
so two processes starting at once migrate once and a crash leaves the old
schema.
"""

from __future__ import annotations

__all__ = ["PG_MIGRATIONS"]

PG_MIGRATIONS: tuple[tuple[int, str], ...] = (
    (
        1,
        """
CREATE TABLE users (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    platform TEXT NOT NULL,
    platform_user_id TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    UNIQUE (platform, platform_user_id)
);
CREATE TABLE turns (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    conversation_id TEXT NOT NULL,
    is_private BOOLEAN NOT NULL,
    risk SMALLINT NOT NULL DEFAULT 0
);
CREATE INDEX turns_by_user ON turns (user_id, id);
CREATE INDEX turns_by_conversation ON turns (user_id, conversation_id, id);
CREATE INDEX turns_by_time ON turns (created_at);
CREATE TABLE facts (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    text TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    learned_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, position)
);
CREATE TABLE user_state (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (user_id, key)
);
CREATE TABLE handled_messages (
    platform TEXT NOT NULL,
    message_id TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    handled_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (platform, message_id)
);
CREATE INDEX handled_by_time ON handled_messages (handled_at);
CREATE TABLE crisis_referrals (
    day TEXT NOT NULL,
    level TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (day, level)
);
""",
    ),
)
