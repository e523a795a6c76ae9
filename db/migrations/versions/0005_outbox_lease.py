"""Outbox lease: which worker has claimed a row, and until when.

A row is claimed before it is sent and released when its outcome is recorded, so two
workers (two processes by mistake, or one starting while another stops) never send
the same notification. PostgreSQL picks rows with SELECT ... FOR UPDATE SKIP LOCKED;
SQLite serialises writers, and the columns carry the claim past the transaction on both.

Revision ID: 0005
Revises: 0003
Create Date: 2026-11-30 10:00:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0005"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("claimed_by", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("claimed_until", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("claimed_until")
        batch.drop_column("claimed_by")
