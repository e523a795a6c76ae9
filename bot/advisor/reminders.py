"""Reminders for advisors, measured in working time (Mon-Fri 8-17, office time zone).

Saxony's public holidays (the federal ones, Reformationstag, Buß- und Bettag) are
not working days, like a weekend.

The arithmetic is pure; :func:`check_reminders` is the scheduled job. It only
enqueues outbox rows and audit events in one transaction, so a reminder is
delivered (and retried) like every other notification, and it fires once per
period because the audit event moves the period's start.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db import repository
from db.models import AuditEvent, Lead, as_utc
from db.vocabulary import OPEN_STATUSES

log = logging.getLogger(__name__)

WORK_START = time(8)
WORK_END = time(17)
HOURS_PER_DAY = 9
#: Monday=0 ... Friday=4.
WORKDAYS = frozenset(range(5))
#: Public holidays of Saxony; years are computed on first use.
PUBLIC_HOLIDAYS = holidays.country_holidays("DE", subdiv="SN")

REMINDED_UNCLAIMED = "reminded_unclaimed"
REMINDED_CLAIMED = "reminded_claimed"
RELEASED = "released"
HANDED_OVER = "handed_over"
#: What an advisor does with a lead they have: each starts the claimed lead's period anew
#: (the reminder "still open after 3 working days" came while she wrote with the person).
WORKED_ON = ("relayed_to_person", "reached", "not_reached")
CLAIMED_STATUSES = tuple(status for status in OPEN_STATUSES if status != "new")


def _days(first: date, last: date) -> Iterable[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def _window(day: date, zone: ZoneInfo) -> tuple[datetime, datetime] | None:
    if day.weekday() not in WORKDAYS or day in PUBLIC_HOLIDAYS:
        return None
    return datetime.combine(day, WORK_START, zone), datetime.combine(day, WORK_END, zone)


def at_work(now: datetime, tz: str = "Europe/Berlin") -> bool:
    """True during working time (a notice then reaches advisors at their desks)."""
    zone = ZoneInfo(tz)
    window = _window(now.astimezone(zone).date(), zone)
    return window is not None and window[0] <= now < window[1]


def working_time(start: datetime, end: datetime, tz: str = "Europe/Berlin") -> timedelta:
    """Working time between two aware moments (zero if ``end`` is not later).

    Summed as timedeltas, which are exact (whole microseconds): adding up float
    seconds per day can come out a hair short, and a reminder due exactly at
    :func:`add_working_hours` would then not be due.
    """
    total = timedelta(0)
    if end <= start:
        return total
    zone = ZoneInfo(tz)
    local_start, local_end = start.astimezone(zone), end.astimezone(zone)
    for day in _days(local_start.date(), local_end.date()):
        window = _window(day, zone)
        if window is None:
            continue
        low, high = max(window[0], local_start), min(window[1], local_end)
        if high > low:
            total += high - low
    return total


def add_working_hours(start: datetime, hours: float, tz: str = "Europe/Berlin") -> datetime:
    """The moment (UTC) when ``hours`` of working time have passed since ``start``."""
    zone = ZoneInfo(tz)
    local = start.astimezone(zone)
    remaining = timedelta(hours=hours)
    day = local.date()
    while True:
        window = _window(day, zone)
        if window is not None:
            low = max(window[0], local)
            if window[1] > low:
                available = window[1] - low
                if remaining <= available:
                    # No daylight-saving switch happens between 8 and 17, so wall time is exact.
                    return (low + remaining).astimezone(UTC)
                remaining -= available
        day += timedelta(days=1)


def add_working_days(start: datetime, days: int, tz: str = "Europe/Berlin") -> datetime:
    """The moment (UTC) when ``days`` full working days have passed since ``start``."""
    return add_working_hours(start, days * HOURS_PER_DAY, tz)


def unclaimed_due(anchor: datetime, now: datetime, hours: float, tz: str) -> bool:
    """True when a lead unclaimed since ``anchor`` should be announced again."""
    return working_time(anchor, now, tz) >= timedelta(hours=hours)


def claimed_due(anchor: datetime, now: datetime, days: int, tz: str) -> bool:
    """True when a lead claimed (or last reminded) at ``anchor`` should remind its advisor."""
    return working_time(anchor, now, tz) >= timedelta(hours=days * HOURS_PER_DAY)


async def check_reminders(
    sessionmaker: async_sessionmaker[AsyncSession],
    now: datetime,
    *,
    unclaimed_hours: float,
    claimed_days: int,
    tz: str = "Europe/Berlin",
) -> list[tuple[int, str]]:
    """Enqueue the reminders due at ``now``; returns (lead id, kind) of each."""
    fired: list[tuple[int, str]] = []
    async with sessionmaker() as session, session.begin():
        # Only leads whose message is in a group: there is something to remind of.
        leads = list(
            (
                await session.execute(
                    sa.select(Lead)
                    .where(Lead.status.in_(OPEN_STATUSES), Lead.advisor_message_id.is_not(None))
                    .order_by(Lead.id)
                )
            ).scalars()
        )
        if not leads:
            return fired
        marks = await _last_marks(session, [lead.id for lead in leads])
        for lead in leads:
            mark = marks.get(lead.id, {})
            if lead.status == "new":
                # Given back, or handed over from another office: new again from then.
                given = (mark.get(action, lead.created_at) for action in (RELEASED, HANDED_OVER))
                waiting_since = max(lead.created_at, *given)
                anchor = max(waiting_since, mark.get(REMINDED_UNCLAIMED, lead.created_at))
                if unclaimed_due(anchor, now, unclaimed_hours, tz):
                    fired.append((lead.id, "lead_reminder"))
                    # How long it has waited, as the reminder says it (each said the
                    # first reminder's "4 hours", days later too).
                    waited = working_time(waiting_since, now, tz) / timedelta(hours=1)
                    await _remind(
                        session, lead, "lead_reminder", REMINDED_UNCLAIMED, now, hours=waited
                    )
            elif lead.status in CLAIMED_STATUSES:
                claimed_at = lead.claimed_at or lead.created_at
                anchor = max(
                    claimed_at,
                    *(mark.get(action, claimed_at) for action in (REMINDED_CLAIMED, *WORKED_ON)),
                )
                if claimed_due(anchor, now, claimed_days, tz):
                    fired.append((lead.id, "claim_reminder"))
                    await _remind(session, lead, "claim_reminder", REMINDED_CLAIMED, now)
    if fired:
        log.info("reminders enqueued: %s", ", ".join(f"{kind} #{i}" for i, kind in fired))
    return fired


async def _last_marks(session: AsyncSession, lead_ids: list[int]) -> dict[int, dict[str, datetime]]:
    rows = await session.execute(
        sa.select(AuditEvent.lead_id, AuditEvent.action, sa.func.max(AuditEvent.created_at))
        .where(
            AuditEvent.lead_id.in_(lead_ids),
            AuditEvent.action.in_(
                (RELEASED, HANDED_OVER, REMINDED_UNCLAIMED, REMINDED_CLAIMED, *WORKED_ON)
            ),
        )
        .group_by(AuditEvent.lead_id, AuditEvent.action)
    )
    marks: dict[int, dict[str, datetime]] = {}
    for lead_id, action, at in rows:
        if lead_id is not None:
            # max() over a TypeDecorator column comes back raw on SQLite: normalise it.
            marks.setdefault(lead_id, {})[action] = as_utc(at)
    return marks


async def _remind(
    session: AsyncSession,
    lead: Lead,
    kind: str,
    action: str,
    now: datetime,
    *,
    hours: float | None = None,
) -> None:
    payload = {"hours": round(hours, 2)} if hours is not None else None
    await repository.enqueue(
        session, kind=kind, target="telegram", lead_id=lead.id, payload=payload
    )
    # The audit time is the clock's, so the next period starts here even in tests.
    session.add(AuditEvent(lead_id=lead.id, action=action, created_at=now))
    await session.flush()
