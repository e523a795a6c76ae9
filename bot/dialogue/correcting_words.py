"""Words that say an earlier answer was wrong or is taken back ("sorry", "falsch",
"yanlış", "вибачте", "عفوا", "nhầm"), and a plain "no" before a new detail: read where a
later question is asked (bot.dialogue.earlier_corrected) and left out of the new answer
the words name (bot.dialogue.summary_change); and "A, not B", the new answer before the
"not" (the summary's answers, the age). Pure."""

from __future__ import annotations

import re

from bot.dialogue.typed_words import phrase
from bot.negation import fold

#: "Actually" inside a correction ("heißt eigentlich …", "adı aslında …", "is actually
#: called", "thực ra"): left out of the detail corrected wherever it stands.
_ACTUALLY = ("eigentlich", "richtig", "actually", "aslında", "насправді", "thực ra", "thật ra")
#: Words that say an earlier answer was wrong or is taken back ("sorry", "falsch",
#: "doch", "yanlış", "помилка", "خطأ", "nhầm"), folded. Needed: a detail typed at a later
#: question without them is that question's matter (a branch's code, a second number).
CORRECTING = frozenset(
    fold(word)
    for word in (
        *("sorry", "falsch", "doch", "korrektur", "korrigieren", "meinte"),
        *("entschuldigung", "sry"),
        *("stimmt", "wrong", "mean", "meant", "correction"),
        *("pardon", "yanlış", "yanlis", "düzeltme", "özür"),
        *("вибачте", "помилка", "неправильний", "неправильна", "неправильно", "тобто"),
        "на самом деле",
        *("عفوا", "آسف", "خطأ", "غلط", "أقصد", "اقصد", "تصحيح"),
        *("nhầm", "sai", "lỗi", "xin"),
        # Everyday "sorry", "I mean", "I mistyped".
        *("vertippt", "verschrieben", "affedersiniz", "kusura", "перепрошую", "вибач"),
        # "Tippfehler, PLZ ist …", "oops, …" (kept as a message before, the old answer sent).
        *("tippfehler", "oops", "hoppla", "typo"),
        *("точніше", "سوري", "عذرا", "آسفة", "قصدي"),
        # "Moment, …", "özür dilerim, …" before a correction.
        *("moment", "dilerim"),
        # "Actually", "heißt richtig …" (a phrase of two words is left out by
        # correction_left_out only).
        *_ACTUALLY,
    )
)
#: Words kept in CORRECTING, so that they are left out of the new answer, that do not
#: say a correction alone: "xin" is also "xin chào", "xin cảm ơn"; "stimmt" agrees
#: ("Ja, stimmt") unless "nicht" follows; "doch" is also a particle ("Rufen Sie doch
#: morgen an") and corrects only before the detail alone ("nein, doch 04317").
_NOT_ALONE = frozenset(
    # "Moment" ("einen Moment bitte"), "dilerim" ("iyi günler dilerim") and "richtig"
    # ("ja, richtig") correct nothing alone either.
    fold(word)
    for word in ("xin", "stimmt", "doch", "moment", "dilerim", "richtig")
)
#: The words that say a correction alone, anywhere in the text.
_SAYS_IT = CORRECTING - _NOT_ALONE
_STIMMT_NICHT = re.compile(r"\bstimmt\s+nicht\b", re.IGNORECASE)
#: A plain "no" corrects only as the answer's first word with the detail alone after it
#: ("hayır, 04317", "لا، 04317"): "no mornings please, or my wife's number 0176 …" and
#: "Tôi không nghe máy buổi sáng, số của vợ tôi là 0176 …" replaced the person's number.
NEGATIONS = frozenset(
    fold(word) for word in ("nein", "nee", "no", "hayır", "yok", "ні", "нет", "لا", "không", "ko")
)
_WORD = re.compile(r"\w+")


def corrects(text: str) -> bool:
    """Whether ``text`` says something before was wrong: a word that says so anywhere,
    or a "no" before the new detail alone."""
    words = _WORD.findall(text)
    if any(fold(word) in _SAYS_IT for word in words):
        return True
    if _STIMMT_NICHT.search(text):
        return True
    said = [fold(word) for word in words if not word.isdigit()]
    if said[-1:] == [fold("doch")]:
        # "doch 04317", "nein, doch 04317": "doch" right before the detail alone.
        said.pop()
        return not said or (len(said) == 1 and said[0] in NEGATIONS)
    return len(said) == 1 and said[0] in NEGATIONS


def correcting(word: str) -> bool:
    """Whether ``word`` says that something before was wrong ("sorry", "doch", "nhầm"),
    or is a plain "no" (beside a count: "nein, doch 8 Mitarbeiter")."""
    return fold(word) in CORRECTING or fold(word) in NEGATIONS


#: One word and what follows it ("Sorry, ", "pardon ", "عفوا، ", "xin ").
_LEADING_WORD = re.compile(r"(\w+)[\s,.:!،–-]+")
_ACTUALLY_INSIDE = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(word) for word in _ACTUALLY) + r")\s+", re.IGNORECASE
)


#: "Actually" after the detail ("my name is Ali Demir actually"): not "richtig", a name
#: too ("Ali Richtig").
_ACTUALLY_AFTER = re.compile(
    r"[\s,]+(?:" + "|".join(re.escape(w) for w in _ACTUALLY if w != "richtig") + r")[\s.!]*$",
    re.IGNORECASE,
)


def correction_left_out(text: str) -> str:
    """``text`` without what says that it corrects: the words it opens with ("Sorry,
    pardon, …", "nein, …", "عفوا، …", "xin lỗi, …") and an "actually" inside ("heißt
    eigentlich …"); the rest as typed (a name keeps its capitals)."""
    rest = text.strip()
    while (found := _LEADING_WORD.match(rest)) and correcting(found[1]):
        rest = rest[found.end() :]
    return _ACTUALLY_AFTER.sub("", _ACTUALLY_INSIDE.sub("", rest))


#: "A, not B" ("Friseur, nicht Koch", "hairdresser, not cook", "перукар, не кухар", "حلاق
#: مش طباخ"): the new answer before the "not", as phrase() writes it. Read only where B is
#: the answer given: "WhatsApp nicht nötig" changes no way to meet.
NOT_THE_OLD = frozenset(
    phrase(word)
    for word in (
        *("nicht", "kein", "keine", "keinen", "not", "не", "مش", "مو", "ليس", "ليست"),
        *("وليس", "وليست", "ومش", "ومو"),
    )
)
#: "And" before the "not" ("Friseur und nicht Koch", "перукар, а не кухар"): no part of A.
_AND = frozenset(phrase(word) for word in ("und", "and", "і", "та", "а", "و"))
#: The most words the old answer is named in after the "not".
OLD_WORDS = 3


def not_pair(words: list[str]) -> tuple[list[str], list[str]] | None:
    """Of "A, not B" the words of B, the old answer, and of A, the new one; None where no
    such "not" is said. The caller checks that B is the answer given."""
    for at, word in enumerate(words):
        if phrase(word) in NOT_THE_OLD and 0 < at and 0 < len(words) - at - 1 <= OLD_WORDS:
            new = words[:at]
            while new and phrase(new[-1]) in _AND:
                new = new[:-1]
            return (words[at + 1 :], new) if new else None
    return None
