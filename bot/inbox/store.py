"""The inbox table's writes, in groups: updates arriving together share one transaction."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Update

from bot.dialogue.group_commit import GroupCommit
from db import repository
from db.models import InboundUpdate


def _chat_id(update: Update) -> int | None:
    chat = update.effective_chat
    return chat.id if chat is not None else None


class Inbox:
    """Stores received updates and marks handled ones done, in group commits."""

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
        self._finished: GroupCommit[int, None] = GroupCommit(self._finish_group)

    async def receive(self, update: Update) -> bool:
        """Commit ``update`` to the inbox; False if it was there already (a redelivery)."""
        raw = json.dumps(update.to_dict(), ensure_ascii=False, separators=(",", ":"))
        return await self._received.submit((update.update_id, _chat_id(update), raw))

    async def finish(self, update_id: int) -> None:
        """Mark ``update_id`` done: handled, and its reply (if one was owed) sent."""
        await self._finished.submit(update_id)

    async def waiting(self) -> list[InboundUpdate]:
        """Rows not done yet, oldest first."""
        async with self._sessionmaker() as session:
            return await repository.waiting_updates(session)

    async def close(self) -> None:
        """Let writes already submitted finish before the database is closed."""
        await self._received.wait_idle()
        await self._finished.wait_idle()

    async def _receive_group(
        self, updates: list[tuple[int, int | None, str]]
    ) -> list[bool | Exception]:
        async with self._sessionmaker() as session, session.begin():
            new = await repository.receive_updates(session, updates, self._clock())
        # Within one group the same id twice is queued once.
        outcomes: list[bool | Exception] = []
        for update_id, _, _ in updates:
            outcomes.append(update_id in new)
            new.discard(update_id)
        return outcomes

    async def _finish_group(self, update_ids: list[int]) -> list[Exception | None]:
        async with self._sessionmaker() as session, session.begin():
            await repository.finish_updates(session, update_ids)
        return [None] * len(update_ids)
