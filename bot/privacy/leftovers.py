"""The nightly purge's sweep of files that interrupted exports and backups left on the server.

`python -m bot export` writes its file under a temporary name first (bot.ops.private_file),
`backup` its copy as ``.NAME.k3x9a_0q.partial`` (bot.ops.backup); killed mid-way either leaves that
file, with names and numbers. The next export into the same directory removes it, but a
directory no later export writes to kept it for good, and a backup's was removed only in
the backup timer's directory: the purge now looks in every directory an audited export or
backup wrote to (the audit's ``file``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from bot.ops.private_file import remove_abandoned
from db.models import AuditEvent
from db.vocabulary import AuditAction

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Written:
    """An audited export or backup: its audit row, what wrote the file, and where."""

    row: int
    action: AuditAction
    file: Path


async def written_rows(session: AsyncSession) -> list[Written]:
    """The command line's exports and backups in the audit trail, oldest first.

    An export's or backup's row is written before its file gets any content
    (bot.ops.backup_trail): its temporary file with personal data always has the row (one
    killed before that is still empty)."""
    written = (AuditAction.EXPORT, AuditAction.BACKUP)
    rows = await session.execute(
        sa.select(AuditEvent.id, AuditEvent.action, AuditEvent.detail)
        .where(AuditEvent.action.in_(written))
        .order_by(AuditEvent.id)
    )
    found = []
    for row, action, detail in rows:
        file = detail.get("file") if isinstance(detail, dict) else None
        # A relative name (an older row) says nothing of where it was: the purge runs elsewhere.
        if isinstance(file, str) and Path(file).is_absolute():
            found.append(Written(row, AuditAction(action), Path(file)))
    return found


def files_of(rows: Iterable[Written]) -> dict[Path, AuditAction]:
    """The files ``rows`` wrote, each with what wrote it last (export or backup)."""
    return {each.file: each.action for each in rows}


def still_there(rows: Iterable[Written]) -> list[int]:
    """The audit rows of ``rows`` whose file is still on the server: AUDIT_DAYS must not
    delete them, or the purge would name the file no more (bot.privacy.kept_files)."""
    return [each.row for each in rows if each.file.is_file()]


def directories_of(files: Iterable[Path]) -> list[Path]:
    """The directories ``files`` are in, sorted: where the sweep looks."""
    return sorted({path.parent for path in files})


def sweep(directories: list[Path], now: datetime, *, dry_run: bool = False) -> list[Path]:
    """Remove the temporary files interrupted exports and backups left in ``directories``
    (as of ``now``); those removed, or on a ``dry_run`` those that would be."""
    removed: list[Path] = []
    for directory in directories:
        try:
            removed += remove_abandoned(directory, now, dry_run=dry_run)
        except OSError as exc:  # gone since, or not ours to read: nothing of ours is there
            log.info("directory %s not swept: %s", directory, exc.strerror or exc)
    return removed
