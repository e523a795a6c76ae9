"""Outbox delivery: every notification the bot owes advisors and people.

Rows are committed by the step that caused them (a new lead, a claim, a
relayed reply ...) and delivered here, oldest first. Each row goes through
three short phases, and no network call ever happens inside a transaction:

1. read the row and what it is about, decide what to send (or to drop it);
2. send it (Telegram or SMTP);
3. record the outcome: sent, retry later with backoff, or failed for good.

A row that fails is never deleted: after ``max_attempts`` it is marked failed,
logged and listed in /stats. Because the state lives in the table, delivery
resumes after a restart. Delivery is at least once: a crash between sending
and recording sends that one message again.
"""

from __future__ import annotations

import asyncio
import html
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    ReplyParameters,
)
from telegram import Message as TelegramMessage
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
)

from bot.advisor import view
from bot.advisor.roster import Advisors
from bot.dialogue.state import Screen
from bot.i18n import DEFAULT_LANGUAGE, N_, translator
from bot.outbox import mail
from db import repository
from db.models import AuditEvent, Lead, OutboxMessage, RelayMessage, User
from db.vocabulary import RELAY_KINDS
from db.vocabulary import WORKING_STATUSES as WORKING

log = logging.getLogger(__name__)

Sessions = async_sessionmaker[AsyncSession]

MAX_ATTEMPTS = 12
MAX_BACKOFF = timedelta(minutes=15)
BATCH = 50

CLAIMED_TEXT = N_(
    "Good news: {name} from KAUSA has taken on your request and will contact you soon."
)
RELAY_INTRO = N_("Message from your KAUSA advisor:")
RELAY_HINT = N_("You can answer by replying to this message.")
UNREACHABLE = (
    "⚠️ Anfrage #{lead}: Die Person hat den Bot blockiert oder ihre Daten gelöscht und ist "
    "über Telegram nicht erreichbar."
)

# Kinds that write into the person's chat; the rest go to the advisor group (or e-mail).
PERSON_KINDS = ("person_claimed", "relay_to_person")
#: What this worker delivers; rows of other kinds or targets are left alone (logged once).
TELEGRAM_KINDS = frozenset(
    {
        "lead_new",
        "lead_withdrawn",
        "lead_refresh",
        "lead_reminder",
        "claim_reminder",
        "group_notice",
        "relay_to_group",
        *PERSON_KINDS,
    }
)
EMAIL_KINDS = frozenset({"lead_new"})


@dataclass
class Outbox:
    """Delivery settings plus the little state one running bot keeps."""

    advisors: Advisors
    mail: mail.MailServer | None = None
    unclaimed_hours: float = 4.0
    claimed_days: int = 3
    max_attempts: int = MAX_ATTEMPTS
    batch: int = BATCH
    #: Serialises runs: the periodic job and the kicks after an advisor's action.
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    #: Offices without advisor chat, unknown kinds: already logged (once per process).
    unconfigured: set[str] = field(default_factory=set)


@dataclass
class Report:
    """What one run did (row ids)."""

    sent: list[int] = field(default_factory=list)
    retried: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    cancelled: list[int] = field(default_factory=list)
    waiting: list[int] = field(default_factory=list)


# -- phase 1: what to send ---------------------------------------------------


@dataclass
class Plan:
    """One delivery, decided from the row and the current lead."""

    send: Callable[[], Awaitable[int | None]]
    #: Runs in the recording transaction with the sent message id.
    record: Callable[[AsyncSession, int | None], Awaitable[None]] | None = None
    #: A second try without phone links, should Telegram refuse the tel: links.
    fallback: Callable[[], Awaitable[int | None]] | None = None


class Skip(Exception):
    """The row no longer makes sense (lead withdrawn, person gone ...): cancel it."""


class Wait(Exception):
    """The row cannot be sent yet (configuration missing); keep it as it is."""


def markup(screen: Screen) -> InlineKeyboardMarkup | None:
    if not screen.keyboard:
        return None
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(b.label, callback_data=b.data) for b in row]
            for row in screen.keyboard
        ]
    )


_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


async def _send(
    bot: Bot,
    chat_id: int,
    text: str,
    *,
    markup: InlineKeyboardMarkup | None = None,
    reply_to: int | None = None,
    html_mode: bool = True,
) -> int:
    # The lead message may have been deleted in the group: then send without quoting.
    reply = (
        ReplyParameters(reply_to, allow_sending_without_reply=True)
        if reply_to is not None
        else None
    )
    message: TelegramMessage = await bot.send_message(
        chat_id,
        text,
        parse_mode=ParseMode.HTML if html_mode else None,
        reply_markup=markup,
        reply_parameters=reply,
        link_preview_options=_NO_PREVIEW,
    )
    return message.message_id


