"""The inbox's name search: a substring of the folded name, answered from an index.

PostgreSQL reads the pg_trgm GIN index on ``leads.name_key``; SQLite the FTS5 trigram
table ``lead_names`` over the same column (both made by migration 0008). One clause,
compiled per database, so listing.py and the export stay free of dialects.
"""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ColumnElement

from db.models import Lead
from db.names import query_keys

_WILDCARDS = re.compile(r"([\\%_])")


class NameContains(ColumnElement[bool]):
    """``leads.name_key`` contains ``folded`` (a word folded like the stored names)."""

    # Not cached: the pattern is a bound value the cache key would not see.
    inherit_cache = False
    type = sa.Boolean()
    # A condition of its own: SQLite would otherwise get "... = 1" appended.
    _is_implicitly_boolean = True

    def __init__(self, folded: str) -> None:
        #: % and _ typed by the advisor are literal, so they are escaped when present.
        self.escaped = _WILDCARDS.search(folded) is not None
        self.pattern = sa.bindparam(
            None, "%" + _WILDCARDS.sub(r"\\\1", folded) + "%", type_=sa.Text()
        )


def _like(compiler: SQLCompiler, column: str, element: NameContains, **kw: Any) -> str:
    pattern = compiler.process(element.pattern, **kw)
    # FTS5 answers LIKE from its index only without an ESCAPE clause.
    return f"{column} LIKE {pattern}" + (" ESCAPE '\\'" if element.escaped else "")


@compiles(NameContains)
def _plain(element: NameContains, compiler: SQLCompiler, **kw: Any) -> str:
    # PostgreSQL (and any other database): the trigram index serves name_key LIKE '%..%'.
    column = compiler.process(Lead.__table__.c.name_key, **kw)
    return _like(compiler, column, element, **kw)


@compiles(NameContains, "sqlite")
def _sqlite(element: NameContains, compiler: SQLCompiler, **kw: Any) -> str:
    lead_id = compiler.process(Lead.__table__.c.id, **kw)
    match = _like(compiler, "lead_names.name_key", element, **kw)
    return f"{lead_id} IN (SELECT lead_names.rowid FROM lead_names WHERE {match})"


def name_contains(text: str) -> sa.ColumnElement[bool]:
    """The WHERE condition for leads whose name contains each word of ``text``, in any case
    and any order: "Yilmaz Ayse" (the surname first, as on a form) and "Ayse  Yilmaz" (two
    spaces) found nothing, "ayse yilmaz" found Ayşe Yılmaz. A word with an umlaut is found
    in either spelling ("Müller" as "muller" or "mueller", db.names.query_keys)."""
    words = text.split() or [text]
    return sa.and_(*(_word(word) for word in words))


def _word(word: str) -> sa.ColumnElement[bool]:
    keys = query_keys(word)
    if len(keys) == 1:
        return NameContains(keys[0])
    # Each spelling its own index read: PostgreSQL ORs two bitmap scans of the trigram
    # index, SQLite two reads of the FTS5 table.
    return sa.or_(*(NameContains(key) for key in keys))
