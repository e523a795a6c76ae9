"""A postal code alone typed on the summary ("04317"): it may be a branch's, a school's
or a home's, so it is no new answer and goes to the advisor as a note. Before, only "we
have noted your message" was said, and someone who meant to correct the code did not
learn that the old one stays; now they are shown the ✏️ that changes it. (Named as a
postal code, "PLZ 04317" changes it at once: bot.dialogue.postal.) Pure: state, text
and context in, the person told."""

from __future__ import annotations

import re

from bot.dialogue import typed
from bot.dialogue.state import Context, Result, State
from bot.dialogue.whereabouts import gives_postal_code
from bot.flows.model import POSTAL_KEY, label_of
from bot.flows.navigation import ScreenId, find_question, flow_named
from bot.i18n import N_, translator

#: Told when a postal code alone other than the one given is typed on the summary.
#: ``code``: the one typed; ``old``: the postal code kept; ``button``: its ✏️ label.
CODE_ALONE_NOTED = N_(
    "Thank you, we have noted {code} for the advisor. Your postal code stays {old}; if "
    "{code} should replace it, tap ✏️ {button} below."
)

#: Five digits and nothing more.
_FIVE_DIGITS = re.compile(r"\d{5}")


def code_alone_on_the_summary(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A postal code alone, other than the one given, typed on the summary: kept for the
    advisor, and the person told the old code stays and how to change it."""
    code, old = text.strip(), state.answers.get(POSTAL_KEY)
    if state.screen != ScreenId.SUMMARY or not isinstance(old, str) or code == old:
        return False
    if not _FIVE_DIGITS.fullmatch(code) or not gives_postal_code(code):
        return False
    button = pencil_label(state, POSTAL_KEY)
    if button is None:
        return False
    typed.keep_for_advisor(text, ctx, result, CODE_ALONE_NOTED, code=code, old=old, button=button)
    return True


def pencil_label(state: State, key: str) -> str | None:
    """The label of the ✏️ that changes the answer to the question ``key`` on the summary,
    in the person's language; None where the dialogue has no such question."""
    question = find_question(flow_named(state.flow), key)
    if question is None:
        return None
    return translator(state.lang or "de").gettext(label_of(question, state.answers, state.flow))
