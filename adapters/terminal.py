"""An interactive terminal: one input line kept at the bottom, text printed above it.

While open it owns the terminal's modes: no canonical input and no echo, so it
gets keys as they are typed and draws the input line itself; that is what lets
it print a reply while the person is half way through typing and then redraw
what they typed. The modes are given back on close, also after Ctrl-C or an
error, and around Ctrl-Z. Keys are read by the event loop's reader on stdin,
never by a thread, so a line is read the moment Enter is pressed whatever else
is going on, and nothing blocks exit. It knows nothing of heartline: lines in,
text out. POSIX terminals only (termios).
"""

from __future__ import annotations

import asyncio
import codecs
import contextlib
import os
import signal
import sys
import unicodedata
from collections.abc import Iterator
from types import TracebackType
from typing import Any, TextIO

if sys.platform != "win32":
    import termios

__all__ = ["LineEditor", "TerminalScreen", "fit_line"]

_DEFAULT_COLUMNS = 80


class LineEditor:
    """Typed bytes in, finished lines out, with the editing keys a terminal's own
    line discipline has: Backspace, Ctrl-U (clear), Ctrl-W (delete a word).
    Ctrl-D on an empty line is the end of input. Escape sequences (arrow keys,
    Alt+key) and other control keys are dropped rather than typed as symbols."""

    def __init__(self, encoding: str = "utf-8") -> None:
        self.text = ""
        self._decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        self._escape = ""  # the start of an escape sequence being skipped

    def feed(self, data: bytes) -> list[str | None]:
        """The lines ``data`` finishes, in order; ``None`` is the end of input.
        A character split across two reads is joined."""
        done: list[str | None] = []
        for ch in self._decoder.decode(data):
            if self._escape:
                self._skip(ch)
            elif ch in "\r\n":
                done.append(self.text)
                self.text = ""
            elif ch == "\x04":
                if not self.text:
                    done.append(None)
            elif ch in "\x7f\b":
                self.text = self.text[:-1]
            elif ch == "\x15":
                self.text = ""
            elif ch == "\x17":
                self.text = self.text.rstrip()
                self.text = self.text[: self.text.rfind(" ") + 1]
            elif ch == "\x1b":
                self._escape = ch
            elif ch == "\t":
                self.text += " "
            elif ch >= " ":
                self.text += ch
        return done

    def _skip(self, ch: str) -> None:
        if self._escape == "\x1b" and ch in "[O":
            self._escape += ch  # CSI or SS3: runs to a final character
        elif self._escape == "\x1b[" and not "@" <= ch <= "~":
            return  # a CSI parameter: keep skipping
        else:
            self._escape = ""


