"""A getUpdates batch is stored in the inbox in one transaction (bot.inbox.polling.InboxBot,
bot.inbox.store.receive_batch); one update the database refuses holds back neither the others
nor, once stored, the offset."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from telegram import Update

from bot.app import build_services
from bot.inbox.polling import InboxBot
from bot.inbox.store import Inbox, dumps
from db.models import InboundUpdate, utcnow
from db.vocabulary import InboxState
from testkit.fake_bot_api import FakeBotAPI
from testkit.local_api import LocalBotAPI
from tests.live_bot import settled
from tests.telegram_harness import running_bot, settings_for
from tests.test_webhook import start_update

Sessions = async_sessionmaker[AsyncSession]
#: An update id the database refuses in these tests; no other id in them contains it.
REFUSED = 987_654_321
#: A person whose updates the database refuses (a number no timestamp or id here holds).
HELD_PERSON = 97_531_864


class Canned(LocalBotAPI):
    """A getUpdates transport that answers with the same response every time."""

    def __init__(self, updates: list[dict[str, Any]]) -> None:
        super().__init__()
        self.payload = json.dumps({"ok": True, "result": updates}).encode()

    async def do_request(
        self, url: str, method: str, *args: Any, **kwargs: Any
    ) -> tuple[int, bytes]:
        """Telegram's answer to getUpdates, the same each time."""
        return 200, self.payload


@asynccontextmanager
async def polling(inbox: Inbox, updates: list[dict[str, Any]]) -> AsyncIterator[InboxBot]:
    """The bot as build_application makes it, whose getUpdates is answered with ``updates``."""
    bot = InboxBot(
        inbox=inbox, token="123:abc", request=LocalBotAPI(), get_updates_request=Canned(updates)
    )
    async with bot:
        yield bot


@contextmanager
def commits_of(engine: AsyncEngine) -> Iterator[list[int]]:
    """Counts the transactions committed on ``engine`` meanwhile (one entry each)."""
    seen: list[int] = []

    def committed(connection: Any) -> None:
        seen.append(1)

    event.listen(engine.sync_engine, "commit", committed)
    try:
        yield seen
    finally:
        event.remove(engine.sync_engine, "commit", committed)


@contextmanager
def refusing(
    engine: AsyncEngine, number: int | None, error: Exception | None = None
) -> Iterator[list[int]]:
    """The database refuses to store an update holding ``number`` (its id, its chat) in
    the inbox, as it would a row it cannot take, or (None) every update, with ``error``;
    yields the list of refusals so far."""
    refused: list[int] = []

    def check(conn: Any, cursor: Any, statement: str, params: Any, *args: Any) -> None:
        insert = statement.lstrip().upper().startswith("INSERT INTO INBOUND_UPDATES")
        if insert and (number is None or str(number) in repr(params)):
            refused.append(number or 0)
            raise error or RuntimeError("the database refuses this update")

    event.listen(engine.sync_engine, "before_cursor_execute", check)
    try:
        yield refused
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", check)


async def stored(sessionmaker: Sessions) -> dict[int, InboundUpdate]:
    async with sessionmaker() as session:
        rows = await session.scalars(sa.select(InboundUpdate))
        return {row.update_id: row for row in rows}


def batch(*update_ids: int) -> list[dict[str, Any]]:
    return [start_update(update_id, 7000 + n) for n, update_id in enumerate(update_ids)]


async def test_a_batch_is_stored_in_one_transaction(
    db_engine: AsyncEngine, sessionmaker: Sessions
) -> None:
    updates = batch(*range(500, 550))
    inbox = Inbox(sessionmaker, utcnow)
    async with polling(inbox, updates) as bot:
        with commits_of(db_engine) as commits:
            polled = await bot.get_updates()
            assert len(commits) == 1
            assert [update.update_id for update in polled] == list(range(500, 550))
            # Each update's own put finds it stored: no further transaction.
            for update in polled:
                assert await inbox.receive(update) is True
            assert len(commits) == 1
        rows = await stored(sessionmaker)
        assert sorted(rows) == list(range(500, 550))
        assert {(rows[500].chat_id, rows[500].state)} == {(7000, InboxState.RECEIVED)}
        assert json.loads(rows[549].payload or "") == updates[-1]
        # Telegram sends the batch again (its confirmation was lost): nothing is queued twice.
        again = await bot.get_updates()
        assert [await inbox.receive(update) for update in again] == [False] * 50
    await inbox.close()


async def test_a_batch_with_one_bad_update_still_stores_the_rest(
    db_engine: AsyncEngine, sessionmaker: Sessions
) -> None:
    updates = batch(600, 601, REFUSED, 603)
    inbox = Inbox(sessionmaker, utcnow)
    with refusing(db_engine, REFUSED) as refused:
        async with polling(inbox, updates) as bot:
            assert len(await bot.get_updates()) == 4  # all handed on, each put stores its own
        assert len(refused) == 2  # with the batch, then alone
        assert sorted(await stored(sessionmaker)) == [600, 601, 603]
        for good in (updates[0], updates[1], updates[3]):
            assert await inbox.receive(Update.de_json(good, None)) is True
        try:
            await inbox.receive(Update.de_json(updates[2], None))
        except RuntimeError:
            pass
        else:
            raise AssertionError("a refused update was reported stored")
    # Once the database takes it, it is stored as Telegram sent it.
    assert await inbox.receive(Update.de_json(updates[2], None)) is True
    rows = await stored(sessionmaker)
    assert rows[REFUSED].payload == dumps(updates[2])
    await inbox.close()


async def test_with_the_database_away_the_batch_is_not_tried_update_by_update(
    db_engine: AsyncEngine, sessionmaker: Sessions
) -> None:
    # Each lone attempt would fail as well, on SQLite each after its busy timeout.
    updates = batch(700, 701, 702)
    inbox = Inbox(sessionmaker, utcnow)
    away = sqlite3.OperationalError("database or disk is full")
    with refusing(db_engine, None, away) as refused:
        async with polling(inbox, updates) as bot:
            await bot.get_updates()
        assert len(refused) == 1
    assert await stored(sessionmaker) == {}
    # Back again: each update's put stores it (and queues it).
    for update in updates:
        assert await inbox.receive(Update.de_json(update, None)) is True
    assert sorted(await stored(sessionmaker)) == [700, 701, 702]
    await inbox.close()


async def test_the_offset_does_not_pass_an_update_not_yet_stored(database_url: str) -> None:
    async with FakeBotAPI() as fake:
        settings = settings_for(fake, database_url)
        services = build_services(settings)
        async with running_bot(settings, services=services) as app:
            fake.user_message(7101, "/start", language_code="en")
            await fake.wait_sent(7101, 1)
            await settled(app, fake)
            with refusing(services.engine, HELD_PERSON) as refused:
                held = fake.user_message(HELD_PERSON, "/start", language_code="en")
                await fake.wait_for(lambda: len(refused) >= 4, message="retries of the store")
                await asyncio.sleep(0.3)
                # Not confirmed: Telegram still holds the update, and would send it again.
                assert fake.pending_updates == 1
                assert held not in await stored(services.sessionmaker)
            # The database takes it again: the person is answered, and it is confirmed.
            welcome = (await fake.wait_sent(HELD_PERSON, 2))[-1]  # an apology, then this
            assert "English" in " ".join(welcome.button_texts)
            await settled(app, fake)
            assert fake.pending_updates == 0
            assert held in await stored(services.sessionmaker)
