"""Advisors are told two weeks before an open request nobody works on is erased."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import cast
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from bot.advisor import erasure_warning
from bot.advisor.erasure_warning import warn_before_erasure
from bot.ops import jobs
from bot.privacy import retention
from bot.services import BotContext
from db import repository
from db.models import AuditEvent, Lead
from testkit.fake_bot_api import FakeBotAPI
from tests import advisor_desk
from tests.advisor_desk import ANNA, LEIPZIG_GROUP, Desk, add_lead, desk_settings, running_desk

BERLIN = ZoneInfo("Europe/Berlin")


def local(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in Berlin time."""
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


async def _idle_lead(desk: Desk, created: datetime, **fields: object) -> int:
    """A Leipzig lead created at ``created``, its card queued."""
    lead_id = await add_lead(desk.services.sessionmaker, timedelta(0))
    async with desk.services.sessionmaker() as session, session.begin():
        await session.execute(
            sa.update(Lead).where(Lead.id == lead_id).values(created_at=created, **fields)
        )
    return lead_id


async def _announced_lead(desk: Desk, created: datetime, **fields: object) -> int:
    lead_id = await _idle_lead(desk, created, **fields)
    await desk.deliver()
    await desk.fake.wait_sent(LEIPZIG_GROUP, 1)
    return lead_id


def _warning(desk: Desk) -> Callable[[datetime], Awaitable[list[int]]]:
    """One run of the warning at a given moment, with the default 180 days."""

    async def warn(now: datetime) -> list[int]:
        return await warn_before_erasure(
            desk.services.sessionmaker, now, retention_days=180, tz=desk.settings.timezone
        )

    return warn


async def test_the_group_learns_the_night_of_the_erasure_two_weeks_before(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings, fake) as desk:
            sessions = desk.services.sessionmaker
            # Created on Monday 5 January 2026 at 9:00, never claimed, never written to.
            lead_id = await _announced_lead(desk, local(2026, 1, 5, 9))
            warn = _warning(desk)

            assert await warn(local(2026, 6, 19, 10)) == []  # 165 days: not yet
            assert await warn(local(2026, 6, 20, 10)) == []  # 166 days, but a Saturday
            assert await warn(local(2026, 6, 22, 7, 59)) == []  # Monday, before work
            assert await warn(local(2026, 6, 22, 8)) == [lead_id]
            assert await warn(local(2026, 6, 22, 9)) == []  # once
            await desk.deliver()
            notice = await desk.group_says(LEIPZIG_GROUP, 2)
            # The nightly run that erases it is the one the notice names, and not the one before.
            before = await retention.run(sessions, 180, now=local(2026, 7, 3, 3, 30), dry_run=True)
            night = await retention.run(sessions, 180, now=local(2026, 7, 4, 3, 30), dry_run=True)

    announced = fake.sent(LEIPZIG_GROUP)[0]
    assert notice.reply_to_message_id == announced.message_id
    assert f"Bei Anfrage #{lead_id} ist lange nichts geschehen" in notice.plain_text
    assert "Geschieht bis zum 03.07.2026 nichts" in notice.plain_text
    assert "in der Nacht zum 04.07.2026 gelöscht" in notice.plain_text
    assert "Hinweis an" not in notice.plain_text  # nobody has it: the group is told
    assert before.purge.idle == [] and night.purge.idle == [lead_id]


async def test_work_on_the_request_starts_the_wait_for_a_new_notice(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings, fake) as desk:
            sessions = desk.services.sessionmaker
            fake._user(ANNA, first_name="Anna", last_name="Schmidt")
            lead_id = await _announced_lead(
                desk,
                local(2026, 1, 5, 9),
                status="claimed",
                claimed_at=local(2026, 1, 5, 10),
                claimed_by=ANNA,
                claimed_by_name="Anna Schmidt",
            )
            warn = _warning(desk)

            assert await warn(local(2026, 6, 22, 10)) == [lead_id]
            # Anna writes to the person the next day: the lead is worked on again.
            async with sessions() as session, session.begin():
                session.add(
                    AuditEvent(
                        lead_id=lead_id,
                        action="relayed_to_person",
                        created_at=local(2026, 6, 23, 10),
                    )
                )
            assert await warn(local(2026, 7, 1, 10)) == []
            assert await warn(local(2026, 12, 4, 10)) == []  # 164 days after her message
            assert await warn(local(2026, 12, 7, 10)) == [lead_id]  # 166 days, a Monday
            await desk.deliver()
            sent = fake.sent(LEIPZIG_GROUP)
            actions = [e.action for e in await desk.audit(lead_id)]

    first, second = [m for m in sent if "lange nichts geschehen" in m.plain_text]
    assert "Hinweis an Anna Schmidt" in first.plain_text
    assert "in der Nacht zum 04.07.2026" in first.plain_text
    assert "in der Nacht zum 20.12.2026" in second.plain_text
    assert actions.count("warned_idle") == 2


