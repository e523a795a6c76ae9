"""The list's searched names, kept on the server: a name never stands in an inbox URL.

A searched name in the list's address went into the browser's history, a proxy's access
log and the next page's Referer. The search form is posted instead (with the session's
CSRF token); the name waits here under a short random token, and the list's address
carries only that (``/inbox/leads?suche=…``), so paging, the filters, the export and the
list's live update keep the search.

A token is read only by the session that made it, is forgotten at logout and after the
session's idle time without use (bot.desk.sessions.IDLE), and lives in memory: a restart
forgets every search, and the list then says so. When the session has ended without a
logout, the same advisor's next login takes the search of the page it leads back to over
(for RESUME after its last use), so the list comes back with it; nobody else's login does.
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
#: How long after its last use a search of a session that ended (not logged out) waits
#: for its advisor's next login: a list left open overnight comes back with its search.
RESUME = timedelta(hours=24)
#: What a token looks like (secrets.token_urlsafe); anything else is no token.
TOKEN = re.compile(r"[A-Za-z0-9_-]{8,43}")


#: A kept search: the name searched, when it was last used, the advisor's account id.
_Search = tuple[str, datetime, int | None]


def _session_key(session_id: str) -> str:
    # The session id is a credential: kept here, like in the database, only as its hash.
    return hashlib.sha256(session_id.encode()).hexdigest()


class Searches:
    """Searched names of the logged-in sessions, each under a random token."""

    def __init__(
        self,
        idle: timedelta = sessions.IDLE,
        per_session: int = PER_SESSION,
        kept: int = SESSIONS,
        resume: timedelta = RESUME,
    ) -> None:
        self._idle = idle
        self._per_session = per_session
        self._kept = kept
        self._resume = max(resume, idle)
        #: session key -> token -> (name searched, last used, the advisor's account id)
        self._sessions: OrderedDict[str, OrderedDict[str, _Search]] = OrderedDict()

    def keep(self, session_id: str, term: str, now: datetime, owner: int | None = None) -> str:
        """The token under which ``term`` is kept for this session (the same for the same
        term); ``owner``, the advisor's account, may take it into their next session."""
        self._forget_older(now)
        key = _session_key(session_id)
        searches = self._sessions.setdefault(key, OrderedDict())
        self._sessions.move_to_end(key)
        token = next((t for t, (kept, _, _) in searches.items() if kept == term), None)
        if token is None:
            token = secrets.token_urlsafe(12)
        searches[token] = (term, now, owner)
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
        term, used, owner = found
        if used + self._idle <= now:
            del searches[token]
            return None
        searches[token] = (term, now, owner)
        self._sessions.move_to_end(key)
        return term

    def take_over(self, token: str, session_id: str, owner: int, now: datetime) -> bool:
        """Move the search under ``token`` into ``owner``'s new session (a login after
        theirs ended), if it is ``owner``'s and used within RESUME; the token stays."""
        self._forget_older(now)
        for searches in self._sessions.values():
            found = searches.get(token)
            if found is None:
                continue
            term, used, kept_for = found
            if kept_for != owner or used + self._resume <= now:
                return False
            del searches[token]
            mine = self._sessions.setdefault(_session_key(session_id), OrderedDict())
            mine[token] = (term, now, owner)
            self._sessions.move_to_end(_session_key(session_id))
            return True
        return False

    def forget(self, session_id: str) -> None:
        """Forget every search of a session (logout)."""
        self._sessions.pop(_session_key(session_id), None)

    def _forget_older(self, now: datetime) -> None:
        # A search its session can no longer read waits for its advisor's next login.
        for key in list(self._sessions):
            searches = self._sessions[key]
            for token in [t for t, (_, used, _) in searches.items() if used + self._resume <= now]:
                del searches[token]
            if not searches:
                del self._sessions[key]


SEARCHES = web.AppKey("searches", Searches)
