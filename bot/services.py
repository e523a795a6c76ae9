"""What the composition root (:mod:`bot.app`) builds once, and how handlers reach it.

Handlers, jobs and the retention run take a :class:`BotContext` and read
``context.services``: python-telegram-bot creates :class:`BotData` as the
application's ``bot_data`` (``ContextTypes(bot_data=BotData)``, as in PTB's
``examples/contexttypesbot.py``), and :func:`bot.app.build_application` fills it in.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeAlias

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from telegram.ext import Application, CallbackContext, ExtBot

from bot.advisor.roster import Advisors
from bot.config import Settings
from bot.conversation.albums import Albums
from bot.dialogue.service import Dialogue
from bot.inbox.replies import WebhookReplies
from bot.offices import Office
from bot.ops.health import HealthServer
from bot.ops.instance import ConflictGuard, InstanceLock
from bot.ops.outage import Outage
from bot.ops.pace import PersonPace
from bot.outbox.courier import Courier
from bot.web.server import WebServer
from db.models import utcnow


@dataclass
class Services:
    """Everything one running bot shares, built once by :func:`bot.app.build_services`."""

    settings: Settings
    engine: AsyncEngine
    sessionmaker: async_sessionmaker[AsyncSession]
    offices: Mapping[str, Office]
    advisors: Advisors
    dialogue: Dialogue
    outbox: Courier
    #: "Now" for every handler and job; tests move it.
    clock: Callable[[], datetime] = utcnow
    #: Recently used dialogue languages, for an apology when the database cannot be read.
    recent_languages: OrderedDict[int, str] = field(default_factory=OrderedDict)
    #: True once the outbox and reminder jobs run, so a kick has a job queue to use.
    jobs_running: bool = False
    #: Deliver the outbox now (after an action in the web inbox); set by bot.app.
    kick_outbox: Callable[[], None] = lambda: None
    health_server: HealthServer | None = None
    #: Held while this process runs on the database (bot.ops.instance), from post_init on.
    instance_lock: InstanceLock | None = None
    #: Telegram's 409 Conflict answers to getUpdates, and the exit code they lead to.
    conflicts: ConflictGuard = field(default_factory=ConflictGuard)
    exit_code: int = 0
    #: Whether database writes fail right now (one warning per outage, /healthz 503).
    outage: Outage = field(default_factory=Outage)
    #: How fast each person on Telegram may write (one flooding account slows no one else).
    pace: PersonPace = field(default_factory=PersonPace)
    #: The album each chat sent last: one receipt for its photos, not one per photo.
    albums: Albums = field(default_factory=Albums)
    #: Webhook requests waiting for their response, which may answer a press (webhook mode).
    webhook_replies: WebhookReplies = field(default_factory=WebhookReplies)
    #: The web channel's server (bot.web), when WEB_ENABLED.
    web_server: WebServer | None = None

    async def close(self) -> None:
        """Finish the steps in progress, then release the instance lock and the connections."""
        await self.dialogue.close()
        if self.instance_lock is not None:
            await self.instance_lock.release()
        await self.engine.dispose()


class BotData:
    """The application's ``bot_data``: created empty by PTB, given its services by bot.app."""

    def __init__(self) -> None:
        self._services: Services | None = None

    @property
    def services(self) -> Services:
        """The running bot's services; set before any handler runs."""
        if self._services is None:
            raise RuntimeError("bot.app.build_application has not set the services yet")
        return self._services

    @services.setter
    def services(self, services: Services) -> None:
        self._services = services


class BotContext(CallbackContext[ExtBot[Any], dict[Any, Any], dict[Any, Any], BotData]):
    """The context handlers and jobs receive, with the services typed."""

    @property
    def services(self) -> Services:
        """Shorthand for ``context.bot_data.services``."""
        return self.bot_data.services


#: The Application as bot.app builds it (only its bot_data matters to the type checks).
BotApplication: TypeAlias = Application[Any, Any, Any, Any, BotData, Any]
