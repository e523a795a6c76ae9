"""The web chat: HTTP in, engine event, screen out (as bot/handlers/user.py is for Telegram).

No flow logic here: every input becomes an event for :meth:`Dialogue.handle`, and the
screen it returns is shown as HTML (``/chat``, plain forms that work without
JavaScript) or as JSON for the page's script (``/chat/api/...``, static/chat.js).

A person on the web is a ``users`` row with channel ``web`` whose external id is a
hash of a random session id; the id itself lives only in an HttpOnly cookie. Nothing
personal goes into a URL or into the browser's storage.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from bot.dialogue.service import Dialogue, Profile, Reply
from bot.dialogue.state import Command, Event, Press, Start, Text
from bot.dialogue.texts import COMMANDS
from bot.i18n import N_, translator
from bot.web.app import SERVICES
from bot.web.language import from_accept_language
from bot.web.limits import LIMITS, slow_down
from bot.web.pages import notice, render
from bot.web.security import SECURITY, SessionCookie, csrf_token, csrf_valid, embeddable

CHANNEL = "web"
#: The longest message a person may send (as on Telegram).
MAX_MESSAGE = 4096
#: The engine's own sentence for a text that is too long (already in every catalog).
TOO_LONG = N_("This text is too long. Please write at most {max} characters.")
NO_SESSION = N_("Your chat session has ended. Please reload the page to start again.")
#: The panel menu: commands that always work, with the labels of /help.
PANEL = ("menu", "language", "privacy", "mydata", "delete")
_DESCRIPTIONS = dict(COMMANDS)


def external_id(session_id: str) -> str:
    """The stored id of a web person: a hash, so the database never holds a live session id."""
    return hashlib.sha256(session_id.encode()).hexdigest()


def event_from(fields: dict[str, str], lang: str) -> Event | None:
    """A press, a command from the panel, or typed text (``/menu`` typed is a command too)."""
    if "press" in fields:
        return Press(fields["press"])
    command = fields.get("command", "")
    if command in PANEL:
        return Command(command)
    if "text" not in fields:
        return None
    text = fields["text"]
    if text.startswith("/") and len(text.strip()) > 1:
        name = text[1:].split(maxsplit=1)[0].lower()
        return Start(lang) if name == "start" else Command(name)
    return Text(text)


def screen_json(reply: Reply) -> dict[str, Any]:
    """What the page's script shows after a step."""
    return {
        "lang": reply.language,
        "dir": "rtl" if translator(reply.language).rtl else "ltr",
        "before": list(reply.before),
        "text": reply.screen.text,
        "buttons": [
            [{"label": b.label, "data": b.data} for b in row] for row in reply.screen.keyboard
        ],
        "same_screen": reply.same_screen,
    }


@dataclass(frozen=True)
class WebChat:
    """The chat's routes over one dialogue service."""

    dialogue: Dialogue
    cookie: SessionCookie

    @staticmethod
    def of(request: web.Request) -> WebChat:
        """The chat of the application serving ``request``."""
        return request.config_dict[CHAT]

    async def reply_for(self, session_id: str | None, lang: str) -> Reply:
        """The current screen, or the greeting for someone the bot has not met."""
        if session_id is not None:
            reply = await self.dialogue.current(CHANNEL, external_id(session_id))
            if reply is not None:
                return reply
        return self.dialogue.greeting(CHANNEL, lang)

    async def step(self, session_id: str, event: Event, lang: str) -> Reply:
        """One event; a person's first one starts their conversation (as /start would)."""
        person = external_id(session_id)
        profile = Profile(language_code=lang)
        if not isinstance(event, Start) and await self.dialogue.current(CHANNEL, person) is None:
            # The greeting they saw was rendered without storing: store it now, same seq.
            await self.dialogue.handle(CHANNEL, person, Start(lang), profile)
        reply = await self.dialogue.handle(CHANNEL, person, event, profile)
        if reply is None:  # only a redelivered Telegram update has none
            raise RuntimeError("the dialogue returned no reply for a web step")
        return reply


CHAT = web.AppKey("chat", WebChat)


def browser_language(request: web.Request) -> str:
    """The language the browser asks for (German when none of ours)."""
    return from_accept_language(request.headers.get("Accept-Language"))


def _page(
    request: web.Request, session_id: str, reply: Reply, *, status: int = 200
) -> web.Response:
    t = translator(reply.language)
    panel = [(name, t.gettext(_DESCRIPTIONS[name])) for name in PANEL]
    return render(
        request,
        "chat.html",
        reply.language,
        {
            "screen": reply.screen,
            "before": reply.before,
            "csrf": csrf_token(request.config_dict[SECURITY], session_id),
            "panel": panel,
            "max_message": MAX_MESSAGE,
        },
        status=status,
    )


