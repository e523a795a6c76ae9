"""Advisors are told before an open request is erased for lack of work.

An open lead on which nothing happened for RETENTION_DAYS is erased (bot.privacy.idle),
as the privacy notice tells the person. Reminders do not count as work, so a claimed
lead can be reminded of every few days and still be erased: an advisor who meant to
call back next week must learn of it before, not find "lange ohne Bearbeitung" instead
of the person's number. :data:`AHEAD` before, once per idle spell, its group is told the
day, during working time so that the notice reaches someone at a desk.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.advisor import reminders, view
from bot.advisor.roster import Advisors
from bot.privacy import idle
from bot.privacy import retention as retention_run
from db import repository
from db.models import AuditEvent, Lead, as_utc
from db.vocabulary import OPEN_STATUSES, AuditAction, OutboxKind, OutboxTarget

log = logging.getLogger(__name__)

#: How long before the erasure the group is told: two weeks leave room for a holiday.
AHEAD = timedelta(days=14)


async def warn_before_erasure(
    sessionmaker: async_sessionmaker[AsyncSession],
    now: datetime,
    *,
    retention_days: int,
    tz: str = "Europe/Berlin",
    telegram: bool = True,
    advisors: Advisors | None = None,
    smtp: bool = False,
) -> list[int]:
    """Queue a notice for each lead that will be erased within :data:`AHEAD` unless
    someone works on it, once; returns their ids.

    ``telegram`` False (`python -m bot web` alone): there is no group, and its leads have
    no card; the notice is recorded for the web inbox's list and lead page, for every
    such lead, and nothing is queued for Telegram. So it is under `run` for an office of
    ``advisors`` without a group. With ``smtp`` (SMTP is configured) the mailbox of such
    an office is told too, with a link to the lead's page in the web inbox."""
    if not reminders.at_work(now, tz):
        return []
    retention = timedelta(days=retention_days)
    # Idle for all but AHEAD of the retention period (never for less than half of it).
    since = now - max(retention - AHEAD, retention / 2)
    warned = sa.exists().where(
        AuditEvent.lead_id == Lead.id,
        AuditEvent.action == AuditAction.WARNED_IDLE,
        # A notice from before ``since`` belongs to an earlier idle spell (nothing
        # happened since then, or the lead would not be idle).
        AuditEvent.created_at >= since,
    )
    query = idle.idle_open_leads(since).where(~warned).order_by(Lead.id)
    groupless = _groupless(advisors) if telegram else None
    mailed = _mailed(advisors) if smtp else set()
    if groupless is not None:
        # Told under its card: a lead whose card is still to come is told once it is there.
        # An office without a group has no cards: its leads were never told.
        query = query.where(
            sa.or_(Lead.advisor_message_id.is_not(None), Lead.office.in_(groupless))
        )
    async with sessionmaker() as session, session.begin():
        leads = list((await session.execute(query)).scalars())
        last = await idle.last_activity(session, [lead.id for lead in leads])
        for lead in leads:
            due = last.get(lead.id, lead.created_at) + retention
            night = retention_run.removed_at(due, tz, now=now).date()
            in_group = groupless is not None and lead.office not in groupless
            if in_group:
                await _tell_group(session, lead, night, retention_days)
            # The mailbox stands in for a group the office lacks (under `web`, every one).
            if lead.office in mailed and not in_group:
                link = advisors.inbox_link(lead.id) if advisors is not None else None
                subject, body = view.erasure_warning_mail(lead, night, retention_days, link)
                await repository.enqueue(
                    session,
                    kind=OutboxKind.GROUP_NOTICE,
                    target=OutboxTarget.EMAIL,
                    lead_id=lead.id,
                    payload={"text": body, "subject": subject},
                )
            # The night is kept for the web inbox's lead page (:func:`announced_night`);
            # whether the group heard it, for :func:`_tell_groups_late`.
            session.add(
                AuditEvent(
                    lead_id=lead.id,
                    action=AuditAction.WARNED_IDLE,
                    created_at=now,
                    detail={"night": night.isoformat(), _GROUP: in_group},
                )
            )
        late = []
        if groupless is not None:
            late = await _tell_groups_late(session, since, groupless, retention_days)
    ids = sorted({lead.id for lead in leads} | set(late))
    if ids:
        log.info("erasure announced for idle lead(s) %s", ", ".join(f"#{i}" for i in ids))
    return ids


