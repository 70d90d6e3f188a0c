"""Deliver one reply to Slack as the core streams it.

Two ways to show a reply while it is written:

* **Streaming** (chat.startStream / appendStream / stopStream): Slack shows
  the text growing in one message. Slack only streams into a thread, so it
  is used for channel threads and the assistant pane, never for a top-level
  DM. Pieces are appended at most every :data:`APPEND_INTERVAL` seconds.
* **Post, then edit** (chat.postMessage, then chat.update): the fallback, and
  the way for top-level DMs. chat.update is rate limited to about 50 calls a
  minute per workspace, so one reply edits at most once every
  :data:`EDIT_INTERVAL` (1.2) seconds and its final text is shown after the
  pause is over, never sooner. Text past :data:`MESSAGE_LIMIT` continues in
  further messages (``split_text``).

When chat.startStream fails the reply continues as post-then-edit; an error
that means "this workspace cannot stream" (``unknown_method``,
``not_allowed`` …) is remembered in :class:`StreamSupport` so later replies
in that workspace go straight to the fallback. If the output filter
replaces a reply mid-stream the stream is stopped and the message rewritten
with chat.update at once. A crisis reply arrives whole and is posted whole
with one chat.postMessage.

Everything posted goes through :mod:`adapters.slack_format` (nothing can
ping) with ``parse="none"`` and ``link_names=False``. Nothing is logged here.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from adapters.delivery import EditPacer, split_text
from adapters.slack_format import MESSAGE_LIMIT, to_mrkdwn, to_stream_markdown
from bot.domain import ReplyChunk, ReplyKind

__all__ = [
    "APPEND_INTERVAL",
    "EDIT_INTERVAL",
    "ReplyTarget",
    "SlackReplyWriter",
    "StreamSupport",
    "post_text",
]

EDIT_INTERVAL = 1.2  # seconds between chat.update calls for one reply (~50/min/workspace)
APPEND_INTERVAL = 0.5  # seconds between chat.appendStream calls for one reply
STREAM_LIMIT = 11_000  # characters one streamed message takes (Slack: 12,000 per call)

# chat.startStream errors that mean the workspace (or app) cannot stream at all.
_CANNOT_STREAM = frozenset(
    {
        "unknown_method",
        "not_allowed",
        "not_allowed_token_type",
        "not_supported",
        "feature_not_enabled",
        "method_not_supported_for_channel_type",
        "missing_scope",
    }
)

# Options on every post and edit: Slack must not parse mentions or unfurl links.
_QUIET: dict[str, Any] = {"parse": "none", "link_names": False}


@dataclass(frozen=True, slots=True)
class ReplyTarget:
    """Where a reply goes. ``thread_ts`` None posts top-level (a DM)."""

    channel: str
    thread_ts: str | None
    team_id: str  # the workspace, for remembering stream support
    recipient_team_id: str
    recipient_user_id: str


class StreamSupport:
    """Workspaces where streaming failed for good, kept for the process's life."""

    def __init__(self) -> None:
        self._off: set[str] = set()

    def allowed(self, team_id: str) -> bool:
        return team_id not in self._off

    def disable(self, team_id: str) -> None:
        self._off.add(team_id)


def _error(exc: SlackApiError) -> str:
    data = getattr(exc.response, "data", None)
    return str(data.get("error", "")) if isinstance(data, dict) else ""


async def post_text(
    client: AsyncWebClient, channel: str, text: str, thread_ts: str | None = None
) -> str:
    """Post ``text`` (plain, may be long) as one or more safe messages; the first ts."""
    first = ""
    for part in split_text(text, MESSAGE_LIMIT):
        response = await client.chat_postMessage(
            channel=channel,
            thread_ts=thread_ts,
            text=to_mrkdwn(part),
            unfurl_links=False,
            unfurl_media=False,
            **_QUIET,
        )
        first = first or str(response.get("ts") or "")
    return first


