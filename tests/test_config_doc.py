"""docs/configuration.md is exactly what `heartline config-doc` prints.

When this fails, a setting changed in bot/config.py: regenerate the page with
``heartline config-doc > docs/configuration.md`` and commit both.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pydantic import SecretStr

from adapters.commands.config_doc import render_markdown
from bot.config import Settings

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "configuration.md"
FIX = "run `heartline config-doc > docs/configuration.md` and commit it"


def test_page_matches_the_command_output(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEARTLINE_")}
    env["PYTHONIOENCODING"] = "utf-8"
    result = subprocess.run(
        [sys.executable, "-m", "adapters.cli", "config-doc"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == render_markdown()
    assert PAGE.read_text(encoding="utf-8") == result.stdout, FIX


def test_every_setting_has_a_row_and_secrets_are_marked() -> None:
    page = render_markdown()
    for field in Settings.model_fields.values():
        rows = [line for line in page.splitlines() if line.startswith(f"| `{field.alias}` |")]
        assert len(rows) == 1, f"{field.alias} needs exactly one row"
        assert field.description, f"{field.alias} needs a description in bot/config.py"
        secret = "SecretStr" in str(field.annotation) or field.annotation is SecretStr
        assert ("**secret**" in rows[0]) == secret, rows[0]


def test_page_depends_on_nothing_but_the_code() -> None:
    """No path of the machine that generated it (the database default is computed)."""
    page = render_markdown()
    assert str(Path.home()) not in page
    assert "HEARTLINE_DB` | text | see description |" in page
