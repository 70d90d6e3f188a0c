"""heartline on Slack: a thin translator between slack-bolt and the core.

Where it answers:

* ``app_mention`` in a channel: in a thread on the mentioning message. The
  person's later messages in that thread are answered without a new
  mention (:class:`adapters.slack_events.StoredThreadBook`, in the store, so
  any of several HTTP workers behind one endpoint knows it). Public: the core
  keeps private memories out of it.
* direct messages (``message`` with ``channel_type == "im"``): private.
* the assistant pane (bolt's :class:`AsyncAssistant`): a new thread gets a
  greeting with the AI disclosure and suggested prompts; each message sets
  the "is typing…" status and gets a streamed reply. Private.

heartline's own Slack words (the greeting, prompts, status line, error
reply and ``/heartline`` usage) are in the language of the person's Slack
locale (:class:`adapters.slack_words.SlackWords`), looked up where their
user id is known; a lookup that fails gives English.

Bot posts, edits and other subtypes, and heartline's own posts are ignored.
Every listener only translates and starts a tracked task, so Slack's
3-second acknowledgement is always met (``process_before_response=True``:
the ack is sent once the task exists). A redelivered event (``X-Slack-Retry-Num``)
or the ``app_mention`` + ``message`` pair for one message carry the same
message id, and the core answers it once.

Connections: Socket Mode when ``SLACK_APP_TOKEN`` is set, otherwise HTTP
events on ``/slack/events`` (events and the slash command share the path),
verified with ``SLACK_SIGNING_SECRET`` by bolt (bad signature or a
timestamp older than 5 minutes → 401). Logs carry event names and hashed
user ids only, never text.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine, Mapping
from contextlib import aclosing
from typing import Any

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncAssistant, AsyncBoltContext, AsyncRespond
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack_commands import SlackCommands, SlackEscalation
from adapters.slack_delivery import ReplyTarget, SlackReplyWriter, StreamSupport, post_text
from adapters.slack_events import (
    PLATFORM,
    SlackMessage,
    StoredThreadBook,
    read_message,
    to_incoming,
)
from adapters.slack_format import to_mrkdwn
from adapters.slack_locale import LocaleLookup
from adapters.slack_words import SlackWords
from bot.config import Settings
from bot.core import Conversation
from bot.domain import UserKey
from bot.errors import ConfigError
from bot.telemetry import hash_user, log_event

__all__ = ["EVENTS_PATH", "SlackService"]

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
COMMAND = "/heartline"
STOP_SECONDS = 10.0  # how long stop() lets replies in progress finish
_REJECTED = frozenset(
    {"invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired"}
)


def _web_client(token: str, base_url: str | None) -> AsyncWebClient:
    """A client that waits out 429s (Retry-After) and retries dropped connections."""
    handlers = [
        AsyncConnectionErrorRetryHandler(max_retry_count=2),
        AsyncRateLimitErrorRetryHandler(max_retry_count=3),
    ]
    if base_url is None:
        return AsyncWebClient(token=token, timeout=30, retry_handlers=handlers)
    return AsyncWebClient(token=token, base_url=base_url, timeout=30, retry_handlers=handlers)


class SlackService:
    """The Slack platform as a :class:`adapters.service.Service`."""

    name = "slack"

    def __init__(
        self,
        conversation: Conversation,
        settings: Settings,
        *,
        client_base_url: str | None = None,
        http_port: int | None = None,
        http_host: str = "0.0.0.0",
    ) -> None:
        if settings.slack_bot_token is None:
            raise ConfigError("SLACK_BOT_TOKEN", "set it to the app's Bot User OAuth Token")
        self.conversation = conversation
        self.settings = settings
        # Checked with the persona at start, like every word a person reads.
        self.words = SlackWords(conversation.persona.said)
        self.client = _web_client(settings.slack_bot_token.get_secret_value(), client_base_url)
        self._app_token = settings.slack_app_token
        secret = settings.slack_signing_secret
        if self._app_token is None and secret is None:
            raise ConfigError(
                "SLACK_SIGNING_SECRET", "set it for HTTP events, or set SLACK_APP_TOKEN"
            )
        self._http_host = http_host
        self._http_port = settings.slack_port if http_port is None else http_port
        self.threads = StoredThreadBook(conversation.store)
        self.streams = StreamSupport()
        self.locales = LocaleLookup(self.client)
        self.commands = SlackCommands(
            conversation,
            self.words,
            locale_of=self.locales,
            default_country=settings.default_country,
        )
        self.app = AsyncApp(
            name="heartline",
            client=self.client,
            signing_secret=secret.get_secret_value() if secret else "",
            process_before_response=True,
        )
        self._register()
        self._tasks: set[asyncio.Task[None]] = set()
        self._idle = asyncio.Event()
        self._idle.set()
        self._runner: web.AppRunner | None = None
        self._socket: AsyncSocketModeHandler | None = None
        self._team_id = ""
        self._bot_user_id: str | None = None
        self._running = False

    # -- lifecycle ---------------------------------------------------------------

    @property
    def healthy(self) -> bool:
        return self._running

    @property
    def http_port(self) -> int:
        """The port HTTP events are served on (the real one once started on port 0)."""
        if self._runner is not None and self._runner.addresses:
            return int(self._runner.addresses[0][1])
        return self._http_port

    async def start(self) -> None:
        try:
            auth = await self.client.auth_test()
        except SlackApiError as exc:
            code = str(exc.response.get("error", ""))
            if code in _REJECTED:
                raise ConfigError(
                    "SLACK_BOT_TOKEN",
                    f"Slack rejected the token ({code}); copy the Bot User OAuth Token "
                    "(xoxb-...) from the app's OAuth & Permissions page",
                ) from None
            raise
        self._team_id = str(auth.get("team_id") or "")
        self._bot_user_id = str(auth.get("user_id") or "") or None
        channel = self.settings.slack_alert_channel
        if channel:
            hook = SlackEscalation(self.client, channel, self.conversation.persona)
            self.conversation.register_escalation(PLATFORM, hook)
        else:
            log_event(
                log, logging.WARNING, "slack_alerts_off", setting="HEARTLINE_SLACK_ALERT_CHANNEL"
            )
        if self._app_token is not None:
            await self._start_socket(self._app_token.get_secret_value())
        else:
            await self._start_http()
        self._running = True
        log_event(log, logging.INFO, "slack_started", mode="socket" if self._socket else "http")

    async def _start_socket(self, app_token: str) -> None:
        self._socket = AsyncSocketModeHandler(self.app, app_token)
        try:
            await self._socket.connect_async()  # type: ignore[no-untyped-call]  # bolt is untyped here
        except SlackApiError as exc:
            await self._socket.close_async()  # type: ignore[no-untyped-call]
            self._socket = None
            code = str(exc.response.get("error", ""))
            raise ConfigError(
                "SLACK_APP_TOKEN",
                f"Slack rejected the app-level token ({code}); create one with the "
                "connections:write scope under Basic Information > App-Level Tokens",
            ) from None

    async def _start_http(self) -> None:
        web_app = web.Application()
        web_app.router.add_post(EVENTS_PATH, self._http_events)
        self._runner = web.AppRunner(web_app, handle_signals=False, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self._http_host, self._http_port).start()

    async def _http_events(self, request: web.Request) -> web.Response:
        response = await self.app.async_dispatch(await to_bolt_request(request))
        return await to_aiohttp_response(response)

    async def stop(self) -> None:
        """Stop taking events, let replies in progress finish, close. Safe twice."""
        self._running = False
        if self._socket is not None:
            await self._socket.close_async()  # type: ignore[no-untyped-call]
            self._socket = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        await self.wait_idle(STOP_SECONDS)
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def wait_idle(self, seconds: float) -> bool:
        """Wait until no event is being handled; False after ``seconds``."""
        try:
            await asyncio.wait_for(self._idle.wait(), seconds)
        except TimeoutError:
            return False
        return True

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(work)
        self._tasks.add(task)
        self._idle.clear()
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not self._tasks:
            self._idle.set()

    # -- listeners: translate and hand over ------------------------------------------

    def _register(self) -> None:
        app = self.app
        app.event("app_mention")(self._on_mention)
        app.event("message")(self._on_message)
        app.command(COMMAND)(self._on_command)
        assistant = AsyncAssistant()
        assistant.thread_started(self._on_thread_started)
        assistant.user_message(self._on_assistant_message)
        assistant.thread_context_changed(self._on_context_changed)
        app.assistant(assistant)

    def _team(self, context: AsyncBoltContext) -> str:
        return context.team_id or context.enterprise_id or self._team_id

    def _read(self, event: Mapping[str, Any], context: AsyncBoltContext) -> SlackMessage | None:
        return read_message(event, self._team(context), context.bot_user_id or self._bot_user_id)

    async def _on_mention(self, event: dict[str, Any], context: AsyncBoltContext) -> None:
        message = self._read(event, context)
        if message is None:
            return
        thread = message.thread_ts or message.ts
        await self.threads.remember(message.channel, thread, message.person)
        self._spawn(self._answer(message, private=False, thread=thread, typing=False))

    async def _on_message(self, event: dict[str, Any], context: AsyncBoltContext) -> None:
        message = self._read(event, context)
        if message is None:
            return
        if message.is_dm:
            self._spawn(self._answer(message, private=True, thread=message.thread_ts, typing=False))
        elif message.thread_ts and await self.threads.knows(
            message.channel, message.thread_ts, message.person
        ):
            self._spawn(
                self._answer(message, private=False, thread=message.thread_ts, typing=False)
            )
        # Anything else in a channel is not for heartline; mentions come as app_mention.

    async def _on_assistant_message(
        self, payload: dict[str, Any], context: AsyncBoltContext
    ) -> None:
        message = self._read(payload, context)
        if message is None or message.thread_ts is None:
            return
        self._spawn(self._answer(message, private=True, thread=message.thread_ts, typing=True))

    async def _on_thread_started(self, payload: dict[str, Any]) -> None:
        thread = payload.get("assistant_thread") or {}
        channel, ts = thread.get("channel_id"), thread.get("thread_ts")
        user_id = thread.get("user_id")
        if isinstance(channel, str) and isinstance(ts, str):
            self._spawn(self._greet(channel, ts, user_id if isinstance(user_id, str) else None))

    async def _on_context_changed(self) -> None:
        """heartline does not use the channel a person is looking at."""

    async def _on_command(
        self, ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond
    ) -> None:
        await ack()
        self._spawn(self._command(command, respond))

    # -- the work ----------------------------------------------------------------------

    async def _answer(
        self, message: SlackMessage, *, private: bool, thread: str | None, typing: bool
    ) -> None:
        """One message → the core → Slack. The one top-level handler for it."""
        user = hash_user(UserKey(PLATFORM, message.person))
        target = ReplyTarget(
            channel=message.channel,
            thread_ts=thread,
            team_id=message.team_id,
            recipient_team_id=message.user_team or message.team_id,
            recipient_user_id=message.user_id,
        )
        writer = SlackReplyWriter(self.client, target, self.streams)
        locale: str | None = None
        try:
            # The locale first, so the status line is in their language too;
            # in the assistant pane the greeting has usually cached it already.
            locale = await self.locales(message.user_id)
            if typing and thread is not None:
                await self._status(message.channel, thread, self.words.typing_status(locale=locale))
            incoming = to_incoming(
                message,
                private=private,
                bot_user_id=self._bot_user_id,
                locale=locale,
                thread_id=thread,
            )
            async with aclosing(self.conversation.handle(incoming)) as chunks:
                async for chunk in chunks:
                    await writer.push(chunk)
            await writer.finish()
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - the top-level handler: log the type, say sorry
            log_event(log, logging.ERROR, "slack_reply_failed", user=user, error=type(exc).__name__)
            await self._sorry(target, message.ts, locale)
            return
        if typing and thread is not None and not writer.posted:
            await self._status(message.channel, thread, "")  # nothing to say: clear the status
        log_event(
            log, logging.INFO, "slack_replied", user=user, private=private, sent=writer.posted
        )

    async def _greet(self, channel: str, thread_ts: str, user_id: str | None) -> None:
        """The greeting (with the AI disclosure) and the suggested prompts, in the
        language of the person who opened the pane; English without their id."""
        try:
            locale = await self.locales(user_id) if user_id else None
            greeting = self.words.greeting(len(thread_ts), locale=locale)
            await post_text(self.client, channel, greeting, thread_ts)
            prompts = self.words.suggested_prompts(locale=locale)
            await self.client.assistant_threads_setSuggestedPrompts(
                channel_id=channel,
                thread_ts=thread_ts,
                title=prompts.title,
                prompts=prompts.prompts,
            )
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - a greeting that failed is logged and skipped
            log_event(log, logging.ERROR, "slack_greeting_failed", error=type(exc).__name__)

    async def _command(self, command: Mapping[str, Any], respond: AsyncRespond) -> None:
        team = str(command.get("team_id") or command.get("enterprise_id") or self._team_id)
        user_id = str(command.get("user_id") or "")
        try:
            text = await self.commands.answer(
                str(command.get("text") or ""), team_id=team, user_id=user_id
            )
            await respond(text=to_mrkdwn(text), response_type="ephemeral")
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - the top-level handler: log the type, say sorry
            log_event(log, logging.ERROR, "slack_command_failed", error=type(exc).__name__)
            try:
                locale = await self.locales(user_id) if user_id else None
                sorry = self.words.error_reply(len(user_id), locale=locale)
                await respond(text=to_mrkdwn(sorry), response_type="ephemeral")
            except Exception as again:  # noqa: BLE001 - nothing more we can do
                log_event(log, logging.ERROR, "slack_sorry_failed", error=type(again).__name__)

    async def _status(self, channel: str, thread_ts: str, status: str) -> None:
        """The assistant pane's status line; cosmetic, so failures are only logged."""
        try:
            await self.client.assistant_threads_setStatus(
                channel_id=channel, thread_ts=thread_ts, status=status
            )
        except SlackApiError as exc:
            log_event(log, logging.WARNING, "slack_status_failed", error=type(exc).__name__)

    async def _sorry(self, target: ReplyTarget, ts: str, locale: str | None) -> None:
        try:
            sorry = self.words.error_reply(len(ts), locale=locale)
            await post_text(self.client, target.channel, sorry, target.thread_ts)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - nothing more we can do
            log_event(log, logging.ERROR, "slack_sorry_failed", error=type(exc).__name__)
