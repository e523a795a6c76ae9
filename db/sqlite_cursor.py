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
"""

from __future__ import annotations

import collections
import sqlite3
from collections.abc import Sequence
from typing import Any

from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_cursor,
)

#: What one statement leaves for SQLAlchemy: description, rows, rowcount, lastrowid.
_Outcome = tuple[Any, list[Any], int, int | None]


def _run(connection: sqlite3.Connection, operation: str, parameters: Any, many: bool) -> _Outcome:
    """Runs on aiosqlite's thread: the whole DB-API conversation of one statement."""
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

    async def _trip(self, operation: Any, parameters: Any, many: bool) -> None:
        async with self._adapt_connection._execute_mutex:
            outcome: _Outcome = await self._connection._execute(
                _run, self._connection._conn, operation, parameters, many
            )
        self._description, rows, self._rowcount, self._lastrowid = outcome
        self._rows = collections.deque(rows)

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
