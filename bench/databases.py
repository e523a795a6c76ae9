"""Fresh, migrated databases for one benchmark run: a SQLite file or our own PostgreSQL db."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.pool import NullPool

from bench.machine import parent_of
from db.migrate import upgrade
from db.session import create_engine, normalize_url
from testkit.schema import reset_public_schema

POSTGRES_URL_ENV = "BENCH_POSTGRES_URL"
DEFAULT_POSTGRES_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/bench_test"


def postgres_url() -> str:
    """The PostgreSQL database the benchmarks may wipe (``BENCH_POSTGRES_URL``)."""
    url = os.environ.get(POSTGRES_URL_ENV) or DEFAULT_POSTGRES_URL
    name = normalize_url(url).database or ""
    # The schema gets dropped: never touch a database that is not obviously ours.
    if "bench" not in name:
        raise SystemExit(f"{POSTGRES_URL_ENV}: the database name must contain 'bench' ({name!r})")
    return url


async def postgres_available() -> bool:
    """Whether the benchmark PostgreSQL database answers."""
    engine = create_engine(postgres_url(), poolclass=NullPool)
    try:
        async with engine.connect() as connection:
            await connection.execute(sa.text("SELECT 1"))
        return True
    except Exception:
        return False
    finally:
        await engine.dispose()


@asynccontextmanager
async def fresh_database(kind: str) -> AsyncIterator[str]:
    """Yield the URL of an empty, migrated ``kind`` ("sqlite" or "postgres") database."""
    if kind == "postgres":
        url = postgres_url()
        await reset_public_schema(url)
        await upgrade(url)
        yield url
        return
    if kind != "sqlite":
        raise ValueError(f"unknown database kind {kind!r}")
    directory = Path(tempfile.mkdtemp(prefix="kausa-bench-"))
    try:
        url = f"sqlite+aiosqlite:///{directory / 'bench.db'}"
        await upgrade(url)
        yield url
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def sqlite_size_mib(url: str) -> float:
    """Size of a SQLite database file with its WAL, in MiB (0.0 for other databases)."""
    parsed = normalize_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return 0.0
    base = Path(parsed.database)
    paths = [base, base.with_name(base.name + "-wal")]
    return sum(p.stat().st_size for p in paths if p.exists()) / 2**20


async def postmaster_pid(url: str) -> int:
    """The process id of the PostgreSQL server of ``url``, if it runs on this machine:
    the parent of the backend that answers (asked while that backend still lives)."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        async with engine.connect() as connection:
            backend = (await connection.execute(sa.text("SELECT pg_backend_pid()"))).scalar_one()
            postmaster = parent_of(int(backend))
    finally:
        await engine.dispose()
    if postmaster is None:
        raise SystemExit(f"the database server of {url} does not run on this machine")
    return postmaster
