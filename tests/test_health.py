"""What the container runs, outside Docker: `heartline check`, the entrypoint,
`heartline run --no-platforms` with /healthz and /metrics, and SIGTERM.

Real subprocesses, a real SQLite file, the fake model server on loopback.
In-process, the health server is driven over HTTP after real turns, and its
metrics must carry no message text and no raw user id.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from adapters.health import HealthServer, probe_database
from bot.errors import ConfigError
from tests.conftest import OpenConversation, settings_for
from tests.fakes.openai_server import FakeOpenAI
from tests.test_core import msg

ROOT = Path(__file__).resolve().parent.parent
ENTRYPOINT = ROOT / "docker" / "entrypoint.sh"
CANARY_TEXT = "lighthouse-canary-5521"
CANARY_USER = "user-canary-9083"
DEADLINE = 30.0  # seconds any start or stop may take before the test gives up


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("HEARTLINE_", "DISCORD_", "SLACK_"))
    }
    # The console script lives beside this interpreter (the entrypoint calls it).
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONIOENCODING"] = "utf-8"
    env.update(HEARTLINE_DB=str(tmp_path / "heartline.db"), HEARTLINE_LOG_FORMAT="json")
    env.update(extra)
    return env


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _closed_port_url() -> str:
    return f"http://127.0.0.1:{_free_port()}/v1"


async def _heartline(*args: str, env: dict[str, str], cwd: Path) -> tuple[int, str, str]:
    """Run the CLI without blocking the loop (the fake model lives on it)."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "adapters.cli",
        *args,
        env=env,
        cwd=cwd,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), DEADLINE)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


# -- heartline check ------------------------------------------------------------


async def test_check_reports_ready_with_a_model_serving(
    tmp_path: Path, fake_model: FakeOpenAI
) -> None:
    env = _env(
        tmp_path,
        HEARTLINE_MODEL_URL=fake_model.url,
        HEARTLINE_MODEL_API_KEY="sk-canary-key",
        DISCORD_TOKEN="MTIz.canary.discordtoken",
        HEARTLINE_DISCORD_ALERT_CHANNEL_ID="42",
    )
    code, out, err = await _heartline("check", env=env, cwd=tmp_path)
    assert code == 0, out + err
    assert f"✓ model: {fake_model.url} serves llama3.2:3b" in out
    assert "✓ database:" in out and "writable" in out
    assert "✓ discord: DISCORD_TOKEN is set" in out
    assert "✓ crisis lines:" in out and "✓ persona: built-in" in out
    assert out.rstrip().splitlines()[-1].startswith("ready")
    assert fake_model.models_auth == ["Bearer sk-canary-key"]
    for secret in ("sk-canary-key", "canary.discordtoken"):
        assert secret not in out + err
    # The database was created and migrated by the check.
    assert (tmp_path / "heartline.db").exists()


async def test_check_warns_for_a_model_still_loading_and_fails_for_bad_tokens(
    tmp_path: Path, fake_model: FakeOpenAI
) -> None:
    fake_model.models = []  # up, but the download has not finished
    env = _env(tmp_path, HEARTLINE_MODEL_URL=fake_model.url, DISCORD_TOKEN="a.b.c")
    code, out, _ = await _heartline("check", env=env, cwd=tmp_path)
    assert code == 0, out
    assert "! model:" in out and "does not list llama3.2:3b" in out
    assert "built-in responder" in out

    env = _env(
        tmp_path,
        HEARTLINE_MODEL_URL=_closed_port_url(),
        SLACK_BOT_TOKEN="xoxb-canary-slack",
    )
    code, out, err = await _heartline("check", "--json", env=env, cwd=tmp_path)
    assert code == 1
    report = json.loads(out)
    by_part = {(c["part"], c["status"]) for c in report["checks"]}
    assert report["ok"] is False
    assert ("model", "warn") in by_part, "an unreachable model never blocks start"
    assert ("slack", "fail") in by_part
    slack = next(c for c in report["checks"] if c["part"] == "slack")
    assert "SLACK_APP_TOKEN" in slack["detail"] and slack["fix"]
    assert "xoxb-canary-slack" not in out + err


async def test_check_fails_when_the_model_server_refuses_the_key(
    tmp_path: Path, fake_model: FakeOpenAI
) -> None:
    fake_model.models_status = 401
    env = _env(tmp_path, HEARTLINE_MODEL_URL=fake_model.url, DISCORD_TOKEN="a.b.c")
    code, out, _ = await _heartline("check", env=env, cwd=tmp_path)
    assert code == 1
    assert "✗ model:" in out and "HEARTLINE_MODEL_API_KEY" in out


