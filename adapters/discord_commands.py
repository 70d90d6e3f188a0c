"""heartline's Discord slash commands: /help, /resources, /memory, /forget, /pause, /resume.

Each command only translates: it asks the core (:class:`bot.core.Conversation`)
and answers the interaction. Every answer is ephemeral (only the person who
ran the command sees it), so what heartline remembers never shows in a
server channel. Words a person reads come from ``persona/discord.toml`` and
the shared persona texts; nothing here logs message text.
"""

from __future__ import annotations

import logging
import warnings
from typing import Any

from adapters.delivery import split_text
from adapters.memory_view import snapshot_text
from bot.config import Settings
from bot.core import Conversation
from bot.countries import country_code
from bot.domain import UserKey
from bot.risk.crisis import country_from_locale
from bot.telemetry import hash_user, log_event
from persona import load_toml, pick

with warnings.catch_warnings():
    # discord.py imports the deprecated audioop module for voice, which heartline never uses.
    warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
    import discord
    from discord import app_commands

__all__ = ["NO_MENTIONS", "PLATFORM", "HeartlineTree", "SlashCommands", "discord_texts", "defuse"]

log = logging.getLogger(__name__)

PLATFORM = "discord"
MESSAGE_LIMIT = 2000  # Discord's limit on a message's content, in characters
NO_MENTIONS = discord.AllowedMentions.none()  # no reply may ping anyone
CONFIRM_SECONDS = 300.0  # how long the /forget buttons stay live


def discord_texts() -> dict[str, Any]:
    return load_toml("discord.toml")


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


async def kind_error(interaction: discord.Interaction[Any], error: BaseException) -> None:
    """The one handler for a failed command or button: log the type, say sorry."""
    log_event(
        log,
        logging.ERROR,
        "discord_command_failed",
        user=hash_user(_key(interaction.user)),
        command=interaction.command.name if interaction.command else "component",
        error=type(getattr(error, "original", error)).__name__,
    )
    try:
        await answer(interaction, pick(discord_texts()["error"], interaction.id))
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

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        await self.conversation.remember_locale(_key(interaction.user), interaction.locale.value)
        return True

    async def on_error(
        self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError
    ) -> None:
        await kind_error(interaction, error)


class ForgetConfirm(discord.ui.View):
    """Two buttons under the /forget question; only the person who asked may press them."""

    def __init__(self, commands: SlashCommands, owner: int, question: discord.Interaction[Any]):
        super().__init__(timeout=CONFIRM_SECONDS)
        texts = commands.texts["forget"]
        self._commands = commands
        self._owner = owner
        self._question = question
        confirm: discord.ui.Button[ForgetConfirm] = discord.ui.Button(
            label=texts["confirm"], style=discord.ButtonStyle.danger
        )
        cancel: discord.ui.Button[ForgetConfirm] = discord.ui.Button(
            label=texts["cancel"], style=discord.ButtonStyle.secondary
        )
        confirm.callback = self._confirm  # type: ignore[method-assign]
        cancel.callback = self._cancel  # type: ignore[method-assign]
        self.add_item(confirm)
        self.add_item(cancel)

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        if interaction.user.id == self._owner:
            return True
        await answer(interaction, self._commands.texts["not_yours"])
        return False

    async def _confirm(self, interaction: discord.Interaction[Any]) -> None:
        self.stop()
        await self._commands.conversation.forget(_key(interaction.user))
        persona = self._commands.conversation.persona
        text = persona.notice("forgotten", locale=interaction.locale.value)
        await interaction.response.edit_message(
            content=text, view=None, allowed_mentions=NO_MENTIONS
        )

    async def _cancel(self, interaction: discord.Interaction[Any]) -> None:
        self.stop()
        text = self._commands.texts["forget"]["cancelled"]
        await interaction.response.edit_message(
            content=text, view=None, allowed_mentions=NO_MENTIONS
        )

    async def on_timeout(self) -> None:
        try:
            await self._question.edit_original_response(
                content=self._commands.texts["forget"]["expired"],
                view=None,
                allowed_mentions=NO_MENTIONS,
            )
        except discord.HTTPException as exc:
            log_event(log, logging.INFO, "discord_forget_expiry_not_shown", status=exc.status)

    async def on_error(
        self, interaction: discord.Interaction[Any], error: Exception, item: discord.ui.Item[Any], /
    ) -> None:
        await kind_error(interaction, error)


class SlashCommands:
    """The command callbacks, bound to one core; :meth:`install` adds them to a tree."""

    def __init__(self, conversation: Conversation, settings: Settings) -> None:
        self.conversation = conversation
        self.settings = settings
        self.texts = discord_texts()

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
        await interaction.response.send_message(
            self.texts["forget"]["prompt"], view=view, ephemeral=True, allowed_mentions=NO_MENTIONS
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
        """Register the six commands (descriptions from ``persona/discord.toml``)."""
        desc = self.texts["commands"]

        @tree.command(name="help", description=desc["help"])
        async def help_(interaction: discord.Interaction[Any]) -> None:
            await self.help(interaction)

        @tree.command(name="resources", description=desc["resources"])
        @app_commands.describe(country=desc["resources_country"])
        async def resources(
            interaction: discord.Interaction[Any], country: str | None = None
        ) -> None:
            await self.resources(interaction, country)

        @tree.command(name="memory", description=desc["memory"])
        async def memory(interaction: discord.Interaction[Any]) -> None:
            await self.memory(interaction)

        @tree.command(name="forget", description=desc["forget"])
        async def forget(interaction: discord.Interaction[Any]) -> None:
            await self.forget(interaction)

        @tree.command(name="pause", description=desc["pause"])
        async def pause(interaction: discord.Interaction[Any]) -> None:
            await self.pause(interaction)

        @tree.command(name="resume", description=desc["resume"])
        async def resume(interaction: discord.Interaction[Any]) -> None:
            await self.resume(interaction)
