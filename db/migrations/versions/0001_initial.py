"""Initial schema: users, conversations, leads, outbox, audit events, processed updates.

Revision ID: 0001
Revises:
Create Date: 2025-11-25 12:00:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the model types: a migration must not change when the models do.
JSON = sa.JSON(none_as_null=True).with_variant(postgresql.JSONB(none_as_null=True), "postgresql")


def utc_timestamp(name: str, *, nullable: bool = False, server_now: bool = True) -> sa.Column:
    """A timezone-aware timestamp column, defaulting to now() when not nullable."""
    return sa.Column(
        name,
        sa.DateTime(timezone=True),
        nullable=nullable,
        server_default=sa.func.now() if server_now and not nullable else None,
    )


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("external_id", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("username", sa.String(length=64), nullable=True),
        sa.Column("first_name", sa.String(length=128), nullable=True),
        sa.Column("blocked", sa.Boolean(), server_default=sa.false(), nullable=False),
        utc_timestamp("created_at"),
        utc_timestamp("updated_at"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint(
            "channel", "external_id", name=op.f("uq_users_channel_external_id")
        ),
        sqlite_autoincrement=True,
    )

    op.create_table(
        "conversations",
        sa.Column("user_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("state", JSON, nullable=False),
        utc_timestamp("updated_at"),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_conversations_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_conversations")),
    )

    op.create_table(
        "leads",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("flow", sa.String(length=16), nullable=False),
        sa.Column("answers", JSON, nullable=False),
        sa.Column("office", sa.String(length=16), nullable=True),
        sa.Column("postal_code", sa.String(length=5), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column(
            "contact_via_telegram", sa.Boolean(), server_default=sa.false(), nullable=False
        ),
        sa.Column("telegram_username", sa.String(length=64), nullable=True),
        sa.Column("preferred_time", sa.String(length=16), nullable=True),
        sa.Column("callback_language", sa.String(length=8), nullable=True),
        sa.Column("consent_version", sa.String(length=32), nullable=True),
        sa.Column("consent_language", sa.String(length=8), nullable=True),
        utc_timestamp("consent_at", nullable=True),
        sa.Column("status", sa.String(length=16), server_default="new", nullable=False),
        sa.Column("claimed_by", sa.BigInteger(), nullable=True),
        sa.Column("claimed_by_name", sa.String(length=128), nullable=True),
        utc_timestamp("claimed_at", nullable=True),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("advisor_message_chat_id", sa.BigInteger(), nullable=True),
        sa.Column("advisor_message_id", sa.BigInteger(), nullable=True),
        utc_timestamp("closed_at", nullable=True),
        utc_timestamp("anonymized_at", nullable=True),
        utc_timestamp("created_at"),
        utc_timestamp("updated_at"),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_leads_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leads")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_leads_office_status", "leads", ["office", "status"])
    op.create_index("ix_leads_created_at", "leads", ["created_at"])
    op.create_index(op.f("ix_leads_user_id"), "leads", ["user_id"])

    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("target", sa.String(length=16), nullable=False),
        sa.Column("payload", JSON, nullable=False),
        sa.Column("status", sa.String(length=16), server_default="pending", nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        utc_timestamp("next_attempt_at"),
        sa.Column("last_error", sa.String(length=500), nullable=True),
        utc_timestamp("created_at"),
        utc_timestamp("sent_at", nullable=True),
        sa.ForeignKeyConstraint(
            ["lead_id"],
            ["leads.id"],
            name=op.f("fk_outbox_lead_id_leads"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
        sqlite_autoincrement=True,
    )
    op.create_index(
        "ix_outbox_status_next_attempt_at", "outbox", ["status", "next_attempt_at"]
    )
    op.create_index(op.f("ix_outbox_lead_id"), "outbox", ["lead_id"])

    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=True),
        sa.Column("actor_id", sa.BigInteger(), nullable=True),
        sa.Column("actor_name", sa.String(length=128), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("detail", JSON, nullable=True),
        utc_timestamp("created_at"),
        sa.ForeignKeyConstraint(
            ["lead_id"],
            ["leads.id"],
            name=op.f("fk_audit_events_lead_id_leads"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_audit_events_lead_id"), "audit_events", ["lead_id"])

    op.create_table(
        "processed_updates",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        utc_timestamp("processed_at"),
        sa.PrimaryKeyConstraint("update_id", name=op.f("pk_processed_updates")),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("processed_updates")
    op.drop_index(op.f("ix_audit_events_lead_id"), table_name="audit_events")
    op.drop_table("audit_events")
    op.drop_index(op.f("ix_outbox_lead_id"), table_name="outbox")
    op.drop_index("ix_outbox_status_next_attempt_at", table_name="outbox")
    op.drop_table("outbox")
    op.drop_index(op.f("ix_leads_user_id"), table_name="leads")
    op.drop_index("ix_leads_created_at", table_name="leads")
    op.drop_index("ix_leads_office_status", table_name="leads")
    op.drop_table("leads")
    op.drop_table("conversations")
    op.drop_table("users")
