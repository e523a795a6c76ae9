"""Who is at the inbox: login (+TOTP), logout, and the guard in front of every other page.

The session cookie is bot.web's signed random id (HttpOnly, Secure, SameSite=Strict,
path /inbox); the database keeps only its hash (bot.desk.sessions). Every form carries
the session's CSRF token (bot.web.security.csrf_token); the login form, made before
there is a session, is bound to a short-lived cookie of its own. The root application
already refuses state-changing requests from other origins.

A page asked for without a live session leads to the login, which leads back to it
(``?weiter=``): only to one of the inbox's own pages, never to another address.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from urllib.parse import parse_qsl, quote, urlsplit

from aiohttp import web

from bot.desk import accounts, listing, sessions
from bot.desk.accounts import Advisor, Refusal
from bot.desk.searches import SEARCHES
from bot.services import Services
from bot.web.app import SERVICES
from bot.web.pages import render
from bot.web.security import (
    SECURITY,
    UNSAFE_METHODS,
    Handler,
    SessionCookie,
    WebSecurity,
    csrf_token,
    csrf_valid,
)

ADVISOR = web.RequestKey("advisor", Advisor)
#: The session's random id (from its cookie), for what is kept per session in memory.
SESSION_ID = web.RequestKey("session_id", str)
SESSION_COOKIE = "kausa_inbox"
LOGIN_COOKIE = "kausa_inbox_login"
#: Route names reached without a session.
PUBLIC = frozenset({"login", "login_form"})

FAILED = (
    "Anmeldung fehlgeschlagen: Login-Name, Passwort oder Code stimmen nicht. Nach fünf "
    "Fehlversuchen ist das Konto für 15 Minuten gesperrt."
)
TOTP_SETUP = (
    "Ihr Büro verlangt einen zweiten Faktor (TOTP). Bitte lassen Sie ihn von der "
    "Administration einrichten (python -m bot advisors reset-password LOGIN --totp)."
)
SIGNED_OUT = (
    "Ihre Sitzung ist abgelaufen oder Sie haben sich abgemeldet. Das Formular wurde nicht gesendet."
)
SEARCH_SIGNED_OUT = (
    "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich neu an: danach zeigt die Liste Ihre Suche."
)
STALE_FORM = (
    "Das Formular ist abgelaufen. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal."
)


def session_cookie(security: WebSecurity) -> SessionCookie:
    """The inbox's session cookie: only sent to /inbox, never cross-site."""
    return SessionCookie(
        SESSION_COOKIE,
        security,
        path="/inbox",
        samesite="Strict",
        max_age=int(sessions.IDLE.total_seconds()),
    )


def _login_cookie(security: WebSecurity) -> SessionCookie:
    return SessionCookie(LOGIN_COOKIE, security, path="/inbox", samesite="Strict", max_age=3600)


def services_of(request: web.Request) -> Services:
    """The running bot's services."""
    return request.config_dict[SERVICES]


def now(request: web.Request) -> datetime:
    """ "Now" from the bot's injected clock."""
    return services_of(request).clock()


def csrf_of(request: web.Request) -> str:
    """The CSRF token for the forms of this request's session."""
    session_id = session_cookie(request.config_dict[SECURITY]).read(request) or ""
    return csrf_token(request.config_dict[SECURITY], session_id)


#: The inbox's pages a login may lead back to: the list, a lead, the statistics.
_PAGES = re.compile(r"/inbox/(?:leads(?:/\d{1,9})?|stats)")
#: The login's query parameter (and form field) naming the page to go back to.
RETURN_TO = "weiter"
LANDING = listing.LIST
#: The list's search field, which the login carries on when it was sent signed out.
SEARCH_FIELD = "q"


def searched_term(typed: str) -> str:
    """A search as the list keeps it: without spaces around, at most 100 characters."""
    return typed.strip()[:100]


