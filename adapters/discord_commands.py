"""heartline's Discord slash commands: /help, /resources, /memory, /forget, /pause, /resume.

Each command only translates: it asks the core (:class:`bot.core.Conversation`)
and answers the interaction. Every answer is ephemeral (only the person who
ran the command sees it), so what heartline remembers never shows in a
server channel. Words a person reads come from the persona, in the language
of the interaction's locale (the person's Discord language):
:class:`adapters.discord_words.DiscordWords` for Discord's own words, the
notices and crisis texts for the rest. Command descriptions reach Discord's
command picker in every translated language through discord.py's own
translator (:class:`CommandTranslator`). Nothing here logs message text.
"""

from __future__ import annotations

import logging
import warnings
from typing import Any

from adapters.delivery import split_text
from adapters.discord_words import COMMAND_PARTS, DiscordWords
from adapters.memory_view import snapshot_text
from bot.config import Settings
from bot.core import Conversation
from bot.countries import country_code
from bot.domain import UserKey
from bot.risk.crisis import country_from_locale
from bot.telemetry import hash_user, log_event

with warnings.catch_warnings():
    # discord.py imports the deprecated audioop module for voice, which heartline never uses.
    warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
    import discord
    from discord import app_commands

__all__ = [
    "NO_MENTIONS",
    "PLATFORM",
    "CommandTranslator",
    "HeartlineTree",
    "SlashCommands",
    "defuse",
    "words_of",
]

log = logging.getLogger(__name__)

PLATFORM = "discord"
MESSAGE_LIMIT = 2000  # Discord's limit on a message's content, in characters
NO_MENTIONS = discord.AllowedMentions.none()  # no reply may ping anyone
CONFIRM_SECONDS = 300.0  # how long the /forget buttons stay live


def words_of(conversation: Conversation) -> DiscordWords:
    return DiscordWords(conversation.persona.said)


def _locale(interaction: discord.Interaction[Any]) -> str:
    return interaction.locale.value


def defuse(text: str) -> str:
    """Text that cannot ping anyone even if allowed_mentions were ignored."""
    return discord.utils.escape_mentions(text)


def _key(user: discord.abc.User) -> UserKey:
    return UserKey(PLATFORM, str(user.id))


def _country(argument: str | None) -> str | None:
    if argument and len(argument.strip()) == 2 and argument.strip().isalpha():
        return country_code(argument)  # "uk" → GB
    return None


async def answer(interaction: discord.Interaction[Any], text: str) -> None:
    """An ephemeral answer, split at Discord's limit (the rest as follow-ups)."""
    parts = split_text(defuse(text), MESSAGE_LIMIT) or ["…"]
    if interaction.response.is_done():
        await interaction.followup.send(parts[0], ephemeral=True, allowed_mentions=NO_MENTIONS)
    else:
        await interaction.response.send_message(
            parts[0], ephemeral=True, allowed_mentions=NO_MENTIONS
        )
    for part in parts[1:]:
        await interaction.followup.send(part, ephemeral=True, allowed_mentions=NO_MENTIONS)


async def kind_error(
    interaction: discord.Interaction[Any], error: BaseException, words: DiscordWords
) -> None:
    """The one handler for a failed command or button: log the type, say sorry
    in the language of the interaction."""
    log_event(
        log,
        logging.ERROR,
        "discord_command_failed",
        user=hash_user(_key(interaction.user)),
        command=interaction.command.name if interaction.command else "component",
        error=type(getattr(error, "original", error)).__name__,
    )
    try:
        await answer(interaction, words.error(interaction.id, locale=_locale(interaction)))
    except discord.HTTPException as exc:
        log_event(log, logging.WARNING, "discord_error_reply_failed", status=exc.status)


class HeartlineTree(app_commands.CommandTree[Any]):
    """The command tree; every command's interaction tells us the person's language.

    Discord sends a person's locale (their client's language: ``en-GB``,
    ``de``, ``pt-BR``) only with an interaction, never with a message, so the
    core keeps the latest one in the person's memory for their later
    messages, where it picks the crisis lines. A server's ``preferred_locale``
    is not used: it is the server's setting, not the person's, and is often
    left at Discord's default, en-US, which would show people elsewhere a US
    emergency number. Button presses do not pass through here, so confirming
    /forget stores nothing after the erase.
    """

    def __init__(self, client: discord.Client, *, conversation: Conversation) -> None:
        super().__init__(client)
        self.conversation = conversation
        self.words = words_of(conversation)

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        await self.conversation.remember_locale(_key(interaction.user), interaction.locale.value)
        return True

    async def on_error(
        self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError
    ) -> None:
        await kind_error(interaction, error, self.words)


class CommandTranslator(app_commands.Translator):
    """Command descriptions in every language heartline speaks, for the picker.

    discord.py asks for each :class:`~discord.app_commands.locale_str` in
    each Discord locale when the tree syncs, and sends what this returns as
    the command's ``description_localizations``; None leaves Discord to show
    the English. Command names are plain strings, never translated: they are
    what people type, the same in every language.
    """

    def __init__(self, words: DiscordWords) -> None:
        self._words = words

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        part = string.extras.get("part")
        return self._words.localized(part, locale.value) if isinstance(part, str) else None


def _described(words: DiscordWords, command: str) -> app_commands.locale_str:
    """``command``'s English description, marked for :class:`CommandTranslator`."""
    return app_commands.locale_str(words.description(command), part=COMMAND_PARTS[command])


