"""Where a person says they live: a town or a postal code read out of what they typed.

Pure: words in any of the bot's scripts ("01067 Leipzig", "Ich wohne in Zwickau",
"у Лейпцигу", "أنا من ريزا", "Leipzich") become the towns of bot.places they name; the
postal code step (bot.dialogue.postal) decides what to do with them.
"""

from __future__ import annotations

import functools
import itertools
import re

from bot.dialogue.texts import LOCAL_CITY_NAMES
from bot.districts import CITY_DISTRICTS
from bot.places import (
    CLOSE_ENOUGH,
    CLOSE_IN_WORDS,
    MAX_PLACES,
    NEIGHBOUR_COUNTRIES,
    SAXONY,
    STATE_NAMES,
    Town,
    beside_saxony,
    fold,
    rank,
    towns_called,
    towns_close_to,
)
from bot.places import towns_named as _towns_named
from bot.routing import PostalKind, classify_postal_code, numbers_of_digits, postal_code_in
from bot.town_scripts import (
    case_forms,
    names_written_as,
    towns_written_as_said,
    towns_written_in_arabic,
    towns_written_in_cyrillic,
)

#: The office cities as the bot writes them in other scripts ("Хемніц" in Ukrainian):
#: typed like that, they are that city (the town list knows German names only).
_CITY_IN_SCRIPT = {
    local.casefold(): city for names in LOCAL_CITY_NAMES.values() for city, local in names.items()
}


def city_in_script(text: str) -> str:
    """An office city as the bot writes it in another script, also declined ("у Лейпцигу"),
    as its German name; any other text as it is."""
    forms = case_forms(text.strip().casefold())
    return next((_CITY_IN_SCRIPT[form] for form in forms if form in _CITY_IN_SCRIPT), text)


#: A Turkish case ending after a town's name, which Turkish writes after an apostrophe
#: ("Leipzig'deyim", "Dresden'de", "Chemnitz'ten", "Zwickau'ya", "Bautzen'deki"):
#: in, from, to, of, with "I am", "we are".
_TURKISH_ENDING = re.compile(
    r"['’‘](?:[dt][ae](?:y[iı][mz]|ki)?|[dt][ae]n|y?[ae]|n?[iıuü]n)[.!]?$", re.IGNORECASE
)


def without_turkish_ending(text: str) -> str:
    """``text`` without a Turkish case ending after a town's name ("Leipzig'deyim":
    "Leipzig"), or as it is (no town's name before the ending: the words are kept whole)."""
    said = text.strip()
    found = _TURKISH_ENDING.search(said)
    if found is None or not towns_called(said[: found.start()]):
        return text
    return said[: found.start()]


def with_code(text: str, code: str) -> str | None:
    """``text`` with its one four-digit number written as ``code`` (with its zero)."""
    numbers = numbers_of_digits(text, 4)
    if len(numbers) != 1:
        return None
    found = numbers[0]
    return f"{text[: found.start()]}{code}{text[found.end() :]}"


#: A Saxon town alike a far one's name typed is offered beside it when it is this big and
#: this many times bigger: "Kemnitz" (a village of 1253 by Greifswald) is Chemnitz
#: misheard, while "Magdeburg" is no Radeburg.
_BIG_TOWN = 20_000
_TIMES_BIGGER = 10


def bigger_saxon_towns_alike(town: Town, typed: str) -> list[Town]:
    """The big Saxon towns whose name ``typed`` is with a slip, where ``town`` of that
    very name is a village far from Saxony ("Kemnitz": Chemnitz)."""
    if not far_from_saxony(town):
        return []
    return [
        alike
        for alike in towns_close_to(typed, CLOSE_ENOUGH)
        if alike.population >= max(_BIG_TOWN, _TIMES_BIGGER * town.population)
    ]


def far_from_saxony(town: Town) -> bool:
    """Whether a town lies in Germany away from Saxony and its border."""
    return town.state in STATE_NAMES and town.state != SAXONY and not beside_saxony(town)


