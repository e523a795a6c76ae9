"""The inbox table's writes, in groups: updates arriving together share one transaction."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Update

from bot.dialogue.group_commit import GroupCommit
from db import repository
from db.models import InboundUpdate

log = logging.getLogger(__name__)


def _chat_id(update: Update) -> int | None:
    chat = update.effective_chat
    return chat.id if chat is not None else None


#: At most this many fetched updates wait for their turn with their raw JSON.
_RAW_KEPT = 10_000


def _dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


#: Seconds a done mark may wait for the next inbox write before it is written on its own.
FLUSH_DELAY = 0.2


class Inbox:
    """Stores received updates in group commits; done marks ride on the next write.

    A done mark (the reply was sent) is written with the next group of received
    updates, or on its own after :data:`FLUSH_DELAY`: under load that costs no
    transaction of its own. A crash in that window sends the person's current
    screen once more after the restart (at least once, never a lost reply).
    """

    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        clock: Callable[[], datetime],
    ) -> None:
        self._sessionmaker = sessionmaker
        self._clock = clock
        self._received: GroupCommit[tuple[int, int | None, str], bool] = GroupCommit(
            self._receive_group
        )
        self._done: list[int] = []
        #: Raw JSON of fetched updates by id, until they are received.
        self._raw: dict[int, str] = {}
        self._flusher: asyncio.Task[None] | None = None
        self._closed = False

    def remember(self, response: bytes) -> None:
        """Keep the JSON of each update in a getUpdates response, as Telegram sent it.

        Serializing a parsed update again (``to_dict``) costs more than the insert.
        """
        try:
            result = json.loads(response).get("result")
        except (ValueError, AttributeError):
            return
        if not isinstance(result, list):
            return
        if len(self._raw) > _RAW_KEPT:
            self._raw.clear()  # fetched but never queued (shutdown): to_dict covers them
        for item in result:
            if isinstance(item, dict) and isinstance(item.get("update_id"), int):
                self._raw[item["update_id"]] = _dumps(item)

    async def receive(self, update: Update, raw: str | None = None) -> bool:
        """Commit ``update`` to the inbox; False if it was there already (a redelivery)."""
        raw = raw or self._raw.pop(update.update_id, None) or _dumps(update.to_dict())
        return await self._received.submit((update.update_id, _chat_id(update), raw))

    def finish(self, update_id: int) -> None:
        """Mark ``update_id`` done (handled, its reply sent) with the next inbox write."""
        self._done.append(update_id)
        # After close() no timer starts: nothing would await it, and a write left running
        # when the event loop ends hangs its shutdown. The step is committed, so a mark
        # that misses the last write costs at most the current screen once more at start.
        if self._flusher is None and not self._closed:
            self._flusher = asyncio.create_task(self._flush_later(), name="inbox-flush")

    async def flush(self) -> None:
        """Write the done marks still waiting, now."""
        done, self._done = self._done, []
        if not done:
            return
        try:
            async with self._sessionmaker() as session, session.begin():
                await repository.finish_updates(session, done)
        except BaseException:
            self._done[:0] = done  # kept for the next write
            raise

    async def waiting(self) -> list[InboundUpdate]:
        """Rows not done yet, oldest first."""
        async with self._sessionmaker() as session:
            return await repository.waiting_updates(session)

    async def close(self) -> None:
        """Let writes already submitted finish, and write the last done marks."""
        self._closed = True
        await self._received.wait_idle()
        # The timer is waited for, not cancelled: cancelled inside its write, it left a
        # database connection closing when the event loop ended, which hung there.
        if self._flusher is not None:
            await asyncio.wait([self._flusher])
        await self.flush()

    async def _flush_later(self) -> None:
        try:
            await asyncio.sleep(FLUSH_DELAY)
            await self.flush()
        except Exception as error:  # the database is away: the next write tries again
            log.warning("could not mark updates done (%s)", type(error).__name__)
        finally:
            # Marks left after a failure go with the next write or the next finish.
            self._flusher = None

    async def _receive_group(
        self, updates: list[tuple[int, int | None, str]]
    ) -> list[bool | Exception]:
        done, self._done = self._done, []
        try:
            async with self._sessionmaker() as session, session.begin():
                new = await repository.receive_updates(session, updates, self._clock())
                await repository.finish_updates(session, done)
        except BaseException:
            self._done[:0] = done
            raise
        # Within one group the same id twice is queued once.
        outcomes: list[bool | Exception] = []
        for update_id, _, _ in updates:
            outcomes.append(update_id in new)
            new.discard(update_id)
        return outcomes
