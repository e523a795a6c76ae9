"""A button press is answered while its step commits, not after (bot/handlers/user.py)."""

from __future__ import annotations

import asyncio
from typing import Any

from bot.app import build_services
from bot.dialogue.service import Reply
from testkit.fake_bot_api import FakeBotAPI
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