#: What is not a town's name beside a postal code: digits, punctuation.
_NOT_NAME = re.compile(r"[\d\W_]+")


def town_beside(text: str, *, among_words: bool = True) -> Town | None:
    """The town named beside a postal code, a Saxon one first: all the words but the code
    ("01968 Senftenberg"), else the words right after the code, as an address writes them
    ("Hauptstraße 5, 01067 Leipzig", "PLZ 01067 Лейпциг"), else those right before it,
    else (``among_words``) a Saxon town among the words ("01067 у Лейпцигу", "in Leipzig,
    PLZ 01067")."""
    towns = towns_called(" ".join(_NOT_NAME.sub(" ", text).split()))
    if towns:
        return towns[0]
    code = code_written(text)
    if code is None:
        return None
    after = _WORDS.findall(text[code.end() :])[:_NAME_WORDS]
    before = _WORDS.findall(text[: code.start()])[-_NAME_WORDS:]
    # The words nearest to the code first: "Meine PLZ ist 01067" names no town "Meine".
    nearest = [after[:size] for size in range(len(after), 0, -1)]
    nearest += [before[-size:] for size in range(len(before), 0, -1)]
    for words in nearest:
        towns = towns_of_name(" ".join(words))
        if towns:
            return towns[0]
    found = towns_in_words(text) if among_words else []
    return found[0] if found else None


def code_written(text: str) -> re.Match[str] | None:
    """Where the five-digit postal code stands in ``text``."""
    return next(iter(numbers_of_digits(text, 5)), None)


def slipped_town_beside(text: str) -> Town | None:
    """A Saxon town written with a slip right after or right before a postal code
    ("01067 Leipzg", "Leipzich 01067"); a word that is a place as it stands is none."""
    code = code_written(text)
    if code is None:
        return None
    # After the code, as an address writes it, the town is expected: as alike as a town
    # typed alone; before it, among other words ("Wohnort Leipzg, 01067"), more alike.
    after = [(word, CLOSE_ENOUGH) for word in _WORDS.findall(text[code.end() :])[:1]]
    before = [(word, CLOSE_IN_WORDS) for word in _WORDS.findall(text[: code.start()])[-1:]]
    for word, cutoff in after + before:
        # Capitals are a short name ("PLZ"), not a town's with a slip.
        if len(word) < _SLIP_LETTERS or word.isupper() or _towns_named(word):
            continue
        close = towns_close_to(word, cutoff)
        if close:
            return close[0]
    return None


def towns_of_name(name: str) -> list[Town]:
    """The towns of this name as typed beside a code: in Latin letters (a Saxon one first),
    a Saxon town in another script, or with a Turkish case ("Leipzigde")."""
    if len(name) < 3:
        return []
    return (
        towns_called(city_in_script(name))
        or saxon_towns_called(name, after_place_word=False)
        or saxon_towns_called(_TURKISH_CASE.sub("", name), after_place_word=False)
    )


def gives_postal_code(text: str) -> bool:
    """Whether ``text`` is or holds a postal code (alone, or in an address)."""
    return (
        classify_postal_code(text).kind is not PostalKind.FORMAT or postal_code_in(text) is not None
    )


def is_a_town(text: str) -> bool:
    """Whether ``text`` is a town's name and nothing more ("Senftenberg"), or an office
    city's district ("Prohlis")."""
    return bool(towns_called(city_in_script(text))) or district_typed(text) is not None


def sounds_like_a_town(text: str) -> bool:
    """Whether one word in Cyrillic or Arabic script sounds like exactly one town
    ("سنفتنبرغ": Senftenberg)."""
    return len(text.split()) == 1 and len(towns_sounding_like(text)) == 1


def names_a_town(text: str) -> bool:
    """Whether ``text`` is a town's name ("Senftenberg", "Сенфтенберг"), or words of it
    name a Saxon town or one beside Saxony ("không, em ở Senftenberg")."""
    return (
        is_a_town(text)
        or names_a_saxon_town(text)
        or (len(text.split()) == 1 and len(towns_written_in_cyrillic(text)) == 1)
        or bool(towns_beside_saxony_in_words(text))
    )


