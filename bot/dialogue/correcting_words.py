"""Words that say an earlier answer was wrong or is taken back ("sorry", "falsch",
"yanlış", "вибачте", "عفوا", "nhầm"), and a plain "no" before a new detail: read where a
later question is asked (bot.dialogue.earlier_corrected) and left out of the new answer
the words name (bot.dialogue.summary_change). Pure."""

from __future__ import annotations

import re

from bot.negation import fold

#: Words that say an earlier answer was wrong or is taken back ("sorry", "falsch",
#: "doch", "yanlış", "помилка", "خطأ", "nhầm"), folded. Needed: a detail typed at a later
#: question without them is that question's matter (a branch's code, a second number).
CORRECTING = frozenset(
    fold(word)
    for word in (
        *("sorry", "falsch", "doch", "korrektur", "korrigieren", "meinte", "eigentlich"),
        *("entschuldigung", "sry"),
        *("stimmt", "wrong", "mean", "meant", "actually", "correction"),
        *("pardon", "yanlış", "yanlis", "aslında", "düzeltme", "özür"),
        *("вибачте", "помилка", "неправильний", "неправильна", "неправильно", "тобто"),
        *("насправді", "на самом деле"),
        *("عفوا", "آسف", "خطأ", "غلط", "أقصد", "اقصد", "تصحيح"),
        *("nhầm", "sai", "lỗi", "xin"),
    )
)
#: A plain "no" corrects only as the answer's first word with the detail alone after it
#: ("hayır, 04317", "لا، 04317"): "no mornings please, or my wife's number 0176 …" and
#: "Tôi không nghe máy buổi sáng, số của vợ tôi là 0176 …" replaced the person's number.
NEGATIONS = frozenset(fold(word) for word in ("nein", "no", "hayır", "ні", "لا", "không"))
_WORD = re.compile(r"\w+")


def corrects(text: str) -> bool:
    """Whether ``text`` says something before was wrong: a word that says so anywhere,
    or a "no" before the new detail alone."""
    words = _WORD.findall(text)
    if any(fold(word) in CORRECTING for word in words):
        return True
    said = [word for word in words if not word.isdigit()]
    return len(said) == 1 and fold(said[0]) in NEGATIONS


def correcting(word: str) -> bool:
    """Whether ``word`` says that something before was wrong ("sorry", "doch", "nhầm"),
    or is a plain "no" (beside a count: "nein, doch 8 Mitarbeiter")."""
    return fold(word) in CORRECTING or fold(word) in NEGATIONS
