"""A person's own phone number said to have changed ("meine Nummer hat sich geändert",
"telefon numaram değişti", "رقم هاتفي تغير"): what they want is their number changed.

Pure. The words matched the offices page ("Telefon", "Nummer" are its words): on the
summary the phone question is opened again, after a request the advisor is asked to wait
for the new number (which, once given, replaces the request's: :func:`new_number`), and
without one the person is told kindly how to leave one.
"""

from __future__ import annotations

from bot.dialogue.moves import edit, home
from bot.dialogue.state import Result, State
from bot.dialogue.texts import SENT_TO_ADVISOR
from bot.dialogue.typed import has_question_mark
from bot.dialogue.typed_words import phrase
from bot.flows.contact import PHONE
from bot.flows.navigation import ScreenId, find_question, flow_named
from bot.i18n import N_
from bot.negation import negates
from bot.validation import carries_detail, parse_phone, words_beside_phone

#: The most words of such a message: a longer one says more, for the advisor to read.
MOST_WORDS = 14

#: How a phone number is named, as phrase() writes words: a word that starts or ends so
#: ("handynummer", "numaramı", "номера", "رقمي"), and Vietnamese's words for it. Not any
#: "…nummer": the request's number ("Anfragenummer") is no phone number.
_NUMBER_STARTS = ("nummer", "number", "numara", "номер", "رقم", "ورقم", "برقم", "الرقم", "sdt")
_NUMBER_ENDS = ("telefonnummer", "handynummer", "rufnummer", "mobilnummer", "festnetznummer")
_NUMBER_PHRASES = (
    *("so dien thoai", "so dt", "doi so", "so moi", "so khac", "so cua toi", "so cua em"),
    "so cua minh",
)
#: Words that say it changed or is new ("geändert", "yeni", "змінився", "تغير", "đổi").
_CHANGE_STARTS = (
    *("geander", "geaender", "neu", "gewechselt", "anders", "andere", "falsch", "umgezogen"),
    *("chang", "new", "different", "wrong", "degis", "yeni", "baska", "farkli"),
    *("змін", "нов", "помін", "інш", "змiн", "تغير", "تغيير", "غيرت", "جديد", "الجديد"),
    *("بدلت", "تبدل", "اتغير", "doi", "thay", "moi", "khac"),
    # Said to be wrong ("numaram yanlış", "неправильний номер", "الرقم غلط", "số điện
    # thoại sai"): a note, or "By phone" taken, while the wrong number was sent.
    *("yanlis", "hatali", "неправил", "невірн", "غلط", "خطأ", "خطا", "sai", "nham"),
    # To be changed or corrected ("Nummer ändern", "sửa số điện thoại", "بدي غير رقمي",
    # "numaramı düzeltmek", "виправити номер"): "By phone" taken, or a note, before.
    *("ander", "aender", "korrig", "berichtig", "sua", "duzelt", "виправ", "غير", "اغير"),
    *("عدل", "تعديل", "صحح", "تصحيح"),
)
#: Words that say the number is right ("stimmt", "صحيح", "doğru", "đúng rồi"): a change
#: word beside them is about another answer ("رقمي صحيح بس غير الوقت": my number is right,
#: but change the time), unless a "not" stands next to them ("غير صحيح", "doğru değil").
_RIGHT_STARTS = (
    *("stimmt", "richtig", "korrekt", "right", "correct", "dogru", "правильн", "вірн"),
    *("صحيح", "صح", "سليم", "مضبوط", "مظبوط"),
    # Still in use ("aktuell", "geçerli", "актуальний", "valid").
    *("aktuell", "gultig", "valid", "current", "gecerli", "актуальн", "дійсн"),
)
#: Vietnamese "not right", "no longer" ("không đúng", "không còn dùng"), and the others'
#: "no longer" ("stimmt nicht mehr", "not my number anymore", "artık", "вже не", "ما عاد"),
#: as phrase() writes them: the number said to be wrong, with no word of changing (a note
#: before, and the old number sent).
_WRONG_PHRASES = tuple(
    phrase(said)
    for said in (
        *("không đúng", "không còn", "nicht mehr", "anymore", "any more", "no longer"),
        *("artık yok", "artık kullanmıyorum", "вже не", "більше не", "ما عاد", "ماعاد"),
        *("مو شغال", "مش شغال", "ما بيشتغل", "مابيشتغل"),
    )
)
#: Vietnamese "right" ("đúng rồi", "vẫn đúng"): "đúng" alone is also "dùng" (to use).
_RIGHT_PHRASES = ("dung roi", "van dung")
#: An office named: a number asked about is the office's ("büro", "ofis", "مكتب").
_OFFICE = ("buro", "office", "ofis", "офіс", "مكتب", "المكتب", "بالمكتب")


