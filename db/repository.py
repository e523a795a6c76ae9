"""Small data-access functions over an ``AsyncSession``.

The caller owns the transaction (for the dialogue, one per group of steps,
bot/service.py): these functions add, query and flush, but never commit or roll
back the outer transaction. Where a unique key may race, they use ON CONFLICT,
so a conflict does not poison it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from db import news
from db.models import (
    AltchaSolution,
    AuditEvent,
    Conversation,
    InboundUpdate,
    Lead,
    OutboxMessage,
    User,
    utcnow,
)
from db.news import News
from db.vocabulary import OPEN_STATUSES, InboxState

__all__ = [
    "add_users",
    "audit",
    "claim_update",
    "claim_updates",
    "create_lead",
    "enqueue",
    "finish_updates",
    "get_user",
    "load_state",
    "purge_processed_updates",
    "receive_updates",
    "release_updates",
    "save_states",
    "users_with_state",
    "utcnow",
    "waiting_updates",
]

_USERNAME_MAX = 64
_FIRST_NAME_MAX = 128


def _clip(value: str | None, limit: int) -> str | None:
    # PostgreSQL rejects over-long strings where SQLite silently stores them.
    return value[:limit] if value is not None else None


# Statements run on every user step are built once: building one (operators, column
# collections, the upsert's EXCLUDED alias) cost more than executing it, and a reused
# statement also reuses its compiled-cache key. Values go in as bound parameters.
_SELECT_USER = sa.select(User).where(
    User.channel == sa.bindparam("channel"), User.external_id == sa.bindparam("external_id")
)
_SELECT_STATE = sa.select(Conversation.state).where(Conversation.user_id == sa.bindparam("user_id"))
_SELECT_USERS_WITH_STATE = (
    sa.select(User, Conversation.state)
    .outerjoin(Conversation, Conversation.user_id == User.id)
    .where(
        User.channel == sa.bindparam("channel"),
        User.external_id.in_(sa.bindparam("external_ids", expanding=True)),
    )
)
_SELECT_REQUESTS = (
    sa.select(Lead.user_id, Lead.id, Lead.status, Lead.office)
    .where(Lead.user_id.in_(sa.bindparam("user_ids", expanding=True)))
    .order_by(Lead.user_id, Lead.id.desc())
)
_RELEASE_UPDATES = (
    sa.update(InboundUpdate)
    .where(InboundUpdate.update_id.in_(sa.bindparam("update_ids", expanding=True)))
    .values(state=InboxState.RECEIVED, processed_at=None)
)
# A claim that created the row (the id never passed the inbox) leaves nothing behind.
_FORGET_UPDATES = sa.delete(InboundUpdate).where(
    InboundUpdate.update_id.in_(sa.bindparam("update_ids", expanding=True)),
    InboundUpdate.payload.is_(None),
)
_FINISH_UPDATES = (
    sa.update(InboundUpdate)
    .where(
        InboundUpdate.update_id.in_(sa.bindparam("update_ids", expanding=True)),
        InboundUpdate.state != InboxState.DONE,
    )
    # processed_at stays as the step set it: NULL says no step was committed for it.
    .values(state=InboxState.DONE, payload=None)
)
_INSERTS: dict[str, Any] = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}


def _insert(session: AsyncSession) -> Any:
    """The INSERT construct of the session's dialect (both speak ON CONFLICT)."""
    dialect = session.get_bind().dialect.name
    try:
        return _INSERTS[dialect]
    except KeyError:  # pragma: no cover - only SQLite and PostgreSQL are supported
        raise NotImplementedError(f"ON CONFLICT is not supported on {dialect!r}") from None


@cache
def _upsert_state(insert: Any) -> Any:
    table = Conversation.__table__
    stmt = insert(table).values(
        user_id=sa.bindparam("user_id"),
        state=sa.bindparam("state"),
        updated_at=sa.bindparam("updated_at"),
    )
    return stmt.on_conflict_do_update(
        index_elements=[table.c.user_id],
        set_={"state": stmt.excluded.state, "updated_at": stmt.excluded.updated_at},
    )


