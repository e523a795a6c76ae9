"""Words typed alone at the main menu that answer a question of the young people's
dialogue before it is asked (an age: bot.dialogue.age_first; a trade's name:
bot.dialogue.trade_first): the dialogue begun, the answer noted at its first question,
or the words held over "add to it or new?" and noted once it is chosen. Pure."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from bot.dialogue import returning, typed
from bot.dialogue.state import Context, Result, State
from bot.flows.navigation import ScreenId
from bot.flows.young import SITUATION, YOUNG

#: What the words answer (an age option's code, a trade's code and label).
Answer = TypeVar("Answer")


def begin_answered(
    state: State,
    text: str,
    ctx: Context,
    result: Result,
    answer: Answer,
    note: Callable[[State, Answer, Result], None],
) -> None:
    """The young people's dialogue begun from the menu with ``answer`` noted at its first
    question; with a request open, ``text`` held over "add to it or new?"."""
    returning.begin(state, ctx, result, YOUNG.key)
    if state.screen == ScreenId.QUESTION.of(SITUATION.key):
        note(state, answer, result)
    else:
        typed.hold_for_the_choice(state, text, ctx, result)


def answer_held(
    state: State,
    ctx: Context,
    result: Result,
    read: Callable[[str], Answer | None],
    note: Callable[[State, Answer, Result], None],
) -> None:
    """After "add to it or new?": the words held over it, when ``read`` finds the answer
    in them, noted for the young people's dialogue chosen and sent to no advisor; the
    choice left, they are dropped."""
    text = ctx.held_question
    answer = None if not text else read(text)
    if answer is None:
        return
    result.drop_held = True
    result.held_question = None
    if state.flow == YOUNG.key and state.screen == ScreenId.QUESTION.of(SITUATION.key):
        note(state, answer, result)
