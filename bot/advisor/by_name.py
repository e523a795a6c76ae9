"""A request looked up in a group by the person's name ("/lead Mehmet"): a caller gives
their name, rarely the request's number. The inbox's name search (bot.desk.search), over
the group's offices and every status (a caller may be about a closed request too)."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from bot.advisor import reports
from bot.advisor.work import Sessions
from bot.desk.search import name_contains
from db.models import Lead
from db.vocabulary import OPEN_STATUSES

#: Requests listed at most: more means the name was too short to pick a person out.
LIMIT = 10
#: Signs around a name as it is typed ("„Mehmet“", "Mehmet?"): no part of any name.
_AROUND = ",.;:!?\"'„“”‚‘’()[]"


def searched(words: Sequence[str]) -> str:
    """The name in the words after /lead, without the signs around its words."""
    return " ".join(word.strip(_AROUND) for word in words if word.strip(_AROUND))


async def leads_named(
    sessionmaker: Sessions, offices: Sequence[str], name: str, limit: int = LIMIT
) -> list[reports.LeadRow]:
    """The requests of ``offices`` whose name contains each word of ``name``: the open
    ones first, as the inbox lists them, oldest first; ``limit`` + 1 at most, so that the
    answer can say there are more."""
    closed = sa.case((Lead.status.in_(OPEN_STATUSES), 0), else_=1)
    query = (
        sa.select(Lead)
        .where(Lead.office.in_(offices), name_contains(name))
        .order_by(closed, Lead.created_at, Lead.id)
        .limit(limit + 1)
    )
    async with sessionmaker() as session:
        leads = (await session.execute(query)).scalars()
        return [reports.LeadRow.of(lead) for lead in leads]
