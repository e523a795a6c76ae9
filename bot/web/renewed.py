"""Sessions replaced after /delete: which deleted session a new one follows, for a while.

After /delete the browser gets a new session (bot.web.chat, ``after_erasure``), so that
nothing written afterwards is linked to the conversation deleted. A form sent twice by a
double click may come back with the new cookie and the old page's token: it is known here
as the deleted session's repeat, and answered with the farewell again (nothing stored),
not with "Your chat session has ended".

In memory, as the spent form tokens are (bot.web.resent): a restart forgets them, which
only turns such a repeat into "session ended". The new ids are kept as hashes; a deleted
id opens nothing any more (the server never issues it again).
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict

#: Replacements remembered at most (the oldest forgotten first): a repeat comes at once.
KEPT = 10_000


def _digest(session_id: str) -> bytes:
    return hashlib.sha256(session_id.encode()).digest()


class RenewedSessions:
    """The deleted session each new one replaced, by a hash of the new one's id."""

    def __init__(self) -> None:
        self._before: OrderedDict[bytes, str] = OrderedDict()

    def replaced(self, deleted: str, new: str) -> None:
        """``new`` is the browser's session from now on, in place of ``deleted``."""
        self._before[_digest(new)] = deleted
        while len(self._before) > KEPT:
            self._before.popitem(last=False)

    def deleted_before(self, session_id: str) -> str | None:
        """The session that ``session_id`` replaced after /delete, if it did."""
        return self._before.get(_digest(session_id))
