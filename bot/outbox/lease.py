"""The outbox lease: a row is claimed by one worker before it is sent.

The single-instance lock (bot.ops.instance) keeps a second process from starting,
but a lease makes sure of it row by row: a worker claims a row (``claimed_by``,
``claimed_until``) in the transaction that plans it, sends outside any transaction,
and clears the claim when it records the outcome. Another worker skips a row whose
claim still holds. On PostgreSQL the claim reads the row with ``FOR UPDATE SKIP
LOCKED``, so two workers planning at the same moment neither wait for each other nor
both take it; SQLite runs one write transaction at a time (BEGIN IMMEDIATE), and
SQLAlchemy leaves the FOR UPDATE out there.

A worker that dies keeps its claims until ``claimed_until``; the next process, which
holds the instance lock and so knows it is alone, releases them at start. A row claimed
by another worker that never recorded an outcome may have reached Telegram already:
:func:`claim` says so, and a new-lead card sent again then says "erneut gesendet".
"""

from __future__ import annotations

import os
import socket
import uuid
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.models import OutboxMessage
from db.vocabulary import OutboxStatus

#: How long a claim holds: far longer than one send, with the rate limiter's waits.
LEASE = timedelta(minutes=5)


def worker_name() -> str:
    """A name no other worker has: host, process id and a random part (pids are reused)."""
    return f"{socket.gethostname()[:32]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


async def claim(
    session: AsyncSession, row_id: int, worker: str, now: datetime
) -> tuple[OutboxMessage, bool] | None:
    """The pending row ``row_id`` claimed for ``worker``, and whether an earlier attempt
    may have sent it already (a worker claimed it and never recorded an outcome: it was
    killed, possibly after Telegram took the message); None if the row is not free."""
    free = sa.or_(
        OutboxMessage.claimed_until.is_(None),
        OutboxMessage.claimed_until < now,
        OutboxMessage.claimed_by == worker,
    )
    row = (
        await session.execute(
            sa.select(OutboxMessage)
            .where(OutboxMessage.id == row_id, OutboxMessage.status == OutboxStatus.PENDING, free)
            .with_for_update(skip_locked=True)
        )
    ).scalar_one_or_none()
    if row is None:
        return None
    resent = row.claimed_by is not None and row.claimed_by != worker
    row.claimed_by = worker
    row.claimed_until = now + LEASE
    return row, resent


def release(row: OutboxMessage) -> None:
    """Clear the claim (the row's outcome is being recorded in the same transaction)."""
    row.claimed_by = None
    row.claimed_until = None


async def release_abandoned(sessionmaker: async_sessionmaker[AsyncSession]) -> int:
    """Release every claim, at start: the process holding the instance lock is alone.

    ``claimed_by`` stays as the mark of an attempt that never recorded its outcome, so
    the next send says it may be a repeat (bot.outbox.plans, "erneut gesendet").
    """
    async with sessionmaker() as session, session.begin():
        result = await session.execute(
            sa.update(OutboxMessage)
            .where(OutboxMessage.claimed_until.is_not(None))
            .values(claimed_until=None)
        )
        return int(result.rowcount)  # type: ignore[attr-defined]
