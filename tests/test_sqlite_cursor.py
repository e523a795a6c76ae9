"""SQLite statements in one trip to aiosqlite's thread (db/sqlite_cursor.py), same results."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiosqlite
import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.conversation import log as conversation_log
from bot.conversation.content import Content
from bot.conversation.log import Route, Written
from bot.dialogue.state import Start
from db import direct
from db.session import create_engine
from db.sqlite_cursor import inline
from db.vocabulary import MessageKind
from tests.dialogue_driver import NOW, Person, make_dialogue
from tests.test_privacy import business_lead


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


async def test_inline_statements_make_no_trip_and_the_commit_one(
    engine: AsyncEngine, trips: list[str]
) -> None:
    """In an inline block the BEGIN and every statement run on the event loop's thread;
    only the COMMIT, which waits for the disk, goes to aiosqlite's thread."""
    async with engine.connect() as warm:  # the pool's connection exists already
        await warm.execute(sa.text("SELECT 1"))
    trips.clear()
    rows: list[Any] = []
    # An error is mapped by SQLAlchemy as on the thread, and rolls the block back.
    with inline(), pytest.raises(IntegrityError):
        async with engine.begin() as connection:
            await connection.execute(
                sa.text("INSERT INTO notes (who, n) VALUES (:who, :n)"),
                [{"who": "a", "n": 1}, {"who": "b", "n": 2}],
            )
            rows = list(await connection.execute(sa.text("SELECT who FROM notes ORDER BY id")))
            await connection.execute(sa.text("INSERT INTO notes (who, n) VALUES ('a', 9)"))
    assert [r.who for r in rows] == ["a", "b"]
    assert trips == ["rollback"]
    trips.clear()
    with inline():
        async with engine.begin() as connection:
            await connection.execute(sa.text("INSERT INTO notes (who, n) VALUES ('c', 3)"))
    assert trips == ["commit"]
    async with engine.connect() as connection:
        stored = (await connection.execute(sa.text("SELECT who FROM notes"))).scalars().all()
    assert stored == ["c"]


async def test_inline_begin_waits_on_the_thread_while_another_process_writes(
    engine: AsyncEngine, tmp_path: Path, trips: list[str]
) -> None:
    """A BEGIN that finds the write lock taken does not wait on the event loop: it is
    sent to the thread, which waits for the lock (busy_timeout), and then proceeds."""
    other = await aiosqlite.connect(tmp_path / "trips.db", isolation_level=None)
    await other.execute("BEGIN IMMEDIATE")  # another process's writer holds the lock
    trips.clear()

    async def write() -> None:
        with inline():
            async with engine.begin() as connection:
                await connection.execute(sa.text("INSERT INTO notes (who, n) VALUES ('d', 4)"))

    waiting = asyncio.create_task(write())
    await asyncio.sleep(0.3)
    assert not waiting.done()  # waiting on the thread, while the event loop runs on
    await other.execute("COMMIT")
    await asyncio.wait_for(waiting, 10)
    await other.close()
    assert "execute" in trips  # the BEGIN went to the thread
    async with engine.connect() as connection:
        assert (await connection.execute(sa.text("SELECT count(*) FROM notes"))).scalar() == 1


async def test_a_dialogue_step_sends_only_its_commit_to_the_thread(
    sessionmaker: async_sessionmaker[AsyncSession], trips: list[str]
) -> None:
    """The dialogue's group transaction runs inline (bot.dialogue.service)."""
    if sessionmaker.kw["bind"].dialect.name != "sqlite":
        pytest.skip("aiosqlite's thread is SQLite's")
    person = Person(make_dialogue(sessionmaker))
    await person.send(Start("en"))
    trips.clear()
    screen = await person.press("English")
    assert screen.text.startswith("How can we help you?")
    assert trips == ["commit"]


async def test_a_read_makes_no_trip_and_leaves_no_transaction(
    engine: AsyncEngine, trips: list[str]
) -> None:
    """db.direct.read: one SELECT on the event loop's thread, no BEGIN, no COMMIT; it sees
    what was committed, and the next writer finds the connection free of a transaction."""
    async with engine.begin() as connection:
        await connection.execute(sa.text("INSERT INTO notes (who, n) VALUES ('a', 1)"))
    trips.clear()
    async with direct.read(engine) as reading:
        rows = await reading.rows("SELECT who, n FROM notes WHERE n >= $1", [1])
        with pytest.raises(RuntimeError):
            reading.session()  # nothing to write in
    assert [tuple(row) for row in rows] == [("a", 1)]
    assert trips == []
    async with engine.begin() as connection:
        await connection.execute(sa.text("INSERT INTO notes (who, n) VALUES ('b', 2)"))
    async with engine.connect() as connection:
        assert (await connection.execute(sa.text("SELECT count(*) FROM notes"))).scalar() == 2


async def test_a_typed_answer_reads_its_person_without_a_trip(
    sessionmaker: async_sessionmaker[AsyncSession], trips: list[str]
) -> None:
    """Whether a typed text of someone with a request answers the question on screen is
    read without a transaction (bot.conversation.log.from_person, db.direct.read)."""
    if sessionmaker.kw["bind"].dialect.name != "sqlite":
        pytest.skip("aiosqlite's thread is SQLite's")
    person = Person(make_dialogue(sessionmaker))
    await business_lead(person)  # someone with a request: their texts are looked at
    await person.send(Start("en"))
    await person.press("New request")
    await person.press("For businesses")  # the first question: the company's name
    trips.clear()
    taken = await conversation_log.from_person(
        sessionmaker,
        external_id=person.user_id,
        content=Content(MessageKind.TEXT, "Bäckerei Yılmaz"),
        written=Written(int(person.user_id), 5),
        update_id=None,
        now=NOW,
    )
    assert taken.route is Route.DIALOGUE  # the answer to the question on screen
    assert trips == []
