"""A person's text in the advisor group never becomes a mention, command, hashtag or link."""

from __future__ import annotations

from pathlib import Path

from testkit.fake_bot_api import FakeBotAPI, SentMessage
from tests.advisor_desk import (
    ANNA,
    LEIPZIG_GROUP,
    desk_settings,
    running_desk,
    submit_callback_lead,
)
from tests.test_advisor_commands import command
from tests.test_advisor_relay import queued
from tests.test_relay_hardening import advisor_writes

PERSON = 5202
NAME = "Lina @kausa_admin /delete #tag example.org"
ANSWER = "Ruf an: https://x oder www.example.org, $USD /start @kausa_admin"
LIVE = ("@kausa_admin", "/delete", "/start", "#tag", "$USD", "example.org", "https://x")


def readable(message: SentMessage) -> str:
    """The text as an advisor reads it: the invisible joiners gone, the dot leader a dot."""
    return message.plain_text.replace("\u200d", "").replace("\u2024", ".")


async def test_free_text_is_shown_without_live_entities(database_url: str, tmp_path: Path) -> None:
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            await submit_callback_lead(fake, PERSON, lang="en", phone=None, name=NAME)
            await desk.deliver()
            [card] = await fake.wait_sent(LEIPZIG_GROUP, 1)
            relayed = await advisor_writes(desk, card, "Wann passt es?", PERSON)
            fake.user_reply(PERSON, ANSWER, relayed.message_id)
            await queued(desk, "message_to_advisors")
            await desk.deliver()
            answer = await desk.group_says(LEIPZIG_GROUP, 3)  # after the claimed card
            detail = await command(desk, LEIPZIG_GROUP, ANNA, "/lead 1")
            listing = await command(desk, LEIPZIG_GROUP, ANNA, "/leads")

    for shown in (card, answer, detail, listing):
        for live in LIVE:
            assert live not in shown.text, (live, shown.text)
        assert NAME in readable(shown)
    assert ANSWER in readable(answer)
