"""The trade given ruled out on a young person's summary, no other named ("doch nicht
Koch", "kein Koch", "not cook after all", "aşçı değil", "не кухар", "مش طباخ"): the trade
question opened, as its ✏️ does, to choose another. Before, the words were only
a note for the advisor and the old trade was sent. Pure: state, text and context in."""

from __future__ import annotations

from bot.dialogue.moves import edit
from bot.dialogue.said import QUESTION_MARK
from bot.dialogue.state import Context, Result, State
from bot.dialogue.trade_named import trade_read
from bot.dialogue.typed_words import phrase
from bot.flows.navigation import ADDING, ScreenId
from bot.flows.young import TRADE, YOUNG
from bot.i18n import N_
from bot.negation import fold, negations

#: Words said around the trade ruled out ("doch", "will … werden", "after all", "artık",
#: "вже", "nữa", "خلص"), as phrase() writes them: no part of its name.
_AROUND = frozenset(
    phrase(word)
    for word in (
        *("doch", "lieber", "eigentlich", "jetzt", "mehr", "ich", "er", "sie", "will"),
        *("möchte", "werden", "als", "ausbildung", "mein", "meine", "sohn", "tochter"),
        *("after", "all", "actually", "anymore", "any", "more", "i", "he", "she", "want"),
        *("wants", "to", "be", "a", "an", "as", "olmak", "istemiyor", "artık", "ben", "o"),
        *("я", "він", "вона", "вже", "хочу", "хоче", "бути", "em", "con", "muốn", "làm"),
        *("nữa", "خلص", "بدي", "بدو", "بدها"),
    )
)
#: The most words the trade is ruled out in: a longer text is a message.
_MOST_WORDS = 8
TRADE_DROPPED = N_("All right, not {trade}: you can choose another trade below.")


def trade_dropped(state: State, text: str, ctx: Context, result: Result) -> bool:
    """The trade the summary shows, ruled out alone: its question asked again, the
    person told so; False for any other words (another trade named, a question)."""
    if state.screen != ScreenId.SUMMARY or state.flow != YOUNG.key or ADDING in state.answers:
        return False
    words = phrase(text).split()
    if len(words) > _MOST_WORDS or QUESTION_MARK.search(text):
        return False
    nots = negations([fold(word) for word in words])
    rest = " ".join(w for at, w in enumerate(words) if at not in nots and w not in _AROUND)
    trade = _trade_named(state, rest, ctx) if nots and rest else None
    if trade is None:
        return False
    edit(state, TRADE.key)
    result.notify(TRADE_DROPPED, trade=trade)
    return True


def _trade_named(state: State, rest: str, ctx: Context) -> str | None:
    """The summary's trade as it shows it, where ``rest`` names it (its suggestion, or
    the other trade's words as given); else None."""
    stored = state.answers.get(TRADE.key)
    other = state.answers.get(f"{TRADE.key}_other")
    if isinstance(other, str) and phrase(other) == rest:
        return other
    # Read as if no trade were given yet: the one given stayed where no word tapped one.
    unanswered = state.copy()
    unanswered.answers.pop(TRADE.key, None)
    found = trade_read(unanswered, rest, ctx, any_words=False)
    if found is None or found[0] != stored:
        return None
    for word in rest.split():
        # "doch nicht Koch, lieber Friseur": another trade named too, not asked for.
        each = trade_read(unanswered, word, ctx, any_words=False)
        if each is not None and each[0] != stored:
            return None
    return found[1]