#: A question's first word, asked without a question mark ("ist die nummer neu", "did the
#: number change"); not "hab" or "habe", which say "I have" in chat German.
_ASKS_FIRST = frozenset(
    (
        *("ist", "hat", "hast", "habt", "haben", "sind", "gibt", "stimmt", "bleibt"),
        *("is", "did", "does", "do", "has", "have", "was", "are", "will"),
    )
)
#: Words that ask wherever they stand: Turkish "mi", Arabic "هل", Ukrainian "чи".
_ASKS_ANYWHERE = frozenset(
    phrase(word) for word in ("mi", "mı", "mu", "mü", "miyim", "mısınız", "هل", "وهل", "чи")
)
#: Vietnamese particles that end a question ("đổi rồi à", "mới không", "đổi chưa").
_ASKS_LAST = frozenset(phrase(word) for word in ("à", "hả", "không", "chưa", "nhỉ", "sao"))
#: The person themselves named: "my", "meine", "numaram", "мій", "رقمي", "của tôi".
_OWN_WORDS = frozenset(
    phrase(word)
    for word in (
        *("my", "i", "i'm", "i've", "mine", "mein", "meine", "meiner", "meinen", "ich", "mir"),
        *("ben", "benim", "я", "мій", "мою", "моя", "мого", "мене", "мені", "мой"),
        *("رقمي", "ورقمي", "برقمي", "أنا", "tôi", "em", "mình"),
    )
)
_OWN_STARTS = ("numaram", "رقمي")


def _asks(text: str, words: list[str]) -> bool:
    """Whether ``text`` is a question (a question mark, or a word that asks)."""
    return (
        has_question_mark(text)
        or words[0] in _ASKS_FIRST
        or any(word in _ASKS_ANYWHERE for word in words)
        or words[-1] in _ASKS_LAST
    )


def own(words: list[str]) -> bool:
    """Whether the words name the person themselves ("my number", "numaram", "em đổi")."""
    return any(word in _OWN_WORDS or word.startswith(_OWN_STARTS) for word in words)


def says_number_changed(text: str) -> bool:
    """Whether ``text`` says that the person's phone number changed or is new, in a few
    words (a number in it or not)."""
    said = phrase(text)
    words = said.split()
    if not words or len(words) > MOST_WORDS:
        return False
    if _asks(text, words) and not own(words):
        return False  # "Is the number new?": asked about a number, their own not named
    if said_right(said) and not said_wrong(said):
        # ("nicht mehr aktuell" is no "aktuell".)
        return False  # "my number is right, but change the time": another answer's change
    return names_a_phone_number(said) and (
        any(word.startswith(_CHANGE_STARTS) for word in words) or said_wrong(said)
    )


def said_wrong(said: str) -> bool:
    """Whether ``said`` (as phrase() writes it) says something is right no more, with a
    "not" beside its word or in other words ("stimmt nicht mehr", "doğru değil", "не
    актуальний", "مو صحيح", "không đúng", "not my number anymore")."""
    words = said.split()
    for at, word in enumerate(words):
        if word.startswith(_RIGHT_STARTS) and any(
            negates(other) for other in words[max(at - 1, 0) : at] + words[at + 1 : at + 2]
        ):
            return True
    padded = f" {said} "
    return any(f" {wrong} " in padded for wrong in _WRONG_PHRASES) or (
        # "numaram artık geçerli değil": "artık" (no longer) before a "not".
        "artik" in words and any(negates(word) for word in words)
    )


