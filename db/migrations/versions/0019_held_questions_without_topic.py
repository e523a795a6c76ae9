"""The bot's open questions about held messages in a group without topics, kept too: a
reply to the held message there belonged to no lead ("Nicht weitergegeben, nicht
gespeichert"), where in a lead's topic it reached the person. ``thread_id`` is empty for
a question asked outside a topic.

The way back drops those questions (no topic to keep them under): their held messages
are still decided by the buttons, which carry the lead.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-05 18:00:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0019"
down_revision: str | Sequence[str] | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("held_questions") as batch:
        batch.alter_column("thread_id", existing_type=sa.BigInteger(), nullable=True)


def downgrade() -> None:
    """Downgrade schema, forgetting the questions asked outside a topic."""
    questions = sa.table("held_questions", sa.column("thread_id", sa.BigInteger))
    op.get_bind().execute(sa.delete(questions).where(questions.c.thread_id.is_(None)))
    with op.batch_alter_table("held_questions") as batch:
        batch.alter_column("thread_id", existing_type=sa.BigInteger(), nullable=False)
