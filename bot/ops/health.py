"""``GET /healthz``: is the database reachable, and how long is the outbox queue?

A small aiohttp server on its own port (HEALTH_PORT), in polling and in webhook
mode alike: python-telegram-bot's webhook server is not meant to be extended.
It answers 200 with ``{"database": "ok", "outbox_pending": N, "outbox_failed": N,
"outbox_pending_by_kind": {"lead_new": N, ...}}``,
or 503 with ``"database": "error"`` when the database does not answer in time, and
with ``"database": "writes failing"`` while the bot's writes fail (disk full, read-only).
The body carries counts only, so it is safe to expose to a monitoring system.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
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


async def report(
    sessionmaker: async_sessionmaker[AsyncSession],
    *,
    writes_failing: bool = False,
    extra: Mapping[str, Any] | None = None,
) -> tuple[int, dict[str, Any]]:
    """The HTTP status and JSON body of one health check.

    ``writes_failing``: the bot's last database write failed (bot.ops.outage), as on a
    full disk or a read-only file, where the check's own read still works. ``extra``:
    what the running bot knows besides (advisor groups that refuse it), added to the body.
    """

    async def outbox_counts() -> list[tuple[str, str, int]]:
        async with sessionmaker() as session:
            rows = await session.execute(
                sa.select(OutboxMessage.status, OutboxMessage.kind, sa.func.count())
                .where(OutboxMessage.status.in_((OutboxStatus.PENDING, OutboxStatus.FAILED)))
                .group_by(OutboxMessage.status, OutboxMessage.kind)
            )
            return [(str(status), str(kind), int(count)) for status, kind, count in rows]

    try:
        counts = await asyncio.wait_for(outbox_counts(), CHECK_TIMEOUT)
    except Exception as error:  # any failure to answer means "not healthy"
        log.warning("health check: database error (%s)", type(error).__name__)
        body = {
            "database": "error",
            "outbox_pending": None,
            "outbox_failed": None,
            "outbox_pending_by_kind": None,
        }
        return 503, {**body, **(extra or {})}
    # Per kind, so a queue of new-lead cards is told apart from a flood of notices.
    by_kind = {kind: n for status, kind, n in counts if status == OutboxStatus.PENDING}
    return 503 if writes_failing else 200, {
        "database": "writes failing" if writes_failing else "ok",
        "outbox_pending": sum(by_kind.values()),
        "outbox_failed": sum(n for status, _, n in counts if status == OutboxStatus.FAILED),
        "outbox_pending_by_kind": dict(sorted(by_kind.items())),
        **(extra or {}),
    }


class HealthServer:
    """The health endpoint, started and stopped with the bot."""

    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        host: str,
        port: int,
        *,
        writes_failing: Callable[[], bool] = lambda: False,
        extra: Callable[[], Mapping[str, Any]] = dict,
    ) -> None:
        self._sessionmaker = sessionmaker
        self._writes_failing = writes_failing
        self._extra = extra
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        self._server = WebServer(app, host, port, entry="/healthz")

    async def _healthz(self, request: web.Request) -> web.Response:
        status, body = await report(
            self._sessionmaker, writes_failing=self._writes_failing(), extra=self._extra()
        )
        return web.json_response(body, status=status)

    async def start(self) -> None:
        """Listen on the configured address; raises OSError if the port is taken."""
        await self._server.start()

    async def stop(self) -> None:
        """Stop listening."""
        await self._server.stop()
