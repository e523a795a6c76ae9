"""SQLite statements in one trip to aiosqlite's thread (db/sqlite_cursor.py), same results."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiosqlite
import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from db.session import create_engine


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'trips.db'}")
    async with engine.begin() as connection:
        await connection.execute(
            sa.text("CREATE TABLE notes (id INTEGER PRIMARY KEY, who TEXT UNIQUE, n INTEGER)")
        )
    yield engine
    await engine.dispose()


@pytest.fixture
def trips(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the functions sent to aiosqlite's thread."""
    sent: list[str] = []
    original = aiosqlite.Connection._execute

    async def counted(self: aiosqlite.Connection, fn: Any, *args: Any, **kwargs: Any) -> Any:
        sent.append(getattr(fn, "__name__", repr(fn)))
        return await original(self, fn, *args, **kwargs)

    monkeypatch.setattr(aiosqlite.Connection, "_execute", counted)
    return sent


async def test_each_statement_is_one_trip_with_its_rows_and_counts(
    engine: AsyncEngine, trips: list[str]
) -> None:
    async with engine.begin() as connection:
        await connection.execute(sa.text("SELECT 1"))  # the connection is open and begun
        trips.clear()
        inserted = await connection.execute(
            sa.text("INSERT INTO notes (who, n) VALUES (:who, :n)"),
            [{"who": "a", "n": 1}, {"who": "b", "n": 2}, {"who": "c", "n": 3}],
        )
        single = await connection.execute(sa.text("INSERT INTO notes (who, n) VALUES ('d', 4)"))
        updated = await connection.execute(sa.text("UPDATE notes SET n = n + 10 WHERE n >= 2"))
        rows = (await connection.execute(sa.text("SELECT who, n FROM notes ORDER BY id"))).all()
        returned = (
            await connection.execute(
                sa.text("UPDATE notes SET n = 0 WHERE who = 'a' RETURNING id, who")
            )
        ).one()

    assert trips == ["_run"] * 5 + ["commit"]
    assert inserted.rowcount == 3 and single.lastrowid == 4
    assert updated.rowcount == 3
    assert [tuple(row) for row in rows] == [("a", 1), ("b", 12), ("c", 13), ("d", 14)]
    assert tuple(returned) == (1, "a")


async def test_errors_are_sqlalchemy_errors_and_the_transaction_goes_on(
    engine: AsyncEngine,
) -> None:
    async with engine.connect() as connection:
        await connection.begin()
        await connection.execute(sa.text("INSERT INTO notes (who, n) VALUES ('a', 1)"))
        savepoint = await connection.begin_nested()
        with pytest.raises(IntegrityError):
            await connection.execute(sa.text("INSERT INTO notes (who, n) VALUES ('a', 2)"))
        await savepoint.rollback()
        await connection.execute(sa.text("INSERT INTO notes (who, n) VALUES ('b', 3)"))
        await connection.commit()
    async with engine.connect() as connection:
        stored = (await connection.execute(sa.text("SELECT who, n FROM notes"))).all()
    assert sorted(tuple(row) for row in stored) == [("a", 1), ("b", 3)]
