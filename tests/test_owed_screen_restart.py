"""A reply whose send was cut off by a crash is looked for after the restart, not repeated.

The real ``python -m bot run`` process steps the person's answer and sends the next
question; Telegram takes it (or not) but its answer never comes back, and the process
is killed while it waits. The restarted bot owes the reply (the inbox row is "stepped"):
it looks after the newest message id the row recorded, and sends the question only when
it did not arrive.
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.models import InboundUpdate
from db.vocabulary import InboxState
from testkit.fake_bot_api import SentMessage
from tests.live_bot import RecordingFake, settled
from tests.telegram_harness import Chat, running_bot, settings_for
from tests.test_process_lifecycle import PHONE, bot_process, screen, up_to_the_phone_question

PERSON = 721
QUESTION = "WhatsApp"


async def inbox_rows(sessionmaker: async_sessionmaker[AsyncSession]) -> list[InboundUpdate]:
    async with sessionmaker() as session:
        stmt = sa.select(InboundUpdate).order_by(InboundUpdate.update_id)
        return list((await session.scalars(stmt)).all())


def meeting_questions(fake: RecordingFake) -> list[SentMessage]:
    """The question that follows WhatsApp ("By phone" or in person), as the person got it."""
    return [m for m in fake.sent(PERSON) if "By phone" in m.button_texts and not m.edited]


@pytest.mark.parametrize("arrived", [True, False], ids=["arrived", "lost"])
async def test_an_owed_screen_is_sent_once_after_a_kill(
    arrived: bool,
    database_url: str,
    sessionmaker: async_sessionmaker[AsyncSession],
    tmp_path: Path,
) -> None:
    async with RecordingFake() as fake:
        chat = Chat(fake, PERSON, "en")
        async with bot_process(fake, database_url, tmp_path) as first:
            await up_to_the_phone_question(chat)
            whatsapp = await chat.type(PHONE)
            before = len(fake.calls_to("sendMessage", PERSON))
            # Telegram takes the next question at once (or never), and answers too late.
            fake.delay_next("sendMessage", 30, apply_first=arrived)
            pressed = fake.user_press(PERSON, whatsapp.button("No").callback_data or "")

            async def stepped() -> bool:
                rows = {row.update_id: row for row in await inbox_rows(sessionmaker)}
                return pressed in rows and rows[pressed].state == "stepped"

            await fake.wait_for(stepped, message="the answer to be stepped")
            if arrived:  # else killed with the question on its way, or not yet sent
                await fake.wait_for(
                    lambda: len(fake.calls_to("sendMessage", PERSON)) > before,
                    message="the question taken",
                )
            [owed] = [row for row in await inbox_rows(sessionmaker) if row.update_id == pressed]
            assert await first.kill() == -signal.SIGKILL
        shown_at_kill = len(meeting_questions(fake))
        fake.clear_faults()

        async with bot_process(fake, database_url, tmp_path) as second:

            async def answered() -> bool:
                rows = {row.update_id: row for row in await inbox_rows(sessionmaker)}
                return rows[pressed].state == "done"

            await fake.wait_for(answered, timeout=20, message="the owed reply to be settled")
            if not arrived:
                await fake.wait_for(lambda: meeting_questions(fake), message="the question sent")
            await second.wait_for_log("inbox at start")
        sends = len(fake.calls_to("sendMessage", PERSON))
        at = await screen(sessionmaker, PERSON)

    assert at == "q:meeting" and owed.reply_after is not None
    # The person sees the next question exactly once, whether it had arrived or not.
    assert shown_at_kill == (1 if arrived else 0)
    assert len(meeting_questions(fake)) == 1
    looked = [c for c in fake.failed_calls if c.method == "editMessageReplyMarkup"]
    if arrived:
        # Found by its buttons ("not modified") after the recorded id, not sent again.
        assert looked and "not modified" in str(looked[0].description)
        assert sends == before + 1


async def test_the_look_after_a_restart_leaves_other_messages_as_they_were(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    """The reply to a typed phone number is a text, then the next question. The text
    arrived, the question did not: the look gives the text the question's buttons only to
    see it is not the question, takes them off again, and the question is sent once."""
    async with RecordingFake() as fake:
        settings = settings_for(fake, database_url)
        async with running_bot(settings) as app:
            chat = Chat(fake, PERSON, "en")
            await up_to_the_phone_question(chat)
            question = await chat.type(PHONE)
            await settled(app, fake)
        thanks = fake.sent(PERSON)[-2]
        assert "We have your phone number" in thanks.text and QUESTION in question.text
        # What a crash leaves: the step committed, the text out, the question never taken.
        fake.lose(PERSON, question.message_id)
        async with sessionmaker() as session, session.begin():
            row = await session.get(InboundUpdate, max(fake.pushed))
            assert row is not None and row.reply_after == thanks.message_id - 1
            # A row that never got done keeps its chat (done rows forget it).
            row.state, row.chat_id = InboxState.STEPPED, PERSON
        shown = len(fake.sent(PERSON))
        async with running_bot(settings, jobs=True) as app:
            again = (await fake.wait_sent(PERSON, shown + 1))[-1]
            await settled(app, fake)

    assert again.text == question.text and again.message_id > question.message_id
    kept = fake.message(PERSON, thanks.message_id)
    assert kept is not None and kept["text"] == thanks.text and "reply_markup" not in kept
    looked = [c.params["message_id"] for c in fake.calls_to("editMessageReplyMarkup", PERSON)]
    assert looked == [thanks.message_id, thanks.message_id]


async def test_a_press_first_thing_after_a_restart_knows_where_its_reply_goes(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    """A restarted bot that has sent the person nothing yet still records where the reply
    to a press goes: after the pressed message. A crash after that reply arrived leaves it
    owed, and the next restart finds it instead of sending it twice."""
    async with RecordingFake() as fake:
        settings = settings_for(fake, database_url)
        chat = Chat(fake, PERSON, "en")
        async with running_bot(settings) as app:
            await up_to_the_phone_question(chat)
            whatsapp = await chat.type(PHONE)
            await settled(app, fake)
        async with running_bot(settings) as app:  # restarted: no message id known yet
            shown = len(fake.sent(PERSON))
            pressed = fake.user_press(PERSON, whatsapp.button("No").callback_data or "")
            await fake.wait_sent(PERSON, shown + 1)
            await settled(app, fake)
        # What a crash right after the send leaves: the reply arrived, the row still owes it.
        async with sessionmaker() as session, session.begin():
            row = await session.get(InboundUpdate, pressed)
            assert row is not None and row.reply_after == whatsapp.message_id
            # A row that never got done keeps its chat (done rows forget it).
            row.state, row.chat_id = InboxState.STEPPED, PERSON
        sends = len(fake.calls_to("sendMessage", PERSON))

        async def settled_row() -> bool:
            rows = {row.update_id: row for row in await inbox_rows(sessionmaker)}
            return rows[pressed].state == "done"

        async with running_bot(settings, jobs=True) as app:
            await fake.wait_for(settled_row, timeout=20, message="the owed reply to be settled")
            await settled(app, fake)

    assert len(fake.calls_to("sendMessage", PERSON)) == sends
    assert len(meeting_questions(fake)) == 1
