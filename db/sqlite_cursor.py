"""One trip to aiosqlite's thread per SQLite statement, instead of three or four.

aiosqlite runs every call on the sqlite3 connection in a thread of its own; each
call is a trip there and back (a queue put, a thread wake-up, a future resolved
through the event loop's self-pipe), about 0.1 ms of CPU against microseconds for
the call itself (bench/README.md). SQLAlchemy's cursor adapter makes a trip for
each DB-API call: create the cursor, execute, fetch the rows, close. This cursor
does all of them in one function on aiosqlite's thread and keeps what SQLAlchemy
reads afterwards (the rows, ``description``, ``rowcount``, ``lastrowid``).

Same statements, same transaction, same errors: a sqlite3 exception raised on the
thread reaches SQLAlchemy's error mapping exactly as with its own cursor. Server-side
cursors (streaming results) keep SQLAlchemy's class. Installed per connection by
db/session.py; it relies on SQLAlchemy's adapter classes and aiosqlite's
``Connection._execute``, so an upgrade of either runs tests/test_sqlite_cursor.py.

Inside :func:`inline` (the dialogue's transaction of a group of steps, the inbox's
writes) a statement and the BEGIN skip the thread altogether and run on the event
loop's own thread. A trip costs CPU on both threads, and its answer waits for the
event loop to come round twice (the thread's callback, then the waiting task), each
round behind everything else that became ready meanwhile. A dialogue step's
transaction made five trips; run inline, its statements cost their microseconds
(the dialogue's CPU per step fell by about a fifth in groups of one step,
bench/README.md "Why a web step waits"). Only the COMMIT, which waits for the disk
(fsync), still goes to the thread: run inline it stopped the whole loop. It is safe
because nothing else uses the connection meanwhile: the pool lends it to one
transaction at a time, its statements run one after another, and the thread is
known to be idle (each trip counted out and back, which also covers a trip whose
awaiting task was cancelled). Statements of that transaction never wait for a lock:
BEGIN IMMEDIATE took the write lock, and readers do not block in WAL mode. The BEGIN
itself is tried without waiting and, if another process holds the lock, goes to
the thread to wait there (busy_timeout), never on the event loop.
"""

from __future__ import annotations

import collections
import functools
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_cursor,
)

#: What one statement leaves for SQLAlchemy: description, rows, rowcount, lastrowid.
_Outcome = tuple[Any, list[Any], int, int | None]

#: Set by :func:`inline` for the statements of one short transaction.
_INLINE: ContextVar[bool] = ContextVar("sqlite_inline", default=False)


@contextmanager
def inline() -> Iterator[None]:
    """Run the SQLite statements of the transaction begun in this block on the event
    loop's thread (see the module's docstring); only for short transactions whose
    statements touch a handful of rows."""
    token = _INLINE.set(True)
    try:
        yield
    finally:
        _INLINE.reset(token)


class _Trips:
    """Trips sent to a connection's thread and trips it finished: each counter is
    written by one thread only, so the two never lose an update."""

    __slots__ = ("done", "patience", "sent")

    def __init__(self) -> None:
        self.sent = 0
        self.done = 0
        #: The connection's busy_timeout (set once, at connect), read at the first BEGIN.
        self.patience: int | None = None


def _idle(adapt_connection: Any) -> bool:
    """Whether this statement may run on the event loop's thread now."""
    if not _INLINE.get():
        return False
    trips: _Trips | None = getattr(adapt_connection._connection, "_kausa_trips", None)
    return (
        trips is not None
        and trips.sent == trips.done
        and not adapt_connection._execute_mutex.locked()
    )


def _count_trips(driver: Any) -> None:
    """Count every call sent to aiosqlite's thread, out and back (see :func:`_idle`)."""
    trips = _Trips()

    async def counted(fn: Any, *args: Any, **kwargs: Any) -> Any:
        @functools.wraps(fn)
        def run(*a: Any, **k: Any) -> Any:
            try:
                return fn(*a, **k)
            finally:
                trips.done += 1  # on the thread, when the call there is over

        trips.sent += 1
        try:
            # Looked up on the class at each call, as an instance method would be.
            return await type(driver)._execute(driver, run, *args, **kwargs)
        except ValueError:  # closed before the call was queued: it never runs
            if not driver._running or not driver._connection:
                trips.done += 1
            raise

    driver._execute = counted
    driver._kausa_trips = trips


