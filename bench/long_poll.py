"""Telegram's side of long polling, in-process, for the step runs' ``--intake polling``.

``python -m bot run`` takes its updates from getUpdates: its Updater asks, the bot's
own getUpdates parses the answer and stores it in the inbox (bot.inbox.polling), and
each update goes through the update queue to the handlers. The plain step runs skip
that path and hand parsed updates to the application, as a webhook does. With
:class:`LongPoll` the simulated people post their updates here instead, and the
bot's own Updater and getUpdates fetch them as in ``python -m bot run``; only the
getUpdates call itself is answered here, in-process (its HTTP is not counted). A step
is over when the application has handled its update.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import Any

from telegram import Update
from telegram.ext import Application
from telegram.request import BaseRequest, RequestData

#: Telegram's longest getUpdates answer.
_LIMIT = 100


class LongPoll:
    """Updates waiting for getUpdates, in the order posted, until confirmed by an offset."""

    def __init__(self) -> None:
        self._waiting: list[dict[str, Any]] = []
        self._arrived = asyncio.Event()
        self._handled: dict[int, asyncio.Future[None]] = {}
        #: getUpdates answers that carried updates, and the updates they carried.
        self.batches = 0
        self.updates = 0

    def post(self, update: dict[str, Any]) -> asyncio.Future[None]:
        """Queue ``update`` for the next getUpdates; the future is done once it was handled."""
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._handled[update["update_id"]] = done
        self._waiting.append(update)
        self._arrived.set()
        return done

    def handled(self, update_id: int) -> None:
        """The application has handled ``update_id``."""
        done = self._handled.pop(update_id, None)
        if done is not None and not done.done():
            done.set_result(None)

    async def answer(self, params: dict[str, Any]) -> bytes:
        """getUpdates: the updates from ``offset`` on, waiting up to ``timeout`` s for one."""
        offset = int(params.get("offset") or 0)
        # An offset confirms every update before it: Telegram forgets them.
        self._waiting = [u for u in self._waiting if u["update_id"] >= offset]
        if not self._waiting:
            self._arrived.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._arrived.wait(), float(params.get("timeout") or 0))
        batch = self._waiting[: int(params.get("limit") or _LIMIT)]
        if batch:
            self.batches += 1
            self.updates += len(batch)
        return json.dumps({"ok": True, "result": batch}).encode()


class LongPollRequest(BaseRequest):
    """The bot's getUpdates transport, answered by a :class:`LongPoll`."""

    def __init__(self, poll: LongPoll) -> None:
        self.poll = poll

    @property
    def read_timeout(self) -> float | None:
        """getUpdates waits as long as it asks to."""
        return None

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> tuple[int, bytes]:
        """Answer getUpdates (the only call this transport gets)."""
        params = request_data.parameters if request_data is not None else {}
        return 200, await self.poll.answer(params)


def report_handled(application: Application[Any, Any, Any, Any, Any, Any], poll: LongPoll) -> None:
    """Tell ``poll`` when ``application`` has handled each update."""
    process = application.process_update

    async def processed(update: object) -> None:
        try:
            await process(update)
        finally:
            if isinstance(update, Update):
                poll.handled(update.update_id)

    setattr(application, "process_update", processed)  # noqa: B010 - shadows the method
