"""The few statements of every step, sent straight to the driver in a SQLAlchemy transaction.

Each dialogue step and each received update runs a handful of statements in a
transaction of its group (bot.dialogue.service, bot.inbox.store). Through
SQLAlchemy's session a statement cost about 0.3 ms of CPU and the session itself
about 0.5 ms per transaction, against microseconds for SQLite's own call
(bench/README.md, "The group's statements on the driver"); that was most of a step.
Here SQLAlchemy still owns the connection (the pool, BEGIN, COMMIT or ROLLBACK, a
lost connection replaced), and only those statements go to the driver:

- SQL is written once with PostgreSQL's ``$1`` placeholders; for SQLite they
  become ``?1``, which sqlite3 binds by position from the same sequence.
- Values are converted by SQLAlchemy's own type processors for the engine's
  dialect (:meth:`Direct.bind`, :meth:`Direct.result`), so a timestamp or a JSON
  state is stored exactly as the ORM stores and reads it.
- A driver error is raised as SQLAlchemy's (``IntegrityError``,
  ``OperationalError``, ...), as the rest of the bot expects; one that lost the
  connection invalidates it, so the pool connects anew.
- On SQLite the statements run on the event loop's thread inside
  :func:`db.sqlite_cursor.inline` (a few rows each), else on aiosqlite's thread.

A step's lead (about one step in thirty) is stored here too, with a savepoint of its
own (:meth:`Direct.savepoint`; what it notes for listeners is told after the commit).
The rarest work (an erasure, a data copy) keeps the ORM: :meth:`Direct.session` is a
session in this same transaction.
"""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager, suppress
from functools import cache
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
)
from sqlalchemy.types import TypeEngine

from db import news, sqlite_cursor
from db import session as db_session

_PLACEHOLDER = re.compile(r"\$(\d+)")


@cache
def _qmark(sql: str) -> str:
    """``$1`` (PostgreSQL) -> ``?1`` (SQLite): numbered, so one sequence binds both."""
    return _PLACEHOLDER.sub(r"?\1", sql)


def placeholders(rows: int, columns: int, *, start: int = 1) -> str:
    """``($1, $2), ($3, $4)`` for a multi-row VALUES (or one row as an IN list)."""
    numbers = iter(range(start, start + rows * columns))
    return ", ".join(
        "(" + ", ".join(f"${next(numbers)}" for _ in range(columns)) + ")" for _ in range(rows)
    )


def numbered(count: int, *, start: int = 1) -> str:
    """``$1, $2, $3`` for an IN list of ``count`` values."""
    return ", ".join(f"${n}" for n in range(start, start + count))


