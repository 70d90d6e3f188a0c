"""``heartline discord invite``: print the link that adds heartline to a server.

The link asks for the ``bot`` and ``applications.commands`` scopes and exactly
the permissions heartline uses (see :data:`PERMISSIONS`). The application id
comes from ``--client-id`` or from the first segment of ``DISCORD_TOKEN``,
which is the application id in base64. This module does not import
discord.py, so ``heartline --help`` stays light.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import sys
from urllib.parse import urlencode

from bot.config import load_settings
from bot.errors import ConfigError

NAME = "discord"
HELP = "Discord helpers: `heartline discord invite` prints the link that adds the bot."

# Discord permission bits heartline needs, and nothing more.
VIEW_CHANNEL = 1 << 10  # see the channels it may answer in
SEND_MESSAGES = 1 << 11  # reply
EMBED_LINKS = 1 << 14  # crisis-line links show as links
READ_MESSAGE_HISTORY = 1 << 16  # reply to a message (the reply reference)
CREATE_PUBLIC_THREADS = 1 << 35  # HEARTLINE_DISCORD_THREADS
SEND_MESSAGES_IN_THREADS = 1 << 38  # answer inside threads
PERMISSIONS = (
    VIEW_CHANNEL
    | SEND_MESSAGES
    | EMBED_LINKS
    | READ_MESSAGE_HISTORY
    | CREATE_PUBLIC_THREADS
    | SEND_MESSAGES_IN_THREADS
)  # = 309237730304
SCOPES = "bot applications.commands"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    invite = actions.add_parser("invite", help="print the OAuth2 link that adds heartline")
    invite.add_argument(
        "--client-id",
        type=int,
        default=None,
        help="the application id (default: read from DISCORD_TOKEN)",
    )


def client_id_from_token(token: str) -> int:
    """The application id encoded in a bot token's first segment."""
    head = token.strip().split(".", 1)[0]
    try:
        decoded = base64.b64decode(head + "=" * (-len(head) % 4), validate=True).decode("ascii")
    except (binascii.Error, UnicodeDecodeError):
        decoded = ""
    if not decoded.isdigit():
        raise ConfigError(
            "DISCORD_TOKEN",
            "cannot read the application id from it; pass --client-id "
            "(Developer Portal → your application → General Information → Application ID)",
        )
    return int(decoded)


def invite_url(client_id: int) -> str:
    query = urlencode({"client_id": client_id, "permissions": PERMISSIONS, "scope": SCOPES})
    return f"https://discord.com/oauth2/authorize?{query}"


def run(args: argparse.Namespace) -> int:
    client_id = args.client_id
    if client_id is None:
        token = load_settings().discord_token
        if token is None:
            raise ConfigError("DISCORD_TOKEN", "is not set; set it or pass --client-id")
        client_id = client_id_from_token(token.get_secret_value())
    sys.stdout.write(invite_url(client_id) + "\n")
    return 0
