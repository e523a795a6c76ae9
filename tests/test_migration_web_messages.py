"""Migration 0008: the web chat's own table of advisors' messages moves into the
conversation log, and back on a downgrade (SQLite, or TEST_DATABASE_URL)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from db import repository
from db.migrate import downgrade, upgrade
from db.session import create_engine
from tests.stored_users import NOW, stored_user

Sessions = async_sessionmaker[AsyncSession]

ADVISOR_TEXT = "Guten Tag, ich rufe Sie morgen an."
CLAIM_TEXT = "Good news: Anna from KAUSA has taken on your request."


async def web_messages(engine: AsyncEngine) -> list[tuple[int | None, str]]:
    async with engine.connect() as connection:
        rows = await connection.execute(
            sa.text("SELECT outbox_id, text FROM web_messages ORDER BY id")
        )
        return [(row.outbox_id, row.text) for row in rows]


async def log(database_url: str) -> list[sa.Row[Any]]:
    # Plain SQL: the model has columns of later revisions (messages.origin, 0009). An
    # engine of its own: asyncpg's cached plan of "SELECT *" is invalid once a migration
    # changed the table.
    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            rows = await connection.execute(sa.text("SELECT * FROM messages ORDER BY id"))
            return list(rows.all())
    finally:
        await engine.dispose()


async def test_web_messages_move_into_the_log_and_back(
    database_url: str, db_engine: AsyncEngine, sessionmaker: Sessions
) -> None:
    await downgrade(database_url, "0007")
    try:
        # As the web chat stored them before 0008: an advisor's message logged and copied
        # (with its introduction) into web_messages, a claim notice only there.
        async with sessionmaker() as session, session.begin():
            user = await stored_user(session, "web", "f" * 64)
            # Plain SQL: the models have columns of later revisions (leads.name_key, 0009).
            lead_id = await session.scalar(
                sa.text(
                    "INSERT INTO leads (flow, answers, office, language, channel, user_id, "
                    "name, email, status) VALUES ('business', '{\"sector\": \"gastro\"}', "
                    "'leipzig', 'en', 'web', :user, 'Ayşe Yılmaz', 'ayse@example.org', "
                    "'new') RETURNING id"
                ),
                {"user": user.id},
            )
            logged_id = await session.scalar(
                sa.text(
                    "INSERT INTO messages (lead_id, direction, channel, kind, text, "
                    "internal, advisor_id, advisor_name, source_chat_id, "
                    "source_message_id, created_at) VALUES (:lead, 'to_person', "
                    "'telegram', 'text', :text, false, 7001, 'Anna Schmidt', "
                    "-1001000000003, 42, :at) RETURNING id"
                ),
                {"lead": lead_id, "text": ADVISOR_TEXT, "at": NOW},
            )
            relay = await repository.enqueue(
                session,
                kind="message_to_person",
                target="web",
                payload={"message": logged_id, "name": "Anna"},
                lead_id=lead_id,
            )
            claim = await repository.enqueue(
                session,
                kind="person_claimed",
                target="web",
                payload={"name": "Anna"},
                lead_id=lead_id,
            )
            copies = [
                (relay.id, lead_id, f"Message from Anna, KAUSA Leipzig:\n{ADVISOR_TEXT}"),
                (claim.id, lead_id, CLAIM_TEXT),
                (None, None, "of a deleted lead"),
            ]
            for outbox_id, copy_lead, text in copies:
                await session.execute(
                    sa.text(
                        "INSERT INTO web_messages (user_id, lead_id, outbox_id, text, created_at)"
                        " VALUES (:user, :lead, :outbox, :text, :at)"
                    ),
                    {
                        "user": user.id,
                        "lead": copy_lead,
                        "outbox": outbox_id,
                        "text": text,
                        "at": NOW,
                    },
                )
            ids = (logged_id, claim.id)

        await upgrade(database_url)
        after = await log(database_url)
        async with db_engine.connect() as connection:
            tables = await connection.run_sync(lambda c: sa.inspect(c).get_table_names())

        await downgrade(database_url, "0007")
        restored = await web_messages(db_engine)
        kept = await log(database_url)
    finally:
        await upgrade(database_url)

    assert "web_messages" not in tables
    # The advisor's message is the log's own row, now delivered; the claim a new log row.
    assert [
        (m.id == ids[0], m.direction, m.channel, m.text, m.delivered_at is not None) for m in after
    ] == [
        (True, "to_person", "web", ADVISOR_TEXT, True),
        (False, "to_person", "web", CLAIM_TEXT, True),
    ]
    # The claim keeps its outbox row's id, so a retried delivery logs it once (0009).
    assert (after[1].origin, after[1].source_chat_id, after[1].source_message_id) == (
        "notice",
        None,
        ids[1],
    )
    # Back: web_messages holds what the chat shows; the log keeps only its own messages.
    assert restored == [(None, ADVISOR_TEXT), (ids[1], CLAIM_TEXT)]
    assert [m.text for m in kept] == [ADVISOR_TEXT]
