"""Building the python-telegram-bot Application and the objects it shares."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from telegram import Bot, BotCommand
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationBuilder, BaseRateLimiter
from telegram.request import BaseRequest

from bot.config import Settings
from bot.dialogue.service import Dialogue
from bot.dialogue.state import Privacy
from bot.dialogue.texts import COMMANDS
from bot.handlers import advisor, user
from bot.i18n import DEFAULT_LANGUAGE, LANGUAGES, N_, translator
from bot.ops import health, heap, jobs
from bot.outbox import botapi
from bot.privacy import retention
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
        """Finish the steps in progress, then release database connections."""
        await self.dialogue.close()
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
    dialogue = Dialogue(
        sessionmaker,
        settings.offices(),
        privacy_from(settings),
        mail_enabled=settings.smtp_host is not None,
    )
    return Runtime(engine, sessionmaker, dialogue)


def build_application(
    settings: Settings,
    runtime: Runtime | None = None,
    *,
    request: BaseRequest | None = None,
    rate_limiter: BaseRateLimiter[Any] | None = None,
    schedule_jobs: bool = True,
) -> Application:
    """The Telegram application with every handler; ``runtime`` is opened at start if None.

    ``request`` replaces the HTTP transport and ``rate_limiter`` the default
    one (bot.outbox.botapi.rate_limiter at TELEGRAM_MAX_RATE); both exist for the
    benchmarks (bench/), which answer the Bot API in-process and must not be
    paced at Telegram's 30 messages/s, and for tests. ``schedule_jobs=False``
    leaves the outbox and reminder jobs to the caller (tests run them with their own clock).
    """
    builder = (
        ApplicationBuilder()
        .token(settings.token())
        .base_url(settings.telegram_base_url)
        .rate_limiter(rate_limiter or botapi.rate_limiter(settings.telegram_max_rate))
        .concurrent_updates(64)
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if settings.telegram_base_url.endswith("/bot"):
        builder = builder.base_file_url(settings.telegram_base_url[: -len("bot")] + "file/bot")
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    application = builder.build()
    application.bot_data["settings"] = settings
    if runtime is not None:
        attach(application, runtime)
    application.bot_data["schedule_jobs"] = schedule_jobs
    advisor.register(application)
    user.register(application)
    retention.schedule(application)
    return application


def attach(application: Application, runtime: Runtime) -> None:
    """Make the runtime available to handlers."""
    application.bot_data["runtime"] = runtime
    application.bot_data[user.DIALOGUE_KEY] = runtime.dialogue


async def _post_init(application: Application) -> None:
    if "runtime" not in application.bot_data:
        attach(application, open_runtime(application.bot_data["settings"]))
    await health.start_for(application)
    await publish_profile(application.bot)
    await advisor.publish_commands(application)
    if application.bot_data.get("schedule_jobs", True):
        jobs.start(application)
    heap.settle_after_startup()


async def _post_shutdown(application: Application) -> None:
    # Runs after every update in progress has finished (Application.stop waits for them).
    await health.stop_for(application)
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
