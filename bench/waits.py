"""Where a slow step waits: the event loop's own lag, sampled beside the run.

A task asks to wake every millisecond and records how late it woke. A late
wake-up means the loop was busy (another step, the outbox job, the garbage
collector) or the process did not get a CPU (a loaded machine): every step in
progress then waits as long. Compared with the steps' p99 (by kind: the "send"
step commits a lead and kicks the outbox job), it tells which part waited.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

#: How often the sampler asks to wake (seconds).
TICK = 0.001


@asynccontextmanager
async def loop_lag() -> AsyncIterator[list[float]]:
    """Yield the list that fills with each wake-up's lateness (seconds) until the block ends."""
    lags: list[float] = []

    async def sample() -> None:
        while True:
            asked = time.perf_counter()
            await asyncio.sleep(TICK)
            lags.append(max(0.0, time.perf_counter() - asked - TICK))

    task = asyncio.create_task(sample())
    try:
        yield lags
    finally:
        task.cancel()
