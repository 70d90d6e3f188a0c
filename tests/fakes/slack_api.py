"""A fake Slack Web API on loopback, and a signer for Slack's event requests.

Point the real ``AsyncWebClient(base_url=fake.base_url)`` at :class:`FakeSlack`.
Every call is recorded (method name plus its JSON, form or query params) in
``fake.calls``; ``fake.messages`` rebuilds what a person would see in each
channel from those calls (posts, edits, deletions and streams).
Behaviours: streaming supported or ``unknown_method``; a 429 with
``Retry-After`` for the next call of a method (``fail_next``); a rejected token.
``response_url`` posts (slash command answers) arrive on ``/respond/…``.

:class:`SlackSigner` signs request bodies as Slack does:
``v0=`` + HMAC-SHA256 of ``v0:{timestamp}:{body}`` with the signing secret.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from aiohttp import web

from tests.fakes.loopback import serve

__all__ = [
    "Call",
    "FakeSlack",
    "Posted",
    "SlackSigner",
    "command_form",
    "event_callback",
]

TEAM = "T1"
BOT_USER = "UBOT"
BOT_ID = "BBOT"


@dataclass(frozen=True)
class Call:
    method: str
    params: dict[str, Any]
    ok: bool = True  # what the fake answered


@dataclass
class Posted:
    """One message as a person sees it in the fake workspace."""

    channel: str
    ts: str
    text: str
    thread_ts: str | None
    streamed: bool = False
    edits: int = 0


@dataclass
class _Failure:
    status: int
    retry_after: int
    error: str = "ratelimited"


@dataclass
class FakeSlack:
    streaming: bool = True
    token_ok: bool = True
    locale: str = "en-US"  # every person's locale, as users.info reports it
    calls: list[Call] = field(default_factory=list)
    messages: dict[tuple[str, str], Posted] = field(default_factory=dict)
    _failures: dict[str, list[_Failure]] = field(default_factory=dict)
    _ts: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _changed: asyncio.Condition | None = None
    _runner: web.AppRunner | None = None
    _sockets: list[web.WebSocketResponse] = field(default_factory=list)
    port: int = 0

    # -- lifecycle ---------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, name: str = "1") -> str:
        return f"http://127.0.0.1:{self.port}/respond/{name}"

    async def start(self) -> FakeSlack:
        self._changed = asyncio.Condition()
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/respond/{name}", self._respond)
        app.router.add_get("/link", self._socket_mode)
        self._runner, self.port = await serve(app, access_log=None)
        return self

    async def close(self) -> None:
        for ws in self._sockets:
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # -- what tests arrange and read ------------------------------------------------

    def fail_next(
        self, method: str, *, status: int = 429, retry_after: int = 0, error: str = "ratelimited"
    ) -> None:
        """The next call of ``method`` fails with ``status`` (and Retry-After)."""
        self._failures.setdefault(method, []).append(_Failure(status, retry_after, error))

    def called(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    def in_channel(self, channel: str) -> list[Posted]:
        return [m for m in self.messages.values() if m.channel == channel]

    def texts_sent(self) -> list[str]:
        """Every piece of text heartline sent anywhere, for leak and ping checks."""
        out = []
        for call in self.calls:
            for key in ("text", "markdown_text"):
                if isinstance(call.params.get(key), str):
                    out.append(call.params[key])
            for chunk in call.params.get("chunks") or []:
                if isinstance(chunk, dict) and isinstance(chunk.get("text"), str):
                    out.append(chunk["text"])
        return out

    async def wait_for(self, check: Callable[[], Any], within: float = 10.0) -> Any:
        """Wait until ``check()`` is truthy (re-checked on every call); its value."""
        assert self._changed is not None

        async def until() -> Any:
            assert self._changed is not None
            async with self._changed:
                while not (result := check()):
                    await self._changed.wait()
                return result

        return await asyncio.wait_for(until(), within)

    # -- the API -------------------------------------------------------------------

    async def _record(self, method: str, params: dict[str, Any], ok: bool = True) -> None:
        self.calls.append(Call(method, params, ok))
        assert self._changed is not None
        async with self._changed:
            self._changed.notify_all()

    @staticmethod
    async def _params(request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            params.update(await request.json())
        elif request.can_read_body:
            params.update(dict(await request.post()))
        for key in ("chunks", "prompts"):
            if isinstance(params.get(key), str):
                params[key] = json.loads(params[key])
        return params

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await self._params(request)
        failures = self._failures.get(method)
        if failures:
            failure = failures.pop(0)
            await self._record(f"{method}#{failure.status}", params, ok=False)
            return web.json_response(
                {"ok": False, "error": failure.error},
                status=failure.status,
                headers={"Retry-After": str(failure.retry_after)},
            )
        body = self._answer(method, params)
        await self._record(method, params, ok=bool(body.get("ok")))
        return web.json_response(body)

    def _next_ts(self) -> str:
        return f"1700000000.{next(self._ts):06d}"

    def _answer(self, method: str, p: dict[str, Any]) -> dict[str, Any]:
        if not self.token_ok:
            return {"ok": False, "error": "invalid_auth"}
        if method == "apps.connections.open":
            return {"ok": True, "url": f"ws://127.0.0.1:{self.port}/link"}
        if method == "auth.test":
            return {
                "ok": True,
                "team_id": TEAM,
                "team": "Test",
                "user_id": BOT_USER,
                "user": "heartline",
                "bot_id": BOT_ID,
                "url": "https://test.slack.com/",
            }
        if method in ("chat.startStream", "chat.appendStream", "chat.stopStream"):
            if not self.streaming:
                return {"ok": False, "error": "unknown_method"}
            return self._stream(method, p)
        return self._chat(method, p)

    def _chat(self, method: str, p: dict[str, Any]) -> dict[str, Any]:
        channel = str(p.get("channel") or p.get("channel_id") or "")
        if method == "chat.postMessage":
            ts = self._next_ts()
            thread = p.get("thread_ts")
            self.messages[(channel, ts)] = Posted(channel, ts, str(p.get("text", "")), thread)
            return {"ok": True, "channel": channel, "ts": ts}
        if method == "chat.update":
            message = self.messages.get((channel, str(p.get("ts"))))
            if message is None:
                return {"ok": False, "error": "message_not_found"}
            message.text, message.edits = str(p.get("text", "")), message.edits + 1
            return {"ok": True, "channel": channel, "ts": message.ts}
        if method == "chat.delete":
            self.messages.pop((channel, str(p.get("ts"))), None)
            return {"ok": True}
        if method == "chat.getPermalink":
            ts = str(p.get("message_ts", "")).replace(".", "")
            return {"ok": True, "permalink": f"https://test.slack.com/archives/{channel}/p{ts}"}
        if method == "users.info":
            return {"ok": True, "user": {"id": p.get("user"), "locale": self.locale}}
        if method.startswith("assistant.threads."):
            return {"ok": True}
        return {"ok": False, "error": "unknown_method"}

    def _stream(self, method: str, p: dict[str, Any]) -> dict[str, Any]:
        channel = str(p.get("channel", ""))
        text = str(p.get("markdown_text") or "") + "".join(
            str(c.get("text", "")) for c in p.get("chunks") or [] if isinstance(c, dict)
        )
        if method == "chat.startStream":
            ts = self._next_ts()
            self.messages[(channel, ts)] = Posted(
                channel, ts, text, p.get("thread_ts"), streamed=True
            )
            return {"ok": True, "channel": channel, "ts": ts}
        message = self.messages.get((channel, str(p.get("ts"))))
        if message is None:
            return {"ok": False, "error": "message_not_found"}
        message.text += text
        return {"ok": True, "channel": channel, "ts": message.ts}

    # -- Socket Mode -----------------------------------------------------------------

    async def socket_send(self, envelope: dict[str, Any]) -> None:
        """Send one Socket Mode envelope to the connected app."""
        await self.wait_for(lambda: self._sockets)
        await self._sockets[-1].send_json(envelope)

    async def _socket_mode(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.append(ws)
        await self._record("socket_connected", {})
        await ws.send_json({"type": "hello", "num_connections": 1, "debug_info": {}})
        async for frame in ws:
            if frame.type == web.WSMsgType.TEXT:
                await self._record("socket_ack", json.loads(frame.data))
        return ws

    async def _respond(self, request: web.Request) -> web.Response:
        await self._record(f"response_url:{request.match_info['name']}", await request.json())
        return web.Response(text="ok")


class SlackSigner:
    """Signs request bodies the way Slack does (``X-Slack-Signature``)."""

    def __init__(self, secret: str) -> None:
        self.secret = secret

    def headers(
        self, body: str, *, timestamp: int | None = None, retry: int | None = None
    ) -> dict[str, str]:
        ts = str(int(time.time()) if timestamp is None else timestamp)
        base = f"v0:{ts}:{body}".encode()
        digest = hmac.new(self.secret.encode(), base, hashlib.sha256).hexdigest()
        headers = {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}
        if retry is not None:
            headers["X-Slack-Retry-Num"] = str(retry)
            headers["X-Slack-Retry-Reason"] = "http_timeout"
        return headers


_event_ids = itertools.count(1)


def event_callback(
    event: dict[str, Any], *, team_id: str = TEAM, event_id: str | None = None
) -> str:
    """An Events API request body as Slack sends it."""
    return json.dumps(
        {
            "token": "legacy-verification-token",
            "team_id": team_id,
            "api_app_id": "A1",
            "event": event,
            "type": "event_callback",
            "event_id": event_id or f"Ev{next(_event_ids):04d}",
            "event_time": int(time.time()),
            "authorizations": [
                {"team_id": team_id, "user_id": BOT_USER, "is_bot": True, "enterprise_id": None}
            ],
        }
    )


def command_form(text: str, *, response_url: str, user_id: str = "U1", team_id: str = TEAM) -> str:
    """A slash command request body (form-encoded) as Slack sends it."""
    return urlencode(
        {
            "token": "legacy-verification-token",
            "team_id": team_id,
            "team_domain": "test",
            "channel_id": "C1",
            "channel_name": "general",
            "user_id": user_id,
            "user_name": "someone",
            "command": "/heartline",
            "text": text,
            "api_app_id": "A1",
            "response_url": response_url,
            "trigger_id": "1.2.3",
        }
    )
