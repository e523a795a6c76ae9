"""The courier: how this bot delivers its outbox, and the little it remembers meanwhile.

The outbox itself is the table (:class:`db.models.OutboxMessage`); the courier
holds the delivery settings, the lock that serialises runs, and what it has
already logged, for one running bot.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from bot.advisor.roster import Advisors
from bot.conversation.topics import Forums
from bot.conversation.translation import MachineTranslation
from bot.outbox.lease import worker_name
from bot.outbox.mail import MailServer

if TYPE_CHECKING:
    from bot.outbox.web import WebPostbox

MAX_ATTEMPTS = 12
BATCH = 50


@dataclass
class Unreachable:
    """An advisor group that refuses the bot (bot.outbox.groups): since when, next try."""

    since: datetime
    retry_at: datetime
    error: str


@dataclass
class Courier:
    """Delivery settings plus the little state one running bot keeps."""

    advisors: Advisors
    mail: MailServer | None = None
    unclaimed_hours: float = 4.0
    claimed_days: int = 3
    max_attempts: int = MAX_ATTEMPTS
    batch: int = BATCH
    #: Set on SIGTERM (bot.inbox.feed.InboxApplication.stop): a run ends after the row
    #: it is sending, and the rest waits for the next start.
    stopping: bool = False
    #: Serialises runs: the periodic job and the kicks after an advisor's action.
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    #: This process's name on the outbox rows it has claimed (bot.outbox.lease).
    worker: str = field(default_factory=worker_name)
    #: Advisor groups that refuse the bot, by chat id (bot.outbox.groups).
    unreachable: dict[int, Unreachable] = field(default_factory=dict)
    #: Offices without advisor chat: already logged (once per process).
    unconfigured: set[str] = field(default_factory=set)
    #: Optional machine translation of the conversation (TRANSLATION_URL).
    translation: MachineTranslation | None = None
    #: Which advisor chats have topics, and topics opened but not yet recorded.
    forums: Forums = field(default_factory=Forums)
    #: Delivery into the web chat (bot/outbox/web.py); None where no web chat runs.
    web: WebPostbox | None = None
    #: The targets this process delivers to; None: all. `python -m bot web` has no
    #: Telegram token: it delivers to the web chat and by e-mail, the rest waits for `run`.
    targets: frozenset[str] | None = None
