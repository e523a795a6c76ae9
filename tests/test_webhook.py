"""Webhook mode over real HTTP: the secret token guards every request."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.config import ConfigError
from bot.inbox.feed import inbox_of
from bot.inbox.store import Inbox, Row
from bot.ops.webhook import webhook_options
from bot.services import BotApplication, Services
from db.models import InboundUpdate
from testkit.fake_bot_api import FakeBotAPI
from tests.live_bot import conversation, free_port, settled, started_bot
from tests.telegram_harness import settings_for

SECRET = "kausa-Webhook_secret-2026"
_MESSAGE_IDS = itertools.count(1)


def start_update(update_id: int, user_id: int, text: str = "/start") -> dict[str, Any]:
    """What Telegram posts when a person writes to the bot in a private chat."""
    entities = [{"type": "bot_command", "offset": 0, "length": len(text)}]
    return {
        "update_id": update_id,
        "message": {
            "message_id": next(_MESSAGE_IDS),
            "date": int(time.time()),
            "chat": {"id": user_id, "type": "private", "first_name": "Lina"},
            "from": {"id": user_id, "is_bot": False, "first_name": "Lina", "language_code": "en"},
            "text": text,
            **({"entities": entities} if text.startswith("/") else {}),
        },
    }


def webhook_settings(fake: FakeBotAPI, database_url: str, port: int) -> Any:
    return settings_for(
        fake,
        database_url,
        webhook_url="https://bot.example.org/telegram/updates",
        webhook_secret=SECRET,
        webhook_listen="127.0.0.1",
        webhook_port=port,
    )


async def test_only_requests_with_the_secret_are_processed(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram/updates"
    async with FakeBotAPI() as fake:
        settings = webhook_settings(fake, database_url, port)
        async with started_bot(settings, webhook=True) as app, aiohttp.ClientSession() as http:
            registered = fake.calls_to("setWebhook")[-1].params
            assert registered["url"] == "https://bot.example.org/telegram/updates"
            assert registered["secret_token"] == SECRET

            missing = await http.post(url, json=start_update(1, 601))
            wrong = await http.post(
                url,
                json=start_update(2, 602),
                headers={"X-Telegram-Bot-Api-Secret-Token": "guessed"},
            )
            assert (missing.status, wrong.status) == (403, 403)

            good = start_update(3, 603)
            headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
            accepted = await http.post(url, json=good, headers=headers)
            assert accepted.status == 200
            # Telegram posts an update again when it missed our answer: handled once.
            again = await http.post(url, json=good, headers=headers)
            assert again.status == 200

            welcome = await fake.wait_sent(603, 1)
            await settled(app, fake)
            assert len(fake.sent(603)) == 1 and welcome[0].text.startswith("Hello!")
            assert fake.sent(601) == [] and fake.sent(602) == []
    # Rejected requests left no trace: no user, no state.
    assert await conversation(sessionmaker, 601) is None
    assert await conversation(sessionmaker, 602) is None
    assert (await conversation(sessionmaker, 603) or {}).get("screen") == "lang"


async def inbox_row(
    sessionmaker: async_sessionmaker[AsyncSession], update_id: int
) -> InboundUpdate | None:
    async with sessionmaker() as session:
        return await session.scalar(
            sa.select(InboundUpdate).where(InboundUpdate.update_id == update_id)
        )


@asynccontextmanager
async def held_inbox(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[asyncio.Event]:
    """The inbox's writes wait until the yielded event is set (a slow disk, say)."""
    gate = asyncio.Event()
    write = Inbox._receive_group

    async def held(self: Inbox, rows: list[Row]) -> list[bool | Exception]:
        await gate.wait()
        return await write(self, rows)

    monkeypatch.setattr(Inbox, "_receive_group", held)
    try:
        yield gate
    finally:
        gate.set()


