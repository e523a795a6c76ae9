"""Engine and session factories for SQLite (aiosqlite) and PostgreSQL (asyncpg)."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import event
from sqlalchemy.engine import URL, Connection, Engine, ExceptionContext, make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.ext.asyncio import create_async_engine as _create_async_engine
from sqlalchemy.pool import ConnectionPoolEntry

from db import sqlite_cursor

# Plain URLs (as people tend to write them in .env) are mapped to the async drivers.
_ASYNC_DRIVERS = {
    "sqlite": "sqlite+aiosqlite",
    "postgres": "postgresql+asyncpg",
    "postgresql": "postgresql+asyncpg",
}

#: FULL: a commit is on disk before the person is told "done", even across a power
#: loss (NORMAL keeps it only across a crash of the bot). One fsync per group commit.
SQLITE_SYNCHRONOUS = ("FULL", "NORMAL")

SQLITE_PRAGMAS: tuple[str, ...] = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
    # Erased and purged rows overwritten with zeros, not left in the pages' free space
    # (and in every backup copied from them): Debian's SQLite is built so, others are not.
    "PRAGMA secure_delete=ON",
)


def sqlite_pragmas(synchronous: str = "FULL") -> tuple[str, ...]:
    """The per-connection pragmas with ``synchronous`` (FULL or NORMAL, docs/operations.md)."""
    if synchronous not in SQLITE_SYNCHRONOUS:
        raise ValueError(
            f"SQLite synchronous must be one of {SQLITE_SYNCHRONOUS}, not {synchronous!r}"
        )
    return tuple(
        f"PRAGMA synchronous={synchronous}" if p.startswith("PRAGMA synchronous") else p
        for p in SQLITE_PRAGMAS
    )


def normalize_url(url: str | URL) -> URL:
    """Parse ``url`` and switch ``sqlite://`` / ``postgresql://`` to their async drivers."""
    parsed = make_url(url)
    driver = _ASYNC_DRIVERS.get(parsed.drivername)
    return parsed.set(drivername=driver) if driver else parsed