async def _edit(bot: Bot, chat_id: int, message_id: int, screen: Screen) -> int:
    try:
        await bot.edit_message_text(
            screen.text,
            chat_id=chat_id,
            message_id=message_id,
            parse_mode=ParseMode.HTML,
            reply_markup=markup(screen),
            link_preview_options=_NO_PREVIEW,
        )
    except BadRequest as exc:
        text = exc.message.lower()
        if "not modified" in text:
            return message_id  # already showing this
        if "not found" in text:
            raise Skip("advisor message no longer exists") from None
        raise
    return message_id


async def _plan(
    session: AsyncSession, row: OutboxMessage, bot: Bot, outbox: Outbox, now: datetime
) -> Plan:
    known = TELEGRAM_KINDS if row.target == "telegram" else EMAIL_KINDS
    if row.target not in ("telegram", "email") or row.kind not in known:
        key = f"{row.target}/{row.kind}"
        if key not in outbox.unconfigured:
            outbox.unconfigured.add(key)
            log.warning("outbox rows of kind %s are not delivered by this version", key)
        raise Wait("unknown kind")
    lead = await session.get(Lead, row.lead_id) if row.lead_id is not None else None
    if lead is None:
        raise Skip("lead no longer exists")
    advisors = outbox.advisors
    tz = advisors.timezone
    office = advisors.office_name(lead.office)
    kind = row.kind

    if kind == "lead_new" and row.target == "email":
        return _plan_mail(lead, outbox, now)

    if kind == "lead_new":
        if lead.status == "withdrawn" or lead.anonymized_at is not None:
            raise Skip("lead withdrawn before it was announced")
        if lead.advisor_message_id is not None:
            raise Skip("lead already announced")
        chat = advisors.chat_for(lead.office)
        if chat is None:
            key = lead.office or "-"
            if key not in outbox.unconfigured:
                outbox.unconfigured.add(key)
                log.error(
                    "configuration problem: office %s has no advisor chat (set advisor_chat_id "
                    "in the offices file or ADVISOR_CHAT_ID); its leads wait in the outbox",
                    key,
                )
            raise Wait("no advisor chat")
        target: int = chat
        screen = view.lead_message(lead, office, tz)
        plain = view.lead_message(lead, office, tz, phone_links=False)
        lead_id = lead.id

        async def record_announced(session: AsyncSession, message_id: int | None) -> None:
            await session.execute(
                sa.update(Lead)
                .where(Lead.id == lead_id)
                .values(advisor_message_chat_id=target, advisor_message_id=message_id)
            )
            session.add(AuditEvent(lead_id=lead_id, action="announced", created_at=now))

        return Plan(
            send=lambda: _send(bot, target, screen.text, markup=markup(screen)),
            record=record_announced,
            fallback=lambda: _send(bot, target, plain.text, markup=markup(plain)),
        )

    # Everything below refers to a message already in the group.
    group, lead_message = lead.advisor_message_chat_id, lead.advisor_message_id

    if kind in ("lead_withdrawn", "lead_refresh"):
        if group is None or lead_message is None:
            raise Skip("nothing in the group to update")
        screen = view.lead_message(lead, office, tz)
        return Plan(send=lambda: _edit(bot, group, lead_message, screen))

    if kind == "lead_reminder":
        if lead.status != "new" or group is None:
            raise Skip("lead claimed or closed meanwhile")
        screen = view.unclaimed_reminder(lead, outbox.unclaimed_hours)
        return Plan(
            send=lambda: _send(
                bot, group, screen.text, markup=markup(screen), reply_to=lead_message
            ),
            record=_relay_recorder(group, lead.id, None),
        )

    if kind == "claim_reminder":
        if lead.status not in WORKING or group is None:
            raise Skip("lead released or closed meanwhile")
        text = view.claimed_reminder(lead, outbox.claimed_days)
        return Plan(
            send=lambda: _send(bot, group, text, reply_to=lead_message),
            record=_relay_recorder(group, lead.id, None),
        )

    if kind == "group_notice":
        if group is None:
            raise Skip("nothing in the group to refer to")
        text = str(row.payload.get("text") or "")
        if not text:
            raise Skip("empty notice")
        return Plan(send=lambda: _send(bot, group, text, reply_to=lead_message))

    if kind == "relay_to_group":
        if lead.status == "withdrawn" or lead.anonymized_at is not None:
            raise Skip("the person withdrew; their text is dropped")
        chat = group if group is not None else advisors.chat_for(lead.office)
        if chat is None:
            raise Wait("no advisor chat")
        user = await session.get(User, lead.user_id) if lead.user_id is not None else None
        text = view.person_answer(
            lead, str(row.payload.get("text") or ""), user.first_name if user else None
        )
        return Plan(
            send=lambda: _send(bot, chat, text, reply_to=lead_message if chat == group else None),
            record=_relay_recorder(chat, lead.id, None),
        )

    if kind in PERSON_KINDS:
        user = await session.get(User, lead.user_id) if lead.user_id is not None else None
        if user is None or user.channel != "telegram" or lead.status == "withdrawn":
            raise Skip("person is gone")
        if user.blocked:
            raise Skip("person blocked the bot")
        chat_id = int(user.external_id)
        t = translator(user.language or lead.language or DEFAULT_LANGUAGE)
        if kind == "person_claimed":
            name = str(row.payload.get("name") or "")
            text = t.gettext(CLAIMED_TEXT).format(name=t.isolate(name))
            return Plan(send=lambda: _send(bot, chat_id, text, html_mode=False))
        body = view.esc(str(row.payload.get("text") or ""), 3500)
        text = (
            f"<b>{html.escape(t.gettext(RELAY_INTRO))}</b>\n\n{body}\n\n"
            f"<i>{html.escape(t.gettext(RELAY_HINT))}</i>"
        )
        return Plan(
            send=lambda: _send(bot, chat_id, text),
            record=_relay_recorder(chat_id, lead.id, user.id),
        )

    raise AssertionError(f"unhandled outbox kind {kind!r}")  # pragma: no cover


