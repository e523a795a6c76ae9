"""Migration 0009 on existing data: names get their search key, inbox messages lose the
stand-in chat 0 and negative id, and the way back restores them."""

from __future__ import annotations

import sqlalchemy as sa

from bot.desk import listing
from bot.desk.accounts import Advisor
from db.migrate import downgrade, upgrade
from db.session import create_engine, create_sessionmaker

ADMIN = Advisor(1, "root", "Root", "leipzig", True, None)
LEAD = (
    "INSERT INTO leads (id, flow, answers, office, language, channel, name, status) "
    "VALUES (1, 'business', '{}', 'leipzig', 'uk', 'telegram', 'Олена КОВАЛЕНКО', 'new')"
)
MESSAGE = (
    "INSERT INTO messages (lead_id, direction, channel, kind, text, internal, "
    "source_chat_id, source_message_id) VALUES (1, :direction, 'telegram', 'text', :text, "
    "false, :chat, :message)"
)


async def test_existing_rows_are_carried_over_and_back(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        await downgrade(database_url, "0007")
        async with engine.begin() as connection:
            await connection.execute(sa.text(LEAD))
            for direction, text, chat, message in (
                ("from_person", "Доброго дня", 5005, 17),
                ("to_person", "Guten Tag", 0, -4611686018427387904),
            ):
                values = {"direction": direction, "text": text, "chat": chat, "message": message}
                await connection.execute(sa.text(MESSAGE), values)
        await upgrade(database_url)
        found = await listing.page(
            create_sessionmaker(engine), ADMIN, listing.Filters(search="коваленко"), "UTC"
        )
        async with engine.connect() as connection:
            upgraded = (
                await connection.execute(
                    sa.text(
                        "SELECT text, origin, source_chat_id, source_message_id "
                        "FROM messages ORDER BY id"
                    )
                )
            ).all()
        await downgrade(database_url, "0007")
        async with engine.connect() as connection:
            restored = (
                (
                    await connection.execute(
                        sa.text("SELECT source_chat_id FROM messages ORDER BY id")
                    )
                )
                .scalars()
                .all()
            )
    finally:
        await upgrade(database_url)
        await engine.dispose()

    assert [row.name for row in found.rows] == ["Олена КОВАЛЕНКО"]
    assert [tuple(row) for row in upgraded] == [
        ("Доброго дня", "telegram", 5005, 17),
        ("Guten Tag", "inbox", None, None),
    ]
    assert restored == [5005, 0]
