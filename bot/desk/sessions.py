"""Logged-in browsers: the cookie's random session id (bot.web.security.SessionCookie),
its SHA-256 in the database.

A session ends after IDLE without a request, at logout, and when its account is
disabled or gets a new password. A stolen database does not hold usable ids.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from bot.desk.accounts import Advisor, Sessions
from db.models import AdvisorAccount, AdvisorSession, AuditEvent
from db.vocabulary import AuditAction

#: Sessions expire after this long without a request.
IDLE = timedelta(hours=8)
#: A request moves the session's last activity only when it is older than this: most
#: requests then only read (no write, no disk sync), and 8 hours are kept to the minute.
TOUCH = timedelta(minutes=1)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def open_session(sessionmaker: Sessions, advisor: Advisor, token: str, now: datetime) -> None:
    """Start a session for ``advisor`` under the cookie's fresh random id ``token``."""
    async with sessionmaker() as session, session.begin():
        session.add(
            AdvisorSession(
                token_hash=_digest(token), account_id=advisor.id, created_at=now, last_seen_at=now
            )
        )


async def current(sessionmaker: Sessions, token: str | None, now: datetime) -> Advisor | None:
    """The live session of ``token`` (its idle time starts again), or None."""
    if not token:
        return None
    async with sessionmaker() as session, session.begin():
        row = (
            await session.execute(
                sa.select(AdvisorSession, AdvisorAccount)
                .join(AdvisorAccount, AdvisorAccount.id == AdvisorSession.account_id)
                .where(AdvisorSession.token_hash == _digest(token))
            )
        ).one_or_none()
        if row is None:
            return None
        stored, account = row
        if stored.last_seen_at + IDLE <= now or account.disabled_at is not None:
            await session.delete(stored)
            return None
        if now - stored.last_seen_at >= TOUCH:
            stored.last_seen_at = now
        return Advisor.of(account)


async def alive(sessionmaker: Sessions, token: str | None, now: datetime) -> bool:
    """Is the session of ``token`` still live? Unlike :func:`current`, not counted as activity."""
    if not token:
        return False
    async with sessionmaker() as session:
        seen = await session.scalar(
            sa.select(AdvisorSession.last_seen_at)
            .join(AdvisorAccount, AdvisorAccount.id == AdvisorSession.account_id)
            .where(
                AdvisorSession.token_hash == _digest(token), AdvisorAccount.disabled_at.is_(None)
            )
        )
    return seen is not None and seen + IDLE > now


async def close(sessionmaker: Sessions, token: str | None, advisor: Advisor, now: datetime) -> None:
    """Log out: the token stops working at once."""
    async with sessionmaker() as session, session.begin():
        if token:
            await session.execute(
                sa.delete(AdvisorSession).where(AdvisorSession.token_hash == _digest(token))
            )
        session.add(AuditEvent(action=AuditAction.LOGOUT, actor_name=advisor.login, created_at=now))


async def sweep(sessionmaker: Sessions, now: datetime) -> int:
    """Delete expired sessions; returns how many."""
    async with sessionmaker() as session, session.begin():
        return await delete_expired(session, now)


async def delete_expired(session: AsyncSession, now: datetime) -> int:
    """Delete the sessions expired at ``now`` in ``session``'s transaction; how many.

    Run at every login and by the nightly retention (bot.privacy.retention): without a
    login for days, expired rows stayed with their account and times."""
    result = await session.execute(
        sa.delete(AdvisorSession).where(AdvisorSession.last_seen_at <= now - IDLE),
        execution_options={"synchronize_session": False},
    )
    return int(getattr(result, "rowcount", 0) or 0)
