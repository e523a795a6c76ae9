"""Two suggested trades named at the young person's trade question ("Friseur oder Koch",
"Kellner und Koch", "cook or hairdresser"), or the work areas that name them ("مطبخ و
كهرباء", kitchen and electricity): the first taken, and the words kept for the advisor,
who learns the second. Stored whole as "Another trade" before, which named neither as a
trade the advisor could look for (or the second alone, the first dropped, where only the
second was read). Pure: state, text and context in."""

from __future__ import annotations

from bot.dialogue import typed
from bot.dialogue.pages import codes_of
from bot.dialogue.press import tap
from bot.dialogue.said import QUESTION_MARK
from bot.dialogue.said_business import parts_named
from bot.dialogue.state import Context, Result, State
from bot.dialogue.trade_named import trade_read
from bot.dialogue.work_area import area_trade, split_arabic_and
from bot.flows.answers import option_label
from bot.flows.navigation import Code, ScreenId
from bot.flows.young import TRADE
from bot.i18n import translator

#: The most words of one trade's name between the "and"s and "or"s ("thợ làm tóc"):
#: longer parts are sentences, read elsewhere.
_TRADE_WORDS = 3


def first_of_two_trades(state: State, text: str, ctx: Context, result: Result) -> bool:
    """Two or more suggested trades joined by "and", "or" or a comma at the trade
    question: the first one's tap, and the words kept for the advisor."""
    if state.screen != ScreenId.QUESTION.of(TRADE.key) or QUESTION_MARK.search(text):
        return False
    # "المطبخ والكهرباء": the Arabic "and" written onto the second work area.
    parts = [piece for part in parts_named(text) for piece in split_arabic_and(part)]
    if len(parts) < 2 or any(len(part.split()) > _TRADE_WORDS for part in parts):
        return False
    read = [_trade_or_area(state, part, ctx) for part in parts]
    found = [each for each in read if each is not None]
    if len(found) != len(parts) or len({code for code, _ in found}) < 2:
        # One suggestion beside other words is read among them already ("Bäcker oder Koch").
        return False
    code, shown = found[0]
    if typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=shown):
        tap(state, Code.OPTION.of(code), ctx, result)
    return True


def _trade_or_area(state: State, part: str, ctx: Context) -> tuple[str, str] | None:
    """The suggested trade ``part`` names (its code and label), by its name or by the work
    area that plainly names it ("مطبخ", "Küche": the cook); else None."""
    area = area_trade(part)
    if area is None or Code.OPTION.of(area) not in codes_of(state):
        return trade_read(state, part, ctx, any_words=False)
    option = next(each for each in TRADE.options if each.code == area)
    return area, option_label(option, translator(state.lang or "de"))