async def test_check_reports_a_bad_setting_and_no_platform(tmp_path: Path) -> None:
    code, out, _ = await _heartline(
        "check", env=_env(tmp_path, HEARTLINE_LOG_LEVEL="LOUD"), cwd=tmp_path
    )
    assert code == 1
    assert "✗ configuration: HEARTLINE_LOG_LEVEL" in out
    code, out, _ = await _heartline("check", env=_env(tmp_path), cwd=tmp_path)
    assert code == 1 and "✗ platforms:" in out and "DISCORD_TOKEN" in out
    code, out, _ = await _heartline("check", "--no-platforms", env=_env(tmp_path), cwd=tmp_path)
    assert code == 0, out


# -- the container's command: entrypoint, run, health, SIGTERM ---------------------


def _start_entrypoint(env: dict[str, str], cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        ["sh", str(ENTRYPOINT), "run", "--no-platforms", "--drain-seconds", "5"],
        env=env,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_healthy(proc: subprocess.Popen[str], url: str) -> httpx.Response:
    """Poll /healthz until 200, the process dies, or DEADLINE passes."""
    give_up = time.monotonic() + DEADLINE
    while time.monotonic() < give_up:
        if proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"exited {proc.returncode} before healthy:\n{out}\n{err}")
        try:
            response = httpx.get(url, timeout=2)
        except httpx.TransportError:
            time.sleep(0.1)
            continue
        if response.status_code == 200:
            return response
        time.sleep(0.1)
    proc.kill()
    pytest.fail("never became healthy")


def test_container_command_serves_health_and_metrics_then_stops_cleanly(
    tmp_path: Path,
) -> None:
    """The entrypoint's check, then `run --no-platforms`, with the model down.

    A model that is down (or still loading) must not block start: the check
    warns and the bot serves. SIGTERM then exits 0 with the database closed:
    SQLite removes the -wal file only when the last connection closes cleanly.
    """
    port = _free_port()
    env = _env(tmp_path, HEARTLINE_HEALTH_PORT=str(port), HEARTLINE_MODEL_URL=_closed_port_url())
    proc = _start_entrypoint(env, tmp_path)
    try:
        health = _wait_healthy(proc, f"http://127.0.0.1:{port}/healthz")
        assert health.json() == {"status": "ok", "database": "ok", "adapters": {}}
        metrics = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5)
        assert metrics.status_code == 200
        assert metrics.headers["content-type"].startswith("text/plain")
        assert "heartline_turns_total" in metrics.text
        # An online backup while the bot serves, as docs/deploy.md tells operators.
        copy = tmp_path / "backups" / "copy.db"
        backup = subprocess.run(
            [sys.executable, "-m", "adapters.cli", "backup", str(copy)],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=DEADLINE,
            check=False,
        )
        assert backup.returncode == 0, backup.stderr
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=DEADLINE)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "! model: cannot reach" in out, "the check ran first and only warned"
    assert '"event": "stopping"' in err and "Traceback" not in err
    db = tmp_path / "heartline.db"
    assert db.exists() and not Path(f"{db}-wal").exists()
    for path in (db, copy):
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
        assert {"schema_version", "turns", "users"} <= tables


def test_container_does_not_start_when_the_check_fails(tmp_path: Path) -> None:
    port = _free_port()
    env = _env(tmp_path, HEARTLINE_HEALTH_PORT=str(port), HEARTLINE_RETENTION_DAYS="-1")
    proc = _start_entrypoint(env, tmp_path)
    out, err = proc.communicate(timeout=DEADLINE)
    assert proc.returncode == 1
    assert "✗ configuration: HEARTLINE_RETENTION_DAYS" in out
    assert "not starting" in err
    with pytest.raises(httpx.TransportError):
        httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)


# -- in process: the health server after real turns ---------------------------------


@dataclass
class StubPlatform:
    """A platform as /healthz sees it: a name and a flag (the Service protocol)."""

    name: str
    healthy: bool = True

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(timeout=5) as http:
        yield http