def page_to_return_to(address: str) -> str | None:
    """``address`` if it is one of the inbox's own pages, else None: never another site
    ("https://…", "//host", "/\\host"), nothing but the list, a lead and the statistics,
    and without a searched name (the list's filters are read again, its ``q`` dropped)."""
    if len(address) > 512 or not address.startswith("/inbox/") or "\\" in address:
        return None
    if any(ord(c) < 0x20 or c == "\x7f" for c in address):
        return None
    parts = urlsplit(address)
    if parts.scheme or parts.netloc or not _PAGES.fullmatch(parts.path):
        return None
    if parts.path != LANDING:
        return parts.path
    filters = listing.Filters.from_query(dict(parse_qsl(parts.query)))
    query = filters.query(page=filters.page)
    return f"{LANDING}?{query}" if query else LANDING


def login_address(page: str | None) -> str:
    """The login page, which leads back to ``page`` (one of :func:`page_to_return_to`)."""
    if page is None or page == LANDING:
        return "/inbox/login"
    return f"/inbox/login?{RETURN_TO}={quote(page, safe='/')}"


def _login_page(
    request: web.Request,
    form_id: str,
    error: str = "",
    status: int = 200,
    back_to: str = "",
    search: str = "",
) -> web.Response:
    security = request.config_dict[SECURITY]
    context = {
        "csrf": csrf_token(security, f"login:{form_id}"),
        "error": error,
        "return_to": back_to,
        "return_field": RETURN_TO,
        # A search sent signed out: in the form, never in an address.
        "search": search,
        "search_field": SEARCH_FIELD,
    }
    response = render(request, "inbox/login.html", "de", context, status=status)
    _login_cookie(security).issue(request, response, form_id)
    return response


async def login_form(request: web.Request) -> web.Response:
    """GET /inbox/login (``?weiter=/inbox/leads/17``: the page to go back to afterwards)."""
    back_to = page_to_return_to(request.query.get(RETURN_TO, "")) or ""
    return _login_page(request, SessionCookie.new_id(), back_to=back_to)


async def login(request: web.Request) -> web.StreamResponse:
    """POST /inbox/login: name, password and (if set up) the TOTP code."""
    security = request.config_dict[SECURITY]
    form = await request.post()
    back_to = page_to_return_to(str(form.get(RETURN_TO, ""))) or ""
    search = searched_term(str(form.get(SEARCH_FIELD, ""))) if back_to.startswith(LANDING) else ""
    form_id = _login_cookie(security).read(request)
    if form_id is None or not csrf_valid(security, f"login:{form_id}", str(form.get("csrf", ""))):
        return _login_page(request, SessionCookie.new_id(), STALE_FORM, 403, back_to, search)
    services = services_of(request)
    offices = services.offices
    result = await accounts.authenticate(
        services.sessionmaker,
        login=str(form.get("login", ""))[:64],
        password=str(form.get("password", ""))[:1024],
        code=str(form.get("code", ""))[:16],
        now=services.clock(),
        totp_required=lambda key: key in offices and offices[key].require_totp,
    )
    if result.advisor is None:
        error = TOTP_SETUP if result.refusal == Refusal.TOTP_SETUP else FAILED
        return _login_page(request, form_id, error, 401, back_to, search)
    # A fresh id at every login: an id planted before it never becomes a session.
    session_id = SessionCookie.new_id()
    # Expired sessions of anyone are removed here: logins are rare, the table stays small.
    await sessions.sweep(services.sessionmaker, services.clock())
    await sessions.open_session(services.sessionmaker, result.advisor, session_id, services.clock())
    # Back to the page the ended session was sent here from (a lead opened or reloaded),
    # a list with its search.
    back_to = _with_search(request, back_to, search, session_id, result.advisor.id)
    response = web.HTTPSeeOther(back_to or LANDING)
    session_cookie(security).issue(request, response, session_id)
    raise response


def _with_search(
    request: web.Request, back_to: str, typed: str, session_id: str, advisor_id: int
) -> str:
    """The list ``back_to`` with its search kept for the new session: the one typed in a
    form sent signed out, or the one its token stands for, if it is this advisor's (it
    was lost, and the list came back saying "Die Suche ist abgelaufen")."""
    parts = urlsplit(back_to)
    if parts.path != LANDING:
        return back_to
    filters = listing.Filters.from_query(dict(parse_qsl(parts.query)))
    searches, moment = request.config_dict[SEARCHES], now(request)
    if typed:
        token = searches.keep(session_id, typed, moment, advisor_id)
    elif filters.token and searches.take_over(filters.token, session_id, advisor_id, moment):
        token = filters.token
    else:
        return back_to
    return filters.address(token, filters.page)


