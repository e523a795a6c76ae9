"""Every message the bot posts in an advisor chat with a lead's personal data, recorded
so that /delete and retention can delete or edit each one (issue 15).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 13:40:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "group_copies",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=False),
        sa.Column("thread_id", sa.BigInteger(), nullable=True),
        sa.Column("medium", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column(
            "sent_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["lead_id"],
            ["leads.id"],
            name=op.f("fk_group_copies_lead_id_leads"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_copies")),
        sa.UniqueConstraint(
            "lead_id",
            "chat_id",
            "message_id",
            name=op.f("uq_group_copies_lead_id_chat_id_message_id"),
        ),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_group_copies_lead_id"), "group_copies", ["lead_id"], unique=False)


def downgrade() -> None:
    """Downgrade schema (the record of group copies is dropped)."""
    op.drop_index(op.f("ix_group_copies_lead_id"), table_name="group_copies")
    op.drop_table("group_copies")
