"""The step "Do you mean Koch/Köchin?" after a suggested trade typed with a slip
(bot.dialogue.trade_slip), as a town typed with one is offered ("Meinen Sie Leipzig?").
Yes takes the trade; no keeps the words as another trade, as they were taken before.
Pure."""

from __future__ import annotations

from typing import TypeGuard

from bot.dialogue import typed
from bot.dialogue.moves import advance, back, go, home
from bot.dialogue.questions import choose_option
from bot.dialogue.state import Context, Result, State
from bot.flows import trades
from bot.flows.answers import option_label
from bot.flows.business import TRADES
from bot.flows.navigation import NOT_SHOWN, TRADE_GUESS, ScreenId, split_screen
from bot.flows.young import TRADE
from bot.i18n import N_, Translator

#: The trade offered and the words typed, while "Do you mean …?" is asked.
GUESS = TRADE_GUESS


def guess_text(state: State, ctx: Context, t: Translator) -> str:
    """ "Do you mean Koch/Köchin?" """
    guess = state.answers.get(GUESS)
    option = next(
        (each for each in trades.OPTIONS if isinstance(guess, list) and each.code == guess[0]),
        None,
    )
    if _on_the_summary(guess):
        # A trade not suggested, in the person's words: no label of ours to name.
        return t.gettext(OTHER_MEANT).format(trade=t.isolate(str(guess[1])))
    name = option_label(option, t) if option is not None else ""
    return t.gettext(N_("Do you mean {trade}?")).format(trade=t.isolate(name))


#: Asked on the summary when a trade not suggested is typed alone ("Tischler"): a surname
#: ("Bäcker", "Schneider") or a word for the advisor may look the same, so not taken
#: without a yes. ``trade``: the words typed.
OTHER_MEANT = N_("Do you mean the trade “{trade}”?")


def offer_other_trade(state: State, words: str) -> None:
    """On the summary, ``words`` that name a trade not suggested ("Tischler"): asked
    whether that trade is meant; yes changes the trade to them, no keeps them for the
    advisor (bot.dialogue.trade_changed)."""
    state.answers[GUESS] = [trades.OTHER, words, TRADE.key, ScreenId.SUMMARY.value]
    go(state, ScreenId.TRADE_GUESS)


def _on_the_summary(guess: object) -> TypeGuard[list[object]]:
    """Whether ``guess`` was offered on the summary for a trade not suggested."""
    return isinstance(guess, list) and guess[3:] == [ScreenId.SUMMARY.value]


def _asked(guess: object) -> str:
    """The key of the question the guess was typed at: a business's trades unless named
    (a guess stored before young people's were offered one names none)."""
    return str(guess[2]) if isinstance(guess, list) and len(guess) > 2 else TRADES.key


def _back_to(state: State, guess: object, code: str, words: str) -> bool:
    """A guess offered for a wish at the main menu (bot.dialogue.trade_slip
    .offer_named_trade): the trade taken, not shown (Back asks it), and on at the question
    the wish had come to; whether it was such a guess."""
    if not (isinstance(guess, list) and len(guess) > 3):
        return False
    key = _asked(guess)
    state.answers[key] = code
    if code == trades.OTHER:
        state.answers[f"{key}_other"] = words
    state.answers[NOT_SHOWN] = key
    go(state, str(guess[3]))
    return True


def back_from_guess(state: State, ctx: Context, result: Result, arg: str) -> None:
    """Back: where the person was. A guess offered for a wish typed at the main menu
    (bot.dialogue.trade_slip.offer_named_trade) goes back to the menu, as the wish began
    the dialogue there (Back went to the question the wish had come to, the trade lost);
    the words typed stay for a dialogue chosen next, as at the menu."""
    guess = state.answers.get(GUESS)
    # Begun after "add to it or new?" (the words held over it and read since): Back
    # along the path, as before.
    chose = any(split_screen(each)[0] is ScreenId.CHOOSE for each in state.history)
    if isinstance(guess, list) and guess[4:] == [ScreenId.MENU.value] and not chose:
        home(state)
        return
    back(state)


def confirm_trade(state: State, ctx: Context, result: Result, arg: str) -> None:
    """Yes: the trade offered, as if tapped."""
    guess = state.answers.pop(GUESS, None)
    if _on_the_summary(guess):
        state.answers[TRADE.key] = trades.OTHER
        state.answers[f"{TRADE.key}_other"] = str(guess[1])
        go(state, ScreenId.SUMMARY)
        return
    if isinstance(guess, list) and _back_to(state, guess, str(guess[0]), str(guess[1])):
        return
    go(state, ScreenId.QUESTION.of(_asked(guess)))
    if isinstance(guess, list):
        choose_option(state, ctx, result, str(guess[0]))


def reject_trade(state: State, ctx: Context, result: Result, arg: str) -> None:
    """No: the words typed as another trade, as they were taken before."""
    guess = state.answers.pop(GUESS, None)
    if _on_the_summary(guess):
        # Typed on the summary: a note for the advisor, the trade unchanged, as before.
        go(state, ScreenId.SUMMARY)
        typed.keep_for_advisor(str(guess[1]), ctx, result, typed.KEPT_FOR_ADVISOR)
        return
    if isinstance(guess, list) and _back_to(state, guess, trades.OTHER, str(guess[1])):
        return
    key = _asked(guess)
    go(state, ScreenId.QUESTION.of(key))
    if isinstance(guess, list):
        # A business ticks trades (a list), a young person names one.
        state.answers[key] = [trades.OTHER] if key == TRADES.key else trades.OTHER
        state.answers[f"{key}_other"] = str(guess[1])
        advance(state, key)
