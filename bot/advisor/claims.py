"""Who has a lead: one rule for the group's buttons, the inbox, and an advisor's first reply."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from bot.advisor import replies
from db import news, repository
from db.models import AuditEvent, ConversationMessage, Lead
from db.vocabulary import AuditAction, LeadStatus, MessageDirection, OutboxKind, OutboxTarget


def take(lead: Lead, advisor_id: int, name: str, now: datetime) -> None:
    """``lead`` is the advisor's from ``now``: claimed, and open again if it was done."""
    lead.status = LeadStatus.CLAIMED
    lead.claimed_by = advisor_id
    lead.claimed_by_name = name[:128]
    lead.claimed_at = now
    lead.closed_at = None


def give_back(lead: Lead) -> None:
    """``lead`` is the team's again: new, for anyone to take (its attempts stay counted)."""
    lead.status = LeadStatus.NEW
    lead.claimed_by = None
    lead.claimed_by_name = None
    lead.claimed_at = None


def changed(session: AsyncSession, lead: Lead) -> None:
    """Tell the open inbox pages, once committed, that ``lead`` changed: a colleague's page
    still showed "neu", or the name and number of a person who had just withdrawn."""
    news.note(session, news.News(lead.id, lead.office, changed=True))


async def refresh_card(
    session: AsyncSession, lead_id: int, *, topic_open: bool | None = None
) -> None:
    """Let the outbox bring the lead's group card up to date (who has it now); and close
    (``topic_open`` False) or open its topic, as "Erledigt" and "Wieder öffnen" in the
    group do."""
    payload = {"topic_open": topic_open} if topic_open is not None else None
    await repository.enqueue(
        session,
        kind=OutboxKind.LEAD_REFRESH,
        target=OutboxTarget.TELEGRAM,
        lead_id=lead_id,
        payload=payload,
    )


#: A second "Nicht erreicht" of the same advisor within this is the same tap again: a call
#: that nobody answers takes longer than that.
SAME_ATTEMPT = timedelta(seconds=60)


async def just_not_reached(
    session: AsyncSession, lead_id: int, actor_id: int, now: datetime
) -> bool:
    """Whether this advisor noted "not reached" for ``lead_id`` in the last minute (a
    double tap counted two attempts, on the card and in the give-back notice)."""
    query = (
        sa.select(AuditEvent.id)
        .where(
            AuditEvent.lead_id == lead_id,
            AuditEvent.actor_id == actor_id,
            AuditEvent.action == AuditAction.NOT_REACHED,
            AuditEvent.created_at > now - SAME_ATTEMPT,
        )
        .limit(1)
    )
    return (await session.execute(query)).first() is not None


async def last_status_by(
    session: AsyncSession, lead_id: int, action: AuditAction
) -> tuple[int | None, str | None] | None:
    """Who last gave ``lead_id`` the status of ``action`` (id and name), by the audit trail."""
    query = (
        sa.select(AuditEvent.actor_id, AuditEvent.actor_name)
        .where(AuditEvent.lead_id == lead_id, AuditEvent.action == action)
        .order_by(AuditEvent.id.desc())
        .limit(1)
    )
    row = (await session.execute(query)).one_or_none()
    return (row.actor_id, row.actor_name) if row is not None else None


async def last_taken_by(session: AsyncSession, lead_id: int) -> int | None:
    """The advisor who took ``lead_id`` last, by the audit trail (None: nobody yet)."""
    query = (
        sa.select(AuditEvent.actor_id)
        .where(AuditEvent.lead_id == lead_id, AuditEvent.action == AuditAction.CLAIMED)
        .order_by(AuditEvent.id.desc())
        .limit(1)
    )
    return (await session.execute(query)).scalar_one_or_none()


async def hand_overs(session: AsyncSession, lead_id: int) -> list[dict[str, Any]]:
    """The details of ``lead_id``'s hand-overs (bot.advisor.handover), by the audit: the
    offices from and to, and the first office's chat and topic where it had one."""
    rows = await session.execute(
        sa.select(AuditEvent.detail).where(
            AuditEvent.lead_id == lead_id, AuditEvent.action == AuditAction.HANDED_OVER
        )
    )
    return [detail for (detail,) in rows if detail]


async def handed_over_from(session: AsyncSession, lead_id: int) -> set[str]:
    """The offices ``lead_id`` was handed over from."""
    return {str(d["from"]) for d in await hand_overs(session, lead_id) if d.get("from")}


#: An erasure, and the same done again after a restore (bot.privacy.restored), which names
#: the advisor of one made at the person's request as "" (unnamed) and the id.
_ERASURES = (AuditAction.ERASED, AuditAction.ERASURE_REAPPLIED)


def erased_on_request(history: Sequence[AuditEvent]) -> bool:
    """Whether an advisor erased the person's data at their request (the audit names
    them; the person's own /delete leaves it without a name): the person did not withdraw
    the request themselves, as the card, the inbox and the "Nicht weitergegeben" said."""
    return any(e.action in _ERASURES and e.actor_name is not None for e in history)


async def was_erased_on_request(session: AsyncSession, lead_id: int) -> bool:
    """:func:`erased_on_request` for ``lead_id``, read from its audit."""
    named = sa.and_(AuditEvent.action.in_(_ERASURES), AuditEvent.actor_name.is_not(None))
    erased = sa.exists().where(AuditEvent.lead_id == lead_id, named)
    return bool(await session.scalar(sa.select(erased)))


@dataclass(frozen=True)
class CameFrom:
    """The latest hand-over of a lead: the office it came from (its key), and the reason
    the advisor gave ("": none), for the card of the office it went to."""

    office: str
    reason: str
    #: The offices it was with before ``office``, first first (a lead handed over twice,
    #: Leipzig → Dresden → Chemnitz: ("leipzig",)); each once.
    earlier: tuple[str, ...] = ()


async def came_from(session: AsyncSession, lead_id: int) -> CameFrom | None:
    """Where ``lead_id`` was last handed over from, and why; None if it never was. Every
    drawing of the card reads it (a redraw dropped the line the new card began with)."""
    moves = (
        await session.execute(
            sa.select(AuditEvent.created_at, AuditEvent.detail)
            .where(AuditEvent.lead_id == lead_id, AuditEvent.action == AuditAction.HANDED_OVER)
            .order_by(AuditEvent.id)
        )
    ).all()
    moved = moves[-1] if moves else None
    office = str((moved.detail or {}).get("from") or "") if moved is not None else ""
    if moved is None or not office:
        return None
    # Where it was before: the card named the last office alone, as if the lead began there.
    before = [str((m.detail or {}).get("from") or "") for m in moves[:-1]]
    earlier = tuple(dict.fromkeys(o for o in before if o and o != office))
    # The reason is kept as a note, logged with the hand-over at its moment
    # (replies.handover_note).
    note = await session.scalar(
        sa.select(ConversationMessage.text)
        .where(
            ConversationMessage.lead_id == lead_id,
            ConversationMessage.direction == MessageDirection.NOTE,
            ConversationMessage.created_at >= moved.created_at,
            ConversationMessage.text.startswith(replies.HANDOVER_NOTE_START, autoescape=True),
        )
        .order_by(ConversationMessage.id.desc())
        .limit(1)
    )
    reason = note.split(": ", 1)[1] if note and ": " in note else ""
    return CameFrom(office, reason, earlier)