async def logout(request: web.Request) -> web.StreamResponse:
    """POST /inbox/logout: the session ends at once."""
    services = services_of(request)
    cookie = session_cookie(request.config_dict[SECURITY])
    await sessions.close(
        services.sessionmaker, cookie.read(request), request[ADVISOR], services.clock()
    )
    request.config_dict[SEARCHES].forget(request[SESSION_ID])
    response = web.HTTPSeeOther("/inbox/login")
    response.del_cookie(SESSION_COOKIE, path="/inbox")
    raise response


def _navigation(request: web.Request) -> bool:
    """Whether the browser asked for a page to show, rather than a page's script for
    data (Fetch Metadata; without it, anything but the event stream is a page)."""
    mode = request.headers.get("Sec-Fetch-Mode")
    if mode is not None:
        return mode == "navigate"
    return "text/event-stream" not in request.headers.get("Accept", "")


@web.middleware
async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
    """A live session for every page but the login; a valid CSRF token on every form."""
    if request.match_info.route.name in PUBLIC:
        return await handler(request)
    security = request.config_dict[SECURITY]
    session_id = session_cookie(security).read(request)
    services = services_of(request)
    advisor = await sessions.current(services.sessionmaker, session_id, services.clock())
    if advisor is None or session_id is None:
        if request.method in UNSAFE_METHODS:
            return await _refused(request, SIGNED_OUT)
        if not _navigation(request):
            # A page's script (the event stream reconnecting, a fetch of new rows): led to
            # the login page, it took a new login form token, and the login form the
            # advisor was filling in at the same time was refused as expired.
            return web.Response(status=401, text="Sitzung abgelaufen.")
        # After the login, back to this page (a reload of a lead page landed on the list).
        raise web.HTTPSeeOther(login_address(page_to_return_to(request.path_qs)))
    if request.method in UNSAFE_METHODS:
        form = await request.post()
        if not csrf_valid(security, session_id, str(form.get("csrf", ""))):
            return await _refused(request, STALE_FORM)
    request[ADVISOR] = advisor
    request[SESSION_ID] = session_id
    response = await handler(request)
    # Pages with people's data: after logging out on a shared office computer, Back must
    # not show them from the browser's cache.
    response.headers.setdefault("Cache-Control", "no-store")
    if not response.prepared:
        # The cookie lives as long as the session's idle time from now: set once at the
        # login, the browser dropped it 8 hours later, in the middle of a working day.
        session_cookie(security).issue(request, response, session_id)
    return response


_LEAD_FORM = re.compile(r"(/inbox/leads/\d{1,9})/(?:act|reply|note|handover)")


def _search_signed_out(request: web.Request, form: Mapping[str, object]) -> web.Response:
    """The list's form sent after the session ended: the login, which then shows the list
    with the filters and the search (it had to be typed again)."""
    values = {key: value for key, value in form.items() if isinstance(value, str)}
    filters = replace(listing.Filters.from_query(values), token="")
    search = searched_term(values.get(SEARCH_FIELD, ""))
    back_to = filters.address("")
    return _login_page(request, SessionCookie.new_id(), SEARCH_SIGNED_OUT, 403, back_to, search)


async def _refused(request: web.Request, reason: str) -> web.Response:
    """A form that came too late (signed out, or an old page): a page that says so, with
    what was typed to copy, and the way to sign in again; nothing was done."""
    form = await request.post()
    if request.path == LANDING and reason == SIGNED_OUT:
        return _search_signed_out(request, form)
    typed = form.get("text")
    # A form of a lead page (a reply, a note, an action): the login leads back to that lead.
    lead = _LEAD_FORM.fullmatch(request.path)
    context = {
        "advisor": None,
        "reason": reason,
        "typed": typed if isinstance(typed, str) else "",
        "login": login_address(lead.group(1) if lead else None),
    }
    return render(
        request,
        "inbox/signed_out.html",
        "de",
        context,
        status=403,
        headers={"Cache-Control": "no-store"},
    )
