"""The webhook endpoint under hostile requests: secret first, small bodies, bounded connections."""

from __future__ import annotations

import asyncio
import json

import aiohttp
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.ops import webhook
from testkit.fake_bot_api import FakeBotAPI
from tests.live_bot import conversation, free_port, started_bot
from tests.test_webhook import SECRET, start_update, webhook_settings

PATH = "/telegram/updates"


async def raw_request(port: int, headers: dict[str, str], body: bytes = b"") -> str:
    """Send a request by hand (headers may promise more body than comes); the status line."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    head = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    writer.write(f"POST {PATH} HTTP/1.1\r\nHost: bot\r\n{head}\r\n".encode() + body)
    await writer.drain()
    try:
        status = await asyncio.wait_for(reader.readline(), 5)
    finally:
        writer.close()
    return status.decode().strip()


async def test_the_secret_and_the_size_are_checked_before_the_body_is_read(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    port = free_port()
    huge = {"Content-Type": "application/json", "Content-Length": str(99 * 1024 * 1024)}
    async with FakeBotAPI() as fake:
        async with started_bot(webhook_settings(fake, database_url, port), webhook=True):
            # 99 MB promised, one byte sent: the answer comes without waiting for the rest.
            without_secret = await raw_request(port, huge, b"{")
            too_big = await raw_request(port, {**huge, webhook.SECRET_HEADER: SECRET}, b"{")
            wrong = await raw_request(
                port, {"Content-Length": "2", webhook.SECRET_HEADER: "guessed"}, b"{}"
            )
    assert without_secret == "HTTP/1.1 403 Forbidden"
    assert too_big == "HTTP/1.1 413 Request Entity Too Large"
    assert wrong == "HTTP/1.1 403 Forbidden"


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]", b'"text"', b"\xff\xfe"])
async def test_malformed_json_is_answered_400(database_url: str, body: bytes) -> None:
    port = free_port()
    headers = {webhook.SECRET_HEADER: SECRET, "Content-Type": "application/json"}
    async with FakeBotAPI() as fake:
        async with (
            started_bot(webhook_settings(fake, database_url, port), webhook=True),
            aiohttp.ClientSession() as http,
        ):
            answer = await http.post(f"http://127.0.0.1:{port}{PATH}", data=body, headers=headers)
            assert answer.status == 400
            assert await answer.read() == b""


async def test_held_open_connections_cannot_keep_telegram_out(
    database_url: str,
    sessionmaker: async_sessionmaker[AsyncSession],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(webhook, "MAX_CONNECTIONS", 20)
    port = free_port()
    headers = {webhook.SECRET_HEADER: SECRET}
    async with FakeBotAPI() as fake:
        async with started_bot(webhook_settings(fake, database_url, port), webhook=True):
            held = [await asyncio.open_connection("127.0.0.1", port) for _ in range(40)]
            for _, writer in held:
                writer.write(b"POST " + PATH.encode())  # and never the rest
            await asyncio.sleep(0.3)
            async with aiohttp.ClientSession() as http:
                answer = await http.post(
                    f"http://127.0.0.1:{port}{PATH}",
                    data=json.dumps(start_update(801, 804)),
                    headers=headers,
                )
            welcome = await fake.wait_sent(804, 1)
            closed = 0
            for reader, writer in held:
                try:
                    closed += await asyncio.wait_for(reader.read(), 1) == b""
                except TimeoutError:
                    pass
                writer.close()
    assert answer.status == 200 and welcome[0].text.startswith("Hello!")
    assert closed >= 20  # the oldest held-open connections made room
    assert (await conversation(sessionmaker, 804) or {}).get("screen") == "lang"


async def test_a_connection_that_sends_nothing_is_closed(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(webhook, "IDLE_TIMEOUT", 0.5)
    port = free_port()
    async with FakeBotAPI() as fake:
        async with started_bot(webhook_settings(fake, database_url, port), webhook=True):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(b"POST ")
            ended = await asyncio.wait_for(reader.read(), 5)
            writer.close()
    assert ended == b""
