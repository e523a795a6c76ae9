"""Webhook mode: Telegram posts updates to us instead of us polling for them.

A small tornado server of our own (tornado is what python-telegram-bot's webhook
server uses) receives the updates, because that server reads a whole request body
before it looks at the secret, has no body limit, answers malformed JSON with 500
and has no connection limit or timeouts. Ours:

* answers 403 to a missing or wrong ``X-Telegram-Bot-Api-Secret-Token`` header
  before it reads one byte of the body;
* refuses bodies over :data:`MAX_BODY` (413), malformed JSON and updates the
  library cannot read (400, logged by update id and type only);
* drops connections that send no request within :data:`IDLE_TIMEOUT` or no body
  within :data:`BODY_TIMEOUT`, and at :data:`MAX_CONNECTIONS` closes the oldest
  connection for a new one, so held-open connections cannot keep Telegram out;
* puts accepted updates on the same queue long polling uses, and answers a press in its
  response when the handler left that to it (bot.inbox.replies).

TLS is left to a reverse proxy in front of it (docs/operations.md).
"""

from __future__ import annotations

import errno
import hmac
import json
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from telegram import Update
from telegram.ext import ExtBot
from tornado import iostream
from tornado.httpserver import HTTPServer
from tornado.web import Application, HTTPError, RequestHandler, stream_request_body

from bot.config import ConfigError, Settings
from bot.inbox.lean import lean
from bot.inbox.replies import WebhookReplies
from bot.ops.errors import describe_updates
from bot.ops.logs import exception_chain

log = logging.getLogger(__name__)

#: The largest update body accepted; real updates are a few kilobytes.
MAX_BODY = 1024 * 1024
#: Open connections at most; systemd's LimitNOFILE leaves room for the database and the Bot API.
MAX_CONNECTIONS = 1000
#: Seconds a connection may wait for its request line and headers (or idle between requests).
IDLE_TIMEOUT = 10.0
#: Seconds the body of a request may take to arrive.
BODY_TIMEOUT = 10.0
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Up to this size, a refused request's body is drained (not kept) so its 403 arrives cleanly.
_DISCARDED = 64 * 1024

# What Telegram accepts as secret_token in setWebhook.
_SECRET_FORMAT = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
# Ports Telegram delivers webhooks to.
TELEGRAM_WEBHOOK_PORTS = (443, 80, 88, 8443)