def said_right(said: str) -> bool:
    """Whether ``said`` (as phrase() writes it) says something is right, with no "not"
    beside it: "رقمي صحيح", not "رقمي غير صحيح" or "doğru değil"."""
    words = said.split()
    for at, word in enumerate(words):
        if not word.startswith(_RIGHT_STARTS):
            continue
        before, after = words[max(at - 1, 0) : at], words[at + 1 : at + 2]
        # "غير" says "not" only before its word: after it, it is "change" ("صح، غير الوقت").
        if not any(negates(other) for other in before + after) and "غير" not in before:
            return True
    padded = f" {said} "
    return any(
        f" {right} " in padded and f" khong {right} " not in padded for right in _RIGHT_PHRASES
    )


def names_a_phone_number(said: str) -> bool:
    """Whether ``said`` (as phrase() writes it) names a phone number, not the office's
    ("Hat das Büro eine neue Nummer?")."""
    words = said.split()
    if any(word.startswith(_OFFICE) for word in words) or " van phong" in f" {said}":
        return False
    return any(
        word.startswith(_NUMBER_STARTS) or word.endswith(_NUMBER_ENDS) for word in words
    ) or any(f" {named} " in f" {said} " for named in _NUMBER_PHRASES)


#: Told on the summary when the person says their number changed: the phone question is
#: shown again under it.
NEW_NUMBER = N_("Of course. Please write your new phone number.")
#: Told outside a dialogue: no request waits for a call at the new number.
NO_REQUEST = N_(
    "Thank you for letting us know. If you would like an advisor to call you at your new "
    "number, please tap “Request a callback” and give the number there."
)
#: The receipt of such a message passed to the advisor when it holds no number.
SENT_ASK_NUMBER = N_(
    "Sent to your advisor. Please write your new phone number here too, so that your "
    "advisor can reach you."
)


def on_the_summary(state: State, text: str, result: Result) -> bool:
    """The phone question opened again from the summary, when ``text`` says the number
    changed and gives none (a number typed is the new answer: bot.dialogue.free_text)."""
    return phone_asked_again(state, text, result, says_number_changed(text), NEW_NUMBER)


def phone_asked_again(state: State, text: str, result: Result, said: bool, told: str) -> bool:
    """The phone question opened again from the summary under ``told``, when ``said``
    (of ``text``, which gives no number) asks for it and the dialogue has the question."""
    if state.screen != ScreenId.SUMMARY or carries_detail(text) or not said:
        return False
    if find_question(flow_named(state.flow), PHONE.key) is None:
        return False
    edit(state, PHONE.key)
    result.notify(told)
    return True


def without_a_dialogue(state: State, text: str, result: Result) -> bool:
    """Outside a dialogue (no request open: an open one's messages go to the advisor):
    how to leave the new number, at the main menu with its "Request a callback"."""
    if not says_number_changed(text):
        return False
    home(state)
    result.notify(NO_REQUEST)
    return True


def receipt(text: str) -> str:
    """The receipt of ``text`` passed to the advisor: the new number asked for when the
    message says the number changed and gives none."""
    if says_number_changed(text) and not carries_detail(text):
        return SENT_ASK_NUMBER
    return SENT_TO_ADVISOR


def new_number(text: str, said_before: str | None, stored: str | None) -> str | None:
    """The person's new phone number (E.164) in ``text``, written after their request:
    said to be new in the same words ("meine neue Nummer ist 0176 …"), or typed alone
    right after saying that it changed (``said_before``, their previous message). None
    for any other number, and for the ``stored`` one ("die alte 0341 … geht nicht mehr")."""
    if not carries_detail(text):
        return None
    number = parse_phone(text)
    if number is None or number == stored:
        return None
    alone = not words_beside_phone(text)
    announced = said_before is not None and says_number_changed(said_before)
    if says_number_changed(text) or (alone and announced and not carries_detail(said_before or "")):
        return number
    return None
