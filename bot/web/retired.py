"""Sessions whose person an advisor erased: their browser's next visit starts anew.

After the person's own /delete the browser gets a new session at once (bot.web.chat,
``after_erasure``). An advisor's erasure at the person's request (bot.advisor.erasure)
happens while the person is elsewhere: their browser still holds the erased session's
cookie, and the next conversation would be stored under the erased one's id again (a
data protection officer wants a clean cut). The chat remembers such a session here, by
its stored id (the hash the database knew, never the session id), and treats its cookie
as none: the next page gets a new session and says that the data were deleted as asked,
and so does a step from a page still open (an open chat's stream is told at once,
bot.web.chat.WebChat.erased).

Looked up in memory, as the web chat's other memories of its sessions (bot.web.known):
every request asks. The erasure stores the session too (``retired_sessions``, written in
its transaction by bot.privacy.rights), and the chat loads them at start (:meth:`load`):
a restart forgot them, and the erased session's cookie then began a new conversation
under its old id. Kept as long as the cookie lives (:data:`KEPT_FOR`, then purged by
the retention), at most :data:`KEPT` sessions in memory.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from bot.dialogue.state import SESSION_COOKIE_DAYS
from db.models import RetiredSession

#: How long an erased session is known: as long as a browser keeps its cookie.
KEPT_FOR = timedelta(days=SESSION_COOKIE_DAYS)
#: Sessions remembered at most (a hash and a time each); the oldest go first.
KEPT = 100_000


class RetiredSessions:
    """The stored ids of web sessions whose data an advisor erased, with when."""

    def __init__(self, clock: Callable[[], datetime], kept: int = KEPT) -> None:
        self._clock = clock
        self._kept = kept
        self._retired: OrderedDict[str, datetime] = OrderedDict()
        # The conversation's language, for the page that says the data were deleted: in
        # memory only (a restart forgets it, and the browser's language says it then).
        self._languages: dict[str, str] = {}

    def retire(self, person: str, language: str | None = None) -> None:
        """``person``'s data were erased outside their chat: their session is over."""
        now = self._clock()
        person = RetiredSession.key(person)
        # Oldest first: gone once past KEPT_FOR (their cookie is gone by then too).
        while self._retired and now - next(iter(self._retired.values())) > KEPT_FOR:
            self._drop_oldest()
        self._retired.pop(person, None)
        self._retired[person] = now
        if language is not None:
            self._languages[person] = language
        if len(self._retired) > self._kept:
            self._drop_oldest()

    def _drop_oldest(self) -> None:
        person, _at = self._retired.popitem(last=False)
        self._languages.pop(person, None)

    def language(self, person: str) -> str | None:
        """The language of ``person``'s conversation erased, if this process erased it."""
        return self._languages.get(RetiredSession.key(person)) if person in self else None

    def load(self, retired: Iterable[tuple[str, datetime]]) -> None:
        """The sessions stored as retired (their keys, oldest first), at start."""
        for person, at in retired:
            self._retired.pop(person, None)
            self._retired[person] = at
            if len(self._retired) > self._kept:
                self._drop_oldest()

    def __contains__(self, person: str) -> bool:
        """``person``'s session was retired, within :data:`KEPT_FOR`."""
        at = self._retired.get(RetiredSession.key(person))
        return at is not None and self._clock() - at <= KEPT_FOR
