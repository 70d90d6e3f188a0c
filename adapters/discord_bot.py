"""The Discord adapter: a thin translator between discord.py and the core.

It owns where heartline answers (every DM; in servers only when mentioned,
when someone replies to one of its messages, or inside a thread it opened),
how a streamed reply reaches Discord (typing, one post, edits at most once
per ``edit_interval`` per message, splits at 2,000 characters), moderator
alerts, and the connection lifecycle (:class:`DiscordService`). Conversation,
memory and safety logic stay in ``bot/``. No reply can ping anyone: mentions
are disabled on the client and on every send and edit. Nothing here logs
message text; ids are hashed.

Privileged intent: Message Content (needed to read what people write in
servers; DMs and mentions would arrive without it only partly).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import warnings
from collections import OrderedDict
from collections.abc import AsyncIterator
from contextlib import aclosing
from typing import Any

from adapters.discord_commands import (
    CONFIRM_SECONDS,
    NO_MENTIONS,
    PLATFORM,
    CommandTranslator,
    HeartlineTree,
    SlashCommands,
    words_of,
)
from adapters.discord_delivery import DiscordEscalation, ReplyWriter
from bot.config import Settings, ShardPlan
from bot.core import Conversation
from bot.domain import IncomingMessage, ReplyChunk, ReplyKind
from bot.errors import ConfigError
from bot.telemetry import hash_user, log_event

with warnings.catch_warnings():
    # discord.py imports the deprecated audioop module for voice, which heartline never uses.
    warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
    import discord
    import yarl
    from discord.gateway import DiscordWebSocket
    from discord.http import Route

__all__ = [
    "DiscordEscalation",
    "DiscordService",
    "build_client",
    "discord_intents",
    "to_incoming",
]

log = logging.getLogger(__name__)

_CHAT_TYPES = (discord.MessageType.default, discord.MessageType.reply)
_KNOWN_CHANNELS = 10_000  # channel → guild ids kept for alert links (ids only)


def discord_intents() -> discord.Intents:
    """The minimum heartline needs; ``message_content`` is privileged."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.dm_messages = True
    intents.message_content = True
    return intents


def _log(level: int, event: str, **fields: Any) -> None:
    log_event(log, level, event, **fields)  # ids hashed, never message text


# -- inbound: Discord message → IncomingMessage -------------------------------------


def _addressed_to_me(message: discord.Message, me: discord.ClientUser) -> bool:
    if any(user.id == me.id for user in message.mentions):
        return True
    role = message.guild.self_role if message.guild else None
    if role is not None and role in message.role_mentions:
        return True
    ref = message.reference.resolved if message.reference else None
    if isinstance(ref, discord.Message) and ref.author.id == me.id:
        return True
    channel = message.channel
    return isinstance(channel, discord.Thread) and channel.owner_id == me.id


def _allowed(channel: Any, allowed: frozenset[int]) -> bool:
    if not allowed:
        return True
    parent = channel.parent_id if isinstance(channel, discord.Thread) else None
    return channel.id in allowed or parent in allowed


def _without_mention(text: str, message: discord.Message, me: discord.ClientUser) -> str:
    role = message.guild.self_role if message.guild else None
    pattern = rf"<@!?{me.id}>" + (rf"|<@&{role.id}>" if role is not None else "")
    return re.sub(pattern, "", text).strip()


def to_incoming(
    message: discord.Message,
    me: discord.ClientUser,
    allowed: frozenset[int],
) -> IncomingMessage | None:
    """The core's view of ``message``, or None when heartline should not answer it.

    Ignores bots (itself included), webhooks and system messages. In a server
    it answers only on the allow-list (if set) and only when addressed.
    Discord messages carry no locale: the core uses the one it remembers
    from the person's last slash command
    (:class:`adapters.discord_commands.HeartlineTree`).
    """
    author = message.author
    if author.bot or author.id == me.id or message.webhook_id or message.type not in _CHAT_TYPES:
        return None
    private = message.guild is None
    if not private and not (_allowed(message.channel, allowed) and _addressed_to_me(message, me)):
        return None
    channel = message.channel
    return IncomingMessage(
        platform=PLATFORM,
        user_id=str(author.id),
        conversation_id=str(channel.id),
        message_id=str(message.id),
        text=_without_mention(message.content, message, me),
        is_private=private,
        thread_id=str(channel.id) if isinstance(channel, discord.Thread) else None,
    )


