"""At start, erasures a restored backup undid are done again (docs/operations.md,
"Restore"): each entry of the erasure journal (bot.privacy.erasure_journal) whose rows
hold personal data once more is erased as it was at first, audited as re-applied. Entries
older than ``BACKUP_DAYS`` are dropped: no backup that could undo them is kept.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.privacy import erasure_journal, rights
from db.session import normalize_url

log = logging.getLogger(__name__)

#: Where docs/operations.md suggests the journal on PostgreSQL: the bot's state directory.
POSTGRESQL_EXAMPLE = "/var/lib/kausa-bot/kausa.erasures"


async def reapply(
    sessionmaker: async_sessionmaker[AsyncSession],
    path: Path,
    now: datetime,
    backup_days: int,
) -> int:
    """Erase again what the journal at ``path`` names and the database holds again; how
    many erasures were re-applied."""
    entries = erasure_journal.read(path)
    kept = erasure_journal.current(entries, now, backup_days)
    again = 0
    for entry in kept:
        # One transaction each: one person erased is one person erased, whatever follows.
        async with sessionmaker() as session, session.begin():
            if await rights.erase_again(session, entry, now):
                again += 1
    if len(kept) < len(entries):
        erasure_journal.rewrite(path, kept)
    return again


async def at_start(
    sessionmaker: async_sessionmaker[AsyncSession],
    *,
    database_url: str,
    setting: Path | None,
    now: datetime,
    backup_days: int,
) -> int:
    """:func:`reapply` for ``run`` and ``web``, before the first update, with its log line."""
    path = erasure_journal.path_for(database_url, setting)
    if path is None:
        if normalize_url(database_url).get_backend_name() == "postgresql":
            # What to do and why, in the line itself: an operator reads the start's log.
            log.warning(
                "ERASURE_JOURNAL is not set: on PostgreSQL there is then no erasure journal, "
                "and people erased since a backup are back with their data when it is "
                "restored; set ERASURE_JOURNAL to a file on this server, e.g. %s, outside "
                "the database's backups (docs/operations.md, 'Restore')",
                POSTGRESQL_EXAMPLE,
            )
        return 0
    erasure_journal.prepare(path)
    again = await reapply(sessionmaker, path, now, backup_days)
    # A count, no ids: the log outlives the rows.
    (log.warning if again else log.info)(
        "erasure journal %s: %d erasure(s) re-applied whose data a restored backup brought back",
        path,
        again,
    )
    return again
