"""Jinja2 templates of the web pages (bot/web/templates), autoescaped."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from typing import Any

import aiohttp_jinja2
import jinja2
from aiohttp import web
from markupsafe import Markup, escape

from bot.conversation.direction import direction
from bot.conversation.ltr import isolate_ltr, linked_ltr, site_linked
from bot.i18n import named_language, translator
from bot.validation import without_emoji
from bot.web.german_words import german_in


def setup(app: web.Application) -> None:
    """Templates for ``app`` and its sub-applications (found through config_dict)."""
    # One type for all the filters: mypy took their mix for no callable.
    filters: dict[str, Callable[..., str]] = {
        "ltr": isolate_ltr,
        "linked": linked_ltr,
        "site_linked": site_linked,
        # A person's or an advisor's words: the direction of most of their letters.
        "direction": direction,
        # A language's own name on a button: the language it is read in.
        "named_language": named_language,
        "spoken": spoken,
        "quiet_icons": quiet_icons,
        # German words in Arabic or Ukrainian words: read and hyphenated as German.
        "german_in": german_in,
    }
    aiohttp_jinja2.setup(
        app,
        loader=jinja2.PackageLoader("bot.web", "templates"),
        autoescape=jinja2.select_autoescape(default=True),
        undefined=jinja2.StrictUndefined,
        # The templates ship with the package and change only with a restart: no stat()
        # of the template file on every page.
        auto_reload=False,
        filters=filters,
    )


def spoken(label: str) -> str:
    """A button's name for a screen reader, where its label has emoji ("🏠 Main menu",
    "✅ Cook"): the words alone. TalkBack read "house building, Main menu" before each
    one. Empty where the label is words only, or only symbols (nothing else to say)."""
    # "ℹ️" (information source) is a letter to Unicode, not a symbol: read out too.
    words = without_emoji(label.replace(_INFORMATION, ""))
    return words if words != label and any(ch.isalnum() for ch in words) else ""


#: The "ℹ️" of "ℹ️ Information".
_INFORMATION = "\u2139"
#: What makes up an emoji besides its symbol: the variation selectors, the joiner, the
#: keycap and the skin tones (as bot.validation.without_emoji reads them).
_ICON_PARTS = frozenset({_INFORMATION, "\ufe0f", "\ufe0e", "\u200d", "\u20e3"})


def _icon(ch: str) -> bool:
    return ch in _ICON_PARTS or unicodedata.category(ch) == "So" or 0x1F3FB <= ord(ch) <= 0x1F3FF


def quiet_icons(html: Markup | str) -> Markup:
    """The bot's words with the emoji a line begins with ("🏢 You run a business …")
    hidden from a screen reader, still seen: TalkBack read "office building" before each
    line. An emoji inside a sentence stays read ("tap ✏️ beside the answer": the button
    it names). As chat.js's quietIcons."""
    lines = []
    for line in str(escape(html)).split("\n"):
        words = line.lstrip(" ")
        icons = 0
        while icons < len(words) and _icon(words[icons]):
            icons += 1
        if icons and words[icons : icons + 1] == " ":
            hidden = Markup('<span aria-hidden="true">%s</span>') % words[:icons]
            line = line[: len(line) - len(words)] + hidden + words[icons:]
        lines.append(line)
    return Markup("\n".join(lines))


def render(
    request: web.Request,
    template: str,
    lang: str,
    context: Mapping[str, Any],
    *,
    status: int = 200,
    headers: Mapping[str, str] | None = None,
) -> web.Response:
    """A page in ``lang``: ``lang``, ``dir`` and ``_`` (gettext) are there for every template."""
    t = translator(lang)
    values = {"lang": lang, "dir": "rtl" if t.rtl else "ltr", "_": t.gettext, **context}
    response = aiohttp_jinja2.render_template(template, request, values, status=status)
    if headers:
        response.headers.update(headers)
    return response


def notice(
    request: web.Request,
    text: str,
    lang: str,
    *,
    status: int = 200,
    headers: Mapping[str, str] | None = None,
    extra: Mapping[str, Any] | None = None,
) -> web.Response:
    """One sentence and a way back to the chat (``extra``: a link to the chat in a new
    tab, ``reopen``, the words not sent, ``typed`` under ``not_sent``, and the offices'
    ``contacts``)."""
    context = {
        "text": text,
        "reopen": None,
        "typed": "",
        "not_sent": "",
        "contacts": "",
        **(extra or {}),
    }
    return render(request, "notice.html", lang, context, status=status, headers=headers)
