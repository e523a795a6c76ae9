"""Migration 0019 on existing data: the bot's open questions about held messages may be
asked outside a topic (a group without topics); those stored in topics stay as they are,
and the way back forgets the ones without a topic."""

from __future__ import annotations

import sqlalchemy as sa

from db.migrate import downgrade, upgrade
from db.session import create_engine

LEIPZIG = -1001000000003

#: Lead #1 as revision 0018 stored it, in its topic 10 of Leipzig's chat, with the bot's
#: question about Anna's held message there.
ROWS = (
    "INSERT INTO leads (id, flow, answers, office, language, channel, name, name_key, "
    "status, advisor_message_chat_id, advisor_message_id, topic_id) VALUES "
    f"(1, 'business', '{{}}', 'leipzig', 'de', 'telegram', 'Ayşe', 'ayse', 'new', "
    f"{LEIPZIG}, 11, 10)",
    "INSERT INTO held_questions (id, lead_id, chat_id, thread_id, question_id, held_id, "
    f"asked_of) VALUES (1, 1, {LEIPZIG}, 10, 101, 100, 7001)",
)
#: The question asked in a group without topics, as revision 0019 stores it.
WITHOUT_TOPIC = (
    "INSERT INTO held_questions (id, lead_id, chat_id, thread_id, question_id, held_id, "
    f"asked_of) VALUES (2, 1, {LEIPZIG}, NULL, 201, 200, 7001)"
)
QUESTIONS = "SELECT id, thread_id, question_id, held_id, asked_of FROM held_questions ORDER BY id"


async def test_questions_may_be_asked_outside_a_topic_and_the_way_back_forgets_them(
    database_url: str,
) -> None:
    engine = create_engine(database_url)
    try:
        await downgrade(database_url, "0018")
        async with engine.begin() as connection:
            for row in ROWS:
                await connection.execute(sa.text(row))
        await upgrade(database_url)
        async with engine.begin() as connection:
            await connection.execute(sa.text(WITHOUT_TOPIC))
            upgraded = [tuple(row) for row in await connection.execute(sa.text(QUESTIONS))]
        await downgrade(database_url, "0018")
        async with engine.connect() as connection:
            downgraded = [tuple(row) for row in await connection.execute(sa.text(QUESTIONS))]
    finally:
        await upgrade(database_url)
        await engine.dispose()

    assert upgraded == [(1, 10, 101, 100, 7001), (2, None, 201, 200, 7001)]
    assert downgraded == [(1, 10, 101, 100, 7001)]
