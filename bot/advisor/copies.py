"""The record of every message the bot posted in an advisor chat with a lead's personal data.

Each place that writes a lead's data into a group (the card and a re-sent copy, the
person's messages, /lead N, /leads, /export) adds a :class:`db.models.GroupCopy` row
with the chat and message id, so that /delete and retention can reach every copy
(bot.outbox.erasure). A row is written in the same transaction that records the send.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db import repository
from db.models import GroupCopy, Lead, table
from db.vocabulary import CopyKind, OutboxKind, OutboxTarget

#: One copy; written straight to the table, not through the session's unit of work:
#: it runs with every card the outbox posts, and nothing in the session refers to it.
_table = table(GroupCopy)
_INSERT = sa.insert(_table).values(
    lead_id=sa.bindparam("lead_id"),
    chat_id=sa.bindparam("chat"),
    message_id=sa.bindparam("message"),
    thread_id=sa.bindparam("thread"),
    kind=sa.bindparam("kind"),
    sent_at=sa.bindparam("now"),
)


async def add(
    session: AsyncSession,
    lead_ids: Iterable[int],
    chat_id: int,
    message_id: int | None,
    now: datetime,
    *,
    thread_id: int | None = None,
    kind: str = CopyKind.TEXT,
) -> None:
    """Record one posted message (for each lead it shows); nothing without a message id."""
    if message_id is None:
        return
    rows = [
        {
            "lead_id": lead_id,
            "chat": chat_id,
            "message": message_id,
            "thread": thread_id,
            "kind": kind,
            "now": now,
        }
        for lead_id in dict.fromkeys(lead_ids)
    ]
    if rows:
        await session.execute(_INSERT, rows)


def recorder(
    lead_id: int,
    chat_id: int,
    now: datetime,
    *,
    thread_id: int | None = None,
    kind: str = CopyKind.TEXT,
) -> Callable[[AsyncSession, int | None], Awaitable[None]]:
    """An outbox Record that remembers the sent message as a copy of the lead's data."""

    async def record(session: AsyncSession, message_id: int | None) -> None:
        await add(session, [lead_id], chat_id, message_id, now, thread_id=thread_id, kind=kind)

    return record


async def remember(
    sessionmaker: async_sessionmaker[AsyncSession],
    lead_ids: Iterable[int],
    chat_id: int,
    message_id: int,
    now: datetime,
    *,
    read_at: datetime,
    thread_id: int | None = None,
    kind: str = CopyKind.TEXT,
) -> None:
    """Record a message a handler sent itself (/lead N, /leads, /export), in its own commit.

    The handler read the leads at ``read_at``, sent, and records only now: a lead erased
    in between (the person's /delete, on Telegram or the web) may have had its copies
    removed already, without this one. Its erasure is queued again, to reach this one.
    """
    ids = list(lead_ids)
    if not ids:
        return
    async with sessionmaker() as session, session.begin():
        await add(session, ids, chat_id, message_id, now, thread_id=thread_id, kind=kind)
        erased = await session.scalars(
            sa.select(Lead.id).where(Lead.id.in_(ids), Lead.anonymized_at >= read_at)
        )
        for lead_id in erased.all():
            await enqueue_erasure(session, lead_id)


async def shown(session: AsyncSession, lead_ids: Iterable[int]) -> bool:
    """Whether the advisor chats hold anything of these leads for their erasure to remove:
    a recorded copy, or a topic of their own (none in an office without a group)."""
    ids = list(lead_ids)
    copied = sa.exists().where(GroupCopy.lead_id.in_(ids))
    topic = sa.exists().where(Lead.id.in_(ids), Lead.topic_id.is_not(None))
    return bool(ids) and bool(await session.scalar(sa.select(sa.or_(copied, topic))))


async def enqueue_erasure(session: AsyncSession, lead_id: int) -> None:
    """Queue the removal of the lead's copies from the advisor chats (in the caller's
    transaction: with the erasure or purge that makes it due)."""
    await repository.enqueue(
        session, kind=OutboxKind.GROUP_ERASE, target=OutboxTarget.TELEGRAM, lead_id=lead_id
    )
