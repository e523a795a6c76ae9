"""What was just committed, told to listeners in this process: new leads and messages.

The inbox's event stream (bot/desk/pages.py) waits on this instead of asking the
database every few seconds per open tab. Writers note an item in their session
(:func:`note`); it is published after that transaction commits, and dropped when it
rolls back, so a listener never hears of a row it cannot read. The bot and its web
server run in one process (``run``, or ``web`` alone), so one hub per process hears
every write that matters; a second process would need PostgreSQL's LISTEN/NOTIFY.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

#: How many items a slow listener may fall behind before it is told to reload.
BACKLOG = 200
_PENDING = "news_pending"
_HELD = "news_held"


@dataclass(frozen=True)
class News:
    """One committed row: a lead (``message`` None) or a message of a lead."""

    lead_id: int
    office: str | None
    message_id: int | None = None
    from_person: bool = False
    #: The lead itself changed (taken, given back, done, withdrawn): an open page of it,
    #: or a list showing it, is out of date.
    changed: bool = False
    #: An advisor's message (``message_id``) reached the person ("sent", ``at``) or never
    #: will ("failed", "cancelled"): its open page stops saying "wird zugestellt".
    delivery: str = ""
    at: datetime | None = None


#: Put in a listener's queue when it fell behind: it should reload what it shows.
OVERFLOW = News(0, None)


class Hub:
    """The listeners of this process, each with its own bounded queue."""

    def __init__(self) -> None:
        self._listeners: set[asyncio.Queue[News]] = set()

    def publish(self, items: list[News]) -> None:
        for queue in self._listeners:
            for item in items:
                if queue.full():
                    queue.get_nowait()  # the oldest goes; the listener reloads anyway
                    with contextlib.suppress(asyncio.QueueFull):
                        queue.put_nowait(OVERFLOW)
                    continue
                queue.put_nowait(item)

    @contextlib.contextmanager
    def listen(self) -> Iterator[asyncio.Queue[News]]:
        """A queue that receives every item published while the block runs."""
        queue: asyncio.Queue[News] = asyncio.Queue(maxsize=BACKLOG)
        self._listeners.add(queue)
        try:
            yield queue
        finally:
            self._listeners.discard(queue)

    @property
    def listeners(self) -> int:
        """How many listeners there are (for /stats and tests)."""
        return len(self._listeners)


HUB = Hub()


def note(session: AsyncSession | Session, item: News) -> None:
    """Publish ``item`` once ``session``'s transaction has committed."""
    sync = session.sync_session if isinstance(session, AsyncSession) else session
    sync.info.setdefault(_PENDING, []).append(item)


def held(session: AsyncSession) -> None:
    """Publish nothing at ``session``'s own commits: it is inside a transaction that is
    not its own (db.direct), whose owner takes the items (:func:`taken`) and publishes
    them after the real commit. (A savepoint's end counts as a commit for SQLAlchemy.)"""
    session.sync_session.info[_HELD] = True


def taken(session: AsyncSession) -> list[News]:
    """What ``session`` noted and has not published, taken from it."""
    items: list[News] = session.sync_session.info.pop(_PENDING, [])
    return items


@event.listens_for(Session, "after_commit")
def _committed(session: Session) -> None:
    if session.info.get(_HELD):
        return
    items = session.info.pop(_PENDING, None)
    if items:
        HUB.publish(items)


@event.listens_for(Session, "after_rollback")
def _rolled_back(session: Session) -> None:
    session.info.pop(_PENDING, None)
