"""The newest message id known in the chat when a step committed, on its inbox row: a
reply owed after a crash is looked for after it before it is sent again (issue 15).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 02:30:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema (rows stepped before it have no id: their reply is sent as before)."""
    with op.batch_alter_table("inbound_updates") as batch:
        batch.add_column(sa.Column("reply_after", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("inbound_updates") as batch:
        batch.drop_column("reply_after")
