"""The bot's open questions about held messages in leads' topics, kept in the database:
after a restart a bare "ja" typed in such a topic went to the person.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05 08:00:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0017"
down_revision: str | Sequence[str] | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "held_questions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("thread_id", sa.BigInteger(), nullable=False),
        sa.Column("question_id", sa.BigInteger(), nullable=False),
        sa.Column("held_id", sa.BigInteger(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["lead_id"],
            ["leads.id"],
            name=op.f("fk_held_questions_lead_id_leads"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_held_questions")),
        sa.UniqueConstraint(
            "chat_id", "question_id", name=op.f("uq_held_questions_chat_id_question_id")
        ),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_held_questions_lead_id"), "held_questions", ["lead_id"])
    op.create_index("ix_held_questions_topic", "held_questions", ["chat_id", "thread_id"])


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index("ix_held_questions_topic", table_name="held_questions")
    op.drop_index(op.f("ix_held_questions_lead_id"), table_name="held_questions")
    op.drop_table("held_questions")
