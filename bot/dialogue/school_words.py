"""School certificates named as the person's home country's schools name them ("lise",
"bằng THCS", "атестат за 11 класів", "البكالوريا", "high school diploma"): no German
certificate, so the one from abroad. Pure: words in, a yes or no out."""

from __future__ import annotations

import re

from bot.dialogue.typed_words import GERMANY, phrase

#: The first letters of a word that names a school abroad, as phrase() writes them:
#: Turkish "lise" (upper secondary; "lisesi", "liseyi", "lise mezunuyum"), "ortaokul",
#: "ilkokul"; Arabic "بكالوريا", "ثانوية", "إعدادية" (with "ال", "بال" before them).
_STEMS = tuple(
    phrase(stem)
    for stem in (
        *("lise", "ortaokul", "ilkokul", "bakalorya"),
        *("بكالوريا", "البكالوريا", "بالبكالوريا", "ثانويه", "الثانويه", "بالثانويه"),
        *("اعداديه", "الاعداديه", "بالاعداديه"),
    )
)
#: Whole words and phrases, as phrase() writes them: Vietnamese school levels ("THCS",
#: "THPT", "cấp 2", "cấp 3"; "lớp 12" and "12/12", the grade its school ends with, as forms
#: write it), Ukraine's eleven years ("11 класів"), the English-speaking world's diplomas.
_PHRASES = re.compile(
    r"(?<!\w)(?:thcs|thpt|cap (?:2|3|hai|ba)|lop 12|12 12|11 класів|high school|gcses?)(?!\w)"
)


def names_a_school_abroad(text: str) -> bool:
    """Whether ``text`` names a certificate as a school system abroad names it, and no
    German one ("Almanya'da lise diploması" is the German Abitur)."""
    said = phrase(text)
    words = said.split()
    if any(word.startswith(GERMANY) for word in words):
        return False
    return bool(_PHRASES.search(said)) or any(word.startswith(_STEMS) for word in words)
