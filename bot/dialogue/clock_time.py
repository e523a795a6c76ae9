"""A clock time typed at "When would you prefer us to contact you?" ("ab 14 Uhr", "after
2pm", "sau 14 giờ", "بعد الساعة ١٤"), or lunchtime ("mittags", "öğle arası"): the time of
day it falls in is the answer, and the words go to the advisor, who can call at the hour
said. Before, "Please tap one of the buttons below", and the hour was lost. Pure: state,
text and context in."""

from __future__ import annotations

import re

from bot.dialogue import typed
from bot.dialogue.pages import codes_of
from bot.dialogue.press import tap
from bot.dialogue.said import QUESTION_MARK
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import phrase, without_politeness
from bot.flows.answers import option_label
from bot.flows.contact import TIME
from bot.flows.model import Option
from bot.flows.navigation import Code, ScreenId
from bot.i18n import translator
from bot.negation import says_not
from bot.validation import carries_detail, western_digits

#: A number of one or two digits (with minutes: "17:30"), no part of a longer one nor of
#: a word ("Deutsch B1" was 1 o'clock, and "Mornings" told as the answer noted).
_NUMBER = re.compile(r"(?<![\w.,:/])\d{1,2}(?:[:.]\d{2})?(?![\d,/]|[.:]\d)")
#: An hour of the clock, with its minutes and "am"/"pm" if given ("14", "17:30", "14.00",
#: "2pm", "10 a.m."), where a clock's word, a word that joins two hours, a mark or the
#: end follows ("ab 14 Uhr", "zwischen 9 und 11", "saat 14'ten", "sau 14 giờ", "після
#: 14:00", "بعد الساعة ١٤", Turkish "14-16 arası", Levantine "من 2 لـ 4"): not "vor 10
#: Jahren".
_HOUR = re.compile(
    r"(?<![\w.,:/])(\d{1,2})(?:[:.](\d{2}))?(?![\d,/]|[.:]\d)(?:\s*([ap])\.?m\b\.?)?"
    r"(?=\s*(?:$|[^\w\s]|(?:uhr|h|o'?clock|giờ|g|год\w*|ч|und|bis|oder|and|to|or|till"
    r"|until|ve|ile|veya|arası|arasında|và|đến|tới|hoặc|і|та|до|або|و|إلى|الى|او|أو|حتى"
    r"|لـ|ل)(?!\w)))",
    re.IGNORECASE,
)
#: Hours below this without "am" or "pm" are read as the afternoon's ("ab 5": 17 o'clock):
#: the buttons' hours begin at 8.
_FIRST_UNAMBIGUOUS = 8
#: The most words a time given so has; a longer text is a message that names an hour.
_MOST_WORDS = 15
#: Lunchtime, whole, as phrase() writes it ("mittags", "in der Mittagspause", "öğle
#: arası", "в обідню перерву", "giờ nghỉ trưa", "وقت الغداء"): the hours around noon,
#: which fall in the afternoon's; the words tell the advisor to call in the break.
#: Whole only: "vormittags", "vor der Mittagspause" are the morning.
_LUNCHTIME = frozenset(
    phrase(said)
    for said in (
        *("mittags", "mittag", "über mittag", "gegen mittag", "mittagspause"),
        *("in der mittagspause", "in meiner mittagspause", "mittagszeit", "zur mittagszeit"),
        *("in der mittagszeit", "um die mittagszeit", "lunch", "lunchtime", "lunch time"),
        *("at lunch", "at lunchtime", "at lunch time", "lunch break", "in my lunch break"),
        *("during lunch", "during the lunch break", "at noon", "around noon", "midday"),
        *("öğle", "öğlen", "öğleyin", "öğle arası", "öğlen arası", "öğle arasında"),
        *("öğlen arasında", "öğle tatili", "öğle tatilinde", "öğle saatinde", "öğle vakti"),
        *("в обід", "на обід", "обід", "опівдні", "в обідню перерву", "обідня перерва"),
        *("на обідній перерві", "в обідній час", "в обед", "в обеденный перерыв"),
        *("trưa", "buổi trưa", "vào buổi trưa", "giờ trưa", "nghỉ trưa", "giờ nghỉ trưa"),
        *("lúc nghỉ trưa", "giờ ăn trưa", "khoảng trưa"),
        *("الظهر", "الضهر", "وقت الظهر", "وقت الضهر", "الظهيرة", "وقت الغداء", "وقت الغدا"),
        *("استراحة الغداء", "في استراحة الغداء", "ساعة الغداء"),
    )
)
#: The hours lunchtime stands for.
_LUNCH_HOURS = [12, 14]


def _hours(text: str) -> list[int] | None:
    """The hours ``text`` names on a 24-hour clock, or None for one past 23."""
    written = western_digits(text)
    found_hours = list(_HOUR.finditer(written))
    if len(found_hours) != len(_NUMBER.findall(written)):
        return []  # a number that is no hour ("vor 10 Jahren"): no clock time said
    hours = []
    for found in found_hours:
        hour, marker = int(found.group(1)), (found.group(3) or "").lower()
        if marker == "p" and hour < 12:
            hour += 12
        elif marker == "a" and hour == 12:
            hour = 0
        elif not marker and hour < _FIRST_UNAMBIGUOUS:
            # "after 5", "ab 3": no button's hours start before 8, so the afternoon's
            # reading is the one meant ("ab 7", 19 o'clock, then fits none and is kept).
            hour += 12
        if hour > 23:
            return None
        hours.append(hour)
    return hours


def _time_of_day(hours: list[int]) -> Option | None:
    """The one time of day the hours fall in: the first in it, a second (until) not after it."""
    start, end = hours[0], hours[-1]
    for option in TIME.options:
        if option.hours is not None:
            first, last = option.hours
            if first <= start < last and start <= end <= last:
                return option
    return None


def tap_by_clock(state: State, text: str, ctx: Context, result: Result) -> bool:
    """One or two clock hours at the best-time question: the tap on the time of day they
    fall in, the words kept for the advisor; an hour that fits none ("ab 7", "nach 20
    Uhr") is kept, and the buttons asked for."""
    if state.screen != ScreenId.QUESTION.of(TIME.key) or state.flow is None:
        return False
    words = phrase(text).split()
    if (
        QUESTION_MARK.search(text)
        or carries_detail(text)
        or len(words) > _MOST_WORDS
        or says_not(words)
    ):
        return False
    hours = _hours(text)
    if hours == [] and without_politeness(phrase(text)) in _LUNCHTIME:
        hours = _LUNCH_HOURS
    if hours is not None and not 1 <= len(hours) <= 2:
        # No hour (the other readings of the words come next), or more than a span.
        return False
    option = _time_of_day(hours) if hours else None
    code = Code.OPTION.of(option.code) if option is not None else None
    if option is None or code not in codes_of(state):
        typed.keep_for_advisor(text, ctx, result, typed.KEPT_MESSAGE)
        return True
    tap(state, code, ctx, result)
    label = option_label(option, translator(state.lang or "de"))
    typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=label)
    return True
