"""Messages edited in Telegram: the correction follows the message, or the writer learns
that it reaches nobody (over HTTP, against the fake Bot API)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.advisor import replies
from bot.conversation.content import transcript_line
from bot.conversation.log import entry
from bot.dialogue.texts import CORRECTED_BY, EDIT_NOT_PASSED, SENT_TO_ADVISOR
from bot.i18n import translator
from db.vocabulary import MessageDirection, MessageKind
from testkit.fake_bot_api import FakeBotAPI
from tests.advisor_desk import ANNA, LEIPZIG_GROUP
from tests.live_bot import started_bot
from tests.telegram_harness import Chat, settings_for
from tests.test_advisor_relay import PERSON, announced_lead, logged, queued


async def test_a_persons_edited_message_reaches_the_advisor_as_a_correction(
    database_url: str, tmp_path: Path
) -> None:
    t = translator("ar")
    async with announced_lead(database_url, tmp_path, "ar") as lead:
        fake, desk, seen = lead.fake, lead.desk, lead.seen
        fake.user_message(PERSON, "رقمي 0151 1234567")
        await fake.wait_sent(PERSON, seen + 1)
        await desk.deliver()
        copy = await desk.group_says(LEIPZIG_GROUP, 2)
        fake.edit_message(PERSON, fake.newest_from(PERSON, PERSON), "رقمي 0151 7654321")
        receipt = (await fake.wait_sent(PERSON, seen + 2))[-1]
        await queued(desk, "message_to_advisors", 2)
        await desk.deliver()
        correction = await desk.group_says(LEIPZIG_GROUP, 3)
        rows = await logged(desk)
    assert receipt.plain_text == t.gettext(SENT_TO_ADVISOR)
    # Said as a correction, under the message it corrects: the advisor may have read it.
    assert correction.plain_text.startswith("✏️ Korrektur von Omar (Anfrage #1):")
    assert "0151 7654321" in correction.plain_text
    assert correction.reply_to_message_id == copy.message_id
    # The log keeps both: what was read first, and the correction after it.
    assert [(row.kind, row.text) for row in rows] == [
        (MessageKind.TEXT, "رقمي 0151 1234567"),
        (MessageKind.EDIT, "رقمي 0151 7654321"),
    ]
    assert transcript_line(entry(rows[1]), "Europe/Berlin").endswith(
        "Person: [Korrektur] رقمي 0151 7654321"
    )


async def test_an_edit_the_dialogue_cannot_take_is_not_lost_without_a_word(
    database_url: str,
) -> None:
    async with FakeBotAPI() as fake, started_bot(settings_for(fake, database_url)):
        chat = Chat(fake, 7301, "en")
        await chat.command("/start")
        await chat.press("English")
        await chat.press("For businesses")
        await chat.type("Pho Hanoi")
        seen = len(fake.sent(7301))
        fake.edit_message(7301, fake.newest_from(7301, 7301), "Pho Saigon")
        told = (await fake.wait_sent(7301, seen + 1))[-1]
    # The name was taken as it was typed: the person learns the change reached nobody.
    assert told.plain_text == translator("en").gettext(EDIT_NOT_PASSED)


async def test_an_advisors_edited_reply_reaches_the_person_as_a_correction(
    database_url: str, tmp_path: Path
) -> None:
    t = translator("uk")
    async with announced_lead(database_url, tmp_path, "uk") as lead:
        fake, desk, seen = lead.fake, lead.desk, lead.seen
        fake.group_message(LEIPZIG_GROUP, ANNA, "Passt Montag 10 Uhr?", lead.card.message_id)
        await queued(desk, "message_to_person")
        await desk.deliver()
        relayed = (await fake.wait_sent(PERSON, seen + 1))[-1]
        advisor_message = fake.newest_from(LEIPZIG_GROUP, ANNA)
        # The answer took the request on; Anna gives it back before she corrects a typo.
        taken = await desk.group_says(LEIPZIG_GROUP, 2)
        await desk.press(LEIPZIG_GROUP, ANNA, taken, "Zurück an Team")
        await desk.group_says(LEIPZIG_GROUP, 3)
        fake.edit_message(LEIPZIG_GROUP, advisor_message, "Passt Dienstag 10 Uhr?")
        await queued(desk, "message_to_person", 2)
        await desk.deliver()
        correction = (await fake.wait_sent(PERSON, seen + 2))[-1]
        rows = await logged(desk)
        released = await desk.lead(1)
    heading = t.gettext(CORRECTED_BY).format(name=t.isolate("Test"))
    assert correction.plain_text == f"✏️ {heading}\n\nPasst Dienstag 10 Uhr?"
    assert correction.reply_to_message_id == relayed.message_id
    assert [(row.direction, row.kind) for row in rows] == [
        (MessageDirection.TO_PERSON, MessageKind.TEXT),
        (MessageDirection.TO_PERSON, MessageKind.EDIT),
    ]
    assert rows[0].text == "Passt Montag 10 Uhr?"
    # A correction does not take back the request given back.
    assert released.status == "new" and released.claimed_by is None


async def test_an_advisors_reply_edited_into_a_note_does_not_reach_the_person_again(
    database_url: str, tmp_path: Path
) -> None:
    """QA: a reply sent without its note tag, then edited to "#notiz …" to make it a note,
    went to the person a second time as "Corrected message", with the tag and the team's
    words. Now the edit is kept as a note and the advisor told that the first went."""
    async with announced_lead(database_url, tmp_path, "de") as lead:
        fake, desk, seen = lead.fake, lead.desk, lead.seen
        fake.group_message(LEIPZIG_GROUP, ANNA, "Klang gestresst", lead.card.message_id)
        await queued(desk, "message_to_person")
        await desk.deliver()
        await fake.wait_sent(PERSON, seen + 1)
        written = fake.newest_from(LEIPZIG_GROUP, ANNA)
        before = len(fake.sent(LEIPZIG_GROUP))
        fake.edit_message(LEIPZIG_GROUP, written, "#notiz Klang gestresst")
        told = await desk.group_says(LEIPZIG_GROUP, before + 1)
        fake.edit_message(LEIPZIG_GROUP, written, "#nozit Klang gestresst")
        asked = await desk.group_says(LEIPZIG_GROUP, before + 2)
        await desk.deliver()
        rows = await logged(desk)
        received = fake.sent(PERSON)[seen:]

    assert len(received) == 1 and received[0].plain_text.endswith("Klang gestresst")
    assert "notiz" not in received[0].plain_text
    assert told.reply_to_message_id == written
    assert "als interne Notiz gespeichert" in told.plain_text
    assert asked.plain_text.startswith("⚠️ Nicht weitergegeben")
    assert [(row.direction, row.kind, row.text) for row in rows] == [
        (MessageDirection.TO_PERSON, MessageKind.TEXT, "Klang gestresst"),
        (MessageDirection.NOTE, MessageKind.EDIT, "#notiz Klang gestresst"),
    ]


async def test_a_held_back_message_edited_by_its_advisor_goes_as_now_written(
    database_url: str, tmp_path: Path
) -> None:
    """QA: a message held back for its unsure tag ("Notiz …": "Nicht weitergegeben")
    edited to "#notiz …" or to the words for the person, as one corrects in Telegram,
    was neither kept nor sent, and the advisor was told nothing: the edit of a message
    never passed on was dropped. Now the edited message goes as if sent so."""
    async with announced_lead(database_url, tmp_path, "de") as lead:
        fake, desk, seen = lead.fake, lead.desk, lead.seen
        card = lead.card.message_id
        fake.group_message(LEIPZIG_GROUP, ANNA, "Notiz klang gestresst", card)
        asked = await desk.group_says(LEIPZIG_GROUP, 2)
        noted = fake.newest_from(LEIPZIG_GROUP, ANNA)
        fake.edit_message(LEIPZIG_GROUP, noted, "#notiz klang gestresst")
        told = await desk.group_says(LEIPZIG_GROUP, 3)
        fake.group_message(LEIPZIG_GROUP, ANNA, "Notiz Montag passt?", card)
        await desk.group_says(LEIPZIG_GROUP, 4)
        meant = fake.newest_from(LEIPZIG_GROUP, ANNA)
        fake.edit_message(LEIPZIG_GROUP, meant, "Passt Ihnen Montag?")
        await queued(desk, "message_to_person")
        await desk.deliver()
        received = (await fake.wait_sent(PERSON, seen + 1))[seen:]
        rows = await logged(desk)

    assert asked.plain_text.startswith("⚠️ Nicht weitergegeben")
    assert told.reply_to_message_id == noted and "interne Notiz gespeichert" in told.plain_text
    assert len(received) == 1 and received[0].plain_text.endswith("Passt Ihnen Montag?")
    assert [(row.direction, row.kind, row.text) for row in rows] == [
        (MessageDirection.NOTE, MessageKind.TEXT, "#notiz klang gestresst"),
        (MessageDirection.TO_PERSON, MessageKind.TEXT, "Passt Ihnen Montag?"),
    ]


async def test_an_edit_that_cannot_be_passed_on_is_logged_without_its_words(
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # The warning quoted the error, whose text (a database's "Failing row contains …")
    # can hold the advisor's words to the person.
    from bot.handlers import conversation

    async def fails(*args: object) -> None:
        raise RuntimeError("DETAIL: Failing row contains ('Passt Dienstag, Frau Yilmaz?')")

    caplog.set_level(logging.INFO)
    async with announced_lead(database_url, tmp_path, "en") as lead:
        fake, desk = lead.fake, lead.desk
        fake.group_message(LEIPZIG_GROUP, ANNA, "Passt Montag 10 Uhr?", lead.card.message_id)
        await queued(desk, "message_to_person")
        advisor_message = fake.newest_from(LEIPZIG_GROUP, ANNA)
        monkeypatch.setattr(conversation, "_edited", fails)
        said = len(fake.sent(LEIPZIG_GROUP))
        fake.edit_message(LEIPZIG_GROUP, advisor_message, "Passt Dienstag, Frau Yilmaz?")
        told = (await fake.wait_sent(LEIPZIG_GROUP, said + 1))[-1]
    assert told.text == replies.RELAY_FAILED
    assert "could not relay the edit of update" in caplog.text
    assert "RuntimeError" in caplog.text and "Yilmaz" not in caplog.text
