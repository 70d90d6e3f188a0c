"""The ``heartline`` command line: argument parsing and wiring only.

Each subcommand lives in its own module under :mod:`adapters.commands` and
exposes ``NAME``, ``HELP``, ``add_arguments(parser)`` and ``run(args) -> int``.
Errors every command can hit (bad config, unreadable database, a shipped
wording file that is missing or broken) become one clear line on stderr and
exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

from bot.errors import HeartlineError
from persona.wording import WordingError

__all__ = ["build_parser", "main"]

# Order is the order shown in --help.
COMMAND_MODULES = (
    "adapters.commands.chat",
    "adapters.commands.memory",
    "adapters.commands.run",
    "adapters.commands.check",
    "adapters.commands.config_doc",
    "adapters.commands.backup",
    "adapters.commands.migrate_db",
    "adapters.commands.discord",
    "adapters.commands.bench",
    "adapters.commands.stats",
    "adapters.commands.keygen",
    "adapters.commands.screen",
    "adapters.commands.eval_screen",
)


def _commands() -> list[ModuleType]:
    return [importlib.import_module(name) for name in COMMAND_MODULES]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="heartline",
        description="heartline: a warm companion bot with crisis screening. "
        "It is an AI, not a therapist.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in _commands():
        sub = subparsers.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.add_arguments(sub)
        sub.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.run(args)
    except (HeartlineError, WordingError) as exc:
        print(f"heartline: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
