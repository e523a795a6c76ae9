"""Files with personal data written on the server: readable by their owner only."""

from __future__ import annotations

import errno
import logging
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from bot.config import ConfigError

#: Owner read and write, nothing for the group or others.
PRIVATE = 0o600

#: How long a temporary file of an export or backup must be unchanged to be taken for one
#: a process killed mid-way left behind (SIGKILL, the OOM killer, a power cut: no
#: ``except`` ran). An export takes seconds, a backup writes its copy page by page; one
#: still writing its file is not touched.
ABANDONED_AFTER = timedelta(minutes=15)

#: The name ``mkstemp`` gives the temporary file: ``.leads.csv.k3x9a_0q``.
_TEMPORARY_NAME = re.compile(r"\..+\.[a-z0-9_]{8}")

#: How an export's file begins: a CSV's byte order mark, an XLSX's ZIP header; a file
#: killed before anything was written is empty.
_EXPORT_STARTS = ("\ufeff".encode(), b"PK\x03\x04")

#: The copy a backup writes before its rename (bot.ops.backup): ``.kausa-….db.k3x9a_0q.partial``,
#: a SQLite file (every person's data) or, killed at once, empty.
_BACKUP_NAME = re.compile(r"\..+\.partial")
_BACKUP_START = b"SQLite format 3\x00"

logger = logging.getLogger(__name__)


def _unwritable(path: Path, reason: str | None) -> ConfigError:
    return ConfigError(
        f"cannot write the export to {path}: {reason}; "
        "choose a file in an existing directory with --output"
    )


def followed(path: Path) -> Path:
    """The file ``path`` names: itself, or the file a symbolic link there points to (an
    ``OSError`` for links that name each other).

    A link the operator made (to a shared export or backup volume, say) names where the
    file goes, as a shell's ">" takes it: a temporary file renamed over the link replaced
    the link, and the file it named never got the new content."""
    if not path.is_symlink():
        return path
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: Python 3.11's word for a loop
        raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path)) from None


def abandoned(name: str, status: os.stat_result, head: bytes, now: datetime) -> bool:
    """Whether a file is a temporary file an interrupted export or backup left: named as
    :func:`open_private` (or bot.ops.backup) names them, a regular file of this user,
    private, begun as such a file begins (or empty), and unchanged for
    :data:`ABANDONED_AFTER`. A file of the operator's that merely looks alike (a
    ``.kausa.db.20261204`` copy, a shared file) fails one of these."""
    export = _TEMPORARY_NAME.fullmatch(name) is not None and (
        not head or head.startswith(_EXPORT_STARTS)
    )
    backup = _BACKUP_NAME.fullmatch(name) is not None and (
        not head or head.startswith(_BACKUP_START)
    )
    return (
        (export or backup)
        and stat.S_ISREG(status.st_mode)
        and status.st_uid == os.geteuid()
        and stat.S_IMODE(status.st_mode) == PRIVATE
        and now.timestamp() - status.st_mtime >= ABANDONED_AFTER.total_seconds()
    )


def remove_abandoned(directory: Path, now: datetime, *, dry_run: bool = False) -> list[Path]:
    """Delete the temporary files interrupted exports (and backups) left in ``directory``:
    they hold names and numbers. Returns those removed (on a ``dry_run``, those that would be, and
    none is touched). Run by the next export there and by the nightly purge
    (bot.privacy.leftovers)."""
    removed = []
    for entry in directory.iterdir():
        if not entry.name.startswith("."):
            continue
        try:
            status = entry.lstat()
            head = b""
            if stat.S_ISREG(status.st_mode) and status.st_size:
                with entry.open("rb") as file:
                    head = file.read(len(_BACKUP_START))
            if abandoned(entry.name, status, head, now):
                if not dry_run:
                    entry.unlink()
                removed.append(entry)
        except OSError:  # gone meanwhile, or not ours to read: left as it is
            continue
    for path in [] if dry_run else removed:
        logger.warning("removed %s, left by an export or backup that was interrupted", path)
    return removed


@contextmanager
def open_private(path: Path, *, now: datetime) -> Iterator[BinaryIO]:
    """A file to write ``path`` into, readable and writable by its owner only, that
    becomes ``path`` when the block ends without an error.

    An export holds names, phone numbers and messages: written with the umask (0644 on
    most servers) every user of the machine could read it, unlike a backup (bot.ops.backup).
    It is written to a temporary file beside ``path`` (``mkstemp`` creates it 0600) and
    renamed over it at the end: opened at ``path`` itself, a read that failed left an empty
    file there, and an older export of that name was emptied too. Opened before anything
    is read or audited, so that a place that cannot be written is one line for the
    operator, not a traceback after an export recorded as done.

    An export killed mid-way (SIGKILL: no ``except`` runs) leaves that temporary file; the
    next export into the same directory removes it (:func:`remove_abandoned`, as of
    ``now``), and so does the nightly purge in every directory an audited export wrote to
    (bot.privacy.leftovers).
    """
    try:
        path = followed(path)
    except OSError as exc:
        raise _unwritable(path, exc.strerror) from None
    if path.is_dir():  # the rename at the end would fail only after the audit
        raise _unwritable(path, os.strerror(errno.EISDIR))
    try:
        remove_abandoned(path.parent, now)
    except OSError as exc:
        raise _unwritable(path, exc.strerror) from exc
    try:
        descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        raise _unwritable(path, exc.strerror) from exc
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as file:
            yield file
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
