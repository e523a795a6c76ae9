"""A reply that could not be sent, kept for the lead page the browser is sent to next.

A reply form is answered with a redirect to the lead page (Post/Redirect/Get: a reload
must not post it again). When the message was not sent (the person blocked the bot, or
their web chat has ended), the typed words wait here for that page and are put back in
its reply field, once: nothing the advisor wrote is lost, and a later visit shows an
empty field. In memory: a restart between the POST and its redirect loses the words,
as the web chat's plain form does (bot.web.shown).
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime, timedelta

#: A browser follows a redirect at once; older, the words are not put back any more.
FRESH = timedelta(seconds=60)
#: Drafts kept at most (the oldest forgotten first).
KEPT = 1_000


class Drafts:
    """The last unsent reply of each advisor and lead, until the lead page takes it."""

    def __init__(self, *, kept: int = KEPT) -> None:
        self._kept = kept
        self._texts: OrderedDict[tuple[int, int], tuple[datetime, str]] = OrderedDict()

    def keep(self, advisor_id: int, lead_id: int, text: str, now: datetime) -> None:
        """``advisor_id`` wrote ``text`` to ``lead_id``'s person; it was not sent."""
        key = (advisor_id, lead_id)
        self._texts.pop(key, None)
        self._texts[key] = (now, text)
        if len(self._texts) > self._kept:
            self._texts.popitem(last=False)

    def take(self, advisor_id: int, lead_id: int, now: datetime) -> str:
        """The words kept for this advisor and lead, once, if fresh; else ""."""
        kept = self._texts.pop((advisor_id, lead_id), None)
        if kept is None or now - kept[0] > FRESH:
            return ""
        return kept[1]
