"""An hour not to be called before or after, typed at "When would you prefer us to contact
you?" ("nicht vor 10", "not before 10", "10'dan önce değil", "nicht nach 12"). Before, a
note and the same question again ("not" kept every clock reading out). When one button's
hours are the whole time left ("nicht nach 12": Morning, 8 to 12), it is taken; else
(no "from 10" button: Morning starts at 8) the words go to the advisor and the person is
told so, and asked for the time of day that suits best. Pure: state, text and context in."""

from __future__ import annotations

import re

from bot.dialogue import typed
from bot.dialogue.pages import codes_of
from bot.dialogue.press import tap
from bot.dialogue.state import Context, Result, State
from bot.dialogue.taps import tap_by_label
from bot.dialogue.typed_words import loose, phrase, without_politeness
from bot.flows.answers import option_label
from bot.flows.contact import MEETING, TIME
from bot.flows.model import Option
from bot.flows.navigation import Code, ScreenId
from bot.i18n import N_, translator
from bot.validation import western_digits

#: Told when no button's hours are the time left: the hour kept, the question asked.
TIME_LIMIT_NOTED = N_(
    "Thank you, we have noted the hour you gave for the advisor. Please tap the time of "
    "day that suits you best below."
)

#: An hour as phrase() writes it ("10", "10am", "5 pm", "10 uhr", "10 giờ"); the words
#: written with their accents, loose() takes them off as phrase() does.
_HOUR = (
    loose(r"(?:um |at |saat |lúc |о |об |الساعة )?")
    + r"(?P<{name}>\d{{1,2}})(?: (?P<{name}min>\d{{2}}))?(?: ?(?P<{name}m>[ap]) ?m)?"
    + loose(r"(?: uhr| h| oclock| o clock| giờ| g| години| годину| год)?")
)
_NOT_BEFORE = loose(
    r"nicht vor|not before|no earlier than|not earlier than|не раніше(?: ніж)?|"
    r"không (?:gọi )?trước|đừng gọi trước|(?:مش|مو|ليس|بلاش) قبل"
)
_NOT_AFTER = loose(
    r"nicht nach|nicht später als|not after|no later than|not later than|"
    r"не пізніше(?: ніж)?|không (?:gọi )?sau|đừng gọi sau|(?:مش|مو|ليس|بلاش) بعد"
)
#: Turkish puts the hour first ("10'dan önce değil", "12'den sonra olmasın").
_TURKISH = (
    loose(r"(?:saat )?")
    + r"(?P<tr>\d{1,2})"
    + loose(r"(?:dan|den|tan|ten) (?:önce|sonra) (?:değil|olmasın)")
)
#: "Call" said after the hour ("nicht vor 10 anrufen").
_CALL = " anrufen| call| call me| arayın| gọi| дзвонити| اتصلوا"
#: "Not before/after" an hour, whole, a "call" after it.
_BOUND = re.compile(
    rf"^(?:(?:{_NOT_BEFORE}) {_HOUR.format(name='before')}"
    rf"|(?:{_NOT_AFTER}) {_HOUR.format(name='after')}|{_TURKISH})" + loose(rf"(?:{_CALL})?$")
)
#: The same among other words ("nicht vor 10, lieber nachmittags"): the words beside it
#: may name the time of day.
_BOUND_AMONG = re.compile(
    rf"(?:^| )(?:(?:{_NOT_BEFORE}) {_HOUR.format(name='before')}"
    rf"|(?:{_NOT_AFTER}) {_HOUR.format(name='after')}|{_TURKISH})" + loose(rf"(?:{_CALL})?(?= |$)")
)
#: Hours below this without "am" or "pm" may be either ("nicht vor 5": 5 or 17).
_FIRST_UNAMBIGUOUS = 8
#: The hours the timed buttons span together (Morning's start, Early evening's end).
_DAY = (
    min(o.hours[0] for o in TIME.options if o.hours),
    max(o.hours[1] for o in TIME.options if o.hours),
)


def _window(text: str) -> tuple[int, int] | bool | None:
    """The hours left by a "not before/after" in ``text``: False when it says none, None
    when its hour may be read two ways or falls within an hour."""
    found = _BOUND.search(without_politeness(phrase(western_digits(text))))
    if found is None:
        return False
    if found.group("tr"):
        hour, marker = int(found.group("tr")), ""
        before = loose("önce") in found.group(0)
    else:
        before = found.group("before") is not None
        name = "before" if before else "after"
        hour, marker = int(found.group(name)), found.group(f"{name}m") or ""
        if int(found.group(f"{name}min") or 0):
            return None  # "nicht vor 10:30": no button's hours start or end there
    if marker == "p" and hour < 12:
        hour += 12
    elif not marker and hour < _FIRST_UNAMBIGUOUS:
        return None
    if hour > 23:
        return None
    return (max(hour, _DAY[0]), _DAY[1]) if before else (_DAY[0], min(hour, _DAY[1]))


