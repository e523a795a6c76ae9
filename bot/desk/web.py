"""The inbox as a sub-application at /inbox of the bot's web server (bot.web.app)."""

from __future__ import annotations

from aiohttp import web

from bot.desk import accounts, auth, media, pages, stats, stream
from bot.desk.drafts import Drafts
from bot.desk.once import OnceForms
from bot.desk.searches import SEARCHES, Searches


async def _home(request: web.Request) -> web.StreamResponse:
    raise web.HTTPSeeOther("/inbox/leads")


def register(app: web.Application) -> None:
    """Add /inbox to the root application (a bot.web.app plugin)."""
    # Before the first login: an unknown name must not be the one answer that waits for it.
    accounts.dummy_hash()
    inbox = web.Application(middlewares=[auth.guard])
    inbox[pages.DRAFTS] = Drafts()
    inbox[pages.ONCE] = OnceForms()
    inbox[SEARCHES] = Searches()
    inbox.router.add_get("/login", auth.login_form, name="login_form")
    inbox.router.add_post("/login", auth.login, name="login")
    inbox.router.add_post("/logout", auth.logout)
    inbox.router.add_get("", _home)
    inbox.router.add_get("/", _home)
    inbox.router.add_get("/leads", pages.leads)
    inbox.router.add_post("/leads", pages.search)
    inbox.router.add_get("/leads/{lead_id}", pages.lead_page)
    inbox.router.add_get("/leads/{lead_id}/messages", pages.new_messages)
    inbox.router.add_get("/leads/{lead_id}/media/{message_id}", media.medium)
    inbox.router.add_post("/leads/{lead_id}/act", pages.act)
    inbox.router.add_post("/leads/{lead_id}/handover", pages.hand_over)
    inbox.router.add_post("/leads/{lead_id}/reply", pages.reply)
    inbox.router.add_post("/leads/{lead_id}/note", pages.note)
    inbox.router.add_post("/leads/{lead_id}/telefon", pages.phone)
    inbox.router.add_get("/leads/{lead_id}/loeschen", pages.erase_page)
    inbox.router.add_post("/leads/{lead_id}/loeschen", pages.erase)
    inbox.router.add_get("/export", pages.export_leads)
    inbox.router.add_get("/events", stream.events)
    inbox.router.add_get("/stats", stats.page)
    app.add_subapp("/inbox", inbox)
