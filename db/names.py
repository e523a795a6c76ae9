"""A person's name as the inbox's search compares it: one folding for rows and queries.

Folded in Python, not by the database: SQLite's lower() and LIKE fold ASCII only, so
"MÜLLER" or "ОЛЕНА" would not match "müller" or "олена" there.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

#: Turkish dotless and dotted i: a German keyboard types "Yilmaz" for "Yılmaz", and
#: "İ" case-folds to "i" plus a combining dot.
_TURKISH_I = str.maketrans({"ı": "i", "\u0307": None})


def name_key(name: str | None) -> str | None:
    """``name`` for comparing: case-folded, without accents ("Jörg MÜLLER" -> "jorg muller").

    An advisor types "Ayse Yilmaz" for "Ayşe Yılmaz" and "Nguyen" for "Nguyễn": the marks
    over and under letters are dropped on both sides (Arabic vowel marks too), and the
    Turkish ı and İ compare as i. Migration 0013 folded the stored names this way.
    """
    if name is None:
        return None
    decomposed = unicodedata.normalize("NFKD", name.translate(_TURKISH_I))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFKC", bare).casefold().translate(_TURKISH_I)


#: The answer holding a name's Latin spelling ("Lina Al-Ahmad" for "لينا الأحمد"),
#: as the contact questions store it (bot.flows.contact).
LATIN_SPELLING = "name_latin"


def lead_name_key(name: str | None, answers: Mapping[str, Any] | None) -> str | None:
    """A lead's search key: its name and, where given, the Latin spelling the bot asked
    for, so that an advisor who cannot type Arabic or Cyrillic finds "Lina". None without
    a name: an erased name takes its spelling's key with it."""
    if name is None:
        return None
    latin = (answers or {}).get(LATIN_SPELLING)
    return name_key(f"{name} / {latin}" if isinstance(latin, str) and latin else name)


#: What migration 0008 made for the search outside the models: the FTS5 table (and the
#: shadow tables SQLite keeps for it) and the pg_trgm index. Autogenerate leaves them be.
SEARCH_TABLE = "lead_names"
SEARCH_INDEX = "ix_leads_name_key_trgm"


def is_search_index(name: str | None, type_: str) -> bool:
    """Whether a schema object is the name search's index (not described by the models)."""
    if name is None:
        return False
    if type_ == "table":
        return name == SEARCH_TABLE or name.startswith(f"{SEARCH_TABLE}_")
    return type_ == "index" and name == SEARCH_INDEX


def include_object(
    _object: object, name: str | None, type_: str, reflected: bool, _compare_to: object
) -> bool:
    """Alembic's filter for autogenerate and compare_metadata: skip the search index."""
    return not (reflected and is_search_index(name, type_))


async def compact_search_index(session: AsyncSession) -> None:
    """Drop erased names from the search index for good (the nightly retention run).

    SQLite: an FTS5 delete only marks a name's trigrams as deleted; merging the index
    ("optimize") rewrites it without them. PostgreSQL's GIN index drops them on VACUUM.
    """
    if (await session.connection()).dialect.name == "sqlite":
        await session.execute(
            sa.text(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('optimize')")
        )
