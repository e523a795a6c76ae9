"""The HTTP transport of every Bot API call: python-telegram-bot's BaseRequest on aiohttp.

python-telegram-bot's default transport (httpx) costs 0.9–3.3 ms of CPU per call;
aiohttp does the same call for 0.15–0.27 ms (bench/README.md, "production run").
Errors keep python-telegram-bot's mapping: BaseRequest turns the HTTP status into
RetryAfter, Forbidden, BadRequest, ...; this class raises TimedOut on timeouts and
NetworkError on any other connection failure, as HTTPXRequest does.
"""

from __future__ import annotations

import json
from typing import Any

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

#: python-telegram-bot's HTTPXRequest defaults (seconds), so the bot waits as before.
READ_TIMEOUT = 5.0
WRITE_TIMEOUT = 5.0
CONNECT_TIMEOUT = 5.0
POOL_TIMEOUT = 1.0
MEDIA_WRITE_TIMEOUT = 20.0

_JSON = {"Content-Type": "application/json"}
#: The type of python-telegram-bot's "argument not given" marker (DEFAULT_NONE).
_Default = type(BaseRequest.DEFAULT_NONE)


class AiohttpRequest(BaseRequest):
    """A BaseRequest with one pooled, keep-alive aiohttp session.

    Calls without files go as one JSON body (Telegram accepts ``application/json``),
    calls with files (``sendDocument``) as ``multipart/form-data``.
    """

    def __init__(
        self,
        connection_pool_size: int = 256,
        *,
        read_timeout: float | None = READ_TIMEOUT,
        write_timeout: float | None = WRITE_TIMEOUT,
        connect_timeout: float | None = CONNECT_TIMEOUT,
        pool_timeout: float | None = POOL_TIMEOUT,
        media_write_timeout: float | None = MEDIA_WRITE_TIMEOUT,
    ) -> None:
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None
        self._headers = {"User-Agent": self.USER_AGENT}

    @property
    def read_timeout(self) -> float | None:
        """The default read timeout (python-telegram-bot adds it to getUpdates' long poll)."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Open the session; its connector keeps up to ``connection_pool_size`` connections."""
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size),
                headers=self._headers,
                # Telegram answers JSON; python-telegram-bot parses the raw bytes itself.
                skip_auto_headers=("Accept-Encoding",),
            )

    async def shutdown(self) -> None:
        """Close the session and its pooled connections."""
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    def _timeout(
        self, read: Any, write: Any, connect: Any, pool: Any, has_files: bool
    ) -> aiohttp.ClientTimeout:
        read = self._read_timeout if isinstance(read, _Default) else read
        if isinstance(write, _Default):
            write = self._media_write_timeout if has_files else self._write_timeout
        if isinstance(connect, _Default):
            connect = self._connect_timeout
        if isinstance(pool, _Default):
            pool = self._pool_timeout
        parts = (read, write, connect, pool)
        # aiohttp has no write timeout: the whole call gets the sum of the four phases.
        total = None if any(part is None for part in parts) else sum(parts)
        waiting = None if connect is None or pool is None else connect + pool
        return aiohttp.ClientTimeout(
            total=total, connect=waiting, sock_connect=connect, sock_read=read
        )

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
        """Send one call; return the status and the body for BaseRequest to map."""
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        has_files = request_data is not None and request_data.contains_files
        timeout = self._timeout(
            read_timeout, write_timeout, connect_timeout, pool_timeout, has_files
        )
        body: Any = None
        headers: dict[str, str] | None = None
        if request_data is not None:
            if has_files:
                body = _multipart(request_data)
            else:
                body = json.dumps(request_data.parameters).encode()
                headers = _JSON
        try:
            async with session.request(
                method, url, data=body, headers=headers, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as err:  # aiohttp's timeouts are TimeoutErrors too
            raise TimedOut from err
        except aiohttp.ClientError as err:
            # As HTTPXRequest: the class name helps when the message is empty.
            raise NetworkError(f"aiohttp.{err.__class__.__name__}: {err}") from err


def _multipart(request_data: RequestData) -> aiohttp.FormData:
    """The parameters as form fields and the files as parts, as Telegram expects uploads."""
    form = aiohttp.FormData(quote_fields=False)
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mimetype) in request_data.multipart_data.items():
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return form


def bot_request(client: str = "aiohttp") -> BaseRequest:
    """The transport of the bot's calls: ``aiohttp`` (default) or PTB's ``httpx``."""
    if client == "httpx":
        from telegram.request import HTTPXRequest

        return HTTPXRequest(connection_pool_size=256)
    return AiohttpRequest(256)


def updates_request(client: str = "aiohttp") -> BaseRequest:
    """The transport for getUpdates: one connection, as python-telegram-bot's own default."""
    if client == "httpx":
        from telegram.request import HTTPXRequest

        return HTTPXRequest(connection_pool_size=1)
    return AiohttpRequest(1)
