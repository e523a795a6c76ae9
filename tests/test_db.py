"""Tests of the database layer against SQLite (default) or TEST_DATABASE_URL."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.privacy import retention
from db import direct, steps
from db import repository as repo
from db.migrate import downgrade, make_config, upgrade
from db.models import (
    AuditEvent,
    Base,
    Conversation,
    InboundUpdate,
    Lead,
    OutboxMessage,
    RetiredSession,
    User,
)
from db.names import SEARCH_TABLE, include_object, is_search_index
from db.session import create_engine, normalize_url, sqlite_file_path
from tests.stored_users import NOW, stored_user

Sessions = async_sessionmaker[AsyncSession]

LEAD_FIELDS: dict[str, Any] = {
    "flow": "business",
    "answers": {"sector": "gastro", "topics": ["founding", "staff"], "note": "Grüße"},
    "office": "dresden",
    "postal_code": "01067",
    "language": "de",
    "channel": "telegram",
    "name": "Ayşe Yılmaz",
    "phone": "+4935112345678",
}


def is_sqlite(engine: AsyncEngine) -> bool:
    return engine.dialect.name == "sqlite"


async def table_names(engine: AsyncEngine) -> set[str]:
    async with engine.connect() as connection:
        return set(await connection.run_sync(lambda c: sa.inspect(c).get_table_names()))


async def count(sessionmaker: Sessions, model: type[Base]) -> int:
    async with sessionmaker() as session:
        return int(await session.scalar(sa.select(sa.func.count()).select_from(model)) or 0)


# --- migrations -------------------------------------------------------------


async def test_migration_creates_every_table(db_engine: AsyncEngine) -> None:
    expected = set(Base.metadata.tables) | {"alembic_version"}
    made = await table_names(db_engine)
    assert {name for name in made if not is_search_index(name, "table")} == expected
    # SQLite's name search is an FTS5 table beside the models' tables.
    assert (SEARCH_TABLE in made) == is_sqlite(db_engine)


async def test_migration_matches_models(db_engine: AsyncEngine) -> None:
    def diff(connection: Connection) -> list[Any]:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "compare_server_default": True,
                "include_object": include_object,
            },
        )
        return list(compare_metadata(context, Base.metadata))

    async with db_engine.connect() as connection:
        differences = await connection.run_sync(diff)
    assert differences == []


async def test_migration_is_at_head(db_engine: AsyncEngine) -> None:
    async with db_engine.connect() as connection:
        version = await connection.scalar(sa.text("SELECT version_num FROM alembic_version"))
    # The newest migration file, so adding one does not need this test edited.
    head = ScriptDirectory.from_config(make_config(db_engine.url)).get_current_head()
    assert version == head


async def test_downgrade_then_upgrade_from_running_loop(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        await downgrade(database_url, "base")
        assert await table_names(engine) == {"alembic_version"}
        await upgrade(database_url)
        made = {name for name in await table_names(engine) if not is_search_index(name, "table")}
        assert made == set(Base.metadata.tables) | {"alembic_version"}
        # Upgrading an up-to-date database is a no-op, not an error.
        await upgrade(database_url)
    finally:
        await engine.dispose()


# --- engine -----------------------------------------------------------------


async def test_sqlite_pragmas(db_engine: AsyncEngine) -> None:
    if not is_sqlite(db_engine):
        pytest.skip("SQLite only")
    async with db_engine.connect() as connection:
        assert await connection.scalar(sa.text("PRAGMA journal_mode")) == "wal"
        assert await connection.scalar(sa.text("PRAGMA foreign_keys")) == 1
        assert await connection.scalar(sa.text("PRAGMA busy_timeout")) == 5000
        assert await connection.scalar(sa.text("PRAGMA synchronous")) == 2  # FULL


async def test_postgres_statistics_are_fresh_after_migrating(database_url: str) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    engine = create_engine(database_url)
    try:
        # Rows loaded as a restore loads them: the planner has no statistics for them yet.
        async with engine.begin() as connection:
            await connection.execute(
                sa.text(
                    "INSERT INTO users (channel, external_id) "
                    "SELECT 'telegram', g::text FROM generate_series(1, 57) AS g"
                )
            )
        await upgrade(database_url)  # at head already: only the ANALYZE runs
        async with engine.connect() as connection:
            rows = await connection.scalar(
                sa.text("SELECT reltuples FROM pg_class WHERE relname = 'users'")
            )
            columns = set(
                (
                    await connection.execute(
                        sa.text("SELECT attname FROM pg_stats WHERE tablename = 'users'")
                    )
                ).scalars()
            )
    finally:
        await engine.dispose()
    # What the planner reads, not last_analyze, which even a rolled-back ANALYZE sets.
    assert rows == 57
    assert {"channel", "external_id"} <= columns


async def test_sqlite_transaction_takes_the_write_lock_before_its_first_read(
    db_engine: AsyncEngine, database_url: str
) -> None:
    if not is_sqlite(db_engine):
        pytest.skip("SQLite only")
    path = sqlite_file_path(normalize_url(database_url))
    if path is None:
        pytest.skip("needs a database file")
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        async with db_engine.begin() as connection:
            await connection.scalar(sa.text("SELECT count(*) FROM users"))
            # A read-then-write transaction can never lose the lock to another writer.
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # released at commit
        other.execute("ROLLBACK")
    finally:
        other.close()


async def test_sqlite_connection_returned_mid_transaction_is_rolled_back(
    db_engine: AsyncEngine,
) -> None:
    if not is_sqlite(db_engine):
        pytest.skip("SQLite only")

    def write_behind_sqlalchemys_back(connection: Connection) -> None:
        # A transaction SQLAlchemy does not know about: only the pool's reset can end it.
        cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        cursor.execute("BEGIN IMMEDIATE")
        cursor.execute(
            "INSERT INTO inbound_updates (update_id, state, received_at) VALUES (7, 'done', 'x')"
        )

    async with db_engine.connect() as connection:
        await connection.run_sync(write_behind_sqlalchemys_back)
    # The next user of the pooled connection can begin, and the write is gone.
    async with db_engine.begin() as connection:
        count = await connection.scalar(sa.text("SELECT count(*) FROM inbound_updates"))
    assert count == 0


async def _open_sqlite(path: Path) -> None:
    """Open the SQLite file ``path`` through the bot's engine."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        async with engine.connect() as connection:
            await connection.execute(sa.text("SELECT 1"))
    finally:
        await engine.dispose()