class SlackReplyWriter:
    """Shows one streamed reply: ``await push(chunk)`` per chunk, then ``finish()``.

    Raises ``SlackApiError`` (after slack_sdk's own 429 retries) when Slack
    refuses a post; the caller's top-level handler deals with it.
    """

    def __init__(
        self,
        client: AsyncWebClient,
        target: ReplyTarget,
        support: StreamSupport,
        *,
        clock: Callable[[], float] | None = None,
        edit_interval: float = EDIT_INTERVAL,
        append_interval: float = APPEND_INTERVAL,
    ) -> None:
        self._client = client
        self._target = target
        self._support = support
        self._clock = clock or asyncio.get_running_loop().time
        self._edit_interval = edit_interval
        self._appends = EditPacer(append_interval)
        self._mode = "idle"  # idle → stream | edit → done
        self._text = ""
        self._stream_ts: str | None = None
        self._streamed = ""  # the prefix of _text the stream shows (up to whitespace)
        self._offset = 0  # characters of _text left in a stopped, full stream message
        self._ts: list[str] = []  # messages of the post-then-edit mode
        self._shown: list[str] = []  # the text each of them shows
        self._edited_at: float | None = None

    @property
    def posted(self) -> bool:
        return self._mode != "idle"

    async def push(self, chunk: ReplyChunk) -> None:
        if chunk.kind is ReplyKind.CRISIS:
            await self.finish()
            await post_text(self._client, self._target.channel, chunk.text, self._target.thread_ts)
            self._mode = "done"
            return
        self._text = chunk.text
        if self._mode == "idle":
            await self._begin(whole=chunk.done)
        elif self._mode == "stream":
            await self._stream_step(replaced=chunk.replaced)
        elif self._mode == "edit" and self._edit_due(self._clock()):
            await self._sync()

    async def finish(self) -> None:
        """Show the final text; safe to call more than once."""
        if self._mode == "stream":
            await self._stop_stream()
        if self._mode == "edit":
            if self._edited_at is not None:
                wait = self._edited_at + self._edit_interval - self._clock()
                if wait > 0:
                    await asyncio.sleep(wait)
            await self._sync()
        if self._mode != "idle":
            self._mode = "done"

    # -- starting ------------------------------------------------------------------

    async def _begin(self, *, whole: bool) -> None:
        target = self._target
        if not self._text.strip():
            return  # nothing to show yet
        if whole or target.thread_ts is None or not self._support.allowed(target.team_id):
            self._mode = "edit"
            await self._sync()
            return
        piece = _up_to_space(self._text)
        try:
            response = await self._client.chat_startStream(
                channel=target.channel,
                thread_ts=target.thread_ts,
                markdown_text=to_stream_markdown(piece) if piece else None,
                recipient_team_id=target.recipient_team_id,
                recipient_user_id=target.recipient_user_id,
            )
        except SlackApiError as exc:
            if _error(exc) in _CANNOT_STREAM:
                self._support.disable(target.team_id)
            self._mode = "edit"
            await self._sync()
            return
        self._stream_ts = str(response.get("ts") or "")
        self._streamed = piece
        self._mode = "stream"
        self._appends.mark(self._clock())

    # -- streaming -----------------------------------------------------------------

    def _continuation(self) -> tuple[int, str] | None:
        """Where the streamed text ends in the current text, and what follows.

        The core may trim trailing whitespace it already sent (before adding
        a check-in, or at the end); anything else that differs means the
        text no longer continues the stream (None).
        """
        for shown in (self._streamed, self._streamed.rstrip()):
            if self._text.startswith(shown):
                return len(shown), self._text[len(shown) :]
        return None

    async def _stream_step(self, *, replaced: bool) -> None:
        found = None if replaced else self._continuation()
        if found is None:  # the filter threw the shown text away: stop and rewrite now
            await self._stop_stream(send_rest=False)
            self._to_edit(offset=0, keep_stream=True)
            await self._sync()
            return
        base, rest = found
        if len(self._text) > STREAM_LIMIT:  # Slack's limit for one message: continue below
            await self._stop_stream()
            return
        piece = _up_to_space(rest)
        now = self._clock()
        if not piece.strip() or not self._appends.due(now):
            return
        assert self._stream_ts is not None
        try:
            await self._client.chat_appendStream(
                channel=self._target.channel,
                ts=self._stream_ts,
                markdown_text=to_stream_markdown(piece),
            )
        except SlackApiError:  # the stream expired or broke: edit the message instead
            self._to_edit(offset=0, keep_stream=True)
            await self._sync()
            return
        self._streamed = self._text[:base] + piece
        self._appends.mark(now)

    async def _stop_stream(self, *, send_rest: bool = True) -> None:
        """Stop the stream, sending what is left; then continue as post-then-edit.

        Anything written after this goes to new messages (``_offset``).
        """
        assert self._stream_ts is not None
        found = self._continuation() if send_rest else None
        rest = found[1] if found is not None else ""
        try:
            await self._client.chat_stopStream(
                channel=self._target.channel,
                ts=self._stream_ts,
                markdown_text=to_stream_markdown(rest) if rest.strip() else None,
            )
        except SlackApiError:
            if send_rest and rest.strip():  # edit the message to show everything instead
                self._to_edit(offset=0, keep_stream=True)
                return
        self._to_edit(offset=len(self._text), keep_stream=False)

    def _to_edit(self, *, offset: int, keep_stream: bool) -> None:
        """Continue as post-then-edit, editing the stream's message or leaving it be."""
        self._mode = "edit"
        self._offset = offset
        if keep_stream and self._stream_ts:
            self._ts, self._shown = [self._stream_ts], [""]
        else:
            self._ts, self._shown = [], []

    # -- post, then edit -------------------------------------------------------------

    def _edit_due(self, now: float) -> bool:
        return self._edited_at is None or now - self._edited_at >= self._edit_interval

    async def _sync(self) -> None:
        """Make the posted messages show the current text (post, update or delete)."""
        target = self._target
        parts = split_text(self._text[self._offset :], MESSAGE_LIMIT)
        for i, part in enumerate(parts):
            if i < len(self._ts):
                if part != self._shown[i]:
                    await self._client.chat_update(
                        channel=target.channel, ts=self._ts[i], text=to_mrkdwn(part), **_QUIET
                    )
                    self._shown[i] = part
                continue
            response = await self._client.chat_postMessage(
                channel=target.channel,
                thread_ts=target.thread_ts,
                text=to_mrkdwn(part),
                unfurl_links=False,
                unfurl_media=False,
                **_QUIET,
            )
            self._ts.append(str(response.get("ts") or ""))
            self._shown.append(part)
        for ts in self._ts[len(parts) :]:  # the text got shorter (a replaced reply)
            await self._client.chat_delete(channel=target.channel, ts=ts)
        del self._ts[len(parts) :], self._shown[len(parts) :]
        self._edited_at = self._clock()


def _up_to_space(text: str) -> str:
    """``text`` up to its last whitespace: a half-written word waits (see slack_format)."""
    return text[: max(text.rfind(" "), text.rfind("\n")) + 1]
