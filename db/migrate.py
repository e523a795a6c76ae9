"""Run Alembic migrations from code, without an alembic.ini.

``upgrade_sync`` is for command-line entry points, ``upgrade`` for code that
already runs inside an event loop (bot start-up, tests).
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event, pool, text
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.pool import ConnectionPoolEntry

from db.session import create_engine, normalize_url

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Alembic keeps its environment in module globals, so two migrations in one
# process must not interleave.
_lock = threading.Lock()


def make_config(url: str | URL) -> Config:
    """Build an Alembic ``Config`` for ``url`` pointing at ``db/migrations``."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # ConfigParser interpolation would choke on a '%' in a password.
    rendered = normalize_url(url).render_as_string(hide_password=False)
    config.set_main_option("sqlalchemy.url", rendered.replace("%", "%%"))
    return config


def create_migration_engine(url: str | URL) -> AsyncEngine:
    """Engine for running migrations: no pooling, and no FK enforcement on SQLite.

    Alembic's batch mode rebuilds SQLite tables by copy-and-drop; with
    foreign keys enforced, dropping the old table would fire ON DELETE
    CASCADE/SET NULL on the rows that reference it.
    """
    engine = create_engine(url, poolclass=pool.NullPool)
    if engine.dialect.name == "sqlite":
        # Registered after create_engine's listener, so it runs after the pragmas there.
        @event.listens_for(engine.sync_engine, "connect")
        def _disable_foreign_keys(
            dbapi_connection: Any, connection_record: ConnectionPoolEntry
        ) -> None:
            cursor = dbapi_connection.cursor()
            try:
                cursor.execute("PRAGMA foreign_keys=OFF")
            finally:
                cursor.close()

    return engine


def upgrade_sync(url: str | URL, revision: str = "head") -> None:
    """Migrate the database at ``url`` to ``revision``; not from inside an event loop.

    On PostgreSQL the tables are analyzed afterwards: after a restore or bulk load
    the planner has no statistics and the step's group queries scan every user
    (bench/README.md measured 188 instead of 1,500 steps/s with 100,000 people).
    """
    with _lock:
        command.upgrade(make_config(url), revision)
    if normalize_url(url).get_backend_name() == "postgresql":
        asyncio.run(analyze(url))


async def analyze(url: str | URL) -> None:
    """Refresh PostgreSQL's planner statistics (a no-op elsewhere); cheap on small tables."""
    engine = create_engine(url, poolclass=pool.NullPool)
    try:
        if engine.dialect.name == "postgresql":
            # Committed: statistics written by ANALYZE are transactional, and a rolled-back
            # ANALYZE still sets last_analyze while the planner keeps nothing.
            async with engine.begin() as connection:
                await connection.execute(text("ANALYZE"))
    finally:
        await engine.dispose()


def downgrade_sync(url: str | URL, revision: str) -> None:
    """Migrate the database at ``url`` down to ``revision`` ("base" empties it)."""
    with _lock:
        command.downgrade(make_config(url), revision)


async def upgrade(url: str | URL, revision: str = "head") -> None:
    """Migrate the database at ``url`` to ``revision`` from async code.

    Alembic is synchronous and env.py starts its own event loop, so the work
    runs in a worker thread instead of blocking (or nesting) the caller's loop.
    """
    await asyncio.to_thread(upgrade_sync, url, revision)


async def downgrade(url: str | URL, revision: str) -> None:
    """Async counterpart of :func:`downgrade_sync`."""
    await asyncio.to_thread(downgrade_sync, url, revision)
