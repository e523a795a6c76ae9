"""What /leads lists: the words after it ("/leads Dresden", "/leads neu", "/leads meine")
read as a choice of this group's open leads. They were ignored, and the whole list came
whatever was asked; a word /leads does not know is answered with the words it does."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from bot.advisor import handover
from bot.advisor.wording import spelled
from bot.offices import Office
from db.vocabulary import OPEN_STATUSES, WORKING_STATUSES, LeadStatus


def _spelled(*words: str) -> frozenset[str]:
    return frozenset(map(spelled, words))


#: Words that ask for what /leads shows anyway: every open lead of the group.
_ALL = _spelled("offen", "offene", "alle", "alles", "liste")
_NEW = _spelled("neu", "neue", "frei", "freie")
_MINE = _spelled("meine", "mein", "mir", "ich", "eigene")
_TAKEN = _spelled("übernommen", "übernommene", "vergeben", "vergebene", "bearbeitung")
#: Words around an office, as one says it: "/leads Büro Chemnitz", "/leads KAUSA Leipzig",
#: "/leads Chemnitz und Leipzig" ("KAUSA" was a word /leads did not know); "Buro" without
#: the umlaut's dots.
AROUND_OFFICE = _spelled(
    *("büro", "büros", "buro", "buros", "kausa", "in", "im", "aus", "von", "vom", "für"),
    *("des", "der", "und", "&"),
)
#: A word this long a letter off is read as the word meant ("übernomen", "meien"): a list
#: changes nothing. Shorter ones ("neu", "mir") are too near to other words.
_TYPO_FROM = 5


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
    named: set[str] = set()
    new = mine = taken = False
    for word in words:
        folded = spelled(word)
        if not folded or folded in _ALL or folded in AROUND_OFFICE:
            continue
        office = office_read(folded, offices)
        if office is not None and office in served:
            named.add(office)
            continue
        meant = _meant(folded)
        if meant is None or office is not None:
            return Unknown(word, office)
        new, mine, taken = new or meant is _NEW, mine or meant is _MINE, taken or meant is _TAKEN
    # "/leads Chemnitz Leipzig" in their group: both (only the last one was shown).
    chosen_offices = tuple(key for key in served if key in named) or tuple(served)
    cities = [] if len(chosen_offices) == len(served) else [offices[k].city for k in chosen_offices]
    of, within = _of(cities), _within(cities)
    if mine:
        # A lead one has taken is no longer new: "meine neuen" means one's own.
        heading, none = (
            "Ihre offenen Anfragen",
            f"Sie haben keine offenen Anfragen{within} übernommen.",
        )
        return Choice(chosen_offices, WORKING_STATUSES, user_id, heading + of, none)
    if new:
        heading, none = "Neue Anfragen", f"Keine neuen Anfragen{within}."
        return Choice(chosen_offices, (LeadStatus.NEW,), None, heading + of, none)
    if taken:
        heading, none = "Übernommene Anfragen", f"Keine übernommenen Anfragen{within}."
        return Choice(chosen_offices, WORKING_STATUSES, None, heading + of, none)
    none = f"Keine offenen Anfragen{within}. 🎉"
    return Choice(chosen_offices, OPEN_STATUSES, None, "Offene Anfragen" + of, none)


def office_read(word: str, offices: Mapping[str, Office]) -> str | None:
    """The key of the office ``word`` names, or is a typo of ("Lepzig", "Chemniz"), or
    None. A list, the figures or a file change nothing: "/leads Lepzig" was told the word
    is unknown (a hand-over only names the office meant, bot.advisor.handover)."""
    named = handover.office_named(word, offices)
    if named is not None:
        return named
    meant = handover.office_meant(word, offices)
    return next((key for key, office in offices.items() if office.city == meant), None)


def _meant(folded: str) -> frozenset[str] | None:
    """The list of words ``folded`` is one of, or a letter off one of ("übernomen")."""
    kinds = (_ALL, _NEW, _MINE, _TAKEN)
    for kind in kinds:
        if folded in kind:
            return kind
    near = {
        kind
        for kind in kinds
        for known in kind
        if len(known) >= _TYPO_FROM and OSA.distance(folded, known) <= 1
    }
    return near.pop() if len(near) == 1 else None


def _joined(cities: Sequence[str]) -> str:
    """ "Chemnitz", "Chemnitz und Leipzig", "Chemnitz, Dresden und Leipzig"."""
    return " und ".join([", ".join(cities[:-1]), cities[-1]] if len(cities) > 1 else cities)


def _of(cities: Sequence[str]) -> str:
    """ " des Büros Chemnitz", " der Büros Chemnitz und Leipzig" ("": the whole group)."""
    if not cities:
        return ""
    return (" des Büros " if len(cities) == 1 else " der Büros ") + _joined(cities)


def _within(cities: Sequence[str]) -> str:
    """ " im Büro Chemnitz", " in den Büros Chemnitz und Leipzig" ("": the whole group)."""
    if not cities:
        return ""
    return (" im Büro " if len(cities) == 1 else " in den Büros ") + _joined(cities)