async def _first_text(chunks: AsyncIterator[ReplyChunk]) -> ReplyChunk | None:
    """The first chunk with something to show (or the last one), None if none."""
    while True:
        try:
            chunk = await anext(chunks)
        except StopAsyncIteration:
            return None
        if chunk.text.strip() or chunk.done:
            return chunk


# -- the client and the service -------------------------------------------------------------


class _Client(discord.Client):
    """discord.py's client with heartline's events wired to the service."""

    def __init__(
        self, service: DiscordService, *, guild_ready_timeout: float, **sharding: Any
    ) -> None:
        super().__init__(
            **sharding,
            intents=discord_intents(),
            allowed_mentions=NO_MENTIONS,
            max_messages=None,  # keep no message text in memory
            chunk_guilds_at_startup=False,
            member_cache_flags=discord.MemberCacheFlags.none(),
            guild_ready_timeout=guild_ready_timeout,
            max_ratelimit_timeout=30.0,  # longer waits raise instead of stalling a reply
        )
        self.service = service
        self.tree = HeartlineTree(self, conversation=service.conversation)

    async def setup_hook(self) -> None:
        await self.service.setup_commands(self.tree)

    async def on_message(self, message: discord.Message) -> None:
        await self.service.on_message(message)

    async def on_ready(self) -> None:
        self.service.connected = True

    async def on_resumed(self) -> None:
        self.service.connected = True

    async def on_disconnect(self) -> None:
        self.service.connected = False

    async def on_error(self, event_method: str, /, *args: Any, **kwargs: Any) -> None:
        _log(logging.ERROR, "discord_event_failed", handler=event_method)


class _ShardedClient(_Client, discord.AutoShardedClient):
    """The same client over several gateway connections (``HEARTLINE_DISCORD_SHARDS``).

    discord.py identifies the shards one after another within Discord's
    ``max_concurrency`` and routes every event to the same handlers.
    """


def build_client(
    service: DiscordService, plan: ShardPlan | None, *, guild_ready_timeout: float = 2.0
) -> _Client:
    """The unsharded client, or an ``AutoShardedClient`` for ``plan``."""
    if plan is None:
        return _Client(service, guild_ready_timeout=guild_ready_timeout)
    return _ShardedClient(
        service,
        guild_ready_timeout=guild_ready_timeout,
        shard_count=plan.count,
        shard_ids=list(plan.ids) if plan.ids is not None else None,
    )


