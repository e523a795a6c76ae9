"""The step "Do you mean Koch/Köchin?" after a suggested trade typed with a slip
(bot.dialogue.trade_slip), as a town typed with one is offered ("Meinen Sie Leipzig?").
Yes takes the trade; no keeps the words as another trade, as they were taken before.
Pure."""

from __future__ import annotations

from bot.dialogue.moves import advance, back, go, home
from bot.dialogue.questions import choose_option
from bot.dialogue.state import Context, Result, State
from bot.flows import trades
from bot.flows.answers import option_label
from bot.flows.business import TRADES
from bot.flows.navigation import NOT_SHOWN, TRADE_GUESS, ScreenId, split_screen
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
    name = option_label(option, t) if option is not None else ""
    return t.gettext(N_("Do you mean {trade}?")).format(trade=t.isolate(name))


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
    if isinstance(guess, list) and _back_to(state, guess, str(guess[0]), str(guess[1])):
        return
    go(state, ScreenId.QUESTION.of(_asked(guess)))
    if isinstance(guess, list):
        choose_option(state, ctx, result, str(guess[0]))


def reject_trade(state: State, ctx: Context, result: Result, arg: str) -> None:
    """No: the words typed as another trade, as they were taken before."""
    guess = state.answers.pop(GUESS, None)
    if isinstance(guess, list) and _back_to(state, guess, trades.OTHER, str(guess[1])):
        return
    key = _asked(guess)
    go(state, ScreenId.QUESTION.of(key))
    if isinstance(guess, list):
        # A business ticks trades (a list), a young person names one.
        state.answers[key] = [trades.OTHER] if key == TRADES.key else trades.OTHER
        state.answers[f"{key}_other"] = str(guess[1])
        advance(state, key)
