"""The advisor inbox with many leads: list page and lead page latency over HTTP.

``python -m bench.inbox --leads 100000 --db sqlite|postgres [--url URL]`` fills a fresh
database, logs an advisor in and requests the pages through the real aiohttp
application (in-process client, so only the server's time is measured), then
prints p50/p95/max per page as JSON. Target (issue 17): list p95 < 100 ms, lead
page p95 < 50 ms with 100,000 leads.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import statistics
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from aiohttp.test_utils import TestClient, TestServer

from bench.databases import fresh_database
from bot.app import build_services
from bot.config import load_settings
from bot.desk import accounts
from bot.web.app import build_web_app, channels
from db.migrate import upgrade
from db.models import AuditEvent, Lead, utcnow
from testkit.schema import reset_public_schema

OFFICES = ("dresden", "chemnitz", "leipzig")
FLOWS = ("business", "young", "callback")
LANGUAGES = ("de", "ar", "tr", "vi", "uk", "en")
STATUSES = ("new", "claimed", "reached", "not_reached", "done", "done", "done", "withdrawn")
PASSWORD = "ein sicheres Passwort"
CHUNK = 5000


@asynccontextmanager
async def database(kind: str, url: str | None) -> AsyncIterator[str]:
    """A fresh migrated database: the given URL (wiped) or bench.databases' own."""
    if url is None:
        async with fresh_database(kind) as fresh:
            yield fresh
        return
    if "bench" not in url and "test" not in url:
        raise SystemExit("--url: the database name must contain 'bench' or 'test' (it is wiped)")
    await reset_public_schema(url)
    await upgrade(url)
    yield url


async def fill(sessionmaker: Any, count: int, seed: int = 7) -> None:
    """``count`` leads over the last year, every office, flow, language and status."""
    rng = random.Random(seed)
    now = utcnow()
    for start in range(0, count, CHUNK):
        leads = []
        for n in range(start, min(start + CHUNK, count)):
            status = rng.choice(STATUSES)
            leads.append(
                {
                    "flow": rng.choice(FLOWS),
                    "answers": {"sector": "other", "sector_other": f"Betrieb {n}"},
                    "office": rng.choice(OFFICES),
                    "language": rng.choice(LANGUAGES),
                    "channel": rng.choice(("telegram", "telegram", "web")),
                    "name": f"Person {n}",
                    "phone": "+493411234567",
                    "status": status,
                    "created_at": now - timedelta(minutes=rng.randrange(365 * 24 * 60)),
                }
            )
        async with sessionmaker() as session, session.begin():
            await session.execute(sa.insert(Lead), leads)
    async with sessionmaker() as session, session.begin():
        # A little audit trail on some leads, as a lead page reads it.
        ids = (await session.execute(sa.select(Lead.id).limit(2000))).scalars().all()
        events = [{"lead_id": i, "action": "announced", "created_at": now} for i in ids]
        await session.execute(sa.insert(AuditEvent), events)
    await settle(sessionmaker)


async def settle(sessionmaker: Any) -> None:
    """Planner statistics (and on PostgreSQL the visibility map) for the rows just loaded,
    as a database that grew over a year has them from autovacuum or the bot's start-up
    ANALYZE (db/migrate.py): measured right after a bulk load, PostgreSQL planned for an
    empty table and sorted a whole office per page."""
    engine = sessionmaker.kw["bind"]
    if engine.dialect.name == "postgresql":
        async with engine.connect() as connection:
            # VACUUM cannot run in a transaction block.
            quiet = await connection.execution_options(isolation_level="AUTOCOMMIT")
            await quiet.execute(sa.text("VACUUM ANALYZE"))
    else:
        async with engine.begin() as connection:
            await connection.execute(sa.text("ANALYZE"))


def figures(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return {
        "n": len(ordered),
        "p50_ms": round(statistics.median(ordered), 1),
        "p95_ms": round(p95, 1),
        "max_ms": round(ordered[-1], 1),
    }


async def timed(client: TestClient[Any, Any], path: str, rounds: int) -> dict[str, float]:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        response = await client.get(path)
        await response.read()
        samples.append((time.perf_counter() - start) * 1000)
        assert response.status == 200, (path, response.status)
    return figures(samples)


async def measure(kind: str, leads: int, rounds: int, url: str | None) -> dict[str, Any]:
    async with database(kind, url) as database_url:
        settings = load_settings(_env_file=None, database_url=database_url, log_level="WARNING")
        services = build_services(settings)
        try:
            started = time.perf_counter()
            await fill(services.sessionmaker, leads)
            filled = time.perf_counter() - started
            await accounts.add(
                services.sessionmaker,
                login="anna",
                name="Anna Schmidt",
                office="leipzig",
                password=PASSWORD,
                admin=False,
                telegram_id=None,
                totp=False,
                now=services.clock(),
            )
            async with TestClient(TestServer(build_web_app(services, extra=channels()))) as client:
                form = await client.get("/inbox/login")
                found = re.search(r'name="csrf" value="([^"]+)"', await form.text())
                assert found is not None
                origin = str(client.make_url("/")).rstrip("/")
                data = {"csrf": found.group(1), "login": "anna", "password": PASSWORD}
                await client.post("/inbox/login", data=data, headers={"Origin": origin})
                async with services.sessionmaker() as session:
                    ids = (
                        (
                            await session.execute(
                                sa.select(Lead.id).where(Lead.office == "leipzig").limit(500)
                            )
                        )
                        .scalars()
                        .all()
                    )
                await timed(client, "/inbox/leads", 3)  # warm-up
                # The search is posted once; the list's address holds its token, not the name.
                listed = await (await client.get("/inbox/leads")).text()
                token = re.search(r'name="csrf" value="([^"]+)"', listed)
                assert token is not None
                searched = await client.post(
                    "/inbox/leads",
                    data={"csrf": token.group(1), "q": "Person 1234"},
                    headers={"Origin": origin},
                    allow_redirects=False,
                )
                search_url = searched.headers["Location"]
                result = {
                    "db": kind,
                    "leads": leads,
                    "fill_s": round(filled, 1),
                    "list": await timed(client, "/inbox/leads", rounds),
                    "list_page_20": await timed(client, "/inbox/leads?page=20", rounds),
                    "list_filtered": await timed(
                        client, "/inbox/leads?status=open&language=ar&flow=young", rounds
                    ),
                    "list_search": await timed(client, search_url, rounds),
                }
                lead_samples = []
                for n in range(rounds):
                    lead_samples.append(
                        (await timed(client, f"/inbox/leads/{ids[n % len(ids)]}", 1))["p50_ms"]
                    )
                result["lead"] = figures(lead_samples)
                return result
        finally:
            await services.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--url", help="a PostgreSQL test database to wipe and use")
    args = parser.parse_args()
    print(json.dumps(asyncio.run(measure(args.db, args.leads, args.rounds, args.url))))


if __name__ == "__main__":
    main()
