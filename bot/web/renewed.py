"""Sessions replaced after /delete: a new one knows the deleted one's pages, for a while.

After /delete the browser gets a new session (bot.web.chat, ``after_erasure``), so that
nothing written afterwards is linked to the conversation deleted. A page of the deleted
session may still speak after that, with the new cookie and its old form token: the
second form of a double-clicked "Yes, delete everything", or another tab of the chat (one
that was offline missed the stream's word of the deletion). It is answered with the
farewell (nothing stored), not with "Your chat session has ended".

Nothing is kept for it, in memory or in the database: the new session's id is a random
part and a signature over it, the deleted session's form token and the current ten
minutes, and those ten minutes themselves. A page with that token under the new session
is recognised by signing again, also after a restart (with the same key): for 10 to 20
minutes as a repeat of the deletion (:func:`follows_erasure`), and as long as the cookie
lives as a page of a conversation deleted (``within``: a tab left open for hours was told
only "Your chat session had ended"). The id holds neither the deleted id nor its hash,
and no stored value links the two sessions; only someone with both the new cookie and an
old page can check the signature.
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
#: Characters of the ten minutes of the deletion in the id (hexadecimal).
_WHEN = 8
#: Characters of a signature (WebSecurity.sign: 24 bytes in URL-safe base64).
_SIGNATURE = 32


def _window(now: datetime) -> int:
    return int(now.timestamp() // WINDOW.total_seconds())


def _signature(security: WebSecurity, random: str, token: str, window: int) -> str:
    # Not kept: the message pairs the deleted session's form token with the new id.
    return security.sign("renewed", f"{random}\x00{token}\x00{window}", kept=False)


def renewed_id(security: WebSecurity, deleted_token: str, now: datetime) -> str:
    """A new session id (random, never issued before) for a browser whose data were
    deleted from a page with the form token ``deleted_token``."""
    random = secrets.token_urlsafe(12)
    window = _window(now)
    return f"{random}{window:0{_WHEN}x}" + _signature(security, random, deleted_token, window)


def follows_erasure(
    security: WebSecurity,
    session_id: str,
    token: str | None,
    now: datetime,
    within: timedelta = WINDOW,
) -> bool:
    """``session_id`` replaced the deleted session whose pages carry ``token``, at most
    ``within`` (and the ten minutes under way) ago."""
    if not token:
        return False
    random = session_id[:_RANDOM]
    windows: tuple[int, ...]
    if len(session_id) == _RANDOM + _SIGNATURE:
        # An id made before it held its ten minutes: known in the current and the last.
        signature, windows = session_id[_RANDOM:], (_window(now), _window(now) - 1)
    elif len(session_id) == _RANDOM + _WHEN + _SIGNATURE:
        when, signature = session_id[_RANDOM : _RANDOM + _WHEN], session_id[_RANDOM + _WHEN :]
        try:
            window = int(when, 16)
        except ValueError:
            return False
        if not 0 <= _window(now) - window <= within // WINDOW:
            return False
        windows = (window,)
    else:
        return False
    return any(
        hmac.compare_digest(signature, _signature(security, random, token, at)) for at in windows
    )
