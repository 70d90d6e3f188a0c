"""A fake Discord (REST API and gateway) on loopback, for the real discord.py client.

One aiohttp app serves ``/api/v10/...`` and a websocket at ``/gateway``
speaking the gateway protocol: HELLO (op 10), IDENTIFY (op 2) → READY and
GUILD_CREATE, heartbeats answered with op 11, RESUME → RESUMED. Tests then
push events (``send_dm``, ``send_guild``, ``slash``, ``click``) and assert on
the recorded REST calls (method, path, JSON body). Messages the bot posts are
kept, so a test can read what a person would see now (``content_of``).

``fail(method, path, status)`` makes the next matching call fail the way
Discord does (a 429 carries ``retry_after`` and the ``Via`` header that
tells discord.py it came from Discord, not from Cloudflare).
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import re
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import WSMsgType, web

from tests.fakes.loopback import serve

__all__ = ["Call", "FakeDiscord", "make_token"]

API = "/api/v10"
EPOCH = "2024-01-01T00:00:00.000000+00:00"
FULL_PERMISSIONS = str((1 << 41) - 1)

Json = dict[str, Any]
Handler = Callable[[web.Request, "re.Match[str]", Any], Awaitable[web.Response]]


def _json(data: Any, *, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """JSON exactly as Discord labels it (discord.py checks the bare content type)."""
    merged = {"Content-Type": "application/json", **(headers or {})}
    return web.Response(body=json.dumps(data).encode(), status=status, headers=merged)


def make_token(application_id: int) -> str:
    """A token shaped like Discord's: base64(application id).timestamp.hmac."""
    head = base64.b64encode(str(application_id).encode()).decode().rstrip("=")
    return f"{head}.GfakeT.fake-signature-for-tests"


@dataclass(frozen=True, slots=True)
class Call:
    """One REST request the bot made."""

    method: str
    path: str  # without the /api/v10 prefix
    json: Any
    query: dict[str, str]


@dataclass(slots=True)
class _Failure:
    method: str
    path: str
    status: int
    retry_after: float | None
    times: int


