"""The bot's questions about held messages still open, in each lead's topic or in a
group without topics.

In a forum one writes in the topic rather than replying, so an advisor answers the
question with a bare "ja" typed there; and whatever is typed in a lead's topic goes to
the person. While a question is open in a topic, such a bare answer by the advisor it is
asked of (the held message's author) is taken for the question's
(bot.handlers.conversation); a colleague's too once the author's time to decide alone is
over, as her tap would be taken then. Before that a colleague's "Ja" is meant for the
person (her tap would be refused while the author decides, bot.advisor.held), and she is
told that it went there.

In a group without topics the held message replies to a lead's message but is none of
the lead's until its question is answered: the stored question names its lead, so that a
reply to the held message goes as it would in the lead's topic (it was "Nicht
weitergegeben, nicht gespeichert"), and a bare "ja" there answers the question.

Kept in the database (``held_questions``): in memory, a restart forgot them, and a bare
"ja" typed in the topic afterwards went to the person.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.models import HeldQuestion

#: Where a question is asked: the group's chat id and the lead topic's thread id (None: a
#: group without topics).
Topic = tuple[int, int | None]

Sessions = async_sessionmaker[AsyncSession]


async def asked(
    sessionmaker: Sessions,
    topic: Topic,
    question_id: int,
    held_id: int,
    lead_id: int,
    asked_of: int,
    now: datetime,
) -> None:
    """The bot asked ``question_id`` in ``topic`` about the held message ``held_id``, of
    the advisor ``asked_of`` (its author), at ``now`` (the service's clock: the author's
    time to decide alone is counted from it, bot.advisor.held)."""
    chat_id, thread_id = topic
    async with sessionmaker() as session, session.begin():
        session.add(
            HeldQuestion(
                lead_id=lead_id,
                chat_id=chat_id,
                thread_id=thread_id,
                question_id=question_id,
                held_id=held_id,
                asked_of=asked_of,
                created_at=now,
            )
        )


def _in(topic: Topic, held_id: int | None) -> list[sa.ColumnElement[bool]]:
    """The questions in ``topic`` (about the held message ``held_id``, if given)."""
    chat_id, thread_id = topic
    # "== None" is SQL's IS NULL: a group without topics.
    where = [HeldQuestion.chat_id == chat_id, HeldQuestion.thread_id == thread_id]
    if held_id is not None:
        where.append(HeldQuestion.held_id == held_id)
    return where


def _of(topic: Topic, advisor_id: int, held_id: int | None) -> list[sa.ColumnElement[bool]]:
    """The questions in ``topic`` asked of ``advisor_id`` (or, stored before 0018, of
    nobody in particular)."""
    return [
        *_in(topic, held_id),
        sa.or_(HeldQuestion.asked_of == advisor_id, HeldQuestion.asked_of.is_(None)),
    ]


async def is_open(
    sessionmaker: Sessions, topic: Topic, advisor_id: int, held_id: int | None = None
) -> bool:
    """Whether a question asked of ``advisor_id`` (about ``held_id``, if given) waits for
    its answer in ``topic``."""
    async with sessionmaker() as session:
        found = await session.scalar(
            sa.select(HeldQuestion.id).where(*_of(topic, advisor_id, held_id)).limit(1)
        )
    return found is not None


async def lead_of_held(sessionmaker: Sessions, chat_id: int, held_id: int) -> int | None:
    """The lead an open question in ``chat_id`` about the held message ``held_id`` is
    about (None: no such question open)."""
    async with sessionmaker() as session:
        return await session.scalar(
            sa.select(HeldQuestion.lead_id)
            .where(HeldQuestion.chat_id == chat_id, HeldQuestion.held_id == held_id)
            .limit(1)
        )


async def lead_of_message(sessionmaker: Sessions, chat_id: int, message_id: int) -> int | None:
    """The lead of the open question ``message_id`` in ``chat_id``, or of the one about
    the held message ``message_id`` (None: neither): a command replying to either is
    about that lead, as a reply to them goes to it."""
    async with sessionmaker() as session:
        return await session.scalar(
            sa.select(HeldQuestion.lead_id)
            .where(
                HeldQuestion.chat_id == chat_id,
                sa.or_(HeldQuestion.question_id == message_id, HeldQuestion.held_id == message_id),
            )
            .limit(1)
        )


async def asked_of(sessionmaker: Sessions, chat_id: int, question_id: int) -> int | None:
    """The advisor the open question ``question_id`` in ``chat_id`` is asked of (None:
    no such question open, or stored before 0018 without one)."""
    async with sessionmaker() as session:
        return await session.scalar(
            sa.select(HeldQuestion.asked_of).where(
                HeldQuestion.chat_id == chat_id, HeldQuestion.question_id == question_id
            )
        )


class Question(NamedTuple):
    """An open question: the bot's message, the lead and held message it is about, whom
    it is asked of (None: stored before 0018) and when."""

    question_id: int
    lead_id: int
    held_id: int
    asked_of: int | None
    asked_at: datetime


async def _open(sessionmaker: Sessions, *where: sa.ColumnElement[bool]) -> list[Question]:
    """The open questions that match ``where``, oldest first."""
    async with sessionmaker() as session:
        rows = await session.execute(
            sa.select(
                HeldQuestion.question_id,
                HeldQuestion.lead_id,
                HeldQuestion.held_id,
                HeldQuestion.asked_of,
                HeldQuestion.created_at,
            )
            .where(*where)
            .order_by(HeldQuestion.id)
        )
        return [Question(*row) for row in rows.all()]


async def open_in(
    sessionmaker: Sessions, topic: Topic, advisor_id: int, held_id: int | None = None
) -> list[Question]:
    """The questions asked of ``advisor_id`` (about ``held_id``, if given) waiting for
    their answer in ``topic``, oldest first."""
    return await _open(sessionmaker, *_of(topic, advisor_id, held_id))


async def open_for_others(
    sessionmaker: Sessions, topic: Topic, advisor_id: int, held_id: int | None = None
) -> list[Question]:
    """The questions waiting in ``topic`` (about ``held_id``, if given) that are asked of
    an advisor other than ``advisor_id`` (her bare "ja" there is hers to decide only after
    the author's time)."""
    return await _open(
        sessionmaker,
        *_in(topic, held_id),
        HeldQuestion.asked_of.is_not(None),
        HeldQuestion.asked_of != advisor_id,
    )


async def settled(
    sessionmaker: Sessions, topic: Topic, question_id: int, held_id: int | None = None
) -> None:
    """The question was answered, or can no longer be (the held message is gone). With
    ``held_id``, the held message went: the other questions about it (asked again after
    an edit that was held too) are answered as well, or a bare "ok" typed next in the
    topic would still be held back for them."""
    chat_id, thread_id = topic
    about = HeldQuestion.question_id == question_id
    if held_id is not None:
        about = about | ((HeldQuestion.thread_id == thread_id) & (HeldQuestion.held_id == held_id))
    await _forget(sessionmaker, HeldQuestion.chat_id == chat_id, about)


async def sent_otherwise(sessionmaker: Sessions, topic: Topic, held_id: int) -> None:
    """The held message went by another way (its edit passed it on): its questions are
    answered."""
    await _forget(sessionmaker, *_in(topic, held_id))


async def unanswerable(
    session: AsyncSession, lead_id: int, chat_id: int | None = None
) -> list[int]:
    """The lead's questions (in ``chat_id``, or everywhere) can no longer be answered: its
    personal data were erased (/delete, retention; its topic is deleted), or it went to
    another office's chat (its topic here stays closed; the hand-over takes the buttons
    off the questions it returns). In the transaction that does it, so that no row
    outlives the lead's data. Returns the questions' message ids."""
    where = [HeldQuestion.lead_id == lead_id]
    if chat_id is not None:
        where.append(HeldQuestion.chat_id == chat_id)
    gone = await session.execute(
        sa.delete(HeldQuestion).where(*where).returning(HeldQuestion.question_id)
    )
    return list(gone.scalars())


async def _forget(sessionmaker: Sessions, *where: sa.ColumnElement[bool]) -> None:
    async with sessionmaker() as session, session.begin():
        await session.execute(sa.delete(HeldQuestion).where(*where))
