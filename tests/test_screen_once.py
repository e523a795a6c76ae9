"""A screen whose answer from Telegram is lost is not sent twice, over HTTP.

The fake Bot API takes the message and answers only after the bot's read timeout:
the bot cannot know it arrived, looks for it, and does not send it again. When the
message did not arrive, it is sent again, once.
"""

from __future__ import annotations

from pathlib import Path

from bot.outbox.transport import AiohttpRequest
from testkit.fake_bot_api import FakeBotAPI
from tests.live_bot import settled
from tests.telegram_harness import Chat, running_bot, settings_for

PERSON = 5301
#: The bot gives up waiting for an answer after this many seconds (5 in production).
READ_TIMEOUT = 3.0


async def walk_to_the_menu(fake: FakeBotAPI, database_url: str, *, arrives: bool) -> list[str]:
    """/start, then "English" while Telegram's answer to the next screen is late."""
    settings = settings_for(fake, database_url)
    request = AiohttpRequest(64, read_timeout=READ_TIMEOUT)
    async with running_bot(settings, request=request) as app:
        chat = Chat(fake, PERSON, "en")
        await chat.command("/start")
        # Late by twice the timeout; with ``arrives`` Telegram has taken the message already.
        fake.delay_next("sendMessage", 2 * READ_TIMEOUT, apply_first=arrives)
        menu = await chat.press("English")
        await settled(app, fake)
        assert "📞 Request a callback" in menu.button_texts
    return [message.text for message in fake.sent(PERSON)]


async def test_a_screen_that_arrived_is_not_sent_again(database_url: str, tmp_path: Path) -> None:
    async with FakeBotAPI() as fake:
        texts = await walk_to_the_menu(fake, database_url, arrives=True)
        calls = len(fake.calls_to("sendMessage", PERSON))

    # The language screen, the menu once; the bot found the menu instead of resending it.
    assert len(texts) == 2 and texts[0] != texts[1]
    assert calls == 2
    probes = [c for c in fake.failed_calls if c.method == "editMessageText"]
    assert probes and "not modified" in str(probes[0].description)


async def test_a_screen_that_did_not_arrive_is_sent_once_more(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        texts = await walk_to_the_menu(fake, database_url, arrives=False)

    assert len(texts) == 2 and texts[0] != texts[1]
