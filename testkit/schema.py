"""A clean PostgreSQL schema for the test suite and the benchmarks."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.pool import NullPool

from db.session import create_engine, normalize_url


async def reset_public_schema(url: str) -> None:
    """Drop everything in PostgreSQL's public schema, for a fresh migration (benchmarks, tests)."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        async with engine.begin() as connection:
            await connection.execute(sa.text("DROP SCHEMA public CASCADE"))
            await connection.execute(sa.text("CREATE SCHEMA public"))
    finally:
        await engine.dispose()


async def ensure_database(url: str) -> None:
    """Create the PostgreSQL database ``url`` names if it does not exist yet.

    Each pytest-xdist worker of a PostgreSQL test run has a database of its own.
    """
    parsed = normalize_url(url)
    maintenance = parsed.set(database="postgres")
    engine = create_engine(maintenance, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            exists = await connection.scalar(
                sa.text("SELECT 1 FROM pg_database WHERE datname = :name"),
                {"name": parsed.database},
            )
            if not exists:
                # CREATE DATABASE takes no bind parameters; the name is quoted as an identifier.
                quoted = connection.dialect.identifier_preparer.quote(parsed.database or "")
                await connection.execute(sa.text(f"CREATE DATABASE {quoted}"))
    finally:
        await engine.dispose()
