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
from bot.flows.model import Choice
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
    # A year of vocational preparation (BVJ) or a special-needs school (Förderschule): it
    # may have led to the certificate after grade 9 or to none (a note before).
    (
        CERTIFICATE,
        frozenset(
            phrase(said)
            for said in (
                *("bvj", "im bvj", "bin im bvj", "bvj gemacht", "bvj fertig"),
                *("förderschule", "forderschule", "foerderschule", "förderschule fertig"),
                *("förderschule abgeschlossen", "bin auf der förderschule"),
            )
        ),
        ("none", "haupt"),
    ),
    # The Gymnasium left without the Abitur: with the certificate after grade 10 or
    # without one, by when it was left (a note before).
    (
        CERTIFICATE,
        frozenset(
            phrase(said)
            for said in (
                *("gymnasium abgebrochen", "gymnasium abgebrochen nach der 10"),
                *("vom gymnasium abgegangen", "gymnasium ohne abitur", "gymnasium ohne abi"),
            )
        ),
        ("none", "real"),
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
        said = without_politeness(phrase(text))
        if said in words or (codes == ("haupt", "real") and _oberschule_finished(said)):
            return ask_which_of(state, question, codes, result)
    return False


#: Saxony's Oberschule named ("Oberschule", "Mittelschule", as the older name was), or its
#: certificate in one word ("Oberschulabschluss": it was taken for the one after grade 10,
#: though the Oberschule gives both).
_OBERSCHULE = frozenset(
    phrase(word)
    for word in ("oberschule", "mittelschule", "oberschulabschluss", "mittelschulabschluss")
)
#: Words said with it that only say it is finished, as phrase() writes them ("Oberschule
#: Abschluss", "hab die Oberschule beendet", "закінчив Oberschule", "Oberschule bitirdim"):
#: a note and "Please tap one of the buttons below" before, as the words came in another
#: order than _TWO_MEANINGS lists.
_FINISHED_WITH = frozenset(
    phrase(word)
    for word in (
        *("abschluss", "fertig", "abgeschlossen", "beendet", "geschafft", "gemacht"),
        *("ich", "habe", "hab", "die", "der", "von", "an", "auf", "mit", "den", "einen"),
        *("finished", "completed", "закінчив", "закінчила", "bitirdim", "bitirdi"),
    )
)


def _oberschule_finished(said: str) -> bool:
    """Whether ``said`` (as phrase() writes it) names the Oberschule, finished, and no
    more."""
    words = set(said.split())
    return bool(words & _OBERSCHULE) and words <= _OBERSCHULE | _FINISHED_WITH


def ask_which_of(state: State, question: Choice, codes: tuple[str, str], result: Result) -> bool:
    """Which of ``question``'s two options ``codes`` is meant, asked by their labels (both
    offered on the screen); nothing taken."""
    offered, t = codes_of(state), translator(state.lang or "de")
    first, second = (
        option_label(option, t)
        for code in codes
        for option in question.options
        if option.code == code and Code.OPTION.of(code) in offered
    )
    result.notify(ASK_WHICH, first=first, second=second)
    return True
