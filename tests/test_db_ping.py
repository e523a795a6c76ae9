"""Pooled PostgreSQL connections: pinged only after being idle, replaced when dead."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.pool import NullPool

from db import session as db_session
from db.session import create_engine


def _require_postgres(database_url: str) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only: SQLite files do not disconnect")


async def _backend_pid(engine: Any) -> int:
    async with engine.connect() as connection:
        return int(await connection.scalar(sa.text("SELECT pg_backend_pid()")))


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
    killer = create_engine(database_url, poolclass=NullPool)
    try:
        dead = await _backend_pid(engine)
        async with killer.connect() as connection:
            # What a server restart or a proxy reaping idle connections does to the pool.
            await connection.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": dead})
        monkeypatch.setattr(db_session, "PING_AFTER_IDLE", 0.0)
        assert await _backend_pid(engine) != dead
    finally:
        await killer.dispose()
        await engine.dispose()
