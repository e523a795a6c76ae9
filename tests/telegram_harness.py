"""Run the real bot Application against the local fake Bot API over HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from telegram.ext import BaseRateLimiter
from telegram.request import BaseRequest

from bot.app import build_application, build_services
from bot.config import Settings
from bot.i18n import translator
from bot.ops.webhook import WebhookServer, start_webhook, webhook_options
from bot.services import BotApplication, Services
from testkit.fake_bot_api import FakeBotAPI, SentMessage

TOKEN = "123456:TEST-token_abcdefghijklmnopqrstuvwxyz"


def settings_for(fake: FakeBotAPI, database_url: str, **overrides: object) -> Settings:
    """Settings that point the bot at the fake server and the test database."""
    values: dict[str, object] = {
        "telegram_bot_token": TOKEN,
        "telegram_base_url": f"{fake.url}/bot",
        "database_url": database_url,
        "_env_file": None,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


@asynccontextmanager
async def running_bot(
    settings: Settings,
    *,
    request: BaseRequest | None = None,
    rate_limiter: BaseRateLimiter[Any] | None = None,
    webhook: bool = False,
    services: Services | None = None,
    jobs: bool = False,
) -> AsyncIterator[BotApplication]:
    """Run the bot in this event loop as ``python -m bot run`` would, and stop it cleanly.

    Long polling by default, or (``webhook``) its webhook server. Scheduled jobs and the
    published profile (``post_init``) only with ``jobs``, so tests drive jobs with their
    own clock.
    """
    services = services or build_services(settings)
    app = build_application(
        services, request=request, rate_limiter=rate_limiter, schedule_jobs=jobs
    )
    try:
        async with app:
            if jobs and app.post_init is not None:
                await app.post_init(app)
            assert app.updater is not None
            server: WebhookServer | None = None
            if webhook:
                server = await start_webhook(app, webhook_options(settings))
            else:
                await app.updater.start_polling(poll_interval=0.0, timeout=1)
            await app.start()
            try:
                yield app
            finally:
                if server is not None:
                    await server.stop()
                if app.updater.running:
                    await app.updater.stop()
                if app.running:
                    await app.stop()
    finally:
        await services.close()


class Chat:
    """One person's private chat with the bot, seen through the fake server."""

    def __init__(
        self, fake: FakeBotAPI, user_id: int, lang: str, language_code: str | None = None
    ) -> None:
        self.fake = fake
        self.user_id = user_id
        self.t = translator(lang)
        self.language_code = language_code or lang
        self.seen = 0

    def _(self, message: str) -> str:
        return self.t.gettext(message)

    async def _next(self) -> SentMessage:
        messages = await self.fake.wait_sent(self.user_id, self.seen + 1)
        # The phone step's share button comes (and goes) in a message of its own, before
        # the screen: the answer to a step is the screen after it.
        while messages[-1].reply_keyboard is not None or messages[-1].remove_keyboard:
            messages = await self.fake.wait_sent(self.user_id, len(messages) + 1)
        self.seen = len(messages)
        return messages[-1]

    async def command(self, text: str) -> SentMessage:
        """Send a command or text and wait for the bot's answer."""
        self.fake.user_message(self.user_id, text, language_code=self.language_code)
        return await self._next()

    type = command

    async def press(self, msgid_or_label: str) -> SentMessage:
        """Tap the button whose label is the translation of ``msgid_or_label`` (or contains it)."""
        last = self.fake.last_message(self.user_id)
        label = self._(msgid_or_label)
        button = last.button(label)
        assert button.callback_data is not None
        self.fake.user_press(self.user_id, button.callback_data, message_id=last.message_id)
        return await self._next()


async def callback_request_until_name(chat: Chat) -> SentMessage:
    """/start, English and the callback request up to its name question (consent given)."""
    await chat.command("/start")
    await chat.press("English")
    await chat.press("Request a callback")
    await chat.press("A business")
    await chat.press("Skip")
    await chat.type("04109")
    return await chat.press("Yes, I agree")
