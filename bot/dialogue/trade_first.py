"""A suggested trade's name typed alone at the main menu ("Koch", "aşçı", "طباخ",
"кухар", "đầu bếp", "chef"): the young people's dialogue, the trade noted for its
question and not asked again; who it is for (a young person, a parent) is asked first,
as the name alone does not say it. Before, "I have no information page on this" was
told. Pure: state, text and context in, the state changed."""

from __future__ import annotations

from bot.dialogue import typed
from bot.dialogue.answered_first import answer_held, begin_answered
from bot.dialogue.said import QUESTION_MARK
from bot.dialogue.said_young import NOTED_ANSWER
from bot.dialogue.state import Context, Result, State
from bot.dialogue.trade_alone import one_trade
from bot.dialogue.trade_named import trade_read
from bot.dialogue.typed_words import phrase
from bot.faq.matcher import match, tells_trouble, wish
from bot.flows.navigation import NOT_SHOWN, ScreenId
from bot.flows.young import TRADE

#: The most words a trade's name is typed in ("đầu bếp", "Kauffrau im Einzelhandel").
_NAME_WORDS = 3


def _trade_alone(state: State, text: str, ctx: Context) -> tuple[str, str] | None:
    """The suggested trade ``text`` names and nothing else (its code and label), or
    None: a few words, no question, no wish, trouble or page of their own."""
    if len(phrase(text).split()) > _NAME_WORDS or QUESTION_MARK.search(text):
        return None
    lang = state.lang or "de"
    if wish(text, lang) is not None or tells_trouble(text, lang) or match(text, lang).pages:
        return None
    # Only a suggestion: other words alone ("Hotel", "Pflege") may mean anything.
    return trade_read(state, text, ctx, any_words=False)


def trade_at_the_menu(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A suggested trade's name alone at the main menu: the young people's dialogue with
    the trade noted. With a request open, held over "add to it or new?"."""
    if state.screen != ScreenId.MENU:
        return False
    # "Koch oder Bäcker": the first trade, as named alone; the second reaches the advisor
    # with the words ("I have no information page on this" before).
    first, two = one_trade(text)
    found = _trade_alone(state, first, ctx)
    if found is None:
        return False

    def note(state: State, found: tuple[str, str], result: Result) -> None:
        _note(state, found, result, kept=text if two else None, ctx=ctx)

    begin_answered(state, text, ctx, result, found, note)
    return True


def trade_held(state: State, ctx: Context, result: Result) -> None:
    """After "add to it or new?": a trade's name held over it is noted for the young
    people's dialogue chosen, and goes to no advisor; the choice left, it is dropped."""
    answer_held(state, ctx, result, lambda text: _trade_alone(state, text, ctx), _note)


def _note(
    state: State,
    found: tuple[str, str],
    result: Result,
    kept: str | None = None,
    ctx: Context | None = None,
) -> None:
    """The trade kept as answered and not shown (bot.dialogue.moves.advance passes its
    question; an apprentice is not asked it, and the lead leaves it out), and the person
    told which answer was noted; ``kept``: the words for the advisor too."""
    code, shown = found
    state.answers[TRADE.key] = code
    state.answers[NOT_SHOWN] = TRADE.key
    if (
        kept is None
        or ctx is None
        or not typed.keep_for_advisor(kept, ctx, result, typed.KEPT_WITH_ANSWER, choice=shown)
    ):
        result.notify(NOTED_ANSWER, choice=shown)
