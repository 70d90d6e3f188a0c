"""HEARTLINE_DISCORD_SHARDS: parsing with clear errors, and a sharded client (no network)."""

from __future__ import annotations

import warnings

import pytest

from adapters.discord_bot import DiscordService, build_client
from bot.config import Settings, ShardPlan, parse_shards
from bot.errors import ConfigError
from tests.conftest import OpenConversation

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
    import discord


@pytest.mark.parametrize(
    ("value", "plan"),
    [
        ("auto", ShardPlan()),
        (" AUTO ", ShardPlan()),
        ("0-3/8", ShardPlan(8, (0, 1, 2, 3))),
        ("4-7/8", ShardPlan(8, (4, 5, 6, 7))),
        ("5/8", ShardPlan(8, (5,))),
        ("0-0/1", ShardPlan(1, (0,))),
    ],
)
def test_shard_settings_parse(value: str, plan: ShardPlan) -> None:
    assert parse_shards(value) == plan
    assert Settings.from_env({"HEARTLINE_DISCORD_SHARDS": value}).discord_shard_plan == plan


def test_unset_means_one_unsharded_connection() -> None:
    assert Settings.from_env({}).discord_shard_plan is None


@pytest.mark.parametrize(
    "value", ["8/8", "3-1/8", "0-3", "x", "0-3/0", "-1-2/4", "0-3/8/2", "a-b/c"]
)
def test_bad_shard_settings_name_the_key_and_the_format(value: str) -> None:
    with pytest.raises(ConfigError) as caught:
        Settings.from_env({"HEARTLINE_DISCORD_SHARDS": value})
    message = str(caught.value)
    assert message.startswith("HEARTLINE_DISCORD_SHARDS")
    assert "0-3/8" in message


async def test_the_client_is_built_sharded(conversation_factory: OpenConversation) -> None:
    """Built, never started: no login, no gateway, nothing to close."""
    conversation = await conversation_factory()
    settings = Settings.from_env({"DISCORD_TOKEN": "x.y.z", "HEARTLINE_DISCORD_SHARDS": "4-7/8"})
    service = DiscordService(conversation, settings)
    client = build_client(service, settings.discord_shard_plan)
    assert isinstance(client, discord.AutoShardedClient)
    assert client.shard_ids == [4, 5, 6, 7]
    assert client.shard_count == 8
    assert client.intents.message_content  # the same client, only sharded
    auto = build_client(service, parse_shards("auto"))
    assert isinstance(auto, discord.AutoShardedClient)
    assert auto.shard_count is None and auto.shard_ids is None  # Discord's recommendation
    assert not isinstance(build_client(service, None), discord.AutoShardedClient)
