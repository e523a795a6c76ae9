"""A complaint that nobody calls any more ("Warum wollen Sie mich nicht mehr kontaktieren?",
"why don't you call me anymore?", "Niemand ruft mich an"), typed outside a dialogue: pure.

The words for contact found the offices page, or a callback request began ("call me").
It is neither: not the wish not to be contacted (contact_stopped tells /delete for that),
nor a question of where the offices are. Only an advisor can say why nobody called: the
words are kept for one, on the page "I have no information page on this" with "Ask an
advisor". (After a request the words reach the advisor, as everything typed there.)
"""

from __future__ import annotations

from bot.dialogue.moves import go
from bot.dialogue.state import Result, ScreenId, State
from bot.dialogue.typed_words import phrase
from bot.negation import negations

#: Words of calling or contacting, as phrase() writes them: a word that starts so
#: ("kontaktieren", "anrufe", "aramiyorsunuz", "дзвоните", "تتصلون").
_CONTACT_STARTS = (
    *("kontakt", "anruf", "ruft", "rufen", "angerufen", "meldet", "melden", "gemeldet"),
    *("call", "contact", "phone", "text", "messag"),
    *("aram", "arad", "arar", "ulas", "iletisim"),
    *("goi", "lien", "nhan"),
    *("дзвон", "подзвон", "телефон", "зв'яз", "звяз", "контакт", "пиш"),
    *("يتصل", "تتصل", "اتصل", "تواصل", "يتواصل"),
)

#: Words that ask why, or say "no more" or "nobody", as phrase() writes them.
_COMPLAINT_WORDS = frozenset(
    (
        *("warum", "wieso", "weshalb", "mehr", "niemand", "keiner"),
        *("why", "anymore", "longer", "nobody", "noone"),
        *("neden", "niye", "nicin", "artik", "kimse"),
        *("sao", "nua", "ai"),
        *("чому", "більше", "ніхто"),
        *("لماذا", "ليش", "ليه", "تعودوا", "يعد", "احد", "حدا", "عاد"),
    )
)

#: Words that say nobody: a "not" of their own ("Niemand ruft mich an").
_NOBODY = frozenset(("niemand", "keiner", "nobody", "noone", "kimse", "ніхто"))


def complains_nobody_calls(text: str) -> bool:
    """Whether ``text`` complains that nobody calls or contacts one (any more): a word of
    contact, denied, beside a "why", a "no more" or a "nobody"."""
    words = phrase(text).replace("no one", "noone").split()
    denied = bool(negations(words)) or any(word in _NOBODY for word in words)
    return (
        denied
        and any(word in _COMPLAINT_WORDS for word in words)
        and any(word.startswith(_CONTACT_STARTS) for word in words)
    )


def without_a_dialogue(state: State, text: str, result: Result) -> bool:
    """Outside a dialogue (no request open): the words held for an advisor, on the page
    without an information page ("Ask an advisor")."""
    if not complains_nobody_calls(text):
        return False
    result.held_question = text
    go(state, ScreenId.ANSWER.of(""))
    return True
