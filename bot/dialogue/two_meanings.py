"""Words that answer a question with one of two buttons, and not which ("Oberschule" at the
certificate question: Saxony's Oberschule gives both the certificate after grade 9 and the
one after grade 10; Ukrainian "я учень": a pupil or an apprentice): which of the two is
asked, naming them, rather than "Please tap one of the buttons below". Pure: state, text
and context in, the person told."""

from __future__ import annotations

from bot.dialogue.pages import codes_of
from bot.dialogue.said_business import ASK_WHICH
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import phrase, without_politeness
from bot.flows.answers import option_label
from bot.flows.navigation import Code, ScreenId
from bot.flows.young import CERTIFICATE, IN_TRAINING, SITUATION
from bot.i18n import translator

#: By question, the words (as phrase() writes them, whole) and the two options they may be.
_TWO_MEANINGS = (
    (
        CERTIFICATE,
        frozenset(
            phrase(said)
            for said in (
                *("oberschule", "abschluss oberschule", "mittelschule", "oberschule fertig"),
                *("mittelschulabschluss", "oberschule abgeschlossen"),
            )
        ),
        ("haupt", "real"),
    ),
    (
        SITUATION,
        frozenset(
            phrase(said) for said in ("учень", "я учень", "учениця", "я учениця", "я ученица")
        ),
        (IN_TRAINING, "school"),
    ),
)


def ask_which_meant(state: State, text: str, ctx: Context, result: Result) -> bool:
    """Words that may be either of two offered options: which one is asked."""
    for question, words, codes in _TWO_MEANINGS:
        if state.screen != ScreenId.QUESTION.of(question.key):
            continue
        if without_politeness(phrase(text)) not in words:
            return False
        offered, t = codes_of(state), translator(state.lang or "de")
        first, second = (
            option_label(option, t)
            for code in codes
            for option in question.options
            if option.code == code and Code.OPTION.of(code) in offered
        )
        result.notify(ASK_WHICH, first=first, second=second)
        return True
    return False