def sqlite_file_path(url: URL) -> Path | None:
    """Return the database file of a SQLite URL, or None for in-memory databases."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if database in ("", ":memory:"):
        return None
    if database.startswith("file:"):
        # URI filenames ("file:path?mode=memory&cache=shared") need their query stripped.
        path, _, query = database[len("file:") :].partition("?")
        if "mode=memory" in query or path in ("", ":memory:"):
            return None
        return Path(path)
    return Path(database)


def _create_private(path: Path) -> None:
    """Create the SQLite file ``path`` readable by its owner only, if it does not exist.

    It holds every lead's personal data; created by SQLite under the usual umask 022
    (``make run``, a command run by hand before the service's first start) it was 0644,
    and SQLite gives its -wal and -shm files the mode of the database file. An existing
    file keeps the mode its operator gave it.
    """
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError:  # there already, or not creatable: SQLite's open says what is wrong
        pass


def create_engine(
    url: str | URL, *, sqlite_synchronous: str = "FULL", **engine_kwargs: Any
) -> AsyncEngine:
    """Create the application's async engine for ``url``.

    SQLite: creates the parent directory of the database file and configures
    every connection for WAL, ``synchronous`` (FULL unless ``sqlite_synchronous``
    says NORMAL), enforced foreign keys and a 5 s busy timeout.
    Transactions start with ``BEGIN IMMEDIATE`` (see ``_configure_sqlite``).
    PostgreSQL: a small, recycled connection pool whose idle connections are pinged.
    Extra keyword arguments go to :func:`sqlalchemy.ext.asyncio.create_async_engine`.
    """
    parsed = normalize_url(url)
    backend = parsed.get_backend_name()
    # Error messages (and so logged tracebacks) would otherwise carry the statement's
    # values: names, phone numbers, message texts.
    engine_kwargs = {"hide_parameters": True, **engine_kwargs}
    if backend == "sqlite":
        path = sqlite_file_path(parsed)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            _create_private(path)
            if "poolclass" not in engine_kwargs:
                # Every transaction takes the write lock (BEGIN IMMEDIATE), so more
                # connections add no concurrency, only SQLite's unfair busy-waiting:
                # under a burst some waited past busy_timeout ("database is locked").
                # One connection turns that into the pool's first-come-first-served queue.
                engine_kwargs = {"pool_size": 1, "max_overflow": 0, **engine_kwargs}
        # Reset on return is done by _configure_sqlite: only when a transaction is open.
        engine_kwargs = {"pool_reset_on_return": None, **engine_kwargs}
        engine = _create_async_engine(parsed, **engine_kwargs)
        _configure_sqlite(engine, sqlite_pragmas(sqlite_synchronous))
        return engine
    if backend == "postgresql":
        options: dict[str, Any] = {
            "pool_size": 5,
            "max_overflow": 10,
            "pool_timeout": 30,
            "pool_recycle": 1800,
            "connect_args": {"server_settings": {"application_name": "kausa-bot"}},
        }
        if "poolclass" in engine_kwargs:
            # Sizing options are only accepted by queue pools.
            for key in ("pool_size", "max_overflow", "pool_timeout"):
                options.pop(key)
        options.update(engine_kwargs)
        engine = _create_async_engine(parsed, **options)
        if not options.get("pool_pre_ping"):
            _ping_when_idle(engine)
        return engine
    return _create_async_engine(parsed, **engine_kwargs)


#: A pooled connection that was idle longer than this is pinged before it is used.
PING_AFTER_IDLE = 1.0
_RETURNED_AT = "kausa_returned_at"
_LAST_USED = "kausa_last_used"


#: When each engine last found a connection dead (``time.monotonic()``).
_LOST: WeakKeyDictionary[Engine, float] = WeakKeyDictionary()


def connection_lost(engine: AsyncEngine) -> None:
    """Note that a connection of ``engine`` was found dead: every connection pooled before
    is pinged at its next checkout. A server restart cuts them all, and each one met
    unpinged cost a person a "please try again" (db.direct notes its own losses here)."""
    _LOST[engine.sync_engine] = time.monotonic()


def lost_since(engine: AsyncEngine, moment: float) -> bool:
    """Whether ``engine`` found a connection dead after ``moment`` (``time.monotonic()``)."""
    return _LOST.get(engine.sync_engine, float("-inf")) > moment


def last_used(info: dict[Any, Any], at: float) -> None:
    """Tell the pool that the connection whose ``info`` this is (``Connection.info``),
    about to go back, was last used at ``at`` (``time.monotonic()``), not now: one kept
    idle by its holder (db.direct.Held) is then pinged at its next checkout."""
    info[_LAST_USED] = at


def _ping_when_idle(engine: AsyncEngine) -> None:
    """Survive PostgreSQL restarts and idle-connection reaping, without a ping per step.

    SQLAlchemy's pool_pre_ping pings on every checkout; with asyncpg that is three
    round trips (BEGIN, ";", ROLLBACK) before each step's own five, measured at
    a fifth of a step's time (bench/README.md). A connection that came back to the
    pool less than PING_AFTER_IDLE ago just worked, so it is used as it is; an
    older one is pinged, and one that fails the ping is replaced by the pool
    (DisconnectionError makes it reconnect). Should the server go away within
    that second, the step that meets the dead connection fails and is rolled
    back (the person is asked to try again), and the pool reconnects.
    """
    dialect = engine.sync_engine.dialect

    @event.listens_for(engine.sync_engine, "handle_error")
    def _failed(context: ExceptionContext) -> None:
        if context.is_disconnect:
            connection_lost(engine)

    @event.listens_for(engine.sync_engine, "checkin")
    def _returned(dbapi_connection: Any, connection_record: ConnectionPoolEntry) -> None:
        used = connection_record.info.pop(_LAST_USED, None)
        connection_record.info[_RETURNED_AT] = time.monotonic() if used is None else used

    @event.listens_for(engine.sync_engine, "checkout")
    def _checkout(
        dbapi_connection: Any, connection_record: ConnectionPoolEntry, connection_proxy: Any
    ) -> None:
        returned = connection_record.info.get(_RETURNED_AT)
        if returned is None:
            return  # a new connection
        if time.monotonic() - returned < PING_AFTER_IDLE and not lost_since(engine, returned):
            return  # in use a moment ago, and no connection was found dead since
        try:
            dialect.do_ping(dbapi_connection)
        except Exception as error:
            raise DisconnectionError("pooled connection failed its ping") from error


def _configure_sqlite(engine: AsyncEngine, pragmas: tuple[str, ...] = SQLITE_PRAGMAS) -> None:
    """Install the per-connection pragmas and SQLAlchemy-controlled transactions.

    The sqlite3 driver's legacy transaction handling does not BEGIN before a
    SELECT or SAVEPOINT, so a released savepoint would commit on its own and
    escape the caller's transaction. SQLAlchemy therefore emits BEGIN itself.
    IMMEDIATE takes the write lock up front: a deferred transaction that reads
    and then writes cannot wait for the lock and fails with "database is
    locked" under concurrency, while IMMEDIATE waits up to busy_timeout.
    Consequence: keep transactions short and never await network I/O in one.
    """

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, connection_record: ConnectionPoolEntry) -> None:
        sqlite_cursor.install(dbapi_connection)
        cursor = dbapi_connection.cursor()
        try:
            for pragma in pragmas:
                cursor.execute(pragma)
        finally:
            cursor.close()
        dbapi_connection.isolation_level = None

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # Straight to aiosqlite: one trip to its thread instead of three (cursor,
        # execute, close) through SQLAlchemy's cursor adapter (bench/README.md).
        adapted = connection.connection.dbapi_connection
        assert adapted is not None  # a connection in use is never detached from its driver
        sqlite_cursor.begin(adapted)

    @event.listens_for(engine.sync_engine, "reset")
    def _on_reset(dbapi_connection: Any, record: ConnectionPoolEntry, state: Any) -> None:
        # The pool's default reset is a ROLLBACK on every return, one more trip to
        # aiosqlite's thread per step (about 0.1 ms of CPU, bench/README.md) after a
        # transaction that already ended. SQLite knows whether one is still open.
        if state.terminate_only:
            return
        driver = record.driver_connection
        if driver is not None and driver.in_transaction:
            dbapi_connection.rollback()


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Return the session factory; objects stay usable after commit."""
    return async_sessionmaker(engine, expire_on_commit=False)
