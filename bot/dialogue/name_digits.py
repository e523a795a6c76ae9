"""A digit in the name typed at the name question ("Ayse2", "Ay5e Yılmaz", "أحمد٢") or its
Latin spelling ("Olena2 Kovalenko"): a finger that slipped on a phone's keyboard, or a
digit typed for a letter. It was stored, and the advisor's card greeted "Ayse2". Now the
person is asked kindly, the words given back to correct; the same name sent again is the
name (a rare name with a number in it stays possible). Pure: state, text and result in."""

from __future__ import annotations

from bot.dialogue.state import Result, State
from bot.flows.contact import NAME, NAME_LATIN
from bot.flows.model import FreeText
from bot.flows.navigation import NAME_DIGITS
from bot.i18n import N_

#: Told when the name typed holds a digit. ``name``: the name as the question reads it.
DIGIT_IN_NAME = N_(
    "“{name}” has a number in it. If that was a slip, please write your name without it. "
    "If the number belongs to your name, just send it again."
)


#: The questions asking a name: the name, and its Latin spelling as in the passport
#: ("Olena2 Kovalenko" was stored; a passport has no 2).
_NAME_QUESTIONS = frozenset({NAME.key, NAME_LATIN.key})


def digit_in_name(state: State, question: FreeText, text: str, result: Result) -> bool:
    """Whether the name in ``text`` (as ``question`` reads it: an age after it is cut
    first, "Ali 17") holds a digit and the person is asked about it. The same name once
    more, right after the question: taken as it is."""
    if question.key not in _NAME_QUESTIONS:
        return False
    asked = state.answers.pop(NAME_DIGITS, None)
    name = question.parse(text)
    if name is None or not any(ch.isdigit() for ch in name):
        return False
    if asked == name:
        return False  # said again: the number belongs to the name
    # The name as the question reads it, without "Ich heiße" or an age after it: quoted
    # whole, the name alone sent back was asked about again.
    state.answers[NAME_DIGITS] = name
    result.refuse(DIGIT_IN_NAME, name=name)
    return True
