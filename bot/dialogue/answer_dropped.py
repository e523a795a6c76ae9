"""The summary's best time or way to talk ruled out alone, no other named ("bitte nicht
vormittags", "not in the morning pls", "sabah olmaz", "не зранку", "nicht telefonisch"):
that question opened, as its ✏️ does, to choose another, the person told so. Before, the
words were only a note for the advisor while the answer ruled out was sent. Pure: state,
text and context in, the state changed."""

from __future__ import annotations

from bot.dialogue.moves import edit
from bot.dialogue.ruled_out import beside_the_ruled_out, ruled_out_words
from bot.dialogue.said import QUESTION_MARK
from bot.dialogue.state import Context, Result, State
from bot.dialogue.taps import tap_by_label
from bot.dialogue.typed_words import phrase
from bot.flows.answers import option_label
from bot.flows.contact import MEETING, TIME
from bot.flows.navigation import ADDING, ScreenId
from bot.i18n import N_, translator

#: The questions whose answer the summary shows and people rule out so.
_QUESTIONS = (TIME, MEETING)
#: The most words the answer is ruled out in: a longer text is a message.
_MOST_WORDS = 8
#: Told above the question opened. ``answer``: the answer ruled out, as the summary shows it.
ANSWER_DROPPED = N_("All right, not “{answer}”. Please choose another answer below.")


def answer_dropped(state: State, text: str, ctx: Context, result: Result) -> bool:
    """The time or way the summary shows, ruled out alone: its question asked again, the
    person told so; False for any other words (another answer named, a question)."""
    if state.screen != ScreenId.SUMMARY or ADDING in state.answers or QUESTION_MARK.search(text):
        return False
    words = ruled_out_words(text)
    if not words or len(phrase(text).split()) > _MOST_WORDS:
        return False
    if beside_the_ruled_out(text) is not None:
        return False  # "not in the morning, afternoon": the other answer (summary_change)
    said = " ".join(words)
    for question in _QUESTIONS:
        stored = state.answers.get(question.key)
        if stored is None:
            continue
        # Read as if the question were asked anew: the words name the answer given.
        trial = state.copy()
        edit(trial, question.key)
        trial.answers.pop(question.key, None)
        if not tap_by_label(trial, said, ctx, Result(trial)):
            continue
        if trial.answers.get(question.key) != stored:
            continue
        option = next(option for option in question.options if option.code == stored)
        edit(state, question.key)
        result.notify(ANSWER_DROPPED, answer=option_label(option, translator(state.lang or "de")))
        return True
    return False
