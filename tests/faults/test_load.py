"""100 people × 20 messages at once: order kept, nothing lost, nothing leaks."""

from __future__ import annotations

import asyncio
import re

from bot.domain import Role, UserKey
from tests.conftest import OpenConversation
from tests.fakes.openai_server import FakeOpenAI
from tests.test_core import msg

USERS = 100
MESSAGES = 20


async def test_hundred_people_twenty_messages(
    conversation_factory: OpenConversation, fake_model: FakeOpenAI
) -> None:
    conv = await conversation_factory(HEARTLINE_MODEL_URL=fake_model.url, HEARTLINE_RATE_LIMIT=0)

    async def person(u: int) -> None:
        for n in range(MESSAGES):
            reply = await conv.respond(msg(f"p{u}", f"token-u{u}-n{n} I feel a bit low"))
            assert reply is not None

    await asyncio.gather(*(person(u) for u in range(USERS)))

    assert len(fake_model.requests) == USERS * MESSAGES
    for request in fake_model.requests:
        text = "\n".join(m["content"] for m in request["messages"])
        owners = set(re.findall(r"token-u(\d+)-", text))
        assert len(owners) == 1, owners  # one person's words per prompt, never two
    for u in range(USERS):
        turns = await conv.store.recent(UserKey("test", f"p{u}"), 100)
        assert [t.role for t in turns] == [Role.USER, Role.ASSISTANT] * MESSAGES
        said = [t.text.split()[0] for t in turns if t.role is Role.USER]
        assert said == [f"token-u{u}-n{n}" for n in range(MESSAGES)]
