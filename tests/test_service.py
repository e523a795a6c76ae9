"""The dialogue service against a real database (SQLite, or PostgreSQL in CI)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.dialogue.service import Profile
from bot.dialogue.state import Start, Text
from db import steps
from db.models import Conversation, Lead, OutboxMessage, User
from tests.dialogue_driver import Person, make_dialogue, walk_to_summary


async def test_lead_and_outbox_row_are_stored_together(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    person = Person(make_dialogue(sessionmaker))
    await walk_to_summary(person)
    screen = await person.press("Send")
    async with sessionmaker() as session:
        lead = (await session.execute(sa.select(Lead))).scalar_one()
        outbox = (await session.execute(sa.select(OutboxMessage))).scalar_one()
        user = (await session.execute(sa.select(User))).scalar_one()
    assert f"Your request number is {lead.id}" in screen.text
    assert outbox.lead_id == lead.id and outbox.kind == "lead_new" and outbox.status == "pending"
    assert lead.status == "new" and lead.office == "leipzig" and lead.channel == "telegram"
    assert (lead.name, lead.phone, lead.email) == ("Ayşe Yılmaz", "+493411234567", None)
    assert lead.language == "en" and lead.callback_language == "de"
    assert lead.telegram_username == "ayse_y"
    assert lead.consent_version and lead.consent_at is not None
    assert user.language == "en"


async def test_state_survives_a_new_service_instance(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    first = Person(make_dialogue(sessionmaker))
    await first.send(Start("en"))
    await first.press("English")
    await first.press("For businesses")
    await first.type("Kiosk Anna")
    await first.press("Verkäufer/in")
    # A new process: new service object, same database, same person.
    second = Person(make_dialogue(sessionmaker))
    second.screen = first.screen
    second.update_id = first.update_id
    screen = await second.type("04109")
    assert "Has your business trained apprentices before?" in screen.text
    async with sessionmaker() as session:
        state = (await session.execute(sa.select(Conversation.state))).scalar_one()
    assert state["answers"] == {"company": "Kiosk Anna", "trades": ["verkauf"], "plz": "04109"}


async def test_a_question_asked_again_under_a_notice_comes_without_the_flows_intro(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    person = Person(make_dialogue(sessionmaker))
    await person.send(Start("en"))
    await person.press("English")
    first = await person.press("For young people")
    again = await person.type("no idea")
    intro = "Good to have you here!"
    assert intro in first.text
    # "no idea" where no button says so: helped to choose, the question asked again.
    assert again.text.startswith("No problem. Please choose below what fits you best")
    assert intro not in again.text and "Question 1 of 12" in again.text


async def test_the_same_update_is_processed_once(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    dialogue = make_dialogue(sessionmaker)
    first = await dialogue.handle("telegram", "7", Start("en"), update_id=555)
    again = await dialogue.handle("telegram", "7", Start("en"), update_id=555)
    assert first is not None and again is None


async def test_a_failed_lead_insert_rolls_back_the_step(
    sessionmaker: async_sessionmaker[AsyncSession],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    person = Person(make_dialogue(sessionmaker))
    await walk_to_summary(person)

    async def broken_enqueue(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    # The advisor's notice is queued after the lead is inserted, in the step's savepoint.
    monkeypatch.setattr(steps, "enqueue", broken_enqueue)
    with pytest.raises(RuntimeError):
        await person.press("Send")
    async with sessionmaker() as session:
        assert (await session.execute(sa.select(sa.func.count(Lead.id)))).scalar_one() == 0
        state = (await session.execute(sa.select(Conversation.state))).scalar_one()
    # The person is still at the summary and can simply press "Send" again.
    assert state["screen"] == "summary"
    monkeypatch.undo()
    await person.press("Send")
    async with sessionmaker() as session:
        assert (await session.execute(sa.select(sa.func.count(Lead.id)))).scalar_one() == 1
        assert (await session.execute(sa.select(sa.func.count(OutboxMessage.id)))).scalar_one() == 1


async def test_people_are_kept_apart(sessionmaker: async_sessionmaker[AsyncSession]) -> None:
    dialogue = make_dialogue(sessionmaker)
    a, b = Person(dialogue, "1"), Person(dialogue, "2")
    await a.send(Start("en"))
    await b.send(Start("uk"))
    await a.press("English")
    await b.press("Українська")
    async with sessionmaker() as session:
        languages = dict((await session.execute(sa.select(User.external_id, User.language))).all())
    assert languages == {"1": "en", "2": "uk"}


async def test_someone_the_bot_knows_nothing_of_is_answered_in_their_apps_language(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    # After /delete, or a first message that is not /start: no stored language, but the
    # app's (Telegram's language_code) is known.
    dialogue = make_dialogue(sessionmaker)
    reply = await dialogue.handle("telegram", "2001", Text("Привіт"), Profile("uk"), update_id=91)
    assert reply is not None and reply.language == "uk"
    # The app's language taken as chosen (the greeting was shown again and again).
    assert reply.screen.text.startswith("Чим ми можемо Вам допомогти?")
    german = await dialogue.handle("telegram", "2002", Text("Hallo"), Profile(None), update_id=92)
    assert german is not None and german.language == "de"  # none known: the office's
