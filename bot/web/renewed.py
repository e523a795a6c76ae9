"""Sessions replaced after /delete: a new one knows the deleted one's pages, for a while.

After /delete the browser gets a new session (bot.web.chat, ``after_erasure``), so that
nothing written afterwards is linked to the conversation deleted. A page of the deleted
session may still speak after that, with the new cookie and its old form token: the
second form of a double-clicked "Yes, delete everything", or another tab of the chat (one
that was offline missed the stream's word of the deletion). It is answered with the
farewell (nothing stored), not with "Your chat session has ended".

Nothing is kept for it, in memory or in the database: the new session's id is a random
part and a signature over it, the deleted session's form token and the current ten
minutes. A page with that token under the new session is recognised by signing again,
also after a restart (with the same WEB_SECRET), for 10 to 20 minutes. The id holds
neither the deleted id nor its hash, and no stored value links the two sessions; only
someone with both the new cookie and an old page can check the signature.
"""

from __future__ import annotations

import hmac
import secrets
from datetime import datetime, timedelta

from bot.web.security import WebSecurity

#: How long a deleted session's page is recognised at least (the next window too: 10 to 20
#: minutes); a double click's second form comes at once, an offline tab within minutes.
WINDOW = timedelta(minutes=10)
#: Characters of the random part (secrets.token_urlsafe(12)).
_RANDOM = 16


def _window(now: datetime) -> int:
    return int(now.timestamp() // WINDOW.total_seconds())


def _signature(security: WebSecurity, random: str, token: str, window: int) -> str:
    return security.sign("renewed", f"{random}\x00{token}\x00{window}")


def renewed_id(security: WebSecurity, deleted_token: str, now: datetime) -> str:
    """A new session id (random, never issued before) for a browser whose data were
    deleted from a page with the form token ``deleted_token``."""
    random = secrets.token_urlsafe(12)
    return random + _signature(security, random, deleted_token, _window(now))


def follows_erasure(
    security: WebSecurity, session_id: str, token: str | None, now: datetime
) -> bool:
    """``session_id`` replaced, lately, the deleted session whose pages carry ``token``."""
    if not token or len(session_id) <= _RANDOM:
        return False
    random, signature = session_id[:_RANDOM], session_id[_RANDOM:]
    window = _window(now)
    return any(
        hmac.compare_digest(signature, _signature(security, random, token, at))
        for at in (window, window - 1)
    )
