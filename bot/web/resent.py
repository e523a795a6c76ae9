"""Forms a browser sends again: a double click, or a POST repeated from its history.

The page without JavaScript steps with ``POST /chat``; a form sent twice repeated the
step: a message to the advisor arrived twice. (A step's POST is answered with a redirect,
bot.web.shown, so a reload no longer repeats it.) Every rendered form carries a fresh
random token; a token is taken once, and a form that comes back with a spent one only
shows the current page.

In memory: a restart forgets the spent tokens, which only reopens this for forms rendered
before it.
"""

from __future__ import annotations

import secrets
from collections import OrderedDict

#: Spent tokens kept (the oldest forgotten first): a reload comes within minutes.
KEPT = 50_000


class SentForms:
    """The tokens of forms already taken."""

    def __init__(self, kept: int = KEPT) -> None:
        self._spent: OrderedDict[str, None] = OrderedDict()
        self._kept = kept

    @staticmethod
    def token() -> str:
        """A token for one rendered form."""
        return secrets.token_urlsafe(12)

    def first(self, token: str) -> bool:
        """Whether the form with ``token`` is sent for the first time (it is spent now)."""
        if token in self._spent:
            return False
        self._spent[token] = None
        if len(self._spent) > self._kept:
            self._spent.popitem(last=False)
        return True