class Direct:
    """A transaction's connection, for statements on the driver (see the module)."""

    def __init__(self, connection: AsyncConnection, *, begun: bool = True) -> None:
        self.connection = connection
        self.dialect = connection.dialect
        self._postgres = self.dialect.name == "postgresql"
        pooled = connection.sync_connection
        assert pooled is not None  # the connection is open inside transaction()
        self._pooled = pooled
        adapted = pooled.connection.dbapi_connection
        assert adapted is not None  # and attached to its driver connection
        self._adapted: Any = adapted
        self._session: AsyncSession | None = None
        #: False for :func:`read`: each statement on its own, no BEGIN is ever sent.
        self._begun = begun
        #: What statements here wrote for listeners (db.news), told after the commit.
        self._noted: list[news.News] = []

    async def _begin(self) -> None:
        # SQLAlchemy's asyncpg adapter sends BEGIN with the first statement of its own;
        # these statements pass it by, so it is sent now. (SQLite: by the begin event.)
        if self._begun and self._postgres and self._adapted._transaction is None:
            try:
                await self._adapted._start_transaction()
            except Exception as error:
                raise await self._translated("BEGIN", error) from error

    async def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]:
        """Run ``sql`` with ``params`` (in ``$n`` order) and return its rows."""
        self._heard(sql, params, many=False)
        try:
            if self._postgres:
                records: list[Sequence[Any]] = await self._adapted._connection.fetch(sql, *params)
                return records
            return await sqlite_cursor.rows(self._adapted, _qmark(sql), params)
        except Exception as error:
            raise await self._translated(sql, error) from error

    async def run(self, sql: str, params: Sequence[Any] = ()) -> None:
        """Run ``sql`` for its effect (no rows wanted)."""
        await self.rows(sql, params)

    async def run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run ``sql`` once per parameter row, as one statement of the driver."""
        if not rows:
            return
        self._heard(sql, rows, many=True)
        try:
            if self._postgres:
                await self._adapted._connection.executemany(sql, rows)
            else:
                await sqlite_cursor.rows(self._adapted, _qmark(sql), rows, many=True)
        except Exception as error:
            raise await self._translated(sql, error) from error

    @property
    def merges(self) -> bool:
        """Whether several writes may go as one statement (data-modifying WITH
        queries): PostgreSQL's round trips cost a wait each, SQLite's do not."""
        return self._postgres

    @property
    def for_update(self) -> str:
        """`` FOR UPDATE`` on PostgreSQL, to lock the rows read until the commit; nothing
        on SQLite, whose transactions here hold the write lock from their BEGIN."""
        return " FOR UPDATE" if self._postgres else ""

    def note(self, item: news.News) -> None:
        """Tell listeners of ``item`` once this transaction has committed (db.news)."""
        self._noted.append(item)

    @property
    def noted(self) -> list[news.News]:
        """What was noted here, for whoever commits the transaction to publish."""
        return list(self._noted)

    @asynccontextmanager
    async def savepoint(self) -> AsyncIterator[None]:
        """Undo only the block's statements (and what it noted) if it raises."""
        noted = len(self._noted)
        await self.run("SAVEPOINT kausa_step")
        try:
            yield
        except BaseException:
            del self._noted[noted:]
            # A lost connection fails this too; the transaction is lost then anyway,
            # and the block's own error is the one to raise.
            with suppress(Exception):
                await self.run("ROLLBACK TO SAVEPOINT kausa_step")
                await self.run("RELEASE SAVEPOINT kausa_step")
            raise
        await self.run("RELEASE SAVEPOINT kausa_step")

    def _heard(self, sql: str, params: Any, *, many: bool) -> None:
        if self._pooled.dispatch.before_cursor_execute:
            # Listeners of SQLAlchemy's statements hear these too (bench.statements
            # counts them; tests refuse some with an error).
            self._pooled.dispatch.before_cursor_execute(self._pooled, None, sql, params, None, many)

    def bind(self, type_: TypeEngine[Any], value: Any) -> Any:
        """``value`` as SQLAlchemy would send it for a column of ``type_``."""
        process = type_._cached_bind_processor(self.dialect)
        return process(value) if process is not None and value is not None else value

    def result(self, type_: TypeEngine[Any], value: Any) -> Any:
        """A stored ``value`` of a ``type_`` column as SQLAlchemy would read it."""
        process = type_._cached_result_processor(self.dialect, None)
        return process(value) if process is not None else value

    def session(self) -> AsyncSession:
        """An ORM session in this transaction (made at the first call); it never commits."""
        if not self._begun:
            raise RuntimeError("a read (db.direct.read) has no transaction for a session")
        if self._session is None:
            self._session = AsyncSession(
                bind=self.connection,
                expire_on_commit=False,
                # The transaction is this module's: the session's own commits (a
                # savepoint's end, begin_nested) and its close leave it open.
                join_transaction_mode="rollback_only",
            )
            news.held(self._session)  # told after the commit, by transaction()
        return self._session

    async def _translated(self, sql: str, error: Exception) -> Exception:
        """The driver's ``error`` as SQLAlchemy raises it; a lost connection is invalidated."""
        dbapi = self.dialect.loaded_dbapi
        if self._postgres and not isinstance(error, dbapi.Error):
            try:
                self._adapted._handle_exception(error)  # raises the DB-API's counterpart
            except Exception as mapped:
                error = mapped
        if not isinstance(error, dbapi.Error):
            return error  # not the database's (a bug in the caller): as it is
        lost = self.dialect.is_disconnect(error, self._adapted, None)
        if lost:
            # The others pooled with it are likely dead too (a restart cuts them all).
            db_session.connection_lost(self.connection.engine)
            await self.connection.invalidate(error)
        wrapped = sa_exc.DBAPIError.instance(
            sql,
            None,
            error,
            dbapi.Error,
            hide_parameters=True,
            dialect=self.dialect,
            connection_invalidated=lost,
        )
        return wrapped


def engine_of(sessionmaker: async_sessionmaker[AsyncSession]) -> AsyncEngine:
    """The engine a session factory is bound to (the services are given the factory)."""
    engine = sessionmaker.kw.get("bind")
    if not isinstance(engine, AsyncEngine):
        raise TypeError("the session factory is not bound to an AsyncEngine")
    return engine


