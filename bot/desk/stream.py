"""GET /inbox/events: Server-Sent Events for the inbox's open tabs.

- ``lead`` (data: the lead number): a lead of the advisor's offices was stored; the
  list fetches its rows again.
- ``message`` (data: JSON ``{"lead", "message", "from_person"}``): a message of such a
  lead was stored; the list fetches its rows (the unread mark), an open lead page
  fetches the new messages (/inbox/leads/N/messages?after=M) and appends them.
- ``changed`` (data: the lead number): the lead was taken, given back, done or withdrawn.
- ``delivered`` (data: JSON ``{"lead", "message", "state", "words"}``): an advisor's
  message reached the person ("sent") or never will ("failed"); an open lead page
  shows its new state in place of "wird zugestellt".
- ``reload``: the tab fell too far behind; it shows the page anew.

Fed by the process's hub (db/news.py) after each commit: no query per tab and tick.
Ends when the session does (logout, expiry, a disabled account); an open tab does not
count as activity, so it does not keep the session alive.
"""

from __future__ import annotations

import asyncio
import contextlib
import json

from aiohttp import web

from bot.desk import listing, pages, sessions
from bot.desk.auth import ADVISOR, services_of, session_cookie
from bot.validation import record_id
from bot.web import streams
from bot.web.security import SECURITY
from db import news

#: How often a quiet stream gets a keep-alive line, and the session is checked.
KEEP_ALIVE_SECONDS = 16.0


def encode(item: news.News, tz: str) -> bytes:
    """``item`` as one Server-Sent Event (times in the advisors' time zone ``tz``)."""
    if item is news.OVERFLOW:
        return b"event: reload\ndata: 1\n\n"
    if item.changed:
        return f"event: changed\ndata: {item.lead_id}\n\n".encode()
    if item.delivery:
        sent = item.delivery == "sent"
        words, state = pages.delivery(item.at if sent else None, item.delivery, tz)
        told = {"lead": item.lead_id, "message": item.message_id, "state": state, "words": words}
        return f"event: delivered\ndata: {json.dumps(told)}\n\n".encode()
    if item.message_id is None:
        return f"event: lead\ndata: {item.lead_id}\n\n".encode()
    data = {"lead": item.lead_id, "message": item.message_id, "from_person": item.from_person}
    return f"event: message\ndata: {json.dumps(data)}\n\n".encode()


async def events(request: web.Request) -> web.StreamResponse:
    """The stream; ``?after=N``: the newest lead the page shows (newer ones are told at once)."""
    services = services_of(request)
    advisor = request[ADVISOR]
    after = request.query.get("after", "")
    tz = services.advisors.timezone
    token = session_cookie(request.config_dict[SECURITY]).read(request)
    response = web.StreamResponse(
        headers={
            "Content-Type": "text/event-stream",
            "Cache-Control": "no-store",
            **request.config_dict[SECURITY].headers(False),
        }
    )
    loop = asyncio.get_running_loop()
    # Listening starts before anything is read, so nothing committed meanwhile is missed.
    with news.HUB.listen() as queue, contextlib.suppress(ConnectionResetError):
        await response.prepare(request)
        # Without the list's mark (a lead page) there is nothing to catch up on.
        mark = record_id(after)
        if mark is not None:
            newest = await listing.newer_than(services.sessionmaker, advisor, mark)
            if newest:
                await response.write(encode(news.News(newest, None), tz))
        check_at = loop.time() + KEEP_ALIVE_SECONDS
        # Ended when the server stops, not waited for (bot.web.streams).
        stopping = asyncio.ensure_future(request.config_dict[streams.STOPPING].wait())
        try:
            while not stopping.done():
                try:
                    item = await streams.next_item(
                        queue, (stopping,), max(0.0, check_at - loop.time())
                    )
                except TimeoutError:
                    if not await sessions.alive(services.sessionmaker, token, services.clock()):
                        break
                    await response.write(b": still here\n\n")
                    check_at = loop.time() + KEEP_ALIVE_SECONDS
                    continue
                if item is not None and (item is news.OVERFLOW or advisor.may_see(item.office)):
                    await response.write(encode(item, tz))
        finally:
            stopping.cancel()
    return response
