"""Outbox delivery: the worker that runs every notification the bot owes advisors and people.

Rows are committed by the step that caused them (a new lead, a claim, a
relayed reply ...) and delivered here, oldest first, new-lead cards before the
rest (a flood of notices must not hold a lead up for minutes: an advisor group
takes about 20 messages a minute). Each row goes through three short phases,
and no network call ever happens inside a transaction:

1. read the row and what it is about, and let its kind's planner decide what
   to send or to drop it (:mod:`bot.outbox.plans`);
2. send it (Telegram through :mod:`bot.outbox.botapi`, or SMTP);
3. record the outcome: sent, retry later with backoff, or failed for good.

A row that fails is never deleted: after ``max_attempts`` it is marked failed,
logged and listed in /stats; so is a row of a kind no planner knows. Because
the state lives in the table, delivery resumes after a restart. Delivery is at
least once: a crash between sending and recording sends that one message again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Bot
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
)

from bot.advisor.replies import NOT_DELIVERED_WITHDRAWN, UNREACHABLE
from bot.ops.logs import unquoted
from bot.outbox import groups, lease, mail
from bot.outbox.courier import MAX_ATTEMPTS, Courier
from bot.outbox.plans import PERSON_GONE, Record, Skip, UnknownKind, Wait, plan
from db import news, repository, sqlite_cursor
from db.models import Lead, OutboxMessage, User, table
from db.vocabulary import PERSON_KINDS, RELAY_KINDS, OutboxKind, OutboxStatus, OutboxTarget

log = logging.getLogger(__name__)

Sessions = async_sessionmaker[AsyncSession]

MAX_BACKOFF = timedelta(minutes=15)


@dataclass
class Report:
    """What one run did (row ids)."""

    sent: list[int] = field(default_factory=list)
    retried: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    cancelled: list[int] = field(default_factory=list)
    waiting: list[int] = field(default_factory=list)


# -- recording what happened (phase 3) ----------------------------------------


def retry_after(exc: RetryAfter) -> timedelta:
    """How long Telegram asks us to wait."""
    # PTB keeps a timedelta; its public property is deprecated while it changes type.
    value = getattr(exc, "_retry_after", None)
    if isinstance(value, timedelta):
        return value
    return timedelta(seconds=30)  # pragma: no cover - a cautious guess for another PTB


def backoff(attempts: int) -> timedelta:
    """Wait before the next try after ``attempts`` failed ones: 2, 4, 8 ... seconds, capped."""
    return min(timedelta(seconds=2 ** min(attempts, 20)), MAX_BACKOFF)


def _error(exc: BaseException) -> str:
    # Our own messages name no person; Telegram's can quote what they were sent (a tag,
    # a name), left out; SMTP errors are reduced to their code.
    if isinstance(exc, TelegramError):
        name = type(exc).__name__
        text = exc.message if exc.message.startswith(name) else f"{name}: {exc.message}"
        return unquoted(text)[:500]
    if isinstance(exc, Skip | Wait):
        return str(exc)[:500]
    return mail.describe(exc) if isinstance(exc, Exception) else type(exc).__name__


#: How a delivery attempt ends for its row: the stored status follows from it.
Finish = Literal["cancelled", "failed", "retry", "refused"]


async def _finish(
    sessionmaker: Sessions,
    row_id: int,
    *,
    status: Finish,
    now: datetime,
    error: str | None = None,
    retry_at: datetime | None = None,
    max_attempts: int = MAX_ATTEMPTS,
) -> None:
    async with sessionmaker() as session, session.begin():
        row = await session.get(OutboxMessage, row_id)
        if row is None:  # the lead was deleted meanwhile
            return
        lease.release(row)
        if status == "cancelled":
            row.status = OutboxStatus.CANCELLED
            row.last_error = error
            if row.kind in RELAY_KINDS:
                row.payload = {}
            if error == PERSON_GONE and row.kind in _TO_PERSON and row.lead_id is not None:
                # An advisor's message the person withdrew before: the advisor heard
                # nothing (no 👌, no word) and believed it delivered.
                await _tell_group(session, row.lead_id, NOT_DELIVERED_WITHDRAWN)
        elif status == "retry":
            row.attempts += 1
            row.last_error = error
            if row.attempts >= max_attempts:
                row.status = OutboxStatus.FAILED
                log.error(
                    "outbox %s (%s) failed after %s attempts: %s",
                    row.id,
                    row.kind,
                    row.attempts,
                    error,
                )
            else:
                row.next_attempt_at = retry_at or now + backoff(row.attempts)
        elif status == "refused":
            # Its group refuses the bot (bot.outbox.groups): it waits, for days if need be.
            row.last_error = error
            row.next_attempt_at = retry_at or now
        elif status == "failed":
            row.attempts += 1
            row.status = OutboxStatus.FAILED
            row.last_error = error
            if row.kind == OutboxKind.RELAY_TO_PERSON:
                row.payload = {}  # refused for good (blocked, bad request): it never goes out
            log.error("outbox %s (%s) failed: %s", row.id, row.kind, error)
        if row.kind == OutboxKind.MESSAGE_TO_PERSON and row.status != OutboxStatus.PENDING:
            await _undelivered(session, row)


#: An advisor's message to the person, from the group or the inbox.
_TO_PERSON = (OutboxKind.RELAY_TO_PERSON, OutboxKind.MESSAGE_TO_PERSON)


async def _undelivered(session: AsyncSession, row: OutboxMessage) -> None:
    """Tell an open inbox page of the lead that an advisor's message will not reach the
    person (it said "wird zugestellt" until a reload)."""
    message = str(row.payload.get("message", ""))
    if row.lead_id is None or not message.isdigit():
        return
    office = await session.scalar(sa.select(Lead.office).where(Lead.id == row.lead_id))
    news.note(session, news.News(row.lead_id, office, int(message), delivery=str(row.status)))


_outbox = table(OutboxMessage)

#: A row sent, its claim released; built once, as it runs for every row sent.
_SENT = (
    sa.update(_outbox)
    .where(_outbox.c.id == sa.bindparam("row_id"))
    .values(
        status=OutboxStatus.SENT,
        sent_at=sa.bindparam("now"),
        last_error=None,
        claimed_by=None,
        claimed_until=None,
    )
)
#: The same for a relayed message, whose typed text is not kept once delivered.
_RELAY_SENT = _SENT.values(payload={})


@dataclass
class _Sent:
    """A row Telegram (or the mail server) took, whose outcome is not stored yet."""

    row_id: int
    kind: str
    now: datetime
    message_id: int | None
    record: Record | None

    async def write(self, session: AsyncSession) -> None:
        """Mark the row sent and release its claim, then let its plan record what it posted."""
        statement = _RELAY_SENT if self.kind in RELAY_KINDS else _SENT
        result = await session.execute(statement, {"row_id": self.row_id, "now": self.now})
        if result.rowcount and self.record is not None:  # type: ignore[attr-defined]
            await self.record(session, self.message_id)  # (no row: its lead was deleted)


@dataclass
class _Unrecorded:
    """The last row sent in this run, until its outcome is committed.

    A sent row's outcome is written in the transaction that claims the next row (one
    transaction per row instead of two: half the commits of a drain), or alone when no
    row follows. Nothing is sent in between, so at most one sent row is ever unrecorded,
    as before: a crash there sends that one message again (at least once, and the card
    then says "erneut gesendet", bot.outbox.lease).
    """

    sent: _Sent | None = None

    def take(self) -> _Sent | None:
        sent, self.sent = self.sent, None
        return sent

    async def flush(self, sessionmaker: Sessions) -> None:
        """Commit the outcome still held, in a transaction of its own."""
        sent = self.take()
        if sent is not None:
            with sqlite_cursor.inline():
                async with sessionmaker() as session, session.begin():
                    await sent.write(session)


async def _person_unreachable(sessionmaker: Sessions, row_id: int) -> None:
    """Sending to the person was forbidden: stop contacting them, tell the group."""
    async with sessionmaker() as session, session.begin():
        row = await session.get(OutboxMessage, row_id)
        lead = await session.get(Lead, row.lead_id) if row and row.lead_id else None
        if lead is None:
            return
        if lead.user_id is not None:
            await session.execute(
                sa.update(User).where(User.id == lead.user_id).values(blocked=True)
            )
        if row is not None and row.kind in _TO_PERSON:
            await _tell_group(session, lead.id, UNREACHABLE)


async def _tell_group(session: AsyncSession, lead_id: int, text: str) -> None:
    """Queue a notice about ``lead_id`` (``text`` with its number) for its advisor group."""
    await repository.enqueue(
        session,
        kind=OutboxKind.GROUP_NOTICE,
        target=OutboxTarget.TELEGRAM,
        payload={"text": text.format(lead=lead_id)},
        lead_id=lead_id,
    )


# -- the job -----------------------------------------------------------------


async def deliver_due(sessionmaker: Sessions, bot: Bot, now: datetime, courier: Courier) -> Report:
    """Deliver every outbox row due at ``now``, oldest first; one run of the outbox job."""
    async with courier.lock:
        return await _run(sessionmaker, bot, now, courier)


_PAGE = 200


#: Delivered before every other kind: a new lead waits for no notice, relay or reminder,
#: and a card handed over is cut down at once (the first office no longer needs the data).
URGENT = (OutboxKind.LEAD_NEW, OutboxKind.LEAD_HANDED_OVER)


async def _pending(
    sessionmaker: Sessions, after: int, *, urgent: bool, targets: frozenset[str] | None
) -> list[Any]:
    """The next page of pending rows, by id: the urgent kinds', or all the others';
    only those for ``targets`` where given."""
    of_kind = OutboxMessage.kind.in_(URGENT)
    for_us = OutboxMessage.target.in_(targets) if targets is not None else sa.true()
    async with sessionmaker() as session:
        result = await session.execute(
            sa.select(
                OutboxMessage.id,
                OutboxMessage.lead_id,
                OutboxMessage.kind,
                OutboxMessage.target,
                OutboxMessage.next_attempt_at,
            )
            .where(
                OutboxMessage.status == OutboxStatus.PENDING,
                OutboxMessage.id > after,
                of_kind if urgent else sa.not_(of_kind),
                for_us,
            )
            .order_by(OutboxMessage.id)
            .limit(_PAGE)
        )
        return list(result.all())


async def _run(sessionmaker: Sessions, bot: Bot, now: datetime, courier: Courier) -> Report:
    report = Report()
    # A row waiting for its retry holds back later rows of the same lead and audience,
    # so an edit never overtakes the message it edits. A lead's card is its first row,
    # so sending cards first never puts a row ahead of the card it is about.
    held: set[tuple[int | None, str]] = set()
    attempted = 0
    unrecorded = _Unrecorded()
    try:
        for urgent in (True, False):
            attempted = await _pass(
                sessionmaker, bot, now, courier, report, held, attempted, urgent, unrecorded
            )
            if courier.stopping or attempted >= courier.batch:
                break
    finally:
        await unrecorded.flush(sessionmaker)
    return report


async def _pass(
    sessionmaker: Sessions,
    bot: Bot,
    now: datetime,
    courier: Courier,
    report: Report,
    held: set[tuple[int | None, str]],
    attempted: int,
    urgent: bool,
    unrecorded: _Unrecorded,
) -> int:
    """One pass over the urgent rows or the others; the number attempted so far."""
    after = 0
    # Rows that wait (retry time not reached, office without group) do not count towards
    # the batch, so they never starve the rows behind them.
    while attempted < courier.batch:
        rows = await _pending(sessionmaker, after, urgent=urgent, targets=courier.targets)
        if not rows:
            break
        for row_id, lead_id, kind, target, due in rows:
            if courier.stopping:
                return attempted  # SIGTERM: the rest is left for the next start
            after = row_id
            audience = "person" if kind in PERSON_KINDS else "group"
            if kind == OutboxKind.LEAD_HANDED_OVER:
                # Another chat than the lead's: its cut-down waits for none of the other
                # office's rows (a refused or missing chat there held it back).
                audience = "handed_over"
            lane = (lead_id, target if target != OutboxTarget.TELEGRAM else audience)
            if lane in held:
                continue
            if due > now:
                held.add(lane)
                continue
            outcome = await _deliver_one(sessionmaker, bot, now, courier, row_id, unrecorded)
            getattr(report, outcome).append(row_id)
            if outcome in ("retried", "waiting"):
                held.add(lane)
            if outcome != "waiting":
                attempted += 1
                if attempted >= courier.batch:
                    break
    return attempted


async def _deliver_one(
    sessionmaker: Sessions,
    bot: Bot,
    now: datetime,
    courier: Courier,
    row_id: int,
    unrecorded: _Unrecorded,
) -> str:
    previous = unrecorded.take()
    try:
        # A few rows each: on SQLite the statements run on the event loop's thread.
        with sqlite_cursor.inline():
            async with sessionmaker() as session, session.begin():
                if previous is not None:
                    await previous.write(session)
                claimed = await lease.claim(session, row_id, courier.worker, now)
                if claimed is None:
                    left = await session.get(OutboxMessage, row_id)
                    # Still pending: another worker has it (its lane waits); else it is gone.
                    if left is not None and left.status == OutboxStatus.PENDING:
                        return "waiting"
                    return "cancelled"
                row, lead, resent = claimed
                kind = row.kind
                planned = await plan(
                    session, row, lead, bot, courier, now, resent=resent, sessionmaker=sessionmaker
                )
                if groups.waiting_for(courier, planned.chat, now):
                    raise Wait("advisor group unreachable")  # rolls the claim back, too
    except (Skip, Wait, UnknownKind) as exc:
        # Rolled back, the previous row's outcome with it: it is committed on its own.
        unrecorded.sent = previous
        await unrecorded.flush(sessionmaker)
        if isinstance(exc, Wait):
            return "waiting"
        if isinstance(exc, Skip):
            await _finish(sessionmaker, row_id, status="cancelled", now=now, error=str(exc))
            return "cancelled"
        # An unknown kind: left pending it would wait forever unseen; failed, it is logged
        # and listed in /stats.
        await _finish(sessionmaker, row_id, status="failed", now=now, error=str(exc))
        return "failed"
    except BaseException:
        unrecorded.sent = previous  # the run commits it on its way out, if it still can
        raise

    async def outcome(status: Finish, exc: Exception, retry_at: datetime | None = None) -> str:
        """Record a failed send: retry later (with backoff) or give up for good."""
        await _finish(
            sessionmaker,
            row_id,
            status=status,
            now=now,
            error=str(exc) if isinstance(exc, Skip) else _error(exc),
            retry_at=retry_at,
            max_attempts=courier.max_attempts,
        )
        return {"retry": "retried"}.get(status, status)

    try:
        try:
            message_id = await planned.send()
        except BadRequest as exc:
            # Should Telegram ever refuse tel: links, announce the lead without them.
            if planned.fallback is None or "url" not in exc.message.lower():
                raise
            log.warning("outbox %s: link refused, sending without phone links", row_id)
            message_id = await planned.fallback()
    except Skip as exc:
        return await outcome("cancelled", exc)
    except RetryAfter as exc:
        wait = retry_after(exc)
        log.warning("outbox %s (%s): Telegram asks to wait %s", row_id, kind, wait)
        return await outcome("retry", exc, now + max(wait, timedelta(seconds=1)))
    except ChatMigrated as exc:
        log.error(
            "configuration problem: advisor chat became supergroup %s; update the configuration",
            exc.new_chat_id,
        )
        return await outcome("retry", exc)
    except (Forbidden, BadRequest) as exc:
        if planned.chat is not None and groups.is_refusal(exc):
            return await _group_refused(sessionmaker, courier, row_id, planned.chat, now, exc)
        if isinstance(exc, Forbidden) and kind in PERSON_KINDS:
            await _person_unreachable(sessionmaker, row_id)
        return await outcome("failed", exc)
    except NetworkError as exc:  # includes TimedOut and 5xx answers
        log.warning("outbox %s (%s): network problem, will retry", row_id, kind)
        return await outcome("retry", exc)
    except Exception as exc:
        if mail.permanent(exc):
            return await outcome("failed", exc)
        log.warning("outbox %s (%s): %s, will retry", row_id, kind, type(exc).__name__)
        return await outcome("retry", exc)

    groups.reached(courier, planned.chat)
    unrecorded.sent = _Sent(row_id, kind, now, message_id, planned.record)
    return "sent"


async def _group_refused(
    sessionmaker: Sessions,
    courier: Courier,
    row_id: int,
    chat: int,
    now: datetime,
    exc: TelegramError,
) -> str:
    """The advisor group refuses the bot: the row waits for it, no attempt is counted."""
    error = _error(exc)
    await _finish(
        sessionmaker,
        row_id,
        status="refused",
        now=now,
        error=f"group unreachable: {error}"[:500],
        retry_at=now + groups.GROUP_RETRY,
    )
    if groups.refused(courier, chat, now, error):
        await groups.alert_by_mail(courier, chat, now)
    return "waiting"
