"""The Discord adapter, driven through the real discord.py client.

A fake Discord (REST API and gateway, ``tests/fakes/discord_gateway.py``)
runs on loopback; the core is the real one on a SQLite file, with the fake
model server when a test needs a model. Tests push gateway events and assert
on the REST calls the bot made and on what a person would see.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import subprocess
import sys
import tomllib
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from adapters.commands.discord import PERMISSIONS, client_id_from_token, invite_url
from adapters.delivery import split_text
from adapters.wiring import open_conversation
from bot.core import Conversation
from bot.domain import UserKey
from bot.errors import ConfigError
from bot.risk.crisis import country_from_locale
from tests.conftest import settings_for
from tests.fakes.discord_gateway import Call, FakeDiscord, make_token
from tests.fakes.openai_server import FakeOpenAI, Hang, Stream

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
    import discord

    from adapters.discord_bot import DiscordService

EDIT_INTERVAL = 0.25  # short, so a test streams over several edit windows quickly
EXPECTED_INTENTS = (1 << 0) | (1 << 9) | (1 << 12) | (1 << 15)  # guilds, guild/DM msgs, content
IMMINENT = "I have the pills and I'm going to take them all tonight"


@dataclass
class Bot:
    fake: FakeDiscord
    service: DiscordService
    conversation: Conversation
    db: Path

    @property
    def dm(self) -> int:
        return self.fake.dm_channel_of(self.fake.person)

    async def replied(self, channel_id: int, posts: int = 1) -> list[dict[str, Any]]:
        """Wait for ``posts`` bot messages in the channel and the turn to finish."""
        await self.fake.wait_for(
            lambda: len(self.fake.posts_in(channel_id)) >= posts, what=f"{posts} post(s)"
        )
        await asyncio.wait_for(self.conversation.drain(5.0), 6.0)
        return self.fake.bot_messages(channel_id)


StartBot = Callable[..., Awaitable[Bot]]


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    fake = await FakeDiscord().start()
    try:
        yield fake
    finally:
        await fake.close()


@pytest.fixture
async def start_bot(fake_discord: FakeDiscord, db_path: Path) -> AsyncIterator[StartBot]:
    started: list[Bot] = []

    async def start(*, forget_timeout: float = 300.0, **env: Any) -> Bot:
        settings = settings_for(db_path, DISCORD_TOKEN=fake_discord.token, **env)
        conversation = await open_conversation(settings)
        service = DiscordService(
            conversation,
            settings,
            api_base=fake_discord.api_base,
            edit_interval=EDIT_INTERVAL,
            guild_ready_timeout=0.05,
            ready_timeout=5.0,
            drain_timeout=5.0,
            forget_timeout=forget_timeout,
        )
        bot = Bot(fake_discord, service, conversation, db_path)
        started.append(bot)
        await service.start()
        return bot

    yield start
    for bot in started:
        await bot.service.stop()
        await bot.conversation.aclose()


def first_part(text: str) -> str:
    """What a person sees in the first message of ``text``."""
    return split_text(discord.utils.escape_mentions(text), 2000)[0]


def discord_words(language: str) -> dict[str, Any]:
    """Discord's own words as a person reads them in ``language``, from the
    persona files themselves: English, or a language file's [discord]."""
    name = "discord.toml" if language == "en" else f"texts/{language}.toml"
    data = tomllib.loads(resources.files("persona").joinpath(name).read_text("utf-8"))
    return data if language == "en" else dict(data["discord"])


def message_calls(fake: FakeDiscord) -> list[Call]:
    return fake.calls_to("POST", r"/channels/\d+/messages") + fake.calls_to(
        "PATCH", r"/channels/\d+/messages/\d+"
    )


# -- connecting ------------------------------------------------------------------------


async def test_connects_with_minimal_intents_and_registers_commands(start_bot: StartBot) -> None:
    bot = await start_bot()
    assert bot.service.healthy
    assert bot.fake.identify is not None
    assert bot.fake.identify["intents"] == EXPECTED_INTENTS
    synced = bot.fake.calls_to("PUT", rf"/applications/{bot.fake.application_id}/commands")
    assert len(synced) == 1
    names = {c["name"] for c in synced[0].json}
    assert names == {"help", "resources", "memory", "forget", "pause", "resume"}
    assert all(0 < len(c["description"]) <= 100 for c in synced[0].json)
    await bot.service.stop()
    assert not bot.service.healthy
    assert discord.http.Route.BASE == "https://discord.com/api/v10"  # restored at stop


