"""Words typed in a tab left behind, given back: sent again unchanged, they stay given back.

The chat open in two tabs: text typed in the one left behind, at a question the other had
already answered, is given back with the current question (bot.web.chat, ``went_on``).
Sent again as it was (Send pressed once more, or after a reload, the field still holding
it), it answered the current question: the business's name stored as the trade. Such a
text is remembered, by person, with the question it was given back at; the same words at
that question are given back again once, with a plainer note that says how to keep them:
words changed are the person's answer, and so are the same words sent once more after that
note ("weiß nicht" meant for both questions was given back at every try, with no way on
but other words).

In memory, as the spent form tokens are (bot.web.resent): a restart forgets them, which
only reopens this for words given back before it. Only a hash of the words is kept, and
only for :data:`KEPT_FOR` (it stayed until 10,000 newer ones pushed it out: on a quiet
site until a restart).
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime, timedelta

#: People remembered at most (the oldest forgotten first): a second try comes within minutes.
KEPT = 10_000
#: How long words given back are remembered: as long as words not taken wait in the field
#: of the page without JavaScript (bot.web.shown, UNSENT).
KEPT_FOR = timedelta(minutes=30)


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.strip().encode()).digest()


class GivenBack:
    """The words last given back to each person, and the question shown with them."""

    def __init__(self, clock: Callable[[], datetime], kept: int = KEPT) -> None:
        self._clock = clock
        self._given: OrderedDict[str, tuple[str, bytes, int, datetime]] = OrderedDict()
        self._kept = kept

    def keep(self, person: str, text: str, step: str) -> None:
        """``text`` was given back to ``person`` with the question ``step`` (once more, when
        it was the words given back there already)."""
        times = self.times(person, text, step)
        now = self._clock()
        # Oldest first (each kept anew goes to the end): gone once past KEPT_FOR.
        while self._given and now - next(iter(self._given.values()))[3] > KEPT_FOR:
            self._given.popitem(last=False)
        self._given.pop(person, None)
        self._given[person] = (step, _digest(text), times + 1, now)
        if len(self._given) > self._kept:
            self._given.popitem(last=False)

    def times(self, person: str, text: str, step: str) -> int:
        """How often ``text`` was given back at ``step``: 0 when it is not the words given
        back there (words changed, or another question), or given back too long ago."""
        given = self._given.get(person)
        if given is None or given[:2] != (step, _digest(text)):
            return 0
        return 0 if self._clock() - given[3] > KEPT_FOR else given[2]

    def __contains__(self, person: str) -> bool:
        """Something of ``person`` is kept."""
        return person in self._given

    def forget(self, person: str) -> None:
        """``person`` went on: what they send now is theirs to send."""
        self._given.pop(person, None)
