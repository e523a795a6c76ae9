"""The file a command's standard output was sent into (``export --output - > leads.xlsx``).

`python -m bot export --output -` writes the leads to standard output, and the export
itself advises ``--output - > leads.xlsx`` for an XLSX file at a terminal. Sent into a
file, that is an export on the server like ``--output leads.xlsx``: its audit row must
name it, or the nightly purge can never say that it is still there past RETENTION_DAYS
(bot.privacy.kept_files). A pipe or a terminal is no file and is named by nobody.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import IO


def output_file(stream: IO[str]) -> Path | None:
    """The regular file ``stream`` writes into, by its absolute path; None for a pipe, a
    terminal, a file deleted since, a stream without a descriptor (a test's capture), or
    where the system does not say (no /proc)."""
    try:
        descriptor = stream.fileno()
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            return None
        path = Path(os.readlink(f"/proc/self/fd/{descriptor}"))
        named = path.stat()
    except OSError:
        return None
    # The same file under that name: a deleted one reads "… (deleted)", a replaced one
    # is another inode.
    if not path.is_absolute() or (named.st_dev, named.st_ino) != (status.st_dev, status.st_ino):
        return None
    return path
