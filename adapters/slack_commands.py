"""``/heartline`` answers and moderator alerts for Slack.

:class:`SlackCommands` turns the slash command's text into the answer a
person sees (only them: the app sends it as an ephemeral response), in the
language of their Slack locale (English when it is unknown). ``forget``
erases at once and says so, like the console's ``/forget``: the person typed
the word on purpose, and asking again would keep the data around longer.

:class:`SlackEscalation` is the :class:`bot.ports.Escalation` hook: it posts
:func:`adapters.alert_text.alert_text` to the moderators' channel, with a
permalink when Slack gives one. The person is shown by their Slack id, not
as a mention, so nobody is pinged (the person may be in that channel). It
raises on failure; the core retries and logs.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from adapters.alert_text import alert_text
from adapters.memory_view import snapshot_text
from adapters.slack_delivery import post_text
from adapters.slack_events import PLATFORM, person_id
from adapters.slack_words import SlackWords
from bot.core import Conversation
from bot.countries import country_code
from bot.domain import ModeratorAlert, UserKey
from bot.risk.crisis import country_from_locale
from bot.telemetry import hash_user, log_event
from persona import Persona

__all__ = ["SlackCommands", "SlackEscalation"]

log = logging.getLogger(__name__)

LocaleOf = Callable[[str], Awaitable[str | None]]


class SlackCommands:
    """The answers to ``/heartline help|resources [country]|memory|forget|pause|resume``."""

    def __init__(
        self,
        conversation: Conversation,
        words: SlackWords,
        *,
        locale_of: LocaleOf,
        default_country: str | None = None,
    ) -> None:
        self.conversation = conversation
        self.words = words
        self.locale_of = locale_of
        self.default_country = default_country

    async def answer(self, text: str, *, team_id: str, user_id: str) -> str:
        """The plain-text answer (the caller formats it for Slack)."""
        words = text.split()
        command = words[0].lower() if words else "help"
        conv = self.conversation
        user = UserKey(PLATFORM, person_id(team_id, user_id))
        log_event(log, logging.INFO, "slack_command", command=command, user=hash_user(user))
        # Every answer is in the person's language. The lookup (cached; a failed
        # one is None, which is English) comes after what a command does, so
        # forget and pause never wait on Slack.
        if command == "help":
            locale = await self.locale_of(user_id)
            help_text = conv.crisis.help_text(locale=locale)
            return f"{help_text}\n\n{self.words.usage(locale=locale)}"
        if command == "resources":
            locale = await self.locale_of(user_id)
            asked = country_code(words[1]) if len(words) > 1 else None
            country = asked or country_from_locale(locale, self.default_country)
            return conv.crisis.resources_text(country, locale=locale)
        if command == "memory":
            snapshot = await conv.memory(user)
            return snapshot_text(snapshot, await self._notice("nothing_remembered", user_id))
        if command == "forget":
            await conv.forget(user)
            return await self._notice("forgotten", user_id)
        if command == "pause":
            await conv.pause(user)
            return await self._notice("paused_ack", user_id)
        if command == "resume":
            await conv.resume(user)
            return await self._notice("resumed_ack", user_id)
        locale = await self.locale_of(user_id)
        return f"{self.words.unknown(locale=locale)}\n\n{self.words.usage(locale=locale)}"

    async def _notice(self, key: str, user_id: str) -> str:
        """A notice in the person's Slack language (the lookup is cached)."""
        locale = await self.locale_of(user_id)
        return self.conversation.persona.notice(key, locale=locale)


class SlackEscalation:
    """Posts moderator alerts to one Slack channel."""

    def __init__(self, client: AsyncWebClient, channel: str, persona: Persona) -> None:
        self.client = client
        self.channel = channel
        self.persona = persona

    async def alert(self, alert: ModeratorAlert) -> None:
        """Post the alert; raises ``SlackApiError`` when Slack refuses it."""
        ts = alert.message_id.rpartition(":")[2]
        link = await self._permalink(alert.conversation_id, ts)
        slack_user = alert.user_id.rpartition(":")[2]
        text = alert_text(alert, self.persona, user=slack_user, link=link)
        await post_text(self.client, self.channel, text)

    async def _permalink(self, channel: str, ts: str) -> str:
        try:
            response = await self.client.chat_getPermalink(channel=channel, message_ts=ts)
        except SlackApiError:
            response = None
        permalink = response.get("permalink") if response is not None else None
        return str(permalink) if permalink else f"channel {channel}, message {ts}"
