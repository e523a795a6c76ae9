"""Files with personal data written on the server: readable by their owner only."""

from __future__ import annotations

import os
from pathlib import Path

#: Owner read and write, nothing for the group or others.
PRIVATE = 0o600


def write_private(path: Path, content: bytes) -> None:
    """Write ``content`` to ``path``, readable and writable by its owner only.

    An export holds names, phone numbers and messages: written with the umask (0644 on
    most servers) every user of the machine could read it, unlike a backup (bot.ops.backup).
    A file that already exists (an earlier export of the same name) is narrowed too:
    ``os.open``'s mode applies only to a file it creates.
    """
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE)
    with os.fdopen(descriptor, "wb") as file:
        os.fchmod(file.fileno(), PRIVATE)
        file.write(content)
