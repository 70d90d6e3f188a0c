"""Slack event payloads in, :class:`IncomingMessage` out: pure translation.

This module decides nothing about what to say. It reads a Slack message
event into a :class:`SlackMessage` (or ``None`` for anything heartline must
not answer: bot posts, edits, deletions and other subtypes, its own posts),
turns that into the core's :class:`IncomingMessage`, and remembers which
channel threads the bot was invited into (:class:`StoredThreadBook` in the
shared store, so any of several HTTP workers knows them;
:class:`ThreadBook` is its in-process cache).

Identity: a person is ``"{team_id}:{user_id}"`` on platform ``"slack"``, with
the team of the workspace the app is installed in, so messages and slash
commands land on the same memory. A message's id is ``"{channel}:{ts}"``:
Slack's ``app_mention`` and ``message`` events for one message, and every
redelivery of either, carry the same channel and ts, so the core answers
each message once.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from adapters.slack_format import read_incoming
from bot.domain import IncomingMessage, UserKey, utcnow
from bot.errors import StorageError
from bot.ports import MemoryStore
from bot.telemetry import hash_user, log_event

__all__ = [
    "PLATFORM",
    "SlackMessage",
    "StoredThreadBook",
    "ThreadBook",
    "person_id",
    "read_message",
    "to_incoming",
]

log = logging.getLogger(__name__)

PLATFORM = "slack"


def person_id(team_id: str, user_id: str) -> str:
    """The core's user id for one Slack person."""
    return f"{team_id}:{user_id}"


@dataclass(frozen=True, slots=True)
class SlackMessage:
    """What heartline keeps of one Slack message event (no platform objects)."""

    team_id: str  # the workspace the app is installed in
    user_id: str
    channel: str
    ts: str
    text: str  # Slack's raw markup; read_incoming() makes it plain
    thread_ts: str | None = None
    channel_type: str | None = None  # "im", "channel", "group", "mpim"; None for app_mention
    user_team: str | None = None  # the person's own team (differs in shared channels)

    @property
    def is_dm(self) -> bool:
        return self.channel_type == "im"

    @property
    def message_id(self) -> str:
        return f"{self.channel}:{self.ts}"

    @property
    def person(self) -> str:
        return person_id(self.team_id, self.user_id)

    def mentions(self, user_id: str | None) -> bool:
        return bool(user_id) and f"<@{user_id}" in self.text


def _str(event: Mapping[str, Any], key: str) -> str | None:
    value = event.get(key)
    return value if isinstance(value, str) and value else None


def read_message(
    event: Mapping[str, Any], team_id: str, bot_user_id: str | None = None
) -> SlackMessage | None:
    """A person's new message, or None for anything heartline ignores.

    Ignored: any subtype (edits, deletions, joins, bot_message, file shares
    without words), anything posted by a bot or by heartline itself, and
    events missing a user, channel or ts.
    """
    if event.get("subtype") is not None or event.get("bot_id") or event.get("bot_profile"):
        return None
    user, channel, ts = _str(event, "user"), _str(event, "channel"), _str(event, "ts")
    if user is None or channel is None or ts is None or user == bot_user_id:
        return None
    text = event.get("text")
    return SlackMessage(
        team_id=team_id,
        user_id=user,
        channel=channel,
        ts=ts,
        text=text if isinstance(text, str) else "",
        thread_ts=_str(event, "thread_ts"),
        channel_type=_str(event, "channel_type"),
        user_team=_str(event, "user_team") or _str(event, "team"),
    )


def to_incoming(
    message: SlackMessage,
    *,
    private: bool,
    bot_user_id: str | None,
    locale: str | None = None,
    thread_id: str | None = None,
) -> IncomingMessage:
    """The core's view of ``message``; ``private`` for DMs and the assistant pane.

    ``thread_id`` is the thread the conversation continues in (a top-level
    mention's own ts); it defaults to the message's thread.
    """
    return IncomingMessage(
        platform=PLATFORM,
        user_id=message.person,
        conversation_id=message.channel,
        message_id=message.message_id,
        text=read_incoming(message.text, bot_user_id),
        is_private=private,
        thread_id=thread_id or message.thread_ts,
        locale=locale,
    )


class ThreadBook:
    """Channel threads heartline was asked into, and by whom, in process memory.

    A person who mentions heartline in a channel gets a threaded reply; their
    later messages in that thread are answered without a new mention. Other
    people in the same thread are answered only when they mention heartline
    themselves (then they join the book): someone comforting a friend in a
    thread should not get a bot reply they did not ask for.

    The book is bounded (least recently used threads are forgotten) and is
    lost on restart; after a restart a person mentions heartline again. This
    costs no Slack API call per channel message, which asking Slack for a
    thread's replies would. ``parent_user_id`` (who wrote the thread's first
    message) is deliberately not used: the only top-level channel posts
    heartline makes are moderator alerts, and moderators talking about an
    alert in its thread must not get a companion's reply.
    """

    def __init__(self, max_threads: int = 5000) -> None:
        self._max = max_threads
        self._threads: OrderedDict[tuple[str, str], set[str]] = OrderedDict()

    def remember(self, channel: str, thread_ts: str, person: str) -> None:
        key = (channel, thread_ts)
        self._threads.setdefault(key, set()).add(person)
        self._threads.move_to_end(key)
        while len(self._threads) > self._max:
            self._threads.popitem(last=False)

    def knows(self, channel: str, thread_ts: str, person: str) -> bool:
        people = self._threads.get((channel, thread_ts))
        if people is None or person not in people:
            return False
        self._threads.move_to_end((channel, thread_ts))
        return True

    def __len__(self) -> int:
        return len(self._threads)


THREAD_STATE = "slack_thread:"  # person state key prefix: "slack_thread:{channel}:{thread_ts}"


class StoredThreadBook:
    """The threads a person asked heartline into, kept in their stored state.

    Any worker behind one Slack endpoint (or one restarted) knows them, so
    the Slack adapter keeps no state of its own. Each membership is one row
    of the person's state, so it goes with them when they forget. The
    in-process :class:`ThreadBook` answers repeat questions without a read;
    when the store fails, that cache is the answer (logged).
    """

    def __init__(self, store: MemoryStore, cache: ThreadBook | None = None) -> None:
        self._store = store
        self._cache = cache or ThreadBook()

    async def remember(self, channel: str, thread_ts: str, person: str) -> None:
        self._cache.remember(channel, thread_ts, person)
        user = UserKey(PLATFORM, person)
        try:
            await self._store.set_state(user, _key(channel, thread_ts), utcnow().isoformat())
        except StorageError:
            log_event(log, logging.WARNING, "slack_thread_not_stored", user=hash_user(user))

    async def knows(self, channel: str, thread_ts: str, person: str) -> bool:
        if self._cache.knows(channel, thread_ts, person):
            return True
        user = UserKey(PLATFORM, person)
        try:
            known = await self._store.get_state(user, _key(channel, thread_ts)) is not None
        except StorageError:
            log_event(log, logging.WARNING, "slack_thread_unreadable", user=hash_user(user))
            return False
        if known:
            self._cache.remember(channel, thread_ts, person)
        return known


def _key(channel: str, thread_ts: str) -> str:
    return f"{THREAD_STATE}{channel}:{thread_ts}"
