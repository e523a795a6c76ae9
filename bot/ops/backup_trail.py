"""The audit trail of ``python -m bot backup``: a copy of every person's data, like an export.

The row is written once the copy's file exists, before a byte of personal data is in it:
a backup killed half-way (a reboot, the OOM killer) leaves that file, and the nightly purge
finds it only in a directory an audited backup wrote to (bot.privacy.leftovers). Recorded
after the copy, as it was, a killed backup in a new directory left its copy for good. The
row gets the number of leads copied when the copy is done: one without it is a backup that
never finished.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db import repository
from db.models import AuditEvent
from db.vocabulary import AuditAction

Sessions = async_sessionmaker[AsyncSession]


async def begun(sessionmaker: Sessions, file: Path, *, now: datetime, by: str | None) -> int:
    """Record a backup to ``file`` (absolute: the purge looks in its directory), taken by
    ``by``, the server's user; returns the row's id."""
    async with sessionmaker() as session, session.begin():
        event = await repository.audit(
            session,
            action=AuditAction.BACKUP,
            at=now,
            actor_name=by,
            detail={"via": "cli", "file": str(file)},
        )
        return event.id


async def finished(sessionmaker: Sessions, event_id: int, leads: int) -> None:
    """Add how many leads the finished copy holds to the backup's row."""
    async with sessionmaker() as session, session.begin():
        event = await session.get(AuditEvent, event_id)
        if event is not None:  # the purge of old audit rows cannot reach one this fresh
            event.detail = {**(event.detail or {}), "leads": leads}
