"""What a plain form's step showed, kept for the page the browser is sent to next.

The page without JavaScript steps with ``POST /chat``. Answered with the next page, that
POST stayed in the browser's history, and Back, Forward or a reload asked to "confirm form
resubmission". The POST is answered with a redirect to ``GET /chat`` instead
(Post/Redirect/Get); what only that step shows (an answer before the next question, the
farewell after an erasure, a text too long given back to be shortened) waits here for the
page the redirect loads, and is taken once: Back and reload show the screen as it is now.

Words the person typed and that were not taken (a refusal of the spam check or of the
limits, a text too long) are not history: every load of the same screen puts them back
into the field, until a later step or :data:`UNSENT`. Taken once, a reload of the "too
quick" page showed the field empty.

In memory, as the spent form tokens are (bot.web.resent): a restart between a POST and its
redirect shows the current screen without them. A page and its words leave the memory once
they are history (:data:`FRESH`, :data:`UNSENT`: a name typed too quickly stayed until
10,000 newer steps pushed it out, on a quiet site until a restart).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.dialogue.service import Reply

#: A browser follows a redirect at once; older, the step is history and not shown again.
FRESH = timedelta(seconds=60)
#: Steps kept at most (the oldest forgotten first).
KEPT = 10_000
#: How long words not taken wait in the field of their screen for a reload.
UNSENT = timedelta(minutes=30)
#: Characters of words not taken kept at most, over everyone (the oldest forgotten first).
#: A text comes back whole, as long as a form's body can carry it (64 KiB): cut at 8,192
#: characters, the end of a longer one was lost without a word. The bound is the memory's.
KEPT_CHARS = 16_000_000


@dataclass(frozen=True)
class Shown:
    """One step's page: its reply, a text given back to be shortened or kept under a
    refusal, whether the page offers the copy of one's data as a file (/mydata), a
    refusal's words and status (the spam check: too early, 425; not passed, 403), and
    what a look for new messages had seen."""

    reply: Reply
    typed: str = ""
    download: bool = False
    error: str = ""
    status: int = 200
    #: "Check for new messages" (the page without JavaScript): the id of the last message
    #: the person's page showed; the page opens at the first one after it, or says that
    #: none came.
    checked: int | None = None
    #: The words the step took (a question typed at the menu, an answer): shown above
    #: what they brought, as the page's script keeps them (the page showed the answer
    #: alone, and what was asked was gone).
    asked: str = ""


class StepPages:
    """The last step's page of each web person, until the redirected page takes it."""

    def __init__(
        self, clock: Callable[[], datetime], *, kept: int = KEPT, kept_chars: int = KEPT_CHARS
    ) -> None:
        self._clock = clock
        self._kept = kept
        self._kept_chars = kept_chars
        self._pages: OrderedDict[str, tuple[datetime, Shown]] = OrderedDict()
        #: Words not taken, by person: when, and the step whose field they belong in.
        self._unsent: OrderedDict[str, tuple[datetime, str, str]] = OrderedDict()
        #: The characters of the words kept in both (one string, held twice, counted twice).
        self._chars = 0

    def keep(self, person: str, shown: Shown) -> None:
        """``person``'s step showed ``shown`` (a later step's replaces it)."""
        self._expire()
        self._forget_page(person)
        self._pages[person] = (self._clock(), shown)
        self._chars += len(shown.typed)
        self._keep_unsent(person, shown.reply.step, shown.typed)
        self._trim(person)

    def keep_unsent(self, person: str, step: str, typed: str) -> None:
        """Words a step did not take (it failed), for the field of ``step`` when a page of
        it is shown again."""
        self._expire()
        self._keep_unsent(person, step, typed)
        self._trim(person)

    def _keep_unsent(self, person: str, step: str, typed: str) -> None:
        self._forget_unsent(person)
        if typed:
            self._unsent[person] = (self._clock(), step, typed)
            self._chars += len(typed)

    def _trim(self, person: str) -> None:
        """Forget the oldest steps over :data:`KEPT`, and others' words, oldest first, over
        the characters' bound (``person``'s own, just kept, stay)."""
        while len(self._pages) > self._kept:
            self._forget_page(next(iter(self._pages)))
        while len(self._unsent) > self._kept:
            self._forget_unsent(next(iter(self._unsent)))
        if self._chars <= self._kept_chars:
            return
        for others in (self._unsent, self._pages):
            for other in list(others):
                if self._chars <= self._kept_chars:
                    return
                if other != person:
                    self._forget_unsent(other)
                    self._forget_page(other)

    def _expire(self) -> None:
        """Forget what is history, oldest first (each kept anew goes to the end)."""
        now = self._clock()
        while self._pages and now - next(iter(self._pages.values()))[0] > FRESH:
            self._forget_page(next(iter(self._pages)))
        while self._unsent and now - next(iter(self._unsent.values()))[0] > UNSENT:
            self._forget_unsent(next(iter(self._unsent)))

    def __contains__(self, person: str) -> bool:
        """Something of ``person`` is kept (a page, or words not taken)."""
        return person in self._pages or person in self._unsent

    def forget(self, person: str) -> None:
        """Forget ``person``'s page and words: their data were erased (their /delete, an
        advisor's erasure on request), and a number typed and not taken went with them."""
        self._forget_page(person)
        self._forget_unsent(person)

    def _forget_page(self, person: str) -> None:
        kept = self._pages.pop(person, None)
        if kept is not None:
            self._chars -= len(kept[1].typed)

    def _forget_unsent(self, person: str) -> None:
        kept = self._unsent.pop(person, None)
        if kept is not None:
            self._chars -= len(kept[2])

    def unsent(self, person: str, step: str) -> str:
        """The words ``person`` typed at ``step`` that were not taken (a page of that step
        loaded again: a reload, Back), or ``""``."""
        kept = self._unsent.get(person)
        if kept is None or kept[1] != step or self._clock() - kept[0] > UNSENT:
            return ""
        return kept[2]

    def take(self, person: str) -> Shown | None:
        """What ``person``'s last step showed, once, if it is fresh."""
        kept = self._pages.get(person)
        self._forget_page(person)
        if kept is None or self._clock() - kept[0] > FRESH:
            return None
        return kept[1]
