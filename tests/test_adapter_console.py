"""``heartline chat`` in a terminal: typed into through a pseudo-terminal as a
person would, asserting on what they would see."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

import pytest

from adapters.terminal import LineEditor, fit_line
from persona import load_persona
from tests.conftest import hung_model_env, spawn_heartline_tty
from tests.fakes.openai_server import FakeOpenAI, Stream
from tests.fakes.terminal import PtyProcess, visible_text

# Far below the model's 600 s hang: reached only when something waits on it.
WAIT = 60
CRISIS = "I want to kill myself"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"HEARTLINE_DB": str(tmp_path / "tty.db"), "HEARTLINE_LOG_FORMAT": "json"}


def _after(screen: str, line: str) -> str:
    """What the screen shows below the person's entered ``line`` (its last time)."""
    marker = f"you> {line}\n"
    return screen.rsplit(marker, 1)[1] if marker in screen else ""


def _prompt(screen: str) -> bool:
    return screen.endswith("you>")


async def _said(term: PtyProcess, line: str) -> None:
    """Wait for the input line, then type ``line`` and Enter."""
    await term.until(_prompt)
    term.type(line + "\r")


async def test_a_crisis_typed_while_a_reply_hangs_is_answered_at_once(
    env: dict[str, str], fake_model: FakeOpenAI
) -> None:
    term = await spawn_heartline_tty(
        "chat", "--locale", "en-US", env=hung_model_env(env, fake_model)
    )
    try:
        async with asyncio.timeout(WAIT):
            await _said(term, "hi")
            await fake_model.wait_for_requests(1)  # "hi" now waits on the model
            term.type(CRISIS + "\r")
            screen = await term.until(lambda s: "988" in _after(s, "hi") and _prompt(s))
    finally:
        await term.close()
    below = _after(screen, CRISIS)
    # The hung reply to "hi" was cut short, not waited for, and says what it
    # answers; the crisis reply comes right after it, with the US lines.
    assert below.startswith('heartline (to "hi")> ')
    crisis = below.index("\nheartline> ")
    assert "988" in below[crisis:] and "988" not in below[:crisis]
    assert "heartline> …" not in below  # no status line left behind
    assert len(fake_model.requests) == 1


async def test_typing_goes_on_while_a_reply_is_written(
    env: dict[str, str], fake_model: FakeOpenAI
) -> None:
    """A second message entered while the first reply streams is answered after
    it, the first reply says which message it answers, and what is being typed
    meanwhile stays on the input line."""
    fake_model.queue(Stream(["I hear you. ", "Tell me more."], delay=1.0))
    term = await spawn_heartline_tty("chat", env={**env, "HEARTLINE_MODEL_URL": fake_model.url})
    try:
        async with asyncio.timeout(WAIT):
            await _said(term, "I had a long day")
            await fake_model.wait_for_requests(1)
            term.type("at work\rand th")
            screen = await term.until(
                lambda s: "\nheartline> " in _after(s, "at work") and s.endswith("you> and th")
            )
    finally:
        await term.close()
    assert screen.index("you> I had a long day") < screen.index("you> at work")
    below = _after(screen, "at work")
    assert below.startswith('heartline (to "I had a long day")> ')
    assert "Tell me more." in below.split("\nheartline> ")[0]


async def test_ctrl_d_waits_for_the_reply_then_leaves_the_terminal_as_it_was(
    env: dict[str, str], fake_model: FakeOpenAI
) -> None:
    fake_model.queue(Stream(["I hear you. ", "Tell me more."], delay=0.5))
    term = await spawn_heartline_tty("chat", env={**env, "HEARTLINE_MODEL_URL": fake_model.url})
    modes = term.modes()
    try:
        async with asyncio.timeout(WAIT):
            await _said(term, "hello there")
            await fake_model.wait_for_requests(1)
            term.type("\x04")
            code = await term.exited()
        after = term.modes()
    finally:
        await term.close()
    assert code == 0
    assert "Tell me more." in _after(term.screen, "hello there")
    assert not _prompt(term.screen)  # the input line is gone, nothing half drawn
    assert after == modes


@pytest.mark.parametrize("waiting_on_the_model", [False, True])
async def test_ctrl_c_leaves_at_once(
    env: dict[str, str], fake_model: FakeOpenAI, waiting_on_the_model: bool
) -> None:
    term = await spawn_heartline_tty("chat", env=hung_model_env(env, fake_model))
    modes = term.modes()
    try:
        async with asyncio.timeout(WAIT):
            await term.until(_prompt)
            if waiting_on_the_model:
                term.type("hi\r")
                await fake_model.wait_for_requests(1)
            term.type("\x03")
            code = await term.exited()
        after = term.modes()
    finally:
        await term.close()
    assert code == 130
    assert after == modes