async def test_synced_commands_carry_their_descriptions_in_every_language(
    start_bot: StartBot,
) -> None:
    """What Discord's command picker shows a person whose Discord is in
    Spanish (Spain or Latin America), French, German or Brazilian Portuguese;
    English for everyone else, and the command names as they are typed."""
    bot = await start_bot()
    [synced] = bot.fake.calls_to("PUT", rf"/applications/{bot.fake.application_id}/commands")
    commands = {c["name"]: c for c in synced.json}
    english = discord_words("en")["commands"]
    own = {lang: discord_words(lang)["commands"] for lang in ("es", "fr", "de", "pt")}
    for name, command in commands.items():
        assert command["description"] == english[name]
        assert command["description_localizations"] == {
            "es-ES": own["es"][name],
            "es-419": own["es"][name],
            "fr": own["fr"][name],
            "de": own["de"][name],
            "pt-BR": own["pt"][name],
        }
        assert not command.get("name_localizations")  # /forget is /forget in every language
    [country] = commands["resources"]["options"]
    assert country["description"] == english["resources_country"]
    assert country["description_localizations"]["es-419"] == own["es"]["resources_country"]
    assert "en-GB" not in country["description_localizations"]


async def test_commands_sync_to_one_guild_when_configured(start_bot: StartBot) -> None:
    fake_guild = 1_234_567_890_123_456_789
    bot = await start_bot(HEARTLINE_DISCORD_GUILD_ID=fake_guild)
    app = bot.fake.application_id
    assert bot.fake.calls_to("PUT", rf"/applications/{app}/guilds/{fake_guild}/commands")
    assert not bot.fake.calls_to("PUT", rf"/applications/{app}/commands")


async def test_rejected_token_is_one_config_error(fake_discord: FakeDiscord, db_path: Path) -> None:
    settings = settings_for(db_path, DISCORD_TOKEN=make_token(42))
    conversation = await open_conversation(settings)
    service = DiscordService(conversation, settings, api_base=fake_discord.api_base)
    try:
        with pytest.raises(ConfigError) as caught:
            await service.start()
        assert str(caught.value).startswith("DISCORD_TOKEN: Discord rejected the token")
        assert not service.healthy
    finally:
        await service.stop()
        await conversation.aclose()


async def test_message_content_intent_off_is_one_config_error(
    fake_discord: FakeDiscord, db_path: Path
) -> None:
    fake_discord.message_content_enabled = False
    settings = settings_for(db_path, DISCORD_TOKEN=fake_discord.token)
    conversation = await open_conversation(settings)
    service = DiscordService(
        conversation, settings, api_base=fake_discord.api_base, ready_timeout=5.0
    )
    try:
        with pytest.raises(ConfigError, match="Message Content intent is off"):
            await service.start()
    finally:
        await service.stop()
        await conversation.aclose()


async def test_resumes_after_the_gateway_drops(start_bot: StartBot) -> None:
    bot = await start_bot()
    await bot.fake.drop_connection()
    await bot.fake.wait_for(lambda: bot.fake.resumes == 1, what="resume")
    await bot.fake.send_dm("Still there?")
    assert (await bot.replied(bot.dm))[0]["content"]


async def test_a_message_replayed_after_resume_is_answered_once(start_bot: StartBot) -> None:
    bot = await start_bot()
    await bot.fake.send_dm("I had a rough day at work")
    assert len(await bot.replied(bot.dm)) == 1
    bot.fake.replay_on_resume = 1
    await bot.fake.drop_connection()
    await bot.fake.wait_for(lambda: bot.fake.resumes == 1, what="resume")
    await bot.fake.send_dm("Are you still there?")
    replies = await bot.replied(bot.dm, posts=2)
    assert len(replies) == 2  # the replayed message was not answered again


# -- where it answers --------------------------------------------------------------------


async def test_dm_gets_a_streamed_reply_with_paced_edits(
    start_bot: StartBot, fake_model: FakeOpenAI
) -> None:
    pieces = [f"Sentence number {i} is here. " for i in range(16)]
    fake_model.queue(Stream(pieces, delay=0.05))
    bot = await start_bot(HEARTLINE_MODEL_URL=fake_model.url)
    await bot.fake.send_dm("I had a rough day")
    [message] = await bot.replied(bot.dm)

    posts, edits = bot.fake.posts_in(bot.dm), bot.fake.edits_in(bot.dm)
    assert len(posts) == 1 and "message_reference" not in posts[0].json
    assert bot.fake.calls.index(posts[0]) < bot.fake.calls.index(edits[0])
    typing = bot.fake.calls_to("POST", rf"/channels/{bot.dm}/typing")
    assert typing and bot.fake.calls.index(typing[0]) < bot.fake.calls.index(posts[0])
    # 16 pieces over ~0.8 s with one edit per 0.25 s: a handful of edits, not one per piece.
    assert 1 <= len(edits) <= len(pieces) // 2
    assert message["content"].endswith("".join(pieces).strip())
    assert edits[-1].json["content"] == message["content"]


