"""``GET /widget.js``: the chat button other websites embed with one script tag."""

from __future__ import annotations

import aiohttp_jinja2
from aiohttp import web

from bot.i18n import LANGUAGES, N_, translator

WIDGET_OPEN = N_("Chat with KAUSA")
WIDGET_CLOSE = N_("Close the chat")
#: The button while its window is closed and an answer has come in it.
WIDGET_NEWS = N_("New message from KAUSA")


async def widget_script(request: web.Request) -> web.Response:
    """The chat button for other websites, labelled in every language."""
    labels = {
        lang: {
            "open": translator(lang).translations.gettext(WIDGET_OPEN),
            "close": translator(lang).translations.gettext(WIDGET_CLOSE),
            "news": translator(lang).translations.gettext(WIDGET_NEWS),
            "title": translator(lang).translations.gettext(N_("KAUSA Saxony")),
        }
        for lang in LANGUAGES
    }
    response = aiohttp_jinja2.render_template("widget.js", request, {"labels": labels})
    response.content_type = "text/javascript"
    # Other sites load it: cacheable, and readable across origins (it holds nothing personal).
    response.headers["Cache-Control"] = "public, max-age=3600"
    response.headers["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response
