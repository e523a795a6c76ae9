"""The best time to call said where the way to meet is asked ("nachmittags", "ab 14 Uhr",
"akşam", "بعد العصر"): noted as the time question's answer and not asked again
(bot.dialogue.moves.advance passes it), the way to meet asked on. Before, "Please tap one
of the buttons below": the words were dropped, and the time was asked next as if nothing
had been said. Pure: state, text and context in, the state changed."""

from __future__ import annotations

from bot.dialogue import typed
from bot.dialogue.clock_time import tap_by_clock
from bot.dialogue.moves import go
from bot.dialogue.said_young import NOTED_ANSWER
from bot.dialogue.state import Context, Result, State
from bot.dialogue.taps import tap_by_label
from bot.flows.answers import option_label
from bot.flows.contact import MEETING, TIME
from bot.flows.navigation import NOT_SHOWN, ScreenId
from bot.i18n import translator


def time_before_its_question(state: State, text: str, ctx: Context, result: Result) -> bool:
    """Words at the meeting question that answer the time question instead, as it reads
    them: its answer kept, not shown (Back from the next step shows it), the person told."""
    if (
        state.screen != ScreenId.QUESTION.of(MEETING.key)
        or TIME.key in state.answers
        or NOT_SHOWN in state.answers
    ):
        return False
    trial = state.copy()
    go(trial, ScreenId.QUESTION.of(TIME.key))
    read = Result(trial)
    if not (tap_by_label(trial, text, ctx, read) or tap_by_clock(trial, text, ctx, read)):
        return False
    # A time of day only: "egal" (any time) at "how would you like to meet?" says nothing
    # of when to call.
    option = next(
        (o for o in TIME.options if o.code == trial.answers.get(TIME.key) and o.hours), None
    )
    if option is None:
        return False
    state.answers[TIME.key] = option.code
    state.answers[NOT_SHOWN] = TIME.key
    label = option_label(option, translator(state.lang or "de"))
    if read.held_question not in (None, ctx.held_question):
        # The words say more than the time of day (the hour itself): for the advisor.
        typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=label)
    else:
        result.notify(NOTED_ANSWER, choice=label)
    return True