async def test_server_messages_need_a_mention_and_get_a_reply(start_bot: StartBot) -> None:
    bot = await start_bot()
    fake = bot.fake
    await fake.send_guild("just chatting with friends")
    await fake.send_guild("hello all", mention_everyone=True)
    await fake.send_guild(f"<@{fake.application_id}> from a bot", author_is_bot=True)
    await fake.send_guild("robin joined", message_type=7)  # a system message
    await fake.send_dm("sentinel")  # handled after the ones above
    await bot.replied(bot.dm)
    assert fake.posts_in(fake.general_id) == []

    asked = await fake.send_guild("can we talk?", mention_bot=True)
    [reply] = await bot.replied(fake.general_id)
    post = fake.posts_in(fake.general_id)[0]
    assert int(post.json["message_reference"]["message_id"]) == asked
    assert post.json["allowed_mentions"] == {"parse": [], "replied_user": False}
    assert reply["content"]

    turns = await bot.conversation.store.recent(UserKey("discord", fake.person["id"]), 10)
    assert "can we talk?" in [t.text for t in turns]  # the mention was stripped
    assert not [t for t in turns if t.conversation_id == str(fake.general_id) and t.is_private]

    await fake.send_guild("thanks, that helped", reply_to=int(reply["id"]))  # no mention
    assert len(await bot.replied(fake.general_id, posts=2)) == 2


async def test_allow_list_limits_server_channels_but_not_dms(
    start_bot: StartBot, fake_discord: FakeDiscord
) -> None:
    bot = await start_bot(HEARTLINE_DISCORD_CHANNELS=f"{fake_discord.general_id}, 42")
    fake = bot.fake
    await fake.send_guild("are you here?", channel_id=fake.other_id, mention_bot=True)
    await fake.send_dm("hi")
    await bot.replied(bot.dm)
    assert fake.posts_in(fake.other_id) == []
    await fake.send_guild("and here?", mention_bot=True)
    assert await bot.replied(fake.general_id)


async def test_threads_mode_answers_in_a_new_thread(start_bot: StartBot) -> None:
    bot = await start_bot(HEARTLINE_DISCORD_THREADS="true")
    fake = bot.fake
    asked = await fake.send_guild("can we talk?", mention_bot=True)
    await fake.wait_for(
        lambda: bool(
            fake.calls_to("POST", rf"/channels/{fake.general_id}/messages/{asked}/threads")
        ),
        what="a thread",
    )
    thread = max(fake.guild_channels)
    assert await bot.replied(thread)
    assert fake.posts_in(fake.general_id) == []


@pytest.mark.parametrize(("server", "language"), [("en-US", "en"), ("es-ES", "es")])
async def test_a_thread_is_named_in_the_servers_language_not_the_persons(
    start_bot: StartBot, fake_discord: FakeDiscord, server: str, language: str
) -> None:
    """Everyone in the server reads a thread's name; it does not show which
    language one person's Discord is in."""
    fake_discord.preferred_locale = server
    bot = await start_bot(HEARTLINE_DISCORD_THREADS="true")
    fake = bot.fake
    await slash(bot, "help", locale="fr")  # heartline now knows the person reads French
    asked = await fake.send_guild("can we talk?", mention_bot=True)
    path = rf"/channels/{fake.general_id}/messages/{asked}/threads"
    await fake.wait_for(lambda: bool(fake.calls_to("POST", path)), what="a thread")
    [opened] = fake.calls_to("POST", path)
    assert opened.json["name"] == discord_words(language)["thread_name"]
    assert await bot.replied(max(fake.guild_channels))


# -- what it sends ---------------------------------------------------------------------------


async def test_long_reply_is_split_at_word_boundaries(
    start_bot: StartBot, fake_model: FakeOpenAI
) -> None:
    words = [f"word{i}" for i in range(700)]
    sentences = [" ".join(words[i : i + 10]) + ". " for i in range(0, len(words), 10)]
    fake_model.queue(Stream(sentences))
    bot = await start_bot(HEARTLINE_MODEL_URL=fake_model.url, HEARTLINE_MODEL_MAX_TOKENS=4000)
    await bot.fake.send_dm("tell me a long story")
    await bot.fake.wait_for(lambda: len(bot.fake.posts_in(bot.dm)) >= 3, what="three messages")
    messages = await bot.replied(bot.dm, posts=3)

    assert sum(len(s) for s in sentences) > 5000
    assert len(messages) == 3
    assert all(len(m["content"]) <= 2000 for m in messages)
    shown = " ".join(m["content"] for m in messages).replace(".", " ").split()
    assert shown[-len(words) :] == words  # every word whole, in order, nothing lost


