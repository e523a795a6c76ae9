"""The inbox's indexed name search, and where a conversation message was written.

- ``leads.name_key``: the name folded in Python (db/names.py), filled for existing rows;
  indexed for substring search: a pg_trgm GIN index on PostgreSQL, an FTS5 trigram
  table ``lead_names`` (kept by triggers) on SQLite.
- ``ix_leads_office_status_flow_language``: the list's counts with those filters read
  the index alone (with 100,000 leads, 70 ms of row lookups on SQLite before).
- ``messages.origin`` (telegram, inbox, web), and ``source_chat_id``/``source_message_id``
  nullable: a message written in the inbox used to carry chat 0 and a random negative id.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 13:40:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.names import name_key

# revision identifiers, used by Alembic.
revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: SQLite: the trigram index over leads.name_key (external content: no second copy of
#: the names). A later batch_alter_table("leads") recreates the table and drops these
#: triggers: such a migration must create them again.
_SQLITE_SEARCH = (
    "CREATE VIRTUAL TABLE lead_names USING fts5("
    "name_key, content='leads', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER leads_names_insert AFTER INSERT ON leads BEGIN "
    "INSERT INTO lead_names(rowid, name_key) VALUES (new.id, new.name_key); END",
    "CREATE TRIGGER leads_names_delete AFTER DELETE ON leads BEGIN "
    "INSERT INTO lead_names(lead_names, rowid, name_key) "
    "VALUES ('delete', old.id, old.name_key); END",
    "CREATE TRIGGER leads_names_update AFTER UPDATE OF name_key ON leads BEGIN "
    "INSERT INTO lead_names(lead_names, rowid, name_key) "
    "VALUES ('delete', old.id, old.name_key); "
    "INSERT INTO lead_names(rowid, name_key) VALUES (new.id, new.name_key); END",
)


def _fill_name_keys() -> None:
    # Rows and queries must be folded alike: the same function as the application's.
    leads = sa.table(
        "leads", sa.column("id", sa.Integer), sa.column("name", sa.String), sa.column("name_key")
    )
    bind = op.get_bind()
    rows = bind.execute(sa.select(leads.c.id, leads.c.name).where(leads.c.name.is_not(None)))
    keys = [
        {"lead": lead_id, "key": name_key(name)}
        for lead_id, name in rows.all()
    ]
    if keys:
        bind.execute(
            sa.update(leads)
            .where(leads.c.id == sa.bindparam("lead"))
            .values(name_key=sa.bindparam("key")),
            keys,
        )


def upgrade() -> None:
    """Upgrade schema."""
    op.add_column("leads", sa.Column("name_key", sa.Text(), nullable=True))
    _fill_name_keys()
    op.create_index(
        "ix_leads_office_status_flow_language", "leads", ["office", "status", "flow", "language"]
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(
            "CREATE INDEX ix_leads_name_key_trgm ON leads USING gin (name_key gin_trgm_ops)"
        )
    else:
        for statement in _SQLITE_SEARCH:
            op.execute(statement)
        op.execute("INSERT INTO lead_names(lead_names) VALUES ('rebuild')")
    with op.batch_alter_table("messages") as batch:
        batch.add_column(
            sa.Column("origin", sa.String(length=16), server_default="telegram", nullable=False)
        )
        batch.alter_column("source_chat_id", existing_type=sa.BigInteger(), nullable=True)
        batch.alter_column("source_message_id", existing_type=sa.BigInteger(), nullable=True)
    # Chat 0 stood for "not a Telegram message": the web chat's notices (a claim) kept
    # their outbox row's id there (0008), a web person's typed messages and the inbox's
    # answers a random negative id.
    op.execute(
        "UPDATE messages SET origin = 'notice', source_chat_id = NULL "
        "WHERE source_chat_id = 0 AND source_message_id > 0"
    )
    op.execute(
        "UPDATE messages SET origin = CASE WHEN direction = 'from_person' THEN 'web' "
        "ELSE 'inbox' END, source_chat_id = NULL, source_message_id = NULL "
        "WHERE source_chat_id = 0"
    )


def downgrade() -> None:
    """Downgrade schema (inbox messages get chat 0 and negative ids again)."""
    op.execute(
        "UPDATE messages SET source_chat_id = 0 WHERE origin = 'notice'"
    )
    op.execute(
        "UPDATE messages SET source_chat_id = 0, source_message_id = -id "
        "WHERE source_chat_id IS NULL"
    )
    with op.batch_alter_table("messages") as batch:
        batch.alter_column("source_message_id", existing_type=sa.BigInteger(), nullable=False)
        batch.alter_column("source_chat_id", existing_type=sa.BigInteger(), nullable=False)
        batch.drop_column("origin")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX ix_leads_name_key_trgm")
    else:
        for trigger in ("leads_names_update", "leads_names_delete", "leads_names_insert"):
            op.execute(f"DROP TRIGGER {trigger}")
        op.execute("DROP TABLE lead_names")
    op.drop_index("ix_leads_office_status_flow_language", table_name="leads")
    with op.batch_alter_table("leads") as batch:
        batch.drop_column("name_key")
