"""A lead's topic created for a card that did not arrive is reused by the retry, in its
own chat only."""

from __future__ import annotations

from typing import Any

import pytest

from bot.conversation import topics
from bot.conversation.topics import Forums

LEIPZIG, DRESDEN = -1001000000003, -1001000000001


async def test_a_retry_in_another_chat_opens_a_topic_there(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The card of lead 1 failed after its topic (77) was created in Leipzig's chat; the
    lead was handed over to Dresden before the retry. The retry reused topic 77 by the
    lead alone and sent the card to thread 77 of Dresden's chat: no such topic there, or
    another lead's. A topic is reused only in the chat it was created in."""
    created: list[int] = []

    async def create_topic(_bot: Any, chat_id: int, _name: str) -> int:
        created.append(chat_id)
        return 5

    async def pin(*_args: Any) -> None:
        return None

    monkeypatch.setattr(topics.botapi, "create_topic", create_topic)
    monkeypatch.setattr(topics.botapi, "pin", pin)
    forums = Forums(known={LEIPZIG: True, DRESDEN: True})
    forums.open(1, LEIPZIG, 77)
    sent_to: list[int | None] = []

    async def send_card(thread: int | None) -> int:
        sent_to.append(thread)
        return 9

    again = await topics.announce(None, forums, LEIPZIG, 1, "#1", send_card)  # type: ignore[arg-type]
    moved = await topics.announce(None, forums, DRESDEN, 1, "#1", send_card)  # type: ignore[arg-type]

    assert again == (77, 9)  # the retry in Leipzig reuses Leipzig's topic
    assert moved == (5, 9) and created == [DRESDEN]
    assert sent_to == [77, 5]
