"""Words typed at "What is the name of your business?" that are no name: a greeting
("merhaba", "Hallo"), or the kind of business said instead ("restoranım var", "Ich habe
ein Restaurant", "عندي مطعم", "у мене ресторан"). Taken as the business's name before,
the advisor's card read "Business name: merhaba". Pure: state, text and context in."""

from __future__ import annotations

import re

from bot.dialogue import typed
from bot.dialogue.moves import in_dialogue
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import greets, phrase
from bot.flows.business import COMPANY
from bot.flows.navigation import ScreenId

#: "I have / we have a …" before the kind of business, as phrase() writes it, in the
#: bot's languages; Turkish says it after ("restoranım var", "dükkanımız var").
_WE_HAVE = re.compile(
    r"^(?:ich habe|ich hab|wir haben|i have|we have|i own|we own|i have got|we have got"
    r"|у мене|в мене|у нас|в нас|я маю|ми маємо|عندي|عندنا|لدي|لدينا|toi co|em co|minh co"
    r"|chung toi co) "
    r"|^(?:bir |\w+ )?\w+(?:im|um|imiz|umuz|m|miz|muz) var$"
)


def company_asked_again(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A greeting, or the kind of business instead of its name, at the business name
    question: asked again (the kind of business kept for the advisor)."""
    if state.screen != ScreenId.QUESTION.of(COMPANY.key) or COMPANY.error is None:
        return False
    if greets(text) == "hello":
        result.notify(COMPANY.error)
        return True
    if not says_the_kind(text) or not in_dialogue(state):
        return False
    typed.keep_for_advisor(text, ctx, result, typed.KEPT_MESSAGE_TYPING)
    return True


def says_the_kind(text: str) -> bool:
    """Whether ``text`` says the kind of business ("Ich habe ein Restaurant", "restoranım
    var") rather than its name."""
    return _WE_HAVE.search(phrase(text)) is not None