async def test_no_reply_can_ping_anyone(start_bot: StartBot, fake_model: FakeOpenAI) -> None:
    fake_model.default = Stream(
        [
            "Hey @everyone and @here, look. ",
            "Please tell <@&1234567890123456789> that you feel a lot better today. ",
        ]
    )
    bot = await start_bot(HEARTLINE_MODEL_URL=fake_model.url)
    await bot.fake.send_dm("hello")
    [dm] = await bot.replied(bot.dm)
    await bot.fake.send_guild("hello there", mention_bot=True)
    await bot.replied(bot.fake.general_id)

    calls = message_calls(bot.fake)
    assert len(calls) >= 2
    assert all(c.json["allowed_mentions"]["parse"] == [] for c in calls)
    assert "@everyone" not in dm["content"] and "@\u200beveryone" in dm["content"]
    assert "@\u200bhere" in dm["content"] and "<@\u200b&" in dm["content"]


async def test_deleted_message_during_streaming_continues_in_a_new_one(
    start_bot: StartBot, fake_model: FakeOpenAI
) -> None:
    pieces = [f"Part {i} of the reply. " for i in range(6)]
    fake_model.queue(Stream(pieces, delay=0.1))
    bot = await start_bot(HEARTLINE_MODEL_URL=fake_model.url)
    bot.fake.fail("PATCH", rf"/channels/{bot.dm}/messages/\d+", 404, times=5)
    await bot.fake.send_dm("hi")
    messages = await bot.replied(bot.dm, posts=2)
    assert messages[-1]["content"].endswith("".join(pieces).strip())


async def test_filtered_reply_replaces_what_was_shown(
    start_bot: StartBot, fake_model: FakeOpenAI
) -> None:
    safe = [f"Safe sentence {i} is here. " for i in range(4)]
    fake_model.queue(Stream([*safe, "Suicide is the only way out for you. "], delay=0.05))
    bot = await start_bot(HEARTLINE_MODEL_URL=fake_model.url)
    await bot.fake.send_dm("nothing helps")
    [message] = await bot.replied(bot.dm)

    assert not any("only way out" in (c.json.get("content") or "") for c in message_calls(bot.fake))
    assert "Safe sentence" not in message["content"]  # replaced, not appended
    filtered = bot.conversation.persona.texts["notices"]["filtered"]
    assert any(line in message["content"] for line in filtered)


# -- failures ------------------------------------------------------------------------------


@pytest.mark.parametrize(("status", "times"), [(429, 1), (403, 1), (403, 2)])
async def test_failed_send_does_not_stop_the_bot(
    start_bot: StartBot, status: int, times: int
) -> None:
    bot = await start_bot()
    path = rf"/channels/{bot.dm}/messages"
    bot.fake.fail("POST", path, status, retry_after=0.05, times=times)
    await bot.fake.send_dm("first message")
    # a 429 is waited out, a 403 retried once; two 403s end in the kind error line
    first = await bot.replied(bot.dm, posts=times + 1)  # the kind line follows the turn
    assert len(bot.fake.posts_in(bot.dm)) == times + 1
    assert len(first) == 1

    await bot.fake.send_dm("second message")
    assert len(await bot.replied(bot.dm, posts=times + 2)) == 2
    assert bot.service.healthy


async def test_the_error_line_is_in_the_persons_language(start_bot: StartBot) -> None:
    """A command that breaks says sorry in that command's language; a message
    whose reply cannot be sent, in the language heartline remembers from the
    person's last command, across a restart; English for someone it has none for."""
    first = await start_bot()
    fake = first.fake
    german, english = discord_words("de")["error"], discord_words("en")["error"]
    fake.fail("POST", r"/interactions/\d+/[^/]+/callback", 403)
    iid = await fake.slash("help", locale="de")
    await fake.wait_for(lambda: len(fake.callbacks(iid)) == 2, what="the sorry")
    assert fake.callbacks(iid)[-1].json["data"]["content"] in german

    bot = await restart(first, start_bot)
    fake.fail("POST", rf"/channels/{bot.dm}/messages", 403, times=2)
    await fake.send_dm("are you there?")
    *_, sorry = await bot.replied(bot.dm, posts=3)
    assert sorry["content"] in german

    other_dm = fake.dm_channel_of(fake.other_person)
    fake.fail("POST", rf"/channels/{other_dm}/messages", 403, times=2)
    await fake.send_dm("are you there?", user=fake.other_person)
    *_, sorry = await bot.replied(other_dm, posts=3)
    assert sorry["content"] in english


