"""The way to talk typed with a slip ("telefonish", "telfonisch", "im restorant",
"restorantımda", "по телефонну"): the one button whose own words it is, a letter off in a
long word (two in a word of nine letters or more: "restorant"). A button's label was read
so already ("Telfon"), its other words only whole: a note, and "Please tap one of the
buttons below". Pure: state, text and context in, the state changed."""

from __future__ import annotations

from rapidfuzz.distance import OSA

from bot.dialogue.listed_words import listed_words
from bot.dialogue.pages import codes_of
from bot.dialogue.press import tap
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import phrase, without_politeness
from bot.flows.answers import option_label
from bot.flows.contact import MEETING
from bot.flows.navigation import Code, ScreenId
from bot.i18n import translator

#: The fewest letters of a word read with a slip: in shorter ones a letter makes another
#: word.
_FEWEST = 5
#: From this many letters a word may have two slips ("restorant" for "restaurant").
_LONG = 9
#: The most words the way is typed in with a slip; more are a message.
_MOST_WORDS = 4


def _slip(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with a slip (not the same)."""
    if typed == word or len(word) < _FEWEST or len(typed) < _FEWEST:
        return False
    return OSA.distance(typed, word) <= (2 if len(word) >= _LONG else 1)


def _said_with_a_slip(words: list[str], listed: list[str]) -> bool:
    """Whether ``words`` are ``listed``'s, each the same or with a slip, one at least."""
    return (
        len(words) == len(listed)
        and all(
            typed == word or _slip(typed, word) for typed, word in zip(words, listed, strict=True)
        )
        and words != listed
    )


def way_with_a_slip(state: State, text: str, ctx: Context, result: Result) -> bool:
    """The way to talk typed with a slip: its button, where only one button's words are
    near enough."""
    if state.screen != ScreenId.QUESTION.of(MEETING.key):
        return False
    words = without_politeness(phrase(text)).split()
    if not 0 < len(words) <= _MOST_WORDS:
        return False
    t, offered = translator(state.lang or "de"), codes_of(state)
    near = {
        option.code
        for option in MEETING.options
        if option.said and Code.OPTION.of(option.code) in offered
        for listed in listed_words(option.said, t.lang) | {phrase(option_label(option, t))}
        if _said_with_a_slip(words, listed.split())
    }
    if len(near) != 1:
        return False
    tap(state, Code.OPTION.of(near.pop()), ctx, result)
    return True
