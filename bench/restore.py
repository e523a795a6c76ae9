"""The restore benchmark: steps/s on PostgreSQL with many stored conversations after pg_restore.

A restore (``pg_restore``) creates the tables, loads every row with COPY and builds
the indexes, but leaves the planner without statistics until ANALYZE runs
(autovacuum does it a minute or more later, and not at all where it is off). The
step's group query (``users_with_state``) then scanned every user: 188-219 steps/s
with 100,000 stored conversations against about 1,500 after ANALYZE (issue 18). The
bot runs ANALYZE after its migrations at start-up (db/migrate.py), and the restore
procedure in docs/operations.md runs it too.

``python -m bench.restore --conversations 100000`` measures the same step run three
times, each on its own database state:

1. ``fresh``: an empty, migrated database (as ``python -m bench.steps --db postgres``);
2. ``restored``: the stored conversations loaded by ``pg_restore`` from a ``pg_dump``
   archive, nothing else (what the planner sees right after a restore);
3. ``restored_then_started``: the same restore, then the bot's start-up path
   (``db.migrate.upgrade``: migrations, then ANALYZE), as ``python -m bot run`` does.

Both restored runs report the planner's plan for the group query (EXPLAIN), whether
it finds the people by the (channel, external_id) index or filters every stored
user, and whether the tables were analyzed.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
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
_LAST_ANALYZED = sa.text(
    """
    SELECT relname, n_live_tup, last_analyze, last_autoanalyze
    FROM pg_stat_user_tables WHERE relname IN ('users', 'conversations') ORDER BY relname
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


async def restore(url: str, path: Path) -> None:
    """Empty the database and load ``path`` as a restore does (COPY, indexes, no ANALYZE)."""
    await reset_public_schema(url)
    await _run(
        "pg_restore", "--no-owner", "--exit-on-error", f"--dbname={libpq_url(url)}", str(path)
    )


async def planner_view(url: str, users: int = 64) -> dict[str, Any]:
    """EXPLAIN of the group query for ``users`` stored people, and when tables were analyzed."""
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
            tables = (await connection.execute(_LAST_ANALYZED)).mappings().all()
    finally:
        await engine.dispose()
    return {
        "plan": list(plan),
        # Without statistics the planner looks people up by channel alone and filters
        # every stored user of the channel; with them, by (channel, external_id).
        "finds_people_by_index": any(
            "Index Cond" in line and "external_id" in line for line in plan
        ),
        "tables": [
            {
                "table": row["relname"],
                "live_rows": row["n_live_tup"],
                "analyzed": bool(row["last_analyze"] or row["last_autoanalyze"]),
            }
            for row in tables
        ],
    }


async def measure(
    conversations: int,
    *,
    users: int,
    rounds: int,
    seed: int = 1,
    warmup: int = 24,
) -> dict[str, Any]:
    """The three step runs of the module docstring on BENCH_POSTGRES_URL's database."""
    url = postgres_url()
    results: dict[str, Any] = {"conversations": conversations}
    with tempfile.TemporaryDirectory(prefix="kausa-restore-") as directory:
        dump = Path(directory) / "stored.dump"
        await archive(url, conversations, dump)

        @asynccontextmanager
        async def restored(_kind: str) -> AsyncIterator[str]:
            await restore(url, dump)
            results["restored_plan"] = await planner_view(url)
            yield url

        @asynccontextmanager
        async def restored_then_started(_kind: str) -> AsyncIterator[str]:
            await restore(url, dump)
            # What `python -m bot run` does before its first update.
            await upgrade(url)
            results["started_plan"] = await planner_view(url)
            yield url

        for name, database in (
            ("fresh", fresh_database),
            ("restored", restored),
            ("restored_then_started", restored_then_started),
        ):
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
