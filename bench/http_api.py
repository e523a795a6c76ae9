"""The production run's Bot API: a local HTTP server that answers like Telegram.

``python -m bench.http_api`` serves :class:`testkit.local_api.LocalBotAPI`'s answers
over HTTP on loopback and prints its port; it runs in a process of its own (on
the other CPUs), so the bot's process pays only what a real deployment pays: the
HTTP client. :class:`HttpBotAPI` is the transport the bot gets: the same request
class as ``python -m bot run`` (bot/outbox/transport.py), which also remembers
each chat's last message so the simulated people find the buttons they press.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from aiohttp import web
from telegram.request import BaseRequest, RequestData

from bot.outbox import transport
from testkit.local_api import LocalBotAPI

#: Transports of the step runs: in-process (no network) or over HTTP with one of the clients.
TRANSPORTS = ("local", "aiohttp", "httpx")
_MESSAGE_ID = b'"message_id":'


class HttpBotAPI(LocalBotAPI):
    """The bot's real HTTP transport, counting calls and remembering each chat's last message."""

    def __init__(self, inner: BaseRequest, *, keep_last: bool = True) -> None:
        super().__init__(keep_last=keep_last)
        self.inner = inner
        #: Seconds from sending each call to its answer (the local server's share of a step).
        self.call_times: list[float] = []

    @property
    def read_timeout(self) -> float | None:
        """The inner transport's default read timeout."""
        return self.inner.read_timeout

    async def initialize(self) -> None:
        """Open the inner transport's connection pool."""
        await self.inner.initialize()

    async def shutdown(self) -> None:
        """Close the inner transport."""
        await self.inner.shutdown()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send the call over HTTP; remember the message it sent or edited."""
        sent = time.perf_counter()
        status, body = await self.inner.do_request(
            url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
        )
        self.call_times.append(time.perf_counter() - sent)
        endpoint = url.rsplit("/", 1)[-1]
        self.counts[endpoint] = self.counts.get(endpoint, 0) + 1
        if status == 200 and request_data is not None and endpoint in _SENDS:
            params = request_data.parameters
            start = body.find(_MESSAGE_ID) + len(_MESSAGE_ID)
            end = min(i for i in (body.find(b",", start), body.find(b"}", start)) if i >= 0)
            self._message(params, int(body[start:end]))
        return status, body


_SENDS = frozenset({"sendMessage", "editMessageText", "sendDocument"})


def _decoded(form: Any) -> dict[str, Any]:
    """Form fields as the JSON body would carry them (httpx sends a form)."""
    params = dict(form)
    if isinstance(params.get("reply_markup"), str):
        params["reply_markup"] = json.loads(params["reply_markup"])
    return params


def application() -> web.Application:
    """The aiohttp server: every ``/bot<token>/<method>`` answered as Telegram would."""
    api = LocalBotAPI(keep_last=False)

    async def handle(request: web.Request) -> web.Response:
        if request.content_type == "application/json":
            params = await request.json()
        else:
            params = _decoded(await request.post()) if request.can_read_body else {}
        body = api.answer(request.match_info["method"], params)
        return web.Response(body=body, content_type="application/json")

    app = web.Application()
    app.router.add_route("*", "/bot{token}/{method}", handle)
    return app


async def _serve() -> None:
    runner = web.AppRunner(application(), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
    await site.start()
    print(runner.addresses[0][1], flush=True)
    await asyncio.Event().wait()


@asynccontextmanager
async def served(client: str, *, keep_last: bool = True) -> AsyncIterator[tuple[HttpBotAPI, str]]:
    """Start the server in a process of its own; yield the transport and the base URL."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bench.http_api", stdout=asyncio.subprocess.PIPE
    )
    try:
        assert process.stdout is not None
        port = int(await asyncio.wait_for(process.stdout.readline(), 30))
        yield (
            HttpBotAPI(transport.bot_request(client), keep_last=keep_last),
            f"http://127.0.0.1:{port}/bot",
        )
    finally:
        process.terminate()
        await process.wait()


def main() -> None:
    """Serve until terminated, off the CPU the benchmark is pinned to when there are others."""
    cpus = os.sched_getaffinity(0)
    others = set(range(os.cpu_count() or 1)) - cpus
    if others:
        os.sched_setaffinity(0, others)
    asyncio.run(_serve())


if __name__ == "__main__":
    main()
