"""Long-lived responses (the chat's and the inbox's event streams) end when the server stops.

aiohttp stops a server by waiting for every running handler, up to its shutdown
timeout. An event stream's handler waits for the next message, which may never come:
without this, each open chat or inbox tab held a stop up for the whole timeout. The web
application gets an event that is set when the server begins to stop
(:func:`end_on_shutdown`), and a stream waits for its next message or for that event,
whichever comes first (:func:`next_item`).

A chat whose browser has left ends too, at the next ping that fails (aiohttp-sse
writes one every ``PING_INTERVAL`` seconds), not only when a message for that person
comes: its handler and its place among the listeners are given up then.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from typing import Any, TypeVar

from aiohttp import web
from aiohttp_sse import EventSourceResponse

#: aiohttp-sse's own default: often enough for proxies to keep the stream open.
PING_INTERVAL = 15.0

#: Set when the server begins to stop (``on_shutdown``).
STOPPING = web.AppKey("stopping", asyncio.Event)

Item = TypeVar("Item")


def end_on_shutdown(app: web.Application) -> None:
    """Give ``app`` the STOPPING event, set as the server begins to stop."""
    stopping = asyncio.Event()
    app[STOPPING] = stopping

    async def stop(_app: web.Application) -> None:
        stopping.set()

    app.on_shutdown.append(stop)


async def next_item(
    queue: asyncio.Queue[Item], ends: Sequence[asyncio.Future[Any]], within: float | None = None
) -> Item | None:
    """The next item on ``queue``; None as soon as one of ``ends`` is done; TimeoutError
    when ``within`` seconds pass without either."""
    getting = asyncio.ensure_future(queue.get())
    try:
        await asyncio.wait((getting, *ends), timeout=within, return_when=asyncio.FIRST_COMPLETED)
    finally:
        if not getting.done():
            getting.cancel()  # a cancelled Queue.get takes nothing off the queue
    if getting.done():
        return getting.result()
    if any(end.done() for end in ends):
        return None
    raise TimeoutError


async def relay(
    stream: EventSourceResponse, queue: asyncio.Queue[dict[str, Any]], stopping: asyncio.Event
) -> None:
    """Send each message put on ``queue`` until the browser is gone or the server stops.

    A message that arrives as the stream ends is not lost: it is stored, and the chat
    shows it when it opens again (Last-Event-ID).
    """
    ends = (asyncio.ensure_future(stream.wait()), asyncio.ensure_future(stopping.wait()))
    try:
        while not any(end.done() for end in ends):
            message = await next_item(queue, ends)
            if message is not None:
                await send(stream, message)
    except ConnectionResetError:
        # The tab was closed as a message went out (aiohttp's ClientConnectionResetError):
        # the message is stored and shows on the next visit; no error to log.
        return
    finally:
        for end in ends:
            end.cancel()


async def send(stream: EventSourceResponse, message: dict[str, Any]) -> None:
    """One message as a "message" event, its id for the browser's Last-Event-ID."""
    await stream.send(json.dumps(message), id=str(message["id"]), event="message")
