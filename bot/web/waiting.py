"""The spam check of the page without JavaScript: a signed waiting token and a honeypot.

The ALTCHA widget (bot.web.proof) needs JavaScript. A plain form carries instead a
token the server signed when it showed the form: it is taken only after
:data:`WAIT` (a script posts at once, a person reads and types), before it expires,
for its own session, and once (its signature is stored like a solved challenge, so
a replay is refused). A hidden field that people never see and scripts fill in
(:data:`HONEYPOT`) marks a script. The per-address and per-session limits
(bot.web.limits) apply as to every step.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from datetime import datetime, timedelta
from enum import Enum

from bot.web.proof import LIFETIME, ProofOfWork
from bot.web.security import WebSecurity

#: How long after the form was shown it may be sent.
WAIT = timedelta(seconds=3)
#: The form field of the token, and the honeypot's.
FIELD = "waited"
HONEYPOT = "website"
_PURPOSE = "waiting-token"
#: Stored signatures of waiting tokens, apart from ALTCHA's in the same table.
_PREFIX = "wait:"


class Verdict(Enum):
    """What a waiting token says."""

    TAKEN = "taken"
    #: Sent before WAIT had passed: a person is asked to wait a moment and send again.
    EARLY = "early"
    #: Sent before (a replay), by the honeypot's filler, forged, expired or another session's.
    REFUSED = "refused"


def issue(security: WebSecurity, session: str, now: datetime) -> str:
    """A token for a form shown to ``session`` (the hashed session id) at ``now``."""
    issued, nonce = str(int(now.timestamp())), secrets.token_urlsafe(9)
    return f"{issued}.{nonce}.{security.sign(_PURPOSE, f'{session}|{issued}|{nonce}')}"


def check(
    security: WebSecurity, token: str, session: str, now: datetime, wait: timedelta = WAIT
) -> tuple[Verdict, str]:
    """Whether ``token`` may be taken now, and the signature to store when it is."""
    parts = token.split(".")
    if len(parts) != 3 or not parts[0].isdigit():
        return Verdict.REFUSED, ""
    issued, nonce, mac = parts
    if not hmac.compare_digest(mac, security.sign(_PURPOSE, f"{session}|{issued}|{nonce}")):
        return Verdict.REFUSED, ""
    age = now.timestamp() - int(issued)
    if age > LIFETIME.total_seconds():
        return Verdict.REFUSED, ""
    if age < wait.total_seconds():
        return Verdict.EARLY, ""
    return Verdict.TAKEN, _PREFIX + mac


class Waiting:
    """Waiting tokens of one web server, stored once taken through :class:`ProofOfWork`."""

    def __init__(
        self,
        security: WebSecurity,
        proof: ProofOfWork,
        clock: Callable[[], datetime],
        *,
        wait: timedelta = WAIT,
    ) -> None:
        self._security = security
        self._proof = proof
        self._clock = clock
        self.wait = wait

    def issue(self, session: str) -> str:
        """A token for the form about to be shown."""
        return issue(self._security, session, self._clock())

    async def redeem(self, token: str, session: str, honeypot: str = "") -> Verdict:
        """Take ``token`` once for ``session``; a filled honeypot refuses it."""
        if honeypot:
            return Verdict.REFUSED
        verdict, signature = check(self._security, token, session, self._clock(), self.wait)
        if verdict is not Verdict.TAKEN:
            return verdict
        return Verdict.TAKEN if await self._proof.take(signature, session) else Verdict.REFUSED
