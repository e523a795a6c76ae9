"""Who runs a command on the server, for the audit trail of what it does."""

from __future__ import annotations

import getpass
import os


def operator() -> str | None:
    """The operating-system user, or the one who ran the command through sudo or the docs'
    ``kausa-bot`` function (docs/operations.md runs every command as the user ``kausa``,
    and the audit named "kausa", or no one, for every administrator)."""
    if os.environ.get("SUDO_USER"):
        return os.environ["SUDO_USER"]
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        # No login name in the environment and no passwd entry (a bare container):
        # the action is still recorded, without a name.
        return None