@asynccontextmanager
async def transaction(engine: AsyncEngine) -> AsyncIterator[Direct]:
    """A transaction on one pooled connection: committed when the block ends, rolled
    back if it raises. What the statements and the ORM session noted for listeners
    (db.news) is told after the commit."""
    async with engine.connect() as connection, _transaction(connection) as direct:
        yield direct


@asynccontextmanager
async def _transaction(connection: AsyncConnection) -> AsyncIterator[Direct]:
    noted: list[news.News] = []
    async with connection.begin():
        direct = Direct(connection)
        await direct._begin()
        try:
            yield direct
        finally:
            if direct._session is not None:
                noted = news.taken(direct._session)
                await direct._session.close()
    news.HUB.publish([*direct.noted, *noted])


class Held:
    """One pooled connection kept between the transactions of a single worker.

    Taking a connection from SQLAlchemy's pool and giving it back costs about 0.3 ms
    of the event loop's CPU per transaction (bench/README.md, round 17); the dialogue's
    group commit runs one transaction at a time, hundreds a second, so on PostgreSQL it
    keeps its connection while it is busy. It gives it back to the pool once it has
    been idle as long as the pool lets a connection be before it pings it
    (db.session.PING_AFTER_IDLE), marked with the time it was last used, so the pool
    pings it before the next transaction takes it again; after
    ``held`` seconds in all (so the pool's recycling still replaces it), and after any
    error, so a lost connection is never used twice. SQLite's engine has a single
    connection that every part of the bot shares: there each transaction takes it
    from the pool as before.
    """

    def __init__(self, engine: AsyncEngine, *, held: float = 60.0) -> None:
        self._engine = engine
        self._keeps = engine.dialect.name == "postgresql"
        self._held = held
        self._connection: AsyncConnection | None = None
        self._taken = 0.0
        self._used = 0.0

    @property
    def keeps(self) -> bool:
        """Whether a connection is kept (PostgreSQL), so :meth:`statements` may be used."""
        return self._keeps

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Direct]:
        """As :func:`transaction`, on the kept connection. One at a time."""
        if not self._keeps:
            async with transaction(self._engine) as direct:
                yield direct
            return
        async with self._kept() as connection, _transaction(connection) as direct:
            yield direct

    @asynccontextmanager
    async def statements(self) -> AsyncIterator[Direct]:
        """The kept connection without a transaction: each statement commits on its own,
        as in :func:`read`, so only what one statement does alone belongs here
        (PostgreSQL only, see :attr:`keeps`). One at a time, like :meth:`transaction`."""
        assert self._keeps, "statements without a transaction are for PostgreSQL"
        async with self._kept() as connection:
            yield Direct(connection, begun=False)

    @asynccontextmanager
    async def _kept(self) -> AsyncIterator[AsyncConnection]:
        now = time.monotonic()
        if self._connection is not None and db_session.lost_since(self._engine, self._taken):
            # Another connection was found dead since this one was taken: back to the pool
            # as last used then, which pings it before anyone uses it again.
            db_session.last_used(self._connection.info, self._taken)
            await self.release()
        elif self._connection is not None and now - self._used >= db_session.PING_AFTER_IDLE:
            # Idle: back with the time of its last use, so that the pool pings it.
            db_session.last_used(self._connection.info, self._used)
            await self.release()
        elif self._connection is not None and now - self._taken > self._held:
            await self.release()
        if self._connection is None:
            self._connection = await self._engine.connect()
            self._taken = now
        try:
            yield self._connection
        except BaseException:
            await self.release()
            raise
        finally:
            self._used = time.monotonic()

    async def release(self) -> None:
        """Give the connection back to the pool (or drop it if it is broken)."""
        connection, self._connection = self._connection, None
        if connection is not None:
            await connection.close()


@asynccontextmanager
async def read(engine: AsyncEngine) -> AsyncIterator[Direct]:
    """A pooled connection for one read that needs no transaction: no BEGIN, no COMMIT.

    A single SELECT is consistent on its own (SQLite in WAL mode and PostgreSQL both
    read one snapshot per statement). On SQLite a transaction here would cost three
    trips to aiosqlite's thread (BEGIN IMMEDIATE, which also waits for the write lock,
    the statement, COMMIT); this read runs on the event loop's thread, as a statement
    inside :func:`db.sqlite_cursor.inline` does, and on PostgreSQL it is one round trip
    instead of three. Only for a statement that writes nothing.
    """
    async with engine.connect() as connection:
        with sqlite_cursor.inline():
            yield Direct(connection, begun=False)
