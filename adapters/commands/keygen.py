"""``heartline keygen``: a new key for HEARTLINE_ENCRYPTION_KEY."""

from __future__ import annotations

import argparse

from bot.memory.cipher import generate_key

NAME = "keygen"
HELP = "Print a new encryption key for HEARTLINE_ENCRYPTION_KEY."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    return None


def run(args: argparse.Namespace) -> int:
    print(generate_key())
    return 0
