"""One bot process per database: the instance lock, and Telegram's 409 Conflict.

Two processes on the same database (a restart overlap under systemd, two replicas)
would both poll Telegram, both work the outbox and send advisors the same card twice.
The second process therefore waits at start, before it fetches a single update, until
the first one has gone, with one log line saying so:

- PostgreSQL: a session-level advisory lock (``pg_try_advisory_lock``) on a connection
  held for the life of the process; PostgreSQL releases it when that connection ends,
  also when the process is killed.
- SQLite: ``flock`` on a lock file beside the database (``kausa.db.lock``); the kernel
  releases it when the process ends, however it ends.

A 409 Conflict from getUpdates means that a process elsewhere (another database,
another server) polls with the same token. python-telegram-bot would retry it
forever; :class:`ConflictGuard` stops the bot with exit code 3 once the conflicts
persist, and the unit file does not restart on that code.
"""

from __future__ import annotations

import asyncio
import fcntl
import logging
import os
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import IO

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from db.session import normalize_url, sqlite_file_path

log = logging.getLogger(__name__)

#: The advisory lock's key: "KAUSA" in ASCII. Advisory locks are per database.
LOCK_KEY = 0x4B41555341
#: Seconds between attempts while another process holds the lock.
RETRY_INTERVAL = 2.0
#: Exit code of ``python -m bot run`` when another process polls with the same token.
CONFLICT_EXIT = 3
#: This many 409 answers within CONFLICT_WINDOW seconds stop the bot. One or two happen
#: when a killed process's last long poll is still open at Telegram.
CONFLICT_LIMIT = 5
CONFLICT_WINDOW = 60.0


class InstanceLock:
    """The database-wide lock a running bot holds; :meth:`acquire` waits for it."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        url = normalize_url(engine.url)
        self._postgres = url.get_backend_name() == "postgresql"
        database = sqlite_file_path(url)
        self._path = database.with_name(database.name + ".lock") if database else None
        self._connection: AsyncConnection | None = None
        self._file: IO[str] | None = None

    @property
    def held(self) -> bool:
        """True while this process holds the lock (always for in-memory SQLite)."""
        if self._postgres:
            return self._connection is not None
        return self._path is None or self._file is not None

    async def try_acquire(self) -> bool:
        """Take the lock if nobody holds it; False when another process does."""
        if self.held:
            return True
        if self._postgres:
            return await self._try_advisory_lock()
        assert self._path is not None  # held is True without a file
        return self._try_flock(self._path)

    async def acquire(self, *, interval: float = RETRY_INTERVAL) -> None:
        """Wait until the lock is ours; logs once while another process holds it."""
        told = False
        while not await self.try_acquire():
            if not told:
                told = True
                log.warning(
                    "another bot process runs on this database (%s); waiting for it to stop "
                    "before taking updates",
                    self._holder(),
                )
            await asyncio.sleep(interval)
        if told:
            log.info("the other bot process has stopped; starting")

    async def release(self) -> None:
        """Give the lock up (at shutdown; a killed process gives it up by ending)."""
        if self._connection is not None:
            connection, self._connection = self._connection, None
            try:
                await connection.execute(
                    sa.text("SELECT pg_advisory_unlock(:key)"), {"key": LOCK_KEY}
                )
            except Exception as error:  # the connection is gone, and with it the lock
                log.debug("advisory unlock failed (%s)", type(error).__name__)
            finally:
                await connection.close()
        if self._file is not None:
            lock_file, self._file = self._file, None
            fcntl.flock(lock_file, fcntl.LOCK_UN)
            lock_file.close()

    async def _try_advisory_lock(self) -> bool:
        connection = await self._engine.connect()
        try:
            result = await connection.execute(
                sa.text("SELECT pg_try_advisory_lock(:key)"), {"key": LOCK_KEY}
            )
            got = bool(result.scalar())
            # The lock belongs to the session, not the transaction: end the transaction so
            # the connection does not sit "idle in transaction" for the life of the bot.
            await connection.commit()
        except BaseException:
            await connection.close()
            raise
        if not got:
            await connection.close()
            return False
        self._connection = connection
        return True

    def _try_flock(self, path: Path) -> bool:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock_file = path.open("a+", encoding="ascii")
        try:
            fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock_file.close()
            return False
        # The holder's pid, for the waiting process's log line.
        lock_file.seek(0)
        lock_file.truncate()
        lock_file.write(f"{os.getpid()}\n")
        lock_file.flush()
        self._file = lock_file
        return True

    def _holder(self) -> str:
        if self._postgres:
            return f"PostgreSQL advisory lock {LOCK_KEY}"
        assert self._path is not None
        try:
            pid = self._path.read_text(encoding="ascii").strip()
        except OSError:
            pid = ""
        return f"lock file {self._path}" + (f", pid {pid}" if pid else "")


class ConflictGuard:
    """Counts Telegram's 409 Conflict answers to getUpdates; says when to give up."""

    def __init__(
        self,
        *,
        limit: int = CONFLICT_LIMIT,
        window: float = CONFLICT_WINDOW,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self._limit = limit
        self._window = window
        self._clock = clock or (lambda: asyncio.get_running_loop().time())
        self._seen: deque[float] = deque()

    def conflict(self) -> bool:
        """Record one 409; True when the bot should stop (logged once, here)."""
        now = self._clock()
        if not self._seen:
            log.warning(
                "Telegram answered 409 Conflict to getUpdates: another process polls with "
                "this bot token (or a webhook is set for it)"
            )
        self._seen.append(now)
        while self._seen and now - self._seen[0] > self._window:
            self._seen.popleft()
        if len(self._seen) < self._limit:
            return False
        log.error(
            "stopping: %d conflicts within %.0f s, another process keeps polling with this "
            "bot token; stop it (only one bot process per token), then start this one again",
            len(self._seen),
            self._window,
        )
        return True
