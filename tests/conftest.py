"""Database fixtures shared by the whole test suite.

By default every test gets its own migrated SQLite file. With
``TEST_DATABASE_URL`` set (e.g. ``postgresql+asyncpg://postgres@127.0.0.1:5432/test``)
tests run against that database instead: it is rebuilt and migrated once per
session and emptied before each test.

With ``KAUSA_TEST_DAYS_AHEAD=N`` every test runs with the wall clock moved N days
ahead (time-machine), so no test may depend on the day it runs.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sqlite3
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import pytest_asyncio
import sqlalchemy as sa
import time_machine
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.pool import NullPool

from db.migrate import upgrade_sync
from db.models import Base
from db.session import create_engine, create_sessionmaker, normalize_url
from testkit.schema import ensure_database, reset_public_schema
from tests.dialogue_driver import close_made
from tests.passes import depends_on_a_date

# Bots started by tests serve no web channel unless a test asks for it: port 8080 is shared.
os.environ.setdefault("WEB_ENABLED", "false")
# The fake Bot API has no group limit; pacing advisor cards at Telegram's 20 a minute made
# three backlog tests wait over three minutes. No test asserts that pace, and order and
# once-only delivery do not depend on it.
os.environ.setdefault("TELEGRAM_GROUP_MAX_PER_MINUTE", "1200")

TEST_DATABASE_URL_ENV = "TEST_DATABASE_URL"
DAYS_AHEAD_ENV = "KAUSA_TEST_DAYS_AHEAD"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark what the CI passes select by (tests/passes.py): ``database`` and ``clock``."""
    for item in items:
        if "database_url" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.database)
        if item.path is not None and depends_on_a_date(item.path):
            item.add_marker(pytest.mark.clock)


@pytest.fixture(scope="session", autouse=True)
def _quick_password_hashes() -> Iterator[None]:
    """In-process tests hash the inbox's passwords with argon2id at its lowest cost.

    The production cost (argon2-cffi's defaults: 64 MiB, 3 passes, 4 threads) is about
    0.2 s of CPU per login or new account, and the inbox's tests log in hundreds of times
    per pass; as Django's own test settings do, the tests keep the algorithm and lower the
    cost. A hash records its parameters, so checking works the same. The command-line
    tests' child processes keep the production cost, and
    tests/test_desk_accounts.py checks that a stored hash carries it.
    """
    from argon2 import PasswordHasher

    from bot.desk import accounts

    production = accounts._HASHER
    accounts._HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    yield
    accounts._HASHER = production


@pytest.fixture(autouse=True)
def _moved_clock() -> Iterator[None]:
    """Move the wall clock ``KAUSA_TEST_DAYS_AHEAD`` days ahead for this test, if set.

    The clock keeps ticking, and time.monotonic() (asyncio's loop time, so sleeps and
    timeouts) is left alone by time-machine 3; child processes keep the real clock.
    """
    days = os.environ.get(DAYS_AHEAD_ENV)
    if not days:
        yield
        return
    with time_machine.travel(datetime.now(UTC) + timedelta(days=int(days)), tick=True):
        yield


def _in_thread(function: Callable[[], None]) -> None:
    """Run blocking set-up code that starts its own event loop.

    Session fixtures may be first requested from inside a running test loop,
    where asyncio.run() (used by Alembic's env.py) is not allowed.
    """
    with ThreadPoolExecutor(max_workers=1) as executor:
        executor.submit(function).result()


def external_database_url() -> str | None:
    """The database URL from ``TEST_DATABASE_URL``, or None to use SQLite files.

    Under pytest-xdist (``-n N``) each worker has its own database, named after the
    given one: ``test_gw0``, ``test_gw1``, ... (created on first use).
    """
    url = os.environ.get(TEST_DATABASE_URL_ENV) or None
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if url is None or not worker:
        return url
    parsed = normalize_url(url)
    return parsed.set(database=f"{parsed.database}_{worker}").render_as_string(hide_password=False)


async def _empty_all(url: str) -> None:
    """Delete every row and restart every sequence, as a freshly migrated database has.

    TRUNCATE rewrites each table's files (about 0.1 s per test); most tests leave most
    tables empty, so only the tables with rows are emptied, children first.
    """
    engine = create_engine(url, poolclass=NullPool)
    tables = list(reversed(Base.metadata.sorted_tables))
    probe = ", ".join(f'EXISTS (SELECT 1 FROM "{table.name}")' for table in tables)
    try:
        async with engine.begin() as connection:
            filled = (await connection.execute(sa.text(f"SELECT {probe}"))).one()
            for table, has_rows in zip(tables, filled, strict=True):
                if has_rows:
                    await connection.execute(sa.text(f'DELETE FROM "{table.name}"'))
            # Also the sequences of tables that are empty again: ids start at 1 in every test.
            await connection.execute(
                sa.text(
                    "SELECT setval(seqrelid, seqstart, false) FROM pg_sequence"
                    " JOIN pg_class ON pg_class.oid = seqrelid"
                    " WHERE relnamespace = 'public'::regnamespace"
                )
            )
    finally:
        await engine.dispose()


@pytest.fixture(scope="session")
def _external_database() -> str | None:
    """Rebuild and migrate the external test database once per test session."""
    url = external_database_url()
    if url is None:
        return None
    parsed = normalize_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise pytest.UsageError(f"{TEST_DATABASE_URL_ENV} must be a PostgreSQL URL")
    # The schema is dropped below: refuse anything that does not look like a test database.
    if "test" not in (parsed.database or ""):
        raise pytest.UsageError(
            f"{TEST_DATABASE_URL_ENV} database name must contain 'test' (it gets wiped)"
        )
    _in_thread(lambda: asyncio.run(ensure_database(url)))
    _in_thread(lambda: asyncio.run(reset_public_schema(url)))
    _in_thread(lambda: upgrade_sync(url))
    return url


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate one SQLite file per session; tests get copies, which is much faster."""
    path = tmp_path_factory.mktemp("db-template") / "template.db"
    _in_thread(lambda: upgrade_sync(f"sqlite+aiosqlite:///{path}"))
    # Fold the WAL into the main file so a plain file copy is complete.
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    return path


@pytest_asyncio.fixture
async def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, _external_database: str | None
) -> AsyncIterator[str]:
    """URL of an empty, fully migrated database for this test."""
    if _external_database is not None:
        await _empty_all(_external_database)
        yield _external_database
        return
    # Looked up lazily so a PostgreSQL run never builds the SQLite template.
    template: Path = request.getfixturevalue("_sqlite_template")
    path = tmp_path / "test.db"
    shutil.copyfile(template, path)
    yield f"sqlite+aiosqlite:///{path}"


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def shared_chromium() -> AsyncIterator[None]:
    """One browser for a module's tests (``tests.browser.one_browser_per_module``)."""
    # Imported here: most test runs never start a browser.
    from tests.browser import shared_by_loop

    async with shared_by_loop():
        yield


@pytest_asyncio.fixture
async def db_engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    """The application engine for ``database_url``; disposed after the test."""
    engine = create_engine(database_url)
    try:
        yield engine
    finally:
        await close_made()
        await engine.dispose()


@pytest.fixture
def sessionmaker(db_engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Session factory bound to ``db_engine``, as the application builds it."""
    return create_sessionmaker(db_engine)
