"""The composition root: everything a running bot shares is built here, once.

:func:`build_services` reads the configuration (the offices file once), opens the
database and creates the dialogue, the advisor roster and the outbox settings;
:func:`build_application` hands them to python-telegram-bot as typed ``bot_data``
(:class:`bot.services.BotData`) and registers the handlers and jobs.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from functools import partial
from typing import Any

from telegram import Bot, BotCommand
from telegram.error import TelegramError
from telegram.ext import ApplicationBuilder, BaseRateLimiter, ContextTypes
from telegram.request import BaseRequest

from bot import town_scripts
from bot.advisor.roster import Advisors
from bot.config import Settings
from bot.conversation.translation import MachineTranslation
from bot.dialogue.service import Dialogue
from bot.dialogue.state import Privacy
from bot.dialogue.texts import COMMANDS
from bot.handlers import advisor, erased_notice, user
from bot.i18n import DEFAULT_LANGUAGE, LANGUAGES, N_, translator
from bot.inbox import feed
from bot.inbox.feed import InboxApplication, InboxQueue
from bot.inbox.polling import InboxBot
from bot.inbox.store import Inbox
from bot.offices import Office, configured_offices
from bot.ops import errors, health, heap, jobs
from bot.ops.instance import InstanceLock
from bot.ops.logs import exception_chain
from bot.outbox import botapi, groups, lease, transport
from bot.outbox.courier import Courier
from bot.outbox.mail import MailServer
from bot.outbox.web import WebPostbox
from bot.privacy import erasure_journal, restored, retention
from bot.services import BotApplication, BotContext, BotData, Services
from db.models import utcnow
from db.session import create_engine, create_sessionmaker

log = logging.getLogger(__name__)

DESCRIPTION = N_(
    "KAUSA Saxony helps businesses train apprentices, and helps young people with a "
    "migration background find and finish an apprenticeship. Tap Start, answer a few "
    "questions, and an advisor will contact you."
)
SHORT_DESCRIPTION = N_(
    "Advice on apprenticeships in Saxony. Free for small and medium-sized businesses "
    "with a seat or branch in Saxony."
)


def privacy_from(settings: Settings, offices: Mapping[str, Office]) -> Privacy:
    """The privacy facts the notice names."""

    def full(office: Office) -> bool:
        return (office.notify_personal_data or settings.notify_personal_data) == "full"

    return Privacy(
        controller=settings.privacy_controller,
        policy_url=settings.privacy_policy_url,
        contact=settings.privacy_contact.strip(),
        retention_days=settings.retention_days,
        backup_days=settings.backup_days,
        advisors_on_telegram=any(
            office.advisor_chat_id is not None and full(office) for office in offices.values()
        ),
        # bot.offices.lead_targets: a mailbox gets each new lead once the bot can mail.
        advisors_by_email=settings.smtp_host is not None
        and any(office.notify_email and full(office) for office in offices.values()),
        machine_translation=bool(settings.translation_url),
    )


def build_services(settings: Settings, *, clock: Callable[[], datetime] = utcnow) -> Services:
    """Read the offices, connect to the database, create the dialogue and the outbox settings.

    Raises :class:`bot.config.ConfigError` when the offices file is missing or invalid.
    """
    offices = configured_offices(settings)
    engine = create_engine(settings.database_url, sqlite_synchronous=settings.sqlite_synchronous)
    # Every erasure on this database is journaled (bot.privacy.erasure_journal).
    journal = erasure_journal.path_for(settings.database_url, settings.erasure_journal)
    erasure_journal.keep(engine, journal)
    sessionmaker = create_sessionmaker(engine)
    advisors = Advisors.from_settings(settings, offices)
    return Services(
        settings=settings,
        engine=engine,
        sessionmaker=sessionmaker,
        offices=offices,
        advisors=advisors,
        dialogue=Dialogue(
            sessionmaker,
            offices,
            privacy_from(settings, offices),
            clock=clock,
            mail_enabled=settings.smtp_host is not None,
        ),
        outbox=Courier(
            advisors,
            mail=MailServer.from_settings(settings),
            translation=MachineTranslation.from_settings(settings),
            unclaimed_hours=settings.reminder_unclaimed_hours,
            claimed_days=settings.reminder_claimed_days,
            web=WebPostbox(sessionmaker, settings.web_public_url, cities=advisors.cities()),
        ),
        clock=clock,
    )


def build_application(
    services: Services,
    *,
    request: BaseRequest | None = None,
    updates_request: BaseRequest | None = None,
    rate_limiter: BaseRateLimiter[Any] | None = None,
    schedule_jobs: bool = True,
) -> BotApplication:
    """The Telegram application with every handler, sharing ``services``.

    ``request`` replaces the HTTP transport and ``rate_limiter`` the default
    one (bot.outbox.botapi.rate_limiter at TELEGRAM_MAX_RATE); both exist for the
    benchmarks (bench/), which answer the Bot API in-process and must not be
    paced at Telegram's 30 messages/s, and for tests; ``updates_request`` replaces
    getUpdates' transport alone (the benchmarks' long polling). ``schedule_jobs=False``
    leaves the outbox and reminder jobs to the caller (tests run them with their own clock).
    """
    settings = services.settings
    inbox = Inbox(services.sessionmaker, services.clock)
    queue = InboxQueue(inbox, services.outage)
    # Each getUpdates batch is parsed once and stored in the inbox in one transaction.
    bot = InboxBot(
        inbox=inbox,
        token=settings.token(),
        base_url=settings.telegram_base_url,
        base_file_url=_file_url(settings.telegram_base_url),
        request=request or transport.bot_request(settings.telegram_http_client),
        get_updates_request=updates_request
        or request
        or transport.updates_request(settings.telegram_http_client),
        rate_limiter=rate_limiter
        or botapi.rate_limiter(
            settings.telegram_max_rate, group_per_minute=settings.telegram_group_max_per_minute
        ),
    )
    builder = (
        ApplicationBuilder()
        .bot(bot)
        .context_types(ContextTypes(context=BotContext, bot_data=BotData))
        .concurrent_updates(64)
        .post_init(partial(_post_init, schedule_jobs=schedule_jobs))
        .post_shutdown(_post_shutdown)
        # The durable inbox (bot.inbox): updates are stored before Telegram is told.
        .update_queue(queue)
        .application_class(InboxApplication, kwargs={"inbox": inbox})
    )
    application: BotApplication = builder.build()
    application.bot_data.services = services
    queue.on_stuck = partial(user.apologize, application.bot, services)
    # A person's update is handed to the step before it is stored; the step's claim
    # stores it (bot.inbox.feed.InboxQueue.hand_over).
    queue.claimed_by_handlers = user.claims_its_update
    services.dialogue.on_update_stored = inbox.kept
    # Every channel's committed lead starts delivery; looked up at call time so tests can watch.
    services.kick_outbox = lambda: jobs.kick(application)
    services.dialogue.on_lead = lambda _lead_id: services.kick_outbox()
    advisor.register(application)
    user.register(application)
    # An advisor's erasure at the person's request: the person is told in their chat.
    erased_notice.register(application)
    retention.schedule(application)
    errors.register(application)
    return application


def _file_url(base_url: str) -> str:
    """Where files are fetched: beside ``base_url``, as Telegram's own ``/file/bot``."""
    if base_url.endswith("/bot"):
        return base_url[: -len("bot")] + "file/bot"
    return "https://api.telegram.org/file/bot"


