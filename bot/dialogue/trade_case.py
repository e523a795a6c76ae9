"""A trade's name in the form a sentence of change gives it ("kuaförlüğe geçmek": to
hairdressing, Turkish dative; "انتقل لحلاق", "للنجارة": Arabic "to" joined to the word),
back to the form the trade question reads ("kuaförlük", "حلاق", "نجارة"). Pure: words
in, words out, as bot.dialogue.typed_words.phrase writes them (no Turkish ğ, ç, ş)."""

from __future__ import annotations

import re

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


#: Turkish words for a craft without an ending of its own ("marangoz": carpenter), and
#: the endings of a trade's name ("tamirci", "aşçı", "boyacı"), as typed.
_TURKISH_CRAFTS = frozenset(
    ("marangoz", "berber", "kuaför", "terzi", "garson", "şoför", "usta", "hemşire", "mekanik")
)
_TURKISH_TRADE_ENDS = ("cı", "ci", "cu", "cü", "çı", "çi", "çu", "çü")
#: Players, singers, sportspeople: no dual apprenticeship leads there (the advisor answers).
_TURKISH_NO_TRADE = frozenset(("futbolcu", "oyuncu", "şarkıcı", "sporcu"))
#: The field of a trade ("marangozluk", "aşçılık") or its dative ("marangozluğa").
_TURKISH_FIELD = re.compile(r"(?P<trade>\w+?)(?P<l>l[ıiuü])(?:k|[ğg][ae])")
#: Turkish dative endings as typed ("tamirciye", "marangoza", "berbere").
_TURKISH_TO = ("ya", "ye", "a", "e")


def _turkish_craft(word: str) -> bool:
    return word not in _TURKISH_NO_TRADE and (
        word in _TURKISH_CRAFTS or (len(word) > _SHORTEST and word.endswith(_TURKISH_TRADE_ENDS))
    )


def turkish_trade(word: str, to: bool) -> str | None:
    """The trade a Turkish ``word`` names before "olmak" (become: "marangoz") or, with
    ``to``, before "geçmek" (change to: "tamirciye"), as typed; a field in its base form
    ("marangozluğa": "marangozluk"). None for any other word ("zengin", "doktor")."""
    bare = word.casefold()
    field = _TURKISH_FIELD.fullmatch(bare)
    if field is not None:
        found = field.group("trade")
        return f"{found}{field.group('l')}k" if _turkish_craft(found) else None
    forms = [bare[: -len(end)] for end in _TURKISH_TO if to and bare.endswith(end)]
    return next((each for each in (*forms, bare) if _turkish_craft(each)), None)


#: An Arabic name of a craft in its own form, CaCCāC ("نجار", "حداد", "خياط", "خياطة"):
#: "بدي صير غني" (rich), "مشهور" (famous) name none.
_ARABIC_CRAFT = re.compile(r"[^\Wا]{2}ا[^\Wا][ةه]?")


def arabic_craft(word: str) -> bool:
    """Whether the Arabic ``word`` names a craft in its own form ("نجار": carpenter)."""
    return _ARABIC_CRAFT.fullmatch(word) is not None


#: Ukrainian endings of a trade's name after "стати" (instrumental: "столяром",
#: "слюсарем", "водієм", "перукаркою") and after "на" (accusative: "на столяра",
#: "на кухаря", "на перукарку"), and what each leaves. A name in "-ець" loses its "е"
#: ("продавець": "продавцем", "на продавця"; "на кравця" was no trade at all).
_UKRAINIAN_AFTER_BECOME = (
    *(("цем", "ець"), ("ом", ""), ("ем", ""), ("єм", "й"), ("кою", "ка"), ("ицею", "иця")),
)
_UKRAINIAN_AFTER_TO = (
    *(("ця", "ець"), ("ку", "ка"), ("ицю", "иця"), ("ія", "ій"), ("я", ""), ("а", "")),
)
#: What no dual apprenticeship leads to, in Ukrainian ("лікарем": a doctor; "зіркою": a
#: star), which the advisor answers.
_UKRAINIAN_NO_TRADE = frozenset(
    (
        *("лікар", "вчитель", "учитель", "адвокат", "юрист", "інженер", "пілот", "зірка"),
        *("футболіст", "блогер", "психолог", "менеджер", "президент", "поліцейський"),
        *("поліціянт", "депутат", "мільйонер", "директор", "власник", "бізнесмен", "актор"),
        *("співак", "співачка", "багатій"),
    )
)


def ukrainian_trade(word: str, to: bool) -> str | None:
    """The trade a Ukrainian ``word`` names after "стати" (become: "столяром") or, with
    ``to``, after "перейти на" (change to: "столяра"), in its base form ("столяр"); None
    for any other word ("багатим": rich, "лікарем": a doctor)."""
    bare = word.casefold()
    endings = _UKRAINIAN_AFTER_TO if to else _UKRAINIAN_AFTER_BECOME
    ending = next(((end, left) for end, left in endings if bare.endswith(end)), None)
    if ending is None:
        return None
    base = bare[: -len(ending[0])] + ending[1]
    return base if len(base) >= _SHORTEST and base not in _UKRAINIAN_NO_TRADE else None


#: Endings of a Ukrainian trade's name as it is said alone ("столяр", "слюсар",
#: "електрик", "сантехнік"): "пізніше" (later) has none.
_UKRAINIAN_OCCUPATION_ENDS = ("ар", "яр", "ник", "нік", "ист", "іст", "ець", "ик", "ік")


def ukrainian_occupation(word: str) -> bool:
    """Whether the Ukrainian ``word`` ends as a trade's name said alone ("столяр")."""
    bare = word.casefold()
    return (
        len(bare) >= _SHORTEST
        and bare.endswith(_UKRAINIAN_OCCUPATION_ENDS)
        and bare not in _UKRAINIAN_NO_TRADE
    )
