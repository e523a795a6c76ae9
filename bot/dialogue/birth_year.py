"""A year of birth typed where an age is asked ("2008", "bin 2008 geboren", "2008
doğumluyum", "народився у 2008", "sinh năm 2008", "مواليد 2008"): "Please tap one of the
buttons below" before. The age is this year's less the birth year, or one less before the
birthday: where both fall in one option, its tap; where they part ("16 or 17" or "18 to
24"), which of the two is asked (the consent under 16 depends on it). Pure: state, text
and context in, the state changed."""

from __future__ import annotations

import re
from datetime import date

from bot.dialogue.pages import codes_of
from bot.dialogue.press import tap
from bot.dialogue.questions import current_question
from bot.dialogue.said_business import ASK_WHICH
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import phrase
from bot.flows.answers import option_label
from bot.flows.model import Choice, Option
from bot.flows.navigation import Code, ScreenId, split_screen
from bot.i18n import translator

#: The words a year of birth is said with, as phrase() writes them ("bin 2008 geboren",
#: "Jahrgang 2008", "2008 doğumluyum", "2008'da doğdum", "em sinh 2008", "تولد 2008", "я
#: 2008 року", "2008 р.н."): with a year and nothing else, it is the year of birth.
_BORN_WORDS = frozenset(
    phrase(word)
    for word in (
        *("ich", "bin", "im", "jahr", "von", "geboren", "geb", "jahrgang", "jg", "baujahr"),
        *("i", "was", "am", "born", "in", "the", "year", "ben", "yılında", "yilinda"),
        *("doğdum", "dogdum", "doğumluyum", "dogumluyum", "doğumlu", "dogumlu", "da", "de"),
        *("ta", "te", "я", "народився", "народилася", "народилась", "у", "в", "року"),
        *("народження", "рік", "р", "н", "рн", "em", "tôi", "mình", "sinh", "năm", "vào"),
        *("انا", "أنا", "مواليد", "مواليد", "ولدت", "تولد", "تولدت", "عام", "سنة", "سنه"),
        *("في", "من"),
    )
)
#: The words that say "born" itself: with them a year of two digits is one ("born in 06").
_BORN_ITSELF = frozenset(
    phrase(word)
    for word in (
        *("geboren", "geb", "jahrgang", "jg", "born", "doğumluyum", "doğumlu", "doğdum"),
        *("народився", "народилася", "народилась", "народження", "sinh", "مواليد", "ولدت"),
        "تولد",
    )
)
#: A year as a word: four digits ("2008", Turkish "2008da" with its case), or two.
_YEAR_WORD = re.compile(r"(?P<year>(?:19|20)?\d{2})(?:da|de|ta|te)?")


def _birth_year(text: str, now: int) -> int | None:
    """The year of birth ``text`` says: a year alone, or with words that say born in it
    and nothing else; two digits only beside a word for "born"."""
    words = phrase(text).split()
    years = [found for word in words if (found := _YEAR_WORD.fullmatch(word)) is not None]
    if len(years) != 1 or not all(
        _YEAR_WORD.fullmatch(word) or word in _BORN_WORDS for word in words
    ):
        return None
    year = years[0].group("year")
    if len(year) == len("2008"):
        return int(year)
    if not set(words) & _BORN_ITSELF:
        return None
    century = 2000 if int(year) <= now % 100 else 1900
    return century + int(year)


def birth_year_at_the_age(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A year of birth where an age is asked: its option, or which of two asked."""
    if split_screen(state.screen)[0] is not ScreenId.QUESTION:
        return False
    question = current_question(state)
    year = _birth_year(text, ctx.local_now.year)
    if not isinstance(question, Choice) or year is None:
        return False
    if all(option.ages is None for option in question.options):
        return False
    younger, older = born_options(question, year, ctx, codes_of(state))
    if younger is None or older is None:
        return False
    if younger is older:
        tap(state, Code.OPTION.of(younger.code), ctx, result)
        return True
    t = translator(state.lang or "de")
    result.notify(ASK_WHICH, first=option_label(younger, t), second=option_label(older, t))
    return True


#: A date as typed: day, month and year ("12.03.2009", "12/3/2009", "5-11-2008"), or the
#: year first ("2009-03-12").
_DATE = re.compile(
    r"(?<![\d./-])(?:(?P<day>\d{1,2})[./-](?P<month>\d{1,2})[./-](?P<year>(?:19|20)\d{2})"
    r"|(?P<year_first>(?:19|20)\d{2})-(?P<month_after>\d{1,2})-(?P<day_after>\d{1,2}))"
    r"(?![\d./-])"
)
#: The most words a date of birth is said in ("ich bin am 05.11.2008 geboren", "doğum
#: tarihim 12.03.2009"): more is a message that says more.
_DATE_WORDS = 6


def birth_date_at_the_age(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A date of birth where an age is asked ("12.03.2009", "geboren am 12.3.2009", "born
    12/03/2009"): the option of the age it gives on the clock's day. "Please tap one of
    the buttons below" before, or the day read as the age ("born 12/03/2010": under 16).
    Not kept for the advisor: the age band is what the request needs."""
    if split_screen(state.screen)[0] is not ScreenId.QUESTION:
        return False
    question = current_question(state)
    found = _DATE.findall(text)
    if not isinstance(question, Choice) or len(found) != 1:
        return False
    if len(text.split()) > _DATE_WORDS or all(o.ages is None for o in question.options):
        return False
    day, month, year, year_first, month_after, day_after = (int(n or 0) for n in found[0])
    try:
        born = date(year or year_first, month or month_after, day or day_after)
    except ValueError:
        return False
    today = ctx.local_now.date()
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    option = next(
        (o for o in question.options if o.ages is not None and o.ages[0] <= age <= o.ages[1]),
        None,
    )
    if option is None or Code.OPTION.of(option.code) not in codes_of(state):
        return False
    tap(state, Code.OPTION.of(option.code), ctx, result)
    return True


def born_options(
    question: Choice, year: int, ctx: Context, offered: frozenset[str] | None = None
) -> tuple[Option | None, Option | None]:
    """The options of ``question`` the ages of someone born in ``year`` fall in: before
    this year's birthday and after it (among ``offered`` codes, where given)."""

    def option_of(age: int) -> Option | None:
        return next(
            (
                option
                for option in question.options
                if option.ages is not None
                and option.ages[0] <= age <= option.ages[1]
                and (offered is None or Code.OPTION.of(option.code) in offered)
            ),
            None,
        )

    now = ctx.local_now.year
    return option_of(now - year - 1), option_of(now - year)
