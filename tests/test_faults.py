"""Faults on both sides of the bot: the Bot API (429, 500, timeouts) and the database
(unavailable, locked), plus Telegram delivering an update twice.

The rule in every case: the person's step is either stored whole or not at all,
they hear back exactly once whenever Telegram's answers allow knowing it, and
when something fails they can simply try again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.pool import NullPool
from telegram.request import HTTPXRequest

from bot.app import build_services
from bot.config import Settings
from bot.dialogue.texts import SORRY
from bot.i18n import translator
from bot.outbox import botapi
from bot.services import Services
from db import direct, steps
from db import session as db_session
from db.models import InboundUpdate
from db.session import create_engine, normalize_url, sqlite_file_path
from db.vocabulary import InboxState
from testkit.fake_bot_api import WAIT, FakeBotAPI
from tests.conftest import external_database_url
from tests.live_bot import RecordingFake, conversation, settled, started_bot
from tests.telegram_harness import Chat, settings_for

STALE = "This button belongs to an earlier message"


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    # Production pauses 0.5 s and 2 s between attempts; the policy is the same.
    monkeypatch.setattr(botapi, "RETRY_DELAYS", (0.05, 0.1))


def impatient_transport() -> HTTPXRequest:
    """A Bot API client that gives up waiting for an answer after half a second."""
    return HTTPXRequest(connection_pool_size=16, read_timeout=0.5)


async def at_the_menu(chat: Chat) -> None:
    await chat.command("/start")
    await chat.press("English")


async def stored_update_ids(sessionmaker: async_sessionmaker[AsyncSession]) -> set[int]:
    async with sessionmaker() as session:
        # Inbox rows a step was committed for (the inbox also keeps every received id).
        stmt = sa.select(InboundUpdate.update_id).where(InboundUpdate.processed_at.is_not(None))
        return set((await session.execute(stmt)).scalars())


# -- the Bot API -----------------------------------------------------------------


async def test_429_is_waited_out_and_the_screen_arrives_once(database_url: str) -> None:
    async with FakeBotAPI() as fake, started_bot(settings_for(fake, database_url)) as app:
        chat = Chat(fake, 901, "en")
        fake.fail_next("sendMessage", 429, retry_after=1)
        welcome = await chat.command("/start")
        await settled(app, fake)
        assert fake.sent(901) == [welcome] and "Please choose your language." in welcome.text
        assert [c.status for c in fake.failed_calls if c.method == "sendMessage"] == [429]


async def test_500_is_retried_and_the_screen_arrives_once(database_url: str) -> None:
    async with FakeBotAPI() as fake, started_bot(settings_for(fake, database_url)) as app:
        chat = Chat(fake, 902, "en")
        await at_the_menu(chat)
        fake.fail_next("sendMessage", 500, times=2)
        sector = await chat.press("For businesses")
        await settled(app, fake)
        assert "What is the name of your business?" in sector.text
        assert [m.text for m in fake.sent(902)].count(sector.text) == 1
        assert [c.status for c in fake.failed_calls if c.method == "sendMessage"] == [500, 500]


async def test_when_telegram_keeps_failing_the_next_tap_shows_the_current_step(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    async with FakeBotAPI() as fake, started_bot(settings_for(fake, database_url)) as app:
        chat = Chat(fake, 903, "en")
        await at_the_menu(chat)
        menu = fake.last_message(903)
        fake.fail_next("sendMessage", 500, times=3)
        fake.user_press(903, menu.button("For businesses").callback_data or "")
        await fake.wait_for(lambda: len(fake.failed_calls) >= 3)
        await settled(app, fake)
        assert fake.last_message(903) == menu  # nothing arrived ...
        assert (await conversation(sessionmaker, 903) or {})[
            "screen"
        ] == "q:company"  # ... but kept
        # The person taps the same button again: the answer their first tap never got,
        # as it would have been (the tap was taken; it is no stale button).
        again = await chat.press("For businesses")
        assert STALE not in again.text and "What is the name of your business?" in again.text
        assert (await conversation(sessionmaker, 903) or {})["screen"] == "q:company"


async def test_a_reply_telegram_refuses_is_logged_without_telegram_s_words(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    # Telegram's refusal quotes pieces of the text it was sent ("unsupported start tag
    # "ayşe""), and the warning logged that refusal whole.
    refusal = 'Bad Request: can\'t parse entities: unsupported start tag "ayşe" at byte offset 9'
    caplog.set_level(logging.WARNING, logger="bot.handlers.user")
    async with FakeBotAPI() as fake, started_bot(settings_for(fake, database_url)) as app:
        chat = Chat(fake, 906, "en")
        await at_the_menu(chat)
        menu = fake.last_message(906)
        for method in ("editMessageText", "sendMessage"):
            fake.fail_next(method, 400, times=2, description=refusal)
        fake.user_press(906, menu.button("For businesses").callback_data or "")
        await fake.wait_for(lambda: any(c.description == refusal for c in fake.failed_calls))
        await settled(app, fake)
    assert "could not deliver the reply to update" in caplog.text
    assert "(BadRequest)" in caplog.text and "ayşe" not in caplog.text


async def test_a_timeout_before_telegram_took_the_message_is_retried_once(
    database_url: str,
) -> None:
    async with (
        FakeBotAPI() as fake,
        started_bot(settings_for(fake, database_url), request=impatient_transport()) as app,
    ):
        chat = Chat(fake, 904, "en")
        await at_the_menu(chat)
        # The answer does not come within the client's timeout; the fake then drops the
        # request, as a server does with a request whose client went away.
        fake.delay_next("sendMessage", 2.0)
        sector = await chat.press("For businesses")
        await settled(app, fake)
        assert [m.text for m in fake.sent(904)].count(sector.text) == 1
        # The bot looked for the screen first (not there: "message to edit not found").
        assert [c.status for c in fake.failed_calls] == [499, 400]


async def test_an_ambiguous_timeout_repeats_neither_a_screen_nor_a_step(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    """Telegram took the message but its answer was lost: the bot finds the message
    (bot/outbox/screens.py) instead of sending it again, and a double tap on it steps and
    answers once."""
    async with (
        FakeBotAPI() as fake,
        started_bot(settings_for(fake, database_url), request=impatient_transport()) as app,
    ):
        chat = Chat(fake, 905, "en")
        await chat.command("/start")
        fake.delay_next("sendMessage", 2.0, apply_first=True)
        fake.user_press(905, fake.last_message(905).button("English").callback_data or "")
        await fake.wait_sent(905, 2)
        await settled(app, fake)
        [menu] = fake.sent(905)[1:]
        assert "For businesses" in " ".join(menu.button_texts)
        probe = [c for c in fake.failed_calls if c.method == "editMessageText"]
        assert [c.params["message_id"] for c in probe] == [menu.message_id]
        for _ in range(2):
            fake.user_press(
                905, menu.button("For businesses").callback_data or "", message_id=menu.message_id
            )
        await fake.wait_sent(905, 3)
        await settled(app, fake)
        # The second tap repeats the first, whose answer arrived: only its spinner stops.
        replies = [m.text for m in fake.sent(905)[2:]]
        assert len(replies) == 1 and "name of your business" in replies[0]
        assert STALE not in replies[0]
        assert len(fake.calls_to("answerCallbackQuery")) == 3  # "English" and both taps
        assert (await conversation(sessionmaker, 905) or {})["screen"] == "q:company"


async def test_an_edit_that_went_through_is_not_followed_by_a_new_message(
    database_url: str,
) -> None:
    async with (
        FakeBotAPI() as fake,
        started_bot(settings_for(fake, database_url), request=impatient_transport()) as app,
    ):
        chat = Chat(fake, 906, "en")
        await at_the_menu(chat)
        await chat.press("For businesses")
        await chat.type("Lokanta Yılmaz")
        await chat.press("Koch/Köchin")
        await chat.type("04109")
        start = await chat.press("Yes, we train right now")
        await chat.press(start.button_texts[0])  # the first start offered
        needs = await chat.press("Several things")  # ticks come next, edited in place
        sends = len(fake.calls_to("sendMessage", 906))
        edits = len(fake.calls_to("editMessageText", 906))
        # Ticking an answer edits the message in place; the edit's answer is lost.
        fake.delay_next("editMessageText", 2.0, apply_first=True)
        fake.user_press(906, needs.button("Finding an apprentice").callback_data or "")
        await fake.wait_calls("editMessageText", edits + 1, chat_id=906)
        await fake.wait_for(lambda: any(c.status == 400 for c in fake.failed_calls))
        await settled(app, fake)
        # The retry found the edit done ("message is not modified") and left it at that.
        assert len(fake.calls_to("sendMessage", 906)) == sends
        ticked = fake.message(906, needs.message_id) or {}
        labels = [b["text"] for row in ticked["reply_markup"]["inline_keyboard"] for b in row]
        assert "✅ Finding an apprentice" in labels


async def test_a_failing_callback_answer_does_not_cost_the_step(database_url: str) -> None:
    async with FakeBotAPI() as fake, started_bot(settings_for(fake, database_url)):
        chat = Chat(fake, 907, "en")
        await chat.command("/start")
        fake.fail_next("answerCallbackQuery", 500)
        menu = await chat.press("English")
        assert "How can we help you?" in menu.text


async def test_the_same_update_twice_is_processed_once(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    async with RecordingFake() as fake, started_bot(settings_for(fake, database_url)) as app:
        chat = Chat(fake, 908, "en")
        await at_the_menu(chat)
        before = await conversation(sessionmaker, 908)
        menu = fake.last_message(908)
        update_id = fake.user_press(908, menu.button("For businesses").callback_data or "")
        fake.redeliver(update_id)  # both copies arrive in the same batch
        await fake.wait_sent(908, 3)
        await settled(app, fake)
        assert len(fake.sent(908)) == 3
        after = await conversation(sessionmaker, 908)
        assert before is not None and after is not None
        assert after["seq"] == before["seq"] + 1 and after["screen"] == "q:company"


# -- the database ---------------------------------------------------------------------


async def test_database_unavailable_apologizes_in_the_persons_language_and_keeps_the_step(
    database_url: str,
    sessionmaker: async_sessionmaker[AsyncSession],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    failures = iter([True])

    def flaky(write: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
        async def first_call_fails(*args: Any, **kwargs: Any) -> Any:
            if next(failures, False):
                raise OperationalError("UPDATE conversations", {}, Exception("connection lost"))
            return await write(*args, **kwargs)

        return first_call_fails

    async with FakeBotAPI() as fake, started_bot(settings_for(fake, database_url)) as app:
        # Telegram says German; the person chose Arabic in the bot.
        chat = Chat(fake, 911, "ar", language_code="de")
        await chat.command("/start")
        menu = await chat.press("العربية")
        before = await conversation(sessionmaker, 911)
        # The step's writes fail: in its transaction, or as PostgreSQL's one statement.
        monkeypatch.setattr(steps, "save_group", flaky(steps.save_group))
        monkeypatch.setattr(steps, "claim_and_save", flaky(steps.claim_and_save))
        update_id = fake.user_press(911, menu.button(chat._("For businesses")).callback_data or "")
        sorry = await chat._next()
        assert sorry.text == translator("ar").gettext(SORRY) != SORRY
        await settled(app, fake)
        # Nothing of the failed step was kept, not even its update id: a retry is a new try.
        assert await conversation(sessionmaker, 911) == before
        assert update_id not in await stored_update_ids(sessionmaker)
        # The person taps the same button once more.
        fake.user_press(911, menu.button(chat._("For businesses")).callback_data or "")
        sector = await chat._next()
        assert chat._("What is the name of your business?") in sector.text
        assert STALE not in sector.text


@asynccontextmanager
async def impatient_sqlite_services(settings: Settings) -> AsyncIterator[Services]:
    """The bot's services, but SQLite gives up on a lock after 0.3 s instead of 5 s."""
    services = build_services(settings)

    @event.listens_for(services.engine.sync_engine, "connect")
    def _short_busy_timeout(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout=300")

    try:
        yield services
    finally:
        await services.close()


def sqlite_path(database_url: str) -> str:
    path = sqlite_file_path(normalize_url(database_url))
    assert path is not None
    return str(path)


@pytest.mark.skipif(external_database_url() is not None, reason="SQLite file locking")
async def test_a_locked_sqlite_database_apologizes_then_the_retry_works(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    async with FakeBotAPI() as fake:
        settings = settings_for(fake, database_url)
        async with (
            impatient_sqlite_services(settings) as services,
            started_bot(settings, services=services) as app,
        ):
            chat = Chat(fake, 912, "tr", language_code="tr")
            await chat.command("/start")
            await chat.press("Türkçe")
            before = await conversation(sessionmaker, 912)
            # Another process (a backup tool, a migration) holds the write lock too long.
            # It waits for the lock itself first: on a loaded machine a write of the bot's
            # own (the outbox, a checkpoint) can outlast sqlite3's default 5 s.
            holder = sqlite3.connect(sqlite_path(database_url), isolation_level=None, timeout=60)
            holder.execute("BEGIN IMMEDIATE")
            try:
                sorry = await chat.press("For businesses")
                assert sorry.text == translator("tr").gettext(SORRY)
                # Not in the inbox, so not confirmed to Telegram: it waits there.
                assert fake.pending_updates == 1
            finally:
                holder.rollback()
                holder.close()
            # Once the database takes writes again, the press is processed without a second tap.
            sector = await chat._next()
            assert chat._("What is the name of your business?") in sector.text
            await settled(app, fake)
            assert [m.text for m in fake.sent(912)].count(sorry.text) == 1
            after = await conversation(sessionmaker, 912)
            assert before is not None and after is not None
            assert after["screen"] != before["screen"]


@pytest.mark.skipif(external_database_url() is not None, reason="SQLite file locking")
async def test_a_briefly_locked_sqlite_database_only_delays_the_step(database_url: str) -> None:
    async with FakeBotAPI() as fake, started_bot(settings_for(fake, database_url)) as app:
        chat = Chat(fake, 913, "en")
        await at_the_menu(chat)
        holder = sqlite3.connect(sqlite_path(database_url), isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        # Released well within the 5 s busy timeout: the step waits, then goes through.
        app.create_task(_release_later(holder, 0.5))
        sector = await chat.press("For businesses")
        assert "What is the name of your business?" in sector.text
        assert all(SORRY not in m.text for m in fake.sent(913))


async def _release_later(connection: sqlite3.Connection, seconds: float) -> None:
    await asyncio.sleep(seconds)
    connection.rollback()
    connection.close()


@pytest.mark.skipif(external_database_url() is None, reason="PostgreSQL connections")
async def test_one_dead_connection_found_and_the_others_cut_with_it_are_checked(
    database_url: str,
) -> None:
    # A connection an earlier test on this database left behind (a killed child process's
    # backend lives until the server notices) would be counted with the pool's three.
    await cut_bot_connections(database_url)
    engine = create_engine(database_url)
    try:
        # Three connections in the pool, each used a moment ago (so none would be pinged).
        held = [await engine.connect() for _ in range(3)]
        for connection in held:
            await connection.execute(sa.text("SELECT 1"))
            await connection.close()
        assert await cut_bot_connections(database_url) == 3  # a server restart
        outcomes = []
        for _ in range(3):
            try:
                async with direct.read(engine) as reading:
                    outcomes.append((await reading.rows("SELECT 1"))[0][0])
            except sa.exc.DBAPIError:
                outcomes.append("dead")
    finally:
        await engine.dispose()
    # The first meets a dead connection (that step is asked to try again); the pool then
    # checks the others cut with it, and the next steps get live ones: each dead
    # connection had cost one more person a "please try again".
    assert outcomes == ["dead", 1, 1]


async def cut_bot_connections(database_url: str) -> int:
    """What a PostgreSQL restart or failover does: every connection of the bot is cut."""
    admin = create_engine(
        database_url,
        poolclass=NullPool,
        connect_args={"server_settings": {"application_name": "kausa-test-admin"}},
    )
    # Only this test database's: other runs on the same server keep their connections.
    bot_backends = (
        "FROM pg_stat_activity WHERE application_name = 'kausa-bot' "
        "AND datname = current_database()"
    )
    try:
        async with admin.begin() as connection:
            cut = await connection.scalar(
                sa.text(f"SELECT count(pg_terminate_backend(pid)) {bot_backends}")
            )
        # Termination is a signal: wait until the server processes are really gone.
        for _ in range(250):
            async with admin.connect() as connection:
                if not await connection.scalar(sa.text(f"SELECT count(*) {bot_backends}")):
                    break
            await asyncio.sleep(0.02)
    finally:
        await admin.dispose()
    return int(cut)


async def retried_by_the_inbox(
    fake: FakeBotAPI,
    chat: Chat,
    sessionmaker: async_sessionmaker[AsyncSession],
    update_id: int,
) -> bool:
    """After an apology for ``update_id``: whether the inbox handles it again by itself
    (its write met the dead connection: the update was not stored, and is retried) rather
    than the step having been rolled back (the update is done: the person taps again).

    Told by the stored update's state, not by how long a retry takes: a wait of a few
    seconds for the retry, then a second tap, made both step on a busy machine.
    """
    for _ in range(int(WAIT / 0.1)):
        # A retried update is marked done only after its reply was sent: done and still
        # no reply means the apology was the update's whole handling.
        async with sessionmaker() as session:
            state = await session.scalar(
                sa.select(InboundUpdate.state).where(InboundUpdate.update_id == update_id)
            )
        if len(fake.sent(chat.user_id)) > chat.seen:
            return True
        if state == InboxState.DONE:
            return False
        with contextlib.suppress(AssertionError):  # not yet: look at the state again
            await fake.wait_sent(chat.user_id, chat.seen + 1, timeout=0.1)
    raise AssertionError(f"update {update_id} was neither retried nor done after the apology")


@pytest.mark.skipif(external_database_url() is None, reason="PostgreSQL connections")
async def test_postgresql_connections_cut_under_the_bot_cost_at_most_one_retry(
    database_url: str,
    sessionmaker: async_sessionmaker[AsyncSession],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async with FakeBotAPI() as fake, started_bot(settings_for(fake, database_url)):
        chat = Chat(fake, 914, "en")
        await at_the_menu(chat)
        # A connection idle for a while is pinged before use and replaced if dead: the
        # person notices nothing (db/session.py pings after PING_AFTER_IDLE).
        monkeypatch.setattr(db_session, "PING_AFTER_IDLE", 0.0)
        assert await cut_bot_connections(database_url) >= 1
        sector = await chat.press("For businesses")
        assert "What is the name of your business?" in sector.text
        # One used a moment ago is not pinged: the step that meets it is rolled back,
        # the person is asked to try again, and the pool reconnects for their retry.
        monkeypatch.setattr(db_session, "PING_AFTER_IDLE", 3600.0)
        before = await conversation(sessionmaker, 914)
        assert await cut_bot_connections(database_url) >= 1
        await sessionmaker.kw["bind"].dispose()  # the test's own connections were cut too
        gastro = sector.button("Back").callback_data or ""  # a tap that makes a step
        tap = fake.user_press(914, gastro, message_id=sector.message_id)
        postal_code = await chat._next()
        if postal_code.text == SORRY:
            # The dead connection met the inbox's write (the update stays unconfirmed and is
            # retried by itself) or the step (rolled back: the person taps again).
            assert await conversation(sessionmaker, 914) == before
            if not await retried_by_the_inbox(fake, chat, sessionmaker, tap):
                fake.user_press(914, gastro, message_id=sector.message_id)
            postal_code = await chat._next()
        # Otherwise only a connection nobody else needed met it (the inbox's done mark).
        assert "How can we help you?" in postal_code.text and STALE not in postal_code.text
        after = await conversation(sessionmaker, 914)
        assert before is not None and after is not None
        assert after["seq"] == before["seq"] + 1  # the failed try left nothing behind
