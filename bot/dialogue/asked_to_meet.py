"""A way to meet asked for as a question ("Can you come to my shop?", "Können Sie mich
anrufen?", "dükkanıma gelebilir misiniz?", "Bạn có thể đến tiệm của tôi không?", "Чи
можете ви мені подзвонити?", "هل يمكنكم القدوم إلى مطعمي؟"): a wish, not a question for
the advisor. Held as a question before, and "Please tap one of the buttons below": the
owner had said how to meet, and was asked it again. Pure: words in, a yes or no out."""

from __future__ import annotations

from bot.dialogue.typed_words import phrase

#: How a request to the advisor (or to be let come) opens, as phrase() writes it; not
#: "muss ich" or "soll ich": a worry, no wish.
_OPENINGS = tuple(
    phrase(said).split()
    for said in (
        *("können Sie", "könnten Sie", "kannst du", "könntest du", "würden Sie", "kann ich"),
        *("können wir", "könnt ihr", "darf ich", "can you", "could you", "would you"),
        *("will you", "can i", "could i", "can we", "можете", "могли б", "чи можете"),
        *("чи могли б", "чи можна", "можна", "зможете", "чи зможете", "ممكن", "هل يمكنكم"),
        *("هل يمكنك", "هل يمكن", "يمكنكم", "بتقدروا", "فيكم", "ممكن تجوا"),
    )
)
#: Turkish asks with its question word last ("gelebilir misiniz", "arar mısınız").
_TURKISH_LAST = frozenset(phrase(said) for said in ("misiniz", "mısınız", "musunuz", "müsünüz"))
#: Vietnamese asks "có thể … không" ("can … ?"), the subject before it.
_VIETNAMESE_CAN, _VIETNAMESE_LAST = phrase("có thể").split(), phrase("không")
#: The words that make such a sentence a question and ask nothing else: not looked at as
#: question words ("чи", "هل", "không") by the reader of the option's words.
MARKS = frozenset(phrase(said) for said in ("чи", "هل", "không"))
#: An opening stands among the first words (after "Hallo", "bitte").
_FIRST_WORDS = 3


def asks_for_it(words: list[str]) -> bool:
    """Whether ``words`` (as phrase() writes them) ask for something to be done, as a
    request is put as a question, rather than asking about it."""
    if not words:
        return False
    if words[-1] in _TURKISH_LAST:
        return True
    if words[-1] == _VIETNAMESE_LAST and _at(_VIETNAMESE_CAN, words, len(words)):
        return True
    return any(_at(opening, words, _FIRST_WORDS) for opening in _OPENINGS)


def as_stated(words: list[str]) -> list[str]:
    """The words of a request put as a question as a statement says them, for the
    options' words to be found in: "dukkanima gelebilir misiniz" as "dukkanima
    gelebilirsiniz" (Turkish asks with a word of its own), "ban co the den tiem cua toi"
    without the closing "khong" (Vietnamese asks with a "not", no "not" here)."""
    if len(words) > 1 and words[-1] in _TURKISH_LAST:
        return [*words[:-2], words[-2] + words[-1][2:]]
    if words and words[-1] == _VIETNAMESE_LAST:
        return words[:-1]
    return words


def _at(said: list[str], words: list[str], within: int) -> bool:
    """Whether the words ``said`` stand in ``words``, starting among the first ``within``."""
    return any(words[at : at + len(said)] == said for at in range(min(within, len(words))))