def webhook_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for ``Application.run_webhook`` / ``Updater.start_webhook``.

    Raises :class:`ConfigError` (without echoing the secret) when WEBHOOK_URL or
    WEBHOOK_SECRET is missing or malformed. The local path equals the path of
    WEBHOOK_URL, so a reverse proxy can pass requests through unchanged.
    """
    url = (settings.webhook_url or "").strip()
    if not url:
        raise ConfigError(
            "WEBHOOK_URL is not set: webhook mode needs the public HTTPS URL Telegram posts to"
        )
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise ConfigError(
            "WEBHOOK_URL must be an https:// URL with the bot's public host name, such as "
            "https://bot.example.org/telegram/updates (Telegram only posts over HTTPS)"
        )
    try:
        port = parts.port or 443
    except ValueError:
        # urllib's own error ("Port could not be cast to integer value") ended the start
        # with a traceback: a mistyped port ("https://host:443x/…").
        port = 0
    if port not in TELEGRAM_WEBHOOK_PORTS:
        raise ConfigError("WEBHOOK_URL must use port 443, 80, 88 or 8443 (Telegram's choice)")
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    if not secret:
        raise ConfigError(
            "WEBHOOK_SECRET is not set: without it anyone who finds the URL could post updates"
        )
    if not _SECRET_FORMAT.fullmatch(secret):
        raise ConfigError("WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
    return {
        "listen": settings.webhook_listen,
        "port": settings.webhook_port,
        "url_path": parts.path.strip("/"),
        "webhook_url": url,
        "secret_token": secret,
        # Same as long polling: keep what Telegram delivers by default, and keep
        # updates that arrived while the bot was down.
        "allowed_updates": None,
        "drop_pending_updates": False,
    }


Accept = Callable[[Update], Awaitable[None]]


@stream_request_body
class _UpdateHandler(RequestHandler):
    """POST <path>: one update from Telegram."""

    SUPPORTED_METHODS = ("POST",)

    def initialize(
        self, secret: str, bot: ExtBot[Any], accept: Accept, replies: WebhookReplies
    ) -> None:
        self.secret = secret.encode()
        self.bot = bot
        self.accept = accept
        self.replies = replies
        self.body = bytearray()
        self.refused = False

    def prepare(self) -> None:
        # Runs when the headers are in, before any byte of the body is read.
        length = self.request.headers.get("Content-Length", "0")
        size = int(length) if length.isdigit() else MAX_BODY + 1
        given = self.request.headers.get(SECRET_HEADER, "").encode()
        self.refused = not hmac.compare_digest(given, self.secret)
        if self.refused and size > _DISCARDED:
            raise HTTPError(403)  # the connection closes; the body is never read
        if size > MAX_BODY:
            raise HTTPError(413)

    def data_received(self, chunk: bytes) -> None:
        # A refused request's small body is read and dropped, so its 403 reaches the sender.
        if not self.refused:
            self.body += chunk
        if len(self.body) > MAX_BODY:
            raise HTTPError(413)

    async def post(self) -> None:
        if self.refused:
            raise HTTPError(403)
        try:
            data = json.loads(self.body)
        except ValueError:
            raise HTTPError(400) from None
        if not isinstance(data, dict):
            raise HTTPError(400)
        lean(data)
        try:
            update = Update.de_json(data, self.bot)
        except Exception as exc:
            log.warning("refused %s: %s", describe_updates(data), exception_chain(exc))
            raise HTTPError(400) from None
        self.bot.insert_callback_data(update)
        self.replies.open(update.update_id)
        try:
            await self.accept(update)
        finally:
            reply = self.replies.close(update.update_id)
        self.set_header("Content-Type", "application/json")
        # A press's answer, if its handler left it to this response (bot.inbox.replies).
        self.finish(json.dumps(reply).encode() if reply is not None else b"{}")

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        """A bare status line: no traceback or page for whoever posted."""
        self.finish()

    def log_exception(self, *args: Any) -> None:
        """HTTP errors are answers, not faults; anything else reaches the error log once."""
        if not isinstance(args[1] if len(args) > 1 else None, HTTPError):
            log.error("webhook request failed: %s", exception_chain(args[1]))


class _LimitedServer(HTTPServer):
    """An HTTP server that closes its oldest connection when MAX_CONNECTIONS are open."""

    def initialize(self, *args: Any, max_connections: int = MAX_CONNECTIONS, **kwargs: Any) -> None:
        super().initialize(*args, **kwargs)
        self.max_connections = max_connections
        self.streams: dict[iostream.IOStream, None] = {}

    def handle_stream(self, stream: iostream.IOStream, address: tuple[Any, ...]) -> None:
        for old in [s for s in self.streams if s.closed()]:
            del self.streams[old]
        while len(self.streams) >= self.max_connections:
            # The oldest is most likely held open on purpose: Telegram's requests are short.
            oldest = next(iter(self.streams))
            del self.streams[oldest]
            oldest.close()
        self.streams[stream] = None
        super().handle_stream(stream, address)


class WebhookServer:
    """The webhook endpoint: checked updates from Telegram go to ``accept``."""

    def __init__(
        self,
        options: dict[str, Any],
        bot: ExtBot[Any],
        accept: Accept,
        *,
        max_connections: int,
        replies: WebhookReplies,
    ) -> None:
        path = "/" + str(options["url_path"]).strip("/")
        handler_args = {
            "secret": options["secret_token"],
            "bot": bot,
            "accept": accept,
            "replies": replies,
        }
        app = Application([(rf"{re.escape(path)}/?", _UpdateHandler, handler_args)])
        app.log_request = lambda handler: None  # type: ignore[method-assign]
        self.listen, self.port = str(options["listen"]), int(options["port"])
        self.server = _LimitedServer(
            app,
            max_connections=max_connections,
            idle_connection_timeout=IDLE_TIMEOUT,
            body_timeout=BODY_TIMEOUT,
            max_body_size=MAX_BODY,
            max_header_size=16 * 1024,
        )

    def start(self) -> None:
        """Listen on the configured address."""
        try:
            self.server.listen(self.port, address=self.listen)
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                raise
            # tornado's error names no address ("Address already in use"), and the
            # operator was left to guess among three port settings (bot.__main__'s
            # port_in_use reads the address as aiohttp's servers word it).
            raise OSError(
                errno.EADDRINUSE,
                f"error while attempting to bind on address ({self.listen!r}, {self.port}): "
                "address already in use",
            ) from None

    async def stop(self) -> None:
        """Stop listening and close every connection."""
        self.server.stop()
        await self.server.close_all_connections()


async def start_webhook(
    application: Any, options: dict[str, Any], *, max_connections: int | None = None
) -> WebhookServer:
    """Serve the webhook for ``application`` and register it with Telegram."""
    queue = application.update_queue
    server = WebhookServer(
        options,
        application.bot,
        queue.put,
        max_connections=max_connections or MAX_CONNECTIONS,
        replies=application.bot_data.services.webhook_replies,
    )
    server.start()
    await application.bot.set_webhook(
        url=options["webhook_url"],
        secret_token=options["secret_token"],
        allowed_updates=options["allowed_updates"],
        drop_pending_updates=options["drop_pending_updates"],
    )
    return server


def run_webhook(application: Any, options: dict[str, Any]) -> None:
    """``Application.run_webhook`` with our server: stops on SIGTERM/SIGINT like it."""
    from bot.ops.runner import run

    async def start(application: Any) -> Callable[[], Awaitable[None]]:
        server = await start_webhook(application, options)
        return server.stop

    run(application, start)
