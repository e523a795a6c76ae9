"""Files with personal data written on the server: readable by their owner only."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from bot.config import ConfigError

#: Owner read and write, nothing for the group or others.
PRIVATE = 0o600


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


@contextmanager
def open_private(path: Path) -> Iterator[BinaryIO]:
    """A file to write ``path`` into, readable and writable by its owner only, that
    becomes ``path`` when the block ends without an error.

    An export holds names, phone numbers and messages: written with the umask (0644 on
    most servers) every user of the machine could read it, unlike a backup (bot.ops.backup).
    It is written to a temporary file beside ``path`` (``mkstemp`` creates it 0600) and
    renamed over it at the end: opened at ``path`` itself, a read that failed left an empty
    file there, and an older export of that name was emptied too. Opened before anything
    is read or audited, so that a place that cannot be written is one line for the
    operator, not a traceback after an export recorded as done.
    """
    try:
        path = followed(path)
    except OSError as exc:
        raise _unwritable(path, exc.strerror) from None
    if path.is_dir():  # the rename at the end would fail only after the audit
        raise _unwritable(path, os.strerror(errno.EISDIR))
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
