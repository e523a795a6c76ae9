"""What no dual apprenticeship leads to, typed at the young person's "Which trade?"
("Polizist", "Lehrer", "polis"): "I don't know yet" tapped and the words kept for the
advisor, as at the main menu the advisor answers them. Before, "Polizist" was stored as
the trade wished, as if a training company could be found for it. Pure: state, text and
context in, the state changed."""

from __future__ import annotations

from bot.dialogue.said import tap_keeping_words
from bot.dialogue.state import Context, Result, State
from bot.dialogue.trade_named import no_apprenticeship
from bot.dialogue.typed_words import phrase
from bot.flows import trades
from bot.flows.navigation import ScreenId
from bot.flows.young import TRADE

#: The most words such an answer is typed in; a longer text is read as it was.
_WORDS = 5


def no_dual_trade(state: State, text: str, ctx: Context, result: Result) -> bool:
    """An occupation without a dual apprenticeship typed at the trade question: "I don't
    know yet" tapped, the words for the advisor."""
    if state.screen != ScreenId.QUESTION.of(TRADE.key):
        return False
    said = phrase(text)
    if not said or len(said.split()) > _WORDS or not no_apprenticeship(said):
        return False
    unknown = next(option for option in TRADE.options if option.code == trades.UNKNOWN)
    return tap_keeping_words(state, unknown, text, ctx, result)
