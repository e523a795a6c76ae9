"""Building the python-telegram-bot Application and the objects it shares."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from telegram import Bot, BotCommand
from telegram.error import TelegramError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder

from bot.config import Settings
from bot.engine import COMMANDS, Privacy
from bot.handlers import user
from bot.i18n import DEFAULT_LANGUAGE, LANGUAGES, N_, translator
from bot.service import Dialogue
from db.session import create_engine, create_sessionmaker

log = logging.getLogger(__name__)

DESCRIPTION = N_(
    "KAUSA Saxony helps businesses to train apprentices and young people with a "
    "migration background to find and finish an apprenticeship. Tap Start: a few "
    "questions, then an advisor contacts you."
)
SHORT_DESCRIPTION = N_("Apprenticeship and training advice in Saxony. Free for businesses.")


@dataclass
class Runtime:
    """The database and dialogue objects one running bot shares."""

    engine: AsyncEngine
    sessionmaker: async_sessionmaker[AsyncSession]
    dialogue: Dialogue

    async def close(self) -> None:
        """Release database connections."""
        await self.engine.dispose()


def privacy_from(settings: Settings) -> Privacy:
    """The privacy facts the notice names."""
    return Privacy(
        controller=settings.privacy_controller,
        policy_url=settings.privacy_policy_url,
        retention_days=settings.retention_days,
    )


def open_runtime(settings: Settings) -> Runtime:
    """Connect to the database and create the dialogue service."""
    engine = create_engine(settings.database_url)
    sessionmaker = create_sessionmaker(engine)
    dialogue = Dialogue(sessionmaker, settings.offices(), privacy_from(settings))
    return Runtime(engine, sessionmaker, dialogue)


def build_application(settings: Settings, runtime: Runtime | None = None) -> Application:
    """The Telegram application with every handler; ``runtime`` is opened at start if None."""
    builder = (
        ApplicationBuilder()
        .token(settings.token())
        .base_url(settings.telegram_base_url)
        .rate_limiter(AIORateLimiter(max_retries=3))
        .concurrent_updates(64)
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if settings.telegram_base_url.endswith("/bot"):
        builder = builder.base_file_url(settings.telegram_base_url[: -len("bot")] + "file/bot")
    application = builder.build()
    application.bot_data["settings"] = settings
    if runtime is not None:
        attach(application, runtime)
    user.register(application)
    return application


def attach(application: Application, runtime: Runtime) -> None:
    """Make the runtime available to handlers."""
    application.bot_data["runtime"] = runtime
    application.bot_data[user.DIALOGUE_KEY] = runtime.dialogue


async def _post_init(application: Application) -> None:
    if "runtime" not in application.bot_data:
        attach(application, open_runtime(application.bot_data["settings"]))
    await publish_profile(application.bot)


async def _post_shutdown(application: Application) -> None:
    runtime: Runtime | None = application.bot_data.get("runtime")
    if runtime is not None:
        await runtime.close()


async def publish_profile(bot: Bot) -> None:
    """Localize Telegram's own surfaces: command menu, description, short description."""
    for lang in (None, *LANGUAGES):
        t = translator(lang or DEFAULT_LANGUAGE)
        kwargs: dict[str, Any] = {"language_code": lang} if lang else {}
        try:
            await bot.set_my_commands(
                [BotCommand(name, t.gettext(text)) for name, text in COMMANDS], **kwargs
            )
            await bot.set_my_description(t.gettext(DESCRIPTION), **kwargs)
            await bot.set_my_short_description(t.gettext(SHORT_DESCRIPTION), **kwargs)
        except TelegramError as exc:
            # The bot works without these; a later start will try again.
            log.warning("could not publish the bot profile for %s: %s", lang or "default", exc)
