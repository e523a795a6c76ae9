"""A school-leaving certificate typed where the trade is asked ("Realschule", "Abitur",
"Hauptschulabschluss"): no trade. It was stored as "Another trade: realschule", and the
advisor's card said so. The words are kept for the advisor and the trade asked again (the
certificate's own question follows). Pure: state, text and context in."""

from __future__ import annotations

from bot.dialogue import typed
from bot.dialogue.state import Context, Result, State
from bot.dialogue.taps import tap_by_label
from bot.flows.navigation import ScreenId
from bot.flows.young import CERTIFICATE, NO_CERTIFICATE, TRADE


def certificate_at_the_trade(state: State, text: str, ctx: Context, result: Result) -> bool:
    """Words that answer the certificate question, typed at the trade question: kept for
    the advisor, the trade asked again. "None yet" is left to the trade question ("keine
    Ahnung" there is no certificate's)."""
    if state.screen != ScreenId.QUESTION.of(TRADE.key):
        return False
    trial = state.copy()
    trial.screen = ScreenId.QUESTION.of(CERTIFICATE.key)
    if not tap_by_label(trial, text, ctx, Result(trial)):
        return False
    if trial.answers.get(CERTIFICATE.key) in (None, NO_CERTIFICATE, CERTIFICATE.other):
        return False
    typed.keep_for_advisor(text, ctx, result, typed.KEPT_MESSAGE_TYPING)
    return True
