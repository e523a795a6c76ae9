"""Sessions replaced after /delete: a new one names the tap that ended the one before.

After /delete the browser gets a new session (bot.web.chat, ``after_erasure``), so that
nothing written afterwards is linked to the conversation deleted. A form sent twice by a
double click may come back with the new cookie and the old page's token: it is known here
as the deleted session's repeat, and answered with the farewell again (nothing stored),
not with "Your chat session has ended".

Nothing is kept for it, in memory or in the database: the new session's id is a random
part and a signature over it, the deleted session's form token, the erasing tap and the
current ten minutes. A repeat of that tap with that token under the new session is
recognised by signing again, also after a restart (with the same WEB_SECRET), for 10 to
20 minutes. The id holds neither the deleted id nor its hash, and no stored value links
the two sessions; the signature can only be checked by someone who has both the new
cookie and the old page.
"""

from __future__ import annotations

import hmac
import secrets
from datetime import datetime, timedelta

from bot.web.security import WebSecurity

#: How long a tap's repeat is expected at least (the next window too, so 10 to 20 minutes).
WINDOW = timedelta(minutes=10)
#: Characters of the random part (secrets.token_urlsafe(12)).
_RANDOM = 16


def _window(now: datetime) -> int:
    return int(now.timestamp() // WINDOW.total_seconds())


def _signature(security: WebSecurity, random: str, token: str, tap: str, window: int) -> str:
    return security.sign("renewed", f"{random}\x00{token}\x00{tap}\x00{window}")


def renewed_id(security: WebSecurity, deleted_token: str, tap: str, now: datetime) -> str:
    """A new session id (random, never issued before) for a browser whose data the tap
    ``tap`` (a button's data), sent with ``deleted_token``, has just deleted."""
    random = secrets.token_urlsafe(12)
    return random + _signature(security, random, deleted_token, tap, _window(now))


def repeats_erasure(
    security: WebSecurity, session_id: str, token: str | None, tap: str, now: datetime
) -> bool:
    """``tap`` with the form token ``token`` is the tap that deleted the data of the
    session ``session_id`` replaced, sent again within the window."""
    if not token or not tap or len(session_id) <= _RANDOM:
        return False
    random, signature = session_id[:_RANDOM], session_id[_RANDOM:]
    window = _window(now)
    return any(
        hmac.compare_digest(signature, _signature(security, random, token, tap, at))
        for at in (window, window - 1)
    )