def _plan_mail(lead: Lead, outbox: Outbox, now: datetime) -> Plan:
    server = outbox.mail
    office = outbox.advisors.offices.get(lead.office or "")
    if server is None or office is None or not office.notify_email:
        raise Skip("e-mail not configured")
    if lead.status == "withdrawn" or lead.anonymized_at is not None:
        raise Skip("lead withdrawn")
    to = office.notify_email
    subject = f"Neue KAUSA-Anfrage #{lead.id} ({office.city})"
    body = view.lead_plain_text(lead, office.city, outbox.advisors.timezone)
    lead_id = lead.id

    async def send() -> int | None:
        await mail.send(server, to, subject, body)
        return None

    async def record(session: AsyncSession, message_id: int | None) -> None:
        session.add(AuditEvent(lead_id=lead_id, action="mailed", created_at=now))

    return Plan(send=send, record=record)


def _relay_recorder(
    chat_id: int, lead_id: int, user_id: int | None
) -> Callable[[AsyncSession, int | None], Awaitable[None]]:
    """Remember that a reply to this bot message belongs to the lead."""

    async def record(session: AsyncSession, message_id: int | None) -> None:
        if message_id is not None:
            session.add(
                RelayMessage(
                    chat_id=chat_id, message_id=message_id, lead_id=lead_id, user_id=user_id
                )
            )

    return record


# -- phase 3: what happened --------------------------------------------------


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
    # Telegram's and our own messages name no person; SMTP errors are reduced to their code.
    if isinstance(exc, TelegramError):
        name = type(exc).__name__
        text = exc.message if exc.message.startswith(name) else f"{name}: {exc.message}"
        return text[:500]
    if isinstance(exc, Skip | Wait):
        return str(exc)[:500]
    return mail.describe(exc) if isinstance(exc, Exception) else type(exc).__name__


async def _finish(
    sessionmaker: Sessions,
    row_id: int,
    *,
    status: str,
    now: datetime,
    message_id: int | None = None,
    record: Callable[[AsyncSession, int | None], Awaitable[None]] | None = None,
    error: str | None = None,
    retry_at: datetime | None = None,
    max_attempts: int = MAX_ATTEMPTS,
) -> None:
    async with sessionmaker() as session, session.begin():
        row = await session.get(OutboxMessage, row_id)
        if row is None:  # the lead was deleted meanwhile
            return
        if status == "sent":
            row.status = "sent"
            row.sent_at = now
            row.last_error = None
            if row.kind in RELAY_KINDS:
                row.payload = {}  # typed text is not kept once delivered
            if record is not None:
                await record(session, message_id)
        elif status == "cancelled":
            row.status = "cancelled"
            row.last_error = error
            if row.kind in RELAY_KINDS:
                row.payload = {}
        elif status == "retry":
            row.attempts += 1
            row.last_error = error
            if row.attempts >= max_attempts:
                row.status = "failed"
                log.error(
                    "outbox %s (%s) failed after %s attempts: %s",
                    row.id,
                    row.kind,
                    row.attempts,
                    error,
                )
            else:
                row.next_attempt_at = retry_at or now + backoff(row.attempts)
        elif status == "failed":
            row.attempts += 1
            row.status = "failed"
            row.last_error = error
            if row.kind == "relay_to_person":
                row.payload = {}  # refused for good (blocked, bad request): it never goes out
            log.error("outbox %s (%s) failed: %s", row.id, row.kind, error)


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
        if row is not None and row.kind == "relay_to_person":
            await repository.enqueue(
                session,
                kind="group_notice",
                target="telegram",
                payload={"text": UNREACHABLE.format(lead=lead.id)},
                lead_id=lead.id,
            )


