"""The dependency rule: bot/ and persona/ never load a platform library."""

from __future__ import annotations

import subprocess
import sys

PLATFORM_MODULES = ("discord", "slack_bolt", "slack_sdk", "aiohttp")


def test_core_imports_no_platform_library() -> None:
    code = (
        "import sys, importlib, pkgutil, bot, persona\n"
        "for m in pkgutil.walk_packages(bot.__path__, 'bot.'):\n"
        "    importlib.import_module(m.name)\n"
        f"print([m for m in {PLATFORM_MODULES!r} if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]", out.stdout
