"""The nightly purge's sweep of files that interrupted exports left on the server.

`python -m bot export` writes its file under a temporary name first (bot.ops.private_file);
killed mid-way it leaves that file, with names and numbers. The next export into the same
directory removes it, but a directory no later export writes to kept it for good: the
purge now looks in every directory an audited export wrote to (the audit's ``file``).
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from bot.ops.private_file import remove_abandoned
from db.models import AuditEvent
from db.vocabulary import AuditAction

log = logging.getLogger(__name__)


async def export_directories(session: AsyncSession) -> list[Path]:
    """The directories the command line exports in the audit trail wrote to, sorted.

    The audit is written before the file gets its content: a temporary file with personal
    data always has its export's row (one killed before that is still empty)."""
    details = await session.scalars(
        sa.select(AuditEvent.detail).where(AuditEvent.action == AuditAction.EXPORT)
    )
    files = {detail.get("file") for detail in details if isinstance(detail, dict)}
    return sorted({Path(file).parent for file in files if isinstance(file, str)})


def sweep(directories: list[Path], now: datetime, *, dry_run: bool = False) -> list[Path]:
    """Remove the temporary files interrupted exports left in ``directories`` (as of
    ``now``); those removed, or on a ``dry_run`` those that would be."""
    removed: list[Path] = []
    for directory in directories:
        try:
            removed += remove_abandoned(directory, now, dry_run=dry_run)
        except OSError as exc:  # gone since, or not ours to read: nothing of ours is there
            log.info("export directory %s not swept: %s", directory, exc.strerror or exc)
    return removed