@cache
def _add_user(insert: Any) -> Any:
    table = User.__table__
    return (
        insert(table)
        .values(
            channel=sa.bindparam("channel"),
            external_id=sa.bindparam("external_id"),
            username=sa.bindparam("username"),
            first_name=sa.bindparam("first_name"),
            created_at=sa.bindparam("now"),
            updated_at=sa.bindparam("now"),
        )
        .on_conflict_do_nothing(index_elements=[table.c.channel, table.c.external_id])
    )


@cache
def _claim_update(insert: Any) -> Any:
    # A Core upsert, not session.add: one statement claims an inbox row still waiting, or
    # records an id that never passed the inbox (the terminal, tests). A row already
    # claimed is left alone and not returned. Concurrent claims wait for each other's
    # transaction on the primary key.
    table = InboundUpdate.__table__
    stmt = insert(table).values(
        update_id=sa.bindparam("update_id"),
        state=sa.bindparam("state"),
        received_at=sa.bindparam("received_at"),
        processed_at=sa.bindparam("processed_at"),
        reply_after=sa.bindparam("reply_after"),
    )
    return stmt.on_conflict_do_update(
        index_elements=[table.c.update_id],
        set_={
            "state": stmt.excluded.state,
            "processed_at": stmt.excluded.processed_at,
            "reply_after": stmt.excluded.reply_after,
        },
        # A literal: the statement runs as a batched executemany, which binds per row.
        where=table.c.state == sa.literal_column(f"'{InboxState.RECEIVED}'"),
    ).returning(table.c.update_id)


@cache
def _receive_update(insert: Any) -> Any:
    # A redelivered update (already in the inbox, waiting or done) is not stored twice.
    table = InboundUpdate.__table__
    return (
        insert(table)
        .values(
            update_id=sa.bindparam("update_id"),
            chat_id=sa.bindparam("chat_id"),
            payload=sa.bindparam("payload"),
            state=InboxState.RECEIVED,
            received_at=sa.bindparam("received_at"),
        )
        .on_conflict_do_nothing(index_elements=[table.c.update_id])
        .returning(table.c.update_id)
    )


async def get_user(session: AsyncSession, channel: str, external_id: str) -> User | None:
    """Return the user known under ``external_id`` on ``channel``, if any."""
    params = {"channel": channel, "external_id": external_id}
    return (await session.execute(_SELECT_USER, params)).scalar_one_or_none()


def _refresh(user: User, username: str | None, first_name: str | None) -> None:
    """Names change in Telegram; None means "not known now" and keeps the stored one."""
    if username is not None and user.username != username:
        user.username = username
    if first_name is not None and user.first_name != first_name:
        user.first_name = first_name


async def users_with_state(
    session: AsyncSession,
    channel: str,
    external_ids: list[str],
    *,
    profiles: dict[str, tuple[str | None, str | None]] | None = None,
) -> dict[str, tuple[User, dict[str, Any] | None]]:
    """The known users among ``external_ids`` with their stored states, in one query.

    For a group of steps committed together (bot.dialogue.service); people not in the
    result are new (:func:`add_users`). ``profiles`` maps an external id to its
    (username, first_name), refreshed (None keeps the stored name) and
    written at the next flush.
    """
    params = {"channel": channel, "external_ids": external_ids}
    found: dict[str, tuple[User, dict[str, Any] | None]] = {}
    for user, state in (await session.execute(_SELECT_USERS_WITH_STATE, params)).tuples():
        found[user.external_id] = (user, state)
        username, first_name = (profiles or {}).get(user.external_id, (None, None))
        _refresh(user, _clip(username, _USERNAME_MAX), _clip(first_name, _FIRST_NAME_MAX))
    return found


