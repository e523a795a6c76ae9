"""Words typed at a question that answer the one just answered, as it was answered ("yes
we have one apprentice right now" once the start is asked, after "Yes, we train right
now" was tapped): sent late, they are kept for the advisor and the question at hand is
asked again. Before, "right now" was read as the start ("as soon as possible") and the
first year ahead stored unasked. Pure: state, text and context in, the state changed."""

from __future__ import annotations

from collections.abc import Callable

from bot.dialogue import typed
from bot.dialogue.master_words import said_phrases
from bot.dialogue.questions import current_question
from bot.dialogue.said_business import ASK_WHICH, ASK_WHICH_KEPT
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import phrase
from bot.flows.answers import option_label
from bot.flows.model import Buttons, Choice, Option
from bot.flows.navigation import ADDING, ScreenId, find_question, flow_named, split_screen
from bot.i18n import translator

#: How a typed text is read on a screen (the engine's own reading, passed in).
Reading = Callable[[State, str, Context, Result], None]

#: The most words the question at hand's own answer is left to ("right now", "зараз",
#: "şu anda": at the start question the start, as soon as possible).
_OWN_WORDS = 2


def late_answer(state: State, text: str, ctx: Context, result: Result, read: Reading) -> bool:
    """``text`` read as the answer already given to the question asked just before the
    one at hand (or as "which one: A or B?" with that answer one of the two): kept for
    the advisor, and the question at hand asked again."""
    screen_id, _ = split_screen(state.screen)
    if screen_id is not ScreenId.QUESTION or state.editing or ADDING in state.answers:
        return False
    if not isinstance(current_question(state), Buttons) or not state.history:
        return False
    if len(phrase(text).split()) <= _OWN_WORDS:
        return False
    before_id, before_key = split_screen(state.history[-1])
    before = find_question(flow_named(state.flow), before_key)
    if before_id is not ScreenId.QUESTION or not isinstance(before, Choice):
        return False
    given = state.answers.get(before.key)
    if given is None:
        return False
    option = next((each for each in before.options if each.code == given), None)
    if option is None:
        return False
    lang = state.lang or "de"
    # The question before asked again on a trial, as though the answer came in time.
    trial = state.copy()
    trial.screen, trial.history = state.history[-1], state.history[:-1]
    trial.answers.pop(before.key)
    trial_result = Result(trial)
    read(trial, text, ctx, trial_result)
    if trial.answers.get(before.key) != given and not _offered_with(option, trial_result, lang):
        return False
    # What is left beside the words of that answer answers the question at hand: "by
    # phone in the afternoon" at the best time, the way to talk said again beside it.
    rest = _without(text, option, lang)
    if rest and _answers(state, rest, ctx, read):
        return False
    typed.keep_for_advisor(text, ctx, result, typed.KEPT_MESSAGE)
    return True


def _offered_with(option: Option, result: Result, lang: str) -> bool:
    """Whether ``result`` asks "which one do you mean" with ``option`` one of the two
    ("yes, we have one apprentice": now, or in the past?)."""
    label = option_label(option, translator(lang))
    return any(
        notice.message in (ASK_WHICH, ASK_WHICH_KEPT) and label in dict(notice.params).values()
        for notice in result.notices
    )


def _without(text: str, option: Option, lang: str) -> str:
    """``text`` as phrase() writes it, without the words of ``option`` (its label and its
    other words, the longest first)."""
    words = phrase(text).split()
    label = phrase(option_label(option, translator(lang))).split()
    for said in sorted([label, *said_phrases(option, lang)], key=len, reverse=True):
        at = 0
        while said and at + len(said) <= len(words):
            if words[at : at + len(said)] == said:
                del words[at : at + len(said)]
            else:
                at += 1
    return " ".join(words)


def _answers(state: State, text: str, ctx: Context, read: Reading) -> bool:
    """Whether ``text`` answers the question at hand (tried on a copy of ``state``)."""
    trial = state.copy()
    # Without the way there, which late_answer reads again (without end).
    trial.history = []
    read(trial, text, ctx, Result(trial))
    return trial.screen != state.screen