async def _post_init(application: BotApplication, *, schedule_jobs: bool) -> None:
    services = application.bot_data.services
    settings = services.settings
    # Before anything is fetched or sent: a second process on this database waits here.
    services.instance_lock = InstanceLock(services.engine)
    await services.instance_lock.acquire()
    # Alone on the database now: outbox rows a killed process had claimed are free again.
    await lease.release_abandoned(services.sessionmaker)
    await reapply_erasures(services)
    if settings.health_port is not None:
        server = health.HealthServer(
            services.sessionmaker,
            settings.health_listen,
            settings.health_port,
            writes_failing=lambda: services.outage.down,
            extra=lambda: {"groups_unreachable": groups.unreachable_offices(services.outbox)},
        )
        await server.start()
        services.health_server = server
    if settings.web_enabled:
        await start_web(services)
    # Owed replies and waiting updates before the first new update is fetched.
    await feed.recover(application)
    await publish_profile(application.bot)
    await advisor.publish_commands(application)
    if schedule_jobs:
        jobs.start(application)
    # Off the event loop, which already serves the web chat and the health check.
    await asyncio.to_thread(town_scripts.build_indexes)
    heap.settle_after_startup()


async def reapply_erasures(services: Services) -> None:
    """Erasures a restored backup undid, done again before the first update (``run`` and
    ``web``, alone on the database: bot.privacy.restored)."""
    settings = services.settings
    await restored.at_start(
        services.sessionmaker,
        database_url=settings.database_url,
        setting=settings.erasure_journal,
        now=services.clock(),
        backup_days=settings.backup_days,
    )


async def _post_shutdown(application: BotApplication) -> None:
    # Runs after every update in progress has finished (Application.stop waits for them).
    services = application.bot_data.services
    if services.health_server is not None:
        await services.health_server.stop()
        services.health_server = None
    await stop_web(services)
    await services.close()


async def start_web(services: Services) -> None:
    """Serve the web channel beside Telegram on WEB_LISTEN/WEB_PORT."""
    from bot.web.app import build_web_app, channels, web_security
    from bot.web.server import WebServer

    settings = services.settings
    security = await web_security(services)
    server = WebServer(
        build_web_app(services, extra=channels(), security=security),
        settings.web_listen,
        settings.web_port,
    )
    await server.start()
    services.web_server = server


async def stop_web(services: Services) -> None:
    """Stop the web channel's server, if it runs."""
    if services.web_server is not None:
        await services.web_server.stop()
        services.web_server = None


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
            # The type only: Telegram's refusal can quote the text it was sent.
            log.warning(
                "could not publish the bot profile for %s (%s)",
                lang or "default",
                exception_chain(exc),
            )