def names_a_saxon_town(text: str) -> bool:
    """Whether words of ``text`` name a Saxon town ("Ich wohne in Zwickau")."""
    return bool(towns_in_words(text))


@functools.cache
def _districts() -> dict[str, tuple[str, str]]:
    """Each office city's district by its folded name: its city and its name."""
    return {
        fold(district): (city, district)
        for city, districts in CITY_DISTRICTS.items()
        for district in districts
    }


def district_typed(text: str) -> Town | None:
    """An office city's district typed as the place ("Grünau"), as a place of its own
    named "Leipzig-Grünau" at the city's centre, whose postal code and office it has."""
    found = _districts().get(fold(text)) or _district_in_script(text)
    if found is None:
        return None
    city_name, district = found
    city = next((t for t in towns_called(city_name) if t.state == SAXONY), None)
    if city is None:
        return None
    return Town(f"{city_name}-{district}", SAXONY, city.lat, city.lon, city.population)


def _district_in_script(text: str) -> tuple[str, str] | None:
    """An office city's district written in Cyrillic or Arabic letters ("Грюнау",
    "غروناو"): its city and its name ("I could not find this place", or a town elsewhere
    that sounds alike, before)."""
    names = tuple(district for _, district in _districts().values())
    found = names_written_as(text, names)
    return _districts()[fold(found[0])] if found else None


def districts_in_words(text: str) -> list[Town]:
    """The office cities' districts named where a place goes ("Ich wohne in Grünau",
    "Grünau'da", "em ở Prohlis", "я живу в Грюнау", "أسكن في غروناو"), each as
    :func:`district_typed` makes it."""
    words = list(dict.fromkeys([*words_where_a_place_goes(text), *_after_arabic_in(text)]))
    found = (district_typed(word) for word in words)
    return list(dict.fromkeys(town for town in found if town is not None))[:MAX_PLACES]


def town_of_district(text: str) -> Town | None:
    """The Saxon town a district is written after with a hyphen, as addresses write it
    ("Leipzig-Grünau", "Dresden-Neustadt"), where only one town has that name."""
    name, hyphen, district = text.strip().partition("-")
    if not hyphen:
        return _city_before_its_district(text)
    if not name.strip() or not district.strip():
        return None
    # "Дрезден-Нойштадт", "لايبزيغ-غروناو": the city as the bot writes it in that script.
    towns = towns_called(city_in_script(name))
    return towns[0] if len(towns) == 1 and towns[0].state == SAXONY else None


def _city_before_its_district(text: str) -> Town | None:
    """An office city with one of its own districts after a space ("Leipzig Grünau"): that
    city, as with a hyphen ("Do you mean Leipzig (Sachsen)?" asked before). Other words
    after a town ("Reichenbach Nord") may be another town's name, and are offered."""
    name, space, district = text.strip().partition(" ")
    if not space:
        return None
    # In Cyrillic or Arabic letters too: "Лейпциг Грюнау", "لايبزيغ غروناو".
    found = _districts().get(fold(district)) or _district_in_script(district)
    if found is None or fold(found[0]) != fold(city_in_script(name)):
        return None
    towns = [t for t in towns_called(found[0]) if t.state == SAXONY]
    return towns[0] if len(towns) == 1 else None


def names_an_office_city(text: str) -> bool:
    """Whether ``text`` is an office city or one of its districts and nothing more
    ("Leipzig", "Лейпциг", "Grünau", "Leipzig Grünau", "Dresden-Prohlis", "غروناو"):
    a place, typed where something else is asked."""
    cities = {fold(city) for city in CITY_DISTRICTS}
    named = text.strip()
    if fold(city_in_script(named)) in cities or district_typed(named) is not None:
        return True
    town = town_of_district(named)
    return town is not None and fold(town.name) in cities


