"""What /leads lists: the words after it ("/leads Dresden", "/leads neu", "/leads meine")
read as a choice of this group's open leads. They were ignored, and the whole list came
whatever was asked; a word /leads does not know is answered with the words it does."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.advisor import handover
from bot.offices import Office
from db.vocabulary import OPEN_STATUSES, WORKING_STATUSES, LeadStatus

#: Words that ask for what /leads shows anyway: every open lead of the group.
_ALL = frozenset({"offen", "offene", "alle", "alles", "liste"})
_NEW = frozenset({"neu", "neue", "frei", "freie"})
_MINE = frozenset({"meine", "mein", "mir", "ich", "eigene"})


@dataclass(frozen=True)
class Choice:
    """The open leads /leads shows: of ``offices``, in ``statuses``, taken by ``claimed_by``
    when set; ``heading`` and ``none`` are the list's title and its text when empty."""

    offices: tuple[str, ...]
    statuses: tuple[LeadStatus, ...] = OPEN_STATUSES
    claimed_by: int | None = None
    heading: str = "Offene Anfragen"
    none: str = "Keine offenen Anfragen. 🎉"


@dataclass(frozen=True)
class Unknown:
    """A word /leads does not know (``word``), or an office (``office``) not this group's."""

    word: str
    office: str | None = None


def chosen(
    words: Sequence[str], offices: Mapping[str, Office], served: Sequence[str], user_id: int
) -> Choice | Unknown:
    """The leads the words after /leads ask for, in the group serving ``served``."""
    office: str | None = None
    new = mine = False
    for word in words:
        folded = word.strip(",.;:!?").casefold()
        if not folded or folded in _ALL:
            continue
        if folded in _NEW:
            new = True
            continue
        if folded in _MINE:
            mine = True
            continue
        named = handover.office_named(folded, offices)
        if named is None or named not in served:
            return Unknown(word, named)
        office = named
    return _choice(offices, served, office, new=new, mine=mine, user_id=user_id)


def _choice(
    offices: Mapping[str, Office],
    served: Sequence[str],
    office: str | None,
    *,
    new: bool,
    mine: bool,
    user_id: int,
) -> Choice:
    where = f" des Büros {offices[office].city}" if office else ""
    in_office = f" im Büro {offices[office].city}" if office else ""
    chosen_offices = (office,) if office else tuple(served)
    if mine:
        # A lead one has taken is no longer new: "meine neuen" means one's own.
        return Choice(
            chosen_offices,
            WORKING_STATUSES,
            user_id,
            f"Ihre offenen Anfragen{where}",
            f"Sie haben keine offenen Anfragen{in_office} übernommen.",
        )
    if new:
        return Choice(
            chosen_offices,
            (LeadStatus.NEW,),
            None,
            f"Neue Anfragen{where}",
            f"Keine neuen Anfragen{in_office}.",
        )
    return Choice(
        chosen_offices,
        OPEN_STATUSES,
        None,
        f"Offene Anfragen{where}",
        f"Keine offenen Anfragen{in_office}. 🎉",
    )
