"""SQLITE_SYNCHRONOUS: FULL unless the operator chooses NORMAL (docs/operations.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.config import Settings
from db.session import create_engine


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
