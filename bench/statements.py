"""Database round trips per step: SQL statements and commits while the clock runs.

Counted with SQLAlchemy's engine events on every engine of the process (the bot's,
and a peer's). A statement is one trip to the database (on SQLite one trip to
aiosqlite's thread, db/sqlite_cursor.py); a commit ends one transaction, whose
BEGIN and COMMIT are two more. Unlike CPU time these counts do not move with the
machine's load, so they compare runs of different hours.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine


@contextmanager
def counted() -> Iterator[Counter[str]]:
    """Count ``statements`` and ``commits`` until the block ends."""
    counts: Counter[str] = Counter()

    def statement(*_: Any) -> None:
        counts["statements"] += 1

    def commit(*_: Any) -> None:
        counts["commits"] += 1

    event.listen(Engine, "before_cursor_execute", statement)
    event.listen(Engine, "commit", commit)
    try:
        yield counts
    finally:
        event.remove(Engine, "before_cursor_execute", statement)
        event.remove(Engine, "commit", commit)


def per_step(counts: Counter[str], steps: int) -> dict[str, float]:
    """The counts divided by the number of steps."""
    return {name: counts[name] / steps if steps else 0.0 for name in ("statements", "commits")}
