"""A town corrected on the summary ("nicht Leipzig sondern Chemnitz", "not Leipzig but
Chemnitz", "Leipzig değil Chemnitz", "не Лейпциг, а Хемніц", "không phải Leipzig mà là
Chemnitz", "ليس Leipzig بل Chemnitz"): the new town is the postal code question's
answer, as if it had been typed there, and with it the office. It was a note for the
advisor while the old code and its office were sent. Pure: state, text and context in."""

from __future__ import annotations

from bot.dialogue import postal, typed
from bot.dialogue.moves import edit
from bot.dialogue.state import Context, Result, State
from bot.dialogue.summary_change import instead_pair
from bot.dialogue.typed_words import phrase
from bot.dialogue.whereabouts import is_a_town, names_a_town
from bot.flows.model import POSTAL_KEY
from bot.flows.navigation import ADDING, ScreenId

#: Words before a town's name ("in Chemnitz", "в Хемніці", "ở Chemnitz", "في"), as
#: phrase() writes them: no part of the name.
_AT = frozenset(phrase(word) for word in ("in", "im", "nach", "at", "to", "в", "у", "ở", "tại"))
#: "Not" before the old town, as phrase() writes it: no part of its name.
_NOT = frozenset(
    phrase(word) for word in ("nicht", "not", "не", "không", "ko", "k", "phải", "phai", "ليس", "مش")
)


def _town(words: list[str], left_out: frozenset[str]) -> str:
    """``words`` without those ``left_out`` at their start: the name they leave."""
    while words and words[0] in left_out:
        words = words[1:]
    return " ".join(words)


def town_corrected_on_the_summary(state: State, text: str, ctx: Context, result: Result) -> bool:
    """ "Not A but B" typed on the summary where A and B are towns: B answers the postal
    code question (which says the office), the summary shown again."""
    if state.screen != ScreenId.SUMMARY or POSTAL_KEY not in state.answers:
        return False
    if ADDING in state.answers or typed.asks_on_the_way(text):
        return False
    pair = instead_pair(phrase(text).split())
    if pair is None:
        return False
    old, new = _town(pair[0], _NOT | _AT), _town(pair[1], _AT)
    if not (old and new and names_a_town(old) and is_a_town(new)):
        return False
    edit(state, POSTAL_KEY)
    postal.answer_text(state, new, ctx, result)
    return True
