"""SQLAlchemy models: users, conversation state, leads, the notification outbox.

The same models run on SQLite (default) and PostgreSQL (production), so only
portable column types are used. Every timestamp is a timezone-aware UTC
``datetime`` on both databases (see :class:`UTCDateTime`).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Dialect
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, validates

from db.names import lead_name_key
from db.vocabulary import InboxState, LeadStatus, MessageDirection, MessageOrigin, OutboxStatus

# Deterministic constraint names: Alembic batch mode on SQLite can only drop or
# alter constraints it can address by name.
NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Return the current time as a timezone-aware UTC datetime."""
    return datetime.now(UTC)


def as_utc(value: datetime | str) -> datetime:
    """An aggregate (``max()``) of a :class:`UTCDateTime` column as aware UTC: SQLite hands
    it back raw, as stored text or a naive datetime, past the type's own conversion."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class UTCDateTime(sa.TypeDecorator[datetime]):
    """``DateTime(timezone=True)`` that always round-trips as aware UTC.

    SQLite has no timezone-aware type and hands back naive values; PostgreSQL
    returns them in the session time zone. Normalising here means callers can
    compare timestamps from either database without thinking about it.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Convert to UTC; refuse naive datetimes, whose zone would be a guess."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use db.models.utcnow() or an aware value")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            # SQLite stores text: drop the offset so values stay uniform and sort correctly.
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Attach UTC to naive values (SQLite) and normalise aware ones (PostgreSQL)."""
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


# JSONB on PostgreSQL allows equality and indexing; plain JSON text elsewhere.
# none_as_null: a Python None must become SQL NULL, not the JSON literal 'null'.
JSONType = sa.JSON(none_as_null=True).with_variant(
    postgresql.JSONB(none_as_null=True), "postgresql"
)


class Base(DeclarativeBase):
    """Declarative base with naming convention and portable type mapping."""

    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - read by SQLAlchemy at class creation
        datetime: UTCDateTime(),
        dict[str, Any]: JSONType,
    }


def table(model: type[Base]) -> sa.Table:
    """The model's Core table, for a statement built once and run for every row: Core
    skips the ORM's per-statement work (bot.outbox, bot.advisor.copies)."""
    return cast(sa.Table, model.__table__)


class User(Base):
    """Someone talking to the bot on one channel (Telegram, terminal, ...)."""

    __tablename__ = "users"
    __table_args__ = (
        sa.UniqueConstraint("channel", "external_id"),
        # Never reuse ids of deleted rows: old references must not point at someone else.
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    channel: Mapped[str] = mapped_column(sa.String(16))
    external_id: Mapped[str] = mapped_column(sa.String(64))
    language: Mapped[str | None] = mapped_column(sa.String(8))
    username: Mapped[str | None] = mapped_column(sa.String(64))
    first_name: Mapped[str | None] = mapped_column(sa.String(128))
    blocked: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=sa.func.now())
    updated_at: Mapped[datetime] = mapped_column(
        default=utcnow, onupdate=utcnow, server_default=sa.func.now()
    )

    def __repr__(self) -> str:
        return f"User(id={self.id!r}, channel={self.channel!r}, external_id={self.external_id!r})"


class Conversation(Base):
    """The dialogue engine's state for one user, committed on every step."""

    __tablename__ = "conversations"

    user_id: Mapped[int] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    state: Mapped[dict[str, Any]] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column(
        default=utcnow, onupdate=utcnow, server_default=sa.func.now()
    )


def _name_key_default(context: DefaultExecutionContext) -> str | None:
    """``name_key`` of a row inserted without one (a Core insert: bench, imports)."""
    row = context.get_current_parameters()
    return lead_name_key(row.get("name"), row.get("answers"))


