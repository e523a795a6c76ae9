"""The inbox's name search ignores accents: stored name keys folded again (db/names.py).

"Ayse" finds "Ayşe", "Nguyen" finds "Nguyễn". On SQLite the update trigger of 0009 keeps
the FTS5 trigram table in step; PostgreSQL's trigram index follows by itself.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 04:00:00

"""

import unicodedata
from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

from db.names import name_key

# revision identifiers, used by Alembic.
revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TURKISH_I = str.maketrans({"ı": "i", "\u0307": None})


def _with_accents(name: str | None) -> str | None:
    """The folding before this revision (0009-0012): accents kept, for the way back."""
    if name is None:
        return None
    return unicodedata.normalize("NFKC", name).casefold().translate(_TURKISH_I)


def _refold(fold: Callable[[str | None], str | None]) -> None:
    leads = sa.table(
        "leads", sa.column("id", sa.Integer), sa.column("name", sa.String), sa.column("name_key")
    )
    bind = op.get_bind()
    rows = bind.execute(sa.select(leads.c.id, leads.c.name).where(leads.c.name.is_not(None)))
    keys = [{"lead": lead_id, "key": fold(name)} for lead_id, name in rows.all()]
    if keys:
        bind.execute(
            sa.update(leads)
            .where(leads.c.id == sa.bindparam("lead"))
            .values(name_key=sa.bindparam("key")),
            keys,
        )


def upgrade() -> None:
    """Fold every stored name without accents."""
    _refold(name_key)


def downgrade() -> None:
    """Fold them with accents again."""
    _refold(_with_accents)
