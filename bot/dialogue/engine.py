"""The dialogue engine: a pure ``step(state, event, ctx) -> Result``.

No I/O, no Telegram types, no clock: everything the engine needs comes in through
:class:`Context`, and everything it wants done (store a lead, erase, export) goes
out in the :class:`Result`, with the new state; :func:`render` turns that state
into a screen. Channels turn their updates into events and screens into
messages; the service layer persists state and stores leads.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.dialogue import postal
from bot.dialogue.moves import advance, go, home
from bot.dialogue.pages import COMMON, codes_of, page_of
from bot.dialogue.questions import answer_typed, fits
from bot.dialogue.screens import keyboard, render
from bot.dialogue.state import (
    Command,
    Context,
    Event,
    Location,
    Press,
    Result,
    Start,
    State,
    Text,
)
from bot.flows.model import Buttons, FreeText, PostalCode
from bot.flows.navigation import ScreenId, find_question, flow_named, split_code, split_screen
from bot.i18n import N_, negotiate, translator
from bot.validation import clean_text

WELCOME = N_(
    "Hello! This is KAUSA Saxony. We help businesses train apprentices, and we help "
    "young people find and finish an apprenticeship (Ausbildung)."
)

__all__ = ["WELCOME", "render", "step"]


def step(state: State, event: Event, ctx: Context) -> Result:
    """Apply one event to a copy of ``state``; never raises for any input."""
    state = state.copy()
    state.seq += 1
    result = Result(state)
    if isinstance(event, Start):
        if state.lang is None:
            state.lang = negotiate(event.language_code)
        home(state)
        state.screen = ScreenId.LANG
        result.notify(WELCOME)
        return result
    if state.lang is None:
        state.lang = negotiate(None)
    if isinstance(event, Command):
        _command(state, event.name, result)
    elif isinstance(event, Press):
        _press(state, event.data, ctx, result)
    elif isinstance(event, Text):
        _text(state, event.text, ctx, result)
    elif isinstance(event, Location) and _on_postal_code(state):
        postal.answer_location(state, event.latitude, event.longitude, ctx, result)
    else:
        result.notify(N_("I can only understand text messages and button taps here."))
    return result


#: Commands that open a screen, by name.
_COMMAND_SCREENS = {
    "language": ScreenId.LANG,
    "help": ScreenId.HELP,
    "privacy": ScreenId.PRIVACY,
    "delete": ScreenId.ERASE,
}


def _command(state: State, name: str, result: Result) -> None:
    if name == "menu":
        home(state)
    elif name in _COMMAND_SCREENS:
        go(state, _COMMAND_SCREENS[name])
    elif name == "mydata":
        result.export = True
    else:
        result.notify(N_("I do not know this command. /help shows what I can do."))


def _press(state: State, data: str, ctx: Context, result: Result) -> None:
    seq_text, _, code = data.partition(":")
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


def _on_postal_code(state: State) -> bool:
    screen_id, key = split_screen(state.screen)
    return screen_id is ScreenId.QUESTION and isinstance(
        find_question(flow_named(state.flow), key), PostalCode
    )


def _text(state: State, raw: str, ctx: Context, result: Result) -> None:
    text = clean_text(raw)
    screen_id, key = split_screen(state.screen)
    if screen_id is ScreenId.OTHER:
        if fits(text, result):
            state.answers[f"{key}_other"] = text
            advance(state, key)
        return
    if screen_id is ScreenId.QUESTION:
        question = find_question(flow_named(state.flow), key)
        if isinstance(question, PostalCode):
            postal.answer_text(state, text, ctx, result)
            return
        if isinstance(question, FreeText):
            _answer_free_text(state, question, text, result)
            return
        if isinstance(question, Buttons) and _typed_answer(state, question, text, ctx, result):
            return
    if not _tap_by_label(state, text, ctx, result):
        result.notify(N_("Please tap one of the buttons below."))


def _tap_by_label(state: State, text: str, ctx: Context, result: Result) -> bool:
    """Someone typed a button's label instead of tapping it: take it as the tap."""
    folded = text.casefold()
    if folded:
        previous = replace(state, seq=state.seq - 1)
        for row in keyboard(previous, translator(state.lang or "de")):
            for button in row:
                if _strip_marks(button.label).casefold() == folded:
                    _press(state, button.data, ctx, result)
                    return True
    return False


def _typed_answer(state: State, question: Buttons, text: str, ctx: Context, result: Result) -> bool:
    """A typed answer on a ``typed`` question; a button's label typed out is still a tap."""
    if not question.typed or _tap_by_label(state, text, ctx, result):
        return question.typed
    return answer_typed(state, question, text, result)


_LEADING_MARKS = re.compile(r"^\W+")


def _strip_marks(label: str) -> str:
    """A button label without its leading emoji, as someone would type it."""
    return _LEADING_MARKS.sub("", label)


def _answer_free_text(state: State, question: FreeText, text: str, result: Result) -> None:
    value = question.parse(text)
    if value is None:
        result.notify(question.error)
        return
    state.answers[question.key] = value
    advance(state, question.key)
