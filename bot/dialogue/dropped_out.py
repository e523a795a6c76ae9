"""An apprenticeship left behind and a new one looked for, in one message ("bỏ học nghề
rồi, giờ muốn tìm chỗ mới", "I quit my apprenticeship and I'm looking for a new one",
"Ausbildung abgebrochen, suche eine neue"): the person looks for an apprenticeship, not
help in one. The words of leaving read as an apprentice's trouble ("Apprentice and need
help"). Pure: words in, a yes or no out."""

from __future__ import annotations

from bot.dialogue.typed_words import phrase

#: Leaving said as done ("rồi", "đã": already; "quit", "abgebrochen", "bıraktım", "кинув",
#: "تركت"), as phrase() writes it: a wish to leave ("muốn bỏ học nghề") is trouble.
_LEFT = tuple(
    phrase(said)
    for said in (
        *("bỏ học nghề rồi", "đã bỏ học nghề", "nghỉ học nghề rồi", "đã nghỉ học nghề"),
        *("bỏ ngang rồi", "đã bỏ ngang", "bỏ ausbildung rồi", "đã bỏ ausbildung"),
        *("quit my apprenticeship", "quit my ausbildung", "dropped out", "left my apprenticeship"),
        *("stopped my apprenticeship", "i quit", "abgebrochen", "geschmissen", "aufgehört"),
        *("bıraktım", "yarıda bıraktım", "кинув", "кинула", "покинув", "покинула", "перервав"),
        *("перервала", "تركت", "بطلت"),
    )
)
#: A new place looked for ("tìm chỗ mới", "a new one", "suche eine neue", "yeni bir yer",
#: "нове місце", "مكان جديد"), as phrase() writes it.
_AGAIN = tuple(
    phrase(said)
    for said in (
        *("tìm chỗ mới", "tìm chỗ khác", "tìm chỗ học nghề mới", "tìm nơi mới", "tìm nơi khác"),
        *("tìm chỗ học nghề khác", "tìm ausbildung mới", "học nghề mới"),
        *("a new one", "another one", "a new apprenticeship", "a new place", "another place"),
        *("eine neue", "neue ausbildung", "neuen ausbildungsplatz", "neue lehrstelle"),
        *("yeni bir yer", "yeni yer", "yeni ausbildung", "başka bir yer", "başka yer"),
        *("нове місце", "інше місце", "нове навчання", "новое место", "مكان جديد"),
        *("تدريب جديد", "مكان آخر", "مكان اخر"),
    )
)


def looks_again(text: str) -> bool:
    """Whether ``text`` says an apprenticeship was left and a new place is looked for."""
    said = f" {phrase(text)} "
    return any(f" {left} " in said for left in _LEFT) and any(
        f" {again} " in said for again in _AGAIN
    )