class FakeDiscord:
    """Everything a bot sees of Discord: one guild with three channels, and people."""

    def __init__(self) -> None:
        self._ids = itertools.count(1_200_000_000_000_000_001)
        self.application_id = self.snowflake()
        self.token = make_token(self.application_id)
        self.bot = self._user(self.application_id, "heartline", bot=True)
        self.guild_id = self.snowflake()
        self.bot_role_id = self.snowflake()
        self.general_id = self.snowflake()  # where people talk
        self.other_id = self.snowflake()  # a channel not on an allow-list
        self.alerts_id = self.snowflake()  # the moderators' private channel
        self.person = self._user(self.snowflake(), "robin")
        self.other_person = self._user(self.snowflake(), "sam")
        self.moderator = self._user(self.snowflake(), "mod")
        self.dm_channels: dict[int, int] = {}  # user id → DM channel id
        self.guild_channels = {self.general_id, self.other_id, self.alerts_id}
        self._interaction_channels: dict[int, int] = {}
        self._interaction_tokens: set[str] = set()
        self._token_interactions: dict[str, int] = {}  # interaction token → interaction id
        self.preferred_locale = "en-US"  # the server's language (Discord's default)
        self.calls: list[Call] = []
        self.messages: dict[int, Json] = {}
        self.identify: Json | None = None
        self.resumes = 0
        self.dispatched: list[tuple[str, Json]] = []
        self.replay_on_resume = 0  # re-send this many recent events after RESUMED
        self.message_content_enabled = True  # the portal's Message Content switch
        self._failures: list[_Failure] = []
        self._changed = asyncio.Condition()
        self._sockets: set[web.WebSocketResponse] = set()
        self._seq = 0
        self._send_lock = asyncio.Lock()
        self._zlib: dict[web.WebSocketResponse, Any] = {}
        self._runner: web.AppRunner | None = None
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = []
        self.port = 0
        self._add_routes()

    # -- lifecycle ---------------------------------------------------------------

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}{API}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    async def start(self) -> FakeDiscord:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", API + "/{tail:.*}", self._rest)
        self._runner, self.port = await serve(app, access_log=None)
        return self

    async def close(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def drop_connection(self) -> None:
        """Close the gateway socket abruptly, as an outage would (the bot resumes)."""
        for ws in list(self._sockets):
            await ws.close(code=4000, message=b"fake outage")

    # -- what tests ask --------------------------------------------------------------

    def snowflake(self) -> int:
        return next(self._ids)

    def fail(
        self,
        method: str,
        path: str,
        status: int,
        *,
        retry_after: float | None = None,
        times: int = 1,
    ) -> None:
        """Make the next ``times`` calls to ``method path`` fail with ``status``."""
        self._failures.append(_Failure(method, path, status, retry_after, times))

    def calls_to(self, method: str, pattern: str) -> list[Call]:
        rx = re.compile(pattern)
        return [c for c in self.calls if c.method == method and rx.fullmatch(c.path)]

    def posts_in(self, channel_id: int) -> list[Call]:
        return self.calls_to("POST", f"/channels/{channel_id}/messages")

    def edits_in(self, channel_id: int) -> list[Call]:
        return self.calls_to("PATCH", f"/channels/{channel_id}/messages/\\d+")

    def bot_messages(self, channel_id: int) -> list[Json]:
        """The bot's messages in a channel as a person sees them now, oldest first."""
        return [
            m
            for m in self.messages.values()
            if m["channel_id"] == str(channel_id) and m["author"]["id"] == str(self.application_id)
        ]

    def content_of(self, message_id: int | str) -> str:
        return str(self.messages[int(message_id)]["content"])

    async def wait_for(
        self, predicate: Callable[[], bool], *, within: float = 5.0, what: str = "a call"
    ) -> None:
        """Wait until ``predicate()`` holds, re-checked after every REST call or gateway frame."""

        async def check() -> None:
            async with self._changed:
                await self._changed.wait_for(predicate)

        try:
            await asyncio.wait_for(check(), within)
        except TimeoutError:
            raise AssertionError(f"timed out waiting for {what}") from None

    async def settle(self, quiet: float = 0.3, *, within: float = 5.0) -> None:
        """Wait until no REST call has arrived for ``quiet`` seconds."""
        loop = asyncio.get_running_loop()
        end = loop.time() + within
        seen = -1
        while len(self.calls) != seen and loop.time() < end:
            seen = len(self.calls)
            await asyncio.sleep(quiet)

    # -- events the bot receives -------------------------------------------------

    def dm_channel_of(self, user: Json) -> int:
        uid = int(user["id"])
        if uid not in self.dm_channels:
            self.dm_channels[uid] = self.snowflake()
        return self.dm_channels[uid]

    async def send_dm(self, text: str, *, user: Json | None = None) -> int:
        """A person writes to the bot in a DM; returns the message id."""
        author = user or self.person
        data = self._message(self.dm_channel_of(author), author, text)
        await self.dispatch("MESSAGE_CREATE", data)
        return int(data["id"])

    async def send_guild(
        self,
        text: str,
        *,
        channel_id: int | None = None,
        user: Json | None = None,
        mention_bot: bool = False,
        reply_to: int | None = None,
        mention_everyone: bool = False,
        message_type: int | None = None,
        author_is_bot: bool = False,
    ) -> int:
        """A message in a server channel; ``mention_bot`` puts ``<@bot>`` in front."""
        author = dict(user or self.person)
        if author_is_bot:
            author = {**self._user(self.snowflake(), "otherbot"), "bot": True}
        content = f"<@{self.application_id}> {text}" if mention_bot else text
        data = self._message(channel_id or self.general_id, author, content, guild=True)
        if mention_bot:
            data["mentions"] = [{**self.bot, "member": self._member_stub()}]
        data["mention_everyone"] = mention_everyone
        if reply_to is not None:
            data["type"] = 19
            data["message_reference"] = {
                "type": 0,
                "message_id": str(reply_to),
                "channel_id": data["channel_id"],
                "guild_id": str(self.guild_id),
            }
            data["referenced_message"] = self.messages[reply_to]
        if message_type is not None:
            data["type"] = message_type
        await self.dispatch("MESSAGE_CREATE", data)
        return int(data["id"])

    async def slash(
        self,
        name: str,
        *,
        options: list[Json] | None = None,
        in_guild: bool = False,
        user: Json | None = None,
        locale: str = "en-US",
    ) -> int:
        """A person runs ``/name``; returns the interaction id."""
        author = user or self.person
        data = self._interaction(2, author, in_guild=in_guild, locale=locale)
        data["data"] = {"id": str(self.snowflake()), "name": name, "type": 1}
        if options:
            data["data"]["options"] = options
        if in_guild:
            data["data"]["guild_id"] = str(self.guild_id)
        await self.dispatch("INTERACTION_CREATE", data)
        return int(data["id"])

    async def click(
        self, custom_id: str, message: Json, *, user: Json | None = None, locale: str = "en-US"
    ) -> int:
        """A person presses a button on ``message`` (as returned by ``callback_message``)."""
        author = user or self.person
        data = self._interaction(3, author, in_guild=False, locale=locale)
        data["data"] = {"custom_id": custom_id, "component_type": 2}
        data["message"] = message
        await self.dispatch("INTERACTION_CREATE", data)
        return int(data["id"])

    def callbacks(self, interaction_id: int) -> list[Call]:
        return self.calls_to("POST", f"/interactions/{interaction_id}/[^/]+/callback")

    def callback_message(self, interaction_id: int) -> Json:
        """The message an interaction response created (for pressing its buttons)."""
        return self.messages[self._callback_messages[interaction_id]]

    async def dispatch(self, event: str, data: Json) -> None:
        if not self._sockets:
            raise AssertionError("the bot is not connected to the fake gateway")
        self.dispatched.append((event, data))
        for ws in list(self._sockets):
            await self._send(ws, {"op": 0, "t": event, "s": self._next_seq(), "d": data})

    # -- payloads ----------------------------------------------------------------

    @staticmethod
    def _user(uid: int, name: str, *, bot: bool = False) -> Json:
        return {
            "id": str(uid),
            "username": name,
            "discriminator": "0",
            "global_name": name,
            "avatar": None,
            "bot": bot,
            "public_flags": 0,
            "flags": 0,
        }

    @staticmethod
    def _member_stub() -> Json:
        return {"roles": [], "joined_at": EPOCH, "deaf": False, "mute": False, "flags": 0}

    def _message(self, channel_id: int, author: Json, content: str, *, guild: bool = False) -> Json:
        data: Json = {
            "id": str(self.snowflake()),
            "channel_id": str(channel_id),
            "author": author,
            "content": content,
            "timestamp": EPOCH,
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "pinned": False,
            "type": 0,
            "flags": 0,
            "components": [],
        }
        if guild:
            data["guild_id"] = str(self.guild_id)
            data["member"] = self._member_stub()
        self.messages[int(data["id"])] = data
        return data

    def _channel(self, cid: int, name: str, position: int) -> Json:
        return {
            "id": str(cid),
            "type": 0,
            "guild_id": str(self.guild_id),
            "name": name,
            "position": position,
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
            "topic": None,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "flags": 0,
        }

    def _guild(self) -> Json:
        everyone = {
            "id": str(self.guild_id),
            "name": "@everyone",
            "permissions": FULL_PERMISSIONS,
            "position": 0,
            "color": 0,
            "hoist": False,
            "managed": False,
            "mentionable": False,
            "flags": 0,
        }
        bot_role = {
            **everyone,
            "id": str(self.bot_role_id),
            "name": "heartline",
            "position": 1,
            "managed": True,
            "tags": {"bot_id": str(self.application_id)},
        }
        return {
            "id": str(self.guild_id),
            "name": "Test Server",
            "icon": None,
            "owner_id": self.moderator["id"],
            "roles": [everyone, bot_role],
            "channels": [
                self._channel(self.general_id, "general", 0),
                self._channel(self.other_id, "other", 1),
                self._channel(self.alerts_id, "moderators", 2),
            ],
            "threads": [],
            "members": [
                {**self._member_stub(), "user": self.bot, "roles": [str(self.bot_role_id)]}
            ],
            "member_count": 4,
            "large": False,
            "unavailable": False,
            "features": [],
            "emojis": [],
            "stickers": [],
            "premium_tier": 0,
            "preferred_locale": self.preferred_locale,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "afk_timeout": 300,
            "joined_at": EPOCH,
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
        }

    def _interaction(self, kind: int, author: Json, *, in_guild: bool, locale: str) -> Json:
        interaction_id = self.snowflake()
        channel_id = self.general_id if in_guild else self.dm_channel_of(author)
        self._interaction_channels[interaction_id] = channel_id
        token = f"itoken{self.snowflake()}"
        self._interaction_tokens.add(token)
        self._token_interactions[token] = interaction_id
        data: Json = {
            "id": str(interaction_id),
            "application_id": str(self.application_id),
            "type": kind,
            "token": token,
            "version": 1,
            "locale": locale,
            "app_permissions": FULL_PERMISSIONS,
            "entitlements": [],
            "attachment_size_limit": 10_485_760,
        }
        if in_guild:
            data["guild_id"] = str(self.guild_id)
            data["guild_locale"] = "en-US"
            data["channel_id"] = str(self.general_id)
            data["channel"] = self._channel(self.general_id, "general", 0)
            data["member"] = {**self._member_stub(), "user": author, "permissions": "0"}
            data["context"] = 0
            data["authorizing_integration_owners"] = {"0": str(self.guild_id)}
        else:
            dm = self.dm_channel_of(author)
            data["channel_id"] = str(dm)
            data["channel"] = {"id": str(dm), "type": 1, "recipients": [author], "flags": 0}
            data["user"] = author
            data["context"] = 1
            data["authorizing_integration_owners"] = {"0": str(self.guild_id)}
        return data

    def _bot_message(self, channel_id: int, body: Json) -> Json:
        content = str(body.get("content") or "")
        data = self._message(channel_id, self.bot, content, guild=channel_id in self.guild_channels)
        data["components"] = body.get("components", [])
        data["flags"] = int(body.get("flags", 0))
        ref = body.get("message_reference")
        if ref:
            data["type"] = 19
            data["message_reference"] = ref
        return data

    # -- the gateway -------------------------------------------------------------

    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq

    async def _send(self, ws: web.WebSocketResponse, payload: Json) -> None:
        raw = json.dumps(payload).encode()
        async with self._send_lock:
            compressor = self._zlib.get(ws)
            if compressor is not None:
                await ws.send_bytes(compressor.compress(raw) + compressor.flush(zlib.Z_SYNC_FLUSH))
            else:
                await ws.send_str(raw.decode())

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        if request.query.get("compress") == "zlib-stream":
            self._zlib[ws] = zlib.compressobj()
        self._sockets.add(ws)
        try:
            await self._send(ws, {"op": 10, "d": {"heartbeat_interval": 41_250}})
            async for msg in ws:
                if msg.type is not WSMsgType.TEXT and msg.type is not WSMsgType.BINARY:
                    break
                await self._on_gateway_frame(ws, json.loads(msg.data))
                async with self._changed:
                    self._changed.notify_all()
        finally:
            self._sockets.discard(ws)
            self._zlib.pop(ws, None)
        return ws

    async def _on_gateway_frame(self, ws: web.WebSocketResponse, frame: Json) -> None:
        op = frame.get("op")
        if op == 1:
            await self._send(ws, {"op": 11})
        elif op == 2:
            if frame["d"].get("token") != self.token:
                await ws.close(code=4004, message=b"Authentication failed.")
                return
            if not self.message_content_enabled and frame["d"].get("intents", 0) & (1 << 15):
                await ws.close(code=4014, message=b"Disallowed intent(s).")
                return
            self.identify = frame["d"]
            ready = {
                "v": 10,
                "user": self.bot,
                "guilds": [{"id": str(self.guild_id), "unavailable": True}],
                "session_id": "fake-session",
                "resume_gateway_url": self.gateway_url,
                "shard": [0, 1],
                "application": {"id": str(self.application_id), "flags": 0},
                "private_channels": [],
                "relationships": [],
            }
            await self._send(ws, {"op": 0, "t": "READY", "s": self._next_seq(), "d": ready})
            await self._send(
                ws, {"op": 0, "t": "GUILD_CREATE", "s": self._next_seq(), "d": self._guild()}
            )
        elif op == 6:
            self.resumes += 1
            await self._send(ws, {"op": 0, "t": "RESUMED", "s": self._next_seq(), "d": {}})
            # Discord replays what the session may have missed: at-least-once delivery.
            for event, data in self.dispatched[len(self.dispatched) - self.replay_on_resume :]:
                await self._send(ws, {"op": 0, "t": event, "s": self._next_seq(), "d": data})

    # -- the REST API ----------------------------------------------------------------

    def _add_routes(self) -> None:
        app = r"\d+"
        self._routes = [
            ("GET", re.compile(r"/users/@me"), self._get_me),
            ("GET", re.compile(r"/oauth2/applications/@me"), self._get_app),
            ("GET", re.compile(r"/gateway/bot"), self._get_gateway),
            (
                "PUT",
                re.compile(rf"/applications/{app}(/guilds/{app})?/commands"),
                self._put_commands,
            ),
            ("POST", re.compile(r"/channels/(\d+)/typing"), self._typing),
            ("POST", re.compile(r"/channels/(\d+)/messages"), self._post_message),
            ("PATCH", re.compile(r"/channels/(\d+)/messages/(\d+)"), self._edit_message),
            ("POST", re.compile(r"/channels/(\d+)/messages/(\d+)/threads"), self._start_thread),
            ("DELETE", re.compile(r"/channels/(\d+)/messages/(\d+)"), self._delete_message),
            ("POST", re.compile(r"/users/@me/channels"), self._open_dm),
            ("POST", re.compile(r"/interactions/(\d+)/([^/]+)/callback"), self._callback),
            ("POST", re.compile(r"/webhooks/(\d+)/([^/]+)"), self._followup),
            (
                "PATCH",
                re.compile(r"/webhooks/(\d+)/([^/]+)/messages/@original"),
                self._edit_original,
            ),
        ]
        self._callback_messages: dict[int, int] = {}

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        body = await request.json() if request.can_read_body else None
        call = Call(request.method, path, body, dict(request.query))
        failure = self._take_failure(call)
        if failure is not None:
            response = self._failure_response(failure)
        elif not self._authorized(request, path):
            response = _json({"message": "401: Unauthorized", "code": 0}, status=401)
        else:
            response = await self._route(request, call)
        async with self._changed:
            self.calls.append(call)
            self._changed.notify_all()
        return response

    def _authorized(self, request: web.Request, path: str) -> bool:
        """Bot routes need the token; interaction routes carry their own token in the path."""
        m = re.match(r"/(?:interactions/\d+|webhooks/\d+)/([^/]+)", path)
        if m is not None:
            return m.group(1) in self._interaction_tokens
        return request.headers.get("Authorization") == f"Bot {self.token}"

    async def _route(self, request: web.Request, call: Call) -> web.Response:
        for method, rx, handler in self._routes:
            if method == call.method and (m := rx.fullmatch(call.path)):
                return await handler(request, m, call.json)
        return _json({"message": "404: Not Found", "code": 0}, status=404)

    def _take_failure(self, call: Call) -> _Failure | None:
        for failure in self._failures:
            if failure.method == call.method and re.fullmatch(failure.path, call.path):
                failure.times -= 1
                if failure.times <= 0:
                    self._failures.remove(failure)
                return failure
        return None

    @staticmethod
    def _failure_response(failure: _Failure) -> web.Response:
        if failure.status == 429:
            retry = failure.retry_after if failure.retry_after is not None else 0.05
            return _json(
                {"message": "You are being rate limited.", "retry_after": retry, "global": False},
                status=429,
                headers={"Via": "1.1 google", "Retry-After": str(retry)},
            )
        text = {403: "Missing Permissions", 404: "Unknown Message"}.get(failure.status, "Error")
        code = {403: 50013, 404: 10008}.get(failure.status, 0)
        return _json({"message": text, "code": code}, status=failure.status)

    async def _get_me(self, request: web.Request, m: re.Match[str], body: Any) -> web.Response:
        return _json(self.bot)

    async def _get_app(self, request: web.Request, m: re.Match[str], body: Any) -> web.Response:
        return _json(
            {
                "id": str(self.application_id),
                "name": "heartline",
                "description": "",
                "icon": None,
                "bot_public": False,
                "bot_require_code_grant": False,
                "owner": self.moderator,
                "team": None,
                "verify_key": "0" * 64,
                "flags": 0,
                "summary": "",
            }
        )

    async def _get_gateway(self, request: web.Request, m: re.Match[str], body: Any) -> web.Response:
        limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
        return _json({"url": self.gateway_url, "shards": 1, "session_start_limit": limit})

    async def _put_commands(
        self, request: web.Request, m: re.Match[str], body: Any
    ) -> web.Response:
        out = []
        for command in body or []:
            out.append(
                {
                    "id": str(self.snowflake()),
                    "application_id": str(self.application_id),
                    "version": str(self.snowflake()),
                    "type": 1,
                    "description": "",
                    "options": [],
                    "default_member_permissions": None,
                    "dm_permission": True,
                    "nsfw": False,
                    **command,
                }
            )
        return _json(out)

    async def _typing(self, request: web.Request, m: re.Match[str], body: Any) -> web.Response:
        return web.Response(status=204)

    async def _post_message(
        self, request: web.Request, m: re.Match[str], body: Any
    ) -> web.Response:
        return _json(self._bot_message(int(m.group(1)), body or {}))

    async def _edit_message(
        self, request: web.Request, m: re.Match[str], body: Any
    ) -> web.Response:
        message = self.messages.get(int(m.group(2)))
        if message is None or message["channel_id"] != m.group(1):
            return _json({"message": "Unknown Message", "code": 10008}, status=404)
        if body and "content" in body:
            message["content"] = body["content"] or ""
            message["edited_timestamp"] = EPOCH
        return _json(message)

    async def _delete_message(
        self, request: web.Request, m: re.Match[str], body: Any
    ) -> web.Response:
        message = self.messages.get(int(m.group(2)))
        if message is None or message["channel_id"] != m.group(1):
            return _json({"message": "Unknown Message", "code": 10008}, status=404)
        del self.messages[int(m.group(2))]
        return web.Response(status=204)

    async def _start_thread(
        self, request: web.Request, m: re.Match[str], body: Any
    ) -> web.Response:
        thread_id = self.snowflake()
        self.guild_channels.add(thread_id)
        thread = {
            "id": str(thread_id),
            "type": 11,
            "guild_id": str(self.guild_id),
            "parent_id": m.group(1),
            "owner_id": str(self.application_id),
            "name": (body or {}).get("name", "thread"),
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "message_count": 0,
            "member_count": 1,
            "flags": 0,
            "thread_metadata": {
                "archived": False,
                "auto_archive_duration": (body or {}).get("auto_archive_duration", 1440),
                "archive_timestamp": EPOCH,
                "locked": False,
            },
        }
        return _json(thread, status=201)

    async def _open_dm(self, request: web.Request, m: re.Match[str], body: Any) -> web.Response:
        uid = int((body or {})["recipient_id"])
        known = {int(u["id"]): u for u in (self.person, self.other_person, self.moderator)}
        user = known.get(uid, self._user(uid, "someone"))
        channel = {"id": str(self.dm_channel_of(user)), "type": 1, "recipients": [user], "flags": 0}
        return _json(channel)

    async def _callback(self, request: web.Request, m: re.Match[str], body: Any) -> web.Response:
        interaction_id = int(m.group(1))
        kind = int((body or {}).get("type", 4))
        data = (body or {}).get("data") or {}
        flags = int(data.get("flags", 0))
        channel_id = self._interaction_channels.get(interaction_id, 0)
        message = self._bot_message(channel_id, data)
        message["interaction_metadata"] = {
            "id": str(interaction_id),
            "type": 2,
            "user": self.person,
            "authorizing_integration_owners": {},
        }
        self._callback_messages[interaction_id] = int(message["id"])
        payload: Json = {
            "interaction": {
                "id": str(interaction_id),
                "type": 2,
                "response_message_id": message["id"],
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool(flags & 64),
            },
        }
        if kind in (4, 7):
            payload["resource"] = {"type": kind, "message": message}
        return _json(payload)

    async def _followup(self, request: web.Request, m: re.Match[str], body: Any) -> web.Response:
        return _json(self._bot_message(self.snowflake(), body or {}))

    async def _edit_original(
        self, request: web.Request, m: re.Match[str], body: Any
    ) -> web.Response:
        """The bot edits an interaction's first answer (``edit_original_response``)."""
        interaction_id = self._token_interactions.get(m.group(2))
        message_id = self._callback_messages.get(interaction_id or 0)
        if message_id is None or message_id not in self.messages:
            return _json({"message": "Unknown Message", "code": 10008}, status=404)
        message = self.messages[message_id]
        for key in ("content", "components"):
            if body and key in body:
                message[key] = body[key] or ([] if key == "components" else "")
        return _json(message)
