"""A trade said with a "maybe" at "Which trade?" ("Mechatroniker vielleicht", "vielleicht
Tischler", "може столяр", "يمكن نجار"): the trade without the "maybe" as the answer, and
the words for the advisor, who hears the doubt. "Mechatroniker vielleicht" was stored
whole as the trade's name on the advisor's card. Pure: state, text and context in."""

from __future__ import annotations

import re

from bot.dialogue import trade_alone, typed
from bot.dialogue.questions import answer_typed, current_question
from bot.dialogue.said import QUESTION_MARK, tap_keeping_words
from bot.dialogue.state import Context, Result, State
from bot.dialogue.trade_case import arabic_craft, turkish_trade, ukrainian_occupation
from bot.dialogue.trade_named import trade_read
from bot.dialogue.typed_words import phrase
from bot.flows import trades
from bot.flows.model import Buttons
from bot.flows.navigation import ScreenId
from bot.flows.young import TRADE

#: Words that say "maybe" before or after a trade, as phrase() writes them.
_MAYBE = frozenset(
    phrase(word)
    for word in (
        *("vielleicht", "eventuell", "evtl", "wahrscheinlich", "maybe", "perhaps", "probably"),
        *("може", "можливо", "мабуть", "напевно", "يمكن", "ممكن", "ربما", "بلكي", "belki"),
    )
)
#: The most words a trade is named in beside its "maybe" ("vielleicht Kfz-Mechatroniker
#: oder so" is more: a message, as before).
_TRADE_WORDS = 3
_WORD = re.compile(r"[\w/-]+")
#: Words that end as an occupation's name does ("vielleicht später", "maybe later"): no
#: trade, as phrase() writes them.
NO_TRADE = frozenset(
    phrase(word)
    for word in (
        *("später", "spaeter", "sicher", "wieder", "immer", "oder", "aber", "weniger"),
        *("later", "never", "whatever", "other", "another", "either", "neither", "together"),
        *("sooner", "earlier", "after", "ever", "rather", "whichever"),
        # "Super", and Arabic "done", "OK" of a craft's form ("خلاص", "تمام").
        *("super", "süper", "супер", "خلاص", "تمام", "سلام", "كلام"),
    )
)


def trade_in_doubt(state: State, text: str, ctx: Context, result: Result) -> bool:
    """At "Which trade?", a trade said with a "maybe" before or after it: the trade taken,
    the words kept for the advisor (the person told both)."""
    if state.screen != ScreenId.QUESTION.of(TRADE.key) or QUESTION_MARK.search(text):
        return False
    question = current_question(state)
    words = _WORD.findall(text)
    if not isinstance(question, Buttons) or len(words) < 2:
        return False
    if phrase(words[0]) in _MAYBE:
        rest = words[1:]
    elif phrase(words[-1]) in _MAYBE:
        rest = words[:-1]
    else:
        return False
    said = " ".join(rest)
    if len(rest) > _TRADE_WORDS or any(phrase(word) in _MAYBE for word in rest):
        return False
    return take_trade_said(state, said, text, ctx, result)


def take_trade_said(state: State, said: str, text: str, ctx: Context, result: Result) -> bool:
    """``said`` read as the trade question reads a trade (a suggestion, or words of the
    form of a trade's name as another trade) and taken, the whole ``text`` kept for the
    advisor (the person told both). False where ``said`` names no trade."""
    question = current_question(state)
    if not isinstance(question, Buttons):
        return False
    found = trade_read(state, said, ctx, any_words=names_a_trade(said))
    if found is None:
        return False
    if found[0] != trades.OTHER:
        option = next(each for each in TRADE.options if each.code == found[0])
        return tap_keeping_words(state, option, text, ctx, result)
    if typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=found[1]):
        answer_typed(state, question, found[1], result)
    return True


def names_a_trade(said: str) -> bool:
    """Whether ``said`` has the form of a trade's name ("Mechatroniker", "نجار",
    "marangoz", "столяр"), not of other words ("später", "بعدين")."""
    last = said.split()[-1].casefold()
    if phrase(last) in NO_TRADE:
        return False
    return (
        trade_alone._an_occupation(said)
        or arabic_craft(said)
        or turkish_trade(said, to=False) is not None
        or ukrainian_occupation(last)
    )
