"""Two suggested trades named at the young person's trade question ("Friseur oder Koch",
"Kellner und Koch", "cook or hairdresser"): the first taken, and the words kept for the
advisor, who learns the second. Stored whole as "Another trade" before, which named
neither as a trade the advisor could look for. Pure: state, text and context in."""

from __future__ import annotations

from bot.dialogue import typed
from bot.dialogue.press import tap
from bot.dialogue.said import QUESTION_MARK
from bot.dialogue.said_business import parts_named
from bot.dialogue.state import Context, Result, State
from bot.dialogue.trade_named import trade_read
from bot.flows.navigation import Code, ScreenId
from bot.flows.young import TRADE

#: The most words of one trade's name between the "and"s and "or"s ("thợ làm tóc"):
#: longer parts are sentences, read elsewhere.
_TRADE_WORDS = 3


def first_of_two_trades(state: State, text: str, ctx: Context, result: Result) -> bool:
    """Two or more suggested trades joined by "and", "or" or a comma at the trade
    question: the first one's tap, and the words kept for the advisor."""
    if state.screen != ScreenId.QUESTION.of(TRADE.key) or QUESTION_MARK.search(text):
        return False
    parts = parts_named(text)
    if len(parts) < 2 or any(len(part.split()) > _TRADE_WORDS for part in parts):
        return False
    read = [trade_read(state, part, ctx, any_words=False) for part in parts]
    found = [each for each in read if each is not None]
    if len(found) != len(parts) or len({code for code, _ in found}) < 2:
        # One suggestion beside other words is read among them already ("Bäcker oder Koch").
        return False
    code, shown = found[0]
    if typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=shown):
        tap(state, Code.OPTION.of(code), ctx, result)
    return True
