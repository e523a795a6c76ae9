"""A data migration run on rows stored as the revision before it left them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from db.migrate import downgrade, upgrade
from db.session import create_engine


async def migrated(
    database_url: str, before: str, rows: Sequence[str], read: str, table: str
) -> tuple[list[tuple[Any, ...]], list[str]]:
    """Insert ``rows`` at revision ``before``, upgrade: what ``read`` finds then, and the
    columns ``table`` has once downgraded to ``before`` again (the database is left at
    head)."""
    engine = create_engine(database_url)
    try:
        await downgrade(database_url, before)
        async with engine.begin() as connection:
            for row in rows:
                await connection.execute(sa.text(row))
        await upgrade(database_url)
        async with engine.connect() as connection:
            upgraded = [tuple(found) for found in await connection.execute(sa.text(read))]
        await downgrade(database_url, before)
        async with engine.connect() as connection:
            columns = list((await connection.execute(sa.text(f"SELECT * FROM {table}"))).keys())
    finally:
        await upgrade(database_url)
        await engine.dispose()
    return upgraded, columns
