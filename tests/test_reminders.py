"""Reminders: working-time arithmetic (pure) and reminders fired by an advanced clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.advisor.reminders import (
    PUBLIC_HOLIDAYS,
    add_working_days,
    add_working_hours,
    check_reminders,
    claimed_due,
    unclaimed_due,
    working_time,
)
from bot.advisor.view import claimed_reminder, unclaimed_reminder
from db.models import AuditEvent, Lead
from testkit.fake_bot_api import FakeBotAPI
from tests.advisor_desk import (
    ANNA,
    LEIPZIG_GROUP,
    add_lead,
    desk_settings,
    running_desk,
)

BERLIN = ZoneInfo("Europe/Berlin")
TZ = "Europe/Berlin"


def berlin(day: int, hour: int, minute: int = 0, month: int = 1) -> datetime:
    """A moment in January 2026 (the 5th is a Monday), Berlin time."""
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN)


def local(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in Berlin time."""
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


HOUR = timedelta(hours=1)


def test_working_time_counts_only_monday_to_friday_8_to_17() -> None:
    assert working_time(berlin(5, 10), berlin(5, 12), TZ) == 2 * HOUR
    assert working_time(berlin(5, 6), berlin(5, 8, 30), TZ) == 0.5 * HOUR
    assert working_time(berlin(5, 16, 30), berlin(5, 20), TZ) == 0.5 * HOUR
    assert working_time(berlin(9, 16), berlin(12, 9), TZ) == 2 * HOUR  # Fri -> Mon
    assert working_time(berlin(10, 9), berlin(11, 18), TZ) == timedelta(0)  # a weekend
    assert working_time(berlin(5, 8), berlin(12, 8), TZ) == 5 * 9 * HOUR  # a week
    assert working_time(berlin(5, 12), berlin(5, 10), TZ) == timedelta(0)  # backwards


def test_adding_working_time_skips_nights_and_weekends() -> None:
    assert add_working_hours(berlin(5, 10), 4, TZ) == berlin(5, 14)
    assert add_working_hours(berlin(9, 15), 4, TZ) == berlin(12, 10)  # Fri 15:00 -> Mon 10:00
    assert add_working_hours(berlin(10, 12), 4, TZ) == berlin(12, 12)  # Saturday
    assert add_working_hours(berlin(5, 18), 1, TZ) == berlin(6, 9)  # after hours
    assert add_working_hours(berlin(5, 6), 0.5, TZ) == berlin(5, 8, 30)  # before hours
    assert add_working_days(berlin(5, 10), 3, TZ) == berlin(8, 10)  # Mon -> Thu
    assert add_working_days(berlin(8, 10), 3, TZ) == berlin(13, 10)  # Thu -> Tue


def test_daylight_saving_time_changes_nothing_at_work() -> None:
    # Clocks go forward on Sunday, 29 March 2026.
    friday = datetime(2026, 3, 27, 16, tzinfo=BERLIN)
    assert add_working_hours(friday, 2, TZ) == datetime(2026, 3, 30, 7, tzinfo=UTC)
    assert working_time(friday, datetime(2026, 3, 30, 9, tzinfo=BERLIN), TZ) == 2 * HOUR


def test_due_checks() -> None:
    created = berlin(9, 15)  # Friday afternoon
    assert not unclaimed_due(created, berlin(12, 9, 59), 4, TZ)
    assert unclaimed_due(created, berlin(12, 10), 4, TZ)
    assert not claimed_due(berlin(5, 10), berlin(8, 9, 59), 3, TZ)
    assert claimed_due(berlin(5, 10), berlin(8, 10), 3, TZ)


