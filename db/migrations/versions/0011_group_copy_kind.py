"""What each recorded advisor-chat copy is (text, media, document, other) instead of a
yes/no "medium", so that erasure after 48 hours can replace a photo or a document with a
neutral stand-in, not only its caption (issue 15).

Existing rows: a copy of a person's message takes its kind from the logged message
(``messages.copy_chat_id``/``copy_message_id``); any other medium was an /export file, a
document. The way back keeps "medium" as every kind but text.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 02:20:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The kinds as db.vocabulary.COPY_KINDS maps them, written out: a migration must not
#: change when the code does.
_FROM_MESSAGES = """
UPDATE group_copies SET kind = CASE
    WHEN m.kind IN ('photo', 'video', 'audio') THEN 'media'
    WHEN m.kind = 'document' THEN 'document'
    WHEN m.kind = 'text' THEN 'text'
    ELSE 'other' END
FROM (SELECT kind, copy_chat_id, copy_message_id FROM messages) AS m
WHERE group_copies.medium AND m.copy_chat_id = group_copies.chat_id
    AND m.copy_message_id = group_copies.message_id
"""


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("group_copies") as batch:
        batch.add_column(
            sa.Column("kind", sa.String(length=16), server_default="text", nullable=False)
        )
    op.execute("UPDATE group_copies SET kind = 'document' WHERE medium")
    # UPDATE ... FROM: PostgreSQL, and SQLite since 3.33.
    op.execute(_FROM_MESSAGES)
    with op.batch_alter_table("group_copies") as batch:
        batch.drop_column("medium")


def downgrade() -> None:
    """Downgrade schema (every kind but text was a medium)."""
    with op.batch_alter_table("group_copies") as batch:
        batch.add_column(
            sa.Column("medium", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    op.execute("UPDATE group_copies SET medium = (kind <> 'text')")
    with op.batch_alter_table("group_copies") as batch:
        batch.drop_column("kind")
