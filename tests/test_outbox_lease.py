"""The outbox lease: no notification is worked by two workers, and none is stranded."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import timedelta
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.advisor import view
from bot.outbox import lease, worker
from db.models import OutboxMessage, utcnow
from db.session import create_engine, create_sessionmaker
from testkit.fake_bot_api import FakeBotAPI
from tests.advisor_desk import (
    CHEMNITZ_GROUP,
    LEIPZIG_GROUP,
    add_lead,
    desk_settings,
    offices_toml,
    running_desk,
)

CARDS = 40


async def test_two_workers_on_a_backlog_send_every_card_once(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            ids = [
                await add_lead(desk.services.sessionmaker, timedelta(minutes=CARDS - n))
                for n in range(CARDS)
            ]
            # A second worker with its own connection and name, as a second process has.
            engine = create_engine(database_url)
            other = dataclasses.replace(desk.outbox, worker=lease.worker_name())
            other.lock = asyncio.Lock()
            now = utcnow()
            try:
                mine, theirs = await asyncio.gather(
                    desk.deliver(now),
                    worker.deliver_due(create_sessionmaker(engine), desk.app.bot, now, other),
                )
            finally:
                await engine.dispose()
            rows = await desk.outbox_rows()

    assert sorted(mine.sent + theirs.sent) == [row.id for row in rows]
    cards = [m.text.split("\n")[0] for m in fake.sent(LEIPZIG_GROUP)]
    assert sorted(cards) == sorted(
        f"📨 <b>Anfrage #{i}</b> – Betrieb möchte ausbilden" for i in ids
    )
    assert len(cards) == CARDS
    assert not any("Erneut gesendet" in m.text for m in fake.sent(LEIPZIG_GROUP))
    assert {(r.status, r.claimed_by, r.claimed_until) for r in rows} == {("sent", None, None)}


async def claim_for(sessionmaker: async_sessionmaker[AsyncSession], row_id: int, name: str) -> None:
    async with sessionmaker() as session, session.begin():
        assert await lease.claim(session, row_id, name, utcnow()) is not None


async def test_a_claimed_row_waits_for_its_worker_and_is_freed_at_the_next_start(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings, fake) as desk:
            sessionmaker = desk.services.sessionmaker
            await add_lead(sessionmaker, timedelta(minutes=5))
            [row] = await desk.outbox_rows()
            # A worker that was killed after claiming the row, before it sent it.
            await claim_for(sessionmaker, row.id, "dead-host:4242:0badc0de")
            now = utcnow()
            report = await desk.deliver(now)
            [claimed] = await desk.outbox_rows()
            assert report.waiting == [row.id] and report.sent == []
            assert fake.sent(LEIPZIG_GROUP) == []
            assert claimed.status == "pending" and claimed.claimed_by == "dead-host:4242:0badc0de"

            # Once its claim has run out, any worker may take it.
            later = await desk.deliver(now + lease.LEASE + timedelta(seconds=1))
            assert later.sent == [row.id]
            assert len(fake.sent(LEIPZIG_GROUP)) == 1

            await add_lead(sessionmaker, timedelta(minutes=1))
            second = (await desk.outbox_rows())[-1]
            await claim_for(sessionmaker, second.id, "dead-host:4242:0badc0de")

        # A new process, alone on the database (instance lock), frees the dead worker's claims.
        async with running_desk(settings, fake, jobs=True) as desk:

            async def all_sent() -> list[OutboxMessage] | None:
                rows = await desk.outbox_rows()
                return rows if all(r.status == "sent" for r in rows) else None

            rows = await fake.wait_for(all_sent, timeout=15, message="the second card")
    assert [(r.status, r.claimed_by) for r in rows] == [("sent", None), ("sent", None)]
    # The dead worker may have sent both before it died: each card says it may be a repeat.
    assert all(m.text.startswith(view.RESENT) for m in fake.sent(LEIPZIG_GROUP))


async def test_a_card_whose_first_attempt_ended_cleanly_does_not_say_resent(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            await add_lead(desk.services.sessionmaker, timedelta(minutes=5))
            fake.fail_next("sendMessage", 500)  # recorded as a retry: the claim is released
            now = utcnow()
            await desk.deliver(now)
            await desk.deliver(now + timedelta(minutes=1))
    [card] = fake.sent(LEIPZIG_GROUP)
    assert "Anfrage #1" in card.text and "Erneut gesendet" not in card.text


async def test_a_sent_card_stays_recorded_when_the_next_row_has_to_wait(
    database_url: str, tmp_path: Path
) -> None:
    # A sent row's outcome is written in the transaction that claims the next row; when
    # that transaction is rolled back (the next lead's office has no advisor group yet),
    # the outcome must still be stored, or the card would go out a second time.
    chats = {"dresden": None, "chemnitz": CHEMNITZ_GROUP, "leipzig": LEIPZIG_GROUP}
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path, toml=offices_toml(chats=chats))
        async with running_desk(settings, fake) as desk:
            sessionmaker = desk.services.sessionmaker
            leipzig = await add_lead(sessionmaker, timedelta(minutes=3))
            await add_lead(sessionmaker, timedelta(minutes=2), office="dresden")
            first = await desk.deliver()
            again = await desk.deliver()
            card, waiting = await desk.outbox_rows()
            lead = await desk.lead(leipzig)

    assert first.sent == [card.id] and first.waiting == [waiting.id]
    assert again.sent == [] and again.waiting == [waiting.id]
    assert (card.status, card.claimed_by, card.sent_at is not None) == ("sent", None, True)
    assert waiting.status == "pending"
    [sent] = fake.sent(LEIPZIG_GROUP)
    assert f"Anfrage #{leipzig}" in sent.text
    assert (lead.advisor_message_chat_id, lead.advisor_message_id) == (
        LEIPZIG_GROUP,
        sent.message_id,
    )
