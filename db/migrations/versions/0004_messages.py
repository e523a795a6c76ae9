"""The conversation log: messages between a person and the advisors, and the lead's topic.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 10:00:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=16), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("file_id", sa.String(length=256), nullable=True),
        sa.Column("file_name", sa.String(length=256), nullable=True),
        sa.Column("duration", sa.Integer(), nullable=True),
        sa.Column("advisor_id", sa.BigInteger(), nullable=True),
        sa.Column("advisor_name", sa.String(length=128), nullable=True),
        sa.Column("internal", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("source_chat_id", sa.BigInteger(), nullable=False),
        sa.Column("source_message_id", sa.BigInteger(), nullable=False),
        sa.Column("copy_chat_id", sa.BigInteger(), nullable=True),
        sa.Column("copy_message_id", sa.BigInteger(), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["lead_id"], ["leads.id"], name=op.f("fk_messages_lead_id_leads"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
        sa.UniqueConstraint(
            "source_chat_id",
            "source_message_id",
            name=op.f("uq_messages_source_chat_id_source_message_id"),
        ),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_messages_lead_id_id", "messages", ["lead_id", "id"])
    op.create_index("ix_messages_copy", "messages", ["copy_chat_id", "copy_message_id"])
    with op.batch_alter_table("leads") as batch:
        batch.add_column(sa.Column("topic_id", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    """Downgrade schema (the conversation log is lost)."""
    with op.batch_alter_table("leads") as batch:
        batch.drop_column("topic_id")
    op.drop_index("ix_messages_copy", table_name="messages")
    op.drop_index("ix_messages_lead_id_id", table_name="messages")
    op.drop_table("messages")
