"""``GET /healthz``: is the database reachable, and how long is the outbox queue?

A small aiohttp server on its own port (HEALTH_PORT), in polling and in webhook
mode alike: python-telegram-bot's webhook server is not meant to be extended.
It answers 200 with ``{"database": "ok", "outbox_pending": N, "outbox_failed": N}``,
or 503 with ``"database": "error"`` when the database does not answer in time.
The body carries counts only, so it is safe to expose to a monitoring system.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import sqlalchemy as sa
from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.web.server import WebServer
from db.models import OutboxMessage
from db.vocabulary import OutboxStatus

log = logging.getLogger(__name__)

#: Seconds the database gets to answer before the check reports an error.
CHECK_TIMEOUT = 3.0


async def report(sessionmaker: async_sessionmaker[AsyncSession]) -> tuple[int, dict[str, Any]]:
    """The HTTP status and JSON body of one health check."""

    async def outbox_counts() -> dict[str, int]:
        async with sessionmaker() as session:
            rows = await session.execute(
                sa.select(OutboxMessage.status, sa.func.count())
                .where(OutboxMessage.status.in_((OutboxStatus.PENDING, OutboxStatus.FAILED)))
                .group_by(OutboxMessage.status)
            )
            return {str(status): int(count) for status, count in rows}

    try:
        counts = await asyncio.wait_for(outbox_counts(), CHECK_TIMEOUT)
    except Exception as error:  # any failure to answer means "not healthy"
        log.warning("health check: database error (%s)", type(error).__name__)
        return 503, {"database": "error", "outbox_pending": None, "outbox_failed": None}
    return 200, {
        "database": "ok",
        "outbox_pending": counts.get(OutboxStatus.PENDING, 0),
        "outbox_failed": counts.get(OutboxStatus.FAILED, 0),
    }


class HealthServer:
    """The health endpoint, started and stopped with the bot."""

    def __init__(
        self, sessionmaker: async_sessionmaker[AsyncSession], host: str, port: int
    ) -> None:
        self._sessionmaker = sessionmaker
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        self._server = WebServer(app, host, port, entry="/healthz")

    async def _healthz(self, request: web.Request) -> web.Response:
        status, body = await report(self._sessionmaker)
        return web.json_response(body, status=status)

    async def start(self) -> None:
        """Listen on the configured address; raises OSError if the port is taken."""
        await self._server.start()

    async def stop(self) -> None:
        """Stop listening."""
        await self._server.stop()
