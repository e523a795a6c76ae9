"""Who the bot's open question about a held message is asked of (its author): a
colleague's bare "Ja" typed in the lead's topic, meant for the person, was held back for
the question, and her tap under it refused while the author decides.

Questions left from before they were settled with their lead go: those of leads whose
personal data were erased, or whose topic is no longer the lead's (handed over to
another office's chat, or the topic deleted and opened again). The rest keep no author,
which reads as asked of anyone, as before.

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


def _forget_unanswerable() -> None:
    """Delete the questions no one can answer any more: the lead's topic is not theirs."""
    questions = sa.table(
        "held_questions",
        sa.column("lead_id", sa.Integer),
        sa.column("chat_id", sa.BigInteger),
        sa.column("thread_id", sa.BigInteger),
    )
    leads = sa.table(
        "leads",
        sa.column("id", sa.Integer),
        sa.column("advisor_message_chat_id", sa.BigInteger),
        sa.column("topic_id", sa.BigInteger),
        sa.column("anonymized_at", sa.DateTime),
    )
    # The lead's current topic, in the chat of its card; erasure clears the topic too.
    answerable = (
        sa.select(leads.c.id)
        .where(
            leads.c.id == questions.c.lead_id,
            leads.c.anonymized_at.is_(None),
            leads.c.advisor_message_chat_id == questions.c.chat_id,
            leads.c.topic_id == questions.c.thread_id,
        )
        .exists()
    )
    op.get_bind().execute(sa.delete(questions).where(~answerable))


def upgrade() -> None:
    """Upgrade schema, and forget the questions that can no longer be answered."""
    with op.batch_alter_table("held_questions") as batch:
        batch.add_column(sa.Column("asked_of", sa.BigInteger(), nullable=True))
    _forget_unanswerable()


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("held_questions") as batch:
        batch.drop_column("asked_of")
