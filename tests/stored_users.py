"""Users in the database as the dialogue creates them, for tests below the service."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from db import repository
from db.models import User

#: The moment these rows are written: tests below the service have no clock of their own.
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


async def stored_user(
    session: AsyncSession,
    channel: str,
    external_id: str,
    *,
    username: str | None = None,
    first_name: str | None = None,
) -> User:
    """The user (``channel``, ``external_id``), inserted first if new."""
    found = await repository.users_with_state(session, channel, [external_id])
    if external_id in found:
        return found[external_id][0]
    user = User(
        channel=channel,
        external_id=external_id,
        username=username,
        first_name=first_name,
        created_at=NOW,
        updated_at=NOW,
    )
    session.add(user)
    await session.flush()
    return user
