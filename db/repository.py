"""Small data-access functions over an ``AsyncSession``.

The caller owns the transaction: these functions add, query and flush, but never
commit or roll back the outer transaction. (The statements every dialogue step runs
go to the driver instead: db.steps.) Where a unique key may race, they use ON CONFLICT,
so a conflict does not poison it.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from db import news
from db.models import (
    AltchaSolution,
    AuditEvent,
    Conversation,
    InboundUpdate,
    Lead,
    OutboxMessage,
    RetiredSession,
    ServerKey,
    User,
    utcnow,
)
from db.news import News
from db.steps import clip
from db.vocabulary import OPEN_STATUSES, InboxState

__all__ = [
    "audit",
    "claim_update",
    "create_lead",
    "enqueue",
    "get_user",
    "load_state",
    "purge_processed_updates",
    "release_updates",
    "users_with_state",
    "utcnow",
    "waiting_updates",
]

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
_INSERTS: dict[str, Any] = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}


def _insert(session: AsyncSession) -> Any:
    """The INSERT construct of the session's dialect (both speak ON CONFLICT)."""
    dialect = session.get_bind().dialect.name
    try:
        return _INSERTS[dialect]
    except KeyError:  # pragma: no cover - only SQLite and PostgreSQL are supported
        raise NotImplementedError(f"ON CONFLICT is not supported on {dialect!r}") from None


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
        # A literal: the state a claim may take over is fixed, not a parameter.
        where=table.c.state == sa.literal_column(f"'{InboxState.RECEIVED}'"),
    ).returning(table.c.update_id)


async def get_user(session: AsyncSession, channel: str, external_id: str) -> User | None:
    """Return the user known under ``external_id`` on ``channel``, if any."""
    params = {"channel": channel, "external_id": external_id}
    return (await session.execute(_SELECT_USER, params)).scalar_one_or_none()


async def users_with_state(
    session: AsyncSession, channel: str, external_ids: list[str]
) -> dict[str, tuple[User, dict[str, Any] | None]]:
    """The known users among ``external_ids`` with their stored states, in one query.

    For reads outside a step; a group of steps reads them on the driver (db.steps).
    """
    params = {"channel": channel, "external_ids": external_ids}
    found: dict[str, tuple[User, dict[str, Any] | None]] = {}
    for user, state in await session.execute(_SELECT_USERS_WITH_STATE, params):
        found[user.external_id] = (user, state)
    return found


