"""An age typed alone at the main menu ("Ich bin 15", "I'm 17", "15 yaşındayım", "мені
16", "ich bin siebzehn"): the young people's dialogue, the age taken as its answer and not
asked again. So at the situation question, which comes before the age's. Pure: state,
text and context in, the state changed."""

from __future__ import annotations

import re

from bot.dialogue.answered_first import answer_held, begin_answered
from bot.dialogue.said import QUESTION_MARK
from bot.dialogue.said_young import AGE_WORDS, NOTED_ANSWER, age_option, names_own_age
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import age_in_digits, phrase
from bot.faq.matcher import match, tells_trouble, wish
from bot.flows.answers import option_label
from bot.flows.navigation import NOT_SHOWN, ScreenId, split_code
from bot.flows.young import AGE, SITUATION, YOUNG
from bot.i18n import translator
from bot.validation import age_in

#: An age alone as it is typed with a little German or in short ("Ich bin 15 Jahre",
#: "bin 17", "ben 17", "я 16", "أنا 17", "em 16"), as phrase() writes it: two digits
#: after the person's "I (am)", a word for years after them at most.
_AGE_ALONE = re.compile(
    r"(?:(?:hallo|hi|hello|merhaba|selam|привіт|مرحبا|chao) )?"
    r"(?:ich bin|bin|ich|i am|im|ben|я|انا|أنا|em|toi|minh) \d{2}"
    r"(?: (?:jahre|jahr|years?|yas|yasinda|yasindayim|років|роки|سنه|سنة|tuoi))?"
)


#: The youngest age typed at the main menu that starts the young people's dialogue.
YOUNGEST = 10
#: The ages read in words at the main menu ("ich bin siebzehn", "мені сімнадцять"): a
#: young person's, as the dialogue is for those from 14 to 25 (younger in words is read
#: as nothing, as "ich bin sieben" may be a time).
IN_WORDS = range(14, 26)


def age_alone(text: str, lang: str) -> str | None:
    """The age option's code ``text`` says and nothing else an advisor needs: a few
    words, no question, no wish, trouble or page of their own."""
    if len(phrase(text).split()) > AGE_WORDS or QUESTION_MARK.search(text):
        return None
    # "ich bin siebzehn", "on yedi yaşındayım", "عمري سبعطعش" read as "ich bin 17".
    said = age_in_digits(text, IN_WORDS)
    if not (names_own_age(said) or _AGE_ALONE.fullmatch(said)):
        return None
    age = age_in(text)
    if age is not None and age < YOUNGEST:
        # "Ich bin 2": no young person's age (a number typed in another sense).
        return None
    if wish(text, lang) or tells_trouble(text, lang):
        return None
    if match(text, lang).pages:
        return None
    code = age_option(AGE, text)
    return None if code is None else split_code(code)[1]


def age_at_the_menu(state: State, text: str, ctx: Context, result: Result) -> bool:
    """An age alone typed at the main menu: the young people's dialogue, the age noted
    for its question ("I have no information page on this" before, and the age asked
    again after the situation). With a request open, held over "add to it or new?"."""
    if state.screen != ScreenId.MENU:
        return False
    code = age_alone(text, state.lang or "de")
    if code is None:
        return False
    begin_answered(state, text, ctx, result, code, _note)
    return True


def age_at_the_situation(state: State, text: str, ctx: Context, result: Result) -> bool:
    """An age alone typed at the situation question ("мені 17 років"): noted for its
    question, as at the menu, and the situation asked again. It was kept as words for the
    advisor, and the age asked after the situation as if nothing was said."""
    if state.flow != YOUNG.key or state.screen != ScreenId.QUESTION.of(SITUATION.key):
        return False
    if AGE.key in state.answers:
        return False
    code = age_alone(text, state.lang or "de")
    if code is None:
        return False
    _note(state, code, result)
    return True


def age_held(state: State, ctx: Context, result: Result) -> None:
    """After "add to it or new?": an age held over it is noted for the young people's
    dialogue chosen, and goes to no advisor; the choice left, it is dropped."""
    answer_held(state, ctx, result, lambda text: age_alone(text, state.lang or "de"), _note)


def _note(state: State, code: str, result: Result) -> None:
    """The age kept as answered and not shown (bot.dialogue.moves.advance passes its
    question), and the person told which answer was noted."""
    state.answers[AGE.key] = code
    state.answers[NOT_SHOWN] = AGE.key
    option = next(each for each in AGE.options if each.code == code)
    result.notify(NOTED_ANSWER, choice=option_label(option, translator(state.lang or "de")))
