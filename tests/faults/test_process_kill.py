"""SIGKILL in the middle of a turn: what was committed survives, nothing doubles."""

from __future__ import annotations

import asyncio
import json
import signal
from pathlib import Path

from tests.conftest import spawn_heartline
from tests.fakes.openai_server import FakeOpenAI, Hang, Stream


def _env(db: Path, model_url: str) -> dict[str, str]:
    return {
        "HEARTLINE_DB": str(db),
        "HEARTLINE_MODEL_URL": model_url,
        "HEARTLINE_MODEL_RETRIES": "0",
    }


async def test_sigkill_mid_turn_keeps_committed_turns_once(
    fake_model: FakeOpenAI, tmp_path: Path
) -> None:
    db = tmp_path / "kill.db"
    env = _env(db, fake_model.url)
    fake_model.queue(Stream(["One. "]), Stream(["Two. "]), Stream(["Three. "]), Hang(30))
    proc = await spawn_heartline("chat", "--jsonl", "--user", "kim", env=env)
    assert proc.stdin is not None and proc.stdout is not None
    for n in range(4):
        proc.stdin.write(f"message {n}\n".encode())
    await proc.stdin.drain()
    rows = [json.loads(await asyncio.wait_for(proc.stdout.readline(), 30)) for _ in range(3)]
    assert [r["reply"].split()[-1] for r in rows] == ["One.", "Two.", "Three."]
    # The fourth turn is now waiting on the model: kill the process mid-turn.
    await asyncio.wait_for(fake_model.wait_for_requests(4), 30)
    proc.send_signal(signal.SIGKILL)
    assert await proc.wait() == -signal.SIGKILL

    exporter = await spawn_heartline("memory", "export", "--user", "kim", env=env)
    out, _ = await asyncio.wait_for(exporter.communicate(), 30)
    turns = json.loads(out)["turns"]
    said = [t["text"] for t in turns if t["role"] == "user"]
    answered = [t["text"] for t in turns if t["role"] == "assistant"]
    assert said == [f"message {n}" for n in range(4)]
    assert len(answered) == 3

    # The next start is normal: no crash loop, the conversation goes on.
    again = await spawn_heartline("chat", "--jsonl", "--user", "kim", env=env)
    out, _ = await asyncio.wait_for(again.communicate(b"I'm back\n"), 30)
    assert json.loads(out)["reply"]
