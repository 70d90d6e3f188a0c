"""Storage faults: a locked database, a full disk, a corrupt file, erased text."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

from bot.domain import ReplyKind, Role, UserKey
from bot.memory.cipher import TextCipher, generate_key
from bot.memory.sqlite import SqliteStore
from tests.conftest import OpenConversation
from tests.test_core import msg


def _hold_write_lock(db: Path, seconds: float, started: threading.Event) -> None:
    con = sqlite3.connect(db, timeout=10)
    con.execute("BEGIN IMMEDIATE")
    started.set()
    threading.Event().wait(seconds)
    con.rollback()
    con.close()


async def test_locked_by_another_writer_waits_and_loses_nothing(
    conversation_factory: OpenConversation, db_path: Path
) -> None:
    conv = await conversation_factory()
    await conv.respond(msg("lock", "first message"))
    started = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(db_path, 1.0, started))
    holder.start()
    await asyncio.to_thread(started.wait)
    reply = await conv.respond(msg("lock", "second message while locked"))
    await asyncio.to_thread(holder.join)
    assert reply is not None and reply.kind is ReplyKind.OFFLINE
    said = [
        t.text for t in await conv.store.recent(UserKey("test", "lock"), 10) if t.role is Role.USER
    ]
    assert said == ["first message", "second message while locked"]


async def test_locked_past_the_timeout_still_answers_and_crisis_still_works(
    conversation_factory: OpenConversation, db_path: Path
) -> None:
    conv = await conversation_factory(HEARTLINE_DB_BUSY_TIMEOUT=0.2)
    await conv.respond(msg("lk", "hello"))
    started = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(db_path, 2.0, started))
    holder.start()
    await asyncio.to_thread(started.wait)
    ordinary = await conv.respond(msg("lk", "are you there"))
    crisis = await conv.respond(msg("lk", "I'm going to kill myself tonight"))
    await asyncio.to_thread(holder.join)
    assert ordinary is not None and ordinary.kind is ReplyKind.NOTICE
    assert "trouble" in ordinary.text
    assert crisis is not None and crisis.kind is ReplyKind.CRISIS
    after = await conv.respond(msg("lk", "ok I'm back"))
    assert after is not None and after.kind is ReplyKind.OFFLINE
    turns = await conv.store.recent(UserKey("test", "lk"), 20)
    said = [t.text for t in turns if t.role is Role.USER]
    assert said[0] == "hello" and said[-1] == "ok I'm back"


async def test_disk_full_is_a_kind_notice_and_committed_turns_stay(
    conversation_factory: OpenConversation,
) -> None:
    conv = await conversation_factory()
    for i in range(3):
        await conv.respond(msg("full", f"message {i}"))
    store = conv.store
    assert isinstance(store, SqliteStore)
    pages = (await store.db.execute_fetchall("PRAGMA page_count"))[0][0]
    # SQLite's own size cap: every later write fails with SQLITE_FULL, as on a full disk.
    await store.db.execute_fetchall(f"PRAGMA max_page_count = {pages}")
    reply = await conv.respond(msg("full", "x" * 20_000))
    crisis = await conv.respond(msg("full", "I want to end my life tonight"))
    assert reply is not None and reply.kind is ReplyKind.NOTICE
    assert crisis is not None and crisis.kind is ReplyKind.CRISIS
    said = [t.text for t in await store.recent(UserKey("test", "full"), 20) if t.role is Role.USER]
    assert said[:3] == [f"message {i}" for i in range(3)]
    assert "x" * 20_000 not in said


async def test_corrupt_file_is_moved_aside_not_replaced_silently(tmp_path: Path) -> None:
    db = tmp_path / "bad.db"
    db.write_bytes(b"definitely not sqlite " * 500)
    store = SqliteStore(db)
    await store.open()
    try:
        assert store.moved_aside is not None and store.moved_aside.exists()
        assert store.moved_aside.read_bytes().startswith(b"definitely not sqlite")
        assert await store.turn_count(UserKey("t", "u")) == 0
    finally:
        await store.aclose()


async def test_forget_leaves_no_trace_in_the_file(
    conversation_factory: OpenConversation, db_path: Path
) -> None:
    conv = await conversation_factory()
    canary = "quetzalcoatl-secret-9931"
    await conv.respond(msg("gone", f"please remember {canary}, my dog is called Pixel"))
    await conv.forget(UserKey("test", "gone"))
    for path in db_path.parent.glob(db_path.name + "*"):
        assert canary.encode() not in path.read_bytes(), path


async def test_encryption_at_rest_and_key_rotation(tmp_path: Path) -> None:
    db = tmp_path / "enc.db"
    old, new = generate_key(), generate_key()
    canary = "bellflower-private-2207"
    store = SqliteStore(db, cipher=TextCipher([old]))
    await store.open()
    from bot.domain import Fact, StoredTurn, utcnow

    user = UserKey("t", "enc")
    await store.append(user, StoredTurn(Role.USER, canary, utcnow(), "dm", True))
    await store.save_profile(user, f"summary {canary}", [Fact("k", canary, utcnow(), canary)])
    await store.compact()
    await store.aclose()
    for path in tmp_path.glob("enc.db*"):
        assert canary.encode() not in path.read_bytes()
    # Rotate: the new key first, the old one still accepted; rekey; then only the new key.
    rotating = SqliteStore(db, cipher=TextCipher([new, old]))
    await rotating.open()
    assert await rotating.rekey() >= 3
    await rotating.aclose()
    fresh = SqliteStore(db, cipher=TextCipher([new]))
    await fresh.open()
    try:
        snapshot = await fresh.snapshot(user)
        assert snapshot.turns[0].text == canary
        assert snapshot.facts[0].detail == canary and canary in snapshot.summary
    finally:
        await fresh.aclose()


async def test_retention_prunes_old_and_excess_turns(
    conversation_factory: OpenConversation,
) -> None:
    from datetime import timedelta

    from bot.domain import StoredTurn, utcnow

    conv = await conversation_factory(HEARTLINE_RETENTION_DAYS=30, HEARTLINE_KEEP_TURNS=5)
    user = UserKey("test", "ret")
    old = utcnow() - timedelta(days=40)
    await conv.store.append(user, StoredTurn(Role.USER, "ancient", old, "dm", True))
    for i in range(8):
        await conv.store.append(user, StoredTurn(Role.USER, f"recent {i}", utcnow(), "dm", True))
    removed = await conv.maintain(compact=True)
    assert removed == 4
    kept = [t.text for t in await conv.store.recent(user, 20)]
    assert kept == [f"recent {i}" for i in range(3, 8)]


async def test_a_failed_crisis_write_does_not_lose_the_referral_count(
    conversation_factory: OpenConversation,
) -> None:
    conv = await conversation_factory()
    store = conv.store
    assert isinstance(store, SqliteStore)
    # A real write failure on one of the crisis writes (the crisis count).
    await store.db.execute(
        "CREATE TRIGGER no_crisis_count BEFORE INSERT ON user_state "
        "WHEN NEW.key = 'crisis_count' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
    )
    await store.db.commit()
    reply = await conv.respond(msg("ref", "I want to kill myself"))
    assert reply is not None and reply.kind is ReplyKind.CRISIS
    counts = await store.referral_counts()
    assert [(level, count) for _, level, count in counts] == [("high", 1)]
    said = [t.text for t in await store.recent(UserKey("test", "ref"), 5)]
    assert said[-1] == reply.text  # the reply is stored too


async def test_a_locale_that_cannot_be_stored_fails_nothing(
    conversation_factory: OpenConversation, db_path: Path
) -> None:
    """A Discord command brings the locale; the command must still be answered."""
    conv = await conversation_factory(HEARTLINE_DB_BUSY_TIMEOUT=0.2)
    key = UserKey("test", "loc")
    await conv.remember_locale(key, "de")  # creates the person's row
    started = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(db_path, 1.0, started))
    holder.start()
    await asyncio.to_thread(started.wait)
    await conv.remember_locale(key, "pt-BR")  # locked past the timeout: logged, not raised
    await asyncio.to_thread(holder.join)
    assert (await conv.memory(key)).locale == "de"
    await conv.remember_locale(key, "pt-BR")
    assert (await conv.memory(key)).locale == "pt-BR"
