"""Migration 0014 on existing data: a name stored with its Latin spelling is found by it
("lina" finds "لينا الأحمد"); the way back folds the name alone again."""

from __future__ import annotations

import sqlalchemy as sa

from bot.desk import listing
from db.migrate import downgrade, upgrade
from db.session import create_engine, create_sessionmaker
from tests.test_desk_search import ANNA

#: A lead as revision 0013 stored it: its name key from the name alone.
LEAD = (
    "INSERT INTO leads (id, flow, answers, office, language, channel, name, name_key, status) "
    "VALUES (1, 'young', '{\"name_latin\": \"Lina Al-Ahmad\"}', 'leipzig', 'ar', 'web', "
    "'لينا الأحمد', 'لينا الاحمد', 'new')"
)
KEY = "SELECT name_key FROM leads WHERE id = 1"


async def test_stored_names_are_found_by_their_latin_spelling(database_url: str) -> None:
    engine = create_engine(database_url)
    sessionmaker = create_sessionmaker(engine)
    search = listing.Filters(search="Lina")
    try:
        await downgrade(database_url, "0013")
        async with engine.begin() as connection:
            await connection.execute(sa.text(LEAD))
        await upgrade(database_url)
        async with engine.connect() as connection:
            upgraded = await connection.scalar(sa.text(KEY))
        rows = (await listing.page(sessionmaker, ANNA, search, "Europe/Berlin")).rows
        await downgrade(database_url, "0013")
        async with engine.connect() as connection:
            restored = await connection.scalar(sa.text(KEY))
    finally:
        await upgrade(database_url)
        await engine.dispose()

    # Folded as every key (db/names.py): the hamza's mark dropped, as an advisor may type it.
    assert upgraded == "لينا الاحمد / lina al-ahmad"
    assert [row.name for row in rows] == ["لينا الأحمد"]
    assert restored == "لينا الاحمد"
