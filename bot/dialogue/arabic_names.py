"""Whether Arabic words typed alone are a person's name ("أحمد كريمي", "فاطمة الزهراء",
"محمد بن علي"). Arabic has no capitals to tell a name from a dialect phrase ("بكرا بقرر":
I'll decide tomorrow; "شو يعني": what does it mean), so the first word must be a common
given name and each other word read as a part of a name. Pure."""

from __future__ import annotations

from bot.dialogue.typed_words import phrase

#: Common given names, as phrase() writes them (hamza and marks dropped). Words that are
#: also everyday words ("أمل": hope, "سعيد": happy, "نور": light) are left out.
_GIVEN = frozenset(
    phrase(name)
    for name in (
        *("محمد", "أحمد", "محمود", "مصطفى", "مصطفي", "علي", "عمر", "عثمان", "خالد", "يوسف"),
        *("إبراهيم", "ابراهيم", "إسماعيل", "اسماعيل", "حسن", "حسين", "حسام", "حمزة", "طارق"),
        *("عماد", "فادي", "رامي", "سامي", "وليد", "ياسر", "ياسين", "زياد", "مازن", "ماهر"),
        *("باسل", "بشار", "أنس", "انس", "أيمن", "ايمن", "عادل", "عامر", "سليمان", "موسى"),
        *("عيسى", "يحيى", "زكريا", "إلياس", "الياس", "جمال", "نبيل", "هشام", "وائل", "رائد"),
        *("صالح", "فيصل", "ناصر", "منصور", "قاسم", "هادي", "مهدي", "جعفر", "كمال", "فراس"),
        *("فاطمة", "عائشة", "مريم", "زينب", "خديجة", "سارة", "ساره", "ليلى", "ليلي", "هدى"),
        *("رنا", "ريم", "رهف", "لينا", "دانا", "ديما", "رغد", "آية", "اية", "إسراء", "اسراء"),
        *("نورا", "سلمى", "سلمي", "هبة", "منى", "رانيا", "ياسمين", "شيماء", "أسماء"),
        *("اسماء", "حنان", "سعاد", "نادية", "ناديا", "سمر", "سوسن", "لمى", "جنى", "تسنيم"),
    )
)
#: Family names that are given names or trades, after the given name ("مريم خليل",
#: "يوسف حداد"), as phrase() writes them.
_FAMILY = frozenset(
    phrase(name)
    for name in (
        *("خليل", "حداد", "نجار", "سعيد", "كريم", "جميل", "عباس", "حمدان", "شريف", "رشيد"),
        *("مراد", "داود", "حبيب", "عيسى", "زيدان", "سلامة", "عثمان", "درويش", "منصور"),
    )
)
#: Words that join two parts of a name ("عبد الله", "بن علي", "أبو أحمد", "آل سعود").
_JOINERS = frozenset(phrase(word) for word in ("عبد", "بن", "ابن", "بنت", "أبو", "ابو", "آل"))
#: Dialect and common words that end as a family name of origin does ("بدي": I want,
#: "شي": something, "إلي": to me): no part of a name.
_NOT_OF_A_NAME = frozenset(
    phrase(word)
    for word in ("بدي", "شي", "اللي", "إلي", "الي", "عندي", "لي", "في", "يعني", "بكرا", "هلأ")
)
#: The fewest letters of a family name of origin ("كريمي", "حلبي"; not "في").
_SHORTEST_NISBA = 4
#: A name has two to four words ("أحمد كريمي", "محمد عبد الله الحلبي").
_NAME_WORDS = range(2, 5)


def _part_of_a_name(word: str) -> bool:
    """Whether ``word`` (as phrase() writes it) reads as a part of a name: a given name, a
    family name with its article ("الزهراء"), one of origin ("كريمي"), or a joiner."""
    if word in _NOT_OF_A_NAME:
        return False
    return (
        word in _GIVEN
        or word in _FAMILY
        or word in _JOINERS
        or (word.startswith("ال") and len(word) > 3)
        or (word.endswith("ي") and len(word) >= _SHORTEST_NISBA)
    )


def arabic_name(text: str) -> bool:
    """Whether ``text`` is an Arabic name typed alone ("أحمد كريمي"), not a phrase."""
    words = phrase(text).split()
    if len(words) not in _NAME_WORDS or words[0] not in _GIVEN or words[-1] in _JOINERS:
        return False
    if not all("\u0621" <= ch <= "\u064a" for word in words for ch in word):
        return False
    return all(_part_of_a_name(word) for word in words[1:])


def arabic_given_name(text: str) -> bool:
    """Whether ``text`` is a common Arabic given name typed alone ("أحمد", "فاطمة")."""
    return phrase(text) in _GIVEN
