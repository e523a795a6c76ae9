"""/healthz over real HTTP: database reachability and the outbox backlog."""

from __future__ import annotations

from pathlib import Path

import aiohttp
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from bot.ops.health import HealthServer
from db.models import OutboxMessage
from db.session import create_sessionmaker
from tests.live_bot import free_port


async def fetch(port: int) -> tuple[int, dict[str, object]]:
    async with aiohttp.ClientSession() as http:
        async with http.get(f"http://127.0.0.1:{port}/healthz") as response:
            return response.status, await response.json()


async def test_healthz_reports_the_outbox_backlog(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    async with sessionmaker() as session, session.begin():
        for kind, status in (
            ("lead_new", "pending"),
            ("group_notice", "pending"),
            ("group_notice", "pending"),
            ("lead_new", "failed"),
            ("lead_new", "sent"),
        ):
            session.add(OutboxMessage(kind=kind, target="telegram", payload={}, status=status))
    port = free_port()
    server = HealthServer(sessionmaker, "127.0.0.1", port)
    await server.start()
    try:
        status, body = await fetch(port)
    finally:
        await server.stop()
    assert status == 200
    assert body == {
        "database": "ok",
        "outbox_pending": 3,
        "outbox_failed": 1,
        "outbox_pending_by_kind": {"group_notice": 2, "lead_new": 1},
    }


async def test_healthz_answers_503_when_the_database_is_unreachable(tmp_path: Path) -> None:
    # A SQLite file in a directory that does not exist cannot be opened.
    engine = create_async_engine(f"sqlite+aiosqlite:///{tmp_path / 'gone' / 'kausa.db'}")
    port = free_port()
    server = HealthServer(create_sessionmaker(engine), "127.0.0.1", port)
    await server.start()
    try:
        status, body = await fetch(port)
    finally:
        await server.stop()
        await engine.dispose()
    assert status == 503
    assert body == {
        "database": "error",
        "outbox_pending": None,
        "outbox_failed": None,
        "outbox_pending_by_kind": None,
    }
