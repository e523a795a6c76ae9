"""Web chat sessions whose person an advisor erased, kept in the database: the chat
remembered them in memory only, and after a restart the browser's old cookie began a new
conversation under the erased id. The session's hash and when, no personal data.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-05 23:00:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0020"
down_revision: str | Sequence[str] | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "retired_sessions",
        sa.Column("session", sa.String(length=64), nullable=False),
        sa.Column("retired_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("session", name=op.f("pk_retired_sessions")),
    )
    op.create_index(op.f("ix_retired_sessions_retired_at"), "retired_sessions", ["retired_at"])


def downgrade() -> None:
    """Downgrade schema (the erased sessions are remembered in memory only again)."""
    op.drop_index(op.f("ix_retired_sessions_retired_at"), table_name="retired_sessions")
    op.drop_table("retired_sessions")
