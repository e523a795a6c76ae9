"""How fast one person may write: at most ``limit`` updates in a window (pure, clock injected).

A fast human taps a few times a second for a moment, never 30 times a minute for
long; a script does. The first update past the limit is answered once with a kind
"slow down"; the rest of the window is ignored, so a flood costs the bot no sends
and cannot push ordinary people's answers behind it. An album (up to ten photos or
files sent at once, one update each) counts as one message: certificates sent after a
request were dropped past the limit.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum

from bot.i18n import N_

SLOW_DOWN = N_(
    "You are sending messages very quickly, so I could not take your last messages. "
    "Please wait a moment, then send them again."
)


class Pace(Enum):
    """What to do with one update of a person."""

    TAKE = "take"
    #: The first update past the limit: answer "slow down" once.
    WARN = "warn"
    IGNORE = "ignore"


#: Enough for anyone tapping through a dialogue by hand (bench: a fast walk is ~20 a minute).
PER_MINUTE = 30
#: The most parts of one album Telegram sends (a media group): more under one id count.
ALBUM = 10


@dataclass
class PersonPace:
    """Fixed windows per person: ``limit`` updates per ``window``, then one warning.

    Memory stays bounded: the least recently seen people are forgotten past
    ``max_people`` (a forgotten person starts a new window, erring on the kind side).
    """

    limit: int = PER_MINUTE
    window: timedelta = timedelta(minutes=1)
    max_people: int = 100_000
    #: (window start, updates counted, the last album and how many of its parts came)
    _windows: OrderedDict[int, tuple[datetime, int, str | None, int]] = field(
        default_factory=OrderedDict
    )

    def check(self, person: int, now: datetime, album: str | None = None) -> Pace:
        """Count one update of ``person`` at ``now``; ``album``: its media group, if any
        (the album's later parts, up to Telegram's ten, follow its first one uncounted)."""
        start, count, last, parts = self._windows.pop(person, (now, 0, None, 0))
        if now - start >= self.window or now < start:
            start, count = now, 0  # a new window (or the clock went back: start afresh)
        elif album is not None and album == last and parts < ALBUM and count <= self.limit:
            self._windows[person] = (start, count, last, parts + 1)
            return Pace.TAKE
        count += 1
        self._windows[person] = (start, count, album, parts + 1 if album == last else 1)
        while len(self._windows) > self.max_people:
            self._windows.popitem(last=False)
        if count <= self.limit:
            return Pace.TAKE
        return Pace.WARN if count == self.limit + 1 else Pace.IGNORE
