"""A clean PostgreSQL schema for the test suite and the benchmarks."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.pool import NullPool

from db.session import create_engine


async def reset_public_schema(url: str) -> None:
    """Drop everything in PostgreSQL's public schema, for a fresh migration (benchmarks, tests)."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        async with engine.begin() as connection:
            await connection.execute(sa.text("DROP SCHEMA public CASCADE"))
            await connection.execute(sa.text("CREATE SCHEMA public"))
    finally:
        await engine.dispose()