def begin(adapt_connection: Any) -> None:
    """BEGIN IMMEDIATE: inline without waiting where :func:`inline` allows, else (or if
    another process holds the write lock) on the thread, which may wait busy_timeout."""
    if _idle(adapt_connection):
        raw: sqlite3.Connection = adapt_connection._connection._conn
        trips: _Trips = adapt_connection._connection._kausa_trips
        if trips.patience is None:
            (trips.patience,) = raw.execute("PRAGMA busy_timeout").fetchone()
        raw.execute("PRAGMA busy_timeout=0")
        try:
            raw.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError:
            pass  # locked by another process: wait for it on the thread
        finally:
            raw.execute(f"PRAGMA busy_timeout={int(trips.patience)}")
    adapt_connection.run_async(lambda driver: driver.execute("BEGIN IMMEDIATE"))


def _run(connection: sqlite3.Connection, operation: str, parameters: Any, many: bool) -> _Outcome:
    """The whole DB-API conversation of one statement, on aiosqlite's thread (or inline)."""
    cursor = connection.cursor()
    try:
        if many:
            cursor.executemany(operation, parameters)
        elif parameters is None:
            cursor.execute(operation)
        else:
            cursor.execute(operation, parameters)
        description = cursor.description
        rows = cursor.fetchall() if description else []
        return description, rows, cursor.rowcount, cursor.lastrowid
    finally:
        cursor.close()


async def rows(
    adapt_connection: Any, operation: str, parameters: Sequence[Any], *, many: bool = False
) -> list[Any]:
    """One statement straight on sqlite3 (db.direct), inline where :func:`inline` allows,
    else in one trip to aiosqlite's thread; returns its rows. ``many``: once per row of
    ``parameters`` (executemany)."""
    connection = adapt_connection._connection
    if _idle(adapt_connection):
        return _run(connection._conn, operation, parameters, many)[1]
    async with adapt_connection._execute_mutex:
        outcome: _Outcome = await connection._execute(
            _run, connection._conn, operation, parameters, many
        )
    return outcome[1]


class OneTripCursor(AsyncAdapt_aiosqlite_cursor):
    """SQLAlchemy's aiosqlite cursor, with each statement in a single trip."""

    __slots__ = ("_arraysize", "_description", "_lastrowid", "_rowcount")

    def __init__(self, adapt_connection: Any) -> None:
        # No trip here: SQLAlchemy's adapter creates the aiosqlite cursor now.
        self._adapt_connection = adapt_connection
        self._connection = adapt_connection._connection
        self._rows: collections.deque[Any] = collections.deque()
        self._description: Any = None
        self._rowcount = -1
        self._lastrowid: int | None = None
        self._arraysize = 1

    @property
    def description(self) -> Any:
        return self._description

    @property
    def rowcount(self) -> int:
        return self._rowcount

    @property
    def lastrowid(self) -> Any:
        return self._lastrowid

    @property
    def arraysize(self) -> int:
        return self._arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._arraysize = value

    async def _async_soft_close(self) -> None:
        # The sqlite3 cursor was closed on the thread; the rows are kept here.
        return None

    def close(self) -> None:
        self._rows.clear()

    def _keep(self, outcome: _Outcome) -> None:
        self._description, rows, self._rowcount, self._lastrowid = outcome
        self._rows = collections.deque(rows)

    async def _trip(self, operation: Any, parameters: Any, many: bool) -> None:
        if _idle(self._adapt_connection):
            # Never suspends: SQLAlchemy's await of this coroutine returns at once.
            self._keep(_run(self._connection._conn, operation, parameters, many))
            return
        async with self._adapt_connection._execute_mutex:
            outcome: _Outcome = await self._connection._execute(
                _run, self._connection._conn, operation, parameters, many
            )
        self._keep(outcome)

    async def _execute_async(self, operation: Any, parameters: Any) -> None:
        await self._trip(operation, parameters, False)

    async def _executemany_async(self, operation: Any, seq_of_parameters: Sequence[Any]) -> None:
        await self._trip(operation, seq_of_parameters, True)


class OneTripConnection(AsyncAdapt_aiosqlite_connection):
    """SQLAlchemy's aiosqlite connection adapter, handing out :class:`OneTripCursor`."""

    __slots__ = ()
    _cursor_cls = OneTripCursor


def install(dbapi_connection: Any) -> None:
    """Switch a freshly connected SQLAlchemy aiosqlite adapter to one trip per statement."""
    if type(dbapi_connection) is AsyncAdapt_aiosqlite_connection:
        # Same slots, only the cursor class differs, so the instance can change class.
        dbapi_connection.__class__ = OneTripConnection
        _count_trips(dbapi_connection._connection)
