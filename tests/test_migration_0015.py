"""Migration 0015 on existing data: stored names get their spellings ("Łukasz Müller" is
found as "Lukasz Mueller", "Mueller" as "Müller"); the way back folds one spelling again."""

from __future__ import annotations

import sqlalchemy as sa

from bot.desk import listing
from db.migrate import downgrade, upgrade
from db.session import create_engine, create_sessionmaker
from tests.test_desk_search import ANNA

#: Leads as revision 0014 stored them: one spelling each, the stroke kept.
LEADS = (
    "INSERT INTO leads (id, flow, answers, office, language, channel, name, name_key, status) "
    "VALUES (1, 'business', '{}', 'leipzig', 'de', 'telegram', 'Łukasz Müller', "
    "'łukasz muller', 'new'), "
    "(2, 'young', '{\"name_latin\": \"Olena Jaeger\"}', 'leipzig', 'uk', 'web', "
    "'Олена Єгер', 'олена єгер / olena jaeger', 'new')"
)
KEYS = "SELECT name_key FROM leads ORDER BY id"


async def test_stored_names_are_found_in_every_spelling(database_url: str) -> None:
    engine = create_engine(database_url)
    sessionmaker = create_sessionmaker(engine)

    async def found(text: str) -> list[str | None]:
        search = listing.Filters(search=text)
        rows = (await listing.page(sessionmaker, ANNA, search, "Europe/Berlin")).rows
        return [row.name for row in rows]

    try:
        await downgrade(database_url, "0014")
        async with engine.begin() as connection:
            await connection.execute(sa.text(LEADS))
        before = await found("Lukasz Mueller")
        await upgrade(database_url)
        async with engine.connect() as connection:
            upgraded = list((await connection.scalars(sa.text(KEYS))).all())
        lukasz = await found("Lukasz Mueller")
        olena = await found("Jäger")
        await downgrade(database_url, "0014")
        async with engine.connect() as connection:
            restored = list((await connection.scalars(sa.text(KEYS))).all())
    finally:
        await upgrade(database_url)
        await engine.dispose()

    assert before == []
    assert upgraded == [
        "lukasz muller / lukasz mueller",
        "олена єгер / olena jaeger / olena jager",
    ]
    assert lukasz == ["Łukasz Müller"]
    assert olena == ["Олена Єгер"]
    assert restored == ["łukasz muller", "олена єгер / olena jaeger"]