# -- crisis -----------------------------------------------------------------------------------


async def test_imminent_message_gets_one_whole_crisis_reply_and_one_alert(
    start_bot: StartBot, fake_discord: FakeDiscord, fake_model: FakeOpenAI
) -> None:
    fake_model.default = Hang(10)
    bot = await start_bot(
        HEARTLINE_MODEL_URL=fake_model.url,
        HEARTLINE_DISCORD_ALERT_CHANNEL_ID=fake_discord.alerts_id,
    )
    fake = bot.fake
    sent = await fake.send_dm(IMMINENT)
    [crisis] = await bot.replied(bot.dm)
    await fake.wait_for(lambda: bool(fake.posts_in(fake.alerts_id)), what="the alert")
    await fake.settle(0.2)

    assert fake.edits_in(bot.dm) == []  # whole, at once
    assert len(fake.posts_in(bot.dm)) == 1
    assert fake_model.requests == []  # the model was never asked
    [stored] = await bot.conversation.store.recent(UserKey("discord", fake.person["id"]), 1)
    assert crisis["content"] == first_part(stored.text)
    [alert] = fake.posts_in(fake.alerts_id)
    text = alert.json["content"]
    assert f"<@{fake.person['id']}>" in text
    assert f"https://discord.com/channels/@me/{bot.dm}/{sent}" in text
    assert "pills" not in text and "tonight" not in text
    assert alert.json["allowed_mentions"] == {"parse": []}


async def test_crisis_lines_follow_the_language_of_the_persons_last_command(
    start_bot: StartBot,
) -> None:
    bot = await start_bot(HEARTLINE_DEFAULT_COUNTRY="AU")
    fake = bot.fake
    await fake.send_dm(IMMINENT)  # no command yet: Discord sent no locale
    [australia] = await bot.replied(bot.dm)
    assert "000" in australia["content"].splitlines()[0] and "13 11 14" in australia["content"]
    await slash(bot, "help", locale="en-GB")
    await fake.send_dm(IMMINENT)
    dm_replies = await bot.replied(bot.dm, posts=2)
    assert "999" in dm_replies[-1]["content"].splitlines()[0]
    assert "116 123" in dm_replies[-1]["content"] and "13 11 14" not in dm_replies[-1]["content"]
    await fake.send_guild(IMMINENT, mention_bot=True)  # the person's language, in servers too
    [in_server] = await bot.replied(fake.general_id)
    assert "116 123" in in_server["content"] and "13 11 14" not in in_server["content"]


async def restart(bot: Bot, start_bot: StartBot, **env: Any) -> Bot:
    """Stop ``bot`` (client and core) and start a new one on the same SQLite file."""
    await bot.service.stop()
    await bot.conversation.aclose()
    return await start_bot(**env)


async def test_the_language_of_a_command_survives_a_restart(start_bot: StartBot) -> None:
    first = await start_bot(HEARTLINE_DEFAULT_COUNTRY="US")
    fake = first.fake
    await slash(first, "help", locale="pt-BR")
    await slash(first, "help", locale="de", user=fake.other_person)
    bot = await restart(first, start_bot, HEARTLINE_DEFAULT_COUNTRY="US")

    await fake.send_dm(IMMINENT)
    brazil = (await bot.replied(bot.dm))[-1]  # after the /help answer
    assert "CVV" in brazil["content"] and "188" in brazil["content"]
    assert "988" not in brazil["content"]
    # "de" names no country (docs/crisis-protocol.md), so it picks the words, not the lines.
    await fake.send_dm(IMMINENT, user=fake.other_person)
    german = (await bot.replied(fake.dm_channel_of(fake.other_person)))[-1]
    assert "Ich bin eine KI" in german["content"]


