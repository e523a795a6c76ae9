"""The dialogue funnel: which step of a flow a person just reached, counted without them.

Pure: (state before, state after, lead sent?) -> the step to count, or None. The
count goes to ``funnel_counts`` (day, flow, language, step) in the step's own
transaction; no user, lead or text is stored with it. A person who goes back and
forward again is counted again at the steps they pass twice: the counts say how
often a step was reached, which is what shows where people give up.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from bot.dialogue.state import State
from bot.flows.navigation import ScreenId, split_screen
from db import steps

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


#: One day's count key: (day, flow, language, step).
Key = tuple[date, str, str, str]


def totals(reached: Iterable[Key]) -> list[steps.FunnelTotal]:
    """The steps reached by a group of dialogue steps, as the group writes them
    (db.steps.save_group): one row per key, summed, in sorted order, so two
    transactions on PostgreSQL lock the same rows in the same order."""
    counted = Counter((day, flow, language, step[:32]) for day, flow, language, step in reached)
    return [(*key, n) for key, n in sorted(counted.items())]
