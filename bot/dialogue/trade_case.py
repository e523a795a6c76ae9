"""A trade's name in the form a sentence of change gives it ("kuaförlüğe geçmek": to
hairdressing, Turkish dative; "انتقل لحلاق", "للنجارة": Arabic "to" joined to the word),
back to the form the trade question reads ("kuaförlük", "حلاق", "نجارة"). Pure: words
in, words out, as bot.dialogue.typed_words.phrase writes them (no Turkish ğ, ç, ş)."""

from __future__ import annotations

#: Turkish dative endings, as phrase() writes them, and what each leaves: "-ğa", "-ğe"
#: after a word ending in "k" ("kuaförlük" -> "kuaförlüğe"), "-ya", "-ye" after a vowel
#: ("aşçıya"), "-a", "-e" after a consonant ("kuaföre", "berbere").
_TURKISH_DATIVES = (("ga", "k"), ("ge", "k"), ("ya", ""), ("ye", ""), ("a", ""), ("e", ""))
#: Arabic "to the" and "to" joined to the word ("للنجارة", "لحلاق"), and "the" after a
#: "to" of its own ("إلى الحلاقة"), and what each leaves.
_ARABIC_TO = (("لل", "ال"), ("لل", ""), ("ل", ""), ("ال", ""))
#: The fewest letters left of a trade's name: "lise" gives no "lis".
_SHORTEST = 3
#: Words between the verb of change and the trade, as phrase() writes them: Arabic "to"
#: ("انتقل إلى الحلاقة"), Vietnamese "(learning) the trade of" ("chuyển sang học nghề đầu
#: bếp", "chuyển sang ngành đầu bếp").
_TO_WORDS = ("الي", "علي", "hoc nghe", "nghe", "nganh")


def base_forms(word: str) -> list[str]:
    """The forms ``word`` may stand for without a dative ending or a joined "to", longest
    first; none where it has neither."""
    found: list[str] = []
    for ending, left in _TURKISH_DATIVES:
        if word.isascii() and word.endswith(ending):
            found.append(word[: -len(ending)] + left)
    for before, left in _ARABIC_TO:
        if word.startswith(before):
            found.append(left + word[len(before) :])
    return [each for each in dict.fromkeys(found) if len(each) >= _SHORTEST]


def in_base_forms(words: str) -> list[str]:
    """``words`` with the word of each end (the one beside the verb of change: Turkish
    puts the trade before it, Arabic after it) in each of its base forms."""
    for to in _TO_WORDS:
        if words.startswith(f"{to} "):
            rest = words[len(to) + 1 :]
            return [rest, *in_base_forms(rest)]
    split = words.split()
    if not split:
        return []
    found = [" ".join([*split[:-1], each]) for each in base_forms(split[-1])]
    if len(split) > 1:
        found += [" ".join([each, *split[1:]]) for each in base_forms(split[0])]
    return found
