"""Delivering to Discord: streamed replies as paced edits, and moderator alerts.

:class:`ReplyWriter` shows one reply (the first text at once, edits at most
once per interval, a new message past 2,000 characters); :class:`DiscordEscalation`
posts alerts to the moderators' channel or DM, never where the person wrote.
Nothing here logs message text.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import warnings
from typing import Any

from adapters.alert_text import alert_text
from adapters.delivery import EditPacer, split_text
from adapters.discord_commands import (
    MESSAGE_LIMIT,
    NO_MENTIONS,
    defuse,
)
from bot.config import Settings
from bot.domain import ModeratorAlert
from bot.errors import ConfigError
from bot.telemetry import log_event
from persona import Persona

with warnings.catch_warnings():
    # discord.py imports the deprecated audioop module for voice, which heartline never uses.
    warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
    import discord

__all__ = ["DiscordEscalation", "ReplyWriter"]

log = logging.getLogger(__name__)


def _log(level: int, event: str, **fields: Any) -> None:
    log_event(log, level, event, **fields)  # ids hashed, never message text


# -- outbound: a streamed reply → Discord messages ------------------------------------


class ReplyWriter:
    """Shows one reply: the first text at once, then paced edits, split at 2,000.

    A message grows until the limit, then the reply continues in a new one.
    Each message is edited at most once per ``interval`` seconds; ``final``
    (the complete reply) and ``urgent`` (the text was replaced) edit at once.
    A failed post is retried once without the reply reference; a failed edit
    of a deleted message becomes a new message.
    """

    def __init__(
        self,
        target: discord.abc.Messageable,
        *,
        reference: discord.MessageReference | None,
        interval: float,
        who: str,
    ) -> None:
        self._target = target
        self._reference = reference
        self._interval = interval
        self._who = who
        self._messages: list[discord.Message] = []
        self._shown: list[str] = []
        self._pacers: list[EditPacer] = []
        self._marks: list[float] = []  # when each message was last written
        self._latest = ""
        self._lock = asyncio.Lock()
        self._flush: asyncio.Task[None] | None = None

    async def update(self, text: str, *, final: bool = False, urgent: bool = False) -> None:
        self._latest = text
        if final or urgent:
            await self._cancel_flush()
        async with self._lock:
            await self._sync(now_all=final or urgent)

    async def aclose(self) -> None:
        await self._cancel_flush()

    async def _cancel_flush(self) -> None:
        if self._flush is not None and not self._flush.done():
            self._flush.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._flush
        self._flush = None

    async def _flush_later(self, delay: float) -> None:
        await asyncio.sleep(delay)
        async with self._lock:
            self._flush = None
            try:
                await self._sync(now_all=False)
            except discord.HTTPException as exc:  # the final update tries again
                self._failed("discord_flush_failed", exc)

    async def _sync(self, *, now_all: bool) -> None:
        parts = split_text(defuse(self._latest), MESSAGE_LIMIT)
        now = asyncio.get_running_loop().time()
        for i, part in enumerate(parts):
            if i >= len(self._messages):
                await self._post(part)
            elif part != self._shown[i]:
                pacer = self._pacers[i]
                if now_all or pacer.due(now):
                    await self._edit(i, part, final=now_all)
                elif self._flush is None:
                    wait = max(0.0, self._interval - (now - self._marks[i]))
                    self._flush = asyncio.create_task(self._flush_later(wait))
        for extra in self._messages[len(parts) :]:  # the text was replaced by a shorter one
            with contextlib.suppress(discord.HTTPException):
                await extra.delete()
        for kept in (self._messages, self._shown, self._pacers, self._marks):
            del kept[len(parts) :]

    async def _post(self, part: str) -> None:
        reference = self._reference if not self._messages else None
        try:
            sent = await self._send(part, reference)
        except discord.HTTPException as exc:
            self._failed("discord_send_failed", exc)
            sent = await self._send(part, None)  # once more; a second failure propagates
        self._messages.append(sent)
        self._shown.append(part)
        self._pacers.append(EditPacer(self._interval))
        self._marks.append(0.0)
        self._written(len(self._messages) - 1, part)

    async def _send(self, part: str, reference: discord.MessageReference | None) -> discord.Message:
        if reference is None:
            return await self._target.send(part, allowed_mentions=NO_MENTIONS)
        return await self._target.send(
            part, reference=reference, mention_author=False, allowed_mentions=NO_MENTIONS
        )

    async def _edit(self, i: int, part: str, *, final: bool) -> None:
        for _ in range(2 if final else 1):
            try:
                await self._messages[i].edit(content=part, allowed_mentions=NO_MENTIONS)
            except discord.NotFound as exc:  # deleted meanwhile: show the text anew
                self._failed("discord_edit_failed", exc)
                break
            except discord.HTTPException as exc:
                self._failed("discord_edit_failed", exc)
            else:
                self._written(i, part)
                return
        else:
            if not final:
                return  # the next edit catches up
        self._messages[i] = await self._send(part, None)
        self._written(i, part)

    def _written(self, i: int, part: str) -> None:
        now = asyncio.get_running_loop().time()
        self._shown[i] = part
        self._pacers[i].mark(now)
        self._marks[i] = now

    def _failed(self, event: str, exc: discord.HTTPException) -> None:
        _log(logging.WARNING, event, user=self._who, status=exc.status, code=exc.code)


# -- moderator alerts ---------------------------------------------------------------------


class DiscordEscalation:
    """Posts moderator alerts to the private alert channel, or DMs the moderator.

    Never to the channel where the person wrote. Raises on failure (the
    core retries and logs).
    """

    def __init__(
        self, client: discord.Client, settings: Settings, persona: Persona, guilds: dict[str, int]
    ) -> None:
        self._client = client
        self._channel_id = settings.discord_alert_channel_id
        self._user_id = settings.discord_alert_user_id
        self._persona = persona
        self._guilds = guilds

    async def alert(self, alert: ModeratorAlert) -> None:
        excerpt = defuse(alert.excerpt) if alert.excerpt else None
        text = alert_text(
            dataclasses.replace(alert, excerpt=excerpt),
            self._persona,
            user=f"<@{alert.user_id}>",
            link=self._link(alert),
        )
        target = await self._target(alert)
        for part in split_text(text, MESSAGE_LIMIT):
            await target.send(part, allowed_mentions=NO_MENTIONS)

    async def _target(self, alert: ModeratorAlert) -> discord.abc.Messageable:
        where = {alert.conversation_id, alert.thread_id}
        if self._channel_id is not None and str(self._channel_id) not in where:
            return self._client.get_partial_messageable(self._channel_id)
        if self._user_id is not None:
            return await self._client.create_dm(discord.Object(self._user_id))
        raise ConfigError(
            "HEARTLINE_DISCORD_ALERT_CHANNEL_ID",
            "the alert channel is where the person wrote; use a private moderators' channel",
        )

    def _link(self, alert: ModeratorAlert) -> str:
        guild: int | str | None = self._guilds.get(alert.conversation_id)
        if guild is None:
            channel = self._client.get_channel(int(alert.conversation_id))
            guild = getattr(getattr(channel, "guild", None), "id", None)
        return (
            f"https://discord.com/channels/{guild or '@me'}/"
            f"{alert.conversation_id}/{alert.message_id}"
        )
