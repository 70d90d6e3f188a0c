"""`heartline migrate-db`: a real SQLite file, written by the real core, copied
into PostgreSQL by the real command line; then a PostgreSQL-backed core goes on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from adapters.wiring import open_conversation
from bot.domain import IncomingMessage, Role, UserKey
from bot.memory.cipher import generate_key
from bot.memory.postgres import PostgresStore
from tests.conftest import settings_for

ROOT = Path(__file__).resolve().parents[2]


def _message(
    user: str, n: int, text: str = "I lost my job and my dog Max helps"
) -> IncomingMessage:
    return IncomingMessage("test", user, f"dm-{user}", f"{user}-{n}", text, True)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "adapters.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        check=False,
    )


async def test_sqlite_is_copied_whole_and_counted(tmp_path: Path, postgres_url: str) -> None:
    db = tmp_path / "old.db"
    key = generate_key()
    old = await open_conversation(settings_for(db, HEARTLINE_ENCRYPTION_KEY=key))
    for n in range(3):
        await old.respond(_message("ann", n))
        await old.respond(_message("ben", n))
    await old.respond(_message("ben", 9, "I'm going to kill myself tonight, I have the pills"))
    await old.pause(UserKey("test", "ann"))
    await old.aclose()

    result = _cli("migrate-db", "--from", str(db), "--to", postgres_url)
    assert result.returncode == 0, result.stdout + result.stderr
    for table in ("users", "turns", "facts", "user_state", "handled_messages", "crisis_referrals"):
        assert any(line.startswith(f"✓ {table}") for line in result.stdout.splitlines()), table
    password = urlsplit(postgres_url).password
    assert f":{password}@" not in result.stdout + result.stderr  # never printed

    new = await open_conversation(settings_for(postgres_url, HEARTLINE_ENCRYPTION_KEY=key))
    try:
        assert isinstance(new.store, PostgresStore)
        ann, ben = UserKey("test", "ann"), UserKey("test", "ben")
        assert await new.is_paused(ann)
        turns = await new.store.recent(ben, 100)
        assert [t.role for t in turns] == [Role.USER, Role.ASSISTANT] * 4
        assert turns[0].text.startswith("I lost my job")  # the key still reads copied text
        summary, facts = await new.store.profile(ben)
        assert facts  # remembered facts came along
        assert await new.store.referral_counts()
        assert await new.respond(_message("ben", 0)) is None  # handled ids came along
        assert await new.respond(_message("ben", 10, "thanks")) is not None
        assert (await new.store.recent(ben, 1))[0].role is Role.ASSISTANT
    finally:
        await new.aclose()

    again = _cli("migrate-db", "--from", str(db), "--to", postgres_url)
    assert again.returncode == 2 and "already holds people" in again.stderr
