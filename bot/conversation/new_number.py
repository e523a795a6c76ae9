"""A person's new phone number, written after their request, becomes the lead's.

"Meine Nummer hat sich geändert", then "0176 …": the card kept the old number, the one an
advisor taps to call. The words that make a number the new one are
bot.dialogue.number_changed's; here the lead takes it, and the group hears of it.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from bot.advisor import claims
from bot.conversation.content import Content
from bot.dialogue.number_changed import new_number
from db import repository
from db.models import AuditEvent, ConversationMessage, Lead
from db.vocabulary import (
    AuditAction,
    MessageDirection,
    MessageKind,
    OutboxKind,
    OutboxTarget,
)


def notice(lead_id: int) -> str:
    """Said in the group under the card (no number: a notice is no copy that /delete
    erases; nor "on the card": an office that keeps personal data out of Telegram shows
    none there). It names its request, as the bot's other notices do: "/lead" replying to
    it, in a group without topics, had nothing to go by."""
    return (
        f"📞 Neue Telefonnummer (Anfrage #{lead_id}): Die Person hat eine neue Nummer "
        "geschrieben; sie ist jetzt bei der Anfrage gespeichert. Bitte die neue Nummer anrufen."
    )


async def take(
    session: AsyncSession, lead: Lead, content: Content, logged_id: int, now: datetime
) -> bool:
    """Store the new number in ``content`` (the person's message ``logged_id``: a text, or
    a contact shared with Telegram's button) as ``lead``'s, refresh its card, tell the
    group and note it in the lead's history (which number was called when); whether it
    was one."""
    text = _number_text(content)
    if not text:
        return False
    before = await session.scalar(
        sa.select(ConversationMessage.text)
        .where(
            ConversationMessage.lead_id == lead.id,
            ConversationMessage.direction == MessageDirection.FROM_PERSON,
            ConversationMessage.id < logged_id,
        )
        .order_by(ConversationMessage.id.desc())
        .limit(1)
    )
    number = new_number(text, before, lead.phone)
    if number is None:
        return False
    lead.phone = number
    # The history says when, not the number: the audit trail keeps no personal data.
    session.add(AuditEvent(lead_id=lead.id, action=AuditAction.PHONE_CHANGED, created_at=now))
    await claims.refresh_card(session, lead.id)
    await repository.enqueue(
        session,
        kind=OutboxKind.GROUP_NOTICE,
        target=OutboxTarget.TELEGRAM,
        lead_id=lead.id,
        payload={"text": notice(lead.id)},
    )
    return True


def _number_text(content: Content) -> str | None:
    """What of ``content`` may give a number: a text; of a contact ("NAME +49…", as
    bot.handlers.conversation writes it), the number alone, as if typed so."""
    if content.kind == MessageKind.TEXT:
        return content.text
    if content.kind == MessageKind.CONTACT and content.text:
        return content.text.rsplit(maxsplit=1)[-1]
    return None
