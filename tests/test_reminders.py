"""Reminders: working-time arithmetic (pure) and reminders fired by an advanced clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.advisor.reminders import (
    add_working_days,
    add_working_hours,
    claimed_due,
    unclaimed_due,
    working_time,
)
from db.models import Lead
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
    local = end.astimezone(BERLIN)
    assert local.weekday() < 5 and 8 <= local.hour + local.minute / 60 <= 17


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