class Lead(Base):
    """A completed request (business, young person, callback) for an office."""

    __tablename__ = "leads"
    __table_args__ = (
        sa.Index("ix_leads_office_status", "office", "status"),
        sa.Index("ix_leads_created_at", "created_at"),
        # The web inbox's list: one office's leads in order of arrival (bot/desk/listing.py).
        sa.Index("ix_leads_office_created_at", "office", "created_at"),
        # The list's counts with status, kind and language filters, from the index alone.
        sa.Index("ix_leads_office_status_flow_language", "office", "status", "flow", "language"),
        # Advisor buttons carry lead ids: a purged id must never be handed out again.
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    # Indexed because deleting a user sets this to NULL on every matching lead.
    user_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    flow: Mapped[str] = mapped_column(sa.String(16))
    answers: Mapped[dict[str, Any]] = mapped_column()
    office: Mapped[str | None] = mapped_column(sa.String(16))
    postal_code: Mapped[str | None] = mapped_column(sa.String(5))
    language: Mapped[str] = mapped_column(sa.String(8))
    channel: Mapped[str] = mapped_column(sa.String(16))
    name: Mapped[str | None] = mapped_column(sa.String(200))
    #: The name folded for the inbox's search (db/names.py), kept with ``name``: set by
    #: the ORM on every change and by the insert default for Core inserts. Indexed by
    #: migration 0008 (pg_trgm on PostgreSQL, the FTS5 table ``lead_names`` on SQLite).
    name_key: Mapped[str | None] = mapped_column(sa.Text, default=_name_key_default)
    phone: Mapped[str | None] = mapped_column(sa.String(32))
    email: Mapped[str | None] = mapped_column(sa.String(254))
    contact_via_telegram: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    telegram_username: Mapped[str | None] = mapped_column(sa.String(64))
    preferred_time: Mapped[str | None] = mapped_column(sa.String(16))
    callback_language: Mapped[str | None] = mapped_column(sa.String(8))
    consent_version: Mapped[str | None] = mapped_column(sa.String(32))
    consent_language: Mapped[str | None] = mapped_column(sa.String(8))
    consent_at: Mapped[datetime | None] = mapped_column()
    status: Mapped[str] = mapped_column(
        sa.String(16), default=LeadStatus.NEW, server_default=LeadStatus.NEW.value
    )
    claimed_by: Mapped[int | None] = mapped_column(sa.BigInteger)
    claimed_by_name: Mapped[str | None] = mapped_column(sa.String(128))
    claimed_at: Mapped[datetime | None] = mapped_column()
    attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    advisor_message_chat_id: Mapped[int | None] = mapped_column(sa.BigInteger)
    advisor_message_id: Mapped[int | None] = mapped_column(sa.BigInteger)
    #: The lead's forum topic in the advisor chat (message_thread_id), when that chat has topics.
    topic_id: Mapped[int | None] = mapped_column(sa.BigInteger)
    closed_at: Mapped[datetime | None] = mapped_column()
    anonymized_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=sa.func.now())
    updated_at: Mapped[datetime] = mapped_column(
        default=utcnow, onupdate=utcnow, server_default=sa.func.now()
    )

    @validates("name", "answers")
    def _keep_name_key(self, key: str, value: Any) -> Any:
        # Erasing the name (anonymize) erases its search key with it.
        name = value if key == "name" else self.name
        answers = value if key == "answers" else self.answers
        self.name_key = lead_name_key(name, answers)
        return value

    def __repr__(self) -> str:
        return f"Lead(id={self.id!r}, flow={self.flow!r}, office={self.office!r})"


class OutboxMessage(Base):
    """A notification to deliver (advisor chat, e-mail), retried until sent."""

    __tablename__ = "outbox"
    __table_args__ = (
        sa.Index("ix_outbox_status_next_attempt_at", "status", "next_attempt_at"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    lead_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("leads.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(sa.String(32))
    target: Mapped[str] = mapped_column(sa.String(16))
    payload: Mapped[dict[str, Any]] = mapped_column()
    status: Mapped[str] = mapped_column(
        sa.String(16), default=OutboxStatus.PENDING, server_default=OutboxStatus.PENDING.value
    )
    attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=sa.func.now())
    last_error: Mapped[str | None] = mapped_column(sa.String(500))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=sa.func.now())
    sent_at: Mapped[datetime | None] = mapped_column()
    #: The worker sending the row right now, and until when its claim holds
    #: (bot.outbox.lease): no row is worked by two workers.
    claimed_by: Mapped[str | None] = mapped_column(sa.String(64))
    claimed_until: Mapped[datetime | None] = mapped_column()

    def __repr__(self) -> str:
        return f"OutboxMessage(id={self.id!r}, kind={self.kind!r}, status={self.status!r})"


class AuditEvent(Base):
    """Who did what to a lead (claim, close, export, anonymise, ...)."""

    __tablename__ = "audit_events"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    lead_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("leads.id", ondelete="SET NULL"), index=True
    )
    actor_id: Mapped[int | None] = mapped_column(sa.BigInteger)
    actor_name: Mapped[str | None] = mapped_column(sa.String(128))
    action: Mapped[str] = mapped_column(sa.String(32))
    detail: Mapped[dict[str, Any] | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=sa.func.now())