def _modes(directory: Path, prefix: str) -> dict[str, str]:
    return {
        file.name: oct(stat.S_IMODE(file.stat().st_mode))
        for file in directory.iterdir()
        if file.name.startswith(prefix)
    }


async def test_sqlite_parent_directory_is_created(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "deeper" / "bot.db"
    await _open_sqlite(path)
    assert path.exists()


async def test_sqlite_database_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    """The file holds every lead's name, phone number and messages: under the usual umask
    022 (``make run``, ``python -m bot db upgrade`` by hand, systemd-run without the unit's
    UMask) it was created 0644, and SQLite gives its -wal and -shm files the same mode."""
    previous = os.umask(0o022)
    try:
        # One connection keeps -wal and -shm open until the engine is disposed.
        engine = create_engine(f"sqlite:///{tmp_path / 'kausa.db'}")
        try:
            async with engine.begin() as connection:
                await connection.execute(sa.text("CREATE TABLE t (x INTEGER)"))
            modes = _modes(tmp_path, "kausa.db")
        finally:
            await engine.dispose()
    finally:
        os.umask(previous)
    assert modes == {name: "0o600" for name in ("kausa.db", "kausa.db-wal", "kausa.db-shm")}


async def test_an_existing_sqlite_database_keeps_its_mode(tmp_path: Path) -> None:
    """An operator who shared the file with a group (for their own backups) keeps that."""
    path = tmp_path / "kausa.db"
    sqlite3.connect(path).close()
    path.chmod(0o640)
    await _open_sqlite(path)
    assert _modes(tmp_path, "kausa.db") == {"kausa.db": "0o640"}


def test_plain_urls_get_async_drivers() -> None:
    assert normalize_url("sqlite:///data/bot.db").drivername == "sqlite+aiosqlite"
    assert normalize_url("postgresql://u@h/db").drivername == "postgresql+asyncpg"
    assert normalize_url("postgresql+asyncpg://u@h/db").drivername == "postgresql+asyncpg"


# --- users ------------------------------------------------------------------


async def test_a_user_is_stored_once_per_channel_and_id(sessionmaker: Sessions) -> None:
    async with sessionmaker() as session, session.begin():
        first = await stored_user(session, "telegram", "42", username="ayse", first_name="Ayşe")
    async with sessionmaker() as session, session.begin():
        again = await stored_user(session, "telegram", "42", username="other")
        assert again.id == first.id
        # Adding someone known changes nothing; names are refreshed by a step (db.steps).
        assert (again.username, again.first_name) == ("ayse", "Ayşe")
    async with sessionmaker() as session:
        assert await repo.get_user(session, "telegram", "42") is not None
        assert await repo.get_user(session, "cli", "42") is None
    assert await count(sessionmaker, User) == 1


async def test_a_new_user_fits_long_values(db_engine: AsyncEngine) -> None:
    async with direct.transaction(db_engine) as tx:
        await steps.add_people(tx, "telegram", {"7": ("u" * 100, "x" * 300)}, NOW)
        user, _ = (await steps.people_with_state(tx, "telegram", ["7"]))["7"]
    assert user.username == "u" * 64
    assert user.first_name == "x" * 128


async def test_the_same_new_user_added_concurrently(
    db_engine: AsyncEngine, sessionmaker: Sessions
) -> None:
    async def one_call() -> int:
        async with direct.transaction(db_engine) as tx:
            await steps.add_people(tx, "telegram", {"1001": ("u", None)}, NOW)
            found = await steps.people_with_state(tx, "telegram", ["1001"])
            return found["1001"][0].id

    ids = await asyncio.gather(*(one_call() for _ in range(20)))
    assert len(set(ids)) == 1
    assert await count(sessionmaker, User) == 1


# --- conversation state ------------------------------------------------------


async def test_state_round_trip(db_engine: AsyncEngine, sessionmaker: Sessions) -> None:
    state = {"flow": "young", "step": "age", "answers": {"topics": ["a", "b"]}, "v": 2}
    async with sessionmaker() as session, session.begin():
        user = await stored_user(session, "cli", "local")
        assert await repo.load_state(session, user.id) is None
    async with direct.transaction(db_engine) as tx:
        await steps.save_states(tx, [(user.id, state)], NOW)
    async with sessionmaker() as session:
        assert await repo.load_state(session, user.id) == state

    newer = {"flow": "young", "step": "done", "answers": {}}
    async with direct.transaction(db_engine) as tx:
        await steps.save_states(tx, [(user.id, newer)], NOW)
    async with sessionmaker() as session:
        assert await repo.load_state(session, user.id) == newer
    assert await count(sessionmaker, Conversation) == 1


# --- leads and outbox -------------------------------------------------------


async def test_lead_and_outbox_commit_together(sessionmaker: Sessions) -> None:
    async with sessionmaker() as session, session.begin():
        user = await stored_user(session, "telegram", "9")
        lead = await repo.create_lead(session, user_id=user.id, **LEAD_FIELDS)
        message = await repo.enqueue(
            session,
            kind="lead_new",
            target="telegram",
            payload={"lead_id": lead.id},
            lead_id=lead.id,
        )
        assert lead.id is not None and message.id is not None

    async with sessionmaker() as session:
        stored = await session.get(Lead, lead.id)
        assert stored is not None
        assert stored.answers == LEAD_FIELDS["answers"]
        assert stored.status == "new"
        assert stored.attempts == 0
        assert stored.contact_via_telegram is False
        outbox = (await session.scalars(sa.select(OutboxMessage))).all()
        assert [(m.lead_id, m.kind, m.status, m.attempts) for m in outbox] == [
            (lead.id, "lead_new", "pending", 0)
        ]
        assert outbox[0].next_attempt_at <= repo.utcnow()


async def test_lead_and_outbox_roll_back_together(sessionmaker: Sessions) -> None:
    with pytest.raises(RuntimeError, match="notify failed"):
        async with sessionmaker() as session, session.begin():
            lead = await repo.create_lead(session, **LEAD_FIELDS)
            await repo.enqueue(
                session, kind="lead_new", target="email", payload={}, lead_id=lead.id
            )
            raise RuntimeError("notify failed")
    assert await count(sessionmaker, Lead) == 0
    assert await count(sessionmaker, OutboxMessage) == 0


async def test_database_error_rolls_back_the_lead(sessionmaker: Sessions) -> None:
    # A foreign key violation also proves foreign keys are enforced (SQLite: pragma).
    with pytest.raises(IntegrityError):
        async with sessionmaker() as session, session.begin():
            await repo.create_lead(session, **LEAD_FIELDS)
            await repo.enqueue(
                session, kind="lead_new", target="telegram", payload={}, lead_id=999_999
            )
    assert await count(sessionmaker, Lead) == 0
    assert await count(sessionmaker, OutboxMessage) == 0


# --- processed updates --------------------------------------------------------


async def test_claim_update_once(sessionmaker: Sessions) -> None:
    big = 2**40  # Telegram ids exceed 32 bits
    async with sessionmaker() as session, session.begin():
        assert await repo.claim_update(session, big, NOW) is True
        # A duplicate inside the same transaction leaves the transaction usable.
        assert await repo.claim_update(session, big, NOW) is False
        await repo.audit(session, action="after_duplicate", at=NOW)
    async with sessionmaker() as session, session.begin():
        assert await repo.claim_update(session, big, NOW) is False
        assert await repo.claim_update(session, big + 1, NOW) is True
    assert await count(sessionmaker, InboundUpdate) == 2
    assert await count(sessionmaker, AuditEvent) == 1


async def test_claim_is_undone_with_its_transaction(sessionmaker: Sessions) -> None:
    # The savepoint must belong to the outer transaction (SQLite driver pitfall).
    with pytest.raises(RuntimeError):
        async with sessionmaker() as session, session.begin():
            assert await repo.claim_update(session, 77, NOW) is True
            raise RuntimeError("handler crashed")
    async with sessionmaker() as session, session.begin():
        assert await repo.claim_update(session, 77, NOW) is True


async def test_purge_processed_updates(sessionmaker: Sessions) -> None:
    now = repo.utcnow()
    async with sessionmaker() as session, session.begin():
        session.add(InboundUpdate(update_id=1, state="done", processed_at=now - timedelta(days=3)))
        session.add(InboundUpdate(update_id=2, state="done", processed_at=now))
    async with sessionmaker() as session, session.begin():
        purged = await repo.purge_processed_updates(session, older_than=now - timedelta(days=1))
    assert purged == 1
    async with sessionmaker() as session:
        assert (await session.scalars(sa.select(InboundUpdate.update_id))).all() == [2]


async def test_a_retired_web_session_is_kept_as_long_as_its_cookie(sessionmaker: Sessions) -> None:
    """A web session erased by an advisor is remembered past a restart (bot.web.retired),
    and forgotten by the retention once its cookie would have expired."""
    now = repo.utcnow()
    async with sessionmaker() as session, session.begin():
        await repo.retire_session(session, "a" * 64, now - timedelta(days=91))
        await repo.retire_session(session, "b" * 64, now - timedelta(days=2))
        await repo.retire_session(session, "b" * 64, now - timedelta(days=1))  # again
    async with sessionmaker() as session:
        known = await repo.retired_sessions(session, now - timedelta(days=90))
    await retention.run(sessionmaker, 180, now=now)
    async with sessionmaker() as session:
        kept = await repo.retired_sessions(session, now - timedelta(days=365))
    # Kept as a hash of the stored id, which the erasure leaves nowhere.
    assert [person for person, _at in known] == [RetiredSession.key("b" * 64)]
    assert [person for person, _at in kept] == [RetiredSession.key("b" * 64)]


# --- deletes ------------------------------------------------------------------


async def test_deleting_a_user_cascades_and_keeps_leads(sessionmaker: Sessions) -> None:
    async with sessionmaker() as session, session.begin():
        user = await stored_user(session, "telegram", "300")
        session.add(Conversation(user_id=user.id, state={"step": "x"}, updated_at=NOW))
        lead = await repo.create_lead(session, user_id=user.id, **LEAD_FIELDS)

    async with sessionmaker() as session, session.begin():
        await session.execute(sa.delete(User).where(User.id == user.id))

    async with sessionmaker() as session:
        assert await repo.load_state(session, user.id) is None
        stored = await session.get(Lead, lead.id)
        assert stored is not None
        assert stored.user_id is None


async def test_deleting_a_lead_drops_outbox_and_keeps_audit(sessionmaker: Sessions) -> None:
    async with sessionmaker() as session, session.begin():
        lead = await repo.create_lead(session, **LEAD_FIELDS)
        await repo.enqueue(session, kind="lead_new", target="telegram", payload={}, lead_id=lead.id)
        event = await repo.audit(
            session, action="claim", at=NOW, lead_id=lead.id, actor_id=2**35, actor_name="Advisor"
        )

    async with sessionmaker() as session, session.begin():
        await session.delete(await session.get(Lead, lead.id))

    assert await count(sessionmaker, OutboxMessage) == 0
    async with sessionmaker() as session:
        stored = await session.get(AuditEvent, event.id)
        assert stored is not None
        assert stored.lead_id is None
        assert stored.actor_id == 2**35
        assert stored.detail is None


# --- types --------------------------------------------------------------------


async def test_timestamps_are_aware_utc(sessionmaker: Sessions) -> None:
    berlin = datetime(2025, 3, 30, 3, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    async with sessionmaker() as session, session.begin():
        lead = await repo.create_lead(session, consent_at=berlin, **LEAD_FIELDS)
    async with sessionmaker() as session:
        stored = await session.get(Lead, lead.id)
        assert stored is not None
        for value in (stored.consent_at, stored.created_at, stored.updated_at):
            assert value is not None
            assert value.utcoffset() == timedelta(0)
        assert stored.consent_at == berlin
        # Comparisons in SQL work with aware values on both databases.
        found = await session.scalar(
            sa.select(sa.func.count()).where(Lead.consent_at < berlin + timedelta(seconds=1))
        )
        assert found == 1


async def test_naive_datetimes_are_rejected(sessionmaker: Sessions) -> None:
    with pytest.raises(Exception, match="naive datetime"):
        async with sessionmaker() as session, session.begin():
            await repo.create_lead(session, consent_at=datetime(2025, 1, 1), **LEAD_FIELDS)
