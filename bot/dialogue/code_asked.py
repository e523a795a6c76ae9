"""A bare "ja" or "ok" where a postal code is asked: what the question wants said again
(the postal code or the town). It got "I could not find this place", as if "ja" were a
town's name. A "nein" still gets that, with its "I don't know the postal code" named.
Pure: text in, a notice out."""

from __future__ import annotations

from bot.dialogue.state import Result
from bot.dialogue.typed_words import is_filler, says_no, says_yes
from bot.i18n import N_

#: Told for a yes or an "ok" at the postal code question.
CODE_OR_TOWN = N_("Please write the postal code (PLZ), for example 01067, or the name of the town.")


def filler_at_the_code(text: str, result: Result) -> bool:
    """Whether ``text`` only says yes or ok at the postal code question: then the person
    is told what is asked, and the question stays."""
    if says_no(text) or not (is_filler(text) or says_yes(text)):
        return False
    result.notify(CODE_OR_TOWN)
    return True
