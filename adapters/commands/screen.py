"""``heartline screen``: screen messages from stdin, one JSON verdict per line.

Each input line is a message: plain text, or a JSON object with ``"text"``
and an optional ``"context"`` list of the person's earlier messages (oldest
first). Each output line is ``{"level": ..., "reasons": [...]}``, flushed at
once so the command can sit at the end of a pipe. A blank line is level
``none``; a line that starts with ``{`` but is not such an object is
screened as plain text. Message text is never echoed or logged.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from bot.risk.learned import screener_for

NAME = "screen"
HELP = (
    'Screen messages from stdin (text, or JSON {"text": ..., "context": [...]}) and print '
    'one JSON line per message: {"level": ..., "reasons": [...]}.'
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rules-only",
        action="store_true",
        help="the rule stage alone, as HEARTLINE_LEARNED_SCREENING=false runs the bot",
    )
    parser.epilog = "Levels: none, concern, high, imminent. Nothing is stored or logged."


def parse_line(line: str) -> tuple[str, list[str]]:
    """The message and its context from one input line (see the module docstring)."""
    if line.lstrip().startswith("{"):
        try:
            data: Any = json.loads(line)
        except ValueError:
            return line, []
        if isinstance(data, dict) and isinstance(data.get("text"), str):
            context = data.get("context")
            earlier = (
                [c for c in context if isinstance(c, str)] if isinstance(context, list) else []
            )
            return data["text"], earlier
    return line, []


def run(args: argparse.Namespace) -> int:
    screener = screener_for(learned=not args.rules_only)
    for stream in (sys.stdin, sys.stdout):
        if hasattr(stream, "reconfigure"):  # a pipe may not be UTF-8 by default
            stream.reconfigure(encoding="utf-8", errors="replace")
    for raw in sys.stdin:
        text, context = parse_line(raw.rstrip("\r\n"))
        assessment = screener.assess(text, context)
        verdict = {"level": assessment.level.label, "reasons": list(assessment.reasons)}
        sys.stdout.write(json.dumps(verdict) + "\n")
        sys.stdout.flush()
    return 0
