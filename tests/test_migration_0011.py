"""Migration 0011 on existing data: each advisor-chat copy's yes/no "medium" becomes its
kind (text, media, document, other), and the way back restores the yes/no."""

from __future__ import annotations

import sqlalchemy as sa

from db.migrate import downgrade, upgrade
from db.session import create_engine

LEAD = (
    "INSERT INTO leads (id, flow, answers, office, language, channel, name, status) "
    "VALUES (1, 'business', '{}', 'leipzig', 'de', 'telegram', 'Ayşe', 'new')"
)
#: The person's messages as logged, with where the bot copied them in the group.
MESSAGE = (
    "INSERT INTO messages (lead_id, direction, channel, kind, text, internal, "
    "copy_chat_id, copy_message_id) VALUES (1, 'from_person', 'telegram', :kind, NULL, "
    "false, -100, :copy)"
)
COPY = (
    "INSERT INTO group_copies (lead_id, chat_id, message_id, medium) "
    "VALUES (1, -100, :message, :medium)"
)
SELECT = "SELECT message_id, {column} FROM group_copies ORDER BY message_id"


async def test_copies_get_their_kind_and_lose_it_again(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        await downgrade(database_url, "0010")
        async with engine.begin() as connection:
            await connection.execute(sa.text(LEAD))
            for kind, copy in (("photo", 11), ("voice", 12), ("document", 13), ("video", 14)):
                await connection.execute(sa.text(MESSAGE), {"kind": kind, "copy": copy})
            # 10: a card or /lead answer; 11-14: the person's media copied; 15: an /export.
            for message in range(10, 16):
                values = {"message": message, "medium": message != 10}
                await connection.execute(sa.text(COPY), values)
        await upgrade(database_url)
        async with engine.connect() as connection:
            upgraded = (await connection.execute(sa.text(SELECT.format(column="kind")))).all()
        await downgrade(database_url, "0010")
        async with engine.connect() as connection:
            restored = (await connection.execute(sa.text(SELECT.format(column="medium")))).all()
    finally:
        await upgrade(database_url)
        await engine.dispose()

    assert [tuple(row) for row in upgraded] == [
        (10, "text"),
        (11, "media"),
        (12, "other"),
        (13, "document"),
        (14, "media"),
        (15, "document"),
    ]
    assert [(message, bool(medium)) for message, medium in restored] == [
        (10, False),
        (11, True),
        (12, True),
        (13, True),
        (14, True),
        (15, True),
    ]
