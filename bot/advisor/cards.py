"""Which card a lead gets in its advisor group: the full one, or one without personal data.

``NOTIFY_PERSONAL_DATA`` (per office in the offices file) decides. Every place that
writes a lead into a group (the announcement, its edits, /lead, a relayed answer)
asks here, so none of them can put into Telegram what a minimal office keeps out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.advisor import claims, reports, view, wording
from bot.advisor.claims import CameFrom
from bot.advisor.roster import Advisors
from bot.dialogue.state import Screen
from db.models import AuditEvent, ConversationMessage, Lead
from db.vocabulary import MessageDirection


def lead_card(
    lead: Lead,
    advisors: Advisors,
    *,
    phone_links: bool = True,
    limit: int = wording.MAX_MESSAGE,
    texts: Sequence[str] = (),
    came_from: CameFrom | None = None,
    erased_on_request: bool = False,
) -> Screen:
    """The lead's group message as its office wants it, with the buttons.

    ``texts`` (the person's latest messages) only reach a full card; so does the reason
    of ``came_from`` (the hand-over that brought the lead: it may name data).
    ``erased_on_request``: an advisor erased the person's data at their request
    (bot.advisor.claims.erased_on_request), which the erased card says.
    """
    office, tz = advisors.office_name(lead.office), advisors.timezone
    minimal = advisors.minimal(lead.office)
    top = ""
    if came_from is not None:
        cities = advisors.cities()
        city = cities.get(came_from.office, came_from.office)
        earlier = [cities.get(office, office) for office in came_from.earlier]
        top = view.handed_over_from(city, "" if minimal else came_from.reason, earlier)
    if minimal:
        link = advisors.inbox_link(lead.id)
        return view.minimal_lead_message(
            lead, office, tz, link, top=top, erased_on_request=erased_on_request
        )
    return view.lead_message(
        lead,
        office,
        tz,
        phone_links=phone_links,
        limit=limit,
        texts=texts,
        top=top,
        erased_on_request=erased_on_request,
    )


def lead_detail(
    lead: Lead,
    advisors: Advisors,
    history: Sequence[AuditEvent],
    messages: Sequence[ConversationMessage],
    came_from: CameFrom | None = None,
) -> str:
    """/lead N: the card as the group sees it (with where it ``came_from``), the history,
    and how many messages.

    No more personal data than the card: a full office's card shows the person's latest
    texts, the whole conversation is read in the lead's topic or the web inbox.
    """
    texts = [
        row.text for row in messages if row.direction == MessageDirection.FROM_PERSON and row.text
    ][-3:]
    on_request = claims.erased_on_request(history)
    card = lead_card(lead, advisors, texts=texts, came_from=came_from, erased_on_request=on_request)
    count = sum(1 for row in messages if row.direction != MessageDirection.NOTE)
    return reports.lead_detail(
        card.text,
        history,
        advisors.timezone,
        count,
        came_from_groups=_group_before(lead, advisors, came_from),
    )


def _group_before(lead: Lead, advisors: Advisors, came_from: CameFrom | None) -> list[str]:
    """The cities of the offices whose groups a handed-over lead's conversation stayed in
    (its topic and replies until each hand-over), first first; none where they all share
    this group."""
    if came_from is None:
        return []
    here = advisors.chat_for(lead.office)
    offices = [*came_from.earlier, came_from.office]
    cities = advisors.cities()
    return [cities.get(office, office) for office in offices if advisors.chat_for(office) != here]


def person_answer_card(
    lead: Lead,
    text: str,
    fallback_name: str | None,
    advisors: Advisors,
    *,
    correction: bool = False,
) -> str:
    """The person's reply (or ``correction`` of one) in the group: in full, or only that
    there is one."""
    if advisors.minimal(lead.office):
        return view.person_answer_notice(lead, advisors.inbox_link(lead.id))
    return view.person_answer(lead, text, fallback_name, correction=correction)


def list_rows(rows: Sequence[reports.LeadRow], advisors: Advisors) -> list[reports.LeadRow]:
    """/leads rows, without the names of minimal offices' leads."""
    return [replace(row, name=None) if advisors.minimal(row.office) else row for row in rows]
