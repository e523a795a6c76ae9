"""A person's name as the inbox's search compares it: one folding for rows and queries.

Folded in Python, not by the database: SQLite's lower() and LIKE fold ASCII only, so
"MÜLLER" or "ОЛЕНА" would not match "müller" or "олена" there.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

#: Turkish dotless and dotted i: a German keyboard types "Yilmaz" for "Yılmaz", and
#: "İ" case-folds to "i" plus a combining dot.
_TURKISH_I = str.maketrans({"ı": "i", "\u0307": None})
#: Letters that carry a stroke or are a ligature: Unicode gives them no base letter to
#: decompose to, so "Lukasz" missed "Łukasz", "Soren" "Søren", "Dang" "Đặng" (lower case:
#: applied after case folding; "ß" case-folds to "ss" by itself).
_OWN_LETTERS = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ħ": "h",
        "ŧ": "t",
        "ƀ": "b",
        "ƶ": "z",
        "ɨ": "i",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
    }
)
#: The German way of writing an umlaut without its dots ("Mueller" for "Müller"; the
#: Danish "ø" is written so too, "Soeren").
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ø": "oe"})
#: "ae", "oe", "ue" that may stand for an umlaut: not after a vowel ("Bauer", "Steuer")
#: and "ue" not after "q" ("Jacques"). Manuel and Michael get a spelling "Manul" and
#: "Michal" besides theirs; a search for those finds them too, which is harmless.
_WRITTEN_UMLAUT = re.compile(r"(?<![aeiouy])(?:ae|oe|(?<!q)ue)")
#: Between the spellings of one key: no word typed into the search holds it whole.
SEPARATOR = " / "


def _fold(text: str) -> str:
    """Case-folded, without accents, each letter with a stroke as its base letter."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_TURKISH_I))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = unicodedata.normalize("NFKC", bare).casefold().translate(_TURKISH_I)
    return folded.translate(_OWN_LETTERS)


def _umlauts_written_out(text: str) -> str:
    """``text`` with ä, ö, ü (and ø) written as ae, oe, ue, before any other folding."""
    return unicodedata.normalize("NFC", text).casefold().translate(_UMLAUTS)


def spellings(name: str) -> list[str]:
    """The folded spellings under which ``name`` is found, its plain fold first.

    "Müller": "muller" and "mueller" (so "Mueller" finds it); "Mueller": "mueller" and
    "muller" (so "Muller" and "Müller" find it). The plain fold is always one of them, so
    every part of the name as written finds it ("nuel" finds "Manuel"): an "ue" is never
    replaced, only a second spelling added.
    """
    plain = _fold(name)
    written_out = _fold(_umlauts_written_out(name))
    dotted = _WRITTEN_UMLAUT.sub(lambda found: found.group(0)[0], written_out)
    return list(dict.fromkeys((plain, written_out, dotted)))


def name_key(name: str | None) -> str | None:
    """``name`` for storing: its spellings (:func:`spellings`) in one text, which the
    search's LIKE ``%word%`` reads ("Jörg MÜLLER" -> "jorg muller / joerg mueller").

    An advisor types "Ayse Yilmaz" for "Ayşe Yılmaz", "Nguyen" for "Nguyễn", "Lukasz" for
    "Łukasz", "Mueller" for "Müller": the marks over and under letters are dropped (Arabic
    vowel marks too), the Turkish ı and İ compare as i, a letter with a stroke as its base
    letter, and an umlaut also counts as written out. Migrations 0013 and 0015 folded the
    stored names this way.
    """
    if name is None:
        return None
    return SEPARATOR.join(spellings(name))


def query_keys(word: str) -> list[str]:
    """One word typed into the search, folded as the stored names are: any of these found
    in a name's key is a match. With ä, ö or ü, the word also as written out ("Müller":
    "muller" or "mueller"); without, as typed ("Manuel" only "manuel", never "manul")."""
    plain = _fold(word)
    return list(dict.fromkeys((plain, _fold(_umlauts_written_out(word)))))


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
    written = [name, latin] if isinstance(latin, str) and latin else [name]
    return SEPARATOR.join(dict.fromkeys(key for text in written for key in spellings(text)))


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
