"""ALTCHA proof of work before the first personal detail: no tracking, no external captcha.

The PyPI ``altcha`` library makes and verifies the challenges; the npm ``altcha`` widget
(served from bot/web/static/altcha) solves them in the browser. A challenge is bound
to its session and expires; a solved one is stored by its signature, so the same
solution is taken once (a replay is refused) and the session counts as a person from then on.
"""

from __future__ import annotations

import logging
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
#: Work per challenge: a phone solves it in about a second, a spam script pays per lead.
COST = 5_000
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