def _samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    values = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            values[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return values


def _total(samples: dict[tuple[str, tuple[tuple[str, str], ...]], float], name: str) -> float:
    return sum(v for (n, _), v in samples.items() if n == name)


async def test_metrics_move_with_turns_and_carry_no_text_or_user(
    db_path: Path,
    conversation_factory: OpenConversation,
    fake_model: FakeOpenAI,
    client: httpx.AsyncClient,
) -> None:
    conversation = await conversation_factory(HEARTLINE_MODEL_URL=fake_model.url)
    settings = settings_for(db_path, HEARTLINE_HEALTH_HOST="127.0.0.1", HEARTLINE_HEALTH_PORT=0)
    server = HealthServer(conversation, settings, [StubPlatform("discord")])
    await server.start()
    try:
        url = f"http://127.0.0.1:{server.port}"
        before = _samples((await client.get(f"{url}/metrics")).text)
        texts = [
            f"I feel so low today {CANARY_TEXT}",
            f"work was hard again {CANARY_TEXT}",
            f"I'm going to kill myself tonight, I have the pills ready {CANARY_TEXT}",
        ]
        for text in texts:
            # As the platforms do: read the stream to its end.
            chunks = conversation.handle(msg(CANARY_USER, text))
            replies = [chunk.reply async for chunk in chunks if chunk.reply is not None]
            assert len(replies) == 1
        await conversation.drain(5)
        response = await client.get(f"{url}/metrics")
        health = await client.get(f"{url}/healthz")
    finally:
        await server.stop()
    after = _samples(response.text)
    assert _total(after, "heartline_turns_total") - _total(before, "heartline_turns_total") == 3
    key = ("heartline_crisis_referrals_total", (("level", "imminent"),))
    assert after.get(key, 0) - before.get(key, 0) == 1
    assert health.status_code == 200
    assert health.json() == {"status": "ok", "database": "ok", "adapters": {"discord": True}}
    for body in (response.text, health.text):
        assert CANARY_TEXT not in body and CANARY_USER not in body
        assert "pills" not in body


async def test_healthz_names_the_failing_part(
    db_path: Path, conversation_factory: OpenConversation, client: httpx.AsyncClient
) -> None:
    conversation = await conversation_factory()
    settings = settings_for(db_path, HEARTLINE_HEALTH_HOST="127.0.0.1", HEARTLINE_HEALTH_PORT=0)
    slack = StubPlatform("slack", healthy=False)
    server = HealthServer(conversation, settings, [StubPlatform("discord"), slack])
    await server.start()
    url = f"http://127.0.0.1:{server.port}/healthz"
    try:
        down = await client.get(url)
        slack.healthy = True
        up = await client.get(url)
        # The volume vanishes: the database file is gone from its path.
        moved = db_path.with_name("elsewhere.db")
        await asyncio.to_thread(db_path.rename, moved)
        gone = await client.get(url)
        await asyncio.to_thread(moved.rename, db_path)
        back = await client.get(url)
    finally:
        await server.stop()
    assert down.status_code == 503
    assert down.json()["adapters"] == {"discord": True, "slack": False}
    assert down.json()["failing"] == ["adapters.slack"]
    assert up.status_code == 200
    assert gone.status_code == 503 and gone.json()["failing"] == ["database"]
    assert gone.json()["database"].startswith("cannot open")
    assert back.status_code == 200
    assert not server.healthy


async def test_health_port_in_use_is_one_clear_error(
    db_path: Path, conversation_factory: OpenConversation
) -> None:
    conversation = await conversation_factory()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        settings = settings_for(
            db_path, HEARTLINE_HEALTH_HOST="127.0.0.1", HEARTLINE_HEALTH_PORT=port
        )
        server = HealthServer(conversation, settings, [])
        with pytest.raises(ConfigError) as caught:
            await server.start()
    assert caught.value.key == "HEARTLINE_HEALTH_PORT"
    assert not server.healthy


async def test_database_probe_reports_a_full_disk_and_a_missing_file(
    db_path: Path, conversation_factory: OpenConversation
) -> None:
    await conversation_factory()  # creates and migrates the database
    assert await asyncio.to_thread(probe_database, db_path) == "ok"
    full = await asyncio.to_thread(probe_database, db_path, min_free_bytes=1 << 62)
    assert full.startswith("disk almost full")
    missing = await asyncio.to_thread(probe_database, db_path.with_name("nowhere.db"))
    assert missing.startswith("cannot open")
    assert not db_path.with_name("nowhere.db").exists(), "the probe never creates a database"