def towns_sounding_like(text: str) -> list[Town]:
    """Towns written in Cyrillic or Arabic. Arabic keeps only consonants, which many names
    share ("درسدن": Dresden, Thierstein, Darstein): a Saxon one there is the one meant."""
    towns = towns_written_in_cyrillic(text)
    if towns:
        return towns
    towns = towns_written_in_arabic(text)
    return [t for t in towns if t.state == SAXONY] or towns


#: A sentence's words: letters only (a hyphen or an apostrophe ends a word).
_WORDS = re.compile(r"[^\W\d_]+")
#: The most words of a town's name a sentence is searched for ("Neustadt in Sachsen").
_NAME_WORDS = 3
#: Arabic "in" and "from": a word after them is likely a place, so two consonants do
#: ("أنا من ريزا", Riesa), as when the town is written alone.
_ARABIC_PLACE_WORDS = frozenset({"\u0641\u064a", "\u0645\u0646"})
#: Arabic "in" (ب) written onto a word of at least three more letters.
_ARABIC_IN = re.compile(r"\u0628(?=\w{3})")


def towns_in_words(text: str) -> list[Town]:
    """The Saxon towns named by words of ``text``, the longest name first at each word
    ("Bad Schandau", not a "Schandau"). Only Saxony's (the bot's area): among all of
    Germany's, everyday words are towns too ("How much ..." names Much, NRW)."""
    found: dict[Town, None] = {}  # each town once; equal ranks stay in the words' order
    words = _WORDS.findall(text)
    start = 0
    while start < len(words):
        after_place_word = start > 0 and words[start - 1] in _ARABIC_PLACE_WORDS
        for size in range(min(_NAME_WORDS, len(words) - start), 0, -1):
            towns = saxon_towns_called(" ".join(words[start : start + size]), after_place_word)
            if not towns and size == 1:
                towns = saxon_towns_called(_TURKISH_CASE.sub("", words[start]), after_place_word)
            if not towns and size == 1 and _ARABIC_IN.match(words[start]):
                # "بلايبزيغ": "in" written onto the name, as Levantine Arabic says it.
                towns = saxon_towns_called(words[start][1:], after_place_word=False)
            if towns:
                found.update(dict.fromkeys(towns))
                start += size
                break
        else:
            start += 1
    return sorted(found, key=rank)[:MAX_PLACES]


#: "in", "from", "at" in the bot's languages: a place's name follows (German, English,
#: Vietnamese "ở", "tại", Ukrainian and Russian "в", "у", "з", "із").
_PLACE_WORDS = frozenset(
    {"in", "im", "aus", "bei", "from", "at", "near", "ở", "tại", "в", "у", "з", "із", "во"}
)
#: A slip is looked for in words at least this long: shorter ones are alike by chance.
_SLIP_LETTERS = 5


def slipped_towns(text: str) -> list[Town]:
    """Saxon towns written with a slip among other words ("ich wohne in Dresdn",
    "Leipzg'de oturuyorum", "Chemnits Sonnenberg"): only a word where a place is expected,
    after "in" or "from", before a Turkish case's apostrophe, or first of two words. A
    word that names a place as it stands is none ("in Brandenburg" is not Radeburg)."""
    found: dict[Town, None] = {}
    for word in words_where_a_place_goes(text):
        # Capitals are a short name ("in KAUSA", "bei der IHK"), not a town's with a slip.
        name_like = len(word) >= _SLIP_LETTERS and not word.isupper()
        if name_like and not _towns_named(word):
            found.update(dict.fromkeys(towns_close_to(word, CLOSE_IN_WORDS)))
    return sorted(found, key=rank)[:MAX_PLACES]


def _after_arabic_in(text: str) -> list[str]:
    """The words after Arabic "in" or "from" ("في", "من"), where a place goes; not one
    with the article ("في المدرسة": at school), which a place's name has not."""
    words = _WORDS.findall(text)
    return [
        word
        for before, word in itertools.pairwise(words)
        if before in _ARABIC_PLACE_WORDS and not word.startswith("\u0627\u0644")
    ]


