"""Finished exports and backups written on the server and kept past their period.

`python -m bot export --output /var/lib/kausa-bot/leads.csv` and a backup by hand outside
the backup timer's directory are files with names and numbers the purge does not delete:
the operator may keep one on purpose (a migration, a hand-over), and an erasure cannot
reach into a copy anyway. What the purge can do is say so: every night it names those the
audit trail knows (bot.privacy.leftovers) that still exist and are older than their
period, an export's RETENTION_DAYS and a backup's BACKUP_DAYS (docs/privacy.md, "Where
data lives"). Kept silently, they outlived every erasure and the period the privacy
notice names.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from db.vocabulary import AuditAction


@dataclass(frozen=True)
class KeptFile:
    """A finished export or backup older than its period, still on the server."""

    path: Path
    action: AuditAction
    days: int
    setting: str
    limit: int

    def warning(self) -> str:
        """One line for the log and the purge's output: the file, its age, its period."""
        what = "an export" if self.action == AuditAction.EXPORT else "a backup"
        return (
            f"{self.path}: {what} {self.days} days old, older than {self.setting} "
            f"({self.limit}), is still on the server; the purge does not delete it: "
            "delete it once it has served"
        )


def kept_too_long(
    files: dict[Path, AuditAction],
    now: datetime,
    *,
    retention_days: int,
    backup_days: int | None,
) -> list[KeptFile]:
    """Those of ``files`` (what wrote each) that still exist and were last written more
    than their period before ``now``, by path (backups not without ``backup_days``)."""
    periods = {AuditAction.EXPORT: ("RETENTION_DAYS", retention_days)}
    if backup_days is not None:
        periods[AuditAction.BACKUP] = ("BACKUP_DAYS", backup_days)
    kept = []
    for path, action in sorted(files.items()):
        if action not in periods:
            continue
        try:
            status = path.stat()
        except OSError:  # deleted since, as it should be, or not ours to see
            continue
        if not stat.S_ISREG(status.st_mode):
            continue
        setting, limit = periods[action]
        age = now - datetime.fromtimestamp(status.st_mtime, now.tzinfo)
        if age > timedelta(days=limit):
            kept.append(KeptFile(path, action, age.days, setting, limit))
    return kept