async def test_forget_erases_the_remembered_language(start_bot: StartBot) -> None:
    bot = await start_bot(HEARTLINE_DEFAULT_COUNTRY="US")
    fake = bot.fake
    shown = await slash(bot, "memory", locale="pt-BR")
    assert "pt-BR" in shown.json["data"]["content"]  # a person sees that it is kept
    assert await _db_contains(bot.db, "pt-BR")

    question = await fake.slash("forget", locale="pt-BR")
    await fake.wait_for(lambda: bool(fake.callbacks(question)), what="/forget question")
    button = fake.callbacks(question)[0].json["data"]["components"][0]["components"][0]
    confirm = await fake.click(button["custom_id"], fake.callback_message(question))
    await fake.wait_for(lambda: bool(fake.callbacks(confirm)), what="confirmation")

    assert not await _db_contains(bot.db, "pt-BR")
    person = UserKey("discord", fake.person["id"])
    assert (await bot.conversation.memory(person)).locale is None
    await fake.send_dm(IMMINENT)  # no copy lingers in the process either
    reply = (await bot.replied(bot.dm))[-1]
    assert "988" in reply["content"] and "CVV" not in reply["content"]
    bot = await restart(bot, start_bot, HEARTLINE_DEFAULT_COUNTRY="US")
    assert (await bot.conversation.memory(person)).locale is None


async def test_a_person_whose_discord_language_is_spanish_is_answered_in_spanish(
    start_bot: StartBot,
) -> None:
    """The AI disclosure and the notices follow the language of the person's
    last command, as the crisis lines do."""
    bot = await start_bot()
    persona = bot.conversation.persona
    await slash(bot, "help", locale="es-ES")
    await bot.fake.send_dm("hola")
    *_, first = await bot.replied(bot.dm)  # the /help answer is there too
    spanish = persona.disclosure(0, locale="es-ES")
    assert spanish != persona.disclosure(0)
    assert first["content"].startswith(first_part(spanish))
    assert persona.disclosure(0) not in first["content"]
    paused = await slash(bot, "pause", locale="es-ES")
    assert paused.json["data"]["content"] == persona.notice("paused_ack", locale="es-ES")
    assert "resume" in paused.json["data"]["content"]  # command names stay as they are


async def test_a_servers_preferred_locale_does_not_pick_crisis_lines(start_bot: StartBot) -> None:
    bot = await start_bot()
    fake = bot.fake  # the fake server's preferred_locale is en-US, Discord's default
    await fake.send_guild(IMMINENT, mention_bot=True, user=fake.other_person)
    [reply] = await bot.replied(fake.general_id)
    assert "findahelpline.com" in reply["content"] and "911" not in reply["content"]


async def test_alert_goes_to_the_moderator_by_dm(
    start_bot: StartBot, fake_discord: FakeDiscord
) -> None:
    bot = await start_bot(HEARTLINE_DISCORD_ALERT_USER_ID=fake_discord.moderator["id"])
    fake = bot.fake
    sent = await fake.send_guild(IMMINENT, mention_bot=True)
    await bot.replied(fake.general_id)
    mod_dm = fake.dm_channel_of(fake.moderator)
    await fake.wait_for(lambda: bool(fake.posts_in(mod_dm)), what="the alert DM")
    [alert] = fake.posts_in(mod_dm)
    link = f"https://discord.com/channels/{fake.guild_id}/{fake.general_id}/{sent}"
    assert link in alert.json["content"]
    assert fake.posts_in(fake.general_id)[0].json["content"] not in alert.json["content"]


async def test_quoted_excerpt_in_an_alert_cannot_ping(
    start_bot: StartBot, fake_discord: FakeDiscord
) -> None:
    bot = await start_bot(
        HEARTLINE_DISCORD_ALERT_CHANNEL_ID=fake_discord.alerts_id,
        HEARTLINE_ALERT_EXCERPT_CHARS=120,
    )
    await fake_discord.send_dm(f"@everyone {IMMINENT}")
    await bot.replied(bot.dm)
    await fake_discord.wait_for(lambda: bool(fake_discord.posts_in(fake_discord.alerts_id)))
    text = fake_discord.posts_in(fake_discord.alerts_id)[0].json["content"]
    assert "@\u200beveryone" in text and "@everyone" not in text


