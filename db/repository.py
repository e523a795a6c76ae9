"""Small data-access functions over an ``AsyncSession``.

The caller owns the transaction (one per user step): these functions add,
query and flush, but never commit or roll back the outer transaction. Where a
unique key may race, they use a savepoint so a conflict does not poison it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import (
    AuditEvent,
    Conversation,
    Lead,
    OutboxMessage,
    ProcessedUpdate,
    User,
    utcnow,
)

__all__ = [
    "audit",
    "claim_update",
    "create_lead",
    "enqueue",
    "get_or_create_user",
    "get_user",
    "load_state",
    "purge_processed_updates",
    "save_state",
    "utcnow",
]

_LANGUAGE_MAX = 8
_USERNAME_MAX = 64
_FIRST_NAME_MAX = 128


def _language_tag(hint: str | None) -> str | None:
    """Fit a client language tag into the column: "sr-Latn-RS" becomes "sr"."""
    if not hint:
        return None
    if len(hint) <= _LANGUAGE_MAX:
        return hint
    return hint.split("-", 1)[0][:_LANGUAGE_MAX] or None


def _clip(value: str | None, limit: int) -> str | None:
    # PostgreSQL rejects over-long strings where SQLite silently stores them.
    return value[:limit] if value is not None else None


async def get_user(session: AsyncSession, channel: str, external_id: str) -> User | None:
    """Return the user known under ``external_id`` on ``channel``, if any."""
    stmt = sa.select(User).where(User.channel == channel, User.external_id == external_id)
    return (await session.execute(stmt)).scalar_one_or_none()


async def get_or_create_user(
    session: AsyncSession,
    channel: str,
    external_id: str,
    *,
    language_hint: str | None = None,
    username: str | None = None,
    first_name: str | None = None,
) -> User:
    """Return the user for (``channel``, ``external_id``), creating it on first contact.

    ``language_hint`` (e.g. Telegram's ``language_code``) only fills an empty
    ``language``; a language the user chose is never overwritten. ``username``
    and ``first_name`` are refreshed when given and different; None means
    "unknown" and keeps the stored value. Safe when several sessions create
    the same user at once: the loser of the insert race reads the winner's row.
    """
    username = _clip(username, _USERNAME_MAX)
    first_name = _clip(first_name, _FIRST_NAME_MAX)
    language = _language_tag(language_hint)

    user = await get_user(session, channel, external_id)
    if user is None:
        candidate = User(
            channel=channel,
            external_id=external_id,
            language=language,
            username=username,
            first_name=first_name,
        )
        try:
            async with session.begin_nested():
                session.add(candidate)
            return candidate
        except IntegrityError:
            # Another transaction inserted the same user after our SELECT.
            user = await get_user(session, channel, external_id)
            if user is None:
                raise

    if username is not None and user.username != username:
        user.username = username
    if first_name is not None and user.first_name != first_name:
        user.first_name = first_name
    if user.language is None and language is not None:
        user.language = language
    await session.flush()
    return user


async def load_state(session: AsyncSession, user_id: int) -> dict[str, Any] | None:
    """Return the stored conversation state of ``user_id``, or None if there is none."""
    stmt = sa.select(Conversation.state).where(Conversation.user_id == user_id)
    return (await session.execute(stmt)).scalar_one_or_none()


async def save_state(session: AsyncSession, user_id: int, state: dict[str, Any]) -> None:
    """Insert or replace the conversation state of ``user_id``.

    A native upsert (both SQLite and PostgreSQL speak ON CONFLICT) so two
    concurrent first saves cannot collide on the primary key.
    """
    now = utcnow()
    dialect = session.get_bind().dialect.name
    insert: Any
    if dialect == "postgresql":
        insert = postgresql.insert(Conversation)
    elif dialect == "sqlite":
        insert = sqlite.insert(Conversation)
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported
        raise NotImplementedError(f"save_state does not support {dialect!r}")
    stmt = (
        insert.values(user_id=user_id, state=state, updated_at=now)
        .on_conflict_do_update(
            index_elements=[Conversation.user_id],
            set_={"state": insert.excluded.state, "updated_at": insert.excluded.updated_at},
        )
        .returning(Conversation)
    )
    # populate_existing refreshes a Conversation already loaded in this session.
    await session.execute(stmt, execution_options={"populate_existing": True})


async def create_lead(session: AsyncSession, **fields: Any) -> Lead:
    """Add a lead built from ``fields`` (Lead column names) and flush it to get its id."""
    lead = Lead(**fields)
    session.add(lead)
    await session.flush()
    return lead


async def enqueue(
    session: AsyncSession,
    *,
    kind: str,
    target: str,
    payload: dict[str, Any],
    lead_id: int | None = None,
) -> OutboxMessage:
    """Queue a notification for delivery; it is sent only once the transaction commits."""
    message = OutboxMessage(lead_id=lead_id, kind=kind, target=target, payload=payload)
    session.add(message)
    await session.flush()
    return message


async def claim_update(session: AsyncSession, update_id: int) -> bool:
    """Record ``update_id`` as processed; False if it already was (a redelivery).

    The claim belongs to the caller's transaction: if the step fails and is
    rolled back, the update can be processed again.
    """
    # A Core insert, not session.add: an identical ProcessedUpdate already in the
    # identity map would raise a FlushError instead of the IntegrityError we expect.
    stmt = sa.insert(ProcessedUpdate).values(update_id=update_id, processed_at=utcnow())
    try:
        async with session.begin_nested():
            await session.execute(stmt)
    except IntegrityError:
        return False
    return True


async def purge_processed_updates(session: AsyncSession, *, older_than: datetime) -> int:
    """Delete update ids processed before ``older_than``; returns how many.

    Telegram redelivers only recent updates, so old ids are dead weight.
    """
    stmt = sa.delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < older_than)
    result = await session.execute(stmt, execution_options={"synchronize_session": False})
    return int(getattr(result, "rowcount", 0) or 0)


async def audit(
    session: AsyncSession,
    *,
    action: str,
    lead_id: int | None = None,
    actor_id: int | None = None,
    actor_name: str | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """Record that ``actor`` performed ``action`` (on ``lead_id``, if any)."""
    event = AuditEvent(
        lead_id=lead_id,
        actor_id=actor_id,
        actor_name=_clip(actor_name, 128),
        action=action,
        detail=detail,
    )
    session.add(event)
    await session.flush()
    return event