#: The notice's audit detail: whether the lead's group was told (False: the web inbox and
#: the mailbox only, `python -m bot web` running alone). Older notices lack it: `run`'s
#: told the group, and `web`'s cannot be told apart from them, so none is repeated.
_GROUP = "group"


async def _tell_group(session: AsyncSession, lead: Lead, night: date, retention_days: int) -> None:
    """Queue the notice that ``lead`` is erased in ``night`` under its card in its group."""
    await repository.enqueue(
        session,
        kind=OutboxKind.GROUP_NOTICE,
        target=OutboxTarget.TELEGRAM,
        lead_id=lead.id,
        payload={"text": view.erasure_warning(lead, night, retention_days)},
    )


async def _tell_groups_late(
    session: AsyncSession, since: datetime, groupless: Collection[str], retention_days: int
) -> list[int]:
    """Tell the groups of the leads still idle since ``since`` whose notice went to the
    web inbox only (`web` ran alone; their cards came with `run`): the advisors work in
    the group and would never hear of it. The night is the one the inbox shows; the
    mailbox, told then, is not told again. Their ids."""
    in_spell = (AuditEvent.action == AuditAction.WARNED_IDLE, AuditEvent.created_at >= since)
    query = idle.idle_open_leads(since).where(
        Lead.advisor_message_id.is_not(None),
        Lead.office.not_in(groupless),
        sa.exists().where(AuditEvent.lead_id == Lead.id, *in_spell),
    )
    leads = {lead.id: lead for lead in (await session.execute(query)).scalars()}
    notices: dict[int, list[AuditEvent]] = {}
    spell = await session.scalars(
        sa.select(AuditEvent)
        .where(AuditEvent.lead_id.in_(leads), *in_spell)
        .order_by(AuditEvent.created_at, AuditEvent.id)
    )
    for notice in spell:
        notices.setdefault(notice.lead_id or 0, []).append(notice)
    told = []
    for lead_id, given in sorted(notices.items()):
        details = [notice.detail or {} for notice in given]
        if any(detail.get(_GROUP, True) for detail in details):
            continue
        night = date.fromisoformat(details[-1]["night"])
        await _tell_group(session, leads[lead_id], night, retention_days)
        given[-1].detail = {**details[-1], _GROUP: True}
        told.append(lead_id)
    return told


def _groupless(advisors: Advisors | None) -> set[str]:
    """The offices of ``advisors`` that have no Telegram group (None: all have one)."""
    if advisors is None:
        return set()
    return {key for key in advisors.offices if advisors.chat_for(key) is None}


def _mailed(advisors: Advisors | None) -> set[str]:
    """The offices of ``advisors`` with a mailbox for their requests."""
    if advisors is None:
        return set()
    return {key for key, office in advisors.offices.items() if office.notify_email}


async def standing(session: AsyncSession, lead_ids: Sequence[int]) -> dict[int, AuditEvent]:
    """The last erasure notice of each of ``lead_ids`` that still holds: nothing happened
    on the lead after it, by the measure the erasure itself uses (idle.last_activity).

    The one rule for the web inbox's list and lead page: each had its own, and for work
    at the notice's own time the page still showed the notice the list no longer did.
    Work then came after the notice (a lead worked on at that time is not warned)."""
    if not lead_ids:
        return {}
    rows = await session.execute(
        sa.select(AuditEvent)
        .where(AuditEvent.lead_id.in_(lead_ids), AuditEvent.action == AuditAction.WARNED_IDLE)
        .order_by(AuditEvent.created_at, AuditEvent.id)
    )
    last_notice = {event.lead_id: event for event in rows.scalars() if event.lead_id is not None}
    last = await idle.last_activity(session, list(last_notice))
    return {
        lead_id: notice
        for lead_id, notice in last_notice.items()
        if lead_id not in last or as_utc(notice.created_at) > last[lead_id]
    }


async def announced(session: AsyncSession, lead_ids: Sequence[int]) -> set[int]:
    """Which of ``lead_ids`` (open leads) their group was told will be erased for lack of
    work, with nothing happened since: the web inbox's list marks them."""
    return set(await standing(session, lead_ids))


async def announced_night(session: AsyncSession, lead: Lead) -> date | None:
    """The night ``lead`` will be erased in, as its group was told, while that still
    holds (:func:`standing`): the web inbox's lead page says it."""
    if lead.status not in OPEN_STATUSES or lead.anonymized_at is not None:
        return None
    notice = (await standing(session, [lead.id])).get(lead.id)
    night = (notice.detail or {}).get("night") if notice is not None else None
    return None if night is None else date.fromisoformat(str(night))
