"""The database away: waiting for it at start, and one warning per outage while running.

While PostgreSQL restarts, or SQLite cannot write (disk full, read-only file), every
step fails the same way. Logging each with a traceback buries the one line an operator
needs, so :class:`Outage` logs the first failure of an outage as a warning, counts the
rest, and logs once more when a write works again. While writes fail /healthz answers
503 (bot.ops.health), even if reads still work, as they do on a full disk.

:func:`wait_for_database` holds the start of ``python -m bot run`` until the database
answers, retrying with backoff instead of exiting, and serves /healthz (503) meanwhile.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy import exc as sa_exc
from sqlalchemy.pool import NullPool

from bot.ops.health import HealthServer
from db.session import create_engine, create_sessionmaker, normalize_url

log = logging.getLogger(__name__)

#: Seconds between attempts to reach the database at start: doubling up to the last.
FIRST_RETRY = 1.0
LAST_RETRY = 30.0

# Errors of the statement itself (a bug or bad data), not of the database being away.
_STATEMENT_ERRORS = (sa_exc.IntegrityError, sa_exc.DataError, sa_exc.ProgrammingError)


def is_outage(error: BaseException) -> bool:
    """True for the database being unreachable or refusing writes, not for a bug."""
    if isinstance(error, _STATEMENT_ERRORS):
        return False
    # sqlite3's own error reaches us unwrapped from BEGIN IMMEDIATE (db/session.py).
    return isinstance(
        error,
        (
            sa_exc.DBAPIError,
            sa_exc.DisconnectionError,
            sa_exc.TimeoutError,
            sqlite3.OperationalError,
            OSError,
        ),
    )


class Outage:
    """Whether database writes fail right now; logs an outage's start and end once."""

    def __init__(self, clock: Callable[[], float] | None = None) -> None:
        self._clock = clock
        self._since: float | None = None
        self._failures = 0

    @property
    def down(self) -> bool:
        """True from a failed write until the next one that works."""
        return self._since is not None

    def failed(self, error: BaseException) -> bool:
        """Record a failure; True if it is an outage (logged once), False for anything else."""
        if not is_outage(error):
            return False
        self._failures += 1
        if self._since is None:
            self._since = self._now()
            log.warning(
                'database unavailable (%s): steps are answered "please try again", '
                "updates wait in Telegram or the inbox until it is back",
                type(error).__name__,
            )
        return True

    def recovered(self) -> None:
        """A write worked: end the outage, if there was one."""
        if self._since is None:
            return
        log.warning(
            "database available again after %.0f s (%d failed operations)",
            self._now() - self._since,
            self._failures,
        )
        self._since, self._failures = None, 0

    def _now(self) -> float:
        return self._clock() if self._clock is not None else asyncio.get_running_loop().time()


async def wait_for_database(
    url: str,
    *,
    health: tuple[str, int] | None = None,
    first: float = FIRST_RETRY,
    last: float = LAST_RETRY,
) -> None:
    """Return once the database at ``url`` answers; until then retry with backoff.

    Logs once when it does not answer, and serves /healthz (503) on ``health`` meanwhile.
    Other errors (a wrong password, a missing database) are raised: waiting will not fix them.
    """
    if normalize_url(url).get_backend_name() == "sqlite":
        return  # a local file: opened (and its directory created) by the engine
    engine = create_engine(url, poolclass=NullPool)
    server: HealthServer | None = None
    delay, waited = first, False
    try:
        while True:
            try:
                async with engine.connect() as connection:
                    await connection.execute(sa.text("SELECT 1"))
                break
            except Exception as error:
                if not _unreachable(error):
                    raise
                if not waited:
                    waited = True
                    log.warning(
                        "database not reachable at start (%s); retrying every %.0f-%.0f s",
                        type(error).__name__,
                        first,
                        last,
                    )
                    if health is not None:
                        server = HealthServer(create_sessionmaker(engine), *health)
                        await server.start()
            await asyncio.sleep(delay)
            delay = min(delay * 2, last)
    finally:
        if server is not None:
            await server.stop()
        await engine.dispose()
    if waited:
        log.info("database reachable; starting")


def _unreachable(error: BaseException) -> bool:
    # asyncpg says "the database system is starting up" (CannotConnectNowError) while
    # PostgreSQL recovers; a refused or reset connection is an OSError underneath.
    current: BaseException | None = error
    while current is not None:
        if isinstance(current, OSError) or type(current).__name__ in (
            "CannotConnectNowError",
            "ConnectionDoesNotExistError",
        ):
            return True
        current = current.__cause__ or current.__context__
    return False
