"""A trade wished with "but I don't know how" at "Which trade?" ("Ich will Koch werden,
aber ich weiß nicht wie", "aşçı olmak istiyorum ama nasıl bilmiyorum", "I want to be a
cook but I don't know how"): the "don't know" is about the way there, not the trade. The
trade is taken, and the words kept for the advisor, who is asked about the way; "I don't
know yet" was taken for the trade. Pure: state, text and context in, the state changed."""

from __future__ import annotations

from bot.dialogue.said import QUESTION_MARK, tap_keeping_words
from bot.dialogue.state import Context, Result, State
from bot.dialogue.trade_doubt import take_trade_said
from bot.dialogue.trade_wish import wished_trade, without_the_wish
from bot.dialogue.typed_words import phrase
from bot.flows.navigation import ScreenId
from bot.flows.young import TRADE

#: "Know" said with a "not" ("weiß nicht", "bilmiyorum", "не знаю", "ما بعرف", "không
#: biết"), as phrase() writes them.
_KNOW = frozenset(
    phrase(word)
    for word in (
        *("weiß", "weiss", "weis", "know", "knw", "bilmiyorum", "bilmiyom", "bilmem"),
        *("bilmiyoruz", "знаю", "знає", "знаєм", "biết", "بعرف", "أعرف", "اعرف", "عارف"),
        *("عارفة", "أدري", "ادري", "بعرفش", "نعرف"),
    )
)
#: "How" and "where" after the "don't know" (or before it, in Turkish): the way to the
#: trade, as phrase() writes them; two words too ("làm sao", "thế nào").
_WAY = frozenset(
    phrase(word)
    for word in (
        *("wie", "wo", "how", "where", "nasıl", "nasil", "nerede", "nereden", "як", "де"),
        *("كيف", "وين", "فين", "شلون", "làm sao", "thế nào", "như thế nào", "ra sao"),
        *("ở đâu", "bắt đầu", "anfangen", "start"),
    )
)
#: "But" that opens the "I don't know how" ("aber", "ama", "але", "بس", "nhưng").
_BUT = frozenset(
    phrase(word)
    for word in (
        *("aber", "doch", "but", "ama", "fakat", "ancak", "але", "проте", "بس", "لكن"),
        *("nhưng", "mà"),
    )
)
#: The words that open "I don't know" before its "know" ("ich", "I don't", "не", "ما",
#: "em không"), as phrase() writes them.
_NOT_BEFORE_KNOW = frozenset(
    phrase(word)
    for word in (
        *("ich", "i", "dont", "don't", "do", "not", "nicht", "не", "я", "ما", "مش", "مو"),
        *("em", "tôi", "mình", "không", "chưa"),
    )
)
#: The most words "but I don't know how to get there" takes: more is a message of its own.
_AT_MOST_WORDS = 8


def _way_unknown(words: list[str]) -> bool:
    """Whether ``words`` (as phrase() writes them) say "I don't know how"."""
    pairs = {" ".join(words[at : at + 2]) for at in range(len(words))}
    return (
        len(words) <= _AT_MOST_WORDS
        and bool(set(words) & _KNOW)
        and bool((set(words) | pairs) & _WAY)
    )


def trade_with_the_way_unknown(state: State, text: str, ctx: Context, result: Result) -> bool:
    """At "Which trade?", a trade wished and "but I don't know how" after it: the trade
    taken, the words kept for the advisor (the person told both)."""
    if state.screen != ScreenId.QUESTION.of(TRADE.key) or QUESTION_MARK.search(text):
        return False
    typed = text.split()
    said = [phrase(word) for word in typed]
    # Where the "but" or the "know" begins the rest ("..., weiß aber nicht wie").
    cut = next((at for at, word in enumerate(said) if at and (word in _BUT or word in _KNOW)), None)
    if cut is None or not _way_unknown([word for word in said[cut:] if word]):
        return False
    head = " ".join(typed[:cut]).strip(" ,;.!:،؛-")
    # A "not" or a "how" before the "know" ("I don't know", "nasıl bilmiyorum") is the rest's.
    while head and phrase(head.split()[-1]) in _NOT_BEFORE_KNOW | _WAY:
        head = " ".join(head.split()[:-1]).strip(" ,;.!:،؛-")
    if not head:
        return False
    wished = wished_trade(state, head, ctx)
    if wished is not None:
        # "хочу бути кухарем": read as the wish is, the trade's word in its case.
        option = next(each for each in TRADE.options if each.code == wished)
        return tap_keeping_words(state, option, text, ctx, result)
    bare = without_the_wish(head.split())
    return bool(bare) and take_trade_said(state, bare, text, ctx, result)