def test_saxon_public_holidays_are_not_working_days() -> None:
    # Reformationstag, Friday 31 October 2025: Thursday 16:00 to Monday 9:00 is two hours.
    assert working_time(local(2025, 10, 30, 16), local(2025, 11, 3, 9), TZ) == 2 * HOUR
    # Buß- und Bettag, Wednesday 18 November 2026: Tuesday 16:00 plus two hours is Thursday.
    assert add_working_hours(local(2026, 11, 17, 16), 2, TZ) == local(2026, 11, 19, 9)
    # Tag der Deutschen Einheit, Friday 3 October 2025: no working time at all.
    assert working_time(local(2025, 10, 3, 0), local(2025, 10, 4, 0), TZ) == timedelta(0)
    # Good Friday and Easter Monday 2026: Thursday 2 April 16:00 plus two hours is Tuesday.
    assert add_working_hours(local(2026, 4, 2, 16), 2, TZ) == local(2026, 4, 7, 9)
    # Christmas 2025 (Thursday and Friday): Christmas Eve is a working day, the 25th/26th not.
    assert add_working_days(local(2025, 12, 23, 10), 3, TZ) == local(2025, 12, 30, 10)
    assert working_time(local(2025, 12, 24, 8), local(2025, 12, 29, 8), TZ) == 9 * HOUR


def test_no_reminder_is_due_on_a_public_holiday() -> None:
    # Unclaimed since Tuesday 17 November 2026, 15:00; four working hours end on Thursday.
    created = local(2026, 11, 17, 15)
    assert not unclaimed_due(created, local(2026, 11, 18, 17), 4, TZ)  # Buß- und Bettag
    assert not unclaimed_due(created, local(2026, 11, 19, 9, 59), 4, TZ)
    assert unclaimed_due(created, local(2026, 11, 19, 10), 4, TZ)
    # Claimed on Wednesday 29 October 2025: Reformationstag does not count as a day.
    claimed = local(2025, 10, 29, 10)
    assert not claimed_due(claimed, local(2025, 11, 3, 10), 3, TZ)
    assert not claimed_due(claimed, local(2025, 11, 4, 9, 59), 3, TZ)
    assert claimed_due(claimed, local(2025, 11, 4, 10), 3, TZ)
    # Claimed on Thursday 2 October 2025, the day before Tag der Deutschen Einheit.
    assert not claimed_due(local(2025, 10, 2, 10), local(2025, 10, 7, 17), 3, TZ)
    assert claimed_due(local(2025, 10, 2, 10), local(2025, 10, 8, 10), 3, TZ)


