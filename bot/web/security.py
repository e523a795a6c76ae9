"""What every web page of the bot needs, whoever it is for (the chat, the advisor inbox).

- security headers on every answer: a Content-Security-Policy that allows only the
  bot's own origin, ``frame-ancestors`` from WEB_EMBED_ORIGINS for pages marked
  :func:`embeddable` (``'none'`` and X-Frame-Options DENY for all others), Referrer-Policy;
- an Origin check on every state-changing request (a cross-site form or fetch is refused);
- CSRF tokens bound to a session (:func:`csrf_token`, :func:`csrf_valid`);
- a session cookie that carries only a random id, signed so a forged id is refused
  before the database is asked (:class:`SessionCookie`).

Rate limits are in :mod:`bot.web.limits`.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import ipaddress
import secrets
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from http.cookies import SimpleCookie
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit

from aiohttp import web
from aiohttp.typedefs import Middleware

from bot.dialogue.state import SESSION_COOKIE_DAYS

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
H = TypeVar("H", bound=Callable[..., Any])

#: Methods that change state: they must come from the bot's own pages.
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_EMBEDDABLE = "_kausa_embeddable"


def embeddable(handler: H) -> H:
    """Mark a route handler whose page may be shown in an iframe on WEB_EMBED_ORIGINS."""
    setattr(handler, _EMBEDDABLE, True)
    return handler


_UNKEPT = "_kausa_unkept"


def unkept(handler: H) -> H:
    """Mark a route handler whose answers may hold the person's data (their summary,
    /mydata's copy): ``Cache-Control: no-store``, so that neither the browser of a shared
    computer nor a proxy keeps a copy. A handler that sets its own keeps it."""
    setattr(handler, _UNKEPT, True)
    return handler


def content_security_policy(frame_ancestors: Iterable[str]) -> str:
    """Only the bot's own origin, for scripts, styles, images, fetches and forms alike."""
    ancestors = " ".join(frame_ancestors) or "'none'"
    return "; ".join(
        (
            "default-src 'self'",
            "script-src 'self'",
            # The ALTCHA widget solves its proof of work in a Web Worker made from a blob.
            "worker-src 'self' blob:",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            f"frame-ancestors {ancestors}",
        )
    )


@dataclass(frozen=True)
class WebSecurity:
    """The keys and origins of one running web server."""

    secret: bytes
    #: The bot's public origin (scheme://host[:port]) from WEB_PUBLIC_URL; None: the request's.
    public_origin: str | None = None
    #: Sites allowed to frame embeddable pages (the chat).
    embed_origins: tuple[str, ...] = ()

    @classmethod
    def create(
        cls, secret: str | None, public_url: str = "", embed_origins: Iterable[str] = ()
    ) -> WebSecurity:
        """From the settings; without a configured secret a random one (sessions end at restart)."""
        key = secret.encode() if secret else secrets.token_bytes(32)
        return cls(key, origin_of(public_url) if public_url else None, tuple(embed_origins))

    def own_origin(self, request: web.Request) -> str:
        """The origin the bot's own pages are served from."""
        return self.public_origin or f"{request.scheme}://{request.host}"

    def sign(self, purpose: str, value: str, *, kept: bool = True) -> str:
        """A short MAC of ``value`` for one purpose (cookie, CSRF), URL-safe; ``kept``
        False for a value signed once, which the signature cache must not hold."""
        message = f"{purpose}\x00{value}"
        if not kept:
            return _mac_of(self.secret, message)
        key = (self.secret, message)
        signed = _SIGNED.get(key)
        if signed is not None:
            _SIGNED.move_to_end(key)  # the most recently used last: the oldest go first
            return signed
        signed = _SIGNED[key] = _mac_of(self.secret, message)
        if len(_SIGNED) > SIGNATURES_KEPT:
            _SIGNED.popitem(last=False)
        return signed

    def headers(self, embeddable: bool) -> dict[str, str]:
        """The security headers of one answer."""
        ancestors = ("'self'", *self.embed_origins) if embeddable else ("'none'",)
        headers = {
            "Content-Security-Policy": content_security_policy(ancestors),
            # Not no-referrer: browsers then send "Origin: null" on form posts (the check fails).
            "Referrer-Policy": "same-origin",
            "X-Content-Type-Options": "nosniff",
            "Cross-Origin-Opener-Policy": "same-origin",
            "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
        }
        if not embeddable:
            # Older browsers without frame-ancestors support.
            headers["X-Frame-Options"] = "DENY"
        return headers


#: Signatures kept: every step checks its cookie and its form token, the same few values
#: again and again; a forged value only takes a place until it is pushed out.
SIGNATURES_KEPT = 8192
#: The signatures kept, by key and signed message (which names a session), oldest first.
_SIGNED: OrderedDict[tuple[bytes, str], str] = OrderedDict()


def forget_signatures() -> None:
    """Drop every signature kept: after an erasure none may name the erased session (the
    cookie's and the form token's messages hold its id, docs/privacy.md); the next steps
    sign their few values again, at microseconds each."""
    _SIGNED.clear()


def signatures_kept() -> list[str]:
    """The messages whose signatures are kept (for the tests of an erasure)."""
    return [message for _, message in _SIGNED]


