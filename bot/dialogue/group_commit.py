"""Group commit: steps that arrive while a transaction runs share the next one.

A step costs a handful of statements and one commit; with many people at once
most of that is per transaction, not per step (bench/README.md). Callers
submit one item each and await its own outcome; a single worker takes
everything that is waiting, hands it to ``run`` as one group, and gives every
caller the outcome for its item. Nobody waits for a timer: a lone step is
run at once, and a group forms only from steps that arrived while the previous
group was in its transaction.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

Item = TypeVar("Item")
Outcome = TypeVar("Outcome")


class GroupCommit(Generic[Item, Outcome]):
    """Runs submitted items in groups of at most ``max_size``, one group at a time.

    ``run`` returns one outcome per item, in order: a value, or the exception
    that item's caller is to receive. If ``run`` itself raises, every caller
    of the group receives that error.
    """

    def __init__(
        self,
        run: Callable[[list[Item]], Awaitable[list[Outcome | Exception]]],
        *,
        max_size: int = 64,
    ) -> None:
        self._run = run
        self._max_size = max_size
        self._waiting: list[tuple[Item, asyncio.Future[Outcome]]] = []
        self._worker: asyncio.Task[None] | None = None

    async def submit(self, item: Item) -> Outcome:
        """Run ``item`` in the next group and return its outcome (or raise its error)."""
        future: asyncio.Future[Outcome] = asyncio.get_running_loop().create_future()
        self._waiting.append((item, future))
        if self._worker is None:
            self._worker = asyncio.create_task(self._drain(), name="group-commit")
        try:
            return await future
        except asyncio.CancelledError:
            # Not yet in a group: it never runs. Already running: its group finishes.
            entry = (item, future)
            if entry in self._waiting:
                self._waiting.remove(entry)
            raise

    async def wait_idle(self) -> None:
        """Wait until every submitted item has run (before the database is closed)."""
        while self._worker is not None:
            await asyncio.wait([self._worker])

    async def _drain(self) -> None:
        try:
            while self._waiting:
                group = self._waiting[: self._max_size]
                del self._waiting[: self._max_size]
                await self._run_group(group)
        finally:
            self._worker = None
            # Only reached with items left when the worker itself was cancelled (shutdown).
            left, self._waiting = self._waiting, []
            for _, future in left:
                future.cancel()

    async def _run_group(self, group: list[tuple[Item, asyncio.Future[Outcome]]]) -> None:
        try:
            outcomes = await self._run([item for item, _ in group])
        except Exception as error:
            for _, future in group:
                if not future.done():
                    future.set_exception(error)
            return
        except BaseException:
            for _, future in group:
                future.cancel()
            raise  # cancellation and interpreter exit end the worker
        for (_, future), outcome in zip(group, outcomes, strict=True):
            if future.done():
                continue  # the caller was cancelled; what was committed stays committed
            if isinstance(outcome, Exception):
                future.set_exception(outcome)
            else:
                future.set_result(outcome)
