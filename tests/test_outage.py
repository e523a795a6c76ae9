"""The database away: a read-only or full SQLite file, PostgreSQL down at start or cut
under an advisor's press. People and advisors get "try again", nothing is half-written,
the log says it once per outage, and /healthz tells the monitoring."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import sqlalchemy as sa
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.advisor import replies, work
from bot.dialogue.texts import SORRY
from bot.i18n import translator
from bot.ops.outage import Outage
from db.models import InboundUpdate
from db.session import normalize_url
from testkit.fake_bot_api import FakeBotAPI
from tests.advisor_desk import ANNA, LEIPZIG_GROUP, desk_settings, running_desk
from tests.advisor_desk import submit_callback_lead as submit_lead
from tests.conftest import external_database_url
from tests.live_bot import BotProcess, RecordingFake, conversation, free_port, listening
from tests.telegram_harness import Chat, running_bot, settings_for

UNAVAILABLE = "database unavailable"


async def healthz(port: int) -> tuple[int, dict[str, Any]]:
    async with aiohttp.ClientSession() as http:
        async with http.get(f"http://127.0.0.1:{port}/healthz") as response:
            return response.status, await response.json()


async def set_query_only(app_engine: Any, on: bool) -> None:
    # The bot's SQLite pool has one connection: the pragma makes its every write fail
    # with "attempt to write a readonly database", as a read-only file or mount does.
    # Straight to the driver: SQLAlchemy would BEGIN IMMEDIATE first, itself a write.
    async with app_engine.connect() as connection:
        raw = await connection.get_raw_connection()
        driver = raw.driver_connection
        assert driver is not None
        await driver.execute(f"PRAGMA query_only = {'ON' if on else 'OFF'}")


@pytest.mark.skipif(external_database_url() is not None, reason="SQLite read-only connection")
async def test_a_read_only_database_is_answered_try_again_once_logged_and_503(
    database_url: str,
    sessionmaker: async_sessionmaker[AsyncSession],
    caplog: pytest.LogCaptureFixture,
) -> None:
    port = free_port()
    async with FakeBotAPI() as fake:
        settings = settings_for(fake, database_url, health_port=port)
        async with running_bot(settings, jobs=True) as app:
            await listening(port)
            chat = Chat(fake, 941, "uk")
            await chat.command("/start")
            menu = await chat.press("Українська")
            before = await conversation(sessionmaker, 941)
            caplog.clear()
            await set_query_only(app.bot_data.services.engine, True)

            business = menu.button(chat._("For businesses")).callback_data or ""
            fake.user_press(941, business, message_id=menu.message_id)
            sorry = await chat._next()
            assert sorry.text == translator("uk").gettext(SORRY) != SORRY
            # Three more taps while it lasts: Telegram keeps them (nothing was confirmed).
            for _ in range(3):
                fake.user_press(941, business, message_id=menu.message_id)
            # Here even the check's read fails (it begins a transaction, too); on a full
            # disk only the writes do, and it says "writes failing".
            status, body = await healthz(port)
            assert status == 503 and body["database"] in ("error", "writes failing")
            await asyncio.sleep(1.0)
            assert await conversation(sessionmaker, 941) == before  # nothing half-written
            assert len(fake.sent(941)) == chat.seen

            await set_query_only(app.bot_data.services.engine, False)
            company = await chat._next()
            assert chat._("What is the name of your business?") in company.text
            assert (await healthz(port))[0] == 200

    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert sum(UNAVAILABLE in w for w in warnings) == 1
    assert sum("database available again" in w for w in warnings) == 1
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert [m.text for m in fake.sent(941)].count(sorry.text) == 1
    after = await conversation(sessionmaker, 941)
    assert after is not None and after["screen"] != (before or {}).get("screen")


async def test_an_advisor_press_that_meets_a_cut_connection_is_answered_try_again(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_act = work.act
    cut = iter([True])

    async def act_on_a_cut_connection(*args: Any, **kwargs: Any) -> Any:
        if next(cut, False):
            # What asyncpg raises after pg_terminate_backend, as SQLAlchemy wraps it.
            raise OperationalError("UPDATE leads", {}, ConnectionResetError("terminated"))
        return await real_act(*args, **kwargs)

    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            await submit_lead(fake, 942)
            await desk.deliver()
            card = await desk.group_says(LEIPZIG_GROUP, 1)
            monkeypatch.setattr(work, "act", act_on_a_cut_connection)
            first = await desk.press(LEIPZIG_GROUP, ANNA, card, "🙋 Übernehmen")
            assert (await desk.answer_of(first))["text"] == replies.TRY_AGAIN
            lead = await desk.lead(1)
            assert (lead.status, lead.claimed_by) == ("new", None)
            assert desk.services.outage.down
            # Pressed again, it works, and the outage is over.
            again = await desk.press(LEIPZIG_GROUP, ANNA, card, "🙋 Übernehmen")
            assert (await desk.answer_of(again))["text"] == replies.CLAIMED_ANSWER
            lead = await desk.lead(1)
            assert (lead.status, lead.claimed_by) == ("claimed", ANNA)
            assert not desk.services.outage.down


def test_a_bug_is_not_an_outage() -> None:
    outage = Outage(clock=lambda: 0.0)
    assert not outage.failed(ValueError("a bug"))
    assert not outage.down
    assert outage.failed(OperationalError("SELECT 1", {}, OSError("refused")))
    assert outage.down


class Proxy:
    """A TCP forwarder to PostgreSQL that can be switched on later (the server "boots")."""

    def __init__(self, port: int, target: tuple[str, int]) -> None:
        self.port, self.target = port, target
        self.server: asyncio.Server | None = None

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    async def _connect(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(*self.target)
        await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer))

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._connect, "127.0.0.1", self.port)

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None


@pytest.mark.skipif(external_database_url() is None, reason="PostgreSQL down at start")
async def test_postgresql_down_at_start_is_waited_for_and_reported(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    url = normalize_url(database_url)
    proxy = Proxy(free_port(), (url.host or "127.0.0.1", url.port or 5432))
    through_proxy = url.set(host="127.0.0.1", port=proxy.port)
    health_port = free_port()
    async with RecordingFake() as fake:
        process = BotProcess(
            fake,
            through_proxy.render_as_string(hide_password=False),
            tmp_path,
            env={"HEALTH_PORT": str(health_port)},
        )
        try:
            # Nothing listens where the database should be: the bot waits instead of exiting.
            await process.start(ready=False)
            await process.wait_for_log("database not reachable at start")
            await listening(health_port)
            status, body = await healthz(health_port)
            assert status == 503 and body["database"] == "error"
            fake.user_message(943, "/start", language_code="en")

            await proxy.start()  # PostgreSQL is up
            await process.wait_for_log("database reachable; starting")
            hello = await fake.wait_sent(943, 1, timeout=30)
            assert hello[0].text.startswith("Hello!")
            assert await process.terminate() == 0, process.log()
        finally:
            await process.close()
            await proxy.stop()
    async with sessionmaker() as session:
        stored = await session.execute(sa.select(InboundUpdate.state))
        assert list(stored.scalars()) == ["done"]
    log = process.log()
    assert log.count("database not reachable at start") == 1
    assert "Traceback" not in log
