"""School certificates named as the person's home country's schools name them ("lise",
"bằng THCS", "атестат за 11 класів", "البكالوريا", "high school diploma"): no German
certificate, so the one from abroad. Pure: words in, a yes or no out."""

from __future__ import annotations

import re

from bot.dialogue.typed_words import GERMANY, phrase
from bot.negation import fold, says_not

#: The first letters of a word that names a school abroad, as phrase() writes them:
#: Turkish "lise" (upper secondary; "lisesi", "liseyi", "lise mezunuyum"), "ortaokul",
#: "ilkokul"; Arabic "بكالوريا", "ثانوية", "إعدادية" (with "ال", "بال" before them), and
#: as Syrians also spell it ("بكلوريا"), Jordan's and Palestine's "توجيهي", and in Latin
#: letters ("ma3i bakaloria", "tawjihi"): these were "Please tap one of the buttons below".
_STEMS = tuple(
    phrase(stem)
    for stem in (
        *("lise", "ortaokul", "ilkokul", "bakalorya", "bakalor", "bkalor", "bakalur"),
        *("بكالوريا", "البكالوريا", "بالبكالوريا", "ثانويه", "الثانويه", "بالثانويه"),
        *("اعداديه", "الاعداديه", "بالاعداديه", "بكلوريا", "البكلوريا", "بالبكلوريا"),
        *("توجيهي", "التوجيهي", "بالتوجيهي", "tawjihi", "tawjihy", "thanawi"),
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


#: A school year the person is in, its number in the middle or at the end, as phrase()
#: writes it: German "bin in der 10", "in 10 Klasse"; English "year 10", "yr 10", "grade 9";
#: Turkish "9. sınıfa gidiyorum" (I go to the 9th grade);
#: Ukrainian "в 9 класі", "у 9-му класі" (in it: "11 класів" is eleven years finished);
#: Vietnamese "học lớp 10" (studies in grade 10);
#: Turkish "10. sınıftayım" (I am in the 10th grade);
#: Arabic "بالصف العاشر", "وفي الصف 10" (in the tenth grade; "and" joined before it).
_IN_A_SCHOOL_YEAR = re.compile(
    r"(?<!\w)(?:in der \d{1,2}(?: klasse)?|in \d{1,2} klasse|(?:year|yr|grade) \d{1,2}"
    r"|[ву] \d{1,2}(?: (?:му|ому|ий|ій))? класі|hoc lop \d{1,2}|\d{1,2} sinifa gidiyorum"
    r"|\d{1,2} siniftayim"
    r"|و?(?:ب|في |فى )?(?:ال)?صف (?:ال)?(?:\d{1,2}|اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن"
    r"|تاسع|عاشر|حادي عشر|ثاني عشر))(?!\w)"
)
#: Words that say the school year is behind the person ("nach der 10", "finished year
#: 10", "закінчив 9 клас", "học xong lớp 9"), as phrase() writes them.
_FINISHED = frozenset(
    phrase(word)
    for word in (
        *("nach", "fertig", "abgeschlossen", "beendet", "geschafft", "after", "finished"),
        *("completed", "done", "left", "після", "закінчив", "закінчила", "xong", "nghiệp"),
        # Arabic "finished", "I finished", "after", "graduated" ("خلص الصف التاسع بسوريا").
        *("خلص", "خلصت", "خلصنا", "أنهى", "أنهيت", "أنهت", "انهى", "انهيت", "بعد"),
        *("تخرج", "تخرجت", "نجح", "نجحت", "ناجح"),
    )
)


#: A school year named by its number, as phrase() writes it: "10 klasse", "klasse 10",
#: "10th grade", "year 10", "10 sinifi", "9 клас", "lop 9", "الصف 10".
_SCHOOL_YEAR = re.compile(
    r"(?<!\w)(?:(\d{1,2})(?:th|st|nd|rd)? (?:klasse|grade|class|year|sinifi|sinif|клас|класу)"
    r"|(?:klasse|grade|class|year|lop|الصف|صف) (\d{1,2})"
    # Arabic names the grade by its ordinal ("خلصت الصف الثاني عشر": a note before).
    r"|(?:الصف|صف) (?:ال)?(تاسع|عاشر|حادي عشر|ثاني عشر))(?!\w)"
)
#: The Arabic ordinals of the school years _SCHOOL_YEAR reads.
_ARABIC_ORDINALS = {"تاسع": 9, "عاشر": 10, "حادي عشر": 11, "ثاني عشر": 12}
#: Finished said of another ("bitirdi": he or she finished) or as teenagers type it, as
#: phrase() writes them, besides _FINISHED.
_FINISHED_TOO = frozenset(
    phrase(word)
    for word in ("bitirdi", "bitirdim", "bitirdik", "bitti", "beendet", "finish", "закінчила")
)


#: "Without" (a certificate), as phrase() writes it.
_WITHOUT = frozenset(
    phrase(word) for word in ("ohne", "without", "без", "بدون", "بلا", "diplomasız")
)


def school_year_finished(text: str) -> int | None:
    """The number of the school year ``text`` says is finished ("sie hat die 10. Klasse
    fertig", "she finished 10th grade", "10. sınıfı bitirdi"), or None."""
    said = phrase(text)
    words = said.split()
    found = _SCHOOL_YEAR.search(said)
    if found is None or not set(words) & (_FINISHED | _FINISHED_TOO):
        return None
    if says_not([fold(word) for word in words]) or set(words) & _WITHOUT:
        # "10. Klasse nicht geschafft", "fertig, aber ohne Abschluss": no certificate.
        return None
    if found.group(3):
        return _ARABIC_ORDINALS[found.group(3)]
    return int(found.group(1) or found.group(2))


def in_a_school_year(text: str) -> bool:
    """Whether ``text`` says the person (or their child) is in a school year now ("я в 9
    класі", "em học lớp 10", "bin in der 10 Klasse", "year 10"): still at school, as a
    pupil has no certificate yet. Not one finished ("nach der 10. Klasse")."""
    said = phrase(text)
    return bool(_IN_A_SCHOOL_YEAR.search(said)) and not set(said.split()) & _FINISHED


#: Words that join a school year to the rest ("und", "and", "ve", "і", "та", "và"), begin
#: it ("ich", "я", "I'm in", a parent's "er ist", "він") or stand before an age ("sie ist
#: 16", "йому 16", "عمرها 16"), as phrase() writes them: left at the rest's ends, they are
#: neither the school year nor the age.
_JOINING = frozenset(
    phrase(word)
    for word in (
        *("und", "ich", "bin", "and", "i", "am", "im", "in", "ve", "ben", "і", "й", "та", "я"),
        *("và", "em", "u", "و", "er", "sie", "ist", "he", "she", "is", "hes", "shes"),
        *("він", "вона", "йому", "їй", "عمره", "عمرها", "هو", "هي"),
    )
)


def without_the_school_year(text: str) -> str | None:
    """``text`` as phrase() writes it without the school year the person is in now ("ich
    bin 17 und in der 10. Klasse": "ich bin 17"), or None where it says none (or one
    finished)."""
    if not in_a_school_year(text):
        return None
    words = _IN_A_SCHOOL_YEAR.sub(" ", phrase(text)).split()
    while words and words[-1] in _JOINING:
        words.pop()
    while words and words[0] in _JOINING:
        words.pop(0)
    return " ".join(words)
