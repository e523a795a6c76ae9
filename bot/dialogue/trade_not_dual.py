"""What no dual apprenticeship leads to, typed at the young person's "Which trade?"
("Polizist", "Lehrer", "polis"): "I don't know yet" tapped and the words kept for the
advisor, as at the main menu the advisor answers them. Before, "Polizist" was stored as
the trade wished, as if a training company could be found for it. A police wish is told
it is noted for the advisor (a note of "I don't know yet" as the answer read oddly after
"Polizist"); how the police trains is not said, as domain.md states no fact on it.
Pure: state, text and context in, the state changed."""

from __future__ import annotations

from bot.dialogue import typed
from bot.dialogue.press import UNKNOWN, tap
from bot.dialogue.said import tap_keeping_words
from bot.dialogue.state import Context, Result, State
from bot.dialogue.trade_named import names_the_police, no_apprenticeship
from bot.dialogue.typed_words import phrase
from bot.flows import trades
from bot.flows.navigation import ScreenId
from bot.flows.young import TRADE
from bot.i18n import N_

#: The most words such an answer is typed in; a longer text is read as it was.
_WORDS = 5

#: Told for the police at the trade question ("Polizist", "polis", "شرطي"): "We have noted
#: “I don't know yet” as your answer" read oddly after a wish so plain. How the police
#: trains, and what it asks, is the advisor's to say: domain.md states no fact on it.
POLICE_NOTED = N_(
    "We have noted that you would like to join the police. An advisor will talk with you "
    "about the way there."
)


def no_dual_trade(state: State, text: str, ctx: Context, result: Result) -> bool:
    """An occupation without a dual apprenticeship typed at the trade question: "I don't
    know yet" tapped, the words for the advisor."""
    if state.screen != ScreenId.QUESTION.of(TRADE.key):
        return False
    said = phrase(text)
    if not said or len(said.split()) > _WORDS or not no_apprenticeship(said):
        return False
    if not names_the_police(said):
        unknown = next(option for option in TRADE.options if option.code == trades.UNKNOWN)
        return tap_keeping_words(state, unknown, text, ctx, result)
    # Not kept (too long beside what is held): asked again under that notice.
    if typed.keep_for_advisor(text, ctx, result, POLICE_NOTED):
        tap(state, UNKNOWN, ctx, result)
    return True