def _covering(window: tuple[int, int]) -> Option | None:
    """The one button whose hours are the whole window ("Any time" for the whole day)."""
    for option in TIME.options:
        if option.hours == window or (option.hours is None and window == _DAY):
            return option
    return None


def beside_the_bound(text: str) -> str | None:
    """The words of ``text`` (as phrase() writes them) beside a "not before/after" hour
    ("nicht vor 10, lieber nachmittags": "lieber nachmittags"); None without such an hour
    or other words."""
    said = phrase(western_digits(text))
    found = _BOUND_AMONG.search(said)
    if found is None:
        return None
    return " ".join(f"{said[: found.start()]} {said[found.end() :]}".split()) or None


def _time_of_day_beside(state: State, text: str, ctx: Context) -> Option | None:
    """The time-of-day button the words beside a "not before/after" hour name, as the
    question reads them (on a trial state)."""
    beside = beside_the_bound(text)
    if beside is None:
        return None
    trial = state.copy()
    if not tap_by_label(trial, beside, ctx, Result(trial)):
        return None
    chosen = trial.answers.get(TIME.key)
    return next((o for o in TIME.options if o.code == chosen and o.code != TIME.other), None)


def time_limit(state: State, text: str, ctx: Context, result: Result) -> bool:
    """ "Not before/after" an hour at the best-time question: the button whose hours are
    all that is left, or the one the words beside it name ("nicht vor 10, lieber
    nachmittags": a note before), the words kept; else the words kept, said so, and
    asked again."""
    if state.screen != ScreenId.QUESTION.of(TIME.key) or state.flow is None:
        return False
    window = _window(text)
    if window is False:
        option = _time_of_day_beside(state, text, ctx)
        if option is None:
            return False
    else:
        option = _covering(window) if isinstance(window, tuple) else None
    code = Code.OPTION.of(option.code) if option is not None else None
    if option is None or code not in codes_of(state):
        typed.keep_for_advisor(text, ctx, result, TIME_LIMIT_NOTED)
        return True
    tap(state, code, ctx, result)
    label = option_label(option, translator(state.lang or "de"))
    typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=label)
    return True


#: The call said after the hour, as phrase() writes it ("nicht vor 10 anrufen").
_CALLED = re.compile(loose(rf"(?:{_CALL})$"))


def limit_with_the_way(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A call asked for with an hour not to call before or after, at the way to talk
    ("Rufen Sie mich nicht vor 10 Uhr an", "nicht nach 12 anrufen"): "By phone" (the
    "not" kept every reading out: a note, the way asked again), and the time where one
    button's hours are all that is left; the words kept for the advisor."""
    if state.screen != ScreenId.QUESTION.of(MEETING.key) or state.flow is None:
        return False
    said = phrase(western_digits(text))
    found = _BOUND_AMONG.search(said)
    if found is None:
        return False
    bound = found.group(0).strip()
    beside = beside_the_bound(text) or ""
    called = _CALLED.search(bound)
    if called is not None:
        # "nicht vor 10 anrufen": the call is the hour's own word.
        beside = f"{beside} {called.group(0)}".strip()
    trial = state.copy()
    if not beside or not tap_by_label(trial, beside, ctx, Result(trial)):
        return False
    way = next((o for o in MEETING.options if o.code == trial.answers.get(MEETING.key)), None)
    if way is None or way.code != "phone":
        return False
    t = translator(state.lang or "de")
    tap(state, Code.OPTION.of(way.code), ctx, result)
    window = _window(bound)
    option = _covering(window) if isinstance(window, tuple) else None
    code = Code.OPTION.of(option.code) if option is not None else None
    if (
        option is None
        or state.screen != ScreenId.QUESTION.of(TIME.key)
        or code not in codes_of(state)
    ):
        typed.keep_for_advisor(
            text, ctx, result, typed.KEPT_WITH_ANSWER, choice=option_label(way, t)
        )
        return True
    tap(state, code, ctx, result)
    both = {"first": option_label(way, t), "second": option_label(option, t)}
    typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWERS, **both)
    return True
