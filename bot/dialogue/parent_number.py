"""A parent's phone number given at a later question ("mama ihre nummer 0176 12345678",
"annemin numarası 0176 …", "رقم أمي 0176 …"), typically after "kein Handy" sent the
answer to the chat: the number to call, as a number corrected there is (the person told
that the phone number is now this one, the words kept for the advisor). Before, the
words were only kept and the advisor had no number to call. Pure: text in, yes or no."""

from __future__ import annotations

import re

from bot.dialogue.typed_words import phrase

#: A mother, a father or the parents, in the six languages as phrase() writes them
#: (no accents, lower case; Arabic's "ة" as "ه").
_PARENT = frozenset(
    phrase(word)
    for word in (
        *("mama", "mamas", "mutter", "mutti", "papa", "papas", "vater", "eltern"),
        *("mom", "moms", "mum", "mums", "mother", "mothers", "dad", "dads", "father"),
        *("parents", "annem", "annemin", "babam", "babamin", "anne", "baba", "annemle"),
        *("امي", "أمي", "ماما", "بابا", "ابي", "أبي", "والدتي", "والدي", "اهلي"),
        *("мама", "мами", "мамин", "мамі", "тато", "тата", "татів", "батько", "батьки"),
        *("mẹ", "bố", "má", "ba mẹ", "bố mẹ"),
    )
)
#: A phone number among the words: seven digits or more, spaces, slashes or dashes
#: between them ("0176 12345678", "+49 176/1234567").
_NUMBER = re.compile(r"\+?\d[\d /-]{5,}\d")


def gives_a_parents_number(text: str) -> bool:
    """Whether ``text`` names a mother, a father or the parents beside a phone number."""
    found = _NUMBER.search(text)
    if found is None or sum(char.isdigit() for char in found.group()) < 7:
        return False
    return bool(set(phrase(text).split()) & _PARENT)
