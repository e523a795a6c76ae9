"""The person's data rights: a copy of everything (/mydata), erasure (/delete),
"stop contacting me" (blocking the bot) and retention (purge).

Erasure keeps an anonymous statistics row per lead (flow, office, language,
status, dates and button answers) and removes every personal value: the user
row with their Telegram id, the conversation state, and on each lead the name,
phone, e-mail, Telegram username and every free-text answer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from bot.flows import FLOWS
from bot.flows.answers import answer_text
from bot.flows.contact import CONTACT_QUESTIONS
from bot.i18n import N_, Translator
from db import repository
from db.models import Conversation, Lead, User
from db.vocabulary import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    AuditAction,
    LeadStatus,
    OutboxKind,
    OutboxTarget,
)

ABANDONED_AFTER = timedelta(days=30)

STATUS_TEXTS: dict[str, str] = {
    LeadStatus.NEW: N_("received"),
    LeadStatus.CLAIMED: N_("an advisor is working on it"),
    LeadStatus.REACHED: N_("an advisor is working on it"),
    LeadStatus.NOT_REACHED: N_("an advisor is working on it"),
    LeadStatus.DONE: N_("completed"),
    LeadStatus.WITHDRAWN: N_("withdrawn"),
}

# Lead columns that identify a person; erased on request and after retention.
PERSONAL_LEAD_FIELDS = ("name", "phone", "email", "telegram_username")


def _free_text_keys(answers: dict[str, Any]) -> list[str]:
    return [key for key in answers if key.endswith("_other")]


async def _leads_of(session: AsyncSession, user_id: int) -> list[Lead]:
    rows = await session.execute(sa.select(Lead).where(Lead.user_id == user_id).order_by(Lead.id))
    return list(rows.scalars())


async def collect(session: AsyncSession, user: User) -> dict[str, Any]:
    """Everything stored about one person, ready for JSON."""
    state = await repository.load_state(session, user.id)
    leads = await _leads_of(session, user.id)
    return {
        "profile": {
            "channel": user.channel,
            "id": user.external_id,
            "username": user.username,
            "first_name": user.first_name,
            "language": user.language,
            "stop_contact": user.blocked,
            "created_at": user.created_at.isoformat(),
        },
        "conversation": state or {},
        "leads": [
            {
                "number": lead.id,
                "flow": lead.flow,
                "created_at": lead.created_at.isoformat(),
                "status": lead.status,
                "office": lead.office,
                "postal_code": lead.postal_code,
                "answers": lead.answers,
                "name": lead.name,
                "phone": lead.phone,
                "email": lead.email,
                "contact_via_telegram": lead.contact_via_telegram,
                "telegram_username": lead.telegram_username,
                "preferred_time": lead.preferred_time,
                "callback_language": lead.callback_language,
                "consent": {
                    "version": lead.consent_version,
                    "language": lead.consent_language,
                    "at": lead.consent_at.isoformat() if lead.consent_at else None,
                },
            }
            for lead in leads
        ],
    }


def describe(data: dict[str, Any], t: Translator) -> str:
    """The collected data as readable text in the person's language."""
    _ = t.gettext
    profile = data["profile"]
    lines = [_("This is everything we have stored about you:"), ""]
    lines.append(
        _("Telegram name: {name}").format(
            name=t.isolate(" ".join(v for v in (profile["first_name"], profile["username"]) if v))
        )
    )
    lines.append(_("Language: {language}").format(language=profile["language"] or "–"))
    answers = data["conversation"].get("answers") or {}
    if answers:
        lines.append(_("Answers in the current dialogue: {count}").format(count=len(answers)))
    if not data["leads"]:
        lines += ["", _("You have not sent us a request.")]
    for lead in data["leads"]:
        created = datetime.fromisoformat(lead["created_at"])
        lines += [
            "",
            _("Request {number} of {date}: {status}").format(
                number=t.isolate(str(lead["number"])),
                date=t.date(created.date()),
                status=_(STATUS_TEXTS.get(lead["status"], lead["status"])),
            ),
        ]
        flow = FLOWS.get(lead["flow"])
        merged = dict(lead["answers"])
        merged.update(
            name=lead["name"],
            phone=lead["phone"] or ("tg" if lead["contact_via_telegram"] else None),
            email=lead["email"] or "skip",
            time=lead["preferred_time"],
            callback_lang=lead["callback_language"],
            plz=lead["postal_code"],
        )
        questions = (*(flow.questions if flow else ()), *CONTACT_QUESTIONS)
        for question in questions:
            if merged.get(question.key) is not None:
                lines.append(f"{_(question.label)}: {answer_text(question, merged, t)}")
    lines += ["", _("You can delete all of this with /delete.")]
    return "\n".join(lines)


