"""Web chat: advisors' messages to web people (web_messages), solved ALTCHA challenges.

Revision ID: 0006
Revises: 0003
Create Date: 2026-11-30 10:00:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
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
            ["user_id"], ["users.id"], name=op.f("fk_web_messages_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["lead_id"], ["leads.id"], name=op.f("fk_web_messages_lead_id_leads"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_web_messages")),
        sa.UniqueConstraint("outbox_id", name=op.f("uq_web_messages_outbox_id")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_web_messages_user_id"), "web_messages", ["user_id"])
    op.create_table(
        "altcha_solutions",
        sa.Column("signature", sa.String(length=128), nullable=False),
        sa.Column("session", sa.String(length=64), nullable=False),
        sa.Column(
            "solved_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("signature", name=op.f("pk_altcha_solutions")),
    )
    op.create_index(op.f("ix_altcha_solutions_session"), "altcha_solutions", ["session"])


def downgrade() -> None:
    """Downgrade schema (advisors' web messages and solved challenges are lost)."""
    op.drop_index(op.f("ix_altcha_solutions_session"), table_name="altcha_solutions")
    op.drop_table("altcha_solutions")
    op.drop_index(op.f("ix_web_messages_user_id"), table_name="web_messages")
    op.drop_table("web_messages")
