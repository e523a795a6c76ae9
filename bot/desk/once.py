"""The inbox's reply and note forms sent twice: a double click on "Senden", or a second
tap on a slow phone, sent the form twice, and the person got the same message twice.

Every rendered form carries a fresh random token. The first form sent with a token and
its words is written; the same token with the same words again is the same form once
more: it waits for the first one's answer and is answered alike, writing nothing. Other
words under a spent token (a page kept by the browser's Back) are a message of their own.

In memory: a restart forgets the tokens, which only reopens this for forms rendered
before it.
"""

from __future__ import annotations

import asyncio
import hashlib
import secrets
from collections import OrderedDict
from collections.abc import Awaitable, Callable

from aiohttp import web

#: Forms remembered (the oldest forgotten first): a second click comes within seconds.
KEPT = 10_000
#: How long a second click waits for the first one's answer.
WAIT = 30.0


class OnceForms:
    """The answers (where the browser was sent) of the forms taken, by token and words."""

    def __init__(self, kept: int = KEPT) -> None:
        self._answers: OrderedDict[str, asyncio.Future[str]] = OrderedDict()
        self._kept = kept

    @staticmethod
    def token() -> str:
        """A token for one rendered form."""
        return secrets.token_urlsafe(12)

    async def answer(
        self,
        token: str,
        words: str,
        fallback: str,
        handle: Callable[[], Awaitable[web.StreamResponse]],
    ) -> web.StreamResponse:
        """``handle`` the form once; the same form again is sent where the first one was
        (``fallback``: the lead's page, for a first one answered with a page of its own)."""
        if not token:
            return await handle()
        key = hashlib.sha256(f"{token}\n{words}".encode()).hexdigest()
        earlier = self._answers.get(key)
        if earlier is not None:
            try:
                location = await asyncio.wait_for(asyncio.shield(earlier), WAIT)
            except TimeoutError:
                location = fallback
            raise web.HTTPSeeOther(location)
        answered: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._answers[key] = answered
        if len(self._answers) > self._kept:
            self._answers.popitem(last=False)
        location = fallback
        try:
            return await handle()
        except web.HTTPMove as redirect:
            location = str(redirect.location)
            raise
        finally:
            answered.set_result(location)
