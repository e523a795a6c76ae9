"""The restore benchmark: steps/s on PostgreSQL with many stored conversations after pg_restore.

A restore (``pg_restore``) creates the tables, loads every row with COPY and builds
the indexes, but leaves the planner without statistics until ANALYZE runs
(autovacuum does it a minute or more later, and not at all where it is off). The
step's group query (``users_with_state``) then scanned every user: 188-219 steps/s
with 100,000 stored conversations against about 1,500 after ANALYZE (issue 18). The
bot runs ANALYZE after its migrations at start-up (db/migrate.py), and the restore
procedure in docs/operations.md runs it too.

``python -m bench.restore --conversations 100000`` measures the same step run on five
database states; the stored people are written once, dumped with ``pg_dump``, and
loaded again with ``pg_restore`` (COPY) before each run:

1. ``fresh``: an empty, migrated database (as ``python -m bench.steps --db postgres``);
2. ``restored``: a whole restore (tables, rows, indexes), nothing else;
3. ``restored_then_started``: the same, then the bot's start-up path
   (``db.migrate.upgrade``: migrations, then ANALYZE), as ``python -m bot run`` does;
4. ``imported``: the rows alone loaded into the tables of the bot's migrations
   (``pg_restore --data-only``, a bulk import);
5. ``imported_then_started``: the same, then the bot's start-up path.

Each loaded run records the planner's plan for the group query (EXPLAIN): whether it
finds the people by the (channel, external_id) index or filters every stored user,
how many rows it believes each table has, and whether it has column statistics.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.pool import NullPool

from bench import steps
from bench.databases import fresh_database, postgres_url
from bench.machine import emit, pin
from db import repository
from db.migrate import upgrade
from db.session import create_engine, normalize_url
from testkit.schema import reset_public_schema

#: External ids of the stored people: far from the simulated ones (bench/steps.py).
FIRST_STORED_ID = 100_000_000

# The stored people: Telegram users who walked to the menu in one of the six languages.
_STORE_PEOPLE = sa.text(
    """
    INSERT INTO users (channel, external_id, language, username, first_name,
                       created_at, updated_at)
    SELECT 'telegram', (:first + g)::text, (ARRAY['de','ar','tr','vi','uk','en'])[g % 6 + 1],
           'stored' || g, 'Stored', now(), now()
    FROM generate_series(1, :count) AS g
    """
)
_STORE_CONVERSATIONS = sa.text(
    """
    INSERT INTO conversations (user_id, state, updated_at)
    SELECT id, jsonb_build_object('lang', language, 'screen', 'menu', 'seq', 2), now()
    FROM users
    """
)
# Rows in the table, rows the planner believes are there, and whether it has column statistics.
_PLANNER_KNOWS = sa.text(
    """
    SELECT s.relname, s.n_live_tup, c.reltuples,
           EXISTS (SELECT 1 FROM pg_stats p WHERE p.tablename = s.relname) AS columns
    FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
    WHERE s.relname IN ('users', 'conversations') ORDER BY s.relname
    """
)


def libpq_url(url: str) -> str:
    """``url`` as pg_dump and pg_restore take it (no SQLAlchemy driver name)."""
    return normalize_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


async def _run(*command: str) -> None:
    process = await asyncio.create_subprocess_exec(*command)
    if await process.wait() != 0:
        raise SystemExit(f"{command[0]} failed ({process.returncode})")


async def archive(url: str, conversations: int, path: Path) -> None:
    """Store ``conversations`` people with their states in ``url``, then pg_dump it to ``path``."""
    await reset_public_schema(url)
    await upgrade(url)
    engine = create_engine(url, poolclass=NullPool)
    try:
        async with engine.begin() as connection:
            await connection.execute(
                _STORE_PEOPLE, {"first": FIRST_STORED_ID, "count": conversations}
            )
            await connection.execute(_STORE_CONVERSATIONS)
    finally:
        await engine.dispose()
    await _run("pg_dump", "--format=custom", f"--file={path}", libpq_url(url))


async def restore(url: str, path: Path, *, into_migrated: bool) -> None:
    """Load ``path`` as a restore does: COPY, no ANALYZE.

    A whole restore empties the database and creates the tables and indexes from the
    archive (building an index also records the table's size). ``into_migrated`` loads
    only the rows into the tables the bot's migrations created (``pg_restore
    --data-only``, as a bulk import does): the planner keeps what the migrations' ANALYZE
    saw, empty tables.
    """
    await reset_public_schema(url)
    command = ["pg_restore", "--no-owner", "--exit-on-error", f"--dbname={libpq_url(url)}"]
    if into_migrated:
        await upgrade(url)
        # Only the people and their id sequence; triggers off (superuser) so the foreign
        # keys do not depend on the order in which the archive lists the tables.
        command += ["--data-only", "--disable-triggers", "--table=users"]
        command += ["--table=users_id_seq", "--table=conversations"]
    await _run(*command, str(path))


async def planner_view(url: str, users: int = 64) -> dict[str, Any]:
    """EXPLAIN of the group query for ``users`` stored people, and what the planner knows."""
    statement = repository._SELECT_USERS_WITH_STATE.params(
        channel="telegram",
        external_ids=[str(FIRST_STORED_ID + 1 + i * 997) for i in range(users)],
    )
    compiled = statement.compile(
        dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}
    )
    engine = create_engine(url, poolclass=NullPool)
    try:
        async with engine.connect() as connection:
            plan = (await connection.execute(sa.text(f"EXPLAIN {compiled}"))).scalars().all()
            tables = (await connection.execute(_PLANNER_KNOWS)).mappings().all()
    finally:
        await engine.dispose()
    return {
        "plan": list(plan),
        # Believing the table small, the planner looks people up by channel alone and
        # filters every stored user of the channel; otherwise by (channel, external_id).
        "finds_people_by_index": any(
            "Index Cond" in line and "external_id" in line for line in plan
        ),
        "tables": [
            {
                "table": row["relname"],
                "live_rows": row["n_live_tup"],
                "planner_rows": max(0, int(row["reltuples"])),
                "column_statistics": bool(row["columns"]),
            }
            for row in tables
        ],
    }


@asynccontextmanager
async def _loaded(
    url: str, dump: Path, into_migrated: bool, started: bool, planner: dict[str, Any], _kind: str
) -> AsyncIterator[str]:
    """The database of one run: ``dump`` loaded, the bot started if ``started``."""
    await restore(url, dump, into_migrated=into_migrated)
    if started:
        # What `python -m bot run` does before its first update.
        await upgrade(url)
    planner.update(await planner_view(url))
    yield url


#: The runs, in order: (name, how the stored people are loaded, whether the bot starts first).
RUNS: tuple[tuple[str, bool | None, bool], ...] = (
    ("fresh", None, False),
    ("restored", False, False),
    ("restored_then_started", False, True),
    ("imported", True, False),
    ("imported_then_started", True, True),
)
ALL_RUNS = tuple(run[0] for run in RUNS)


async def measure(
    conversations: int,
    *,
    users: int,
    rounds: int,
    seed: int = 1,
    warmup: int = 24,
    runs: tuple[str, ...] = ALL_RUNS,
) -> dict[str, Any]:
    """The step runs of the module docstring (or those named in ``runs``) on BENCH_POSTGRES_URL."""
    url = postgres_url()
    results: dict[str, Any] = {"conversations": conversations}
    with tempfile.TemporaryDirectory(prefix="kausa-restore-") as directory:
        dump = Path(directory) / "stored.dump"
        await archive(url, conversations, dump)
        for name, into_migrated, started in RUNS:
            if name not in runs:
                continue
            planner: dict[str, Any] = {}
            database = (
                fresh_database
                if into_migrated is None
                else partial(_loaded, url, dump, into_migrated, started, planner)
            )
            results[name] = await steps.measure(
                "bot",
                "postgres",
                users=users,
                rounds=rounds,
                think=0.0,
                seed=seed,
                warmup=warmup,
                database=database,
            )
            results[name]["planner"] = planner or None
    return results


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(prog="python -m bench.restore", description=__doc__)
    parser.add_argument("--conversations", type=int, default=100_000)
    parser.add_argument("--users", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--cpu", type=int, default=0, help="pin to this CPU (-1: no pinning)")
    parser.add_argument("--json", help="write the result here instead of stdout")
    args = parser.parse_args(argv)
    pin(args.cpu if args.cpu >= 0 else None)
    logging.basicConfig(level=logging.WARNING)
    result = asyncio.run(measure(args.conversations, users=args.users, rounds=args.rounds))
    emit(result, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