async def test_no_message_text_in_logs(
    start_bot: StartBot,
    fake_discord: FakeDiscord,
    fake_model: FakeOpenAI,
    caplog: pytest.LogCaptureFixture,
) -> None:
    for name in ("adapters", "bot"):
        caplog.set_level(logging.DEBUG, logger=name)
    canary = "zebracanary"
    fake_model.default = Stream([f"You said {canary}. ", "I hear you. "])
    bot = await start_bot(
        HEARTLINE_MODEL_URL=fake_model.url,
        HEARTLINE_DISCORD_ALERT_CHANNEL_ID=fake_discord.alerts_id,
    )
    fake_discord.fail("POST", rf"/channels/{bot.dm}/messages", 403)
    await fake_discord.send_dm(f"my word is {canary}")
    await bot.replied(bot.dm, posts=2)
    await fake_discord.send_guild(f"{canary}. {IMMINENT}", mention_bot=True)
    await bot.replied(fake_discord.general_id)
    await fake_discord.wait_for(lambda: bool(fake_discord.posts_in(fake_discord.alerts_id)))

    # discord.py's own loggers are held at WARNING in production (bot.telemetry).
    ours = [r for r in caplog.records if not r.name.startswith("discord")]
    assert any(r.getMessage() == "discord_send_failed" for r in ours)
    for record in ours:
        dumped = f"{record.getMessage()} {record.__dict__!r}"
        assert canary not in dumped and "pills" not in dumped, record.getMessage()


# -- slash commands ------------------------------------------------------------------------------


async def slash(bot: Bot, name: str, **kw: Any) -> Call:
    iid = await bot.fake.slash(name, **kw)
    await bot.fake.wait_for(lambda: bool(bot.fake.callbacks(iid)), what=f"/{name} response")
    return bot.fake.callbacks(iid)[0]


async def test_memory_is_ephemeral(start_bot: StartBot) -> None:
    bot = await start_bot()
    await bot.fake.send_dm("my cat is called Pixel")
    await bot.replied(bot.dm)
    for in_guild in (False, True):
        call = await slash(bot, "memory", in_guild=in_guild)
        assert call.json["type"] == 4
        assert call.json["data"]["flags"] & 64
        assert "my cat is called Pixel" in call.json["data"]["content"]


async def test_forget_asks_then_erases_memory_in_sqlite(start_bot: StartBot) -> None:
    bot = await start_bot()
    canary = "my secret canary phrase zebra"
    await bot.fake.send_dm(canary)
    await bot.replied(bot.dm)
    assert await _db_contains(bot.db, canary)

    question = await bot.fake.slash("forget")
    await bot.fake.wait_for(lambda: bool(bot.fake.callbacks(question)), what="/forget question")
    asked = bot.fake.callbacks(question)[0].json
    assert asked["data"]["flags"] & 64
    english = discord_words("en")  # the fake's Discord is in en-US
    assert asked["data"]["content"] == english["forget"]["prompt"]
    buttons = asked["data"]["components"][0]["components"]
    assert [b["label"] for b in buttons] == [
        english["forget"]["confirm"],
        english["forget"]["cancel"],
    ]
    assert await _db_contains(bot.db, canary)  # nothing erased before confirming

    message = bot.fake.callback_message(question)
    press = await bot.fake.click(buttons[0]["custom_id"], message, user=bot.fake.other_person)
    await bot.fake.wait_for(lambda: bool(bot.fake.callbacks(press)), what="refusal")
    assert bot.fake.callbacks(press)[0].json["data"]["content"] == english["not_yours"]
    assert await _db_contains(bot.db, canary)  # someone else cannot confirm

    confirm = await bot.fake.click(buttons[0]["custom_id"], message)
    await bot.fake.wait_for(lambda: bool(bot.fake.callbacks(confirm)), what="confirmation")
    done = bot.fake.callbacks(confirm)[0].json
    assert done["type"] == 7 and done["data"]["components"] == []
    assert done["data"]["content"] == bot.conversation.persona.notice("forgotten")
    assert not await _db_contains(bot.db, canary)
    assert (
        await bot.conversation.memory(UserKey("discord", bot.fake.person["id"]))
    ).turn_count == 0


async def test_the_forget_dialog_is_in_spanish_for_a_spanish_discord(start_bot: StartBot) -> None:
    bot = await start_bot()
    fake = bot.fake
    spanish, english = discord_words("es")["forget"], discord_words("en")["forget"]
    question = await fake.slash("forget", locale="es-ES")
    await fake.wait_for(lambda: bool(fake.callbacks(question)), what="/forget question")
    asked = fake.callbacks(question)[0].json["data"]
    assert asked["content"] == spanish["prompt"] != english["prompt"]
    buttons = asked["components"][0]["components"]
    assert [b["label"] for b in buttons] == [spanish["confirm"], spanish["cancel"]]
    assert spanish["confirm"] != english["confirm"]

    message = fake.callback_message(question)
    # Someone else pressing is told in their own language (here French).
    press = await fake.click(buttons[0]["custom_id"], message, user=fake.other_person, locale="fr")
    await fake.wait_for(lambda: bool(fake.callbacks(press)), what="refusal")
    assert fake.callbacks(press)[0].json["data"]["content"] == discord_words("fr")["not_yours"]

    cancel = await fake.click(buttons[1]["custom_id"], message, locale="es-ES")
    await fake.wait_for(lambda: bool(fake.callbacks(cancel)), what="cancelled")
    done = fake.callbacks(cancel)[0].json
    assert done["type"] == 7 and done["data"]["components"] == []
    assert done["data"]["content"] == spanish["cancelled"] != english["cancelled"]


