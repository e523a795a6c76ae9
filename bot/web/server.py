"""Serving an aiohttp application on one address, started and stopped with the bot
(the web side on WEB_LISTEN/WEB_PORT, the health endpoint on HEALTH_PORT)."""

from __future__ import annotations

import logging

from aiohttp import web

log = logging.getLogger(__name__)


class WebServer:
    """One aiohttp application on one address."""

    def __init__(self, app: web.Application, host: str, port: int, *, entry: str = "/chat") -> None:
        self._app = app
        self._host = host
        self._port = port
        #: The path the start-up log line points to.
        self._entry = entry
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        """Listen; raises OSError if the port is taken."""
        # No access log: its lines would carry the person's IP address and paths.
        self._runner = web.AppRunner(self._app, access_log=None, shutdown_timeout=5.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, self._host, self._port).start()
        log.info("serving http://%s:%s%s", self._host, self._port, self._entry)

    async def stop(self) -> None:
        """Stop listening; open event streams are closed."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
