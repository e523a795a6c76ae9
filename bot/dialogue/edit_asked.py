"""An answer's ✏️ asked for in words on the summary ("Name ändern", "ich will mein Alter
ändern", "edit my age", "yaş değiştirmek istiyorum", "змінити вік", "تغيير الاسم", "sửa
tên"), or an answer said to be wrong ("falsche Postleitzahl", "die PLZ ist falsch"): its
question opened, as the tap on ✏️ does. Before, the words were noted for an
advisor and the buttons asked for ("Name" alone opened it). Pure: state, text and
context in, the state changed."""

from __future__ import annotations

from bot.dialogue.state import Context, Result, State
from bot.dialogue.taps import tap_by_label
from bot.dialogue.typed_words import phrase
from bot.flows.business import COMPANY, TRADES
from bot.flows.contact import EMAIL, NAME
from bot.flows.model import POSTAL_KEY
from bot.flows.navigation import ScreenId, find_question, flow_named
from bot.i18n import translator

#: The words of changing, and the "I want", "my" around them, as phrase() writes them.
_CHANGING = frozenset(
    phrase(word)
    for word in (
        *("ändern", "aendern", "änder", "korrigieren", "bearbeiten", "berichtigen"),
        *("change", "edit", "correct", "fix", "update"),
        *("değiştir", "değiştirmek", "düzelt", "düzeltmek", "istiyorum", "lütfen"),
        *("змінити", "виправити", "змініть", "виправте", "редагувати"),
        *("تغيير", "تعديل", "غير", "عدل", "تصحيح", "بدي", "أريد", "اريد"),
        *("sửa", "thay", "đổi", "thay đổi", "chỉnh", "muốn", "em", "tôi", "lại"),
        *("ich", "will", "möchte", "mochte", "mein", "meine", "meinen", "bitte", "den"),
        *("die", "das", "i", "want", "to", "my", "the", "please", "я", "хочу", "мій"),
        *("мою", "моє", "мого"),
        # An answer said to be wrong ("falsche Postleitzahl", "die PLZ ist falsch", "posta
        # kodu yanlış"): a note for the advisor before, the wrong answer sent.
        *("falsch", "falsche", "falscher", "falsches", "ist", "stimmt", "nicht"),
        *("wrong", "incorrect", "is", "yanlış", "hatalı", "неправильний", "неправильна"),
        *("неправильне", "неправильно", "невірний", "невірна", "sai", "nhầm", "غلط"),
        *("خطأ", "خطا", "خاطئ"),
        # "Moment, der Beruf ist falsch", "wait, I want to change the trade".
        *("moment", "warte", "wait", "sorry", "pardon", "eigentlich", "actually", "der"),
        *("oops", "hoppla", "tippfehler"),
        # Said to be misspelled ("Name falsch geschrieben", "my name is spelled wrong",
        # "adım yanlış yazılmış", "ім'я написано неправильно", "اسمي مكتوب غلط", "tên
        # viết sai"): "geschrieben" was stored as the name, or the words were a note.
        *("geschrieben", "spelled", "spelt", "written", "misspelled", "yazılmış", "yazilmis"),
        *("написано", "написане", "مكتوب", "viết", "bị"),
    )
)
#: Other names for an answer than its label, as phrase() writes them, by its question's
#: key, in the bot's languages: the postal code's ("PLZ", "postcode", "індекс"), the
#: trades' ("Beruf", "trade", "meslek"), the business name's ("Firma", "company name").
_OTHER_NAMES = {
    POSTAL_KEY: frozenset(
        phrase(name)
        for name in (
            *("plz", "postleitzahl", "postcode", "post code", "zip", "zip code"),
            *("postal code", "posta kodu", "indeks", "індекс", "поштовий індекс"),
            *("mã bưu chính", "mã bưu điện", "الرمز البريدي", "الرقم البريدي"),
        )
    ),
    TRADES.key: frozenset(
        phrase(name)
        for name in (
            *("beruf", "berufe", "ausbildungsberuf", "trade", "trades", "profession"),
            *("meslek", "mesleği", "mesleğimi", "meslekleri", "професія", "професію"),
            *("професії", "nghề", "ngành nghề"),
            *("المهنة", "مهنة"),
        )
    ),
    COMPANY.key: frozenset(
        phrase(name)
        for name in (
            *("firma", "firmenname", "betrieb", "betriebsname", "name des betriebs"),
            *("company", "company name", "business name", "firma adı", "şirket adı"),
            *("işletme adı", "назва фірми", "назву фірми", "назва компанії", "tên tiệm"),
            *("tên công ty", "اسم الشركة", "اسم المحل"),
        )
    ),
    # The person's own name in their words ("adım yanlış", "ім'я неправильне", "اسمي
    # غلط": a note before, while the wrong name was sent).
    NAME.key: frozenset(
        phrase(name)
        for name in (
            *("adım", "adim", "ismim", "isim", "ad soyad", "ім'я", "моє ім'я", "імʼя"),
            *("اسمي", "الاسم", "tên tôi", "tên em", "tên của tôi"),
        )
    ),
    EMAIL.key: frozenset(
        phrase(name)
        for name in (
            *("mail", "e-mail-adresse", "email-adresse", "mail-adresse", "mailadresse"),
            *("email address", "e-mail address", "e-posta adresi", "адреса пошти"),
            *("địa chỉ email", "البريد الإلكتروني", "الإيميل"),
        )
    ),
}
#: The fewest and the most words besides those of changing: one answer's label.
#: Of _CHANGING the words that ask for a change themselves ("ändern", "falsch"), not only
#: stand around it ("ich will"), as phrase() writes them.
_CHANGE_ASKED = frozenset(
    phrase(word)
    for word in (
        *("ändern", "aendern", "korrigieren", "bearbeiten", "berichtigen", "falsch"),
        *("falsche", "falscher", "falsches"),
        *("change", "edit", "correct", "fix", "update", "wrong", "incorrect"),
        *("değiştir", "değiştirmek", "düzelt", "düzeltmek", "yanlış", "hatalı"),
        *("змінити", "виправити", "змініть", "виправте", "неправильний", "неправильна"),
        *("تغيير", "تعديل", "تصحيح", "غلط", "خطأ", "sửa", "đổi", "chỉnh", "sai"),
    )
)
_MOST_WORDS = 3
#: Turkish endings of "my" and of the object on a label's word ("yaşımı", "telefonu"),
#: as phrase() writes them, tried longest first.
_TURKISH_ENDINGS = ("imi", "umu", "yi", "yu", "i", "u")


