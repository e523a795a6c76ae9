"""Counts from one to twenty written in words, in the bot's languages ("acht", "on iki",
"ثمانية", "п'ятеро", "mười hai"): an owner types "wir haben acht Mitarbeiter" as readily
as "8 Mitarbeiter". Each language's words apart, so that a word is read as a count only
beside that language's word for what is counted (the Turkish "on", ten, is an English
word). Pure."""

from __future__ import annotations

import re
import unicodedata

from bot.dialogue.typed_words import phrase

#: The counts one to twenty as each language writes them, in order from one; a slot of
#: several words lists every common form (gender, case, spoken, Ukrainian collective).
_COUNTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "de": (
        ("ein", "eine", "einen", "einem", "einer"),
        *(("zwei",), ("drei",), ("vier",), ("fünf",), ("sechs",), ("sieben",), ("acht",)),
        *(("neun",), ("zehn",), ("elf",), ("zwölf",), ("dreizehn",), ("vierzehn",)),
        *(("fünfzehn",), ("sechzehn",), ("siebzehn",), ("achtzehn",), ("neunzehn",)),
        ("zwanzig",),
    ),
    "en": (
        *(("one",), ("two",), ("three",), ("four",), ("five",), ("six",), ("seven",)),
        *(("eight",), ("nine",), ("ten",), ("eleven",), ("twelve",), ("thirteen",)),
        *(("fourteen",), ("fifteen",), ("sixteen",), ("seventeen",), ("eighteen",)),
        *(("nineteen",), ("twenty",)),
    ),
    "tr": (
        *(("bir",), ("iki",), ("üç",), ("dört",), ("beş",), ("altı",), ("yedi",)),
        *(("sekiz",), ("dokuz",), ("on",)),
        *((f"on {one}", f"on{one}") for one in ("bir", "iki", "üç", "dört", "beş")),
        *((f"on {one}", f"on{one}") for one in ("altı", "yedi", "sekiz", "dokuz")),
        ("yirmi",),
    ),
    "ar": (
        ("واحد", "واحدة"),
        ("اثنين", "اثنان", "اثنتين", "اثنتان", "تنين", "ثنين"),
        ("ثلاثة", "ثلاث", "تلاتة", "تلات"),
        ("أربعة", "أربع"),
        ("خمسة", "خمس"),
        ("ستة", "ست"),
        ("سبعة", "سبع"),
        ("ثمانية", "ثماني", "ثمان", "تمانية", "تمنية"),
        ("تسعة", "تسع"),
        ("عشرة", "عشر"),
        ("أحد عشر", "إحدى عشرة", "احدعش", "حداشر"),
        ("اثنا عشر", "اثني عشر", "اثنتا عشرة", "اثنتي عشرة", "اطنعش", "اتناشر"),
        # 13 to 19 written, and as spoken ("تلطعش", "تلتاشر").
        *(
            (f"{three} عشر", f"{three[:-1]} عشرة", *spoken)
            for three, spoken in (
                ("ثلاثة", ("تلطعش", "تلتاشر")),
                ("أربعة", ("اربعطعش", "اربعتاشر")),
                ("خمسة", ("خمسطعش", "خمستاشر")),
                ("ستة", ("سطعش", "ستاشر")),
                ("سبعة", ("سبعطعش", "سبعتاشر")),
                ("ثمانية", ("تمنطعش", "تمنتاشر")),
                ("تسعة", ("تسعطعش", "تسعتاشر")),
            )
        ),
        ("عشرون", "عشرين"),
    ),
    "uk": (
        ("один", "одна", "одного", "одну"),
        ("два", "дві", "двоє", "двох"),
        ("три", "троє", "трьох"),
        ("чотири", "четверо", "чотирьох"),
        ("п'ять", "п'ятеро", "п'ятьох"),
        ("шість", "шестеро", "шістьох"),
        ("сім", "семеро", "сімох"),
        ("вісім", "восьмеро", "вісьмох"),
        ("дев'ять", "дев'ятеро", "дев'ятьох"),
        ("десять", "десятеро", "десятьох"),
        *(("одинадцять",), ("дванадцять",), ("тринадцять",), ("чотирнадцять",)),
        *(("п'ятнадцять",), ("шістнадцять",), ("сімнадцять",), ("вісімнадцять",)),
        *(("дев'ятнадцять",), ("двадцять",)),
    ),
    "vi": (
        *(("một",), ("hai",), ("ba",), ("bốn", "tư"), ("năm",), ("sáu",), ("bảy",)),
        *(("tám",), ("chín",), ("mười",), ("mười một", "mười mốt"), ("mười hai",)),
        *(("mười ba",), ("mười bốn", "mười tư"), ("mười lăm",), ("mười sáu",)),
        *(("mười bảy",), ("mười tám",), ("mười chín",), ("hai mươi", "hai chục")),
    ),
}


def _key(said: str) -> str:
    """A count's words as they are looked up: :func:`phrase`, with the Arabic endings a
    phone often writes otherwise (ه for ة, ى for ي)."""
    words = phrase(said).split()
    return " ".join(
        word[:-1] + "ة" if word.endswith("ه") else word.replace("ى", "ي") for word in words
    )


#: Every form folded, with its count.
_VALUES = {
    _key(said): count
    for forms in _COUNTS.values()
    for count, slot in enumerate(forms, start=1)
    for said in slot
}


def _as_typed(said: str) -> str:
    """A pattern for ``said`` as phones type it: any letter with or without its accent
    ("üç", "uc"; "altı", "alti"; "п'ять", "пʼять"), the Arabic hamza and ta marbuta
    written or not."""
    parts = []
    for char in said:
        plain = "".join(
            each for each in unicodedata.normalize("NFD", char) if not unicodedata.combining(each)
        )
        if char == "'":
            parts.append("['’ʼ`]?")
        elif char == " ":
            parts.append(r"\s+")
        elif char == "ة":
            parts.append("[ةه]")
        elif char in "يى":
            parts.append("[يى]")
        elif char in "أإآا":
            parts.append("[أإآا]")
        elif char == "ı":
            parts.append("[ıi]")
        elif plain != char:
            parts.append(f"[{char}{plain}]")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


def pattern(lang: str) -> str:
    """A regular expression for a count one to twenty in ``lang``'s words, longest first."""
    forms = sorted((said for slot in _COUNTS[lang] for said in slot), key=len, reverse=True)
    return "|".join(_as_typed(said) for said in forms)


def count_of(said: str) -> int | None:
    """The count ``said`` in words (as :func:`pattern` found it), or None."""
    return _VALUES.get(_key(said))


#: The languages with counts in words.
LANGUAGES = tuple(_COUNTS)
