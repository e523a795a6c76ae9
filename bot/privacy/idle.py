"""Which open requests nobody works on any more: retention for a lead never closed.

Retention ran only from closing (``Lead.closed_at``), so a request no advisor ever
closed kept the person's data without limit. A lead is idle once nothing happened on it
for the retention period; "something happened" is read from what is stored anyway:

- its creation (``Lead.created_at``; answers added to it come within minutes of it,
  bot.dialogue.quota.JOIN_WITHIN, and leave no other trace);
- a message between the person and an advisor in the conversation log (either way;
  advisors' internal notes do not count: the person neither writes nor reads them);
- an audit event of work on it: a status change, a hand-over, a message passed on.

Reading it in the inbox, an export or the bot's reminders are no activity: looking at a
request must not keep its data. ``Lead.updated_at`` is not used: the outbox touches it
when it posts or re-posts a card, which is bookkeeping, not activity.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import AuditEvent, ConversationMessage, Lead, as_utc
from db.vocabulary import OPEN_STATUSES, AuditAction

#: Audit actions that mean someone worked on the request (or the person wrote).
ACTIVITY: tuple[AuditAction, ...] = (
    AuditAction.CLAIMED,
    AuditAction.REACHED,
    AuditAction.NOT_REACHED,
    AuditAction.DONE,
    AuditAction.RELEASED,
    AuditAction.REOPENED,
    AuditAction.HANDED_OVER,
    AuditAction.RELAYED_TO_PERSON,
    AuditAction.RELAYED_FROM_PERSON,
)


def idle_open_leads(cutoff: datetime) -> sa.Select[Lead]:
    """Open leads with personal data on which nothing happened since ``cutoff``."""
    worked = sa.exists().where(
        AuditEvent.lead_id == Lead.id,
        AuditEvent.action.in_(ACTIVITY),
        AuditEvent.created_at >= cutoff,
    )
    talked = sa.exists().where(
        ConversationMessage.lead_id == Lead.id,
        ConversationMessage.internal.is_(False),
        ConversationMessage.created_at >= cutoff,
    )
    return sa.select(Lead).where(
        Lead.status.in_(OPEN_STATUSES),
        Lead.anonymized_at.is_(None),
        Lead.created_at < cutoff,
        ~worked,
        ~talked,
    )


async def last_activity(session: AsyncSession, lead_ids: Sequence[int]) -> dict[int, datetime]:
    """When something last happened on each lead, by the same measure as
    :func:`idle_open_leads`: its creation, a message either way, or work recorded."""
    if not lead_ids:
        return {}
    latest: dict[int, datetime] = {}
    queries = (
        sa.select(Lead.id, Lead.created_at).where(Lead.id.in_(lead_ids)),
        sa.select(AuditEvent.lead_id, sa.func.max(AuditEvent.created_at))
        .where(AuditEvent.lead_id.in_(lead_ids), AuditEvent.action.in_(ACTIVITY))
        .group_by(AuditEvent.lead_id),
        sa.select(ConversationMessage.lead_id, sa.func.max(ConversationMessage.created_at))
        .where(ConversationMessage.lead_id.in_(lead_ids), ConversationMessage.internal.is_(False))
        .group_by(ConversationMessage.lead_id),
    )
    for query in queries:
        for lead_id, at in await session.execute(query):
            if lead_id is None or at is None:
                continue
            at = as_utc(at)
            if lead_id not in latest or at > latest[lead_id]:
                latest[lead_id] = at
    return latest
