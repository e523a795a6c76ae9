"""What the web server remembers of a session between its steps, so a step need not ask
the database again for what the session's previous step just wrote.

Before the dialogue runs, a web step needs the screen the person is at (bot.web.chat):
whether it is their first step, whether typed text may be for their advisor, whether a
personal detail needs the spam check first. That screen is the one their previous step
stored, and the spam check, once passed, stays passed. Both are kept here, per session.

This is exact, not a guess, under two conditions, which is why an entry is trusted for
:data:`TRUST` only and one web server serves a database:

- Only this process writes a web person's state: the dialogue (bot.dialogue.service)
  is the one writer of conversation states, and one bot process runs per database
  (bot.ops.instance; ``bot run`` and ``bot web`` both take the instance lock). /delete
  is a step of this server too: the chat forgets the session then. An advisor's erasure
  (bot.advisor.erasure) is no step of the person's: the dialogue tells the chat
  (Dialogue.erased), which forgets the session and retires it (bot.web.retired).
- What another process may remove is far older than :data:`TRUST`: the nightly purge
  (bot.privacy.retention) removes people inactive for RETENTION_DAYS and spam-check
  proofs older than a day, never anything of the last hour.

An advisor's message changes no state. Concurrent steps of one session run one after
another under the session's :meth:`lock`, in the order they arrived, so an entry is
never read while a step of the same session is changing it.
"""

from __future__ import annotations

import asyncio
import weakref
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

#: How long what a step wrote is trusted without asking the database.
TRUST = timedelta(hours=1)
#: Sessions remembered at most (about 200 bytes each); the least recent go first.
LIMIT = 100_000


@dataclass
class _Entry:
    step: str
    at: datetime
    #: When this server took the session's spam-check proof (None: not seen here).
    passed_at: datetime | None = None
    #: The database was asked and held no proof for the session: until this server
    #: takes one (:meth:`KnownSessions.mark_passed`), none can appear.
    unproven: bool = False


class KnownSessions:
    """The last screen and the spam check of recent web sessions, by stored person id."""

    def __init__(
        self, clock: Callable[[], datetime], *, trust: timedelta = TRUST, limit: int = LIMIT
    ) -> None:
        self._clock = clock
        self._trust = trust
        self._limit = limit
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()

    def lock(self, person: str) -> asyncio.Lock:
        """The lock one step of ``person`` holds from its first read to its last write."""
        lock = self._locks.get(person)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[person] = lock
        return lock

    def _entry(self, person: str) -> _Entry | None:
        entry = self._entries.get(person)
        if entry is not None and self._clock() - entry.at > self._trust:
            del self._entries[person]
            return None
        return entry

    def step(self, person: str) -> str | None:
        """The screen ``person``'s last step here left them at; None: ask the database."""
        entry = self._entry(person)
        return entry.step if entry is not None else None

    def remember(self, person: str, step: str) -> None:
        """``person``'s step was committed and left them at ``step``."""
        entry = self._entry(person)
        if entry is None:
            entry = self._entries[person] = _Entry(step, self._clock())
        else:
            entry.step, entry.at = step, self._clock()
            self._entries.move_to_end(person)
        while len(self._entries) > self._limit:
            self._entries.popitem(last=False)

    def forget(self, person: str) -> None:
        """Nothing of ``person`` is known here any more (their data was deleted)."""
        self._entries.pop(person, None)

    def passed(self, person: str) -> bool | None:
        """Whether ``person`` passed the spam check; None: ask the database.

        True when this server took their proof within the trust time; False when the
        database held none when last asked (:meth:`unproven`) and none was taken since.
        """
        entry = self._entry(person)
        if entry is None:
            return None
        if entry.passed_at is not None and self._clock() - entry.passed_at <= self._trust:
            return True
        return False if entry.unproven else None

    def unproven(self, person: str) -> None:
        """The database holds no spam-check proof of ``person`` (if they stepped here).

        Exact for as long as the entry lives: a proof is only ever stored by a step of
        this server, which marks it (:meth:`mark_passed`) before anything else can fail.
        """
        entry = self._entry(person)
        if entry is not None:
            entry.unproven = True

    def mark_passed(self, person: str) -> None:
        """``person`` has just passed the spam check (their entry exists: they stepped)."""
        entry = self._entry(person)
        if entry is not None:
            entry.passed_at, entry.unproven = self._clock(), False
