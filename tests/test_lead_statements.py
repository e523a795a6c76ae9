"""The send step stores its lead on the driver (db.steps.insert_lead, enqueue) with a
savepoint of its own (db.direct.Direct.savepoint): what that stores and who hears of it."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from db import direct, news, steps
from db.models import Lead, OutboxMessage, User
from db.names import name_key
from db.news import News
from db.vocabulary import LeadStatus, OutboxKind, OutboxStatus, OutboxTarget
from tests.dialogue_driver import NOW, Person, make_dialogue, walk_to_summary

Sessions = async_sessionmaker[AsyncSession]


async def test_a_sent_request_is_stored_as_the_orm_stores_a_lead(sessionmaker: Sessions) -> None:
    person = Person(make_dialogue(sessionmaker))
    await walk_to_summary(person)
    with news.HUB.listen() as heard:
        screen = await person.press("Send")
        assert "request number" in screen.text  # the number the person is told
        async with sessionmaker() as session:
            lead = (await session.scalars(sa.select(Lead))).one()
            outbox = (await session.scalars(sa.select(OutboxMessage))).one()
            user = (await session.scalars(sa.select(User))).one()
        assert heard.get_nowait() == News(lead.id, lead.office)
        assert heard.empty()
    assert f"{lead.id}" in screen.text
    assert (lead.user_id, lead.flow, lead.channel, lead.language) == (
        user.id,
        "callback",
        "telegram",
        "en",
    )
    assert (lead.name, lead.name_key, lead.phone, lead.postal_code) == (
        "Ayşe Yılmaz",
        name_key("Ayşe Yılmaz"),  # what the inbox's search compares (db.names)
        "+493411234567",  # as typed, in international form
        "04109",
    )
    assert lead.office == "leipzig" and lead.preferred_time == "any"
    assert lead.callback_language == "de" and lead.contact_via_telegram is False
    assert lead.consent_version is not None and lead.consent_at == NOW
    assert (lead.status, lead.attempts, lead.claimed_by) == (LeadStatus.NEW, 0, None)
    assert lead.created_at == lead.updated_at == NOW  # the step's clock, not the wall's
    assert lead.answers["role"] == "business"
    assert (outbox.lead_id, outbox.kind, outbox.target, outbox.payload) == (
        lead.id,
        OutboxKind.LEAD_NEW,
        OutboxTarget.TELEGRAM,
        {},
    )
    assert (outbox.status, outbox.attempts, outbox.next_attempt_at) == (
        OutboxStatus.PENDING,
        0,
        NOW,  # due at once for the outbox job, which reads the same clock
    )


async def test_a_savepoint_undoes_only_its_block_and_what_it_noted(
    db_engine: AsyncEngine, sessionmaker: Sessions
) -> None:
    with news.HUB.listen() as heard:
        async with direct.transaction(db_engine) as tx:
            await steps.add_people(tx, "web", {"kept": (None, None)}, NOW)
            with pytest.raises(RuntimeError):
                async with tx.savepoint():
                    await steps.add_people(tx, "web", {"undone": (None, None)}, NOW)
                    tx.note(News(7, "leipzig"))
                    raise RuntimeError("this step's lead failed")
            async with tx.savepoint():
                tx.note(News(8, "dresden"))
            assert heard.empty()  # not before the commit
        assert heard.get_nowait() == News(8, "dresden")
        assert heard.empty()
    async with sessionmaker() as session:
        assert (await session.scalars(sa.select(User.external_id))).all() == ["kept"]


def test_added_answers_take_the_place_of_earlier_ones_and_questions_join() -> None:
    earlier = {"role": "business", "question": "Who pays the school?", "topics": ["pay"]}
    added = {"question": "And the travel?", "topics": ["dual"], "plz": "01067"}
    assert steps.merged_answers(earlier, added) == {
        "role": "business",
        "question": "Who pays the school?\nAnd the travel?",
        "topics": ["dual"],
        "plz": "01067",
    }
    assert earlier["question"] == "Who pays the school?"  # the stored answers are not changed


def test_added_texts_join_and_a_skip_keeps_the_earlier_answer() -> None:
    earlier = {"role": "parent", "topic": "My son needs an apprenticeship", "age": "16-17"}
    added = {"role": "parent", "topic": "Also about BAB", "age": "18-24"}
    merged = steps.merged_answers(earlier, added, joined=("topic",))
    assert merged["topic"] == "My son needs an apprenticeship\nAlso about BAB"
    assert merged["age"] == "18-24"  # a choice takes the earlier one's place
    again = steps.merged_answers(merged, {"topic": "skip", "age": "u16"}, joined=("topic",))
    assert again["topic"] == merged["topic"] and again["age"] == "u16"
    # The same words twice are kept once.
    assert steps.merged_answers(merged, {"topic": "Also about BAB"}, ("topic",)) == merged


async def test_answers_are_added_only_to_the_persons_own_open_request(
    db_engine: AsyncEngine, sessionmaker: Sessions
) -> None:
    person = Person(make_dialogue(sessionmaker))
    await walk_to_summary(person)
    await person.press("Send")
    async with sessionmaker() as session:
        lead = (await session.scalars(sa.select(Lead))).one()
    later = NOW + timedelta(minutes=5)
    async with direct.transaction(db_engine) as tx:
        assert not await steps.add_to_lead(tx, lead.user_id + 1, lead.id, {"plz": "01067"}, later)
        assert await steps.add_to_lead(tx, lead.user_id, lead.id, {"question": "Hi?"}, later)
    async with sessionmaker() as session, session.begin():
        stored = (await session.scalars(sa.select(Lead))).one()
        assert stored.answers == {**lead.answers, "question": "Hi?"}
        assert stored.updated_at == later
        stored.status = LeadStatus.DONE
    async with direct.transaction(db_engine) as tx:  # closed by an advisor: not added to
        assert not await steps.add_to_lead(tx, lead.user_id, lead.id, {"plz": "01067"}, later)
