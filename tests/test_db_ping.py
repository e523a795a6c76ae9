"""Pooled PostgreSQL connections: pinged only after being idle, replaced when dead; the
dialogue's kept connection (db.direct.Held) likewise."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.pool import NullPool

from db import direct
from db import session as db_session
from db.session import create_engine


def _require_postgres(database_url: str) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only: SQLite files do not disconnect")


async def _backend_pid(engine: Any) -> int:
    async with engine.connect() as connection:
        return int(await connection.scalar(sa.text("SELECT pg_backend_pid()")))


async def _terminate(database_url: str, pid: int) -> None:
    """What a server restart or a proxy reaping idle connections does to a connection."""
    killer = create_engine(database_url, poolclass=NullPool)
    try:
        async with killer.connect() as connection:
            await connection.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    finally:
        await killer.dispose()


async def test_busy_connections_are_not_pinged(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _require_postgres(database_url)
    engine = create_engine(database_url)
    pings: list[Any] = []
    dialect = engine.sync_engine.dialect
    real_ping = dialect.do_ping
    monkeypatch.setattr(dialect, "do_ping", lambda conn: pings.append(conn) or real_ping(conn))
    try:
        first = await _backend_pid(engine)
        # Back in the pool a moment ago: used again without a round trip.
        assert await _backend_pid(engine) == first
        assert pings == []
        monkeypatch.setattr(db_session, "PING_AFTER_IDLE", 0.0)
        assert await _backend_pid(engine) == first
        assert len(pings) == 1
    finally:
        await engine.dispose()


async def test_idle_dead_connection_is_replaced(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _require_postgres(database_url)
    engine = create_engine(database_url)
    try:
        dead = await _backend_pid(engine)
        await _terminate(database_url, dead)
        monkeypatch.setattr(db_session, "PING_AFTER_IDLE", 0.0)
        assert await _backend_pid(engine) != dead
    finally:
        await engine.dispose()


@asynccontextmanager
async def _kept(database_url: str) -> AsyncIterator[tuple[AsyncEngine, direct.Held]]:
    """An application engine and the dialogue's kept connection on it, both closed after."""
    engine = create_engine(database_url)
    held = direct.Held(engine)
    try:
        yield engine, held
    finally:
        await held.release()
        await engine.dispose()


async def _held_pid(held: direct.Held) -> int:
    async with held.transaction() as tx:
        return int((await tx.rows("SELECT pg_backend_pid()"))[0][0])


async def test_the_kept_connection_serves_one_transaction_after_another(
    database_url: str,
) -> None:
    async with _kept(database_url) as (engine, held):
        pool: Any = engine.sync_engine.pool
        async with held.transaction() as tx:
            await tx.run("CREATE TEMPORARY TABLE kept (n INTEGER)")
        if not database_url.startswith("postgresql"):
            # SQLite's one connection is every part's: it goes back after each transaction.
            assert pool.checkedout() == 0
            return
        assert pool.checkedout() == 1  # kept between transactions
        first = await _held_pid(held)
        assert await _held_pid(held) == first
        # The same session: what the first transaction made is still there.
        async with held.transaction() as tx:
            assert (await tx.rows("SELECT count(*) FROM kept"))[0][0] == 0
        await held.release()
        assert pool.checkedout() == 0


async def test_a_lost_kept_connection_fails_one_transaction_and_is_replaced(
    database_url: str,
) -> None:
    _require_postgres(database_url)
    async with _kept(database_url) as (engine, held):
        dead = await _held_pid(held)
        await _terminate(database_url, dead)
        # Kept, not pinged: the transaction that meets the dead connection fails (the
        # person is asked to try again) and gives it up ...
        with pytest.raises(DBAPIError):
            await _held_pid(held)
        assert engine.sync_engine.pool.checkedout() == 0  # type: ignore[attr-defined]
        # ... so the next one runs on a new connection.
        assert await _held_pid(held) != dead


async def test_a_kept_connection_idle_goes_back_to_the_pool_to_be_pinged(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _require_postgres(database_url)
    monkeypatch.setattr(db_session, "PING_AFTER_IDLE", 0.2)
    async with _kept(database_url) as (_, held):
        dead = await _held_pid(held)
        await _terminate(database_url, dead)
        await asyncio.sleep(0.3)
        # Idle as long as the pool pings after: returned with the time of its last use
        # and taken anew, and the pool's ping finds the dead one, so no transaction fails
        # (returned as if just used, it would go out again unpinged).
        assert await _held_pid(held) != dead