def _mac_of(secret: bytes, message: str) -> str:
    mac = hmac.new(secret, message.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac[:24]).decode().rstrip("=")


def origin_of(url: str) -> str:
    """``scheme://host[:port]`` of a URL."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


SECURITY = web.AppKey("security", WebSecurity)


def security_middleware(security: WebSecurity) -> Middleware:
    """Headers on every answer and the Origin check before any state-changing handler."""
    # Computed once: every answer gets one of these two sets.
    headers = {framed: security.headers(framed) for framed in (False, True)}

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        framed = bool(getattr(request.match_info.handler, _EMBEDDABLE, False))
        private = bool(getattr(request.match_info.handler, _UNKEPT, False))
        try:
            if request.method in UNSAFE_METHODS and not same_origin(request, security):
                raise web.HTTPForbidden(text="cross-origin request refused")
            response = await handler(request)
        except web.HTTPException as error:
            error.headers.update(headers[framed])
            raise
        if not response.prepared:
            # An event stream is already under way; it set its headers itself.
            response.headers.update(headers[framed])
            if private:
                response.headers.setdefault("Cache-Control", "no-store")
        return response

    return middleware


def same_origin(request: web.Request, security: WebSecurity) -> bool:
    """The request comes from one of the bot's own pages.

    Browsers send Origin with every POST; without it, Sec-Fetch-Site must say
    same-origin. A request with neither (curl, an old client) is refused. Under
    ``Referrer-Policy: no-referrer`` a form's POST carries ``Origin: null``, so
    "null" also leaves the decision to Sec-Fetch-Site.
    """
    origin = request.headers.get("Origin")
    if origin is not None and origin != "null":
        return hmac.compare_digest(origin, security.own_origin(request))
    return request.headers.get("Sec-Fetch-Site") == "same-origin"


def csrf_token(security: WebSecurity, session_id: str) -> str:
    """The form token of one session (same for all its forms; the Origin check adds freshness)."""
    return security.sign("csrf", session_id)


def csrf_valid(security: WebSecurity, session_id: str, token: str | None) -> bool:
    """``token`` is the one :func:`csrf_token` gives for this session."""
    return bool(token) and hmac.compare_digest(csrf_token(security, session_id), token or "")


@dataclass(frozen=True)
class SessionCookie:
    """A cookie holding a random session id and its signature; nothing personal."""

    name: str
    security: WebSecurity
    path: str = "/"
    samesite: Literal["Strict", "Lax", "None"] = "Lax"
    #: Kept per top-level site (CHIPS): the way a third-party iframe may keep a cookie.
    partitioned: bool = False
    max_age: int = SESSION_COOKIE_DAYS * 24 * 3600

    @staticmethod
    def new_id() -> str:
        """A fresh random session id (256 bits)."""
        return secrets.token_urlsafe(32)

    def read(self, request: web.Request) -> str | None:
        """The session id of the request, or None when absent or not signed by us."""
        return self.read_value(request.cookies.get(self.name, ""))

    def read_value(self, value: str) -> str | None:
        """The session id in a cookie value, or None when it is not signed by us."""
        session_id, _, mac = value.partition(".")
        if not session_id or not mac:
            return None
        expected = self.security.sign(f"cookie:{self.name}", session_id)
        return session_id if hmac.compare_digest(mac, expected) else None

    def issue(self, request: web.Request, response: web.StreamResponse, session_id: str) -> None:
        """Set (or renew) the cookie on ``response``."""
        mac = self.security.sign(f"cookie:{self.name}", session_id)
        jar: SimpleCookie = SimpleCookie()
        jar[self.name] = f"{session_id}.{mac}"
        morsel = jar[self.name]
        morsel["max-age"] = str(self.max_age)
        morsel["path"] = self.path
        morsel["httponly"] = True
        # SameSite=None is refused by browsers without Secure (loopback counts as secure).
        morsel["secure"] = self.samesite == "None" or secure_context(request, self.security)
        morsel["samesite"] = self.samesite
        # Python's cookie module before 3.14 does not know the Partitioned attribute.
        partitioned = "; Partitioned" if self.partitioned else ""
        response.headers.add("Set-Cookie", morsel.OutputString() + partitioned)


def secure_context(request: web.Request, security: WebSecurity) -> bool:
    """Cookies are Secure, except on plain http to a loopback address (trying it locally)."""
    origin = security.own_origin(request)
    if origin.startswith("https://"):
        return True
    host = urlsplit(origin).hostname or ""
    return not (host == "localhost" or _is_loopback(host))


@functools.lru_cache(maxsize=1024)
def _is_loopback(host: str) -> bool:
    # Cached: asked on every request for the peer, which is the reverse proxy's address.
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def client_address(request: web.Request) -> str:
    """The person's IP address; behind a local reverse proxy, the one it forwarded.

    Only a proxy on this machine is trusted: nginx appends the real client last
    to X-Forwarded-For ($proxy_add_x_forwarded_for).
    """
    peer = request.remote or ""
    forwarded = request.headers.get("X-Forwarded-For")
    if forwarded and _is_loopback(peer):
        return forwarded.rsplit(",", 1)[-1].strip() or peer
    return peer
