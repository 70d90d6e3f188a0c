"""A pseudo-terminal typed into like a person at a keyboard.

The child gets the pty as stdin, stdout and stderr and as its controlling
terminal, so Ctrl-C typed here is a real SIGINT from the terminal driver. What
it prints is kept raw; :func:`visible_text` applies the few cursor controls a
line editor uses (CR, LF, BS, erase to end of line, cursor up), so tests assert
what the person would see, not the bytes. POSIX only.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import os
import re
import struct
import sys
import termios
from collections.abc import Callable, Mapping, Sequence

__all__ = ["PtyProcess", "visible_text"]

# Become the session's controlling terminal, then be the command: no preexec_fn
# (not safe in a process with threads, which a test's loop has).
_TAKE_TERMINAL = (
    "import fcntl, os, sys, termios; fcntl.ioctl(0, termios.TIOCSCTTY, 0); "
    "os.execv(sys.executable, [sys.executable, *sys.argv[1:]])"
)
_CSI = re.compile(r"\x1b\[([0-9;?]*)([@-~])")


def visible_text(raw: str) -> str:
    """The screen's lines (and all scrollback) after ``raw`` was printed, without
    the blank rows below the last text.

    Lines are logical: a long line is not wrapped at the terminal's width,
    which is right as long as the program moves the cursor up only over lines
    shorter than the width (a one-row prompt or status line does).
    """
    lines: list[str] = [""]
    row = col = 0
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == "\x1b":
            match = _CSI.match(raw, i)
            if match is None:
                i += 1
                continue
            args, final = match.groups()
            if final == "K":
                lines[row] = lines[row][:col]
            elif final == "A":
                row = max(0, row - int(args or "1"))
            i = match.end()
            continue
        if ch == "\r":
            col = 0
        elif ch == "\n":
            row += 1
            if row == len(lines):
                lines.append("")
        elif ch == "\b":
            col = max(0, col - 1)
        elif ch >= " ":
            line = lines[row].ljust(col)
            lines[row] = line[:col] + ch + line[col + 1 :]
            col += 1
        i += 1
    return "\n".join(line.rstrip() for line in lines).rstrip("\n")


class PtyProcess:
    """A child process on a pty of ``columns`` × 24; :meth:`close` kills it if still running."""

    def __init__(self, proc: asyncio.subprocess.Process, master: int, slave: int) -> None:
        self.proc = proc
        self._master = master
        self._slave = slave  # kept open: the terminal's modes stay readable after the child exits
        self._raw = bytearray()
        self._changed = asyncio.Event()
        asyncio.get_running_loop().add_reader(master, self._readable)

    @classmethod
    async def spawn(
        cls, argv: Sequence[str], *, env: Mapping[str, str], columns: int = 100
    ) -> PtyProcess:
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            _TAKE_TERMINAL,
            *argv,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            start_new_session=True,
            env=dict(env),
        )
        return cls(proc, master, slave)

    def _readable(self) -> None:
        try:
            data = os.read(self._master, 65536)
        except OSError:  # EIO: no process has the terminal open any more
            data = b""
        if not data:
            asyncio.get_running_loop().remove_reader(self._master)
        self._raw.extend(data)
        self._changed.set()

    def type(self, keys: str) -> None:
        """Keys as pressed: ``"\\r"`` is Enter, ``"\\x04"`` Ctrl-D, ``"\\x03"`` Ctrl-C."""
        os.write(self._master, keys.encode())

    @property
    def screen(self) -> str:
        return visible_text(self._raw.decode(errors="replace"))

    async def until(self, seen: Callable[[str], bool]) -> str:
        """The screen once ``seen(screen)`` holds (callers bound the wait)."""
        while not seen(screen := self.screen):
            self._changed.clear()
            await self._changed.wait()
        return screen

    async def exited(self) -> int:
        """The exit status, once the child has exited and its last output is read
        (callers bound the wait)."""
        code = await self.proc.wait()
        with contextlib.suppress(TimeoutError):
            while True:  # the terminal may still hold output: read until nothing comes
                self._changed.clear()
                await asyncio.wait_for(self._changed.wait(), 0.2)
        return code

    def modes(self) -> list[object]:
        """The terminal's current termios attributes (``termios.tcgetattr``)."""
        return termios.tcgetattr(self._slave)

    async def close(self) -> None:
        """Kill the child if still running; the final screen goes to stdout, which
        pytest shows for a failing test."""
        print(self.screen)
        if self.proc.returncode is None:
            self.proc.kill()
            await self.proc.wait()
        asyncio.get_running_loop().remove_reader(self._master)
        os.close(self._master)
        os.close(self._slave)
