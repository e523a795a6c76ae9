"""The advisors' web inbox: accounts, sessions, funnel counts, the list's index.

Revision ID: 0007
Revises: 0004 (0003 on branch desk before conv was merged; the lead relinks it on main)
Create Date: 2026-11-30 10:00:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "advisor_accounts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("login", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("office", sa.String(length=16), nullable=False),
        sa.Column("admin", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("telegram_id", sa.BigInteger(), nullable=True),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("totp_secret", sa.String(length=64), nullable=True),
        sa.Column("failed_logins", sa.Integer(), server_default="0", nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("disabled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_advisor_accounts")),
        sa.UniqueConstraint("login", name=op.f("uq_advisor_accounts_login")),
        sa.UniqueConstraint("telegram_id", name=op.f("uq_advisor_accounts_telegram_id")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "advisor_sessions",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column(
            "last_seen_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["advisor_accounts.id"],
            name=op.f("fk_advisor_sessions_account_id_advisor_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_advisor_sessions")),
    )
    op.create_index(
        op.f("ix_advisor_sessions_account_id"), "advisor_sessions", ["account_id"], unique=False
    )
    # The inbox's list reads one office's leads in order of arrival.
    op.create_index("ix_leads_office_created_at", "leads", ["office", "created_at"])
    op.create_table(
        "funnel_counts",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("flow", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("step", sa.String(length=32), nullable=False),
        sa.Column("count", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("day", "flow", "language", "step", name=op.f("pk_funnel_counts")),
    )


def downgrade() -> None:
    """Downgrade schema (accounts, sessions and counts are dropped)."""
    op.drop_table("funnel_counts")
    op.drop_index("ix_leads_office_created_at", table_name="leads")
    op.drop_index(op.f("ix_advisor_sessions_account_id"), table_name="advisor_sessions")
    op.drop_table("advisor_sessions")
    op.drop_table("advisor_accounts")
