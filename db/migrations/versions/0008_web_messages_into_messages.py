"""Web chat: advisors' messages to web people move into the conversation log (messages).

The web chat now reads a person's conversation from ``messages`` like every other part
of the bot, so /mydata, /delete and retention cover it. Each web_messages row becomes:
- for an advisor's message already in the log (outbox kind message_to_person): that
  log row, marked delivered (web_messages held a second copy with an introduction);
- otherwise (a claim notice, a legacy relay): a new log row to the person under chat 0
  with its outbox row id as message id, as bot/outbox/web.py logs them now.
Rows without a lead any more (the lead was deleted) cannot be logged and are dropped.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 14:00:00

"""

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The stand-in chat of messages written off Telegram until 0009 gave them an origin.
NO_CHAT = 0

_messages = sa.table(
    "messages",
    sa.column("source_chat_id", sa.BigInteger),
    sa.column("source_message_id", sa.BigInteger),
)
# Dates are copied inside the database (INSERT ... SELECT): SQLite hands them to Python
# as strings, which a DateTime parameter would refuse.
_MARK_DELIVERED = sa.text(
    "UPDATE messages SET delivered_at = (SELECT created_at FROM web_messages WHERE id = :web) "
    "WHERE id = :logged AND delivered_at IS NULL"
)
_LOG_NOTICE = sa.text(
    "INSERT INTO messages (lead_id, direction, channel, kind, text, internal, "
    "source_chat_id, source_message_id, created_at, delivered_at) "
    "SELECT lead_id, 'to_person', 'web', 'text', text, :internal, :chat, :source, "
    "created_at, created_at FROM web_messages WHERE id = :web"
)


def _payload(value: Any) -> dict[str, Any]:
    # JSON comes back as a string on SQLite and as a dict on PostgreSQL.
    if isinstance(value, str):
        value = json.loads(value)
    return value if isinstance(value, dict) else {}


def upgrade() -> None:
    """Upgrade schema: move web_messages into messages, then drop web_messages."""
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT w.id, w.lead_id, w.outbox_id, o.kind, o.payload "
            "FROM web_messages w LEFT JOIN outbox o ON o.id = w.outbox_id ORDER BY w.id"
        )
    ).all()
    for row in rows:
        logged = _payload(row.payload).get("message") if row.kind == "message_to_person" else None
        if logged is not None:
            bind.execute(_MARK_DELIVERED, {"web": row.id, "logged": int(logged)})
        elif row.lead_id is not None:
            source = row.outbox_id if row.outbox_id is not None else -row.id
            bind.execute(
                _LOG_NOTICE, {"internal": False, "chat": NO_CHAT, "source": source, "web": row.id}
            )
    # Before 0008 every log row said "telegram"; a web person's messages say "web" now.
    op.execute(
        sa.text(
            "UPDATE messages SET channel = 'web' "
            "WHERE lead_id IN (SELECT id FROM leads WHERE channel = 'web')"
        )
    )
    op.drop_index(op.f("ix_web_messages_user_id"), table_name="web_messages")
    op.drop_table("web_messages")


def downgrade() -> None:
    """Downgrade schema: web_messages again, with the delivered messages to web people.

    The notices logged under chat 0 with a positive id (claims, relays) go back to
    web_messages only; advisors' messages stay in the log too (as before 0008).
    """
    op.create_table(
        "web_messages",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=True),
        sa.Column("outbox_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_web_messages_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["lead_id"],
            ["leads.id"],
            name=op.f("fk_web_messages_lead_id_leads"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_web_messages")),
        sa.UniqueConstraint("outbox_id", name=op.f("uq_web_messages_outbox_id")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_web_messages_user_id"), "web_messages", ["user_id"])
    op.execute(
        sa.text(
            "INSERT INTO web_messages (user_id, lead_id, outbox_id, text, created_at) "
            "SELECT l.user_id, m.lead_id, "
            "CASE WHEN m.source_chat_id = :chat AND m.source_message_id > 0 "
            "THEN m.source_message_id END, m.text, m.created_at "
            "FROM messages m JOIN leads l ON l.id = m.lead_id "
            "WHERE l.channel = 'web' AND m.direction = 'to_person' "
            "AND m.delivered_at IS NOT NULL AND m.text IS NOT NULL AND l.user_id IS NOT NULL "
            "ORDER BY m.id"
        ).bindparams(chat=NO_CHAT)
    )
    op.execute(
        sa.delete(_messages).where(
            _messages.c.source_chat_id == NO_CHAT, _messages.c.source_message_id > 0
        )
    )