async def post_with_the_inbox_held(
    monkeypatch: pytest.MonkeyPatch,
    fake: FakeBotAPI,
    database_url: str,
    update: dict[str, Any],
    while_held: Callable[[asyncio.Future[aiohttp.ClientResponse]], Awaitable[None]],
) -> None:
    """Post ``update`` to the webhook while the inbox's writes wait, run ``while_held``
    with the request on its way, then let the inbox write."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram/updates"
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    async with held_inbox(monkeypatch) as gate:
        settings = webhook_settings(fake, database_url, port)
        async with started_bot(settings, webhook=True) as app, aiohttp.ClientSession() as http:
            posted = asyncio.ensure_future(http.post(url, json=update, headers=headers))
            try:
                await while_held(posted)
            finally:
                gate.set()  # else the bot's shutdown would wait for the held write
            assert (await posted).status == 200
            await settled(app, fake)
            await inbox_of(app).flush()


async def test_a_persons_step_stores_the_update_without_waiting_for_the_inbox(
    database_url: str,
    sessionmaker: async_sessionmaker[AsyncSession],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async with FakeBotAPI() as fake:

        async def answered(posted: asyncio.Future[aiohttp.ClientResponse]) -> None:
            # The step does not wait for the inbox: its claim stores the update (and where
            # an owed reply goes), the person is answered, and so is Telegram.
            welcome = await fake.wait_sent(611, 1)
            assert welcome[0].text.startswith("Hello!")
            row = await inbox_row(sessionmaker, 11)
            assert row is not None and (row.state, row.chat_id) == ("stepped", 611)
            assert (await asyncio.wait_for(posted, 5)).status == 200  # the inbox still waits

            # Its done mark follows on its own (bot.inbox.store.FLUSH_DELAY), not at shutdown.
            # (Looked for up to 2.5 s, which a busy machine outlasted.)
            async def marked_done() -> InboundUpdate | None:
                row = await inbox_row(sessionmaker, 11)
                return row if row is not None and row.state == "done" else None

            row = await fake.wait_for(marked_done, message="the done mark")
            assert row.payload is None

        await post_with_the_inbox_held(
            monkeypatch, fake, database_url, start_update(11, 611), answered
        )
    row = await inbox_row(sessionmaker, 11)
    assert row is not None and row.state == "done" and row.payload is None
    assert (await conversation(sessionmaker, 611) or {}).get("screen") == "lang"


async def test_an_update_handled_without_a_step_is_stored_after_it_and_marked_done(
    database_url: str,
    sessionmaker: async_sessionmaker[AsyncSession],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    forged = start_update(12, 612)
    forged["message"]["from"]["id"] = 613  # a message "from" someone else: ignored
    async with FakeBotAPI() as fake:

        async def ignored(posted: asyncio.Future[aiohttp.ClientResponse]) -> None:
            # Handled (ignored) with no step to store it: Telegram waits for the inbox,
            # and the done mark waits for the row.
            await asyncio.sleep(0.4)
            assert not posted.done()

        await post_with_the_inbox_held(monkeypatch, fake, database_url, forged, ignored)
    row = await inbox_row(sessionmaker, 12)
    # Done, so a restart does not handle it again; its text is not kept.
    assert row is not None and row.state == "done" and row.payload is None
    assert fake.sent(612) == [] and await conversation(sessionmaker, 612) is None


Post = Callable[[dict[str, Any]], Awaitable[aiohttp.ClientResponse]]


@asynccontextmanager
async def webhook_bot(
    fake: FakeBotAPI, database_url: str, services: Services | None = None
) -> AsyncIterator[tuple[BotApplication, Post]]:
    """The bot in webhook mode, and how Telegram posts an update to it (with the secret)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram/updates"
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    settings = webhook_settings(fake, database_url, port)
    async with (
        started_bot(settings, services=services, webhook=True) as app,
        aiohttp.ClientSession() as http,
    ):

        async def post(update: dict[str, Any]) -> aiohttp.ClientResponse:
            return await http.post(url, json=update, headers=headers)

        yield app, post


async def test_a_press_is_answered_in_the_response_to_telegram(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    async with FakeBotAPI() as fake, webhook_bot(fake, database_url) as (app, post):
        assert (await post(start_update(21, 621))).ok
        welcome = (await fake.wait_sent(621, 1))[0]
        await settled(app, fake)
        query = {
            "id": "cq22",
            "from": {"id": 621, "is_bot": False, "first_name": "Lina", "language_code": "en"},
            "chat_instance": "ci621",
            "data": welcome.button("English").callback_data,
            "message": fake.message(621, welcome.message_id),
        }
        pressed = await post({"update_id": 22, "callback_query": query})
        # Telegram makes the call the response names (bot.inbox.replies): the spinner
        # stops without a request of the bot's own.
        assert pressed.status == 200
        assert await pressed.json() == {
            "method": "answerCallbackQuery",
            "callback_query_id": "cq22",
        }
        await settled(app, fake)
        assert fake.calls_to("answerCallbackQuery") == []
        assert fake.sent(621)[-1].text != welcome.text  # the next screen is there
    assert (await conversation(sessionmaker, 621) or {}).get("lang") == "en"


@pytest.mark.parametrize(
    ("overrides", "complaint"),
    [
        ({"webhook_url": None}, "WEBHOOK_URL is not set"),
        ({"webhook_url": "http://bot.example.org/hook"}, "https://"),
        ({"webhook_url": "https://bot.example.org:9000/hook"}, "port 443"),
        # A mistyped port ended the start with urllib's traceback.
        ({"webhook_url": "https://bot.example.org:443x/hook"}, "port 443"),
        ({"webhook_url": "https://bot.example.org:99999/hook"}, "port 443"),
        # "https:///hook" was told to be an https:// URL, which it is: the host is missing.
        ({"webhook_url": "https:///hook"}, "public host name"),
        ({"webhook_secret": None}, "WEBHOOK_SECRET is not set"),
        ({"webhook_secret": "no spaces allowed"}, "WEBHOOK_SECRET must be"),
    ],
)
def test_webhook_mode_refuses_an_incomplete_configuration(
    overrides: dict[str, Any], complaint: str
) -> None:
    from bot.config import Settings

    values: dict[str, Any] = {
        "webhook_url": "https://bot.example.org/hook",
        "webhook_secret": SECRET,
        "_env_file": None,
    }
    values.update(overrides)
    with pytest.raises(ConfigError, match=complaint.replace("+", r"\+")) as raised:
        webhook_options(Settings(**values))
    assert "no spaces allowed" not in str(raised.value)


def test_webhook_path_follows_the_public_url() -> None:
    from bot.config import Settings

    settings = Settings(
        webhook_url="https://bot.example.org/kausa/tg",
        webhook_secret=SECRET,
        webhook_port=8443,
        _env_file=None,  # type: ignore[call-arg]
    )
    options = webhook_options(settings)
    assert options["url_path"] == "kausa/tg"
    assert (options["listen"], options["port"]) == ("127.0.0.1", 8443)