async def test_stored_leads_are_not_reminded_over_a_holiday(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    unclaimed = await add_lead(sessionmaker, timedelta(0))
    claimed = await add_lead(sessionmaker, timedelta(0))
    async with sessionmaker() as session, session.begin():
        # Both announced in their group (there is a message to remind of).
        await session.execute(sa.update(Lead).values(advisor_message_id=1))
        await session.execute(
            sa.update(Lead).where(Lead.id == unclaimed).values(created_at=local(2026, 11, 17, 15))
        )
        await session.execute(
            sa.update(Lead)
            .where(Lead.id == claimed)
            .values(status="claimed", claimed_at=local(2026, 11, 16, 12))
        )

    async def remind(now: datetime) -> list[tuple[int, str]]:
        return await check_reminders(sessionmaker, now, unclaimed_hours=4, claimed_days=3, tz=TZ)

    # Buß- und Bettag, Wednesday 18 November 2026: nothing is due all day.
    assert await remind(local(2026, 11, 18, 23, 59)) == []
    assert await remind(local(2026, 11, 19, 9, 59)) == []
    assert await remind(local(2026, 11, 19, 10)) == [(unclaimed, "lead_reminder")]
    # Claimed Monday 12:00: Tuesday, Thursday and Friday until 12:00 are its three days
    # (the unclaimed lead, meanwhile, is announced again for its next period).
    assert await remind(local(2026, 11, 20, 11, 59)) == [(unclaimed, "lead_reminder")]
    assert await remind(local(2026, 11, 20, 12)) == [(claimed, "claim_reminder")]


async def test_an_advisor_writing_with_the_person_is_not_reminded_meanwhile(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    # "Still open after 3 working days" came while Anna wrote with the person every day.
    claimed = await add_lead(sessionmaker, timedelta(0))
    async with sessionmaker() as session, session.begin():
        await session.execute(
            sa.update(Lead).values(
                advisor_message_id=1, status="claimed", claimed_at=berlin(5, 9), claimed_by=ANNA
            )
        )
        session.add(
            AuditEvent(lead_id=claimed, action="relayed_to_person", created_at=berlin(7, 9))
        )

    async def remind(now: datetime) -> list[tuple[int, str]]:
        return await check_reminders(sessionmaker, now, unclaimed_hours=4, claimed_days=3, tz=TZ)

    # Three working days after the claim (Thursday 9:00) she wrote the day before yesterday:
    # three working days after that message (Monday 9:00) the reminder comes.
    assert await remind(berlin(8, 9)) == []
    assert await remind(berlin(12, 8, 59)) == []
    assert await remind(berlin(12, 9)) == [(claimed, "claim_reminder")]


@settings(max_examples=200, deadline=None)
@given(
    start=st.datetimes(
        min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)
    ),
    minutes=st.integers(min_value=1, max_value=60 * 9 * 15),
)
def test_adding_and_measuring_agree(start: datetime, minutes: int) -> None:
    end = add_working_hours(start, minutes / 60, TZ)
    assert abs(working_time(start, end, TZ).total_seconds() - minutes * 60) < 1e-6
    moment = end.astimezone(BERLIN)
    assert moment.weekday() < 5 and 8 <= moment.hour + moment.minute / 60 <= 17
    assert moment.date() not in PUBLIC_HOLIDAYS


def test_a_reminder_is_due_exactly_when_its_working_time_has_passed() -> None:
    # Summed as float seconds per day this came to 97199.99999999999 s, short of 3 days.
    claimed = datetime(2026, 11, 25, 14, 28, 56, 992315, tzinfo=UTC)
    due = add_working_days(claimed, 3, TZ)
    assert claimed_due(claimed, due, 3, TZ)
    assert not claimed_due(claimed, due - timedelta(microseconds=1), 3, TZ)


@settings(max_examples=300, deadline=None)
@given(
    start=st.datetimes(
        min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)
    ),
    days=st.integers(min_value=1, max_value=10),
    minutes=st.integers(min_value=1, max_value=60 * 9 * 5),
)
def test_due_checks_agree_with_adding(start: datetime, days: int, minutes: int) -> None:
    claim_due = add_working_days(start, days, TZ)
    assert claimed_due(start, claim_due, days, TZ)
    assert not claimed_due(start, claim_due - timedelta(microseconds=1), days, TZ)
    hours = minutes / 60
    unclaim_due = add_working_hours(start, hours, TZ)
    assert unclaimed_due(start, unclaim_due, hours, TZ)
    assert not unclaimed_due(start, unclaim_due - timedelta(microseconds=1), hours, TZ)


async def test_reminders_fire_by_an_advanced_clock(database_url: str, tmp_path: Path) -> None:
    async with FakeBotAPI() as fake:
        settings_ = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings_, fake) as desk:
            lead_id = await add_lead(desk.services.sessionmaker, timedelta(0))
            async with desk.services.sessionmaker() as session, session.begin():
                await session.execute(
                    sa.update(Lead).where(Lead.id == lead_id).values(created_at=berlin(5, 9))
                )
            await desk.deliver()
            [announced] = await fake.wait_sent(LEIPZIG_GROUP, 1)

            # Unclaimed: 4 working hours after Monday 9:00, once per period.
            assert await desk.remind(berlin(5, 12, 59)) == []
            assert await desk.remind(berlin(5, 13)) == [(lead_id, "lead_reminder")]
            assert await desk.remind(berlin(5, 16, 59)) == []
            await desk.deliver()
            reminder = await desk.group_says(LEIPZIG_GROUP, 2)
            assert reminder.reply_to_message_id == announced.message_id
            assert "Erinnerung" in reminder.plain_text and f"#{lead_id}" in reminder.plain_text
            assert "4 Arbeitsstunden" in reminder.plain_text
            assert reminder.button_texts == ["🙋 Übernehmen"]
            assert await desk.remind(berlin(5, 17)) == [(lead_id, "lead_reminder")]

            # Claiming from the reminder updates the lead message; the queued reminder is void.
            fake._user(ANNA, first_name="Anna", last_name="Schmidt")
            await desk.press(LEIPZIG_GROUP, ANNA, reminder, "Übernehmen")
            claimed = await desk.group_says(LEIPZIG_GROUP, 3)
            assert claimed.message_id == announced.message_id
            assert "übernommen von Anna Schmidt" in claimed.plain_text
            await fake.wait_for(
                lambda: (
                    "reply_markup" not in (fake.message(LEIPZIG_GROUP, reminder.message_id) or {})
                )
            )
            report = await desk.deliver()
            assert len(report.cancelled) == 1  # the second unclaimed reminder

            # Claimed but not done: 3 working days after the claim, the advisor is reminded.
            lead = await desk.lead(lead_id)
            assert lead.claimed_at is not None
            due = add_working_days(lead.claimed_at, 3, TZ)
            assert await desk.remind(due - timedelta(minutes=1)) == []
            assert await desk.remind(due) == [(lead_id, "claim_reminder")]
            assert await desk.remind(due) == []
            await desk.deliver()
            nudge = await desk.group_says(LEIPZIG_GROUP, 4)
            actions = [e.action for e in await desk.audit(lead_id)]

    assert nudge.reply_to_message_id == announced.message_id
    assert "Erinnerung an Anna Schmidt" in nudge.plain_text
    assert "seit über 3 Arbeitstagen" in nudge.plain_text
    assert actions.count("reminded_unclaimed") == 2 and actions.count("reminded_claimed") == 1