class RelayMessage(Base):
    """A bot message that belongs to one lead's conversation: a reply to it is relayed.

    In a person's chat ``user_id`` is set, so erasing the person removes these rows
    (and with them the person's chat id) by cascade.
    """

    __tablename__ = "relay_messages"
    __table_args__ = (
        sa.UniqueConstraint("chat_id", "message_id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    chat_id: Mapped[int] = mapped_column(sa.BigInteger)
    message_id: Mapped[int] = mapped_column(sa.BigInteger)
    lead_id: Mapped[int] = mapped_column(sa.ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=sa.func.now())


class ConversationMessage(Base):
    """One message between the person and advisors of a lead: the conversation log.

    Media are kept as Telegram file ids only (nothing is downloaded). ``source_*`` is
    where the message was written, ``copy_*`` where the bot delivered it; both map
    replies back to the lead. Erased with the person's data and by the retention purge.
    """

    __tablename__ = "messages"
    __table_args__ = (
        sa.Index("ix_messages_lead_id_id", "lead_id", "id"),
        sa.Index("ix_messages_copy", "copy_chat_id", "copy_message_id"),
        sa.UniqueConstraint("source_chat_id", "source_message_id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    lead_id: Mapped[int] = mapped_column(sa.ForeignKey("leads.id", ondelete="CASCADE"))
    direction: Mapped[str] = mapped_column(sa.String(16), default=MessageDirection.FROM_PERSON)
    channel: Mapped[str] = mapped_column(sa.String(16))
    kind: Mapped[str] = mapped_column(sa.String(16))
    #: The text, or the caption of a medium (a contact or location as readable text).
    text: Mapped[str | None] = mapped_column(sa.Text)
    file_id: Mapped[str | None] = mapped_column(sa.String(256))
    file_name: Mapped[str | None] = mapped_column(sa.String(256))
    #: Seconds, for voice, audio and video.
    duration: Mapped[int | None] = mapped_column()
    advisor_id: Mapped[int | None] = mapped_column(sa.BigInteger)
    advisor_name: Mapped[str | None] = mapped_column(sa.String(128))
    #: The office the advisor wrote from: their message is signed with it even when the
    #: lead was handed over before it was delivered (or the chat is read again later).
    advisor_office: Mapped[str | None] = mapped_column(sa.String(16))
    internal: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    #: Where it was written: a Telegram message (with source_*), the inbox, the web chat.
    origin: Mapped[str] = mapped_column(
        sa.String(16), default=MessageOrigin.TELEGRAM, server_default=MessageOrigin.TELEGRAM.value
    )
    #: The Telegram message it was written as; None for the inbox's and the web chat's.
    source_chat_id: Mapped[int | None] = mapped_column(sa.BigInteger)
    source_message_id: Mapped[int | None] = mapped_column(sa.BigInteger)
    copy_chat_id: Mapped[int | None] = mapped_column(sa.BigInteger)
    copy_message_id: Mapped[int | None] = mapped_column(sa.BigInteger)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=sa.func.now())
    delivered_at: Mapped[datetime | None] = mapped_column()


class GroupCopy(Base):
    """A message the bot posted in an advisor chat that shows a lead's personal data.

    Lead cards (also a re-sent copy), the person's messages copied into the group or
    topic, /lead N and /leads answers, /export files: /delete and the retention purge
    delete or edit every one of them (bot.privacy.group_erasure). A message about
    several leads (a /leads list) has one row per lead.
    """

    __tablename__ = "group_copies"
    __table_args__ = (
        sa.UniqueConstraint("lead_id", "chat_id", "message_id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    lead_id: Mapped[int] = mapped_column(sa.ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    chat_id: Mapped[int] = mapped_column(sa.BigInteger)
    message_id: Mapped[int] = mapped_column(sa.BigInteger)
    #: The forum topic it was posted in: deleting the lead's topic removes it too.
    thread_id: Mapped[int | None] = mapped_column(sa.BigInteger)
    #: What it is (db.vocabulary.CopyKind): how it is overwritten after 48 hours.
    kind: Mapped[str] = mapped_column(sa.String(16), default="text", server_default="text")
    #: Telegram lets a bot delete its message for 48 hours; after that it is edited.
    sent_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=sa.func.now())


class HeldQuestion(Base):
    """The bot's question about a held message, still unanswered (bot.advisor.asked): a
    bare "ja" typed in the lead's topic answers it, not the person, also after a restart;
    in a group without topics a reply to the held message is about its lead. Message ids
    only, no words."""

    __tablename__ = "held_questions"
    __table_args__ = (
        sa.UniqueConstraint("chat_id", "question_id"),
        sa.Index("ix_held_questions_topic", "chat_id", "thread_id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    lead_id: Mapped[int] = mapped_column(sa.ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    chat_id: Mapped[int] = mapped_column(sa.BigInteger)
    #: The lead's topic; None: asked in a group without topics (migration 0019).
    thread_id: Mapped[int | None] = mapped_column(sa.BigInteger)
    #: The bot's question, and the advisor's message it is about.
    question_id: Mapped[int] = mapped_column(sa.BigInteger)
    held_id: Mapped[int] = mapped_column(sa.BigInteger)
    #: The advisor it is asked of (the held message's author): only her bare "ja" answers
    #: it; a colleague's goes to the person. None: asked before migration 0018, anyone's.
    asked_of: Mapped[int | None] = mapped_column(sa.BigInteger)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=sa.func.now())


class AltchaSolution(Base):
    """A solved ALTCHA challenge or a redeemed waiting token of a web session (bot.web.proof,
    bot.web.waiting): proof that a person (not a script) is there, and the replay guard
    (a signature is taken once). Purged daily once expired (bot.privacy.retention)."""

    __tablename__ = "altcha_solutions"

    signature: Mapped[str] = mapped_column(sa.String(128), primary_key=True)
    #: The hash of the web session (users.external_id of a web person): it names that
    #: browser's session, so /delete blanks it (db.repository.forget_proofs).
    session: Mapped[str] = mapped_column(sa.String(64), index=True)
    solved_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=sa.func.now())


class RetiredSession(Base):
    """A web chat session whose person an advisor erased (bot.web.retired): the browser's
    cookie of it starts a new session, also after a restart (remembered in memory only,
    the old cookie began anew under the erased id). A hash of the stored id (:meth:`key`:
    not the id the users table knew, which the erasure leaves nowhere) and when: no
    personal data. Purged daily once the cookie would have expired (bot.privacy.retention)."""

    __tablename__ = "retired_sessions"

    session: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    retired_at: Mapped[datetime] = mapped_column(index=True)

    @staticmethod
    def key(person: str) -> str:
        """What is kept of the web person ``person`` (users.external_id): its hash."""
        return hashlib.sha256(b"retired:" + person.encode()).hexdigest()


class ServerKey(Base):
    """A key the server made itself and keeps across restarts: the web's signing key when
    WEB_SECRET is not set (bot.web.keys). Not personal data."""

    __tablename__ = "server_keys"

    name: Mapped[str] = mapped_column(sa.String(32), primary_key=True)
    value: Mapped[str] = mapped_column(sa.String(128))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=sa.func.now())


class InboundUpdate(Base):
    """A Telegram update in the durable inbox: stored before Telegram is told it arrived.

    ``state`` goes received -> stepped (the step is committed, its reply is owed) -> done,
    or received -> done for updates without a reply of their own. The raw JSON is kept
    only while the update waits: it holds personal text.
    """

    __tablename__ = "inbound_updates"

    update_id: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True, autoincrement=False)
    #: The chat whose order the update keeps, and where an owed reply goes.
    chat_id: Mapped[int | None] = mapped_column(sa.BigInteger)
    payload: Mapped[str | None] = mapped_column(sa.Text)
    state: Mapped[str] = mapped_column(sa.String(16), default=InboxState.RECEIVED, index=True)
    received_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=sa.func.now())
    processed_at: Mapped[datetime | None]
    #: The newest message id the bot knew in the chat when the step committed: a reply
    #: owed after a crash is looked for after it before it is sent (bot.inbox.feed.recover).
    reply_after: Mapped[int | None] = mapped_column(sa.BigInteger)


class AdvisorAccount(Base):
    """An advisor's login to the web inbox (``python -m bot advisors add``).

    ``telegram_id`` links the account to the same person's actions in the group:
    a claim made there shows in the inbox as theirs, and the other way round.
    """

    __tablename__ = "advisor_accounts"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    login: Mapped[str] = mapped_column(sa.String(64), unique=True)
    name: Mapped[str] = mapped_column(sa.String(128))
    office: Mapped[str] = mapped_column(sa.String(16))
    admin: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    telegram_id: Mapped[int | None] = mapped_column(sa.BigInteger, unique=True)
    #: argon2id hash (argon2-cffi); the password itself is never stored.
    password_hash: Mapped[str] = mapped_column(sa.String(255))
    #: Base32 TOTP secret (pyotp), when the advisor set up a second factor.
    totp_secret: Mapped[str | None] = mapped_column(sa.String(64))
    failed_logins: Mapped[int] = mapped_column(default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column()
    disabled_at: Mapped[datetime | None] = mapped_column()
    last_login_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=sa.func.now())


class AdvisorSession(Base):
    """A logged-in browser: the cookie holds a random id, the table only its hash."""

    __tablename__ = "advisor_sessions"

    token_hash: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    account_id: Mapped[int] = mapped_column(
        sa.ForeignKey("advisor_accounts.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=sa.func.now())
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=sa.func.now())


class FunnelCount(Base):
    """How many dialogues reached one step on one day: no user, no lead, only a count."""

    __tablename__ = "funnel_counts"

    day: Mapped[date] = mapped_column(sa.Date, primary_key=True)
    flow: Mapped[str] = mapped_column(sa.String(16), primary_key=True)
    language: Mapped[str] = mapped_column(sa.String(8), primary_key=True)
    step: Mapped[str] = mapped_column(sa.String(32), primary_key=True)
    count: Mapped[int] = mapped_column(default=0, server_default="0")
