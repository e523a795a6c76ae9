"""An advisor erases a person's data at their request: a call, a letter, a parent of a
minor, someone without Telegram at hand. Exactly what the person's own /delete erases
(bot.privacy.rights.erase, the one erasure), reached from one of their leads that the
advisor's place may act on (:class:`bot.advisor.work.Access`); the audit names the
advisor. The inbox (bot.desk.pages) asks first, as /delete does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.advisor.work import Access, Actor, Sessions, allowed
from bot.privacy import rights
from db.models import Lead


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


async def erase(
    sessionmaker: Sessions,
    access: Access,
    *,
    lead_id: int,
    actor: Actor,
    now: datetime,
    via: str,
) -> tuple[int, ...] | None:
    """Erase the person of ``lead_id`` as their /delete would; the numbers of the requests
    erased (none: erased already, a second click), or None when ``access`` refuses."""
    async with sessionmaker() as session, session.begin():
        lead = await session.get(Lead, lead_id, with_for_update=True)
        if lead is None or await allowed(session, access, lead, actor, now) is not None:
            return None
        by = rights.OnRequest(actor.id, actor.name, via)
        erased = await rights.erase_person_of(session, lead, now, by)
        return tuple(each.id for each in erased)
