"""A postal code alone typed on the summary that is the one already given ("04315"):
the person is told it is stored (it was "we have noted your message", and the code went
to the advisor as a question). Another code alone changes it, as the postal code question
does: bot.dialogue.postal.code_on_the_summary. Pure: state, text and context in, the
person told."""

from __future__ import annotations

import re

from bot.dialogue.state import Result, State
from bot.flows.model import POSTAL_KEY
from bot.flows.navigation import ScreenId
from bot.i18n import N_
from bot.routing import missing_zero

#: Told when the postal code already given is typed alone on the summary. ``code``: it.
CODE_ALREADY_STORED = N_("Thank you, {code} is already stored as your postal code.")

#: Five digits and nothing more.
_FIVE_DIGITS = re.compile(r"\d{5}")
_FOUR_DIGITS = re.compile(r"\d{4}")


def is_a_code_alone(text: str) -> bool:
    """Whether ``text`` is five digits and nothing more ("04315"), or four that are a code
    without its leading zero ("1067": the postal code question asks "Do you mean 01067?"),
    but for a year ("1998": 01998 is a code too)."""
    code = text.strip()
    return _FIVE_DIGITS.fullmatch(code) is not None or (
        _FOUR_DIGITS.fullmatch(code) is not None
        and not code.startswith(("19", "20"))
        and missing_zero(code) is not None
    )


def same_code_on_the_summary(state: State, text: str, result: Result) -> bool:
    """The postal code already given typed alone on the summary: said to be stored."""
    code = text.strip()
    if state.screen != ScreenId.SUMMARY or not is_a_code_alone(code):
        return False
    if state.answers.get(POSTAL_KEY) != code:
        return False
    result.notify(CODE_ALREADY_STORED, code=code)
    return True
