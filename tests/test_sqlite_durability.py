"""SQLITE_SYNCHRONOUS: FULL unless the operator chooses NORMAL (docs/operations.md)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from bot.config import Settings
from bot.privacy import rights
from db.models import Base, Lead, User, utcnow
from db.session import create_engine, create_sessionmaker


async def synchronous_of(url: str, **kwargs: str) -> int:
    engine = create_engine(url, **kwargs)
    try:
        async with engine.connect() as connection:
            return int((await connection.execute(sa.text("PRAGMA synchronous"))).scalar_one())
    finally:
        await engine.dispose()


async def test_full_is_the_default_and_normal_can_be_chosen(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'kausa.db'}"
    default = Settings(_env_file=None).sqlite_synchronous  # type: ignore[call-arg]
    # SQLite's codes: 2 is FULL, 1 is NORMAL.
    assert await synchronous_of(url, sqlite_synchronous=default) == 2
    assert await synchronous_of(url) == 2
    assert await synchronous_of(url, sqlite_synchronous="NORMAL") == 1


def test_only_full_or_normal_are_accepted() -> None:
    with pytest.raises(ValueError, match="sqlite_synchronous"):
        Settings(_env_file=None, sqlite_synchronous="OFF")  # type: ignore[call-arg, arg-type]
    with pytest.raises(ValueError, match="FULL"):
        create_engine("sqlite+aiosqlite:///:memory:", sqlite_synchronous="OFF")


async def test_an_erased_name_leaves_the_sqlite_file_whatever_sqlites_build(
    tmp_path: Path,
) -> None:
    # Debian's SQLite overwrites deleted content (built with SECURE_DELETE), others keep it
    # in the page's free space: an erased name and number stayed readable in kausa.db, and
    # in every backup taken after the erasure (docs/privacy.md, "Where data lives").
    path = tmp_path / "kausa.db"
    url = f"sqlite+aiosqlite:///{path}"
    name, phone = "Zyxwvut Qwertzuiop", "+49 176 98765432"
    question = "Mein Sohn Zyxwvut hat seit dem Unfall Schwierigkeiten in der Berufsschule"
    engine = create_engine(url)

    def like_a_build_without_it(connection: Any, _record: Any) -> None:
        cursor = connection.cursor()
        cursor.execute("PRAGMA secure_delete=OFF")
        cursor.close()

    # Before the bot's own pragmas, as a build's default would be.
    sa.event.listen(engine.sync_engine, "connect", like_a_build_without_it, insert=True)
    sessionmaker = create_sessionmaker(engine)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(Base.metadata.create_all)
        async with sessionmaker() as session, session.begin():
            for number in range(20):  # the lead shares its page with others
                other = User(channel="telegram", external_id=str(1000 + number), language="de")
                session.add(other)
                await session.flush()
                session.add(stored_lead(other.id, f"Andere Person {number}", "+49 341 000", ""))
            person = User(channel="telegram", external_id="4242", language="de")
            session.add(person)
            await session.flush()
            session.add(stored_lead(person.id, name, phone, question))
        await engine.dispose()
        checkpoint(path)
        assert question.encode() in path.read_bytes()
        async with sessionmaker() as session, session.begin():
            await rights.erase(session, await session.get_one(User, person.id), utcnow())
    finally:
        await engine.dispose()
    checkpoint(path)
    content = path.read_bytes()
    for word in ("Zyxwvut", "Qwertzuiop", "98765432", "Unfall", "Berufsschule"):
        assert word.encode() not in content, word


def stored_lead(user_id: int, name: str, phone: str, question: str) -> Lead:
    return Lead(
        user_id=user_id,
        flow="youth",
        answers={"question": question} if question else {},
        office="leipzig",
        postal_code="04317",
        language="de",
        channel="telegram",
        name=name,
        phone=phone,
        status="new",
    )


def checkpoint(path: Path) -> None:
    """Write the WAL into the database file, as SQLite does by itself in time."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
