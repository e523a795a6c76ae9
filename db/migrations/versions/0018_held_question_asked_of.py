"""Who the bot's open question about a held message is asked of (its author): a
colleague's bare "Ja" typed in the lead's topic, meant for the person, was held back for
the question, and her tap under it refused while the author decides.

Questions stored before keep no author, which reads as asked of anyone, as before.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-05 12:00:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0018"
down_revision: str | Sequence[str] | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("held_questions") as batch:
        batch.add_column(sa.Column("asked_of", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("held_questions") as batch:
        batch.drop_column("asked_of")
