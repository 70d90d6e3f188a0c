"""``heartline screen`` and ``heartline eval-screen``, run as real processes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "risk"


def heartline(*args: str, stdin: str = "", cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "adapters.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=120,
        check=False,
    )


def test_screen_prints_one_verdict_per_line() -> None:
    lines = [
        "I want to die",
        "",
        json.dumps({"text": "I have a plan", "context": ["I feel like a burden to everyone"]}),
        "{this is not json, I'm going to kill myself tonight",
        "this commute is killing me",
        json.dumps({"text": "quiero morir", "context": "not a list"}),
        json.dumps({"no_text": 1}),
        "kms lol 💀",
    ]
    result = heartline("screen", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["level"] for o in out] == [
        "high",
        "none",
        "imminent",
        "imminent",
        "none",
        "high",
        "none",
        "concern",
    ]
    assert out[1] == {"level": "none", "reasons": []}
    assert "context" in out[2]["reasons"]
    assert out[4]["reasons"] == ["idiom"]
    assert "I want to die" not in result.stdout + result.stderr  # no message text echoed


def test_screen_flushes_each_line() -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "adapters.cli", "screen"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
    ) as proc:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write("I want to kill myself\n")
        proc.stdin.flush()
        assert json.loads(proc.stdout.readline())["level"] == "high"  # before stdin closes
        proc.stdin.close()
        assert proc.wait(timeout=60) == 0


def test_eval_screen_without_data_says_so_in_one_line(tmp_path: Path) -> None:
    result = heartline("eval-screen", "--data", str(tmp_path / "nowhere"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "--data" in result.stderr


def test_eval_screen_on_a_small_file(tmp_path: Path) -> None:
    rows = [
        {"id": "a", "text": "I want to kill myself", "risk": "high", "split": "test"},
        {"id": "b", "text": "my phone died lol", "risk": "none", "split": "test"},
        {"id": "c", "text": "I feel so sad and tired", "risk": "concern", "split": "test"},
        {"id": "d", "text": "I want to die", "risk": "high", "split": "dev"},
    ]
    (tmp_path / "tiny.jsonl").write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    result = heartline("eval-screen", "--data", str(tmp_path), "--json")
    assert result.returncode == 0, result.stderr
    [report] = json.loads(result.stdout)["files"]
    assert report["rows"] == 3 and report["high_rows"] == 1
    assert report["screener"] == {
        "recall_high": 1.0,
        "precision_high": 1.0,
        "none_flagged_high": 0.0,
        "concern_flagged_high": 0.0,
    }


def test_eval_screen_scores_against_re_annotated_levels(tmp_path: Path) -> None:
    rows = [
        {"id": "a", "text": "I want to kill myself", "risk": "none", "split": "test"},
        {"id": "b", "text": "new phone who dis", "risk": "high", "split": "test"},
        {"id": "c", "text": "I want to die", "risk": "high", "split": "test"},
    ]
    (tmp_path / "tiny.jsonl").write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    audit = tmp_path / "audit"
    audit.mkdir()
    # "c" has no re-annotation, so it is left out; "imminent" counts as high.
    (audit / "tiny.tsv").write_text("a\timminent\tnote\nb\tnone\n", "utf-8")
    result = heartline("eval-screen", "--data", str(tmp_path), "--audit", str(audit), "--json")
    assert result.returncode == 0, result.stderr
    [report] = json.loads(result.stdout)["files"]
    assert report["rows"] == 2 and report["high_rows"] == 1
    assert report["screener"]["recall_high"] == 1.0
    assert report["screener"]["precision_high"] == 1.0

    (audit / "tiny.tsv").write_text("a\tmaybe\n", "utf-8")
    result = heartline("eval-screen", "--data", str(tmp_path), "--audit", str(audit))
    assert result.returncode == 2 and "tiny.tsv:1" in result.stderr


def test_eval_screen_scores_a_written_chat_set_with_its_context(tmp_path: Path) -> None:
    rows = [
        {"category": "a", "level": "high", "text": "I want to kill myself", "context": []},
        # "I have a plan" is imminent only after the hopelessness before it.
        {
            "category": "b",
            "level": "imminent",
            "text": "I have a plan",
            "context": ["I can't see any point in living"],
        },
        {"category": "c", "level": "high|imminent", "text": "new phone who dis", "context": []},
        {"category": "d", "level": "none", "text": "this commute is killing me", "context": []},
        {"category": "e", "level": "none|concern", "text": "I want to die", "context": []},
    ]
    chat = tmp_path / "set.jsonl"
    chat.write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    result = heartline("eval-screen", "--chat", str(chat), "--json")
    assert result.returncode == 0, result.stderr
    [report] = json.loads(result.stdout)["chat_sets"]
    # "a|b" counts as its lower level: "I want to die" is a false alarm against none.
    assert (report["crisis"], report["others"]) == (3, 2)
    assert report["counts"] == {"caught": 2, "rated_none": 1, "false_alarms": 1}
    assert report["crisis_flagged_high"] == 0.667 and report["others_flagged_high"] == 0.5

    chat.write_text('{"level": "sometimes", "text": "x"}\n', "utf-8")
    result = heartline("eval-screen", "--chat", str(chat))
    assert result.returncode == 2 and "set.jsonl:1" in result.stderr


@pytest.mark.skipif(not DATA.is_dir(), reason="the shared risk data is not next to the repo")
def test_eval_screen_on_the_shared_data_from_the_default_folder() -> None:
    result = heartline("eval-screen", "--split", "dev", "--json")
    assert result.returncode == 0, result.stderr
    files = {f["file"]: f for f in json.loads(result.stdout)["files"]}
    assert "twitter_ideation.jsonl" in files
    ideation = files["twitter_ideation.jsonl"]
    assert ideation["screener"]["precision_high"] >= 0.9
    assert ideation["screener"]["none_flagged_high"] <= ideation["keywords"]["none_flagged_high"]
