"""A person's updates on Telegram (bot/handlers/user.py): a button press is answered while
its step commits, not after; the replies come in the order of the updates."""

from __future__ import annotations

import asyncio
from collections.abc import Hashable
from contextlib import AbstractAsyncContextManager
from typing import Any

import pytest

from bot.app import build_services
from bot.conversation import ordering
from bot.dialogue.service import Reply
from bot.dialogue.state import Command
from bot.handlers import user as handlers_user
from testkit.fake_bot_api import FakeBotAPI
from tests.live_bot import settled
from tests.telegram_harness import Chat, running_bot, settings_for


async def test_a_press_is_answered_before_its_step_is_committed(database_url: str) -> None:
    async with FakeBotAPI() as fake:
        settings = settings_for(fake, database_url)
        services = build_services(settings)
        async with running_bot(settings, services=services):
            chat = Chat(fake, 931, "en")
            await chat.command("/start")
            commit = asyncio.Event()
            handle = services.dialogue.handle

            async def held(*args: Any, **kwargs: Any) -> Reply | None:
                await commit.wait()
                return await handle(*args, **kwargs)

            setattr(services.dialogue, "handle", held)  # noqa: B010 - shadows the method
            welcome = fake.last_message(931)
            english = welcome.button("English").callback_data or ""
            fake.user_press(931, english, message_id=welcome.message_id)
            try:
                # The spinner stops while the step still waits for its transaction ...
                await fake.wait_calls("answerCallbackQuery", 1)
                assert len(fake.sent(931)) == 1
            finally:
                # ... and the next screen follows once it is committed.
                commit.set()
            menu = await chat._next()
            assert "How can we help you?" in menu.text
            assert len(fake.calls_to("answerCallbackQuery")) == 1


async def test_a_reply_of_several_messages_keeps_the_next_reply_after_it(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """/mydata and, right after it, /help: the help came between the copy of the data and
    the screen under it, so the last message was the earlier screen. A person's replies
    are sent in the order of their updates."""
    async with FakeBotAPI() as fake:
        settings = settings_for(fake, database_url)
        services = build_services(settings)
        async with running_bot(settings, services=services) as app:
            chat = Chat(fake, 932, "en")
            await chat.command("/start")
            menu = await chat.press("English")
            stepped = asyncio.Event()
            handle = services.dialogue.handle

            async def noted(*args: Any, **kwargs: Any) -> Reply | None:
                reply = await handle(*args, **kwargs)
                if args[2] == Command("help"):
                    stepped.set()  # /help's step is done: its reply goes next
                return reply

            def noted_turn(key: Hashable) -> AbstractAsyncContextManager[None]:
                if key == chat.user_id and key in ordering._IN_ORDER:
                    stepped.set()  # /help waits for the person's turn
                return ordering.in_order(key)

            setattr(services.dialogue, "handle", noted)  # noqa: B010 - shadows the method
            monkeypatch.setattr(handlers_user, "in_order", noted_turn, raising=False)
            data_on_its_way = fake.hold_next("sendMessage")
            fake.user_message(chat.user_id, "/mydata")
            await fake.wait_for(data_on_its_way.arrived.is_set)
            fake.user_message(chat.user_id, "/help")
            await stepped.wait()
            data_on_its_way.release()
            await settled(app, fake)
            texts = [m.text for m in fake.sent(chat.user_id)[chat.seen :]]

    assert len(texts) >= 3, texts  # the copy of the data, its screen, the help
    assert texts[-2] == menu.text, [t[:40] for t in texts]  # the screen under the copy of the data
    assert texts[-1] != menu.text
