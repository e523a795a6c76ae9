""" "I don't know" typed where a business owner is asked what they need help with ("weiß
nicht", "not sure", "bilmiyorum", "не знаю", "không biết", "ما بعرف"). It was stored as
the need itself ("Help needed with: weiß nicht"). No button says "not sure": the nearest
answer is "Something else", the advisor reading the words beside it and asking on the
call. Pure: state, text and context in, the state changed."""

from __future__ import annotations

from bot.dialogue import typed
from bot.dialogue.moves import advance
from bot.dialogue.questions import choose_other
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import says_dont_know
from bot.flows.answers import answer_text
from bot.flows.business import NEEDS
from bot.flows.navigation import ScreenId
from bot.i18n import translator


def need_not_known(state: State, text: str, ctx: Context, result: Result) -> bool:
    """ "I don't know" alone at the needs question: "Something else" (beside what is
    ticked), the words kept for the advisor, the person told so, and on."""
    if state.screen != ScreenId.QUESTION.of(NEEDS.key) or not says_dont_know(text):
        return False
    before = dict(state.answers)
    choose_other(state, NEEDS)
    # The needs ticked before stand in the answer told ("Requirements and steps, Something
    # else"), as on the summary.
    label = answer_text(NEEDS, state.answers, translator(state.lang or "de"))
    if typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=label):
        advance(state, NEEDS.key)
    else:
        # Not kept (too long beside what is held): asked again under that notice.
        state.answers.clear()
        state.answers.update(before)
    return True
