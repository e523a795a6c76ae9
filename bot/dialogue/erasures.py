"""The taps that erased a person's data lately, so that the same tap again changes nothing.

/delete's "Yes, delete everything" tapped twice (the first answer slow to come), or a
second tap still on its way, ran as a stranger's first step: it stored the person again
seconds after "All your data has been deleted". A repeated tap is otherwise recognised by
the state it leaves (``State.taken``), and there is no state left after an erasure; so
the tap is kept here, in memory only and without anything that names the person but the
channel's own id, for as long as a repeat of it may still come in.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime, timedelta

from bot.dialogue.state import Event, Press

#: How long a repeat of an erasing tap is expected (a slow answer, a held-back update).
WINDOW = timedelta(minutes=10)
#: The most erasures remembered at once; the oldest is forgotten first.
LIMIT = 1_000

Person = tuple[str, str]


class Erasures:
    """Recent erasures by person: the tap that erased, its language and when."""

    def __init__(self) -> None:
        self._taps: OrderedDict[Person, tuple[str, str, datetime]] = OrderedDict()

    def note(self, person: Person, event: Event, language: str, now: datetime) -> None:
        """``event`` erased ``person``'s data at ``now`` (kept only for a tap)."""
        if not isinstance(event, Press):
            return
        # Those past the window go first (oldest first: each is noted at the end): the id of
        # someone who deleted their data stayed until 1,000 later erasures, or a restart.
        while self._taps and now - next(iter(self._taps.values()))[2] > WINDOW:
            self._taps.popitem(last=False)
        self._taps[person] = (_tap(event), language, now)
        self._taps.move_to_end(person)
        while len(self._taps) > LIMIT:
            self._taps.popitem(last=False)

    def __contains__(self, person: Person) -> bool:
        """Something of ``person`` is kept."""
        return person in self._taps

    def forget(self, person: Person) -> None:
        """``person`` has stepped anew since: their taps are steps again."""
        self._taps.pop(person, None)

    def language(self, person: Person, now: datetime) -> str | None:
        """The language of ``person``'s farewell if their data were erased lately."""
        found = self._taps.get(person)
        return found[1] if found is not None and now - found[2] <= WINDOW else None

    def repeated(self, person: Person, event: Event, now: datetime) -> str | None:
        """The language of the farewell if ``event`` repeats the tap that just erased
        ``person``'s data; None for anything else (a new start, another button)."""
        found = self._taps.get(person)
        if found is None or not isinstance(event, Press):
            return None
        tap, language, at = found
        if now - at > WINDOW:
            del self._taps[person]
            return None
        return language if _tap(event) == tap else None


def _tap(press: Press) -> str:
    # Where a press names no message (the web chat, the terminal), its data does: it
    # carries the step's number, which a new start does not reach within the window.
    return press.digest() or press.data
