"""What a person whose browser keeps no chat cookie is told (the chat cannot go on).

Two cases, told apart by where the chat runs:

- in the widget's iframe on another site (a third party: Safari keeps no cookie there):
  the chat's own address in a tab of its own is a first party, where the cookie is kept;
- in a tab of its own (all cookies blocked, some in-app browsers): a new tab never helps;
  allowing cookies for the site does.

Either way the person gets the offices' contacts as the bot's offices page gives them
(bot.dialogue.texts.offices_text, from configuration, never made up): before, a browser
blocking every cookie left no way to reach KAUSA at all.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from bot.dialogue.state import Context
from bot.dialogue.texts import offices_text
from bot.i18n import N_, translator

#: In the widget's iframe: a reload never helps, a tab of its own does.
NO_COOKIE = N_(
    "Your browser is blocking the cookie this chat needs, so the chat cannot continue here."
)
OPEN_IN_TAB = N_("Open the chat in a new tab")
#: In a tab of its own: the browser blocks every cookie of the site.
NO_COOKIE_AT_ALL = N_(
    "Your browser is blocking cookies, so this chat cannot continue. The chat needs one "
    "cookie, only for this conversation. You can allow cookies for this site in your "
    "browser's settings and then reload the page."
)
#: Above the offices' contacts: the way to KAUSA that needs no cookie.
REACH_DIRECTLY = N_("You can also contact KAUSA directly:")
#: The words of a step refused for want of the cookie, on the page without JavaScript.
NOT_SENT = N_("Your message was not sent:")
#: The query field by which the page's script says whether it runs in a frame (``1``) or in
#: a tab of its own (``0``); a fetch's Sec-Fetch-Dest says neither.
FRAMED = "framed"


def in_frame(request: web.Request) -> bool:
    """Whether the chat runs in a frame (the widget): a form's navigation says so itself;
    the script says so in the address. When neither tells (an old browser), the new tab is
    offered: it may help, and the contacts come with it anyway."""
    said = request.query.get(FRAMED)
    if said is not None:
        return said != "0"
    return request.headers.get("Sec-Fetch-Dest", "iframe") != "document"


def refusal(lang: str, framed: bool, ctx: Context) -> dict[str, Any]:
    """What the chat says: the truth, the way on that can work where it runs (``reopen``:
    a link to the chat in a new tab, in a frame only), and the offices' contacts."""
    t = translator(lang)
    contacts = "\n\n".join([t.gettext(REACH_DIRECTLY), offices_text(t, ctx, None)])
    if not framed:
        return {"error": t.gettext(NO_COOKIE_AT_ALL), "reopen": None, "contacts": contacts}
    reopen = {"href": f"/chat?lang={lang}", "label": t.gettext(OPEN_IN_TAB)}
    return {"error": t.gettext(NO_COOKIE), "reopen": reopen, "contacts": contacts}