def words_where_a_place_goes(text: str) -> list[str]:
    """The words after "in" or "from", before a Turkish case's apostrophe, or first of
    two: where a place's name is expected."""
    matches = list(_WORDS.finditer(text))
    return [
        match.group()
        for i, match in enumerate(matches)
        if (i > 0 and matches[i - 1].group().casefold() in _PLACE_WORDS)
        or text[match.end() : match.end() + 1] in ("'", "’")
        or (i == 0 and len(matches) <= 2)
    ]


def towns_beside_saxony_in_words(text: str) -> list[Town]:
    """Towns just outside Saxony named where a place goes ("Ich wohne in Senftenberg",
    "em ở Senftenberg", "I live in Decin"): where people live who work or train in Saxony.
    Only there: across Germany everyday words are towns' names too. The Czech and Polish
    towns the list knows are all near Saxony."""
    found = {
        town: None
        for word in words_where_a_place_goes(text)
        for town in towns_called(word)
        if beside_saxony(town) or town.state in NEIGHBOUR_COUNTRIES
    }
    return sorted(found, key=rank)[:MAX_PLACES]


#: A federal state's name after a town's ("Altenburg Thüringen", "Hof, Bayern"); the
#: longest first, so that "Sachsen-Anhalt" is not read as "Sachsen".
_STATE_AFTER_TOWN = tuple(
    (code, re.compile(rf"[\s,(/-]+{re.escape(name)}\)?\W*$", re.IGNORECASE))
    for code, name in sorted(STATE_NAMES.items(), key=lambda item: -len(item[1]))
)


def towns_with_their_state(text: str) -> list[Town]:
    """The towns of a name in the state named after it ("Altenburg Thüringen")."""
    for code, state_after in _STATE_AFTER_TOWN:
        found = state_after.search(text)
        if found is not None:
            return [t for t in _towns_named(text[: found.start()]) if t.state == code]
    return []


#: A Turkish case ending typed without its apostrophe ("Leipzigde oturuyorum", "Dresdenden
#: geliyorum"; "Zwickau'da" is cut at the apostrophe): in, from a place; with "I am", "we
#: are" ("Leipzigdeyim", "Chemnitzteyiz"). Only a town's name is looked for without it,
#: and a town found is offered, never taken.
_TURKISH_CASE = re.compile(r"(?<=\w{3})[dt][ae](?:n|y[iıuü][mz])?$")


def saxon_towns_called(words: str, after_place_word: bool) -> list[Town]:
    """The Saxon towns of this name, in any script; [] for a word of one or two letters."""
    if len(words) < 3:
        return []
    words = city_in_script(words)
    towns = (
        towns_called(words)
        or towns_written_in_cyrillic(words)
        or towns_written_in_arabic(words, in_a_sentence=True, after_place_word=after_place_word)
    )
    return [town for town in towns if town.state == SAXONY]


def places_among_words(text: str) -> list[Town]:
    """The places that words name where no town's name was typed alone, each way tried
    in turn: a Saxon town among them ("Ich wohne in Zwickau", "في دريسدن"), an office
    city's district ("Ich wohne in Grünau"), a slip ("Leipzich"), a town just outside
    Saxony ("em ở Senftenberg"), a slip among words ("ich wohne in Dresdn"), a town with
    its state ("Altenburg Thüringen"), a town written as it is said ("Tsvikau")."""
    # A district and a Saxon town alike (Arabic "غروناو": Leipzig's Grünau, and Gornau,
    # whose consonants it shares): both offered, the district first, as for "Grünau".
    both = [*districts_in_words(text), *towns_in_words(text)]
    return (
        list(dict.fromkeys(both))[:MAX_PLACES]
        or towns_close_to(text)
        or towns_beside_saxony_in_words(text)
        or slipped_towns(text)
        or towns_with_their_state(text)
        or towns_written_as_said(text)
    )
