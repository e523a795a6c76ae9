"""A suggested trade typed with a slip ("Kosch", "Friseuer", "Koechin"): asked whether
it is meant (bot.dialogue.trade_guess). It was stored as "Another trade" in those words,
and the sector asked on top, which the trade tells. Pure: state, text and context in."""

from __future__ import annotations

from bot.dialogue.moves import go
from bot.dialogue.state import Context, Result, State
from bot.dialogue.taps import typed_answer
from bot.dialogue.trade_guess import GUESS
from bot.dialogue.typed_words import phrase
from bot.flows import trades
from bot.flows.answers import option_label
from bot.flows.business import TRADES
from bot.flows.model import Option
from bot.flows.navigation import ScreenId
from bot.flows.young import TRADE
from bot.i18n import Translator, translator

#: The questions that offer a trade typed with a slip: a business's trades, a young
#: person's trade (its "Elektiker" was stored as another trade).
TRADE_QUESTIONS = (TRADES, TRADE)
#: How many letters a slip changes (left out, added, another): "kosch" is "koch" with
#: one added, "koechin" "kochin" (as phrase() writes "Köchin"); "مانيكير" (manicure) is
#: no slip of "ميكانيكي" (mechanic), which difflib's likeness took it for.
_SLIPS = 1
#: The fewest letters of words read for a slip: in shorter ones one letter makes another
#: word ("doch", "noch" are one letter from "Koch", and were asked "Meinen Sie Koch?").
_FEWEST = 5
#: The most words a trade with a slip is typed in ("Friseuer", "Kfz Mechatroniker").
_MOST_WORDS = 2


def _forms(option: Option, t: Translator) -> set[str]:
    """A trade's names, as phrase() writes them: its label in the person's language and
    in German, its official German name in its forms ("koch", "kochin"), its other
    words ("chef")."""
    listed = [option_label(option, t), t.gettext(option.label)]
    if option.official:
        listed += option.official.replace("/-", "/").split("/")
        listed.append(option.official.split("/")[0] + option.official.split("/")[-1].lstrip("-"))
    for said in (option.said,) if option.said else ():
        listed += [*t.gettext(said).split(","), *translator("de").gettext(said).split(",")]
    return {phrase(each) for each in listed if phrase(each)}


def _distance(one: str, other: str) -> int:
    """How many letters turn ``one`` into ``other`` (Levenshtein distance)."""
    if abs(len(one) - len(other)) > _SLIPS:
        return _SLIPS + 1
    row = list(range(len(other) + 1))
    for at, letter in enumerate(one, 1):
        before, row[0] = row[0], at
        for to, wanted in enumerate(other, 1):
            before, row[to] = (
                row[to],
                min(row[to] + 1, row[to - 1] + 1, before + (letter != wanted)),
            )
    return row[-1]


def _alike(text: str, state: State) -> Option | None:
    """The one suggested trade whose name ``text`` is a slip of, if any."""
    said = phrase(text)
    if not said or len(said.split()) > _MOST_WORDS:
        return None
    t = translator(state.lang or "de")
    found = []
    for option in trades.OPTIONS:
        if option.code in (trades.OTHER, trades.UNKNOWN):
            continue
        forms = _forms(option, t)
        if said in forms:
            return None  # the trade's own name: read as such elsewhere
        if len(said) >= _FEWEST and any(_distance(said, form) <= _SLIPS for form in forms):
            found.append(option)
    return found[0] if len(found) == 1 else None


def offer_trade(state: State, text: str, ctx: Context) -> bool:
    """At a trade question (a business's, one trade, not ticking several; a young
    person's), words that would be stored as another trade and are a slip of one
    suggested trade's name: asked whether that trade is meant."""
    question = next(
        (each for each in TRADE_QUESTIONS if state.screen == ScreenId.QUESTION.of(each.key)),
        None,
    )
    if question is None or question.key in state.answers:
        return False
    option = _alike(text, state)
    if option is None:
        return False
    # Only words the question itself reads as another trade ("Kosch"), not a label or a
    # trade's other words, which are its tap.
    trial = state.copy()
    typed_answer(trial, question, text, ctx, Result(trial))
    if trial.answers.get(question.key) not in ([trades.OTHER], trades.OTHER):
        return False
    state.answers[GUESS] = [option.code, text, question.key]
    go(state, ScreenId.TRADE_GUESS)
    return True


def offer_named_trade(state: State, words: str, at_the_menu: bool = True) -> bool:
    """A trade with a slip named in a wish at the main menu ("ich suche eine Ausbildung als
    elektiker"): asked whether the suggested trade is meant, then back to the question the
    wish left the dialogue at (it was stored as "Another trade: elektiker"). Back leads to
    the menu the wish was typed at; ``at_the_menu`` False: typed at the situation question,
    Back leads along the path."""
    option = _alike(words, state)
    if option is None:
        return False
    at = state.screen
    # The question to come back to, unless it is the trade question itself (the age said
    # too), which a yes answers as if tapped.
    back = [] if at == ScreenId.QUESTION.of(TRADE.key) else [at]
    home = [ScreenId.MENU.value] if back and at_the_menu else []
    state.answers[GUESS] = [option.code, words, TRADE.key, *back, *home]
    go(state, ScreenId.TRADE_GUESS)
    return True
