"""The ``heartline`` command line as operators script it: real subprocesses."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import hung_model_env, spawn_heartline
from tests.fakes.openai_server import FakeOpenAI


def heartline(
    *args: str, stdin: str = "", env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    full_env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("HEARTLINE_", "DISCORD_", "SLACK_"))
    }
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "adapters.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"HEARTLINE_DB": str(tmp_path / "cli.db"), "HEARTLINE_LOG_FORMAT": "json"}


def test_chat_jsonl_contract(env: dict[str, str]) -> None:
    lines = [
        "I feel so down today",
        json.dumps({"user": "ana", "text": "I lost my job last week"}),
        json.dumps({"user": "ana", "text": "I'm going to kill myself tonight, I have the pills"}),
        "",
        "{not json",
        json.dumps({"user": "bo", "text": "this commute is killing me lol"}),
    ]
    result = heartline("chat", "--jsonl", stdin="\n".join(lines) + "\n", env=env)
    assert result.returncode == 0, result.stderr
    printed = [json.loads(line) for line in result.stdout.splitlines()]
    # Rows come as each is ready; "line" says which input line each answers.
    rows = sorted(printed, key=lambda r: r["line"])
    assert [r["line"] for r in rows] == list(range(1, len(lines) + 1))
    assert all({"user", "reply", "risk"} <= set(r) and r["reply"] for r in rows)
    assert [r["user"] for r in rows] == ["local", "ana", "ana", "local", "local", "bo"]
    assert rows[2]["risk"] == "imminent"
    assert rows[5]["risk"] == "none"
    assert "lost my job" not in result.stderr and "pills" not in result.stderr


def test_piped_chat_prints_one_reply_per_line(env: dict[str, str]) -> None:
    result = heartline("chat", stdin="hello\nI feel lonely\n", env=env)
    assert result.returncode == 0, result.stderr
    assert len([line for line in result.stdout.splitlines() if line.strip()]) >= 2


def test_piped_chat_stops_at_quit(env: dict[str, str]) -> None:
    result = heartline("chat", stdin="hello\n/quit\nI lost my job last week\n", env=env)
    assert result.returncode == 0, result.stderr
    assert "job" not in result.stdout  # nothing after /quit is answered or remembered
    shown = heartline("memory", "show", env=env)
    assert "job" not in shown.stdout and "quit" not in shown.stdout


def test_memory_show_export_forget(env: dict[str, str]) -> None:
    heartline(
        "chat", "--user", "kim", stdin="My dog Pepper keeps me going. I got laid off.\n", env=env
    )
    shown = heartline("memory", "show", "--user", "kim", env=env)
    assert "Pepper" in shown.stdout and "lost their job" in shown.stdout
    exported = json.loads(heartline("memory", "export", "--user", "kim", env=env).stdout)
    assert exported["turn_count"] == 2 and exported["facts"]
    forgot = heartline("memory", "forget", "--user", "kim", env=env)
    assert forgot.returncode == 0
    again = json.loads(heartline("memory", "export", "--user", "kim", env=env).stdout)
    assert again["turn_count"] == 0 and not again["facts"]


def test_bad_config_is_one_clear_line(env: dict[str, str]) -> None:
    result = heartline(
        "chat", "--jsonl", stdin="hi\n", env={**env, "HEARTLINE_MODEL_TIMEOUT": "soon"}
    )
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "HEARTLINE_MODEL_TIMEOUT" in result.stderr and "Traceback" not in result.stderr


def test_corrupt_database_is_moved_aside(env: dict[str, str], tmp_path: Path) -> None:
    db = Path(env["HEARTLINE_DB"])
    db.write_bytes(b"this is not a database at all" * 100)
    result = heartline("chat", "--jsonl", stdin="hello\n", env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["reply"]
    assert list(tmp_path.glob("cli.db.corrupt-*"))
    assert "database_corrupt_moved_aside" in result.stderr


def test_run_without_tokens_explains_what_to_set(env: dict[str, str]) -> None:
    result = heartline("run", env=env)
    assert result.returncode == 2
    assert "DISCORD_TOKEN" in result.stderr and "Traceback" not in result.stderr


def test_terminal_chat_shows_no_operator_logs_during_a_crisis(env: dict[str, str]) -> None:
    env = {k: v for k, v in env.items() if k != "HEARTLINE_LOG_FORMAT"}
    result = heartline("chat", stdin="I just want to kill myself\n", env=env)
    assert result.returncode == 0
    assert "findahelpline" in result.stdout
    assert result.stderr.strip() == ""


@pytest.mark.parametrize(
    "command",
    [
        ("stats",),
        ("stats", "--json"),
        ("memory", "show", "--user", "kim"),
        ("memory", "export", "--user", "kim"),
        ("memory", "forget", "--user", "kim"),
    ],
)
def test_a_mistyped_database_path_is_an_error_and_creates_nothing(
    env: dict[str, str], tmp_path: Path, command: tuple[str, ...]
) -> None:
    typo = tmp_path / "dtaa" / "heartline.db"
    result = heartline(*command, env={**env, "HEARTLINE_DB": str(typo)})
    assert result.returncode != 0 and result.stdout == ""
    assert result.stderr.strip() == (
        f"heartline: there is no database at {typo} (check HEARTLINE_DB); nothing was created"
    )
    assert not (tmp_path / "dtaa").exists()


def test_stats_reads_an_existing_database(env: dict[str, str]) -> None:
    heartline("chat", stdin="I want to kill myself\n", env=env)
    result = heartline("stats", "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert [row["level"] for row in json.loads(result.stdout)] == ["high"]


async def test_chat_jsonl_crisis_rows_never_wait_on_a_hung_model(
    env: dict[str, str], fake_model: FakeOpenAI
) -> None:
    """Against a model that never answers: another person's crisis row comes
    first, and the same person's crisis row comes right behind the rows of the
    turns it cut short, none of them waiting for the model's timeouts."""
    proc = await spawn_heartline("chat", "--jsonl", env=hung_model_env(env, fake_model))
    assert proc.stdin is not None and proc.stdout is not None
    try:
        lines = [
            {"user": "a", "text": "hi"},
            {"user": "b", "text": "I want to die"},
            {"user": "c", "text": "hi"},
            {"user": "c", "text": "still there?"},
            {"user": "c", "text": "I want to die"},
        ]
        proc.stdin.write("".join(json.dumps(line) + "\n" for line in lines).encode())
        await proc.stdin.drain()
        rows = [json.loads(await asyncio.wait_for(proc.stdout.readline(), 60)) for _ in range(4)]
        assert {(r["user"], r["line"], r["risk"]) for r in rows} == {
            ("b", 2, "high"),
            ("c", 3, "none"),
            ("c", 4, "none"),
            ("c", 5, "high"),
        }
        assert [r["line"] for r in rows if r["user"] == "c"] == [3, 4, 5]
        assert all(r["reply"] for r in rows)
    finally:
        proc.kill()
        await proc.wait()


async def test_piped_chat_crisis_line_never_waits_on_a_hung_model(
    env: dict[str, str], fake_model: FakeOpenAI
) -> None:
    proc = await spawn_heartline("chat", env=hung_model_env(env, fake_model))
    try:
        out, _ = await asyncio.wait_for(proc.communicate(b"hi\nI want to die\n"), 60)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    assert proc.returncode == 0
    assert "findahelpline" in out.decode()


def test_piped_chat_pause_then_crisis_keeps_talking(env: dict[str, str]) -> None:
    stdin = "/pause\nhello\nI want to die\nare you there?\n"
    result = heartline("chat", "--locale", "en-US", stdin=stdin, env=env)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "stay quiet" in out and "988" in out
    lifted = "You had paused me"
    assert out.count(lifted) == 1
    after = out.split(lifted, 1)[1].splitlines()[1:]
    # Beyond the notes in parentheses, "are you there?" is answered.
    assert [line for line in after if line.strip() and not line.startswith("(")]
