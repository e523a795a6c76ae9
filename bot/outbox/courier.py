"""The courier: how this bot delivers its outbox, and the little it remembers meanwhile.

The outbox itself is the table (:class:`db.models.OutboxMessage`); the courier
holds the delivery settings, the lock that serialises runs, and what it has
already logged, for one running bot.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from bot.advisor.roster import Advisors
from bot.conversation.topics import Forums
from bot.outbox.mail import MailServer

MAX_ATTEMPTS = 12
BATCH = 50


@dataclass
class Courier:
    """Delivery settings plus the little state one running bot keeps."""

    advisors: Advisors
    mail: MailServer | None = None
    unclaimed_hours: float = 4.0
    claimed_days: int = 3
    max_attempts: int = MAX_ATTEMPTS
    batch: int = BATCH
    #: Serialises runs: the periodic job and the kicks after an advisor's action.
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    #: Offices without advisor chat: already logged (once per process).
    unconfigured: set[str] = field(default_factory=set)
    #: Which advisor chats have topics, and topics opened but not yet recorded.
    forums: Forums = field(default_factory=Forums)
