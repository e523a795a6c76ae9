"""A school certificate typed in a few words at the certificate question. Said without
which one ("Abschluss", "ich habe einen Abschluss", "I have a certificate", "diplomam
var", "عندي شهادة", "có bằng"): which one is asked ("Thank you, we have noted your words
for the advisor. Please tap one of the buttons below" before, the words saying nothing
for an advisor). Named among a few words ("ich habe einen Realschulabschluss",
"Realschulabschluss var"): its tap ("noted your message, please tap" before). Pure:
state, text and context in, the person told."""

from __future__ import annotations

from bot.dialogue.questions import current_question
from bot.dialogue.school_words import in_a_school_year, names_a_school_abroad, school_year_finished
from bot.dialogue.state import Context, Result, State
from bot.dialogue.taps import tap_by_a_label_among_words
from bot.dialogue.two_meanings import ask_which_of
from bot.dialogue.typed_words import names_a_country_abroad, phrase, without_politeness
from bot.faq.matcher import says_at_school
from bot.flows.model import Buttons
from bot.flows.navigation import ScreenId
from bot.flows.young import CERTIFICATE, FROM_ABROAD
from bot.i18n import N_

#: Asked when the words say a certificate is there, not which: the buttons show them.
WHICH_CERTIFICATE = N_("Which certificate is it? Please tap it below.")

#: A certificate said whole, not which, as phrase() writes it: German "Abschluss",
#: "Zeugnis", English "certificate", Turkish "diploma", "mezunum" (I graduated), Arabic
#: "شهادة", Ukrainian "документ про освіту", Vietnamese "bằng" (tốt nghiệp). (Ukrainian
#: "атестат" and "свідоцтво" name two of the options each, and are asked between those.)
_A_CERTIFICATE = frozenset(
    without_politeness(phrase(said))
    for said in (
        *("abschluss", "schulabschluss", "einen abschluss", "einen schulabschluss"),
        *("ich habe einen abschluss", "ich hab einen abschluss", "hab einen abschluss"),
        *("habe einen abschluss", "ich habe abschluss", "hab abschluss", "habe abschluss"),
        *("ich habe einen schulabschluss", "hab schulabschluss", "habe schulabschluss"),
        *("ja hab einen abschluss", "ja ich habe einen abschluss", "ja abschluss"),
        *("zeugnis", "schulzeugnis", "abschlusszeugnis", "ich habe ein zeugnis"),
        *("hab ein zeugnis", "mit abschluss", "ich habe einen", "ja ich habe einen"),
        *("certificate", "a certificate", "school certificate", "a school certificate"),
        *("i have a certificate", "i have a school certificate", "i have one"),
        *("yes i have one", "yes i have a certificate", "i have a diploma"),
        *("diploma", "diplomam var", "diplomam", "bir diplomam var", "okul diplomam var"),
        *("mezunum", "mezun oldum", "evet diplomam var", "okul diploması"),
        *("شهادة", "عندي شهادة", "معي شهادة", "لدي شهادة", "عندي شهادة مدرسية"),
        *("شهادة مدرسية", "نعم عندي شهادة", "معي شهاده", "عندي شهاده", "شهاده"),
        *("документ про освіту", "у мене є документ про освіту", "маю документ про освіту"),
        *("có bằng", "em có bằng", "tôi có bằng", "bằng tốt nghiệp", "có bằng tốt nghiệp"),
        *("em có bằng tốt nghiệp", "tôi có bằng tốt nghiệp", "có rồi"),
    )
)


def ask_which_certificate(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A certificate said, not which, at its question: which one is asked."""
    if state.screen != ScreenId.QUESTION.of(CERTIFICATE.key):
        return False
    if without_politeness(phrase(text)) not in _A_CERTIFICATE:
        return False
    result.notify(WHICH_CERTIFICATE)
    return True


def certificate_among_words(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A certificate's name among a few words at its question (an article, "gemacht",
    "var", a grade): its tap, more words to the advisor, as the trade question reads a
    trade; a "not" turns it round ("kein Abitur" is left to the other readings)."""
    if state.screen != ScreenId.QUESTION.of(CERTIFICATE.key):
        return False
    question = current_question(state)
    assert isinstance(question, Buttons)
    return tap_by_a_label_among_words(state, question, text, ctx, result)


#: The school years that end school with the Abitur in Germany (12 in Saxony, 13 in some
#: other states); abroad they end with a certificate that is not the Abitur by itself.
_UPPER_SCHOOL_YEARS = (12, 13)


def abitur_or_from_abroad(state: State, text: str, ctx: Context, result: Result) -> bool:
    """ "12. Klasse fertig", "finished 12th grade", "12. sınıfı bitirdim" at the
    certificate question: whether it is the Abitur or "A certificate from abroad" is
    asked, by their labels; nothing taken (a note and "Please tap one of the buttons
    below" before). A country or school abroad named is the certificate from abroad
    (said_young.tap_certificate_said)."""
    if state.screen != ScreenId.QUESTION.of(CERTIFICATE.key):
        return False
    if school_year_finished(text) not in _UPPER_SCHOOL_YEARS:
        return False
    if names_a_country_abroad(text) or names_a_school_abroad(text):
        return False
    if says_at_school(text, state.lang or "de") or in_a_school_year(text):
        return False
    return ask_which_of(state, CERTIFICATE, ("abitur", FROM_ABROAD), result)