def edit_asked(state: State, text: str, ctx: Context, result: Result) -> bool:
    """Words of changing with an answer's label on the summary: its ✏️ tapped."""
    if state.screen != ScreenId.SUMMARY:
        return False
    words = phrase(text).split()
    rest = [word for word in words if word not in _CHANGING]
    if len(rest) == len(words) or not 1 <= len(rest) <= _MOST_WORDS:
        return False
    other = _other_label(state, words)
    said = other or " ".join(rest)
    # The label as shown ("Ім’я", its apostrophe) and as phrase() writes it.
    saids = [said] if other is None else [other, phrase(other)]
    if state.lang == "tr" and len(rest) == 1:
        saids += [said[: -len(end)] for end in _TURKISH_ENDINGS if said.endswith(end)]
    for each in saids:
        trial = state.copy()
        if tap_by_label(trial, each, ctx, Result(trial)) and trial.editing:
            # Only an ✏️: "Anfrage absenden ändern" sends nothing.
            return tap_by_label(state, each, ctx, result)
    return False


def asks_a_change(text: str) -> bool:
    """Whether ``text`` holds a word that asks for a change ("Beruf ändern", "the trade
    is wrong"), which edit_asked() reads for the answer it names."""
    return not _CHANGE_ASKED.isdisjoint(phrase(text).split())


def _other_label(state: State, words: list[str]) -> str | None:
    """The label, in the chat's language, of the answer that
    ``words`` name in other words ("PLZ", "Beruf", "Firma") beside only words of changing;
    apart, as "chính" of "mã bưu chính" is, written plain, also "chỉnh" (edit)."""
    said = f" {' '.join(words)} "
    for key, names in _OTHER_NAMES.items():
        question = find_question(flow_named(state.flow), key)
        if question is None:
            continue
        for name in names:
            if f" {name} " in said and all(
                word in _CHANGING for word in said.replace(f" {name} ", " ", 1).split()
            ):
                return translator(state.lang or "de").gettext(question.label)
    return None
