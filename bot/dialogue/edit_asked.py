"""An answer's ✏️ asked for in words on the summary ("Name ändern", "ich will mein Alter
ändern", "edit my age", "yaş değiştirmek istiyorum", "змінити вік", "تغيير الاسم", "sửa
tên"): its question opened, as the tap on ✏️ does. Before, the words were noted for an
advisor and the buttons asked for ("Name" alone opened it). Pure: state, text and
context in, the state changed."""

from __future__ import annotations

from bot.dialogue.state import Context, Result, State
from bot.dialogue.taps import tap_by_label
from bot.dialogue.typed_words import phrase
from bot.flows.navigation import ScreenId

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
    )
)
#: The fewest and the most words besides those of changing: one answer's label.
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
    said = " ".join(rest)
    saids = [said]
    if state.lang == "tr" and len(rest) == 1:
        saids += [said[: -len(end)] for end in _TURKISH_ENDINGS if said.endswith(end)]
    for each in saids:
        trial = state.copy()
        if tap_by_label(trial, each, ctx, Result(trial)) and trial.editing:
            # Only an ✏️: "Anfrage absenden ändern" sends nothing.
            return tap_by_label(state, each, ctx, result)
    return False