async def test_ctrl_z_gives_the_terminal_back_until_continued(env: dict[str, str]) -> None:
    term = await spawn_heartline_tty("chat", env=env)
    modes = term.modes()
    try:
        async with asyncio.timeout(WAIT):
            await term.until(_prompt)
            term.type("half way")
            await term.until(lambda s: s.endswith("you> half way"))
            term.type("\x1a")
            # The input line goes once the modes are given back, just before it stops.
            await term.until(lambda s: not s.endswith("you> half way"))
            stopped = term.modes()
            while True:  # it may not have stopped yet: continue it until it draws again
                term.proc.send_signal(signal.SIGCONT)
                try:
                    await asyncio.wait_for(term.until(lambda s: s.endswith("you> half way")), 1)
                except TimeoutError:
                    continue
                break
            running = term.modes()
            term.type(" there\r")
            await term.until(lambda s: "you> half way there\n" in s and _prompt(s))
            term.type("\x04")
            code = await term.exited()
        after = term.modes()
    finally:
        await term.close()
    assert code == 0
    assert stopped == modes and running != modes and after == modes


async def test_forget_while_a_reply_hangs_does_not_hold_up_a_crisis(
    env: dict[str, str], fake_model: FakeOpenAI
) -> None:
    forgotten = load_persona().notice("forgotten")
    term = await spawn_heartline_tty(
        "chat", "--locale", "en-US", env=hung_model_env(env, fake_model)
    )
    try:
        async with asyncio.timeout(WAIT):
            await _said(term, "hi")
            await fake_model.wait_for_requests(1)
            term.type("/forget\r")  # waits for the turn before it, which waits on the model
            term.type(CRISIS + "\r")
            screen = await term.until(lambda s: "988" in _after(s, "hi") and forgotten in s)
    finally:
        await term.close()
    below = _after(screen, CRISIS)
    assert below.index('heartline (to "hi")> ') < below.index(forgotten) < below.index("988")


async def test_pause_then_a_crisis_then_quit(env: dict[str, str]) -> None:
    persona = load_persona()
    term = await spawn_heartline_tty("chat", "--locale", "en-US", env=env)
    try:
        async with asyncio.timeout(WAIT):
            await _said(term, "/pause")
            await term.until(lambda s: persona.notice("paused_ack") in _after(s, "/pause"))
            await _said(term, "hello")  # paused: no reply
            await _said(term, CRISIS)
            await term.until(lambda s: "988" in _after(s, CRISIS) and _prompt(s))
            await _said(term, "/quit")
            code = await term.exited()
    finally:
        await term.close()
    assert code == 0
    below_hello = _after(term.screen, "hello")
    assert below_hello.startswith(f"you> {CRISIS}\nheartline> ")
    assert persona.notice("pause_lifted") in below_hello


# -- the line editor and the input line, without a terminal -------------------------


def test_line_editor_keys() -> None:
    editor = LineEditor()
    assert editor.feed(b"helo\x7flo\r") == ["hello"]
    assert editor.feed(b"one two  \x17three\n") == ["one three"]
    assert editor.feed(b"gone\x15kept\x1b[Ai\x1bOBt\r") == ["keptit"]
    assert editor.feed(b"caf" + "é".encode()[:1]) == []
    assert editor.feed("é".encode()[1:] + b"\r") == ["café"]
    assert editor.feed(b"half\x04") == []  # Ctrl-D ends input only on an empty line
    assert editor.feed(b"\x15\x04") == [None]


def test_the_input_line_keeps_its_end_in_one_row() -> None:
    assert fit_line("you> ", "hi", 80) == "you> hi"
    long = "x" * 100 + "end"
    row = fit_line("you> ", long, 40)
    assert row.startswith("you> …") and row.endswith("end") and len(row) == 39
    wide = fit_line("you> ", "猫" * 50, 40)  # two columns each
    assert len(wide) == len("you> …") + (39 - 6) // 2


def test_visible_text_applies_the_redraws() -> None:
    assert visible_text("a\r\nstatus\r\nyou> ab\r\x1b[K\x1b[A\x1b[Kb\r\n") == "a\nb"
