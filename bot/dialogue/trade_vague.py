"""A field of work rather than a trade typed at the young person's "Which trade?" ("was
mit Autos", "irgendwas mit Computern", "something with cars", "щось з машинами",
"arabalarla ilgili bir şey"): "I don't know yet" tapped and the words kept for the
advisor, who finds the trades that fit. Before, "was mit autos" was stored word for word
as the trade wished. Pure: state, text and context in, the state changed."""

from __future__ import annotations

import re

from bot.dialogue.said import tap_keeping_words
from bot.dialogue.state import Context, Result, State
from bot.flows import trades
from bot.flows.navigation import ScreenId
from bot.flows.young import TRADE

#: "Something with …" in the bot's languages, with the field after it (or before it, as
#: Turkish says it), in a few words.
_SOMETHING_WITH = re.compile(
    r"^(?:(?:ich\s+)?(?:will|möchte|mochte|würde\s+gern)\s+)?(?:irgend)?(?:was|etwas)\s+"
    r"(?:mit|im\s+bereich|in\s+richtung)\s+\S+(?:\s+\S+)?"
    r"|^(?:i\s+want\s+)?(?:something|anything)\s+(?:with|in|to\s+do\s+with)\s+\S+(?:\s+\S+)?"
    r"|^щось\s+(?:з|із|зі|пов['’]язане\s+з)\s+\S+(?:\s+\S+)?"
    r"|^\S+(?:\s+\S+)?\s+(?:ile\s+)?ilgili\s+bir\s+[şs]ey$",
    re.IGNORECASE,
)


def vague_trade(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A field of work typed at the trade question: "I don't know yet" tapped, the words
    for the advisor."""
    if state.screen != ScreenId.QUESTION.of(TRADE.key):
        return False
    if _SOMETHING_WITH.fullmatch(text.strip().rstrip(".!")) is None:
        return False
    unknown = next(option for option in TRADE.options if option.code == trades.UNKNOWN)
    return tap_keeping_words(state, unknown, text, ctx, result)
