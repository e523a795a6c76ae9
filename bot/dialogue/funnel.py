"""The dialogue funnel: which step of a flow a person just reached, counted without them.

Pure: (state before, state after, lead sent?) -> the step to count, or None. The
count goes to ``funnel_counts`` (day, flow, language, step) in the step's own
transaction; no user, lead or text is stored with it. A person who goes back and
forward again is counted again at the steps they pass twice: the counts say how
often a step was reached, which is what shows where people give up.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.dialogue.state import State
from bot.flows.navigation import ScreenId, split_screen
from db.models import FunnelCount

START, CONSENT, CONSENTED, SENT = "start", "consent", "consented", "sent"


def step_reached(before: State, after: State, *, sent: bool) -> str | None:
    """The funnel step this dialogue step reached (None: not a new step of a flow)."""
    if sent:
        return SENT
    if after.flow is None or after.screen == before.screen:
        return None
    screen, key = split_screen(after.screen)
    if before.flow != after.flow and screen is ScreenId.QUESTION:
        return START
    if screen is ScreenId.QUESTION:
        previous, _ = split_screen(before.screen)
        return CONSENTED if previous is ScreenId.CONSENT else f"q:{key}"
    if screen is ScreenId.CONSENT:
        return CONSENT
    return None


async def count(session: AsyncSession, day: date, flow: str, language: str, step: str) -> None:
    """Add one to the day's count, in the caller's transaction (never fails on a race)."""
    values = {"day": day, "flow": flow, "language": language, "step": step[:32], "count": 1}
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(FunnelCount).values(**values)
    # Two steps at once on the same key would otherwise fail one person's step.
    statement = statement.on_conflict_do_update(
        index_elements=["day", "flow", "language", "step"],
        set_={"count": FunnelCount.count + 1},
    )
    await session.execute(statement)