def as_json(data: dict[str, Any]) -> bytes:
    """The collected data as a JSON file."""
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def anonymize(lead: Lead, now: datetime) -> None:
    """Remove every personal value from a lead, keeping its statistics."""
    for column in PERSONAL_LEAD_FIELDS:
        setattr(lead, column, None)
    lead.answers = {k: v for k, v in lead.answers.items() if k not in _free_text_keys(lead.answers)}
    lead.user_id = None
    lead.anonymized_at = now


async def erase(session: AsyncSession, user: User, now: datetime) -> list[int]:
    """Erase one person; returns the numbers of their open leads, now withdrawn."""
    withdrawn = []
    for lead in await _leads_of(session, user.id):
        if lead.status in OPEN_STATUSES:
            lead.status = LeadStatus.WITHDRAWN
            lead.closed_at = now
            withdrawn.append(lead.id)
            # The advisor message of an open lead is edited to say the person withdrew.
            await repository.enqueue(
                session,
                kind=OutboxKind.LEAD_WITHDRAWN,
                target=OutboxTarget.TELEGRAM,
                lead_id=lead.id,
            )
        anonymize(lead, now)
        await repository.audit(session, action=AuditAction.ERASED, lead_id=lead.id)
    await session.delete(user)
    await session.flush()
    return withdrawn


async def stop_contact(session: AsyncSession, user: User, *, stop: bool = True) -> None:
    """The person blocked the bot: never write to them again unless they return."""
    user.blocked = stop
    await session.flush()


@dataclass
class PurgeReport:
    """What a retention run removed (or would remove, on a dry run)."""

    leads: list[int] = field(default_factory=list)
    conversations: int = 0
    users: int = 0


async def purge(
    session: AsyncSession, now: datetime, retention_days: int, *, dry_run: bool = False
) -> PurgeReport:
    """Remove personal data that is no longer needed."""
    report = PurgeReport()
    cutoff = now - timedelta(days=retention_days)
    due = await session.execute(
        sa.select(Lead).where(
            Lead.status.in_(CLOSED_STATUSES),
            Lead.closed_at < cutoff,
            Lead.anonymized_at.is_(None),
        )
    )
    for lead in due.scalars():
        report.leads.append(lead.id)
        if not dry_run:
            anonymize(lead, now)
            await repository.audit(session, action=AuditAction.PURGED, lead_id=lead.id)
    stale = await session.execute(
        sa.select(Conversation).where(Conversation.updated_at < now - ABANDONED_AFTER)
    )
    for conversation in stale.scalars():
        report.conversations += 1
        if not dry_run:
            await session.delete(conversation)
    # People with nothing left to follow up: no conversation and no open lead.
    idle = await session.execute(
        sa.select(User).where(
            User.updated_at < now - ABANDONED_AFTER,
            ~sa.exists().where(
                Conversation.user_id == User.id,
                Conversation.updated_at >= now - ABANDONED_AFTER,
            ),
            ~sa.exists().where(Lead.user_id == User.id, Lead.status.in_(OPEN_STATUSES)),
        )
    )
    for user in idle.scalars():
        report.users += 1
        if not dry_run:
            # Their closed leads keep their own retention; only the link to the person goes.
            await session.delete(user)
    await session.flush()
    return report
