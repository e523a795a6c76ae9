"""A tap on a button of the screen the person sees: a press's callback data, or the
code of a button that typed words stand for."""

from __future__ import annotations

from bot.dialogue.pages import COMMON, codes_of, current_code, page_of
from bot.dialogue.state import Context, Result, State
from bot.flows.navigation import Code, split_code
from bot.i18n import N_


def press(state: State, data: str, ctx: Context, result: Result) -> None:
    """A press's callback data ("seq:code"): the button's handler, if the button is on the
    screen the person sees."""
    seq_text, _, sent = data.partition(":")
    code = current_code(state, sent)
    # Only the buttons of the message before this step count (step already bumped seq).
    if seq_text != str(state.seq - 1) or code not in codes_of(state):
        result.notify(
            N_("This button belongs to an earlier message. Here is the current step again.")
        )
        return
    name, arg = split_code(code)
    assert name is not None  # every declared key has a named code
    handler = page_of(state).on_press.get(name) or COMMON.get(name)
    if handler is not None:
        handler(state, ctx, result, arg)


def tap(state: State, code: str, ctx: Context, result: Result) -> None:
    """A tap on the current screen's button ``code``, for text that stands for it."""
    press(state, f"{state.seq - 1}:{code}", ctx, result)


#: The code of an optional question's "Skip".
SKIP = Code.ALTERNATIVE.of("skip")

#: The code of every question's "I don't know (yet)" option.
UNKNOWN_CODE = "unknown"
UNKNOWN = Code.OPTION.of(UNKNOWN_CODE)