async def test_the_reminder_job_gives_the_notice(database_url: str, tmp_path: Path) -> None:
    # The job that runs every minute (bot.ops.jobs) calls the warning with the bot's clock.
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings, fake) as desk:
            lead_id = await _announced_lead(desk, local(2026, 1, 5, 9))
            desk.services.clock = lambda: local(2026, 6, 22, 10)
            job = SimpleNamespace(services=desk.services, application=desk.app)
            await jobs._reminder_job(cast(BotContext, job))
            notices = [
                row.payload.get("text", "")
                for row in await desk.outbox_rows()
                if row.kind == "group_notice" and row.lead_id == lead_id
            ]

    assert len(notices) == 1 and "in der Nacht zum 04.07.2026" in notices[0]


async def test_a_request_already_overdue_names_the_coming_night(
    database_url: str, tmp_path: Path
) -> None:
    # The bot was stopped over the two weeks (or RETENTION_DAYS was shortened): the notice
    # named a night already past, 04.07.2026, as the one still to come.
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings, fake) as desk:
            lead_id = await _announced_lead(desk, local(2026, 1, 5, 9))
            assert await _warning(desk)(local(2026, 7, 6, 10)) == [lead_id]  # a Monday
            await desk.deliver()
            notice = await desk.group_says(LEIPZIG_GROUP, 2)

    assert "Geschieht bis zum 06.07.2026 nichts" in notice.plain_text
    assert "in der Nacht zum 07.07.2026 gelöscht" in notice.plain_text


async def _reminder_job_at(desk: Desk, now: datetime) -> None:
    """One run of `run`'s reminder job (bot.ops.jobs) with the bot's clock at ``now``."""
    desk.services.clock = lambda: now
    await jobs._reminder_job(
        cast(BotContext, SimpleNamespace(services=desk.services, application=desk.app))
    )


async def test_run_mails_the_notice_to_an_office_with_a_mailbox_and_no_group(
    database_url: str, tmp_path: Path
) -> None:
    # QA: Leipzig has a mailbox for its requests and no Telegram group. Under `python -m
    # bot run` its requests get no card, and the notice waited for one: the office learnt
    # of the erasure from "lange ohne Bearbeitung". `web` alone mailed it; `run` does too.
    async with FakeBotAPI() as fake:
        toml = advisor_desk.offices_toml(
            chats={"dresden": advisor_desk.DRESDEN_GROUP, "chemnitz": None, "leipzig": None},
            notify_email={"leipzig": "leipzig@kausa.example.org"},
        )
        settings = desk_settings(fake, database_url, tmp_path, toml, smtp_host="127.0.0.1")
        async with running_desk(settings, fake) as desk:
            async with desk.services.sessionmaker() as session, session.begin():
                lead = await repository.create_lead(
                    session, **{**advisor_desk.LEAD, "created_at": local(2026, 1, 5, 9)}
                )
            await _reminder_job_at(desk, local(2026, 6, 22, 10))
            rows = [row for row in await desk.outbox_rows() if row.lead_id == lead.id]
            async with desk.services.sessionmaker() as session:
                stored = await session.get(Lead, lead.id)
                assert stored is not None
                night = await erasure_warning.announced_night(session, stored)

    assert [(row.kind, row.target) for row in rows] == [("group_notice", "email")]
    assert rows[0].payload["subject"] == f"KAUSA-Anfrage #{lead.id}: lange ohne Bearbeitung"
    assert "in der Nacht zum 04.07.2026" in rows[0].payload["text"]
    assert night == date(2026, 7, 4)


async def test_a_notice_given_under_web_alone_reaches_the_group_once_run_starts(
    database_url: str, tmp_path: Path
) -> None:
    # QA: the office ran `python -m bot web` alone for a while (its group cards waited for
    # `run`); the notice was recorded for the inbox then. After the switch to `run` the
    # card came, and the group, where the advisors work their requests, never heard of the
    # coming erasure: the notice was given already. It is told now, once.
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings, fake) as desk:
            lead_id = await _idle_lead(desk, local(2026, 1, 5, 9))
            under_web = await warn_before_erasure(
                desk.services.sessionmaker,
                local(2026, 6, 22, 10),
                retention_days=180,
                telegram=False,
            )
            await desk.deliver()  # `run` starts: the card
            [card] = await fake.wait_sent(LEIPZIG_GROUP, 1)
            await _reminder_job_at(desk, local(2026, 6, 22, 11))
            await desk.deliver()
            await _reminder_job_at(desk, local(2026, 6, 23, 10))
            await desk.deliver()
            # The job reminds of the unclaimed request too.
            sent = [m for m in fake.sent(LEIPZIG_GROUP) if "lange nichts" in m.plain_text]

    assert under_web == [lead_id]
    [notice] = sent
    assert notice.reply_to_message_id == card.message_id
    assert f"Bei Anfrage #{lead_id} ist lange nichts geschehen" in notice.plain_text
    assert "in der Nacht zum 04.07.2026 gelöscht" in notice.plain_text
