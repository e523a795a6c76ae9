"""The list's searched names, kept on the server: a name never stands in an inbox URL.

A searched name in the list's address went into the browser's history, a proxy's access
log and the next page's Referer. The search form is posted instead (with the session's
CSRF token); the name waits here under a short random token, and the list's address
carries only that (``/inbox/leads?suche=…``), so paging, the filters, the export and the
list's live update keep the search.

A token is read only by the session that made it, is forgotten at logout and after the
session's idle time without use (bot.desk.sessions.IDLE), and lives in memory: a restart
forgets every search, and the list then says so.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections import OrderedDict
from datetime import datetime, timedelta

from aiohttp import web

from bot.desk import sessions

#: Searches kept per session (the oldest forgotten first): one for each tab and a few more.
PER_SESSION = 20
#: Sessions whose searches are kept (the longest unused forgotten first).
SESSIONS = 1000
#: What a token looks like (secrets.token_urlsafe); anything else is no token.
TOKEN = re.compile(r"[A-Za-z0-9_-]{8,43}")


def _session_key(session_id: str) -> str:
    # The session id is a credential: kept here, like in the database, only as its hash.
    return hashlib.sha256(session_id.encode()).hexdigest()


class Searches:
    """Searched names of the logged-in sessions, each under a random token."""

    def __init__(
        self, idle: timedelta = sessions.IDLE, per_session: int = PER_SESSION, kept: int = SESSIONS
    ) -> None:
        self._idle = idle
        self._per_session = per_session
        self._kept = kept
        #: session key -> token -> (name searched, last used)
        self._sessions: OrderedDict[str, OrderedDict[str, tuple[str, datetime]]] = OrderedDict()

    def keep(self, session_id: str, term: str, now: datetime) -> str:
        """The token under which ``term`` is kept for this session (the same for the same term)."""
        self._forget_older(now)
        key = _session_key(session_id)
        searches = self._sessions.setdefault(key, OrderedDict())
        self._sessions.move_to_end(key)
        token = next((t for t, (kept, _) in searches.items() if kept == term), None)
        if token is None:
            token = secrets.token_urlsafe(12)
        searches[token] = (term, now)
        searches.move_to_end(token)
        while len(searches) > self._per_session:
            searches.popitem(last=False)
        while len(self._sessions) > self._kept:
            self._sessions.popitem(last=False)
        return token

    def term(self, session_id: str, token: str, now: datetime) -> str | None:
        """The name searched under ``token`` in this session, or None (unknown, another
        session's, or unused for longer than a session lives)."""
        key = _session_key(session_id)
        searches = self._sessions.get(key)
        found = searches.get(token) if searches is not None else None
        if searches is None or found is None:
            return None
        term, used = found
        if used + self._idle <= now:
            del searches[token]
            return None
        searches[token] = (term, now)
        self._sessions.move_to_end(key)
        return term

    def forget(self, session_id: str) -> None:
        """Forget every search of a session (logout)."""
        self._sessions.pop(_session_key(session_id), None)

    def _forget_older(self, now: datetime) -> None:
        for key in list(self._sessions):
            searches = self._sessions[key]
            for token in [t for t, (_, used) in searches.items() if used + self._idle <= now]:
                del searches[token]
            if not searches:
                del self._sessions[key]


SEARCHES = web.AppKey("searches", Searches)
