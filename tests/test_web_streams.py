"""The web chat's live stream when the browser goes away (bot.web.streams)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiohttp import ClientConnectionResetError

from bot.ops.logs import cap_library_loggers
from bot.web.streams import relay


class _ClosedTab:
    """A stream whose browser tab was closed: the connection resets on the next send."""

    def __init__(self) -> None:
        self.tried: list[dict[str, Any]] = []

    async def wait(self) -> None:
        await asyncio.Event().wait()

    async def send(self, data: str, id: str, event: str) -> None:
        self.tried.append({"data": data, "id": id, "event": event})
        raise ClientConnectionResetError("Cannot write to closing transport")


async def test_a_tab_closed_as_a_message_goes_out_ends_the_stream_quietly() -> None:
    queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    queue.put_nowait({"id": 7, "text": "Hallo"})
    tab = _ClosedTab()
    # Returns instead of raising: aiohttp logged an ERROR with a traceback each time.
    await asyncio.wait_for(relay(tab, queue, asyncio.Event()), timeout=5)  # type: ignore[arg-type]
    assert [sent["id"] for sent in tab.tried] == ["7"]


def test_the_scheduler_does_not_log_every_run_of_the_outbox_job() -> None:
    cap_library_loggers()
    # Two INFO lines every 3 s buried everything else in the operator's log.
    assert not logging.getLogger("apscheduler.executors.default").isEnabledFor(logging.INFO)
    assert logging.getLogger("apscheduler.executors.default").isEnabledFor(logging.WARNING)
