"""A person writes to their advisor at the moment their data are erased (their own /delete,
or an advisor's at their request). The message path (bot.conversation.log.from_person)
holds its own lock, not the person's turn: on PostgreSQL it read the request without a
lock while the erasure, not yet committed, had anonymized it, and logged the words on the
erased request after its conversation was deleted (and queued them for the group)."""

from __future__ import annotations

import asyncio

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.conversation import log as conversation_log
from bot.conversation.content import Content
from bot.conversation.log import Route, Written
from bot.privacy import rights
from db.models import ConversationMessage, Lead, User
from db.vocabulary import MessageKind
from tests.dialogue_driver import NOW, Person, make_dialogue
from tests.test_privacy import business_lead

Sessions = async_sessionmaker[AsyncSession]


async def test_words_written_while_the_erasure_commits_are_not_logged_on_the_erased_request(
    database_url: str, sessionmaker: Sessions
) -> None:
    if database_url.startswith("sqlite"):
        pytest.skip("SQLite takes its write lock at BEGIN: the two never overlap there")
    person = Person(make_dialogue(sessionmaker))
    await business_lead(person)
    async with sessionmaker() as erasing, erasing.begin():
        user = (
            await erasing.scalars(sa.select(User).where(User.external_id == person.user_id))
        ).one()
        # The erasure has run its statements and not committed yet ...
        await rights.erase(erasing, user, NOW)
        # ... when the person's words arrive.
        writing = asyncio.create_task(
            conversation_log.from_person(
                sessionmaker,
                external_id=person.user_id,
                content=Content(MessageKind.TEXT, "Meine neue Nummer ist 0176 5550000"),
                written=Written(int(person.user_id), 90),
                update_id=None,
                now=NOW,
            )
        )
        # The person's read and the erasure overlap (without the lock the words were
        # logged by now); the erasure then commits.
        await asyncio.wait({writing}, timeout=1.0)
    taken = await writing
    async with sessionmaker() as session:
        texts = list(await session.scalars(sa.select(ConversationMessage.text)))
        leads = list(await session.scalars(sa.select(Lead)))
    assert taken.route is not Route.TAKEN
    assert texts == []
    assert all(lead.anonymized_at is not None and lead.phone is None for lead in leads)
