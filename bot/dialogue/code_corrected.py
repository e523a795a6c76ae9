"""Two postal codes in one answer, one of them said to be wrong ("nein, nicht 04315,
sondern 04317", "04315 değil, 04317", "не 04315, а 04317", "04315, sorry, I mean
04317"): the code meant. The first was stored before, though it was the one denied, and
codes of two offices got "Please write just one postal code". Pure: text in, code out."""

from __future__ import annotations

import re

from bot.negation import fold
from bot.routing import numbers_of_digits

#: A postal code's digits.
_DIGITS = 5
#: Words just before a code that deny it ("nicht 04315", "не 04315", "ليس 04315",
#: "không phải 04315"), folded.
_DENIED_BEFORE = frozenset(
    fold(word) for word in ("nicht", "not", "kein", "keine", "не", "ні", "ليس", "مش", "مو", "không")
)
#: How many words before a code may deny it ("không phải 04315": two).
_BEFORE = 2
#: Words just after a code that deny it ("04315 değil", "04315 nicht").
_DENIED_AFTER = frozenset(fold(word) for word in ("değil", "nicht", "not", "не", "ليس"))
#: Words between two codes that take the first back ("04315, ach nein, 04317").
_TAKEN_BACK = frozenset(
    fold(word)
    for word in (
        *("nein", "no", "nope", "sorry", "quatsch", "korrektur", "falsch", "meinte", "mean"),
        *("hayır", "pardon", "yanlış", "yani", "ні", "вибачте", "тобто", "помилка"),
        *("لا", "عفوا", "آسف", "أقصد", "اقصد", "lỗi", "nhầm", "sai"),
    )
)
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return [fold(word) for word in _WORD.findall(text)]


def code_meant(text: str) -> str | None:
    """The one postal code of several in ``text`` that is not denied or taken back, if
    the words deny or take back any; None where nothing is corrected."""
    found = numbers_of_digits(text, _DIGITS)
    if len(found) < 2:
        return None
    denied: set[int] = set()
    for at, code in enumerate(found):
        before = _words(text[: code.start()])[-_BEFORE:]
        after = _words(text[code.end() :])[:1]
        if _DENIED_BEFORE.intersection(before) or _DENIED_AFTER.intersection(after):
            denied.add(at)
        if at + 1 < len(found):
            between = text[code.end() : found[at + 1].start()]
            if _TAKEN_BACK.intersection(_words(between)):
                denied.add(at)
    if not denied:
        return None
    meant = {"".join(code.group().split()) for at, code in enumerate(found) if at not in denied}
    return meant.pop() if len(meant) == 1 else None