class DiscordService:
    """heartline on Discord, as a :class:`adapters.service.Service`.

    ``api_base`` points discord.py at another REST API (a fake in tests); the
    gateway is then discovered from that API (``GET /gateway/bot``). Both
    are process-wide settings in discord.py, restored at :meth:`stop`.
    ``forget_timeout`` is how long the /forget buttons stay live.
    """

    name = "discord"

    def __init__(
        self,
        conversation: Conversation,
        settings: Settings,
        *,
        api_base: str | None = None,
        edit_interval: float = 1.0,
        guild_ready_timeout: float = 2.0,
        ready_timeout: float = 60.0,
        drain_timeout: float = 30.0,
        forget_timeout: float = CONFIRM_SECONDS,
    ) -> None:
        self._conversation = conversation
        self._settings = settings
        self._api_base = api_base
        self._edit_interval = edit_interval
        self._guild_ready_timeout = guild_ready_timeout
        self._ready_timeout = ready_timeout
        self._drain_timeout = drain_timeout
        self._forget_timeout = forget_timeout
        self._words = words_of(conversation)
        self._client: _Client | None = None
        self._gateway: asyncio.Task[None] | None = None
        self._handlers: set[asyncio.Task[Any]] = set()
        self._guilds: OrderedDict[str, int] = OrderedDict()
        self._saved = (Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY)
        self._allowed: frozenset[int] = frozenset()
        self._stopping = False
        self.connected = False

    @property
    def conversation(self) -> Conversation:
        return self._conversation

    @property
    def healthy(self) -> bool:
        return self._client is not None and not self._client.is_closed() and self.connected

    async def start(self) -> None:
        token = self._settings.discord_token
        if token is None:
            raise ConfigError("DISCORD_TOKEN", "is not set")
        self._allowed = self._settings.discord_channel_ids  # a bad list fails here, early
        if self._api_base is not None:
            Route.BASE = self._api_base
        client = self._client = build_client(
            self, self._settings.discord_shard_plan, guild_ready_timeout=self._guild_ready_timeout
        )
        try:
            await client.login(token.get_secret_value())
            if self._api_base is not None:
                _, url, _ = await client.http.get_bot_gateway()
                DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url)
        except discord.LoginFailure:
            await self.stop()
            raise ConfigError(
                "DISCORD_TOKEN",
                "Discord rejected the token; copy a fresh one from the Developer Portal "
                "(your application → Bot → Reset Token)",
            ) from None
        except (OSError, discord.DiscordException) as exc:
            await self.stop()
            raise ConfigError(
                "DISCORD_TOKEN",
                f"could not reach Discord ({type(exc).__name__}); check the network",
            ) from None
        self._register_escalation(client)
        self._gateway = asyncio.create_task(client.connect(reconnect=True), name="discord-gateway")
        self._gateway.add_done_callback(self._gateway_ended)
        await self._wait_ready(client, self._gateway)

    async def _wait_ready(self, client: _Client, gateway: asyncio.Task[None]) -> None:
        ready = asyncio.ensure_future(client.wait_until_ready())
        await asyncio.wait(
            {ready, gateway}, timeout=self._ready_timeout, return_when=asyncio.FIRST_COMPLETED
        )
        if ready.done():
            return
        ready.cancel()
        error = gateway.exception() if gateway.done() and not gateway.cancelled() else None
        await self.stop()
        if isinstance(error, discord.PrivilegedIntentsRequired):
            raise ConfigError(
                "DISCORD_TOKEN",
                "the Message Content intent is off for this bot; turn it on in the Developer "
                "Portal (your application → Bot → Privileged Gateway Intents)",
            )
        reason = type(error).__name__ if error else "no READY in time"
        raise ConfigError("DISCORD_TOKEN", f"could not connect to Discord's gateway ({reason})")

    def _gateway_ended(self, task: asyncio.Task[None]) -> None:
        self.connected = False
        if not task.cancelled() and task.exception() is not None:
            _log(logging.ERROR, "discord_gateway_stopped", error=type(task.exception()).__name__)

    def _register_escalation(self, client: _Client) -> None:
        if (
            self._settings.discord_alert_channel_id is None
            and self._settings.discord_alert_user_id is None
        ):
            _log(logging.WARNING, "discord_moderator_alerts_off")
            return
        hook = DiscordEscalation(client, self._settings, self._conversation.persona, self._guilds)
        self._conversation.register_escalation(PLATFORM, hook)

    async def stop(self) -> None:
        """Stop answering, let replies in flight finish, close the client. Idempotent."""
        self._stopping = True
        if self._handlers:
            await asyncio.wait(set(self._handlers), timeout=self._drain_timeout)
        if self._client is not None and not self._client.is_closed():
            await self._client.close()
        if self._gateway is not None:
            with contextlib.suppress(Exception):
                await self._gateway
        self.connected = False
        Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = self._saved

    async def setup_commands(self, tree: HeartlineTree) -> None:
        commands = SlashCommands(
            self._conversation, self._settings, confirm_seconds=self._forget_timeout
        )
        commands.install(tree)
        await tree.set_translator(CommandTranslator(self._words))
        guild_id = self._settings.discord_guild_id
        try:
            if guild_id is not None:
                guild = discord.Object(guild_id)
                tree.copy_global_to(guild=guild)
                await tree.sync(guild=guild)
            else:
                await tree.sync()
        except discord.HTTPException as exc:  # the commands from the last sync stay usable
            _log(logging.WARNING, "discord_commands_sync_failed", status=exc.status)

    # -- one message --------------------------------------------------------------

    async def on_message(self, message: discord.Message) -> None:
        client = self._client
        if self._stopping or client is None or client.user is None:
            return
        incoming = to_incoming(message, client.user, self._allowed)
        if incoming is None:
            return
        if message.guild is not None:
            self._guilds[incoming.conversation_id] = message.guild.id
            while len(self._guilds) > _KNOWN_CHANNELS:
                self._guilds.popitem(last=False)
        task = asyncio.current_task()
        if task is not None:
            self._handlers.add(task)
        who = hash_user(incoming.user)
        try:
            await self._answer(message, incoming, who)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - the one top-level handler for this event
            _log(
                logging.ERROR,
                "discord_message_failed",
                user=who,
                channel=hash_user(f"{PLATFORM}-channel:{message.channel.id}"),
                error=type(exc).__name__,
            )
            await self._kind_reply(message, incoming, who)
        finally:
            if task is not None:
                self._handlers.discard(task)

    async def _answer(self, message: discord.Message, incoming: IncomingMessage, who: str) -> None:
        # handle() is an async generator; its annotation (AsyncIterator) hides aclose().
        replies = self._conversation.handle(incoming)
        async with aclosing(replies) as chunks:
            async with contextlib.AsyncExitStack() as typing:
                with contextlib.suppress(discord.HTTPException):
                    await typing.enter_async_context(message.channel.typing())
                chunk = await _first_text(chunks)
            if chunk is None:
                return
            target, reference = await self._destination(message, who)
            writer = ReplyWriter(target, reference=reference, interval=self._edit_interval, who=who)
            try:
                whole = chunk.done or chunk.kind is ReplyKind.CRISIS
                await writer.update(chunk.text, final=whole, urgent=chunk.replaced)
                async for chunk in chunks:
                    await writer.update(chunk.text, final=chunk.done, urgent=chunk.replaced)
            finally:
                await writer.aclose()

    async def _destination(
        self, message: discord.Message, who: str
    ) -> tuple[discord.abc.Messageable, discord.MessageReference | None]:
        """Where the reply goes: the DM, a new thread, or a reply in the channel.

        A thread's name is public, so it is in the server's language (its
        preferred locale, English when unset), not the person's: it must not
        show everyone which language one member's Discord is in.
        """
        guild = message.guild
        if guild is None:
            return message.channel, None
        if self._settings.discord_use_threads and isinstance(message.channel, discord.TextChannel):
            name = self._words.thread_name(locale=guild.preferred_locale.value)
            try:
                thread = await message.create_thread(name=name, auto_archive_duration=1440)
            except discord.HTTPException as exc:
                _log(logging.WARNING, "discord_thread_failed", user=who, status=exc.status)
            else:
                return thread, None
        return message.channel, message.to_reference(fail_if_not_exists=False)

    async def _kind_reply(
        self, message: discord.Message, incoming: IncomingMessage, who: str
    ) -> None:
        """Sorry, in the language the person's reply would have been in: a
        message carries no locale, so the one heartline remembers from their
        last slash command (English when none is, or storage fails)."""
        locale = await self._conversation.remembered_locale(incoming.user)
        text = self._words.error(message.id, locale=locale)
        try:
            await message.channel.send(text, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException as exc:
            _log(logging.WARNING, "discord_error_reply_failed", user=who, status=exc.status)
