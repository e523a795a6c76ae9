"""Every button an advisor taps in a group is answered, with a word on why nothing happened:
an unanswered press leaves the button spinning on the advisor's phone. Over HTTP."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.advisor import handover, held, replies
from testkit.fake_bot_api import FakeBotAPI
from tests.advisor_desk import ANNA, LEIPZIG_GROUP, desk_settings, running_desk
from tests.test_advisor_relay import announced_lead


async def test_a_tap_on_a_question_whose_message_is_gone_is_answered(
    database_url: str, tmp_path: Path
) -> None:
    """QA: the question about a held message was deleted (or is too old for Telegram to
    show the bot); a tap on its button kept spinning."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            data = held.callback_data(held.Choice.PERSON, 1, 41)
            # A message the chat no longer has: Telegram sends it as "inaccessible".
            pressed = fake.group_press(LEIPZIG_GROUP, ANNA, data, 42)
            answer = await desk.answer_of(pressed)

    assert answer["text"] == replies.HELD_GONE


async def test_a_tap_on_a_button_the_bot_no_longer_knows_is_answered(
    database_url: str, tmp_path: Path
) -> None:
    """A button of an older version of the bot in the group: no handler took it."""
    async with announced_lead(database_url, tmp_path, "de") as lead:
        pressed = lead.fake.group_press(LEIPZIG_GROUP, ANNA, "old:1", lead.card.message_id)
        answer = await lead.desk.answer_of(pressed)

    assert answer["text"] == replies.STALE_BUTTON


async def test_a_tap_that_fails_is_answered(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database failed while "Weitergeben" read the lead: the tap kept spinning."""

    async def away(*_args: object) -> None:
        raise ConnectionError("the database is away")

    async with announced_lead(database_url, tmp_path, "de") as lead:
        monkeypatch.setattr(handover, "current", away)
        pressed = await lead.desk.press(LEIPZIG_GROUP, ANNA, lead.card, "Weitergeben")
        answer = await lead.desk.answer_of(pressed)

    assert answer["text"] == replies.TRY_AGAIN


async def test_a_card_telegram_refuses_to_redraw_is_logged_without_telegram_s_words(
    database_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Telegram's refusal quotes pieces of the card it was sent (the person's name in a
    tag it could not read); the warning logged that refusal whole."""
    refusal = 'Bad Request: can\'t parse entities: unsupported start tag "omar" at byte offset 40'
    caplog.set_level(logging.WARNING, logger="bot.handlers.advisor")
    async with announced_lead(database_url, tmp_path, "de") as lead:
        lead.fake.fail_next("editMessageText", 400, description=refusal)
        pressed = await lead.desk.press(LEIPZIG_GROUP, ANNA, lead.card, "Übernehmen")
        await lead.desk.answer_of(pressed)
        await lead.fake.wait_for(lambda: "could not edit the message of lead" in caplog.text)

    assert "(BadRequest)" in caplog.text and "omar" not in caplog.text.lower()
