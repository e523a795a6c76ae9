"""A person's photo, voice message, video or file on the lead page, fetched through the bot.

GET /inbox/leads/N/media/M asks the Bot API for message M's file (getFile) and passes
the download (TELEGRAM_BASE_URL's file endpoint) through to the advisor's browser:
the page never holds a Telegram URL, which would carry the bot token. Only an advisor
who may open lead N gets it (404 otherwise, the attempt audited as for the lead page),
and every opening is audited. Nothing is stored on the server.
"""

from __future__ import annotations

import logging
import mimetypes
import re

import aiohttp
from aiohttp import web

from bot.advisor import work
from bot.config import ConfigError, Settings
from bot.desk.accounts import InboxAccess
from bot.desk.auth import ADVISOR, now, services_of
from bot.desk.pages import inbox_page, not_found
from bot.desk.players import PLAYERS, Player
from bot.validation import record_id
from bot.web.security import SECURITY
from db.models import ConversationMessage
from db.vocabulary import MessageKind

log = logging.getLogger(__name__)

#: The Bot API's own download limit is 20 MB; a slow download must not hang a worker.
TIMEOUT = aiohttp.ClientTimeout(total=120, sock_connect=10)
CHUNK = 64 * 1024
_UNSAFE_NAME = re.compile(r"[^\w.\- ]+")


def _file_base(settings: Settings) -> str:
    """The Bot API's file endpoint, as python-telegram-bot is given it (bot/app.py)."""
    base = settings.telegram_base_url
    if base.endswith("/bot"):
        return base[: -len("bot")] + "file/bot"
    return "https://api.telegram.org/file/bot"


def _headers(message: ConversationMessage, player: Player, request: web.Request) -> dict[str, str]:
    content_type = player.content_type
    if message.kind == MessageKind.AUDIO and message.file_name:
        content_type = mimetypes.guess_type(message.file_name)[0] or content_type
    name = _UNSAFE_NAME.sub("_", message.file_name or "") or f"nachricht-{message.id}"
    disposition = "attachment" if player.element == "download" else "inline"
    return {
        **request.config_dict[SECURITY].headers(False),
        "Content-Type": content_type,
        "Content-Disposition": f'{disposition}; filename="{name}"',
        # Personal data: not kept by the browser or a proxy.
        "Cache-Control": "no-store",
    }


async def medium(request: web.Request) -> web.StreamResponse:
    """GET /inbox/leads/N/media/M: the file, streamed; 404 for another office or no file."""
    services = services_of(request)
    advisor = request[ADVISOR]
    lead_id, message_id = (_number(request, key) for key in ("lead_id", "message_id"))
    message = await work.open_medium(
        services.sessionmaker,
        InboxAccess(advisor),
        lead_id=lead_id,
        message_id=message_id,
        actor=advisor.actor,
        now=now(request),
    )
    player = PLAYERS.get(message.kind) if message is not None else None
    if message is None or message.file_id is None or player is None:
        return not_found(request)
    response: web.StreamResponse | None = None
    try:
        token = services.settings.token()
        async with aiohttp.ClientSession(timeout=TIMEOUT) as client:
            api = f"{services.settings.telegram_base_url}{token}/getFile"
            async with client.post(api, json={"file_id": message.file_id}) as answer:
                found = await answer.json(content_type=None)
            result = found.get("result") if isinstance(found, dict) else None
            path = result.get("file_path") if isinstance(result, dict) else None
            if not isinstance(path, str) or not path:
                raise LookupError("getFile gave no file path")
            async with client.get(f"{_file_base(services.settings)}{token}/{path}") as upstream:
                if upstream.status != 200:
                    raise LookupError(f"the file endpoint answered {upstream.status}")
                response = web.StreamResponse(headers=_headers(message, player, request))
                await response.prepare(request)
                async for chunk in upstream.content.iter_chunked(CHUNK):
                    await response.write(chunk)
                await response.write_eof()
                return response
    except (aiohttp.ClientError, TimeoutError, LookupError, ValueError, ConfigError) as error:
        # The type only: an aiohttp error's text carries the URL, and so the token.
        log.warning("could not fetch a medium of lead %s (%s)", lead_id, type(error).__name__)
        if response is not None and response.prepared:
            return response  # cut off mid-way: the browser sees an incomplete file
    return inbox_page(request, "inbox/unavailable.html", {}, status=502)


def _number(request: web.Request, key: str) -> int:
    number = record_id(request.match_info[key])
    if number is None:
        raise web.HTTPNotFound()
    return number
