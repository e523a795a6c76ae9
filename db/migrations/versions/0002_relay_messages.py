"""Relay messages: which bot message in which chat belongs to which lead.

Revision ID: 0002
Revises: 0001
Create Date: 2026-01-10 12:00:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "relay_messages",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["lead_id"],
            ["leads.id"],
            name=op.f("fk_relay_messages_lead_id_leads"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_relay_messages_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relay_messages")),
        sa.UniqueConstraint(
            "chat_id", "message_id", name=op.f("uq_relay_messages_chat_id_message_id")
        ),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_relay_messages_lead_id"), "relay_messages", ["lead_id"])
    op.create_index(op.f("ix_relay_messages_user_id"), "relay_messages", ["user_id"])


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f("ix_relay_messages_user_id"), table_name="relay_messages")
    op.drop_index(op.f("ix_relay_messages_lead_id"), table_name="relay_messages")
    op.drop_table("relay_messages")
