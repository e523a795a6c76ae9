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
from typing import NamedTuple

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm.attributes import set_committed_value

from db.models import Lead, OutboxMessage, table
from db.vocabulary import OutboxStatus

#: How long a claim holds: far longer than one send, with the rate limiter's waits.
LEASE = timedelta(minutes=5)


def worker_name() -> str:
    """A name no other worker has: host, process id and a random part (pids are reused)."""
    return f"{socket.gethostname()[:32]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class Claim(NamedTuple):
    """A row claimed, the lead it is about (None: deleted), and whether an earlier attempt
    may have sent it already (a worker claimed it and never recorded an outcome: it was
    killed, possibly after Telegram took the message)."""

    row: OutboxMessage
    lead: Lead | None
    resent: bool


async def claim(session: AsyncSession, row_id: int, worker: str, now: datetime) -> Claim | None:
    """The pending row ``row_id`` claimed for ``worker``; None if the row is not free."""
    found = (
        await session.execute(_CLAIMABLE, {"row_id": row_id, "worker": worker, "now": now})
    ).first()
    if found is None:
        return None
    row, lead = found
    resent = row.claimed_by is not None and row.claimed_by != worker
    until = now + LEASE
    # Written straight to the table and noted on the loaded row as stored: the session
    # would otherwise flush it with the whole unit-of-work machinery, once per row sent.
    await session.execute(_CLAIM, {"row_id": row_id, "worker": worker, "until": until})
    set_committed_value(row, "claimed_by", worker)
    set_committed_value(row, "claimed_until", until)
    return Claim(row, lead, resent)


_table = table(OutboxMessage)

#: The row if it is pending and free: not claimed, its claim expired, or ours, with its
#: lead (read with it rather than by a query of its own). Built once, like the claim
#: below (both run for every row sent).
_CLAIMABLE = (
    sa.select(OutboxMessage, Lead)
    .outerjoin(Lead, Lead.id == OutboxMessage.lead_id)
    .where(
        OutboxMessage.id == sa.bindparam("row_id"),
        OutboxMessage.status == OutboxStatus.PENDING,
        sa.or_(
            OutboxMessage.claimed_until.is_(None),
            OutboxMessage.claimed_until < sa.bindparam("now"),
            OutboxMessage.claimed_by == sa.bindparam("worker"),
        ),
    )
    .with_for_update(of=OutboxMessage, skip_locked=True)
)

#: The claim, built once (it runs for every row sent).
_CLAIM = (
    sa.update(_table)
    .where(_table.c.id == sa.bindparam("row_id"))
    .values(claimed_by=sa.bindparam("worker"), claimed_until=sa.bindparam("until"))
)


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
