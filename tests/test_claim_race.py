"""Two advisors at the same moment: one presses "Übernehmen", the other answers the person
(whose first answer takes a new lead on). One of them has the lead, not both."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.advisor import claims
from bot.conversation import log as conversation_log
from db.models import AuditEvent, Lead, utcnow
from tests.advisor_desk import ANNA, BERND, add_lead


async def test_a_press_committed_while_a_reply_runs_keeps_its_advisor(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    if database_url.startswith("sqlite"):
        pytest.skip("SQLite takes its write lock at BEGIN: two writers never overlap there")
    lead_id = await add_lead(sessionmaker, timedelta(minutes=5))
    now = utcnow()
    async with sessionmaker() as replying, replying.begin():
        # Bernd's answer read the lead as new, without a lock ...
        seen = await replying.get(Lead, lead_id)
        assert seen is not None and seen.status == "new"
        # ... while Anna's "Übernehmen" (locked, bot.advisor.work.act) commits.
        async with sessionmaker() as pressing, pressing.begin():
            pressed = await pressing.get(Lead, lead_id, with_for_update=True)
            assert pressed is not None
            claims.take(pressed, ANNA, "Anna Schmidt", now)
        bernd = conversation_log.Advisor(BERND, "Bernd Krause", "Bernd")
        await conversation_log._take_new(replying, seen, bernd, now)
    async with sessionmaker() as session:
        lead = await session.get(Lead, lead_id)
        taken = await session.scalars(
            sa.select(AuditEvent.actor_id).where(AuditEvent.action == "claimed")
        )
        assert lead is not None and (lead.claimed_by, lead.claimed_by_name) == (
            ANNA,
            "Anna Schmidt",
        )
        assert list(taken) == []  # Anna's press audits itself in work.act; Bernd took nothing
