"""A wish to correct one's data ("Ich möchte meine Daten korrigieren", "I want to correct
my data", "verilerimi düzeltmek istiyorum", "أريد تصحيح بياناتي"): pure.

It got "I have no information page on this", and on the summary "we have noted your
message" for the advisor, who found nothing to correct in it. The bot corrects nothing by
itself, and says what does: before a request is sent, each answer's ✏️ on the summary;
while one is open, the words typed here, which reach the advisor (as everything typed
then, with the usual receipt). Outside a dialogue the words are still kept: a request
started now takes them along.
"""

from __future__ import annotations

from bot.dialogue.moves import home
from bot.dialogue.number_changed import MOST_WORDS, own
from bot.dialogue.state import Result, ScreenId, State
from bot.dialogue.typed_words import phrase
from bot.i18n import N_
from bot.negation import negations
from bot.validation import carries_detail

#: Words for one's data, as phrase() writes them: a word that starts so ("Daten",
#: "verilerimi", "дані", "بياناتي"), or Vietnamese's two words.
_DATA_STARTS = tuple(
    phrase(word)
    for word in (
        *("daten", "angaben", "data", "details", "information", "info"),
        *("veri", "bilgi", "дані", "даних", "інформац", "بيانات", "معلومات"),
    )
)
_DATA_PHRASES = ("thong tin", "du lieu")
#: One's own data said by its ending or a word of its own ("verilerim", "свої", "بياناتي").
_OWN_STARTS = tuple(phrase(word) for word in ("verilerim", "bilgilerim", "بياناتي", "معلوماتي"))
_OWN_WORDS = frozenset(phrase(word) for word in ("свої", "мої", "мене", "em", "tôi", "mình"))
#: Words of correcting, or of data being wrong, as phrase() writes them: a word that starts
#: so ("korrigieren", "düzeltmek", "виправити", "تصحيح"), or Vietnamese's.
_CORRECT_STARTS = tuple(
    phrase(word)
    for word in (
        *("korrig", "berichtig", "änder", "aender", "aktualis", "falsch"),
        *("correct", "fix", "chang", "updat", "edit", "amend", "wrong"),
        *("düzelt", "değiştir", "güncelle", "yanlış"),
        *("виправ", "змін", "оновит", "редагу", "неправильн", "помилк"),
        *("صحح", "تصحيح", "عدل", "تعديل", "غير", "تغيير", "حدث", "تحديث", "خطأ", "خاطئ", "غلط"),
    )
)
_CORRECT_PHRASES = ("sua", "chinh", "cap nhat", "doi", "sai")

#: Told outside a dialogue: how data are corrected, before a request and while one is open.
WITHOUT_A_REQUEST = N_(
    "Before you send a request, you can correct every answer yourself: on the summary at "
    "the end, tap ✏️ beside the answer. While a request is open, just write here what "
    "should be corrected: your message goes to your advisor."
)
#: Told on the summary, above it: its ✏️ buttons correct an answer.
ON_THE_SUMMARY = N_("Of course. Please tap ✏️ beside the answer you want to correct below.")


def wants_data_corrected(text: str) -> bool:
    """Whether ``text`` asks, in a few words, for one's own data to be corrected."""
    said = f" {phrase(text)} "
    words = said.split()
    if not words or len(words) > MOST_WORDS or negations(words):
        return False
    names_data = any(word.startswith(_DATA_STARTS) for word in words) or any(
        f" {words} " in said for words in _DATA_PHRASES
    )
    owned = (
        own(words)
        or any(word in _OWN_WORDS for word in words)
        or any(word.startswith(_OWN_STARTS) for word in words)
    )
    corrects = any(word.startswith(_CORRECT_STARTS) for word in words) or any(
        f" {words} " in said for words in _CORRECT_PHRASES
    )
    return names_data and owned and corrects


def on_the_summary(state: State, text: str, result: Result) -> bool:
    """The summary's ✏️ named, when ``text`` asks for one's data to be corrected and gives
    no detail (a detail given is the detail's matter, or the advisor's)."""
    if state.screen != ScreenId.SUMMARY or carries_detail(text) or not wants_data_corrected(text):
        return False
    result.notify(ON_THE_SUMMARY)
    return True


def without_a_dialogue(state: State, text: str, result: Result) -> bool:
    """Outside a dialogue (no request open): how, at the main menu, the words kept."""
    if not wants_data_corrected(text):
        return False
    result.held_question = text
    home(state)
    result.notify(WITHOUT_A_REQUEST)
    return True
