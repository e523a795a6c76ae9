"""The aiohttp Bot API transport against the fake Bot API over real HTTP."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.request import HTTPXRequest

from bot.app import build_application, build_services
from bot.outbox import transport
from bot.outbox.transport import AiohttpRequest
from testkit.fake_bot_api import FakeBotAPI
from tests.telegram_harness import settings_for

TOKEN = "123456:TEST-token_abcdefghijklmnopqrstuvwxyz"
USER = 4242


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as server:
        yield server


def bot_on(fake: FakeBotAPI, request: AiohttpRequest | None = None) -> Bot:
    return Bot(
        TOKEN,
        base_url=f"{fake.url}/bot",
        base_file_url=f"{fake.url}/file/bot",
        request=request or AiohttpRequest(4),
    )


async def test_messages_with_keyboards_arrive_as_sent(fake: FakeBotAPI) -> None:
    async with bot_on(fake) as bot:
        keyboard = InlineKeyboardMarkup.from_button(
            InlineKeyboardButton("Weiter", callback_data="n")
        )
        sent = await bot.send_message(USER, "Grüß Gott — مرحبا", reply_markup=keyboard)
        edited = await bot.edit_message_text("Neu", USER, sent.message_id)
    assert fake.last_message(USER).text == "Neu"
    assert sent.reply_markup == keyboard
    assert not isinstance(edited, bool) and edited.message_id == sent.message_id
    assert fake.calls_to("sendMessage")[0].params["text"] == "Grüß Gott — مرحبا"


async def test_send_document_goes_as_multipart(fake: FakeBotAPI) -> None:
    async with bot_on(fake) as bot:
        doc = await bot.send_document(
            USER, document=b"PK\x03\x04 xlsx", filename="anfrage.xlsx", caption="Export"
        )
        assert doc.document is not None
        file = await bot.get_file(doc.document.file_id)
        downloaded = bytes(await file.download_as_bytearray())
    [sent] = fake.documents(USER)
    assert (sent.filename, sent.content, sent.caption) == (
        "anfrage.xlsx",
        b"PK\x03\x04 xlsx",
        "Export",
    )
    assert downloaded == b"PK\x03\x04 xlsx"


@pytest.mark.parametrize(
    ("status", "error"),
    [(429, RetryAfter), (403, Forbidden), (400, BadRequest), (502, NetworkError)],
)
async def test_errors_keep_python_telegram_bots_mapping(
    fake: FakeBotAPI, status: int, error: type[Exception]
) -> None:
    fake.fail_next("sendMessage", status, retry_after=7)
    async with bot_on(fake) as bot:
        with pytest.raises(error) as raised:
            await bot.send_message(USER, "x")
    if isinstance(raised.value, RetryAfter):
        assert raised.value.retry_after == 7
    assert fake.sent(USER) == []


async def test_a_late_answer_is_a_timeout(fake: FakeBotAPI) -> None:
    fake.delay_next("sendMessage", 2.0)
    async with bot_on(fake, AiohttpRequest(4, read_timeout=0.3)) as bot:
        with pytest.raises(TimedOut):
            await bot.send_message(USER, "x")


async def test_a_closed_port_is_a_network_error() -> None:
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    bot = Bot(TOKEN, base_url=f"http://127.0.0.1:{port}/bot", request=AiohttpRequest(1))
    with pytest.raises(NetworkError) as raised:
        await bot.initialize()
    assert not isinstance(raised.value, TimedOut)
    await bot.shutdown()


async def test_the_bot_uses_the_configured_client(fake: FakeBotAPI, database_url: str) -> None:
    for client, kind in (("aiohttp", AiohttpRequest), ("httpx", HTTPXRequest)):
        settings = settings_for(fake, database_url, telegram_http_client=client)
        services = build_services(settings)
        try:
            app = build_application(services)
            assert isinstance(app.bot.request, kind)
        finally:
            await services.close()
    assert isinstance(transport.updates_request(), AiohttpRequest)
    assert isinstance(transport.updates_request("httpx"), HTTPXRequest)
