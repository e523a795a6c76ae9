"""Words at the best-time question that say more than the time of day a button names: an
hour ("sau 5 giờ chiều", "ab 17 Uhr") or what the time hangs on ("nach Feierabend", "işten
sonra", "بعد الدوام"). They take the button, and go to the advisor, who calls then; before,
only a clock time the bot read ("after 6pm") was kept, and these words were dropped. Pure."""

from __future__ import annotations

import re

from bot.dialogue.typed_words import phrase
from bot.validation import western_digits

_DIGIT = re.compile(r"\d")

#: What a time of day is tied to, as phrase() writes it: work and closing time, school and
#: lessons, lunch, the evening prayer. Not the words that are the time of day itself:
#: "öğleden sonra", "після обіду", "بعد الظهر" are the afternoon, whole.
_CONDITIONS = frozenset(
    phrase(said)
    for said in (
        *("arbeit", "feierabend", "dienstschluss", "ladenschluss", "geschäftsschluss"),
        *("schule", "schulschluss", "unterricht", "mittagessen", "mittagspause"),
        *("work", "school", "lunch", "closing", "shift"),
        # Not "iş" alone: phrase() writes it "is", which read "evening is better" as tied
        # to work (the words kept as a message beside the change).
        *("iş bitince", "iş çıkışı", "iş saati", "iş saatinden", "işten", "işe", "mesai"),
        *("mesaiden", "okul", "okuldan", "ders", "dersten"),
        *("giờ làm", "tan làm", "làm việc", "giờ học", "tan học", "bữa trưa", "đóng cửa"),
        *("роботи", "работы", "школи", "уроків", "уроков", "зміни"),
        *("العمل", "الدوام", "الشغل", "المدرسة", "الغداء", "الغدا", "المغرب"),
    )
)


def says_more_than_the_time_of_day(text: str) -> bool:
    """Whether ``text`` names an hour or what the time hangs on, which the buttons cannot
    say: the advisor needs the words."""
    if _DIGIT.search(western_digits(text)):
        return True
    said = f" {phrase(text)} "
    return any(f" {condition} " in said for condition in _CONDITIONS)
