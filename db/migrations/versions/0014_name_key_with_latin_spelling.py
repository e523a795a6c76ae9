"""The inbox's name search also finds a name by its Latin spelling ("Lina" for "لينا").

The bot asks a name written in another script for its passport spelling (the answer
``name_latin``); the stored search keys are folded again with it (db/names.py). On SQLite
the update trigger of 0009 keeps the FTS5 trigram table in step; PostgreSQL's trigram
index follows by itself.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 21:00:00

"""

import json
from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from db.names import lead_name_key, name_key

# revision identifiers, used by Alembic.
revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _refold(fold: Callable[[str | None, dict[str, Any]], str | None]) -> None:
    leads = sa.table(
        "leads",
        sa.column("id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("answers", sa.Text),
        sa.column("name_key"),
    )
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(leads.c.id, leads.c.name, leads.c.answers).where(leads.c.name.is_not(None))
    )
    keys = [
        # Read as text on both databases (PostgreSQL's json comes back as a string here).
        {"lead": lead_id, "key": fold(name, answers if isinstance(answers, dict) else json.loads(answers or "{}"))}
        for lead_id, name, answers in rows.all()
    ]
    if keys:
        bind.execute(
            sa.update(leads)
            .where(leads.c.id == sa.bindparam("lead"))
            .values(name_key=sa.bindparam("key")),
            keys,
        )


def upgrade() -> None:
    """Fold every stored name with its Latin spelling."""
    _refold(lead_name_key)


def downgrade() -> None:
    """Fold the names alone again."""
    _refold(lambda name, _answers: name_key(name))
