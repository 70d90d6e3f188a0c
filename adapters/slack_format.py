"""Pure text conversion between Slack and heartline: escaping, defusing, reading.

Outgoing text is model or user text, so it must never ping anyone. Slack
turns ``<!channel>``, ``<!here>``, ``<!everyone>``, ``<@U…>``, ``<#C…>`` and
``<!subteam^…>`` into mentions; the only way to write them is with a literal
``<``, so escaping ``&``, ``<`` and ``>`` (Slack's three control characters)
makes every such sequence plain text. Bare ``@here``-style words get an
invisible word joiner after the ``@`` as well, for surfaces that would link
them. Messages are posted with ``parse="none"`` and ``link_names=False`` on top.

Two outgoing dialects:

* ``mrkdwn`` (chat.postMessage / chat.update ``text``): :func:`to_mrkdwn`
  escapes, then turns the model's Markdown habits (``**bold**``, headings,
  ``[label](https://…)``) into mrkdwn.
* standard Markdown (the streaming API's ``markdown_text``):
  :func:`to_stream_markdown` escapes and also breaks ``&lt;!`` / ``&lt;@`` /
  ``&lt;#`` with a word joiner, so even a renderer that decodes entities
  first cannot rebuild a control sequence.

Incoming text (:func:`read_incoming`) is the reverse: Slack's markup is made
readable for the core (mentions, links, entities), and the bot's own mention
is removed. No I/O and no platform imports here.
"""

from __future__ import annotations

import re

__all__ = [
    "MESSAGE_LIMIT",
    "escape_mrkdwn",
    "read_incoming",
    "to_mrkdwn",
    "to_stream_markdown",
]

# Characters of reply text per Slack message. Slack truncates ``text`` at
# 40,000 characters but a section of a message shows at most 3,000, and long
# walls of text are hard to read on a phone; escaping can grow a part, which
# stays far below the hard limit.
MESSAGE_LIMIT = 3000

_JOINER = "\u2060"  # WORD JOINER: invisible, and breaks Slack's pattern matching
_BROADCAST = re.compile(r"@(?=(?:here|channel|everyone)\b)", re.IGNORECASE)
_CONTROL = re.compile(r"&lt;(?=[!@#])")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_HEADING = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$", re.MULTILINE)
_LINK = re.compile(r"\[([^\]\n|]+)\]\((https?://[^\s()|]+)\)")

_SLACK_MARKUP = re.compile(r"<([^<>]*)>")


def escape_mrkdwn(text: str) -> str:
    """Escape Slack's control characters and defuse bare broadcast words."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _BROADCAST.sub("@" + _JOINER, escaped)


def to_mrkdwn(text: str) -> str:
    """Model text (loosely Markdown) as safe Slack mrkdwn for ``text`` fields."""
    out = escape_mrkdwn(text)
    out = _HEADING.sub(r"*\1*", out)
    out = _BOLD.sub(r"*\1*", out)
    out = _STRIKE.sub(r"~\1~", out)
    return _LINK.sub(r"<\2|\1>", out)


def to_stream_markdown(text: str) -> str:
    """Model text as safe standard Markdown for the streaming API.

    Pieces of one reply may be converted one by one only when each piece
    ends at whitespace: no control sequence spans whitespace.
    """
    return _CONTROL.sub("&lt;" + _JOINER, escape_mrkdwn(text))


def _markup(match: re.Match[str], bot_user_id: str | None) -> str:
    inner = match.group(1)
    target, _, label = inner.partition("|")
    if target.startswith("@"):
        return "" if bot_user_id and target[1:] == bot_user_id else f"@{label or 'someone'}"
    if target.startswith("#"):
        return f"#{label or 'a channel'}"
    if target.startswith("!"):
        special = target[1:].split("^", 1)[0]
        return f"@{label or special}"
    return f"{label} ({target})" if label and label != target else target


def read_incoming(text: str, bot_user_id: str | None = None) -> str:
    """A Slack message's text as a person wrote it, without the bot's mention.

    ``<@U…|name>`` becomes ``@name`` (``@someone`` without a name), channels
    become ``#name``, links become ``label (url)`` and entities are decoded.
    """
    plain = _SLACK_MARKUP.sub(lambda m: _markup(m, bot_user_id), text)
    plain = plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return re.sub(r"[ \t]{2,}", " ", plain).strip()
