"""Files with personal data written on the server: readable by their owner only."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from bot.config import ConfigError

#: Owner read and write, nothing for the group or others.
PRIVATE = 0o600


def open_private(path: Path) -> BinaryIO:
    """``path`` opened for writing, emptied, readable and writable by its owner only.

    An export holds names, phone numbers and messages: written with the umask (0644 on
    most servers) every user of the machine could read it, unlike a backup (bot.ops.backup).
    A file that already exists (an earlier export of the same name) is narrowed too:
    ``os.open``'s mode applies only to a file it creates. Opened before anything is read
    or audited, so that a place that cannot be written is one line for the operator,
    not a traceback after an export recorded as done.
    """
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE)
    except OSError as exc:
        raise ConfigError(
            f"cannot write the export to {path}: {exc.strerror}; "
            "choose a file in an existing directory with --output"
        ) from exc
    file = os.fdopen(descriptor, "wb")
    os.fchmod(file.fileno(), PRIVATE)
    return file
