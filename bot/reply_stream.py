"""Turn a model's raw stream into what a person may read.

Three jobs, in order:
1. Deadline and fallback: the model gets until ``deadline``. If it fails or
   stalls before saying anything, the offline responder answers instead; if
   it breaks mid-way, what was said stays and a short kind line ends it.
2. Sentence release: text is held until a sentence is complete, so every
   sentence passes the safe-messaging filter before anyone sees it.
3. Filtering: a sentence that fails the filter (or is garbage) stops the
   model; the whole reply is replaced by a safe one.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import aclosing
from dataclasses import dataclass
from typing import Any

from bot.domain import ReplyKind
from bot.errors import ModelError
from bot.outfilter import check_reply
from bot.ports import ChatModel
from bot.prompt import Prompt
from bot.telemetry import METRICS

__all__ = ["Piece", "safe_stream"]

# A sentence ends at . ! ? or a line break, followed by space or the end.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"')\]]*\s+|\n+")
_LIST_NUMBER = re.compile(r"\s*\d{1,3}[.)]\s+")


@dataclass(frozen=True, slots=True)
class Piece:
    """Text released to the person; ``replace`` discards what was shown before."""

    text: str
    kind: ReplyKind
    replace: bool = False


def _garbage(sentence: str) -> bool:
    """Mostly symbols or binary: a broken model, not words."""
    stripped = sentence.strip()
    if not stripped:
        return False
    good = sum(ch.isalpha() or ch.isspace() for ch in stripped)
    return good / len(stripped) < 0.5 or "\ufffd" in stripped


async def _raw(
    *,
    model: ChatModel,
    offline: ChatModel,
    prompt: Prompt,
    deadline: float,
    kind: ReplyKind,
    stop: asyncio.Event,
) -> AsyncGenerator[tuple[str, ReplyKind | None, bool], None]:
    """The model's pieces, or the offline responder's if the model fails first.

    Items are (text, kind, end); the last has ``end`` set. A ``None`` kind
    marks a stream that broke after some text.
    """
    said = False
    stream = model.stream(prompt, deadline=deadline)  # nothing is sent before the first piece
    stopped = asyncio.ensure_future(stop.wait())
    try:
        while True:
            try:
                piece = await _next_piece(stream, deadline, stop, stopped)
            except StopAsyncIteration:
                yield "", kind, True
                return
            said = said or bool(piece.strip())
            yield piece, kind, False
    except ModelError:
        if said:
            yield "", None, True
            return
        METRICS.fallbacks.inc()
        async for piece in offline.stream(prompt, deadline=deadline):
            yield piece, ReplyKind.FALLBACK, False
        yield "", ReplyKind.FALLBACK, True
    finally:
        stopped.cancel()
        await stream.aclose()


async def _next_piece(
    stream: AsyncIterator[str], deadline: float, stop: asyncio.Event, stopped: asyncio.Future[Any]
) -> str:
    """The model's next piece, unless the deadline passes or the turn is stopped
    (a crisis message from the same person is waiting). A turn stopped before
    its first piece never asks the model at all."""
    remaining = deadline - asyncio.get_running_loop().time()
    if stop.is_set():
        METRICS.model_errors.labels("preempted").inc()
        raise ModelError("preempted")
    if remaining <= 0:
        raise ModelError("deadline")
    piece = asyncio.ensure_future(anext(stream))
    try:
        waiting: list[asyncio.Future[Any]] = [piece, stopped]
        done, _ = await asyncio.wait(waiting, timeout=remaining, return_when="FIRST_COMPLETED")
    finally:
        if not piece.done():  # timed out, stopped, or we were cancelled ourselves
            piece.cancel()
            with contextlib.suppress(asyncio.CancelledError, StopAsyncIteration, ModelError):
                await piece
    if piece in done:
        return piece.result()
    METRICS.model_errors.labels("preempted" if stopped.done() else "deadline").inc()
    raise ModelError("preempted" if stopped.done() else "deadline")


def _sentences(buffer: str) -> tuple[list[str], str]:
    """Complete sentences at the front of ``buffer``, and what is left.

    A list number ("1. ", "12) ") opens its item rather than ending a
    sentence: alone it would read as a sentence of symbols, that is, garbage.
    """
    done = []
    start = 0
    while (m := _SENTENCE_END.search(buffer, start)) is not None:
        if _LIST_NUMBER.fullmatch(buffer[: m.end()]):
            start = m.end()
            continue
        done.append(buffer[: m.end()])
        buffer = buffer[m.end() :]
        start = 0
    return done, buffer


async def safe_stream(
    model: ChatModel,
    offline: ChatModel,
    prompt: Prompt,
    *,
    deadline: float,
    kind: ReplyKind,
    broken_line: str,
    filtered_line: str,
    stop: asyncio.Event | None = None,
) -> AsyncGenerator[Piece, None]:
    """Released, filtered pieces; the caller concatenates (or replaces) them.

    Setting ``stop`` ends the model's part at once, as a failure would.
    """
    buffer = ""
    shown = ""
    current = kind
    garbage = False
    raw_stream = _raw(
        model=model,
        offline=offline,
        prompt=prompt,
        deadline=deadline,
        kind=kind,
        stop=stop or asyncio.Event(),
    )
    async with aclosing(raw_stream):
        async for raw, source, end in raw_stream:
            if source is None:
                # Drop the half sentence; what was shown stays and a kind line ends it.
                if shown:
                    yield Piece("\n\n" + broken_line, current)
                break
            if source is not current and not shown:
                current, buffer = source, ""  # the model's half sentence is dropped
            ready, buffer = _sentences(buffer + raw)
            if end and buffer.strip():
                ready.append(buffer)
            for sentence in ready:
                verdict = _verdict(sentence, current, shown)
                if verdict == "bad":
                    METRICS.filtered.inc()
                    yield Piece(filtered_line, current, replace=True)
                    return
                if verdict == "garbage":
                    garbage = True
                    break
                shown += sentence
                yield Piece(sentence, current)
            if garbage:
                break
    if garbage or not shown.strip():
        async for piece in _recover(shown, offline, prompt, deadline, broken_line):
            yield piece


def _verdict(sentence: str, kind: ReplyKind, shown: str) -> str:
    if kind is ReplyKind.CHAT and _garbage(sentence):
        return "garbage"
    # The offline banks are vetted text; only model output is filtered. What was
    # shown goes along: a detail can end a sentence or list item after it starts.
    if kind is ReplyKind.CHAT and not check_reply(sentence, before=shown).ok:
        return "bad"
    return "ok"


async def _recover(
    shown: str, offline: ChatModel, prompt: Prompt, deadline: float, broken_line: str
) -> AsyncIterator[Piece]:
    """The model produced garbage: end kindly, or let the offline responder answer."""
    if shown.strip():
        yield Piece("\n\n" + broken_line, ReplyKind.CHAT)
        return
    METRICS.model_errors.labels("garbage").inc()
    METRICS.fallbacks.inc()
    text = "".join([p async for p in offline.stream(prompt, deadline=deadline)])
    yield Piece(text, ReplyKind.FALLBACK)
