"""An age typed with more words at the age question ("17 Jahre, Realschule in Syrien",
"17 Jahre, ich wohne in Leipzig"; with a school year now, bot.dialogue.certificate_at_age
reads it first): the age taken and the other words kept for the advisor (they were lost,
or the age not taken and asked again); and years spent somewhere read as no age ("Ich bin
15 Jahre in Deutschland, Realschule" took "Under 16"). Pure: state, text and context in,
the state changed."""

from __future__ import annotations

import re

from bot.dialogue import typed
from bot.dialogue.certificate_at_age import PARTS, an_age_alone
from bot.dialogue.said import tap_keeping_words
from bot.dialogue.said_young import age_option
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import phrase
from bot.flows.navigation import Code, ScreenId
from bot.flows.young import AGE

#: Years spent somewhere or since a time, as phrase() writes it ("15 Jahre in
#: Deutschland", "seit 3 Jahren", "2 years in Germany", "3 роки в Німеччині", "3 năm ở
#: Đức", "em ở Đức 3 năm rồi", "3 yıldır Almanya'dayım", "منذ 3 سنوات"): the number is
#: no age.
_YEARS_SPENT = re.compile(
    r"(?<!\w)(?:\d{1,2} (?:jahre|jahren|jahr|years?|років|роки|рік|nam|yil|yildir|sene"
    r"|سنوات|سنين|سنة|سنه) (?:in|im|hier|schon|here|in germany|у|в|o|tai|da|de|burada"
    r"|almanyada|في|ب\S+)"
    r"|(?:seit|since|for|від|вже|منذ|tu) \d{1,2} (?:jahre|jahren|jahr|years?|років|роки|nam"
    r"|سنوات|سنين)"
    # Turkish "for N years" ("3 yıldır"), Vietnamese "N years already" ("3 năm rồi").
    r"|\d{1,2} (?:yildir|senedir|nam roi))(?!\w)"
)


def age_among_words(state: State, text: str, ctx: Context, result: Result) -> bool:
    """At the age question: an age said in one part of the words and more in others: the
    age's tap, the words for the advisor; years spent somewhere and no age: the words for
    the advisor and the age asked again. Anything else is left to the age's other
    readings."""
    if state.screen != ScreenId.QUESTION.of(AGE.key):
        return False
    lang = state.lang or "de"
    parts = [each for each in PARTS.split(text) if each.strip()]
    ages = [each for each in parts if an_age_alone(each, lang)]
    if len(ages) == 1 and len(parts) > 1:
        code = age_option(AGE, ages[0])
        option = next(each for each in AGE.options if Code.OPTION.of(each.code) == code)
        return tap_keeping_words(state, option, text, ctx, result)
    if not ages and _YEARS_SPENT.search(phrase(text)):
        typed.keep_for_advisor(text, ctx, result, typed.kept_notice(text))
        return True
    return False
