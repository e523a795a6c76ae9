"""Rate limits of the web channel: token buckets per IP address and per session.

A person who is limited gets a kind sentence in their language, never an error page.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from aiohttp import web
from aiohttp.typedefs import Middleware

from bot.i18n import LANGUAGES, translator
from bot.ops.pace import SLOW_DOWN
from bot.web.language import from_accept_language
from bot.web.pages import notice
from bot.web.security import Handler, client_address


@dataclass
class RateLimiter:
    """Token buckets per key: ``burst`` requests at once, then ``rate`` per second.

    Memory stays bounded: the least recently seen keys are forgotten past ``max_keys``
    (a forgotten key starts with a full bucket, which only errs on the kind side), and
    in time: a key is forgotten once its bucket is full again (``burst / rate`` seconds
    after its last request, at the next request of anyone), which changes nothing for it.
    The keys are IP addresses: on a quiet site they stayed until a restart.
    """

    rate: float
    burst: float
    clock: Callable[[], float] = time.monotonic
    max_keys: int = 100_000
    _buckets: OrderedDict[str, tuple[float, float]] = field(default_factory=OrderedDict)

    def allow(self, key: str) -> bool:
        """Take one token for ``key``; False when its bucket is empty."""
        now = self.clock()
        tokens, last = self._buckets.pop(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        allowed = tokens >= 1
        self._buckets[key] = (tokens - 1 if allowed else tokens, now)
        while len(self._buckets) > self.max_keys:
            self._buckets.popitem(last=False)
        # Least recently seen first: forgotten while their buckets are full again.
        refilled = self.burst / self.rate
        while self._buckets and now - next(iter(self._buckets.values()))[1] >= refilled:
            self._buckets.popitem(last=False)
        return allowed

    def __contains__(self, key: str) -> bool:
        """``key`` (an IP address, a session) is remembered."""
        return key in self._buckets


@dataclass(frozen=True)
class Limits:
    """The web server's limits: per IP address (all its sessions) and per session."""

    per_ip: RateLimiter
    per_session: RateLimiter

    @classmethod
    def default(cls, clock: Callable[[], float] = time.monotonic) -> Limits:
        """Generous for a person, tight for a script: a step every second on average."""
        return cls(
            # An office or school shares one address: several people at once.
            per_ip=RateLimiter(rate=10.0, burst=60.0, clock=clock),
            per_session=RateLimiter(rate=1.0, burst=10.0, clock=clock),
        )


LIMITS = web.AppKey("limits", Limits)
#: Set on a plain form's step over its address's limit: the chat refuses it itself, with
#: the typed words back in the field (a page of the sentence alone lost them).
OVER_ADDRESS_LIMIT = web.RequestKey("over_address_limit", bool)
#: The plain form of the chat without JavaScript (bot.web.chat.chat_form).
PLAIN_FORM = "/chat"


def slow_down(request: web.Request, lang: str | None = None) -> web.Response:
    """429 with the kind sentence, as JSON for the chat's script or as a page for a form."""
    # The chat's language where the address names it (the script's steps, the chat's forms).
    asked = request.query.get("lang", "")
    language = lang or (asked if asked in LANGUAGES else "")
    language = language or from_accept_language(request.headers.get("Accept-Language"))
    text = translator(language).gettext(SLOW_DOWN)
    headers = {"Retry-After": "2"}
    if "application/json" in request.headers.get("Accept", ""):
        return web.json_response({"error": text}, status=429, headers=headers)
    return notice(request, text, language, status=429, headers=headers)


def ip_limit_middleware(limits: Limits) -> Middleware:
    """Every state-changing request counts against its IP address's bucket."""

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.method != "GET" and not limits.per_ip.allow(client_address(request)):
            if request.method != "POST" or request.path != PLAIN_FORM:
                return slow_down(request)
            request[OVER_ADDRESS_LIMIT] = True
        return await handler(request)

    return middleware