async def test_a_later_reminder_says_how_long_the_request_has_waited(
    database_url: str, tmp_path: Path
) -> None:
    # QA, 2026-12-04: every reminder said "seit über 4 Arbeitsstunden", on Wednesday too.
    async with FakeBotAPI() as fake:
        settings_ = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings_, fake) as desk:
            lead_id = await add_lead(desk.services.sessionmaker, timedelta(0))
            async with desk.services.sessionmaker() as session, session.begin():
                await session.execute(
                    sa.update(Lead).where(Lead.id == lead_id).values(created_at=berlin(5, 9))
                )
            await desk.deliver()
            await fake.wait_sent(LEIPZIG_GROUP, 1)
            assert await desk.remind(berlin(5, 13)) == [(lead_id, "lead_reminder")]
            await desk.deliver()
            first = await desk.group_says(LEIPZIG_GROUP, 2)
            assert await desk.remind(berlin(7, 13, 5)) == [(lead_id, "lead_reminder")]
            await desk.deliver()
            later = await desk.group_says(LEIPZIG_GROUP, 3)
    assert "seit über 4 Arbeitsstunden" in first.plain_text
    assert "seit über 2 Arbeitstagen" in later.plain_text


def test_one_day_or_hour_is_said_in_the_dative() -> None:
    # QA, 2026-12-04: "seit über 1 Arbeitstag", "seit über 1 Arbeitsstunde".
    lead = Lead(id=7, claimed_by_name="Anna", status="claimed")
    assert "seit über einer Arbeitsstunde nicht" in unclaimed_reminder(lead, 1.5, 8).text
    assert "seit über 3 Arbeitsstunden nicht" in unclaimed_reminder(lead, 3.2, 8).text
    assert "seit über einem Arbeitstag nicht" in unclaimed_reminder(lead, 9, 8).text
    assert "seit über einem Arbeitstag in Bearbeitung" in claimed_reminder(lead, 1)
    assert "seit über 2 Arbeitstagen in Bearbeitung" in claimed_reminder(lead, 2)


def test_the_claimed_reminder_mentions_the_advisor_on_telegram() -> None:
    # A group message alone is easily missed: the mention makes Telegram notify her.
    on_telegram = Lead(id=7, claimed_by=7001, claimed_by_name="Anna <A>", status="claimed")
    in_the_inbox = Lead(id=8, claimed_by=-3, claimed_by_name="Carla", status="claimed")
    assert 'an <a href="tg://user?id=7001">Anna &lt;A&gt;</a>:' in claimed_reminder(on_telegram, 2)
    assert "an Carla:" in claimed_reminder(in_the_inbox, 2)
    assert "tg://" not in claimed_reminder(in_the_inbox, 2)
