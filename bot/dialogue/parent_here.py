"""A parent said to be there, typed at the consent a parent gives by a tap ("meine Mutter
ist hier", "my dad is with me", "annem yanımda", "мама поруч", "أمي معي", "mẹ em ở
đây"): the young person telling us the parent is at hand. It was noted as a message for
an advisor ("Please tap one of the buttons below"), though which button the parent taps
is what helps. Pure: words in, a yes or no out."""

from __future__ import annotations

from functools import cache

from bot.dialogue.typed_words import phrase
from bot.negation import says_not

#: By language, a parent named ("Mutter", "annem", "أمي") and being at hand ("hier",
#: "dabei", "yanımda", "поруч", "معي", "ở đây"), as typed; German is read in every chat.
_PARENTS = {
    "de": ("mutter", "mama", "mami", "vater", "papa", "eltern", "mutti", "vati"),
    "en": ("mom", "mum", "mother", "dad", "father", "parents", "parent", "mommy", "daddy"),
    "tr": ("annem", "babam", "ailem", "anne", "baba", "velim"),
    "uk": ("мама", "мати", "тато", "батько", "батьки"),
    "ar": ("امي", "أمي", "ابي", "أبي", "بابا", "ماما", "اهلي", "أهلي", "والدتي", "والدي"),
    "vi": ("mẹ", "bố", "ba", "má", "cha", "bố mẹ", "ba mẹ", "cha mẹ"),
}
_AT_HAND = {
    "de": ("hier", "dabei", "neben mir", "bei mir", "da", "anwesend"),
    "en": ("here", "with me", "next to me", "beside me", "present"),
    "tr": ("burada", "yanımda", "yanimda", "burda", "yanımızda"),
    "uk": ("тут", "поруч", "поряд", "зі мною", "біля мене"),
    "ar": ("هون", "هنا", "معي", "معاي", "جنبي", "حدي"),
    "vi": ("ở đây", "bên cạnh", "cạnh em", "cạnh con", "với em", "ngồi cạnh"),
}
#: The most words such a sentence has; a longer text is a message for the advisor.
_MOST_WORDS = 8


@cache
def _words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The parents' and the at-hand words of ``lang`` and German, as phrase() writes them
    (read once per language, not at each message)."""
    langs = {lang, "de"}
    parents = frozenset(phrase(w) for each in langs for w in _PARENTS.get(each, ()))
    at_hand = frozenset(phrase(w) for each in langs for w in _AT_HAND.get(each, ()))
    return parents, at_hand


def parent_there(text: str, lang: str) -> bool:
    """Whether a short ``text`` says a parent is at hand, without a "not"."""
    words = phrase(text).split()
    if not words or len(words) > _MOST_WORDS or says_not(words):
        return False
    said = {*words, *(" ".join(words[at : at + 2]) for at in range(len(words) - 1))}
    parents, at_hand = _words(lang)
    return bool(said & parents) and bool(said & at_hand)
