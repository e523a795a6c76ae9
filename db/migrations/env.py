"""Alembic environment: async engines, usable from the CLI and from db.migrate."""

from __future__ import annotations

import asyncio
import os
from logging.config import fileConfig
from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy.engine import Connection

from db.migrate import create_migration_engine
from db.models import Base, UTCDateTime
from db.names import include_object

config = context.config

# Only the CLI has an ini file with logging sections; code callers keep their logging.
if config.config_file_name is not None:
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = Base.metadata


def database_url() -> str:
    """URL from the Config (db.migrate, alembic.ini) or else DATABASE_URL."""
    url = config.get_main_option("sqlalchemy.url") or os.environ.get("DATABASE_URL")
    if not url:
        raise RuntimeError(
            "No database URL: set DATABASE_URL, e.g. "
            "DATABASE_URL=sqlite+aiosqlite:///data/dev.db alembic upgrade head"
        )
    return url


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Render our UTC type as the plain column type it stands for.

    Migrations must not import application code that may change later.
    """
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def run_migrations_offline() -> None:
    """Emit SQL to stdout (``alembic upgrade head --sql``) without a database."""
    context.configure(
        url=database_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        render_as_batch=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


def do_run_migrations(connection: Connection) -> None:
    """Run the migrations on a synchronous (run_sync) connection."""
    is_sqlite = connection.dialect.name == "sqlite"
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=True,
        render_item=render_item,
        include_object=include_object,
        compare_type=True,
        compare_server_default=True,
        # db.session makes SQLAlchemy emit BEGIN on SQLite, so DDL is really
        # transactional there: run the whole upgrade all-or-nothing.
        transactional_ddl=True if is_sqlite else None,
    )
    with context.begin_transaction():
        context.run_migrations()


async def run_async_migrations() -> None:
    """Open an async engine and hand its connection to Alembic via run_sync."""
    engine = create_migration_engine(database_url())
    try:
        async with engine.connect() as connection:
            await connection.run_sync(do_run_migrations)
    finally:
        await engine.dispose()


def run_migrations_online() -> None:
    """Use a caller's connection if one was passed in Config.attributes, else our own."""
    connection = config.attributes.get("connection")
    if connection is None:
        asyncio.run(run_async_migrations())
    else:
        do_run_migrations(connection)


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