@embeddable
async def chat_page(request: web.Request) -> web.Response:
    """``GET /chat``: the conversation where the person left it, as a page."""
    chat = WebChat.of(request)
    session_id = chat.cookie.read(request) or chat.cookie.new_id()
    reply = await chat.reply_for(session_id, browser_language(request))
    response = _page(request, session_id, reply)
    chat.cookie.issue(request, response, session_id)
    return response


@embeddable
async def chat_form(request: web.Request) -> web.StreamResponse:
    """``POST /chat``: one step from a plain HTML form (the page without JavaScript)."""
    fields = {k: str(v) for k, v in (await request.post()).items()}
    checked = await _checked(request, fields, json_answer=False)
    if isinstance(checked, web.StreamResponse):
        return checked
    session_id, event, lang = checked
    reply = await WebChat.of(request).step(session_id, event, lang)
    if reply.attachment is not None:
        return _download(reply.attachment)
    response = _page(request, session_id, reply)
    WebChat.of(request).cookie.issue(request, response, session_id)
    return response


@embeddable
async def chat_screen(request: web.Request) -> web.Response:
    """``GET /chat/api/screen``: the current screen as JSON (the script's first look)."""
    chat = WebChat.of(request)
    session_id = chat.cookie.read(request)
    reply = await chat.reply_for(session_id, browser_language(request))
    return web.json_response(screen_json(reply))


async def chat_step(request: web.Request) -> web.StreamResponse:
    """``POST /chat/api/step``: one step from the page's script, as JSON."""
    try:
        body = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise web.HTTPBadRequest(text="expected a JSON object") from None
    if not isinstance(body, dict) or not all(isinstance(v, str) for v in body.values()):
        raise web.HTTPBadRequest(text="expected a JSON object of strings")
    fields = {**body, "csrf": request.headers.get("X-CSRF-Token", "")}
    checked = await _checked(request, fields, json_answer=True)
    if isinstance(checked, web.StreamResponse):
        return checked
    session_id, event, lang = checked
    reply = await WebChat.of(request).step(session_id, event, lang)
    answer = screen_json(reply)
    if reply.attachment is not None:
        name, content = reply.attachment
        answer["attachment"] = {"name": name, "content": content.decode()}
    return web.json_response(answer)


async def _checked(
    request: web.Request, fields: dict[str, str], *, json_answer: bool
) -> tuple[str, Event, str] | web.StreamResponse:
    """The session, the event and the language of a step, or the kind refusal to send."""
    chat = WebChat.of(request)
    lang = browser_language(request)
    session_id = chat.cookie.read(request)
    security = request.config_dict[SECURITY]
    if session_id is None or not csrf_valid(security, session_id, fields.get("csrf")):
        return _refusal(request, NO_SESSION, lang, 403, json_answer)
    if not request.config_dict[LIMITS].per_session.allow(session_id):
        return slow_down(request, lang)
    event = event_from(fields, lang)
    if event is None:
        raise web.HTTPBadRequest(text="expected press, command or text")
    if isinstance(event, Text) and len(event.text) > MAX_MESSAGE:
        return _refusal(request, TOO_LONG, lang, 413, json_answer, max=str(MAX_MESSAGE))
    return session_id, event, lang


def _refusal(
    request: web.Request, message: str, lang: str, status: int, json_answer: bool, **params: str
) -> web.Response:
    text = translator(lang).gettext(message).format(**params)
    if json_answer:
        return web.json_response({"error": text}, status=status)
    return notice(request, text, lang, status=status)


def _download(attachment: tuple[str, bytes]) -> web.Response:
    name, content = attachment
    return web.Response(
        body=content,
        content_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


async def to_chat(request: web.Request) -> web.Response:
    """``GET /``: the chat is the site."""
    raise web.HTTPFound("/chat")


def register(app: web.Application) -> None:
    """Add the chat's routes to the root web application."""
    services = app[SERVICES]
    app[CHAT] = WebChat(
        services.dialogue, SessionCookie("kausa_chat", app[SECURITY], samesite="Lax")
    )
    app.router.add_get("/", to_chat)
    app.router.add_get("/chat", chat_page)
    app.router.add_post("/chat", chat_form)
    app.router.add_get("/chat/api/screen", chat_screen)
    app.router.add_post("/chat/api/step", chat_step)
