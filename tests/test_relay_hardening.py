"""Relayed texts arrive clean, and a relay that cannot be stored is reported to its sender."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.advisor import replies
from bot.conversation import log as conversation_log
from bot.dialogue.texts import SORRY
from bot.i18n import translator
from testkit.fake_bot_api import FakeBotAPI, SentMessage
from tests.advisor_desk import (
    ANNA,
    LEIPZIG_GROUP,
    Desk,
    desk_settings,
    running_desk,
    submit_callback_lead,
)
from tests.test_advisor_relay import queued

PERSON = 5102


async def advisor_writes(desk: Desk, card: SentMessage, text: str, person: int) -> SentMessage:
    """An advisor answers the lead's new card in the group, which takes the lead on (the card
    is edited: the group's second message); the message the person receives."""
    desk.fake.group_message(LEIPZIG_GROUP, ANNA, text, card.message_id)
    await queued(desk, "message_to_person")
    seen = len(desk.fake.sent(person))
    await desk.deliver()
    await desk.group_says(LEIPZIG_GROUP, 2)
    return (await desk.fake.wait_sent(person, seen + 1))[-1]


async def test_relayed_texts_lose_bidi_overrides_controls_and_nul(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            await submit_callback_lead(fake, PERSON, lang="en", phone=None, name="Omar")
            await desk.deliver()
            [announced] = await fake.wait_sent(LEIPZIG_GROUP, 1)
            hostile = "Hallo\u202e\x00 Montag\x07?\nZeile\u200f 2"
            relayed = await advisor_writes(desk, announced, hostile, PERSON)
            fake.user_reply(PERSON, "ok\u202efdp\x00\x1b\u2066 bis dann", relayed.message_id)
            await queued(desk, "message_to_advisors")
            await desk.deliver()
            answer = await desk.group_says(LEIPZIG_GROUP, 3)

    assert "Hallo Montag?\nZeile 2" in relayed.plain_text
    assert "okfdp bis dann" in answer.plain_text
    for bad in ("\u202e", "\x00", "\x07", "\x1b", "\u2066", "\u200f"):
        assert bad not in relayed.text and bad not in answer.text


async def test_a_relay_that_cannot_be_stored_is_reported_to_its_sender(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*args: Any, **kwargs: Any) -> Any:
        raise OSError("database is unreachable")

    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            await submit_callback_lead(fake, PERSON, lang="en", phone=None, name="Omar")
            await desk.deliver()
            [announced] = await fake.wait_sent(LEIPZIG_GROUP, 1)
            seen = len(fake.sent(PERSON))
            relayed = await advisor_writes(desk, announced, "Passt Montag?", PERSON)

            monkeypatch.setattr(conversation_log, "from_advisor", broken)
            monkeypatch.setattr(conversation_log, "from_person", broken)
            fake.group_message(LEIPZIG_GROUP, ANNA, "Oder Dienstag?", announced.message_id)
            advisor_told = await desk.group_says(LEIPZIG_GROUP, 3)
            fake.user_reply(PERSON, "Montag passt", relayed.message_id)
            person_told = (await fake.wait_sent(PERSON, seen + 2))[-1]

    assert advisor_told.plain_text == replies.RELAY_FAILED
    assert advisor_told.reply_to_message_id is not None
    assert person_told.text == translator("en").gettext(SORRY)
