"""A database that cannot be opened at start: one line naming DATABASE_URL, no traceback.

An operator who mistyped a host, a password or a database name, or whose PostgreSQL is not
installed yet, got a Python traceback from deep inside Alembic or asyncpg; this says what
failed, where, and what to check. The password is never repeated.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL

from bot.config import ConfigError
from db.session import normalize_url, sqlite_file_path

# asyncpg's refusals at login: wrong user or password, missing database.
_LOGIN_REFUSALS = (
    "InvalidAuthorizationSpecificationError",
    "InvalidPasswordError",
    "InvalidCatalogNameError",
)


def _reason(error: BaseException) -> str | None:
    """Why the database could not be opened, or None for an error that is not about that."""
    current: BaseException | None = error
    while current is not None:
        if isinstance(current, OSError):
            # "Name or service not known", "Connect call failed", "No such file or directory".
            return current.strerror or str(current).split(":")[0] or type(current).__name__
        if type(current).__name__ in _LOGIN_REFUSALS:
            # Their message names the user or database, not the password.
            return str(current).splitlines()[0]
        if isinstance(current, sqlite3.OperationalError) and "unable to open" in str(current):
            return str(current)
        if _not_sqlite(current):
            return str(current)
        current = current.__cause__ or current.__context__
    return None


def _not_sqlite(error: BaseException) -> bool:
    """SQLite's "file is not a database" or "database disk image is malformed": a file
    that is no SQLite database (a pg_dump, another program's) or one damaged on disk."""
    text = str(error)
    return isinstance(error, sqlite3.DatabaseError) and (
        "not a database" in text or "malformed" in text
    )


def _where(url: URL) -> str:
    path = sqlite_file_path(url)
    if url.get_backend_name() == "sqlite":
        return f"the SQLite file {path}" if path else "an in-memory SQLite database"
    host = url.host or "localhost"
    port = f":{url.port}" if url.port else ""
    return f"PostgreSQL on {host}{port}, database {url.database or '(none)'}, user {url.username}"


def _hint(url: URL, reason: str) -> str:
    if "not a database" in reason or "malformed" in reason:
        # Permissions are fine here: the file is the wrong one, or broken.
        return (
            "check that DATABASE_URL names the bot's database; a damaged one is replaced "
            "by a backup (docs/operations.md, 'Restore')"
        )
    if url.get_backend_name() == "sqlite":
        return "check that this user may create and write that file and its directory"
    return (
        "check that PostgreSQL runs there and that DATABASE_URL names the right host, "
        "port, user, password and database (docs/operations.md, 'PostgreSQL')"
    )


def _not_a_file(url: URL) -> str | None:
    """One line when the SQLite database of ``url`` is a directory, else None.

    SQLite says only "unable to open database file", which sent the operator of
    ``sqlite+aiosqlite:////tmp`` to check permissions that were fine.
    """
    path = sqlite_file_path(url)
    if path is None or not path.is_dir():
        return None
    return (
        f"DATABASE_URL names a directory, {path}, not a SQLite file: add the file's name, "
        f"such as sqlite+aiosqlite:///{path / 'kausa.db'}"
    )


def describe(error: BaseException, url: str) -> str | None:
    """One line for an error that means the database at ``url`` cannot be opened."""
    reason = _reason(error)
    if reason is None or isinstance(error, sa_exc.ArgumentError):
        return None
    parsed = normalize_url(url)
    directory = _not_a_file(parsed)
    if directory is not None:
        return directory
    return (
        f"cannot open the database in DATABASE_URL ({_where(parsed)}): {reason}; "
        f"{_hint(parsed, reason)}"
    )


@contextmanager
def opening(url: str) -> Iterator[None]:
    """Turn an error opening the database at ``url`` into a :class:`ConfigError`."""
    try:
        directory = _not_a_file(normalize_url(url))
    except Exception:
        directory = None  # a malformed URL: the open below says what is wrong with it
    if directory is not None:
        # Before any connection: aiosqlite's worker thread, failing on the directory,
        # printed a traceback of its own after the one line (now and then, by timing).
        raise ConfigError(directory)
    try:
        yield
    except ConfigError:
        raise  # says what is wrong already (its context can be any OSError)
    except Exception as error:
        message = describe(error, url)
        if message is None:
            raise
        raise ConfigError(message) from None


#: How to run a command by hand with the bot's own settings (docs/operations.md).
AS_THE_SERVICE = (
    "systemd-run --pipe --wait -p User=kausa -p EnvironmentFile=/etc/kausa-bot/env "
    "-p StateDirectory=kausa-bot -p UMask=0077 -p WorkingDirectory=/opt/kausa-bot "
    '-E SUDO_USER="$USER" /opt/kausa-bot/.venv/bin/python -m bot ...'
)


def require_existing(url: str) -> None:
    """Refuse a command meant for the bot's data when its SQLite file does not exist.

    Run by hand without the bot's settings (``sudo -u kausa python -m bot purge`` does not
    read /etc/kausa-bot/env), `purge` and `export` created an empty database beside the
    operator and reported "removed 0", as if the retention had run; `advisors add` created
    an account there that no login could reach. Run with the settings before the bot's
    first start (docs/operations.md has the commands before the unit), the file is not
    there yet either: the message says what creates it.
    """
    parsed = normalize_url(url)
    directory = _not_a_file(parsed)
    if directory is not None:  # not "no database file": the operator sees one there
        raise ConfigError(directory)
    path = sqlite_file_path(parsed)
    if path is not None and not path.is_file():
        raise ConfigError(
            f"no database file at {path} (DATABASE_URL): run this command with the bot's "
            "settings (its .env, or on a server installed as in docs/operations.md: "
            f"{AS_THE_SERVICE}); with them, the bot creates the database at its first "
            "start, or `python -m bot db upgrade` does"
        )
