"""ALTCHA proof of work before the first personal detail: no tracking, no external captcha.

The PyPI ``altcha`` library makes and verifies the challenges; the npm ``altcha`` widget
(served from bot/web/static/altcha) solves them in the browser. A challenge is bound
to its session and expires; a solved one is stored by its signature, so the same
solution is taken once (a replay is refused) and the session counts as a person from then on.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import altcha
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.models import AltchaSolution

log = logging.getLogger(__name__)

ALGORITHM = "SHA-256"
#: Hashes per attempt. The widget awaits one WebCrypto digest per hash, so the work is
#: attempts x COST digests: at 5,000 with a random attempt (a one-in-256 prefix), a
#: browser took 0.7 to over 40 s, and people gave up at their name.
COST = 100
#: The attempt that solves it, drawn from this range: a fixed amount of work (10,000 to
#: 30,000 digests, well under a second in a browser), not a lottery. A spam script
#: still pays it per lead.
ATTEMPTS = range(100, 300)
LIFETIME = timedelta(minutes=20)


class ProofOfWork:
    """Challenges for web sessions, and the solutions taken."""

    def __init__(
        self,
        secret: bytes,
        sessionmaker: async_sessionmaker[AsyncSession],
        clock: Callable[[], datetime],
        *,
        cost: int = COST,
    ) -> None:
        self._secret = secret
        self._sessionmaker = sessionmaker
        self._clock = clock
        #: Work per challenge (tests lower it).
        self.cost = cost

    def challenge(self, session: str) -> dict[str, Any]:
        """A new signed challenge for the session ``session`` (a hash, see bot.web.chat)."""
        made = altcha.create_challenge(
            ALGORITHM,
            self.cost,
            # Deterministic: only this attempt's key matches, none before it.
            counter=ATTEMPTS[secrets.randbelow(len(ATTEMPTS))],
            expires_at=self._clock() + LIFETIME,
            hmac_secret=self._secret,
            data={"session": session[:16]},
        )
        result: dict[str, Any] = made.to_dict()
        return result

    async def redeem(self, payload: str, session: str) -> bool:
        """Take a solution: valid, unexpired, of this session's challenge, and not used before."""
        try:
            result = altcha.verify_solution(payload, self._secret)
            parsed = altcha.Payload.from_base64(payload)
        except (ValueError, TypeError, KeyError):
            return False
        if not result.verified:
            return False
        challenge = parsed.challenge
        data = challenge.parameters.data or {}
        if data.get("session") != session[:16] or not challenge.signature:
            return False
        return await self.take(challenge.signature, session)

    async def take(self, signature: str, session: str) -> bool:
        """Store a checked proof's signature for ``session``; False if it was taken before."""
        try:
            async with self._sessionmaker() as db, db.begin():
                db.add(AltchaSolution(signature=signature, session=session))
        except IntegrityError:
            log.info("a replayed proof (ALTCHA solution or waiting token) was refused")
            return False
        return True

    async def passed(self, session: str) -> bool:
        """The session has solved a challenge."""
        async with self._sessionmaker() as db:
            found = await db.scalar(
                sa.select(AltchaSolution.signature).where(AltchaSolution.session == session)
            )
        return found is not None
