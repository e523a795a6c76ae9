"""Online backup of the SQLite database: ``python -m bot backup FILE``.

Uses SQLite's backup API, which copies a consistent snapshot while the bot
keeps running: in WAL mode a reader never blocks the bot's writes, and
committed transactions still in the WAL file are part of the copy. The copy is
switched to a plain rollback journal, checked with ``PRAGMA integrity_check``
and only then renamed to FILE, so FILE is always either absent or complete.
Restoring is a file copy while the bot is stopped (docs/operations.md).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from bot.config import ConfigError
from bot.ops.private_file import followed, remove_abandoned
from db.session import normalize_url, sqlite_file_path

#: Seconds to wait for the bot's write lock to clear (the backup only reads).
BUSY_TIMEOUT = 30.0


@dataclass(frozen=True)
class Backup:
    """A finished backup."""

    path: Path
    size: int
    leads: int


def source_file(database_url: str) -> Path:
    """The SQLite file behind ``database_url``; ConfigError for anything else."""
    url = normalize_url(database_url)
    if url.get_backend_name() != "sqlite":
        raise ConfigError(
            "backup copies a SQLite database; for PostgreSQL use pg_dump (see docs/operations.md)"
        )
    path = sqlite_file_path(url)
    if path is None:
        raise ConfigError("an in-memory database cannot be backed up")
    if not path.is_file():
        raise ConfigError(f"no database file at {path}")
    return path


def backup_sqlite(
    database_url: str,
    target: Path,
    *,
    now: datetime,
    started: Callable[[Path], None] = lambda _target: None,
) -> Backup:
    """Copy the live database to ``target``, which must not exist yet.

    ``started`` is told the file (followed, absolute) once its copy exists but before a
    byte of it is written: the audit row it writes makes the nightly purge look in that
    directory for a copy a killed backup left (bot.privacy.leftovers). Copies older than
    :data:`~bot.ops.private_file.ABANDONED_AFTER` left there are removed first (as of
    ``now``)."""
    source = source_file(database_url)
    try:
        target = followed(target.expanduser()).absolute()
    except OSError as exc:
        raise ConfigError(f"cannot write the backup to {target}: {exc.strerror}") from None
    if target.is_dir():
        # An operator naming the backup directory meant a file in it, not a refusal to
        # overwrite something that is there.
        example = target / f"kausa-{date.today().isoformat()}.db"
        raise ConfigError(f"{target} is a directory: name a new file in it, e.g. {example}")
    if target.exists():
        raise ConfigError(_exists(target))
    if not target.parent.is_dir():
        raise ConfigError(f"directory {target.parent} does not exist")
    try:
        remove_abandoned(target.parent, now)
        # A name of its own (``.NAME.k3x9a_0q.partial``): a second backup to the same name
        # removed the copy of one still running, which then failed. ``mkstemp`` creates it
        # readable by the bot's user only, from the first byte: it holds personal data.
        descriptor, name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".partial", dir=target.parent
        )
    except OSError as exc:
        # The service's user writing to a directory of root's: one line, not a traceback.
        raise ConfigError(
            f"cannot write the backup to {target}: {exc.strerror}; "
            "choose a directory this user may write (e.g. /var/lib/kausa-bot/backups)"
        ) from None
    os.close(descriptor)
    partial = Path(name)
    try:
        started(target)
        leads = _copy(source, partial)
        _fsync(partial)
        _publish(partial, target)
        _fsync(target.parent)
    except (OSError, sqlite3.OperationalError) as exc:
        # A full disk ends the copy half-way: the partial file goes, and the reason is named.
        partial.unlink(missing_ok=True)
        reason = getattr(exc, "strerror", None) or str(exc)
        raise ConfigError(f"the backup to {target} failed: {reason}") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return Backup(target, target.stat().st_size, leads)


def _exists(target: Path) -> str:
    return f"{target} already exists; choose a new file name"


def _publish(partial: Path, target: Path) -> None:
    """Give the finished copy its name, unless a backup to the same name finished first:
    FILE is never replaced. A file system without hard links gets a rename."""
    try:
        os.link(partial, target)
    except FileExistsError:
        raise ConfigError(_exists(target)) from None
    except OSError:
        os.replace(partial, target)
        return
    partial.unlink()


def _copy(source: Path, destination: Path) -> int:
    """Snapshot ``source`` into ``destination``; returns the number of leads copied."""
    src = sqlite3.connect(source, timeout=BUSY_TIMEOUT)
    try:
        dst = sqlite3.connect(destination)
        try:
            # All pages in one step: one consistent read snapshot of the live database.
            src.backup(dst)
            # A single self-contained file, without -wal and -shm companions.
            dst.execute("PRAGMA journal_mode=DELETE")
            (check,) = dst.execute("PRAGMA integrity_check").fetchone()
            if check != "ok":
                raise RuntimeError(f"the copy failed its integrity check: {check}")
            (leads,) = dst.execute("SELECT count(*) FROM leads").fetchone()
        finally:
            dst.close()
    finally:
        src.close()
    return int(leads)


def _fsync(path: Path) -> None:
    # Directories need it too, or a crash right after the rename can lose the new name.
    flags = os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() else 0)
    fd = os.open(path, flags)
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