async def add_users(
    session: AsyncSession,
    channel: str,
    profiles: dict[str, tuple[str | None, str | None]],
    now: datetime,
) -> None:
    """Insert first-contact users, external id -> (username, first_name), in one statement.

    Someone inserted meanwhile by another transaction is left as it is (ON
    CONFLICT DO NOTHING), so reading them with :func:`users_with_state`
    afterwards finds every one of them.
    """
    if not profiles:
        return
    params = [
        {
            "channel": channel,
            "external_id": external_id,
            "username": _clip(username, _USERNAME_MAX),
            "first_name": _clip(first_name, _FIRST_NAME_MAX),
            "now": now,
        }
        for external_id, (username, first_name) in profiles.items()
    ]
    await session.execute(_add_user(_insert(session)), params)


async def load_state(session: AsyncSession, user_id: int) -> dict[str, Any] | None:
    """Return the stored conversation state of ``user_id``, or None if there is none."""
    return (await session.execute(_SELECT_STATE, {"user_id": user_id})).scalar_one_or_none()


async def save_states(
    session: AsyncSession, states: list[tuple[int, dict[str, Any]]], now: datetime
) -> None:
    """Insert or replace the conversation states of many users: (user id, state) pairs.

    A native upsert (both SQLite and PostgreSQL speak ON CONFLICT), so two
    concurrent first saves cannot collide on the primary key.
    """
    if not states:
        return
    params = [{"user_id": uid, "state": state, "updated_at": now} for uid, state in states]
    await session.execute(_upsert_state(_insert(session)), params)


async def requests_of(
    session: AsyncSession, user_ids: list[int], *, limit: int = 10
) -> dict[int, list[tuple[int, str, str | None]]]:
    """The newest leads of each person as (id, status, office), newest first, in one query.

    For a group of steps (bot.dialogue.service); a person has a handful of leads at
    most (the daily quota, bot.dialogue.quota), so all are read and the newest kept.
    """
    found: dict[int, list[tuple[int, str, str | None]]] = {uid: [] for uid in user_ids}
    if not user_ids:
        return found
    rows = await session.execute(_SELECT_REQUESTS, {"user_ids": user_ids})
    for user_id, lead_id, status, office in rows:
        leads = found.get(user_id) if user_id is not None else None
        if leads is not None and len(leads) < limit:
            leads.append((lead_id, status, office))
    return found


async def recent_leads(
    session: AsyncSession, user_id: int, since: datetime
) -> list[tuple[int, datetime, str]]:
    """A person's leads created since ``since`` as (id, created_at, status)."""
    rows = await session.execute(
        sa.select(Lead.id, Lead.created_at, Lead.status).where(
            Lead.user_id == user_id, Lead.created_at >= since
        )
    )
    return [(row.id, row.created_at, row.status) for row in rows]


async def add_to_lead(
    session: AsyncSession, user_id: int, lead_id: int, answers: dict[str, Any]
) -> Lead | None:
    """Merge ``answers`` into the person's open lead; None if it is not theirs or not open."""
    lead = await session.get(Lead, lead_id, with_for_update=True)
    if lead is None or lead.user_id != user_id or lead.status not in OPEN_STATUSES:
        return None
    merged = dict(lead.answers)
    for key, value in answers.items():
        earlier = merged.get(key)
        # A second typed question joins the first instead of replacing it.
        if isinstance(earlier, str) and isinstance(value, str) and key == "question":
            value = f"{earlier}\n{value}"
        merged[key] = value
    lead.answers = merged
    return lead


async def create_lead(session: AsyncSession, **fields: Any) -> Lead:
    """Add a lead built from ``fields`` (Lead column names) and flush it to get its id."""
    lead = Lead(**fields)
    session.add(lead)
    await session.flush()
    news.note(session, News(lead.id, lead.office))  # the inbox's list shows it live
    return lead


async def enqueue(
    session: AsyncSession,
    *,
    kind: str,
    target: str,
    payload: dict[str, Any] | None = None,
    lead_id: int | None = None,
) -> OutboxMessage:
    """Queue a notification for delivery; it is sent only once the transaction commits."""
    message = OutboxMessage(lead_id=lead_id, kind=kind, target=target, payload=payload or {})
    session.add(message)
    await session.flush()
    return message


