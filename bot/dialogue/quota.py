"""How many requests one person may open: pure, from their recent leads and "now".

A person with a second need within minutes is almost always adding to the first
(or a script is filling the advisors' group): the new answers join the open request
instead, but only a request the open one can hold whole: the same kind, office and
contact details. Joined, anything else (another office, a new phone number, a parent's
request after a business one) was dropped while the person read "added". Past
``OPEN_PER_DAY`` open requests in a day, a further one is declined kindly; advisors
already have that person's requests to act on. Checked where a lead is stored
(bot.dialogue.service), so a client that skips the "add to it?" question meets it too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.i18n import N_

#: A request sent this soon after an open one joins it.
JOIN_WITHIN = timedelta(minutes=5)
#: Open requests one person may send in a day.
OPEN_PER_DAY = 3
DAY = timedelta(days=1)
#: What a lead keeps outside its answers (columns of db.models.Lead, fields of
#: bot.dialogue.state.LeadDraft): a join keeps the open request's and drops the new one's.
KEPT = (
    "flow",
    "office",
    "postal_code",
    "name",
    "phone",
    "email",
    "contact_via_telegram",
    "preferred_time",
    "callback_language",
)

#: Says plainly that this request was not sent, and where a further word still reaches
#: the advisors (the person's messages go to their open request's advisors).
TOO_MANY = N_(
    "You have already sent several requests today, and our advisors will get back to you "
    "about them. So this request has not been sent. If you would like to add something, "
    "simply write it here in this chat: your advisors will read it."
)


@dataclass(frozen=True)
class Recent:
    """One of the person's leads, as the quota sees it."""

    id: int
    created_at: datetime
    open: bool
    #: Its values of :data:`KEPT`, in that order.
    kept: tuple[Any, ...] = ()


@dataclass(frozen=True)
class Placement:
    """Where a new request goes: a new lead, joined to ``join``, or ``refused``."""

    join: int | None = None
    refused: bool = False


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; they are stored in UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def place(recent: Sequence[Recent], now: datetime, kept: tuple[Any, ...] = ()) -> Placement:
    """Decide for a request sent at ``now`` whose values of :data:`KEPT` are ``kept``,
    given the person's leads (any order)."""
    open_today = sorted(
        (r for r in recent if r.open and now - _aware(r.created_at) < DAY),
        key=lambda r: _aware(r.created_at),
    )
    newest = open_today[-1] if open_today else None
    if newest is not None and now - _aware(newest.created_at) < JOIN_WITHIN:
        if newest.kept == kept:
            return Placement(join=newest.id)
    if len(open_today) >= OPEN_PER_DAY:
        return Placement(refused=True)
    return Placement()