@pytest.mark.parametrize(("locale", "language"), [("es-419", "es"), ("en-US", "en")])
async def test_an_unanswered_forget_question_expires_in_its_language(
    start_bot: StartBot, locale: str, language: str
) -> None:
    bot = await start_bot(forget_timeout=0.2)
    fake = bot.fake
    question = await fake.slash("forget", locale=locale)
    expiry = r"/webhooks/\d+/[^/]+/messages/@original"
    await fake.wait_for(lambda: bool(fake.calls_to("PATCH", expiry)), what="the expiry")
    shown = fake.callback_message(question)  # what the person sees in place of the question
    assert shown["content"] == discord_words(language)["forget"]["expired"]
    assert shown["components"] == []


async def test_pause_and_resume(start_bot: StartBot) -> None:
    bot = await start_bot()
    paused = await slash(bot, "pause")
    assert paused.json["data"]["content"] == bot.conversation.persona.notice("paused_ack")
    await bot.fake.send_dm("are you there?")
    await bot.fake.send_guild("sentinel", mention_bot=True, user=bot.fake.other_person)
    await bot.replied(bot.fake.general_id)
    assert bot.fake.posts_in(bot.dm) == []
    await slash(bot, "resume")
    await bot.fake.send_dm("back again")
    assert await bot.replied(bot.dm)


async def test_help_and_resources_follow_locale_and_argument(start_bot: StartBot) -> None:
    bot = await start_bot()
    crisis = bot.conversation.crisis
    by_us_locale = (await slash(bot, "help")).json["data"]["content"]  # the fake says en-US
    assert by_us_locale == first_part(crisis.help_text(locale="en-US"))
    assert "988" in by_us_locale
    by_locale = await slash(bot, "resources", locale="en-GB")
    expected = crisis.resources_text(country_from_locale("en-GB", None))
    assert by_locale.json["data"]["content"] == first_part(expected)
    by_argument = await slash(
        bot, "resources", locale="en-GB", options=[{"name": "country", "type": 3, "value": "de"}]
    )
    expected_de = crisis.resources_text("DE")
    assert by_argument.json["data"]["content"] == first_part(expected_de)
    # In the person's Discord language, with their country's lines.
    spanish_help = (await slash(bot, "help", locale="es-ES")).json["data"]["content"]
    assert spanish_help == first_part(crisis.help_text(locale="es-ES"))
    assert spanish_help != first_part(crisis.help_text())
    spanish_lines = (await slash(bot, "resources", locale="es-ES")).json["data"]["content"]
    assert spanish_lines == first_part(crisis.resources_text("ES", locale="es-ES"))


# -- the invite command --------------------------------------------------------------------------


def test_invite_permissions_are_exactly_what_heartline_uses() -> None:
    needed = discord.Permissions(
        view_channel=True,
        send_messages=True,
        send_messages_in_threads=True,
        create_public_threads=True,
        read_message_history=True,
        embed_links=True,
    )
    assert needed.value == PERMISSIONS == 309237730304
    assert client_id_from_token(make_token(1_200_000_000_000_000_001)) == 1_200_000_000_000_000_001
    with pytest.raises(ConfigError):
        client_id_from_token("not-a-token")


def test_invite_command_prints_the_url(tmp_path: Path) -> None:
    env = {"HEARTLINE_DB": str(tmp_path / "x.db"), "DISCORD_TOKEN": make_token(987654321)}
    out = subprocess.run(
        [sys.executable, "-m", "adapters.cli", "discord", "invite"],
        capture_output=True,
        text=True,
        env={**env, "PATH": "/usr/bin:/bin"},
        timeout=30,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == invite_url(987654321)
    assert "scope=bot+applications.commands" in out.stdout
    assert "permissions=309237730304" in out.stdout


async def _db_contains(db: Path, needle: str) -> bool:
    def scan() -> bool:
        with contextlib.closing(sqlite3.connect(db)) as con:
            tables = [
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            ]
            for table in tables:
                for row in con.execute(f'SELECT * FROM "{table}"'):  # noqa: S608 - test-only
                    if any(isinstance(v, str) and needle in v for v in row):
                        return True
        return False

    return await asyncio.to_thread(scan)