async def claim_update(
    session: AsyncSession, update_id: int, now: datetime, *, state: str = InboxState.DONE
) -> bool:
    """Mark ``update_id`` as processed; False if it already was (a redelivery).

    The claim belongs to the caller's transaction: if the step fails and is
    rolled back, the update can be processed again.
    """
    return update_id in await claim_updates(session, [update_id], now, state=state)


async def claim_updates(
    session: AsyncSession,
    update_ids: list[int],
    now: datetime,
    *,
    state: str = InboxState.DONE,
    reply_after: Mapping[int, int] | None = None,
) -> set[int]:
    """:func:`claim_update` for many ids in one statement; returns the ids now claimed.

    ``state`` is STEPPED when a reply is still owed after the commit (bot.inbox sends
    it after a crash), DONE when the transaction itself is all the update asks for.
    ``reply_after`` gives, per update id, the newest message id known in its chat.
    """
    if not update_ids:
        return set()
    after = reply_after or {}
    # Each value its own parameter: asyncpg's batched executemany binds per row.
    params = [
        {
            "update_id": u,
            "received_at": now,
            "processed_at": now,
            "state": state,
            "reply_after": after.get(u),
        }
        for u in update_ids
    ]
    rows = await session.execute(_claim_update(_insert(session)), params)
    return set(rows.scalars())


async def release_updates(session: AsyncSession, update_ids: list[int]) -> None:
    """Undo claims of this transaction: those steps failed and may be tried again."""
    if update_ids:
        await session.execute(_FORGET_UPDATES, {"update_ids": update_ids})
        await session.execute(_RELEASE_UPDATES, {"update_ids": update_ids})


async def receive_updates(
    session: AsyncSession, updates: list[tuple[int, int | None, str]], now: datetime
) -> set[int]:
    """Store (update id, chat id, raw JSON) in the inbox; returns the ids new to it."""
    if not updates:
        return set()
    params = [
        {"update_id": u, "chat_id": chat, "payload": raw, "received_at": now}
        for u, chat, raw in updates
    ]
    rows = await session.execute(_receive_update(_insert(session)), params)
    return set(rows.scalars())


async def finish_updates(session: AsyncSession, update_ids: list[int]) -> None:
    """Mark inbox rows done (their reply, if any, was sent) and forget their raw JSON."""
    if update_ids:
        await session.execute(_FINISH_UPDATES, {"update_ids": update_ids})


async def waiting_updates(session: AsyncSession) -> list[InboundUpdate]:
    """Inbox rows not done yet, oldest first: what a restart must still process or answer."""
    stmt = (
        sa.select(InboundUpdate)
        .where(InboundUpdate.state != InboxState.DONE)
        .order_by(InboundUpdate.update_id)
    )
    return list((await session.scalars(stmt)).all())


async def purge_processed_updates(session: AsyncSession, *, older_than: datetime) -> int:
    """Delete done inbox rows processed (or received) before ``older_than``; returns how many.

    Telegram redelivers only recent updates, so old ids are dead weight.
    """
    stmt = sa.delete(InboundUpdate).where(
        InboundUpdate.state == InboxState.DONE,
        sa.func.coalesce(InboundUpdate.processed_at, InboundUpdate.received_at) < older_than,
    )
    result = await session.execute(stmt, execution_options={"synchronize_session": False})
    return int(getattr(result, "rowcount", 0) or 0)


async def purge_proofs(session: AsyncSession, *, solved_before: datetime) -> int:
    """Delete spam-check proofs (bot.web.proof) taken before ``solved_before``; how many.

    Once its challenge or token has expired a proof can no longer be replayed, so
    keeping its signature guards nothing.
    """
    stmt = sa.delete(AltchaSolution).where(AltchaSolution.solved_at < solved_before)
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
