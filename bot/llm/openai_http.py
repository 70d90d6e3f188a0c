"""A client for any OpenAI-compatible ``/chat/completions`` server, streamed.

Works with Ollama, llama.cpp's server, vLLM, LM Studio and OpenAI. Failures
of every kind (refused connection, timeouts, HTTP errors, malformed server-
sent events, an empty reply) become :class:`bot.errors.ModelError`. Sending
the request is retried a few times, but never once text has reached the
person: a second attempt could contradict what they already read.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncGenerator, AsyncIterator
from typing import Any
from urllib.parse import urlsplit

import httpx
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential_jitter,
)
from tenacity.stop import stop_base

from bot.errors import ModelError
from bot.llm.think import ThinkFilter
from bot.prompt import Prompt
from bot.telemetry import METRICS, log_event

__all__ = ["OpenAICompatModel", "normalize_base_url"]

log = logging.getLogger(__name__)


def normalize_base_url(url: str) -> str:
    """``http://host:11434`` → ``http://host:11434/v1``; a given path is kept."""
    url = url.rstrip("/")
    return url if urlsplit(url).path else url + "/v1"


class _StopAtDeadline(stop_base):
    """No further attempt once the turn's deadline (loop time) has passed."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline

    def __call__(self, retry_state: RetryCallState) -> bool:
        return asyncio.get_running_loop().time() >= self.deadline


class _Retryable(ModelError):
    """A failure before any text that is worth another try (5xx, 429, network)."""


class OpenAICompatModel:
    """:class:`bot.ports.ChatModel` over HTTP with server-sent events."""

    def __init__(
        self,
        base_url: str,
        model: str,
        *,
        api_key: str | None = None,
        connect_timeout: float = 5.0,
        read_timeout: float = 20.0,
        retries: int = 2,
        max_tokens: int = 400,
        temperature: float = 0.7,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.base_url = normalize_base_url(base_url)
        self.model = model
        self._retries = retries
        self._body = {
            "model": model,
            "stream": True,
            "max_tokens": max_tokens,
            "temperature": temperature,
        }
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.AsyncClient(
            base_url=self.base_url,
            headers=headers,
            timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
            transport=transport,
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    async def stream(self, prompt: Prompt, *, deadline: float) -> AsyncGenerator[str, None]:
        body = dict(self._body)
        body["messages"] = [{"role": m.role.value, "content": m.content} for m in prompt.messages]
        response = await self._send_with_retries(body, deadline)
        try:
            async for piece in self._pieces(response):
                yield piece
        finally:
            await response.aclose()

    async def _send_with_retries(self, body: dict[str, Any], deadline: float) -> httpx.Response:
        retrying = AsyncRetrying(
            stop=stop_after_attempt(self._retries + 1) | _StopAtDeadline(deadline),
            wait=wait_exponential_jitter(multiplier=0.2, max=2.0, jitter=0.2),
            retry=retry_if_exception(lambda e: isinstance(e, _Retryable)),
            reraise=True,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    return await self._send(body)
        except _Retryable as exc:
            raise ModelError(exc.reason) from exc
        raise ModelError("no attempt was made")  # pragma: no cover - tenacity always tries once

    async def _send(self, body: dict[str, Any]) -> httpx.Response:
        request = self._client.build_request("POST", "chat/completions", json=body)
        try:
            response = await self._client.send(request, stream=True)
        except httpx.TimeoutException as exc:
            METRICS.model_errors.labels("timeout").inc()
            raise _Retryable("timeout") from exc
        except httpx.HTTPError as exc:
            METRICS.model_errors.labels("connect").inc()
            raise _Retryable("connect") from exc
        if response.status_code == 200:
            return response
        await response.aclose()
        reason = f"http_{response.status_code}"
        METRICS.model_errors.labels(
            reason if response.status_code in (429, 500, 503) else "http"
        ).inc()
        log_event(log, logging.WARNING, "model_http_error", status=response.status_code)
        if response.status_code == 429 or response.status_code >= 500:
            raise _Retryable(reason)
        raise ModelError(reason)

    async def _pieces(self, response: httpx.Response) -> AsyncIterator[str]:
        think = ThinkFilter()
        sent = False
        try:
            async for line in response.aiter_lines():
                data = _sse_data(line)
                if data is None:
                    continue
                if data == "[DONE]":
                    break
                text = think.feed(_delta_content(data))
                if text:
                    sent = True
                    yield text
        except httpx.TimeoutException as exc:
            METRICS.model_errors.labels("timeout").inc()
            raise ModelError("read timeout", partial=sent) from exc
        except httpx.HTTPError as exc:
            METRICS.model_errors.labels("stream_broken").inc()
            raise ModelError("stream broken", partial=sent) from exc
        except ModelError as exc:
            METRICS.model_errors.labels("malformed").inc()
            raise ModelError(exc.reason, partial=sent) from exc
        rest = think.flush()
        if rest:
            sent = True
            yield rest
        if not sent:
            METRICS.model_errors.labels("empty").inc()
            raise ModelError("empty reply")


def _sse_data(line: str) -> str | None:
    """The payload of a ``data:`` line; None for comments, blanks and other fields."""
    if not line.startswith("data:"):
        if line.strip() and not line.startswith((":", "event:", "id:", "retry:")):
            raise ModelError("malformed event stream")
        return None
    return line[5:].strip()


def _delta_content(data: str) -> str:
    try:
        event = json.loads(data)
        choices = event["choices"]
        if not choices:  # usage-only events at the end of some streams
            return ""
        content = choices[0].get("delta", {}).get("content")
    except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise ModelError("malformed event") from exc
    if content is None:
        return ""
    if not isinstance(content, str):
        raise ModelError("malformed content")
    return content
