"""An advisor erases a person's data at their request: a call, a letter, a parent of a
minor, someone without Telegram at hand. Exactly what the person's own /delete erases
(bot.privacy.rights.erase, the one erasure), reached from one of their leads that the
advisor's place may act on (:class:`bot.advisor.work.Access`); the audit names the
advisor. The inbox (bot.desk.pages) and the group's /loeschen (bot.handlers.advisor) ask
first, as /delete does; the group's question carries the buttons made here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from bot.advisor.work import Access, Actor, Sessions, allowed
from bot.dialogue.state import Button, Screen
from bot.privacy import rights
from bot.validation import record_id
from db.models import Lead, User

#: The buttons of the group's question: ``erase:<yes|no>:<lead>``.
PREFIX = "erase"
YES, NO = "yes", "no"
LABELS = {YES: "🗑 Ja, endgültig löschen", NO: "✖️ Abbrechen"}


def question_buttons(lead_id: int) -> Screen:
    """The buttons under the group's question whether to erase ``lead_id``'s person."""
    return Screen(
        "", (tuple(Button(LABELS[choice], f"{PREFIX}:{choice}:{lead_id}") for choice in LABELS),)
    )


def parse(data: str) -> tuple[str, int] | None:
    """(yes or no, lead id) of a question's button, or None if the data is not one."""
    parts = data.split(":")
    if len(parts) != 3 or parts[0] != PREFIX or parts[1] not in LABELS:
        return None
    lead_id = record_id(parts[2])
    return None if lead_id is None else (parts[1], lead_id)


@dataclass(frozen=True)
class Reach:
    """What an erasure from ``lead`` would erase: the requests of its person (numbers and
    offices only, another office's included: /delete erases them all)."""

    lead: Lead
    requests: tuple[tuple[int, str | None], ...]


async def reach(
    sessionmaker: Sessions, access: Access, *, lead_id: int, actor: Actor, now: datetime
) -> Reach | None:
    """The erasure's reach from ``lead_id``, if ``access`` lets ``actor`` at the lead (a
    refusal audited where the place asks); nothing is changed."""
    async with sessionmaker() as session, session.begin():
        lead = await session.get(Lead, lead_id)
        if lead is None or await allowed(session, access, lead, actor, now) is not None:
            return None
        requests = await rights.requests_of(session, lead)
        return Reach(lead, tuple((each.id, each.office) for each in requests))


class Erased(NamedTuple):
    """What an erasure did: the numbers of the requests erased (none: erased already, a
    second click), and whose they were by channel and id (None: a lead without its
    person), for the dialogue to forget what it holds of them in memory."""

    numbers: tuple[int, ...]
    person: tuple[str, str] | None


async def erase(
    sessionmaker: Sessions,
    access: Access,
    *,
    lead_id: int,
    actor: Actor,
    now: datetime,
    via: str,
) -> Erased | None:
    """Erase the person of ``lead_id`` as their /delete would; None when ``access``
    refuses."""
    async with sessionmaker() as session, session.begin():
        lead = await session.get(Lead, lead_id, with_for_update=True)
        if lead is None or await allowed(session, access, lead, actor, now) is not None:
            return None
        user = await session.get(User, lead.user_id) if lead.user_id is not None else None
        person = (user.channel, user.external_id) if user is not None else None
        by = rights.OnRequest(actor.id, actor.name, via)
        erased = await rights.erase_person_of(session, lead, now, by)
        return Erased(tuple(each.id for each in erased), person)
