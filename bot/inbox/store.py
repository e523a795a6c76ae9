"""The inbox table's writes, in groups: updates arriving together share one transaction.

A getUpdates batch is stored whole, in one transaction, before python-telegram-bot
sees it (:meth:`Inbox.receive_batch`); each update's ``put`` then finds it stored.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Update

from bot.dialogue.group_commit import GroupCommit
from bot.ops.outage import is_outage
from db import direct, repository, sqlite_cursor, steps
from db.models import InboundUpdate

log = logging.getLogger(__name__)


def _chat_id(update: Update) -> int | None:
    chat = update.effective_chat
    return chat.id if chat is not None else None


#: At most this many fetched updates wait for their turn with their raw JSON (or
#: with their outcome in the inbox, once their batch is stored).
_RAW_KEPT = 10_000

#: An update as the inbox stores it: (update id, chat id, raw JSON).
Row = tuple[int, int | None, str]


def dumps(data: object) -> str:
    """JSON as compact as the inbox keeps it."""
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
        self._engine = direct.engine_of(sessionmaker)
        self._clock = clock
        self._received: GroupCommit[Row, bool] = GroupCommit(self._receive_group)
        self._done: list[int] = []
        #: Raw JSON of fetched updates by id, until they are received.
        self._raw: dict[int, str] = {}
        #: Updates stored with their batch, until queued: whether each was new to the inbox.
        self._batched: dict[int, bool] = {}
        #: Updates handed to their handlers before they are stored (bot.inbox.feed): each
        #: future tells whether a step's claim has stored the row.
        self._expected: dict[int, asyncio.Future[bool]] = {}
        #: Of those, the ones handled without such a claim: their done mark follows their row.
        self._done_once_stored: set[int] = set()
        self._flusher: asyncio.Task[None] | None = None
        self._closed = False

    async def receive_batch(self, rows: list[Row]) -> None:
        """Commit a getUpdates batch to the inbox in one transaction.

        The updates' own :meth:`receive` then only reads the outcome. Should the batch
        fail, each update is tried alone, so one bad update cannot hold the others
        back (unless the database is away: then none is). One not stored is left to
        :meth:`receive`, which retries it before the Updater may ask for (and so
        confirm) the next batch.
        """
        if not rows:
            return
        if len(self._batched) + len(self._raw) > _RAW_KEPT:
            # Fetched but never queued (a shutdown between): in the inbox either way, and
            # a restart replays them (bot.inbox.feed.recover).
            self._batched.clear()
            self._raw.clear()
        try:
            outcomes = await self._receive_group(rows)
        except Exception as error:
            outcomes = await self._receive_alone(rows, error)
        for (update_id, _, _), new in zip(rows, outcomes, strict=True):
            if not isinstance(new, Exception):
                # The same id twice in a batch: its first put queues it, the second finds
                # it in the inbox.
                self._batched[update_id] = self._batched.get(update_id, False) or new

    async def _receive_alone(self, rows: list[Row], error: Exception) -> list[bool | Exception]:
        """After a batch failed: each update in a transaction of its own, until the
        database itself is away (then every attempt would fail, each after SQLite's
        busy timeout); what is not stored is left to :meth:`receive`'s retries."""
        outcomes: list[bool | Exception] = []
        if not is_outage(error):
            # The type only: the error's text can quote the updates, personal data.
            log.warning(
                "a batch of %d updates failed (%s); storing each alone",
                len(rows),
                type(error).__name__,
            )
            for row in rows:
                try:
                    outcomes.extend(await self._receive_group([row]))
                except Exception as alone:
                    outcomes.append(alone)
                    if is_outage(alone):
                        break
        # Not tried alone (the database is away): as the batch failed.
        outcomes += [error] * (len(rows) - len(outcomes))
        for row, outcome in zip(rows, outcomes, strict=True):
            if isinstance(outcome, Exception):
                self._raw[row[0]] = row[2]  # receive() tries again, with Telegram's JSON
        return outcomes

    def fetched(self, update_id: int) -> bool:
        """Whether ``update_id`` came in a getUpdates batch (stored with it, or left to
        :meth:`receive` after the batch failed)."""
        return update_id in self._batched or update_id in self._raw

    async def receive(self, update: Update, raw: str | None = None) -> bool:
        """Commit ``update`` to the inbox; False if it was there already (a redelivery)."""
        stored = self._batched.pop(update.update_id, None)
        if stored is not None:
            return stored  # committed with its batch
        update_id = update.update_id
        raw = raw or self._raw.get(update_id) or dumps(update.to_dict())
        new = await self._received.submit((update_id, _chat_id(update), raw))
        self._raw.pop(update_id, None)  # kept until stored: a retry sends it again
        if update_id in self._done_once_stored:
            self._done_once_stored.discard(update_id)
            self._mark_done(update_id)
        return new

    def expect(self, update_id: int) -> asyncio.Future[bool] | None:
        """``update_id`` goes to its handlers before it is stored (bot.inbox.feed): the
        future is True once a step's claim has stored its row (:meth:`kept`), False if it
        was handled without one (then the caller stores it with :meth:`receive`). None if
        the same id is on its way already (Telegram sent it twice): store it first."""
        if update_id in self._expected:
            return None
        future = asyncio.get_running_loop().create_future()
        self._expected[update_id] = future
        return future

    def kept(self, update_id: int) -> None:
        """A step's committed claim (or an earlier delivery's) has ``update_id``'s row."""
        future = self._expected.get(update_id)
        if future is not None and not future.done():
            future.set_result(True)

    def finish(self, update_id: int) -> None:
        """Mark ``update_id`` done (handled, its reply sent) with the next inbox write."""
        future = self._expected.pop(update_id, None)
        if future is not None and not future.done():
            # Handled, and not stored by a claim: the mark waits for the row, which the
            # caller of expect() writes now (a mark written first would find no row).
            self._done_once_stored.add(update_id)
            future.set_result(False)
            return
        self._mark_done(update_id)

    def abandon(self, update_id: int) -> None:
        """``update_id``'s handling was cut short: not done. Expected, and not stored by a
        claim, it is stored as received (the next start handles it)."""
        future = self._expected.pop(update_id, None)
        if future is not None and not future.done():
            future.set_result(False)

    def _mark_done(self, update_id: int) -> None:
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
            with sqlite_cursor.inline():  # one UPDATE of a few rows
                async with direct.transaction(self._engine) as tx:
                    await steps.finish_updates(tx, done)
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

    async def _receive_group(self, updates: list[Row]) -> list[bool | Exception]:
        done, self._done = self._done, []
        try:
            # At most one getUpdates batch: its statements skip aiosqlite's thread.
            with sqlite_cursor.inline():
                async with direct.transaction(self._engine) as tx:
                    new = await steps.receive_updates(tx, updates, self._clock())
                    await steps.finish_updates(tx, done)
        except BaseException:
            self._done[:0] = done
            raise
        # Within one group the same id twice is queued once.
        outcomes: list[bool | Exception] = []
        for update_id, _, _ in updates:
            outcomes.append(update_id in new)
            new.discard(update_id)
        return outcomes