def _columns_of(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Cf", "Mn", "Me"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def fit_line(prompt: str, text: str, columns: int) -> str:
    """``prompt + text`` in one row of ``columns``, last column left free: when
    it is too long the end of ``text`` is kept (where the person types) and the
    cut start shows as an ellipsis. One row, so a redraw only clears one row."""
    room = columns - 1 - sum(map(_columns_of, prompt))
    if sum(map(_columns_of, text)) <= room:
        return prompt + text
    kept: list[str] = []
    used = 1  # the ellipsis
    for ch in reversed(text):
        used += _columns_of(ch)
        if used > room:
            break
        kept.append(ch)
    return prompt + "…" + "".join(reversed(kept))


class TerminalScreen:
    """Text printed above, an input line (and, while busy, a status line above
    it) at the bottom. Use as ``async with``; check :meth:`usable` first."""

    def __init__(self, stdin: TextIO, stdout: TextIO, *, prompt: str, busy_line: str) -> None:
        self._in = stdin.fileno()
        self._out = stdout
        self._prompt = prompt
        self._busy_line = busy_line
        self._editor = LineEditor(stdin.encoding or "utf-8")
        self._lines: asyncio.Queue[str | None] = asyncio.Queue()
        self._saved: list[Any] | None = None
        self._busy = 0
        self._reading = False
        self._rows = 0  # rows of the bottom area now on screen; the cursor is on the last
        self.submitted = 0  # lines entered so far, read by the caller or not yet

    @staticmethod
    def usable(stdin: TextIO, stdout: TextIO) -> bool:
        """Both ends are a terminal this can draw on."""
        return sys.platform != "win32" and stdin.isatty() and stdout.isatty()

    async def __aenter__(self) -> TerminalScreen:
        self._keys_mode()
        loop = asyncio.get_running_loop()
        loop.add_reader(self._in, self._readable)
        self._reading = True
        with contextlib.suppress(ValueError, RuntimeError):  # only the main thread may
            loop.add_signal_handler(signal.SIGTSTP, self._suspend)
        self._draw()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.stop_reading()
            self._erase()
            self._flush()
        finally:  # the modes go back whatever happened, or the person's shell is left unusable
            with contextlib.suppress(ValueError, RuntimeError):
                asyncio.get_running_loop().remove_signal_handler(signal.SIGTSTP)
            self._restore_modes()

    async def read_line(self) -> str | None:
        """The next line entered; ``None`` once input has ended (Ctrl-D, hang-up)."""
        return await self._lines.get()

    def show(self, text: str) -> None:
        """Print ``text`` above the bottom area, which is drawn again under it."""
        self._erase()
        self._out.write(text)
        self._draw()

    @contextlib.contextmanager
    def busy(self) -> Iterator[None]:
        """The status line shows while any ``busy()`` block is open."""
        self._busy += 1
        self._redraw()
        try:
            yield
        finally:
            self._busy -= 1
            self._redraw()

    def stop_reading(self) -> None:
        """No more input: the input line goes; the status line stays while busy."""
        self._stop()
        self._redraw()

    # -- input -----------------------------------------------------------------

    def _stop(self) -> None:
        if self._reading:
            self._reading = False
            asyncio.get_running_loop().remove_reader(self._in)

    def _readable(self) -> None:
        try:
            data = os.read(self._in, 4096)
        except BlockingIOError:  # woken with nothing to read after all
            return
        except OSError:  # the terminal hung up
            data = b""
        self._erase()
        for line in self._editor.feed(data) if data else [None]:
            if line is None:
                self._stop()
                self._lines.put_nowait(None)
                break
            self.submitted += 1
            # What was entered stays on screen, whole, like a terminal's echo.
            self._out.write(f"{self._prompt}{line}\n")
            self._lines.put_nowait(line)
        self._draw()

    # -- drawing ---------------------------------------------------------------

    def _bottom(self) -> list[str]:
        rows = [self._busy_line] if self._busy else []
        if self._reading:
            rows.append(fit_line(self._prompt, self._editor.text, self._width()))
        return rows

    def _width(self) -> int:
        try:
            columns = os.get_terminal_size(self._out.fileno()).columns
        except OSError:
            return _DEFAULT_COLUMNS
        return columns or _DEFAULT_COLUMNS  # a new pty may say 0

    def _erase(self) -> None:
        if self._rows:
            self._out.write("\r\x1b[K" + "\x1b[A\x1b[K" * (self._rows - 1))
        self._rows = 0

    def _draw(self) -> None:
        rows = self._bottom()
        self._out.write("\n".join(rows))
        self._rows = len(rows)
        self._flush()

    def _redraw(self) -> None:
        self._erase()
        self._draw()

    def _flush(self) -> None:
        self._out.flush()

    # -- terminal modes --------------------------------------------------------

    def _keys_mode(self) -> None:
        """Keys as typed, not echoed; signals (Ctrl-C, Ctrl-Z) and output
        processing stay as they were."""
        if self._saved is None:
            self._saved = termios.tcgetattr(self._in)
        mode = termios.tcgetattr(self._in)
        mode[3] &= ~(termios.ICANON | termios.ECHO)
        mode[6][termios.VMIN] = 1
        mode[6][termios.VTIME] = 0
        termios.tcsetattr(self._in, termios.TCSANOW, mode)

    def _restore_modes(self) -> None:
        if self._saved is not None:
            termios.tcsetattr(self._in, termios.TCSADRAIN, self._saved)

    def _suspend(self) -> None:
        """Ctrl-Z: leave the terminal as found while stopped, take it back after."""
        self._restore_modes()
        self._erase()
        self._flush()
        os.kill(os.getpid(), signal.SIGSTOP)  # returns once continued (fg)
        self._saved = None  # the modes may have been changed meanwhile: give back those
        self._keys_mode()
        self._draw()
