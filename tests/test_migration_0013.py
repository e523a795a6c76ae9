"""Migration 0013 on existing data: stored names are folded without accents, so the inbox
finds "Ayşe" as "ayse"; the way back folds them with accents again."""

from __future__ import annotations

import sqlalchemy as sa

from bot.desk import listing
from db.migrate import downgrade, upgrade
from db.session import create_engine, create_sessionmaker
from tests.test_desk_search import ANNA

#: A lead as revision 0012 stored it: its name key folded with the accents.
LEAD = (
    "INSERT INTO leads (id, flow, answers, office, language, channel, name, name_key, status) "
    "VALUES (1, 'business', '{}', 'leipzig', 'de', 'telegram', 'Ayşe Yılmaz', 'ayşe yilmaz', "
    "'new')"
)
KEY = "SELECT name_key FROM leads WHERE id = 1"


async def test_stored_names_are_found_without_their_accents(database_url: str) -> None:
    engine = create_engine(database_url)
    sessionmaker = create_sessionmaker(engine)
    search = listing.Filters(search="ayse")
    try:
        await downgrade(database_url, "0012")
        async with engine.begin() as connection:
            await connection.execute(sa.text(LEAD))
        await upgrade(database_url)
        async with engine.connect() as connection:
            upgraded = await connection.scalar(sa.text(KEY))
        rows = (await listing.page(sessionmaker, ANNA, search, "Europe/Berlin")).rows
        await downgrade(database_url, "0012")
        async with engine.connect() as connection:
            restored = await connection.scalar(sa.text(KEY))
    finally:
        await upgrade(database_url)
        await engine.dispose()

    assert upgraded == "ayse yilmaz"
    assert [row.name for row in rows] == ["Ayşe Yılmaz"]
    assert restored == "ayşe yilmaz"