class ForgetConfirm(discord.ui.View):
    """Two buttons under the /forget question; only the person who asked may press them.

    The question, its buttons and what replaces them are in the language of
    the /forget interaction's locale (the expiry has no interaction of its
    own), an answer to a press in the presser's.
    """

    def __init__(self, commands: SlashCommands, owner: int, question: discord.Interaction[Any]):
        super().__init__(timeout=commands.confirm_seconds)
        words, locale = commands.words, _locale(question)
        self._commands = commands
        self._owner = owner
        self._question = question
        confirm: discord.ui.Button[ForgetConfirm] = discord.ui.Button(
            label=words.forget("confirm", locale=locale), style=discord.ButtonStyle.danger
        )
        cancel: discord.ui.Button[ForgetConfirm] = discord.ui.Button(
            label=words.forget("cancel", locale=locale), style=discord.ButtonStyle.secondary
        )
        confirm.callback = self._confirm  # type: ignore[method-assign]
        cancel.callback = self._cancel  # type: ignore[method-assign]
        self.add_item(confirm)
        self.add_item(cancel)

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        if interaction.user.id == self._owner:
            return True
        await answer(interaction, self._commands.words.not_yours(locale=_locale(interaction)))
        return False

    async def _confirm(self, interaction: discord.Interaction[Any]) -> None:
        self.stop()
        await self._commands.conversation.forget(_key(interaction.user))
        persona = self._commands.conversation.persona
        text = persona.notice("forgotten", locale=_locale(interaction))
        await interaction.response.edit_message(
            content=text, view=None, allowed_mentions=NO_MENTIONS
        )

    async def _cancel(self, interaction: discord.Interaction[Any]) -> None:
        self.stop()
        text = self._commands.words.forget("cancelled", locale=_locale(interaction))
        await interaction.response.edit_message(
            content=text, view=None, allowed_mentions=NO_MENTIONS
        )

    async def on_timeout(self) -> None:
        try:
            await self._question.edit_original_response(
                content=self._commands.words.forget("expired", locale=_locale(self._question)),
                view=None,
                allowed_mentions=NO_MENTIONS,
            )
        except discord.HTTPException as exc:
            log_event(log, logging.INFO, "discord_forget_expiry_not_shown", status=exc.status)

    async def on_error(
        self, interaction: discord.Interaction[Any], error: Exception, item: discord.ui.Item[Any], /
    ) -> None:
        await kind_error(interaction, error, self._commands.words)


class SlashCommands:
    """The command callbacks, bound to one core; :meth:`install` adds them to a tree.

    ``confirm_seconds`` is how long the /forget buttons stay live.
    """

    def __init__(
        self,
        conversation: Conversation,
        settings: Settings,
        *,
        confirm_seconds: float = CONFIRM_SECONDS,
    ) -> None:
        self.conversation = conversation
        self.settings = settings
        self.words = words_of(conversation)
        self.confirm_seconds = confirm_seconds

    async def help(self, interaction: discord.Interaction[Any]) -> None:
        help_text = self.conversation.crisis.help_text(locale=interaction.locale.value)
        await answer(interaction, help_text)

    async def resources(self, interaction: discord.Interaction[Any], country: str | None) -> None:
        chosen = _country(country) or country_from_locale(
            interaction.locale.value, self.settings.default_country
        )
        text = self.conversation.crisis.resources_text(chosen, locale=interaction.locale.value)
        await answer(interaction, text)

    async def memory(self, interaction: discord.Interaction[Any]) -> None:
        snapshot = await self.conversation.memory(_key(interaction.user))
        empty = self.conversation.persona.notice(
            "nothing_remembered", locale=interaction.locale.value
        )
        await answer(interaction, snapshot_text(snapshot, empty))

    async def forget(self, interaction: discord.Interaction[Any]) -> None:
        view = ForgetConfirm(self, interaction.user.id, interaction)
        prompt = self.words.forget("prompt", locale=_locale(interaction))
        await interaction.response.send_message(
            prompt, view=view, ephemeral=True, allowed_mentions=NO_MENTIONS
        )

    async def pause(self, interaction: discord.Interaction[Any]) -> None:
        await self.conversation.pause(_key(interaction.user))
        ack = self.conversation.persona.notice("paused_ack", locale=interaction.locale.value)
        await answer(interaction, ack)

    async def resume(self, interaction: discord.Interaction[Any]) -> None:
        await self.conversation.resume(_key(interaction.user))
        ack = self.conversation.persona.notice("resumed_ack", locale=interaction.locale.value)
        await answer(interaction, ack)

    def install(self, tree: app_commands.CommandTree[Any]) -> None:
        """Register the six commands. Their descriptions are English
        (``persona/discord.toml``) marked for :class:`CommandTranslator`."""

        def desc(command: str) -> app_commands.locale_str:
            return _described(self.words, command)

        @tree.command(name="help", description=desc("help"))
        async def help_(interaction: discord.Interaction[Any]) -> None:
            await self.help(interaction)

        @tree.command(name="resources", description=desc("resources"))
        @app_commands.describe(country=desc("resources.country"))
        async def resources(
            interaction: discord.Interaction[Any], country: str | None = None
        ) -> None:
            await self.resources(interaction, country)

        @tree.command(name="memory", description=desc("memory"))
        async def memory(interaction: discord.Interaction[Any]) -> None:
            await self.memory(interaction)

        @tree.command(name="forget", description=desc("forget"))
        async def forget(interaction: discord.Interaction[Any]) -> None:
            await self.forget(interaction)

        @tree.command(name="pause", description=desc("pause"))
        async def pause(interaction: discord.Interaction[Any]) -> None:
            await self.pause(interaction)

        @tree.command(name="resume", description=desc("resume"))
        async def resume(interaction: discord.Interaction[Any]) -> None:
            await self.resume(interaction)
