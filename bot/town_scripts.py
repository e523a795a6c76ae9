"""A German town's name typed in Cyrillic or Arabic letters ("Цвікау", "زفيكاو").

The town list (bot.places) knows German names only. People who write Ukrainian, Russian
or Arabic write a German town as it sounds, in their own letters; both spellings are
brought to one rough Latin key, the typed one through anyascii's transliteration, the
German one through the few spelling rules that differ from how it sounds (z is "ts", w is
"v", ei is "ai" ...). Keys are compared whole, never as prefixes. Pure; the indexes are
built at start-up (:func:`build_indexes`), or else on first use.
"""

from __future__ import annotations

import functools
import re

from anyascii import anyascii

from bot.places import MAX_PLACES, SAXONY, Town, all_towns, rank
from bot.places import load as load_places

#: German spelling -> sound, in this order ("tsch" before "sch" before "ch"). A sound that
#: a later rule would change again is written in capitals first ("tsch" is "ch", not "kh").
_GERMAN_SOUNDS = (
    ("tzsch", "CH"),  # Delitzsch, Делич
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
_ARABIC = re.compile("[\u0600-\u06ff]")


def _spoken(name: str) -> str:
    """A German name as it sounds, in plain Latin letters ("tsvikau" for Zwickau)."""
    text = _SILENT_H.sub("", name.casefold())
    text = _GERMAN_START.sub("sh", text)
    # In capitals before the table (whose "z" is "ts"), as the "z" it sounds like.
    text = _VOICED_S.sub("Z", text)
    for spelling, sound in _GERMAN_SOUNDS:
        text = text.replace(spelling, sound)
    return text.lower()


def build_indexes() -> None:
    """Read the towns and build every index of them, at start-up.

    Built on first use, they kept the first person who wrote a town, and everyone
    else with them, waiting: 0.3-0.8 s of CPU on the event loop. Built before the heap
    is frozen (bot.ops.heap), their hundred thousand objects are never walked by the
    garbage collector again.
    """
    load_places()
    _towns_by_sound()
    _towns_by_consonants()


# -- Cyrillic: the whole sound -----------------------------------------------------------


def _sound_key(latin: str) -> str:
    """Letters only; y as i, h as g (Ukrainian writes both G and H as "Г"), ei as ai (many
    write the German "ei" as "ей": Лейпциг, Мейсен); no doubles."""
    letters = re.sub("[^a-z]", "", latin).replace("y", "i").replace("h", "g")
    return re.sub(r"(.)\1+", r"\1", letters).replace("ei", "ai")


#: A name's first "Ch" before e or i is also said "K": Chemnitz is "Kemnitz" to most.
_FIRST_CH = re.compile(r"^ch(?=[ei])")
#: Ukrainian and Russian decline a town's name: "з Хемніца", "у Хемніці", "в Дрездене",
#: "до Лейпцигу", "під Хемніцом".
_CASE_ENDING = re.compile("(?:\u043e\u043c|\u0435\u043c|[\u0430\u0443\u0456\u0435])$")


def without_case_ending(word: str) -> str:
    """A Cyrillic word without the ending a case gave it ("Хемніці" -> "Хемніц")."""
    return _CASE_ENDING.sub("", word)


#: Ukrainian turns a final "г" to "з" before the "і" of the place case: "у Гамбурзі",
#: "у Лейпцизі", "у Фрайберзі".
_PLACE_CASE_OF_G = re.compile("зі$", re.IGNORECASE)


def case_forms(word: str) -> tuple[str, ...]:
    """A Cyrillic word as it stands, and each name it may be a case of ("Лейпцизі":
    "Лейпциз", "Лейпциг")."""
    return tuple(dict.fromkeys((word, without_case_ending(word), _PLACE_CASE_OF_G.sub("г", word))))


def _sound_keys(name: str) -> set[str]:
    """The sound of a name, and of its first part ("Аннаберг" for Annaberg-Buchholz)."""
    keys = set()
    for part in {name, _NAME_PARTS.split(name)[0]}:
        key = _sound_key(_spoken(part))
        keys.add(key)
        if _FIRST_CH.match(part.casefold()):
            keys.add(_sound_key(_spoken("K" + part[2:])))
        if key.startswith("g") and part[:1] in "Hh":
            keys.add("k" + key)  # Russian writes a German H as "Х" (Kh): Хойерсверда
        if key.startswith("z") and part[:1] in "Ss":
            keys.add("s" + key[1:])  # a voiced S written as said or as spelt: З or С
        if "ö" in part:
            keys.add(_sound_key(_spoken(part.replace("ö", "o"))))  # Гьорліц as Герліц
    return keys


@functools.cache
def _towns_by_sound() -> dict[str, tuple[Town, ...]]:
    by_sound: dict[str, list[Town]] = {}
    for town in all_towns():
        for key in _sound_keys(town.name):
            by_sound.setdefault(key, []).append(town)
    return {key: tuple(towns) for key, towns in by_sound.items()}


def towns_written_in_cyrillic(text: str) -> list[Town]:
    """The towns whose German name sounds like ``text`` written in Cyrillic letters, as
    it stands or without a case's ending ("Хемніці" is Chemnitz)."""
    if not _CYRILLIC.search(text):
        return []
    text = text.strip()
    for written in case_forms(text):
        key = _sound_key(anyascii(written).casefold())
        towns = _towns_by_sound().get(key, ()) if len(key) >= 3 else ()
        if towns:
            return sorted(towns, key=rank)[:MAX_PLACES]
    return []


#: A word written as said is looked up from this many letters on.
_SAID_LETTERS = 6


def towns_written_as_said(text: str) -> list[Town]:
    """The Saxon towns whose German name sounds like one word written in Latin letters
    as it is said ("Tsvikau", "Kemnits", "Layptsig"), as Turkish and Vietnamese speakers
    may write it; a German "z" also written "z" ("Laypzig")."""
    word = text.strip()
    # Shorter words sound like a town by chance: Turkish "hayır" (no) like Geyer.
    if _CYRILLIC.search(word) or _ARABIC.search(word) or len(word) < _SAID_LETTERS:
        return []
    if len(word.split()) != 1:
        return []
    said = anyascii(word).casefold()
    for key in dict.fromkeys((_sound_key(said), _sound_key(said.replace("z", "ts")))):
        towns = _towns_by_sound().get(key, ()) if len(key) >= 4 else ()
        saxon = [town for town in towns if town.state == SAXONY]
        if saxon:
            return sorted(saxon, key=rank)[:MAX_PLACES]
    return []


# -- Arabic: the consonants --------------------------------------------------------------
#
# Arabic writes a name's consonants and long vowels, often not its short ones, and has
# neither p nor v nor the German "ch": Plauen is بلاوين, Zwickau زفيكاو or تسفيكاو,
# Reichenbach رايشنباخ. So both spellings are compared by their consonants alone, in the
# classes an Arabic spelling keeps apart: p as b, v as f, z and "ts" as s, "tsch" as
# "sch", "scht" as "st", d as t and g as k (a final d sounds t, a final g k: Neustadt is
# نويشتات, Coswig كوسفيغ or كوسفيك). The German "ch" is خ after a, o, u (Glauchau, غلاوخاو) and
# after e or i ش or خ (Reichenbach, رايشنباخ or رايخنباخ): a name is indexed both ways.

#: Latin (a transliteration, or a German name's sound) -> consonant class, in this order.
_CONSONANT_CLASSES = (
    ("gh", "g"),
    ("kh", "k"),
    ("sh", "S"),
    ("ch", "S"),
    ("th", "t"),
    ("dh", "t"),
    ("z", "s"),
    ("ts", "s"),
    ("j", "k"),
    ("g", "k"),
    ("q", "k"),
    ("p", "b"),
    ("v", "f"),
    ("d", "t"),
    ("tS", "S"),
    ("sS", "S"),
    ("St", "st"),
    ("Sp", "sp"),
)
#: Vowels, and the letters و and ي that in a German name stand for vowels (w, y).
_NOT_CONSONANT = re.compile("[^bfghklmnrstS]")
#: A word-final ه or ة marks a final vowel (هاله for Halle): not a consonant.
_FINAL_VOWEL_MARK = re.compile("(?<=[\u0621-\u064a]{2})[\u0647\u0629](?=\\s|$)")
#: The German "ch" after a back vowel, always خ.
_BACK_CH = re.compile("(?<=[aou])kh")
#: Where a name's first part stands for the town too ("Annaberg" for Annaberg-Buchholz).
_NAME_PARTS = re.compile(r"\s*\(|-")


def _consonants(latin: str) -> str:
    text = latin
    for spelling, consonant in _CONSONANT_CLASSES:
        text = text.replace(spelling, consonant)
    return re.sub(r"(.)\1+", r"\1", _NOT_CONSONANT.sub("", text))


def _arabic_keys(name: str) -> set[str]:
    """The consonants of a German name, and of its first part; "ch" both ways."""
    keys = set()
    for part in {name, _NAME_PARTS.split(name)[0]}:
        spoken = _spoken(part)
        keys.add(_consonants(spoken))
        if "kh" in spoken:
            keys.add(_consonants(_BACK_CH.sub("k", spoken).replace("kh", "S")))
    return keys


@functools.cache
def _towns_by_consonants() -> dict[str, tuple[Town, ...]]:
    by_key: dict[str, list[Town]] = {}
    for town in all_towns():
        for key in _arabic_keys(town.name):  # a set: each town once per key
            by_key.setdefault(key, []).append(town)
    return {key: tuple(towns) for key, towns in by_key.items()}


#: Countries, as Arabic writes them, whose consonants are also a Saxon town's (تركيا and
#: Torgau, سوريا and Syrau): "أنا من سوريا" names where a person comes from, no town here.
_COUNTRIES = frozenset(
    {
        "\u0633\u0648\u0631\u064a\u0627",  # Syria
        "\u0633\u0648\u0631\u064a\u0629",  # Syria
        "\u062a\u0631\u0643\u064a\u0627",  # Turkey
        "\u0627\u064a\u0631\u0627\u0646",  # Iran
        "\u0644\u0628\u0646\u0627\u0646",  # Lebanon
        "\u0644\u064a\u0628\u064a\u0627",  # Libya
        "\u0627\u0644\u0645\u0627\u0646\u064a\u0627",  # Germany
        "\u0627\u0648\u0643\u0631\u0627\u0646\u064a\u0627",  # Ukraine
        "\u0631\u0648\u0633\u064a\u0627",  # Russia
        "\u0628\u0631\u0627\u063a",  # Prague
    }
)
#: Alif with hamza or madda, as people write it or leave it out (ألمانيا, المانيا).
_ALIFS = str.maketrans("\u0623\u0625\u0622", "\u0627\u0627\u0627")


def in_arabic(text: str) -> bool:
    """Whether ``text`` has Arabic letters (matched by consonants alone, so more loosely)."""
    return bool(_ARABIC.search(text))


def towns_written_in_arabic(
    text: str, *, in_a_sentence: bool = False, after_place_word: bool = False
) -> list[Town]:
    """The towns whose German name has the consonants of ``text`` written in Arabic.

    Two consonants are shared by many words ("تمام", Thum): then only towns in Saxony,
    the bot's area, are offered. German has no ع, so a word with it is no town. A word
    of a sentence (``in_a_sentence``) needs no article (ال), since a town's name comes
    without "the", and three consonants, since Arabic words are dense with them; two do
    right after "in" or "from" (``after_place_word``), where a place is expected.
    """
    if not _ARABIC.search(text) or "\u0639" in text:
        return []
    if text.strip().translate(_ALIFS) in _COUNTRIES:
        return []
    if in_a_sentence and text.startswith("\u0627\u0644"):
        return []
    key = _consonants(anyascii(_FINAL_VOWEL_MARK.sub("", text.strip())).lower())
    if len(key) < (3 if in_a_sentence and not after_place_word else 2):
        return []
    towns = _towns_by_consonants().get(key, ())
    if len(key) == 2:
        towns = tuple(town for town in towns if town.state == SAXONY)
    return sorted(towns, key=rank)[:MAX_PLACES]


def names_written_as(text: str, names: tuple[str, ...]) -> list[str]:
    """Those of ``names`` (German place names outside the towns list: an office city's
    districts) that ``text`` writes in Cyrillic ("Грюнау", "у Грюнау") or Arabic ("غروناو")
    letters, compared as the towns are (:func:`towns_written_in_cyrillic`,
    :func:`towns_written_in_arabic`)."""
    word = text.strip()
    if _CYRILLIC.search(word):
        keys = {_sound_key(anyascii(form).casefold()) for form in case_forms(word.casefold())}
        # Also as spelt, its "h" written "х" ("Прохліс" for Prohlis, whose "h" is silent).
        keys |= {key.replace("kg", "g") for key in keys}
        return [
            name
            for name in names
            if keys & (_sound_keys(name) | {_sound_key(anyascii(name).casefold())})
        ]
    if _ARABIC.search(word) and "\u0639" not in word:
        if word.translate(_ALIFS) in _COUNTRIES:
            return []  # "تركيا" (Turkey) is no Trachau
        key = _consonants(anyascii(_FINAL_VOWEL_MARK.sub("", word)).lower())
        # Three consonants at least: two are shared by too many words.
        if len(key) < 3:
            return []
        return [name for name in names if key in _arabic_keys(name)]
    return []
