"""A person's own phone number to be removed ("Löschen Sie meine Telefonnummer", "remove my
number", "numaramı silin", "احذفوا رقمي"): pure.

The words found the offices page ("Telefonnummer", "number" are its words), or none. The
bot deletes no single detail, and an advisor deletes nothing: on the summary the phone
question is opened again, whose button needs no number ("Contact me here in Telegram",
"E-mail instead of phone"); outside a dialogue the person is told that /delete deletes
the number with all their data, and asks first. (After a request the words reach the
advisor, as everything typed there.)
"""

from __future__ import annotations

from bot.dialogue.moves import home_told
from bot.dialogue.number_changed import MOST_WORDS, names_a_phone_number, own, phone_asked_again
from bot.dialogue.state import Result, State
from bot.dialogue.typed import has_question_mark
from bot.dialogue.typed_words import phrase
from bot.i18n import N_
from bot.negation import negations

#: Verbs of deleting, as phrase() writes them: a word that starts so ("löschen", "silin",
#: "видаліть", "احذفوا").
_REMOVE_STARTS = (
    *("losch", "entfern", "delet", "eras", "remov", "wipe", "sil", "xoa", "bo so"),
    *("видал", "стер", "прибер", "حذف", "احذف", "امسح", "مسح", "شيل", "ازل", "ازال"),
)

#: Told on the summary: the phone question is shown again under it, with its button.
REMOVE_ON_THE_SUMMARY = N_(
    "Of course. If we should contact you without a phone number, please tap the button "
    "below. Or write another phone number."
)
#: Told outside a dialogue: how the number is deleted, and that it is asked first.
REMOVE_WITHOUT_A_REQUEST = N_(
    "We cannot delete only your phone number here. With /delete you can have all your data "
    "deleted, your phone number included; you will be asked before anything is deleted."
)


def says_number_removed(text: str) -> bool:
    """Whether ``text`` asks, in a few words, for one's own phone number to be deleted."""
    said = phrase(text)
    words = said.split()
    if not words or len(words) > MOST_WORDS or has_question_mark(text) or negations(words):
        return False
    return (
        own(words)
        and names_a_phone_number(said)
        and any(word.startswith(_REMOVE_STARTS) for word in words)
    )


def on_the_summary(state: State, text: str, result: Result) -> bool:
    """The phone question opened again from the summary, when ``text`` asks for the number
    to be removed."""
    return phone_asked_again(state, text, result, says_number_removed(text), REMOVE_ON_THE_SUMMARY)


def without_a_dialogue(state: State, text: str, result: Result) -> bool:
    """Outside a dialogue (no request open): /delete named, at the main menu."""
    return home_told(state, result, says_number_removed(text), REMOVE_WITHOUT_A_REQUEST)
