"""A school-leaving certificate typed where the trade is asked ("Realschule", "Abitur",
"Hauptschulabschluss"): no trade. It was stored as "Another trade: realschule", and the
advisor's card said so. The words are kept for the advisor, taken as the certificate
question's answer (which is then not asked) and the trade asked again. Pure: state, text
and context in."""

from __future__ import annotations

from bot.dialogue import typed
from bot.dialogue.said_business import ask_which_holds
from bot.dialogue.school_words import names_a_school_abroad
from bot.dialogue.state import Context, Result, State
from bot.dialogue.taps import tap_by_a_label_among_words, tap_by_label
from bot.dialogue.typed_words import phrase
from bot.flows.answers import option_label
from bot.flows.navigation import ScreenId, mark_not_shown
from bot.flows.young import CERTIFICATE, FROM_ABROAD, NO_CERTIFICATE, TRADE
from bot.i18n import N_, translator

#: Told where a certificate is named at the trade question without saying which one.
CERTIFICATE_NEXT = N_(
    "Thank you, we have noted your message. It goes to the advisor with your request. "
    "The school-leaving certificate is asked next. First, please tap a trade below or "
    "write it in a few words."
)

#: A school-leaving certificate named without saying which, as phrase() writes it.
_CERTIFICATE_WORDS = frozenset(
    phrase(words)
    for words in (
        *("abschluss", "schulabschluss", "abschlusszeugnis", "zeugnis", "schulzeugnis"),
        *("certificate", "school certificate", "school leaving certificate", "diploma"),
        *("diplomam", "okul diplomasi", "okul diplomam", "mezuniyet"),
        *("mezuniyet belgesi", "mezuniyet belgem"),
        *("شهادة", "شهادتي", "الشهادة", "شهادة مدرسية", "الشهادة المدرسية", "شهادتي المدرسية"),
        *("bằng", "bằng cấp", "bằng tốt nghiệp", "văn bằng"),
        *("атестат", "шкільний атестат", "атестат про освіту", "документ про освіту"),
    )
)
#: "My", "a", "the" before it, and the Vietnamese "of mine" after it ("bằng của em").
_BEFORE = frozenset(
    phrase(word)
    for word in (
        *("mein", "meinen", "meine", "ein", "einen", "der", "den", "das", "my", "a", "the"),
        *("benim", "мій", "мой"),
    )
)
_AFTER = frozenset(phrase(word) for word in ("của em", "của tôi", "của con", "của cháu"))


def _certificate_without_which(text: str) -> bool:
    """Whether ``text`` names a school-leaving certificate and nothing else, not which
    one ("Abschluss", "mein Abschluss", "my certificate", "شهادتي", "мій атестат")."""
    words = phrase(text).split()
    while words and words[0] in _BEFORE:
        words = words[1:]
    said = " ".join(words)
    for after in _AFTER:
        said = said.removesuffix(f" {after}")
    return said in _CERTIFICATE_WORDS


def certificate_at_the_trade(state: State, text: str, ctx: Context, result: Result) -> bool:
    """Words that answer the certificate question, typed at the trade question: kept for
    the advisor and taken as its answer, the trade asked again. "None yet" is left to the
    trade question ("keine Ahnung" there is no certificate's)."""
    if state.screen != ScreenId.QUESTION.of(TRADE.key):
        return False
    if CERTIFICATE.key not in state.answers and _certificate_without_which(text):
        # "Abschluss", "mein Abschluss", "diplomam": no trade, and no certificate named
        # (stored as "Another trade: Abschluss" before). Kept; the certificate question,
        # next, asks which one.
        typed.keep_for_advisor(text, ctx, result, CERTIFICATE_NEXT)
        return True
    if _two_held(state, text, ctx):
        # "атестат", which two certificates hold: kept, and no trade; the certificate
        # question, next, asks which of the two when it is typed there.
        typed.keep_for_advisor(text, ctx, result, typed.KEPT_MESSAGE)
        return True
    code = certificate_named(state, text, ctx)
    if code is None:
        return False
    # Taken as the certificate question's answer (asked again later before: "Realschule"
    # typed twice), the words kept; the trade is asked again.
    label = certificate_label(state, code)
    if typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=label):
        take_early(state, code)
    return True


def _two_held(state: State, text: str, ctx: Context) -> bool:
    """Whether ``text`` is a word two certificates hold ("атестат")."""
    trial = state.copy()
    trial.screen = ScreenId.QUESTION.of(CERTIFICATE.key)
    return ask_which_holds(trial, text, ctx, Result(trial))


def certificate_named(state: State, text: str, ctx: Context) -> str | None:
    """The certificate ``text`` names as the certificate question reads it ("Realschule",
    "9 класів"; "lise", "بكالوريا": from abroad), or None; "None yet" is no certificate
    named ("keine Ahnung" is no certificate's)."""
    trial = state.copy()
    trial.screen = ScreenId.QUESTION.of(CERTIFICATE.key)
    if names_a_school_abroad(text):
        # "lise", "lise mezunuyum", "بكالوريا": the certificate from abroad, as the
        # certificate question reads them (stored as "Another trade: lise" before).
        return FROM_ABROAD
    # "habe Realschulabschluss": the label among a few words, as the question reads it.
    if not tap_by_label(trial, text, ctx, Result(trial)) and not tap_by_a_label_among_words(
        trial, CERTIFICATE, text, ctx, Result(trial)
    ):
        return None
    code = trial.answers.get(CERTIFICATE.key)
    if not isinstance(code, str) or code in (NO_CERTIFICATE, CERTIFICATE.other):
        return None
    return code


def certificate_label(state: State, code: str) -> str:
    """The certificate option ``code`` as the person reads it."""
    option = next(each for each in CERTIFICATE.options if each.code == code)
    return option_label(option, translator(state.lang or "de"))


def take_early(state: State, code: str) -> None:
    """The certificate taken before its question: not asked when its turn comes (Back
    asks it), as an age typed at the menu, also beside such an answer (it was asked
    again then)."""
    state.answers[CERTIFICATE.key] = code
    mark_not_shown(state.answers, CERTIFICATE.key)