async def load_state(session: AsyncSession, user_id: int) -> dict[str, Any] | None:
    """Return the stored conversation state of ``user_id``, or None if there is none."""
    return (await session.execute(_SELECT_STATE, {"user_id": user_id})).scalar_one_or_none()


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
    rolled back, the update can be processed again. (A group of dialogue steps
    claims its updates on the driver: db.steps.claim_updates.)
    """
    params = {
        "update_id": update_id,
        "received_at": now,
        "processed_at": now,
        "state": state,
        "reply_after": None,
    }
    rows = await session.execute(_claim_update(_insert(session)), params)
    return update_id in set(rows.scalars())


async def release_updates(session: AsyncSession | AsyncConnection, update_ids: list[int]) -> None:
    """Undo claims of this transaction: those steps failed and may be tried again."""
    if update_ids:
        await session.execute(_FORGET_UPDATES, {"update_ids": update_ids})
        await session.execute(_RELEASE_UPDATES, {"update_ids": update_ids})


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


async def age_audit(session: AsyncSession, *, before: datetime, spare: Collection[int] = ()) -> int:
    """Take the advisors out of the audit trail's rows made before ``before``; how many.

    A row of no lead (a login, a logout, a lock, an account changed, an export, a backup)
    says nothing but who did it: it goes. A closed request's row stays without whom, for
    its history, the statistics and the retention's reading of its last activity
    (bot.privacy.idle); a name becomes "" (someone, unnamed), so that an erasure at the
    person's request still reads as one (bot.advisor.claims). An open request's rows stay
    named: the work on it reads them (who took it, who read it since the person wrote).
    The rows in ``spare`` (an export or backup whose file is still on the server:
    bot.privacy.leftovers) stay without whom too, so that the purge goes on naming it."""
    old = AuditEvent.created_at < before
    kept = AuditEvent.id.in_(spare)
    deleted = await session.execute(
        sa.delete(AuditEvent).where(old, AuditEvent.lead_id.is_(None), ~kept),
        execution_options={"synchronize_session": False},
    )
    closed = sa.select(Lead.id).where(Lead.status.not_in(OPEN_STATUSES))
    named = sa.or_(AuditEvent.actor_id.is_not(None), AuditEvent.actor_name != "")
    unnamed = sa.case((AuditEvent.actor_name.is_(None), sa.null()), else_=sa.literal(""))
    blanked = await session.execute(
        sa.update(AuditEvent)
        .where(old, sa.or_(AuditEvent.lead_id.in_(closed), kept), named)
        .values(actor_id=None, actor_name=unnamed),
        execution_options={"synchronize_session": False},
    )
    return sum(int(getattr(result, "rowcount", 0) or 0) for result in (deleted, blanked))


async def retire_session(session: AsyncSession, person: str, now: datetime) -> None:
    """Remember that the web session ``person`` (its hash, users.external_id) was erased
    by an advisor: its cookie starts anew, also after a restart (bot.web.retired)."""
    await session.merge(RetiredSession(session=RetiredSession.key(person), retired_at=now))


async def retired_sessions(session: AsyncSession, since: datetime) -> list[tuple[str, datetime]]:
    """The web sessions retired since ``since``, oldest first: (:meth:`RetiredSession.key`,
    when)."""
    rows = await session.execute(
        sa.select(RetiredSession.session, RetiredSession.retired_at)
        .where(RetiredSession.retired_at >= since)
        .order_by(RetiredSession.retired_at)
    )
    return [(person, at) for person, at in rows]


async def purge_retired_sessions(session: AsyncSession, *, retired_before: datetime) -> int:
    """Forget sessions retired before ``retired_before`` (their cookie has expired); how many."""
    stmt = sa.delete(RetiredSession).where(RetiredSession.retired_at < retired_before)
    result = await session.execute(stmt, execution_options={"synchronize_session": False})
    return int(getattr(result, "rowcount", 0) or 0)


async def forget_proofs(session: AsyncSession, person: str) -> int:
    """Unlink a web person's spam-check proofs from their session (``person``: the session
    hash, users.external_id); how many.

    The signatures stay as the replay guard until the daily purge; the session hash goes,
    as it named the person's browser session for a day after /delete.
    """
    stmt = sa.update(AltchaSolution).where(AltchaSolution.session == person).values(session="")
    result = await session.execute(stmt, execution_options={"synchronize_session": False})
    return int(getattr(result, "rowcount", 0) or 0)


async def audit(
    session: AsyncSession,
    *,
    action: str,
    at: datetime,
    lead_id: int | None = None,
    actor_id: int | None = None,
    actor_name: str | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """Record that ``actor`` performed ``action`` (on ``lead_id``, if any) at ``at``, the
    caller's clock (the column's default is the wall clock: a purge run for a later day
    was stamped today)."""
    event = AuditEvent(
        created_at=at,
        lead_id=lead_id,
        actor_id=actor_id,
        actor_name=clip(actor_name, 128),
        action=action,
        detail=detail,
    )
    session.add(event)
    await session.flush()
    return event


async def server_key(session: AsyncSession, name: str, new: str) -> str:
    """The server's key ``name``; ``new`` stored as it when there is none yet (two
    processes starting at once both get the one stored first)."""
    table = ServerKey.__table__
    await session.execute(
        _insert(session)(table).values(name=name, value=new).on_conflict_do_nothing()
    )
    value = await session.scalar(sa.select(ServerKey.value).where(ServerKey.name == name))
    assert value is not None  # inserted above, or already there
    return value
