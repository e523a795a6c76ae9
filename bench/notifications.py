"""Advisor notifications in the production run: their delivery is part of the step figures.

The bot's JobQueue runs the outbox when a lead is committed (bot/ops/jobs.py); its
``sendMessage`` to the advisor group is recorded by the Bot API transport. A run
ends only when every lead committed in it has been notified, and that tail (wall
clock and CPU) is added to the run.
"""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bench.steps import Outcome, Target

#: Longest wait for the outbox to notify the last leads of a run.
SETTLE_SECONDS = 60.0


async def settle(target: Target, leads: int, wait_s: float = SETTLE_SECONDS) -> int:
    """Wait until ``leads`` advisor notifications have left; return how many have."""
    deadline = time.perf_counter() + wait_s
    sends = target.api.watched_sends
    # The transport appends to a plain list; a 5 ms poll costs nothing measurable.
    while len(sends) < leads and time.perf_counter() < deadline:  # noqa: ASYNC110
        await asyncio.sleep(0.005)
    return len(sends)


async def include(target: Target, outcome: Outcome, notified_before: int) -> None:
    """Wait for the run's notifications and add that time and CPU to ``outcome``."""
    wall, cpu = time.perf_counter(), time.process_time()
    await settle(target, notified_before + len(target.lead_committed))
    outcome.wall += time.perf_counter() - wall
    outcome.cpu += time.process_time() - cpu


def figures(target: Target, outcome: Outcome, notified_before: int) -> dict[str, Any]:
    """Leads, advisor notifications and leads per second of the run."""
    leads = len(target.lead_committed)
    return {
        "leads": leads,
        "warmup_leads": notified_before,
        "notified": len(target.api.watched_sends) - notified_before,
        "leads_per_s": leads / outcome.wall if outcome.wall else 0.0,
    }
