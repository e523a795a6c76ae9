"""A departed advisor's account and the requests it still holds: they are not left claimed
by an id nobody can act for once the account is deleted (``advisors delete``), and are
named when it is disabled (``advisors disable``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from bot.advisor import claims
from bot.advisor.work import audit
from db.models import Lead
from db.vocabulary import WORKING_STATUSES, AuditAction


async def held_open(session: AsyncSession, actor_id: int) -> list[Lead]:
    """The open requests claimed by the advisor with ``actor_id`` (the id their actions
    are recorded under), oldest first, locked for the change."""
    query = (
        sa.select(Lead)
        .where(Lead.claimed_by == actor_id, Lead.status.in_(WORKING_STATUSES))
        .order_by(Lead.id)
        .with_for_update()
    )
    return list((await session.scalars(query)).all())


def numbers(lead_ids: Sequence[int]) -> str:
    """``#12, #15``: the requests as the advisors name them."""
    return ", ".join(f"#{lead_id}" for lead_id in lead_ids)


def still_held(login: str, lead_ids: Sequence[int]) -> str:
    """Why ``advisors delete`` does not delete an account holding open requests, and the
    two ways to hand them back."""
    count = len(lead_ids)
    requests = "1 open request" if count == 1 else f"{count} open requests"
    them = "it" if count == 1 else "them"
    each = "on it" if count == 1 else "on each"
    return (
        f"the account {login!r} still holds {requests} ({numbers(lead_ids)}): nobody "
        f"could act for it once deleted. `advisors delete {login} --hand-back` gives {them} "
        f"back to their office, new for anyone to take; or a colleague taps "
        f"'Zurück an Team' {each}, in the group or the inbox"
    )


def held_when_disabled(login: str, lead_ids: Sequence[int]) -> str:
    """What ``advisors disable`` adds for an account still holding open requests: which,
    and how they are handed back (the account disabled, nobody acts for them)."""
    them, each = ("it", "on it") if len(lead_ids) == 1 else ("them", "on each")
    return (
        f"still holds {numbers(lead_ids)}: hand {them} back with 'Zurück an Team' {each}, "
        f"in the group or the inbox, or with `advisors delete {login} --hand-back` (which "
        "deletes the account)"
    )


async def hand_back(
    session: AsyncSession, leads: Sequence[Lead], now: datetime, *, login: str, by: str | None
) -> None:
    """Give ``leads`` back to their office, as "Zurück an Team" does: new for anyone to
    take, recorded under who ran the command, the group's cards and open inbox pages
    brought up to date."""
    for lead in leads:
        claims.give_back(lead)
        audit(session, lead.id, AuditAction.RELEASED, now, detail={"account": login}, by=by)
        claims.changed(session, lead)
        await claims.refresh_card(session, lead.id)
