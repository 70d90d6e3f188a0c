"""A fake OpenAI-compatible chat server on loopback, for the real httpx client.

Tests queue behaviours (``server.queue(Stream([...]))``); each request takes
the next one, or the default when the queue is empty. Every request body is
recorded so tests can assert exactly what reached the model.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.fakes.loopback import serve

__all__ = ["Cut", "FakeOpenAI", "Garbage", "Hang", "Malformed", "Status", "Stream"]


@dataclass
class Stream:
    """A normal streamed reply, one SSE event per piece."""

    pieces: list[str] = field(default_factory=lambda: ["I hear you. ", "That sounds hard."])
    delay: float = 0.0


@dataclass
class Hang:
    seconds: float = 30.0


@dataclass
class Status:
    code: int = 500


@dataclass
class Cut:
    """Send some pieces, then drop the connection mid-stream."""

    pieces: list[str] = field(default_factory=lambda: ["I'm listening, ", "and "])


@dataclass
class Malformed:
    """Events that are not JSON at all."""


@dataclass
class Garbage:
    """Well-formed events whose content is symbol soup."""


Behaviour = Stream | Hang | Status | Cut | Malformed | Garbage


def _event(content: str) -> bytes:
    body = {
        "id": "x",
        "object": "chat.completion.chunk",
        "choices": [{"index": 0, "delta": {"content": content}}],
    }
    return f"data: {json.dumps(body)}\n\n".encode()


class FakeOpenAI:
    def __init__(self, default: Behaviour | None = None) -> None:
        self.default: Behaviour = default or Stream()
        self._queue: deque[Behaviour] = deque()
        self.requests: list[dict[str, Any]] = []
        # GET /v1/models: what it lists, the status it answers, the auth it saw.
        self.models: list[str] = ["llama3.2:3b"]
        self.models_status = 200
        self.models_auth: list[str | None] = []
        self._runner: web.AppRunner | None = None
        self._closing = asyncio.Event()
        self._arrived = asyncio.Condition()
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def queue(self, *behaviours: Behaviour) -> None:
        self._queue.extend(behaviours)

    async def wait_for_requests(self, count: int) -> None:
        """Return once ``count`` requests have arrived in all (callers bound the wait)."""
        async with self._arrived:
            await self._arrived.wait_for(lambda: len(self.requests) >= count)

    def prompts(self) -> list[str]:
        """Every request's messages flattened to one text, for leak checks."""
        return ["\n".join(m["content"] for m in r["messages"]) for r in self.requests]

    async def start(self) -> FakeOpenAI:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._chat)
        app.router.add_get("/v1/models", self._models)
        self._runner, self.port = await serve(app)
        return self

    async def close(self) -> None:
        self._closing.set()  # release hanging handlers so shutdown is quick
        if self._runner is not None:
            await self._runner.cleanup()

    async def _models(self, request: web.Request) -> web.Response:
        self.models_auth.append(request.headers.get("Authorization"))
        if self.models_status != 200:
            return web.json_response({"error": {"message": "fake"}}, status=self.models_status)
        data = [{"id": m, "object": "model", "owned_by": "fake"} for m in self.models]
        return web.json_response({"object": "list", "data": data})

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        async with self._arrived:
            self.requests.append(body)
            self._arrived.notify_all()
        behaviour = self._queue.popleft() if self._queue else self.default
        if isinstance(behaviour, Status):
            return web.json_response({"error": {"message": "fake"}}, status=behaviour.code)
        if isinstance(behaviour, Hang):
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), behaviour.seconds)
            return web.json_response({}, status=504)
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        if isinstance(behaviour, Stream):
            for piece in behaviour.pieces:
                if behaviour.delay:
                    await asyncio.sleep(behaviour.delay)
                await response.write(_event(piece))
            await response.write(b"data: [DONE]\n\n")
        elif isinstance(behaviour, Cut):
            for piece in behaviour.pieces:
                await response.write(_event(piece))
            await asyncio.sleep(0.05)
            assert request.transport is not None
            request.transport.close()
            return response
        elif isinstance(behaviour, Malformed):
            await response.write(b"data: {not json at all\n\n")
        elif isinstance(behaviour, Garbage):
            await response.write(
                _event("\u0000\u0001 #$%^&*()_+{}|:<>?~ \ufffd\ufffd ### @@@ !!!. ")
            )
            await response.write(b"data: [DONE]\n\n")
        await response.write_eof()
        return response
