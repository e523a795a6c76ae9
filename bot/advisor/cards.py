"""Which card a lead gets in its advisor group: the full one, or one without personal data.

``NOTIFY_PERSONAL_DATA`` (per office in the offices file) decides. Every place that
writes a lead into a group (the announcement, its edits, /lead, a relayed answer)
asks here, so none of them can put into Telegram what a minimal office keeps out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.advisor import reports, view, wording
from bot.advisor.roster import Advisors
from bot.conversation import log as conversation_log
from bot.dialogue.state import Screen
from db.models import AuditEvent, ConversationMessage, Lead


def lead_card(
    lead: Lead,
    advisors: Advisors,
    *,
    phone_links: bool = True,
    limit: int = wording.MAX_MESSAGE,
    texts: Sequence[str] = (),
) -> Screen:
    """The lead's group message as its office wants it, with the buttons.

    ``texts`` (the person's latest messages) only reach a full card.
    """
    office, tz = advisors.office_name(lead.office), advisors.timezone
    if advisors.minimal(lead.office):
        return view.minimal_lead_message(lead, office, tz, advisors.inbox_link(lead.id))
    return view.lead_message(lead, office, tz, phone_links=phone_links, limit=limit, texts=texts)


def lead_detail(
    lead: Lead,
    advisors: Advisors,
    history: Sequence[AuditEvent],
    messages: Sequence[ConversationMessage],
) -> str:
    """/lead N: the card, the history and (for a full office) the conversation."""
    # Room for history and conversation: a long lead message gives up answers, not these.
    card = lead_card(lead, advisors, limit=wording.MAX_MESSAGE - 1500)
    if advisors.minimal(lead.office):
        return reports.lead_detail(card.text, history, advisors.timezone)
    transcript = [conversation_log.entry(row) for row in messages]
    person = lead.name or "Person"
    return reports.lead_detail(card.text, history, advisors.timezone, transcript, person)


def person_answer_card(lead: Lead, text: str, fallback_name: str | None, advisors: Advisors) -> str:
    """The person's reply in the group: in full, or only that there is one."""
    if advisors.minimal(lead.office):
        return view.person_answer_notice(lead, advisors.inbox_link(lead.id))
    return view.person_answer(lead, text, fallback_name)


def list_rows(rows: Sequence[reports.LeadRow], advisors: Advisors) -> list[reports.LeadRow]:
    """/leads rows, without the names of minimal offices' leads."""
    return [replace(row, name=None) if advisors.minimal(row.office) else row for row in rows]
