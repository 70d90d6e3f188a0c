"""The console adapter: a terminal (or a pipe) as a conversation.

Three modes: interactive (a terminal; replies stream as they come), lines
(stdin is a pipe; one message a line, each reply printed whole) and JSON
lines (``--jsonl``; exactly one JSON object out per line in, printed as soon
as it is ready). In both piped modes every line goes to the core as soon as
it is read, so a crisis line never waits behind a slow reply. It only
translates lines to :class:`IncomingMessage` and replies to text.
"""

from __future__ import annotations

import asyncio
import json
import sys
import uuid
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import aclosing, asynccontextmanager
from dataclasses import dataclass
from functools import partial
from typing import Any, TextIO

from adapters.memory_view import snapshot_text
from bot.core import Conversation
from bot.domain import IncomingMessage, UserKey

__all__ = ["ConsoleAdapter", "parse_jsonl_line"]

PLATFORM = "console"
_COMMANDS = ("/help", "/resources", "/memory", "/forget", "/pause", "/resume", "/quit")
_IN_FLIGHT = 256  # lines read ahead of their replies: bounds memory on a big pipe


@dataclass(frozen=True, slots=True)
class _Line:
    user: str
    text: str


def parse_jsonl_line(line: str, default_user: str) -> _Line:
    """Plain text, or ``{"user": ..., "text": ...}``; anything else is plain text."""
    stripped = line.strip()
    if stripped.startswith("{"):
        try:
            data = json.loads(stripped)
        except ValueError:
            return _Line(default_user, line.rstrip("\n"))
        if isinstance(data, dict):
            user = data.get("user", default_user)
            text = data.get("text", "")
            return _Line(str(user) if user else default_user, text if isinstance(text, str) else "")
    return _Line(default_user, line.rstrip("\n"))


class _Answers:
    """Replies being worked on at once, each printing its own output when done."""

    def __init__(self, group: asyncio.TaskGroup) -> None:
        self._group = group
        self._slots = asyncio.Semaphore(_IN_FLIGHT)
        self._running: set[asyncio.Task[None]] = set()

    async def start(self, answer: Callable[[], Coroutine[Any, Any, None]]) -> None:
        await self._slots.acquire()  # before the coroutine exists, so none is left unawaited
        task = self._group.create_task(answer())
        self._running.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[None]) -> None:
        self._running.discard(task)
        self._slots.release()

    async def settle(self) -> None:
        """Wait until every reply started so far is out."""
        if self._running:
            await asyncio.wait(self._running)


@asynccontextmanager
async def _answering() -> AsyncIterator[_Answers]:
    """Leaving waits for every reply. The first failure (say a StorageError) is
    raised as itself, so the command line still reports it in one clear line."""
    try:
        async with asyncio.TaskGroup() as group:
            yield _Answers(group)
    except ExceptionGroup as failed:
        raise failed.exceptions[0] from None


class ConsoleAdapter:
    def __init__(
        self,
        conversation: Conversation,
        *,
        user: str,
        locale: str | None = None,
        stdin: TextIO = sys.stdin,
        stdout: TextIO = sys.stdout,
    ) -> None:
        self.conversation = conversation
        self.user = user
        self.locale = locale
        self.stdin = stdin
        self.stdout = stdout

    def _message(self, user: str, text: str) -> IncomingMessage:
        return IncomingMessage(
            platform=PLATFORM,
            user_id=user,
            conversation_id=f"{PLATFORM}:{user}",
            message_id=uuid.uuid4().hex,
            text=text,
            is_private=True,
            locale=self.locale,
        )

    async def _lines(self) -> list[str] | None:
        line = await asyncio.to_thread(self.stdin.readline)
        return None if line == "" else [line]

    def _write(self, text: str) -> None:
        self.stdout.write(text)
        self.stdout.flush()

    async def run_jsonl(self) -> None:
        """One row out per line in, each printed as soon as it is ready.

        Each line is handed to the core as soon as it is read, and its row is
        written when its reply is done: a crisis row is never held behind
        another row waiting on a slow model. Rows of different people may so
        come out of input order; each carries its ``user`` and its 1-based
        input ``line``. One person's rows keep their order, since the core
        answers a person's messages in order.
        """
        async with _answering() as rows:
            number = 0
            while (lines := await self._lines()) is not None:
                number += 1
                parsed = parse_jsonl_line(lines[0], self.user)
                await rows.start(partial(self._row, parsed, number))

    async def _row(self, parsed: _Line, number: int) -> None:
        reply = await self.conversation.respond(self._message(parsed.user, parsed.text))
        row = {
            "user": parsed.user,
            "reply": reply.text if reply else "",
            "risk": reply.risk.label if reply else "none",
            "line": number,
        }
        self._write(json.dumps(row, ensure_ascii=False) + "\n")

    async def run_lines(self) -> None:
        """One reply per message line, printed whole, in input order: the core
        answers one person in order. A command waits for the replies before
        it, so ``/pause`` takes effect exactly where it was written."""
        async with _answering() as replies:
            while (lines := await self._lines()) is not None:
                text = lines[0].rstrip("\n")
                if text.strip().lower() in _COMMANDS:
                    await replies.settle()
                    if await self._command(text):
                        continue
                await replies.start(partial(self._print_reply, text))

    async def _print_reply(self, text: str) -> None:
        reply = await self.conversation.respond(self._message(self.user, text))
        if reply is not None:
            self._write(reply.text + "\n")

    async def run_interactive(self) -> None:
        self._write(self.conversation.crisis.help_text() + "\n")
        self._write(f"Commands: {' '.join(_COMMANDS)}\n\n")
        while True:
            self._write("you> ")
            lines = await self._lines()
            if lines is None:
                self._write("\n")
                return
            text = lines[0].rstrip("\n")
            if text.strip() == "/quit":
                return
            if await self._command(text):
                continue
            await self._stream(text)

    async def _stream(self, text: str) -> None:
        self._write("heartline> ")
        shown = ""
        async with aclosing(self.conversation.handle(self._message(self.user, text))) as chunks:
            async for chunk in chunks:
                if chunk.replaced:
                    self._write("\n[let me say that differently]\n")
                    shown = ""
                new = chunk.text[len(shown) :] if chunk.text.startswith(shown) else chunk.text
                self._write(new)
                shown = chunk.text
        self._write("\n\n")

    async def _command(self, text: str) -> bool:
        """Console equivalents of the platform slash commands."""
        command = text.strip().lower()
        if command not in _COMMANDS:
            return False
        conv, key = self.conversation, UserKey(PLATFORM, self.user)
        out: str
        if command == "/help":
            out = conv.crisis.help_text()
        elif command == "/resources":
            out = conv.crisis.resources_text(None)
        elif command == "/memory":
            out = snapshot_text(
                await conv.memory(key),
                conv.persona.notice("nothing_remembered", locale=self.locale),
            )
        elif command == "/forget":
            await conv.forget(key)
            out = conv.persona.notice("forgotten", locale=self.locale)
        elif command == "/pause":
            await conv.pause(key)
            out = conv.persona.notice("paused_ack", locale=self.locale)
        elif command == "/resume":
            await conv.resume(key)
            out = conv.persona.notice("resumed_ack", locale=self.locale)
        else:
            return False
        self._write(out + "\n")
        return True
