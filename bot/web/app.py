"""The web application factory: one aiohttp application for every web page of the bot.

``build_web_app(services, extra=[...])`` gives the application with the shared
plumbing (security headers, Origin check, per-IP rate limit, templates, static
files) and the web chat. Each ``extra`` hook gets the root application and adds
its own routes or sub-application, e.g. the advisor inbox::

    def register(app: web.Application) -> None:
        inbox = web.Application()
        ...
        app.add_subapp("/inbox", inbox)

The root's middlewares wrap sub-application handlers too; ``app[SERVICES]``,
``app[SECURITY]`` and ``app[LIMITS]`` are reached from any handler as
``request.config_dict[...]``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from aiohttp import web

from bot.services import Services
from bot.web import keys, pages, streams
from bot.web.limits import LIMITS, Limits, ip_limit_middleware
from bot.web.security import SECURITY, WebSecurity, security_middleware

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).resolve().parent / "static"
#: Largest request body: a chat message is at most 4,096 characters (16 KiB in UTF-8).
MAX_BODY = 64 * 1024

SERVICES = web.AppKey("services", Services)

#: Adds routes or a sub-application to the root application.
Plugin = Callable[[web.Application], None]


def build_web_app(
    services: Services,
    *,
    extra: Iterable[Plugin] = (),
    security: WebSecurity | None = None,
    limits: Limits | None = None,
    monotonic: Callable[[], float] = time.monotonic,
) -> web.Application:
    """The root web application over ``services``; ``extra`` hooks add their routes."""
    settings = services.settings
    if security is None:
        secret = settings.web_secret.get_secret_value() if settings.web_secret else None
        if secret is None:
            # Nothing said it: an operator saw people's web chats and the advisors' logins
            # end at every restart without knowing why.
            log.warning(
                "WEB_SECRET is not set: web chat sessions and inbox logins end with every "
                "restart; set it to a long random text (e.g. `openssl rand -hex 32`)"
            )
        security = WebSecurity.create(secret, settings.web_public_url, settings.web_embed_origins)
    limits = limits or Limits.default(monotonic)
    app = web.Application(
        client_max_size=MAX_BODY,
        middlewares=[security_middleware(security), ip_limit_middleware(limits)],
    )
    app[SERVICES] = services
    app[SECURITY] = security
    app[LIMITS] = limits
    streams.end_on_shutdown(app)
    pages.setup(app)
    app.router.add_static("/static", STATIC_DIR, append_version=False)
    for plugin in extra:
        plugin(app)
    return app


def channels() -> list[Plugin]:
    """The web pages a running bot serves: one hook per channel (chat, advisor inbox)."""
    from bot.desk import web as inbox
    from bot.web import chat  # the chat reaches this module's SERVICES key

    return [chat.register, inbox.register]


async def web_security(services: Services) -> WebSecurity:
    """The keys and origins of the web server about to start: signed with WEB_SECRET, or
    without it with a key made at the first start and kept in the database (bot.web.keys).
    A random key per start ended every web chat at a restart: the person's next step began
    again at the greeting, their answers before it lost to them."""
    settings = services.settings
    configured = settings.web_secret.get_secret_value() if settings.web_secret else None
    secret = configured
    if secret is None:
        secret = await keys.stored_key(services.sessionmaker)
        log.info("WEB_SECRET is not set: web sessions are signed with the key kept in the database")
    return WebSecurity.create(secret, settings.web_public_url, settings.web_embed_origins)
