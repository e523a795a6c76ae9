"""An advisor sets a request's phone number ("/nummer 12 0176 12345678"): the person gave
a new one in a call ("meine Nummer stimmt nicht mehr"), and a note with it left the card
with the old number, the one tapped to call, and "/lead 0176 …" found nothing. The number
is read as the person's own input is (bot.validation.parse_phone); the change is audited
with the advisor, and the card is redrawn. A note with a number only offers the command:
it stays a note (a colleague's number, a parent's, a fax)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Literal

from bot.advisor import claims, replies, work
from bot.advisor.by_name import phone_written
from bot.validation import display_phone, parse_phone
from db.models import Lead
from db.vocabulary import AuditAction, LeadStatus

#: What became of "/nummer N …": "set", "same" (the request has it already), "invalid"
#: (no valid number), "gone" (its personal data erased, or withdrawn), or the group's
#: refusal's text.
Result = Literal["set", "same", "invalid", "gone"] | str


def in_note(note: str, stored: str | None) -> str | None:
    """The phone number (E.164) a note holds ("neue Nummer: +49 176 12345678", "Tel 0176
    12345678"), unless it is the one the request has; None without exactly one."""
    number = parse_phone(note)
    return number if number is not None and number != stored else None


def command_to_copy(lead_id: int, number: str) -> str:
    """The command that makes ``number`` the request's, as an advisor copies it."""
    return f"/nummer {lead_id} {display_phone(number)}"


def typed_number(words: str) -> str | None:
    """The number "/nummer 12 …" was given, in E.164, or None: read as the person's input
    is ("0176 12345678", "+49 176 1234 5678"); words after it ("0176 … (mobil)") let be."""
    written = phone_written(words.split())
    return parse_phone(written if written is not None else words)


async def set_phone(
    sessionmaker: work.Sessions,
    access: work.Access,
    *,
    lead_id: int,
    number: str,
    actor: work.Actor,
    now: datetime,
) -> Result:
    """Make ``number`` (E.164) the phone number of ``lead_id``, audited with ``actor``
    (the history says when and who, not the number: the audit trail keeps no personal
    data), the card redrawn through the outbox."""
    async with sessionmaker() as session, session.begin():
        lead = await session.get(Lead, lead_id, with_for_update=True)
        refused = await work.allowed(session, access, lead, actor, now)
        if refused is not None or lead is None:
            return refused or replies.NOT_IN_THIS_GROUP
        if lead.anonymized_at is not None or lead.status == LeadStatus.WITHDRAWN:
            return "gone"
        if lead.phone == number:
            return "same"
        lead.phone = number
        work.audit(session, lead.id, AuditAction.PHONE_SET, now, actor)
        await claims.refresh_card(session, lead.id)
    return "set"


async def offer(
    sessionmaker: work.Sessions, lead_id: int, note: str, minimal: Callable[[str], bool]
) -> str | None:
    """The answer under a note of ``lead_id`` that holds a phone number other than the
    request's: the command that makes it the request's, to copy; None for any other. An
    office that keeps personal data out of Telegram (``minimal``) gets it without the
    number: the bot writes none there."""
    if parse_phone(note) is None:
        return None
    async with sessionmaker() as session:
        lead = await session.get(Lead, lead_id)
    if lead is None or lead.anonymized_at is not None:
        return None
    number = in_note(note, lead.phone)
    if number is None:
        return None
    shown = (
        f"/nummer {lead_id} TELEFON"
        if minimal(lead.office or "")
        else command_to_copy(lead_id, number)
    )
    return replies.phone_in_note(shown)