# -- the job -----------------------------------------------------------------


async def deliver_due(sessionmaker: Sessions, bot: Bot, now: datetime, outbox: Outbox) -> Report:
    """Deliver every outbox row due at ``now``, oldest first; one run of the outbox job."""
    async with outbox.lock:
        return await _run(sessionmaker, bot, now, outbox)


_PAGE = 200


async def _pending(sessionmaker: Sessions, after: int) -> list[Any]:
    """The next page of pending rows this worker delivers, by id."""
    ours = sa.or_(
        sa.and_(OutboxMessage.target == "telegram", OutboxMessage.kind.in_(TELEGRAM_KINDS)),
        sa.and_(OutboxMessage.target == "email", OutboxMessage.kind.in_(EMAIL_KINDS)),
    )
    async with sessionmaker() as session:
        result = await session.execute(
            sa.select(
                OutboxMessage.id,
                OutboxMessage.lead_id,
                OutboxMessage.kind,
                OutboxMessage.target,
                OutboxMessage.next_attempt_at,
            )
            .where(OutboxMessage.status == "pending", OutboxMessage.id > after, ours)
            .order_by(OutboxMessage.id)
            .limit(_PAGE)
        )
        return list(result.all())


async def _run(sessionmaker: Sessions, bot: Bot, now: datetime, outbox: Outbox) -> Report:
    report = Report()
    # A row waiting for its retry holds back later rows of the same lead and audience,
    # so an edit never overtakes the message it edits.
    held: set[tuple[int | None, str]] = set()
    attempted, after = 0, 0
    # Rows that wait (retry time not reached, office without group) do not count towards
    # the batch, so they never starve the rows behind them.
    while attempted < outbox.batch:
        rows = await _pending(sessionmaker, after)
        if not rows:
            break
        for row_id, lead_id, kind, target, due in rows:
            after = row_id
            audience = "person" if kind in PERSON_KINDS else "group"
            lane = (lead_id, target if target != "telegram" else audience)
            if lane in held:
                continue
            if due > now:
                held.add(lane)
                continue
            outcome = await _deliver_one(sessionmaker, bot, now, outbox, row_id)
            getattr(report, outcome).append(row_id)
            if outcome in ("retried", "waiting"):
                held.add(lane)
            if outcome != "waiting":
                attempted += 1
                if attempted >= outbox.batch:
                    break
    return report


async def _deliver_one(
    sessionmaker: Sessions, bot: Bot, now: datetime, outbox: Outbox, row_id: int
) -> str:
    try:
        async with sessionmaker() as session, session.begin():
            row = await session.get(OutboxMessage, row_id)
            if row is None or row.status != "pending":
                return "cancelled"
            kind = row.kind
            plan = await _plan(session, row, bot, outbox, now)
    except Skip as exc:
        await _finish(sessionmaker, row_id, status="cancelled", now=now, error=str(exc))
        return "cancelled"
    except Wait:
        return "waiting"

    async def outcome(status: str, exc: Exception, retry_at: datetime | None = None) -> str:
        """Record a failed send: retry later (with backoff) or give up for good."""
        await _finish(
            sessionmaker,
            row_id,
            status=status,
            now=now,
            error=str(exc) if isinstance(exc, Skip) else _error(exc),
            retry_at=retry_at,
            max_attempts=outbox.max_attempts,
        )
        return {"retry": "retried"}.get(status, status)

    try:
        try:
            message_id = await plan.send()
        except BadRequest as exc:
            # Should Telegram ever refuse tel: links, announce the lead without them.
            if plan.fallback is None or "url" not in exc.message.lower():
                raise
            log.warning("outbox %s: link refused, sending without phone links", row_id)
            message_id = await plan.fallback()
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
    except Forbidden as exc:
        if kind in PERSON_KINDS:
            await _person_unreachable(sessionmaker, row_id)
        return await outcome("failed", exc)
    except BadRequest as exc:
        return await outcome("failed", exc)
    except NetworkError as exc:  # includes TimedOut and 5xx answers
        log.warning("outbox %s (%s): network problem, will retry", row_id, kind)
        return await outcome("retry", exc)
    except Exception as exc:
        if mail.permanent(exc):
            return await outcome("failed", exc)
        log.warning("outbox %s (%s): %s, will retry", row_id, kind, type(exc).__name__)
        return await outcome("retry", exc)

    await _finish(
        sessionmaker, row_id, status="sent", now=now, message_id=message_id, record=plan.record
    )
    return "sent"
