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

from datetime import datetime

import sqlalchemy as sa

from db.models import AuditEvent, ConversationMessage, Lead
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
