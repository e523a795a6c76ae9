"""The inbox's name search finds a name as a German keyboard types it: "Lukasz" finds
"Łukasz", "Soren" "Søren", "Dang" "Đặng", and an umlaut in either spelling ("Mueller" finds
"Müller", "Muller" and "Müller" find "Mueller").

Every stored name key is folded again (db/names.py): letters with a stroke as their base
letter, and a name with an umlaut or a written-out one keeps both spellings in its key. On
SQLite the update trigger of 0009 keeps the FTS5 trigram table in step; PostgreSQL's
trigram index follows by itself.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05 10:00:00

"""

import json
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from db.names import LATIN_SPELLING, lead_name_key

# revision identifiers, used by Alembic.
revision: str = "0015"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TURKISH_I = str.maketrans({"ı": "i", "\u0307": None})


def _one_spelling(name: str) -> str:
    """The folding of 0013 and 0014, for the way back: one spelling, strokes kept."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_TURKISH_I))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFKC", bare).casefold().translate(_TURKISH_I)


def _key_before(name: str | None, answers: dict[str, Any]) -> str | None:
    """A lead's key as 0014 folded it: the name and its Latin spelling, one spelling each."""
    if name is None:
        return None
    latin = answers.get(LATIN_SPELLING)
    return _one_spelling(f"{name} / {latin}" if isinstance(latin, str) and latin else name)


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
        {
            "lead": lead_id,
            "key": fold(name, answers if isinstance(answers, dict) else json.loads(answers or "{}")),
        }
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
    """Fold every stored name with its spellings."""
    _refold(lead_name_key)


def downgrade() -> None:
    """Fold them with one spelling each again."""
    _refold(_key_before)
