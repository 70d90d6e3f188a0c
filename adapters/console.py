"""The console adapter: a terminal (or a pipe) as a conversation.

Three modes: interactive (a terminal; replies printed whole above the line
being typed, see :mod:`adapters.terminal`), lines (stdin is a pipe; one
message a line, each reply printed whole) and JSON lines (``--jsonl``;
exactly one JSON object out per line in, printed as soon as it is ready). In
every mode each line goes to the core as soon as it is entered or read, also
while earlier replies are still being written, so a crisis line never waits
behind a slow reply. It only translates lines to :class:`IncomingMessage` and
replies to text.
"""

from __future__ import annotations

import asyncio
import json
import sys
import uuid
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from dataclasses import dataclass
from functools import partial
from typing import Any, TextIO

from adapters.memory_view import snapshot_text
from adapters.terminal import TerminalScreen
from bot.core import Conversation
from bot.domain import IncomingMessage, UserKey
from bot.risk.crisis import country_from_locale

__all__ = ["ConsoleAdapter", "parse_jsonl_line"]

PLATFORM = "console"
_COMMANDS = ("/help", "/resources", "/memory", "/forget", "/pause", "/resume", "/quit")
_YOU = "you> "
_WRITING = "heartline> …"  # the status line while a reply is being written
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
                if text.strip().lower() == "/quit":
                    break  # the replies already asked for are still printed
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
        """A person at a terminal. Each line goes to the core the moment Enter
        is pressed, also while earlier replies are still being written, so a
        crisis line never waits behind a slow or hung model. Replies are
        printed whole above the input line, which keeps what the person was
        typing; a reply to a message that is no longer the latest says which
        message it answers. Ctrl-D or ``/quit`` waits for the replies already
        asked for; Ctrl-C leaves at once."""
        self._write(self.conversation.crisis.help_text(locale=self.locale) + "\n")
        self._write(f"Commands: {' '.join(_COMMANDS)}\n\n")
        if not TerminalScreen.usable(self.stdin, self.stdout):
            # Output redirected (or no termios): nothing to draw on, but input
            # is still read as it comes, and replies come whole and in order.
            await self.run_lines()
            return
        screen = TerminalScreen(self.stdin, self.stdout, prompt=_YOU, busy_line=_WRITING)
        async with screen, _answering() as replies:
            number = 0
            while (text := await screen.read_line()) is not None:
                number += 1
                command = text.strip().lower()
                if command == "/quit":
                    break
                if command == "/forget":
                    # Forgetting waits for this person's turns (the core's lock),
                    # which may wait on the model: not in the way of reading.
                    await replies.start(partial(self._show_command, screen, command))
                elif command in _COMMANDS:
                    # Quick and model-free: done before the next line is sent,
                    # so the lines typed after /pause see it.
                    await self._show_command(screen, command)
                else:
                    await replies.start(partial(self._show_reply, screen, text, number))
            screen.stop_reading()

    async def _show_reply(self, screen: TerminalScreen, text: str, number: int) -> None:
        with screen.busy():
            reply = await self.conversation.respond(self._message(self.user, text))
        if reply is not None:
            # The person has entered more since: say which message this answers.
            late = screen.submitted > number
            label = f'heartline (to "{_excerpt(text)}")> ' if late else "heartline> "
            screen.show(f"{label}{reply.text}\n\n")

    async def _show_command(self, screen: TerminalScreen, command: str) -> None:
        out = await self._command_text(command)
        if out is not None:
            screen.show(out + "\n")

    async def _command(self, text: str) -> bool:
        """Run ``text`` if it is a command and print its answer; False if it is none."""
        out = await self._command_text(text.strip().lower())
        if out is None:
            return False
        self._write(out + "\n")
        return True

    async def _command_text(self, command: str) -> str | None:
        """Console equivalents of the platform slash commands; None for no command."""
        conv, key = self.conversation, UserKey(PLATFORM, self.user)
        if command == "/help":
            return conv.crisis.help_text(locale=self.locale)
        if command == "/resources":
            country = country_from_locale(self.locale, None)  # None: the deployment's default
            return conv.crisis.resources_text(country, locale=self.locale)
        if command == "/memory":
            return snapshot_text(
                await conv.memory(key),
                conv.persona.notice("nothing_remembered", locale=self.locale),
            )
        if command == "/forget":
            await conv.forget(key)
            return conv.persona.notice("forgotten", locale=self.locale)
        if command == "/pause":
            await conv.pause(key)
            return conv.persona.notice("paused_ack", locale=self.locale)
        if command == "/resume":
            await conv.resume(key)
            return conv.persona.notice("resumed_ack", locale=self.locale)
        return None


def _excerpt(text: str, limit: int = 40) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
