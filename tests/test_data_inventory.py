"""docs/privacy.md's "Data inventory" (the data protection officer's list) against the tables."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from db.models import Base

PRIVACY = Path(__file__).resolve().parents[1] / "docs" / "privacy.md"


def inventory(doc: str) -> str:
    """The text of the section "## Data inventory", up to the next heading."""
    section = doc.split("\n## Data inventory\n", 1)[1]
    return re.split(r"\n#{1,3} ", section, maxsplit=1)[0]


def listed_tables(doc: str) -> set[str]:
    """The tables the inventory's rows name in their first column (`users`,
    "`advisor_accounts`, `advisor_sessions`", "`retired_sessions` (and memory)")."""
    names: set[str] = set()
    for line in inventory(doc).splitlines():
        if line.startswith("| ") and not line.startswith(("| table ", "|---")):
            first = line.split("|")[1]
            names.update(re.findall(r"`([a-z_]+)`", first))
    return names


def test_every_table_is_in_the_data_inventory_and_each_listed_table_exists() -> None:
    """A new table could come without its line in the inventory, and nothing failed: the
    data protection officer's list was silently incomplete. A table renamed or dropped
    stayed listed just as silently."""
    tables = set(Base.metadata.tables)
    listed = listed_tables(PRIVACY.read_text(encoding="utf-8"))
    assert sorted(tables - listed) == [], "tables missing in the data inventory"
    assert sorted(listed - tables) == [], "the data inventory lists tables that do not exist"


def test_the_inventory_is_read_as_its_first_column() -> None:
    doc = (
        "# Privacy\n\n## Data inventory\n\n"
        "| table | field | purpose | kept until |\n|---|---|---|---|\n"
        "| `users` | first name, `name_key` | address | `RETENTION_DAYS` |\n"
        "| `advisor_accounts`, `advisor_sessions` | login | inbox | deleted |\n"
        "| `retired_sessions` (and memory) | hash | a new session | 90 days |\n"
        "| (memory only) | `lead_names` | x | y |\n\n"
        "## Where data lives\n\n| `leads` | elsewhere | | |\n"
    )
    assert listed_tables(doc) == {
        "users",
        "advisor_accounts",
        "advisor_sessions",
        "retired_sessions",
    }


async def test_every_table_a_migration_creates_is_named_in_the_data_inventory(
    database_url: str,
) -> None:
    """Tables the models do not declare (SQLite's search index `lead_names`, made by a
    migration) hold personal data too: the inventory names each, in a row or a field."""
    if not database_url.startswith("sqlite"):
        pytest.skip("the migrated SQLite file is read")
    connection = sqlite3.connect(database_url.split("///", 1)[1])
    try:
        rows = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table'"
        ).fetchall()
    finally:
        connection.close()
    virtual = [name for name, sql in rows if sql and sql.upper().startswith("CREATE VIRTUAL")]
    own = {
        name
        for name, _sql in rows
        if name != "alembic_version"
        and not name.startswith("sqlite_")
        # FTS5's shadow tables (lead_names_data, …) are part of their virtual table
        and not any(name.startswith(f"{table}_") for table in virtual)
    }
    text = inventory(PRIVACY.read_text(encoding="utf-8"))
    assert sorted(name for name in own if f"`{name}`" not in text) == []


def test_the_inventory_keeps_a_searched_name_as_long_as_the_inbox_does() -> None:
    """DPO: the inventory said a name searched in the inbox is kept until logout, "8 h
    after its last use, or a restart"; a session that ended without a logout kept it for
    its advisor's next login RESUME (24 h) after its last use (bot.desk.searches)."""
    from bot.desk import searches, sessions

    (row,) = [
        line
        for line in inventory(PRIVACY.read_text(encoding="utf-8")).splitlines()
        if "a name or number searched in the inbox" in line
    ]
    kept_until = row.split("|")[4]
    hours = int(searches.RESUME.total_seconds() // 3600)
    idle = int(sessions.IDLE.total_seconds() // 3600)
    assert f"{hours} h after its last use" in kept_until
    assert f"{idle} h" in kept_until  # its own session reads it no longer than it lives
