"""The durable inbox: inbound_updates replaces processed_updates.

Every update is stored before Telegram is told it arrived; the ids already
processed are carried over as done rows, so a late redelivery stays a duplicate.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 08:00:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "inbound_updates",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column(
            "received_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column("processed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("update_id", name=op.f("pk_inbound_updates")),
    )
    op.create_index(op.f("ix_inbound_updates_state"), "inbound_updates", ["state"])
    op.execute(
        "INSERT INTO inbound_updates (update_id, state, received_at, processed_at) "
        "SELECT update_id, 'done', processed_at, processed_at FROM processed_updates"
    )
    op.drop_table("processed_updates")


def downgrade() -> None:
    """Downgrade schema (updates still waiting in the inbox are lost)."""
    op.create_table(
        "processed_updates",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column(
            "processed_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("update_id", name=op.f("pk_processed_updates")),
    )
    op.execute(
        "INSERT INTO processed_updates (update_id, processed_at) "
        "SELECT update_id, processed_at FROM inbound_updates WHERE state <> 'received'"
    )
    op.drop_index(op.f("ix_inbound_updates_state"), table_name="inbound_updates")
    op.drop_table("inbound_updates")
