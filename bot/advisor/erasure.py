"""An advisor erases a person's data at their request: a call, a letter, a parent of a
minor, someone without Telegram at hand. Exactly what the person's own /delete erases
(bot.privacy.rights.erase, the one erasure), reached from one of their leads that the
advisor's place may act on (:class:`bot.advisor.work.Access`); the audit names the
advisor. The inbox (bot.desk.pages) and the group's /loeschen (bot.handlers.advisor) ask
first, as /delete does; the group's question carries the buttons made here.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager, nullcontext
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple, Protocol

import sqlalchemy as sa

from bot.advisor import copies
from bot.advisor.wording import spelled
from bot.advisor.work import Access, Actor, Sessions, allowed
from bot.dialogue.state import Button, Screen
from bot.privacy import rights
from bot.validation import record_id
from db.models import Lead, User

#: The buttons of the group's question: ``erase:<yes|no>:<lead>``.
PREFIX = "erase"
YES, NO = "yes", "no"
LABELS = {YES: "🗑 Ja, endgültig löschen", NO: "✖️ Abbrechen"}


#: Words that ask to erase every request ("/loeschen alle", "/loeschen sämtliche Daten"),
#: compared as :func:`spelled` writes them: an erasure is one person's wish, one request
#: at a time; "alle" was looked up as a name ("keine Anfrage mit „alle“ im Namen").
_EVERY = frozenset({"alle", "alles", "allen", "saemtliche", "saemtlich", "komplett", "all"})
#: Words that may follow them ("alle Anfragen", "alle alten Daten").
_OF_WHAT = frozenset(
    {"anfragen", "daten", "leads", "erledigten", "alten", "offenen", "neuen", "abgeschlossenen"}
)


def asks_for_all(words: Sequence[str]) -> bool:
    """Whether the words after /loeschen ask to erase every request ("alle", "alles",
    "alle Anfragen")."""
    said = [spelled(word) for word in words]
    return bool(said) and said[0] in _EVERY and set(said[1:]) <= _OF_WHAT


def question_buttons(lead_id: int) -> Screen:
    """The buttons under the group's question whether to erase ``lead_id``'s person."""
    return Screen(
        "", (tuple(Button(LABELS[choice], f"{PREFIX}:{choice}:{lead_id}") for choice in LABELS),)
    )


def parse(data: str) -> tuple[str, int] | None:
    """(yes or no, lead id) of a question's button, or None if the data is not one."""
    parts = data.split(":")
    if len(parts) != 3 or parts[0] != PREFIX or parts[1] not in LABELS:
        return None
    lead_id = record_id(parts[2])
    return None if lead_id is None else (parts[1], lead_id)


@dataclass(frozen=True)
class Reach:
    """What an erasure from ``lead`` would erase: the requests of its person (numbers and
    offices only, another office's included: /delete erases them all)."""

    lead: Lead
    requests: tuple[tuple[int, str | None], ...]


async def reach(
    sessionmaker: Sessions, access: Access, *, lead_id: int, actor: Actor, now: datetime
) -> Reach | None:
    """The erasure's reach from ``lead_id``, if ``access`` lets ``actor`` at the lead (a
    refusal audited where the place asks); nothing is changed."""
    async with sessionmaker() as session, session.begin():
        lead = await session.get(Lead, lead_id)
        if lead is None or await allowed(session, access, lead, actor, now) is not None:
            return None
        requests = await rights.requests_of(session, lead)
        return Reach(lead, tuple((each.id, each.office) for each in requests))


class Turns(Protocol):
    """The dialogue's turns (bot.dialogue.service.Dialogue.erasing): a person's erasure
    waits for their step in progress, and no step of theirs runs while it erases."""

    def erasing(self, channel: str, external_id: str) -> AbstractAsyncContextManager[None]: ...

    def erased(self, channel: str, external_id: str, language: str | None = None) -> None:
        """The person was erased, in their turn: the channels forget them (and tell
        their open chats, in ``language``, the conversation's)."""


class Erased(NamedTuple):
    """What an erasure did, for the advisor to be told no more than that: the numbers of
    the requests erased (none: erased already, a second click), those of them that were
    open (now withdrawn), and whether copies in the advisor chats are being removed."""

    numbers: tuple[int, ...]
    withdrawn: tuple[int, ...] = ()
    in_chats: bool = False


class Whose(NamedTuple):
    """The person of a lead: their channel, their id there, the conversation's language."""

    channel: str
    external_id: str
    language: str | None


async def _person_of(sessionmaker: Sessions, lead_id: int) -> Whose | None:
    """Whose ``lead_id`` is (None: a lead without its person)."""
    async with sessionmaker() as session:
        found = await session.execute(
            sa.select(User.channel, User.external_id, User.language)
            .join(Lead, Lead.user_id == User.id)
            .where(Lead.id == lead_id)
        )
        row = found.first()
        return Whose(row.channel, row.external_id, row.language) if row is not None else None


async def erase(
    sessionmaker: Sessions,
    turns: Turns,
    access: Access,
    *,
    lead_id: int,
    actor: Actor,
    now: datetime,
    via: str,
) -> Erased | None:
    """Erase the person of ``lead_id`` as their /delete would, in their turn of the
    dialogue (``turns``); None when ``access`` refuses."""
    person = await _person_of(sessionmaker, lead_id)
    # A lead's person changes only by an erasure: read before their turn, it still holds.
    erasing = turns.erasing(person.channel, person.external_id) if person else nullcontext()
    async with erasing:
        async with sessionmaker() as session, session.begin():
            lead = await session.get(Lead, lead_id, with_for_update=True)
            if lead is None or await allowed(session, access, lead, actor, now) is not None:
                return None
            by = rights.OnRequest(actor.id, actor.name, via)
            reached = await rights.erase_person_of(session, lead, now, by)
            numbers = tuple(each.id for each in reached.leads)
            in_chats = await copies.shown(session, numbers)
        if person is not None and numbers:
            # Committed, still in their turn: the web chat's session of the person goes
            # as after their /delete (their next step must not find it), and their open
            # chat is told, in their language, and cleared.
            turns.erased(*person)
        return Erased(numbers, tuple(reached.withdrawn), in_chats)
