"""One way or time ruled out and another named beside it ("morning is bad, afternoon",
"morgens geht nicht, lieber nachmittags", "sabah olmaz, öğleden sonra", "not by phone,
video"): the words beside the part ruled out, which name the answer. Before, the "not"
or "bad" kept every option from being read, and the words were only a note while the
old answer (on the summary) or none (at the question) stayed. Pure: text in, text out."""

from __future__ import annotations

import re

from bot.dialogue.typed_words import loose, phrase
from bot.negation import fold, says_not

#: Where a sentence turns from what does not suit to what does, as loose() writes them:
#: a mark, or "but", "rather" ("morgens geht nicht, lieber nachmittags").
_TURN = re.compile(
    r"\s*(?:[,;.!?،؛–—]|\s-\s|(?<!\w)(?:"
    + loose(
        "but|aber|sondern|lieber|eher|rather|instead|ama|fakat|ancak|але|а краще|краще"
        "|لكن|بس|الأفضل|nhưng|mà"
    )
    + r")(?!\w))\s*"
)
#: Words that rule a time or way out besides "not" ("morning is bad", "sabah olmaz",
#: "зранку погано"), as phrase() writes them. Not Vietnamese "bận", "khó": without their
#: accents they are "bán" (sell), "kho" (store); "không" says it there.
_UNSUITED = frozenset(
    phrase(word)
    for word in (
        *("bad", "impossible", "difficult", "cannot", "cant", "busy", "schlecht"),
        *("ungünstig", "unmöglich", "schwierig", "schwer", "blöd", "olmaz", "olmuyor"),
        *("uymaz", "uymuyor", "kötü", "zor", "погано", "незручно", "важко"),
        *("зайнятий", "зайнята", "صعب", "مشغول", "مشغولة"),
    )
)
#: "Too", "also": the part named beside is ruled out as well ("morgens schlecht,
#: nachmittags auch", "sabah da öğlen de olmaz"), as phrase() writes them.
_AS_WELL = frozenset(
    phrase(word)
    for word in (
        *("auch", "too", "also", "either", "ebenfalls", "da", "de", "теж", "також"),
        *("cũng", "كمان", "برضو", "أيضا", "ايضا"),
    )
)


def _rules_out(words: list[str]) -> bool:
    """Whether a part's words say it does not suit ("morning is bad", "nicht morgens")."""
    return says_not([fold(word) for word in words]) or bool(_UNSUITED & set(words))


def ruled_out_words(text: str) -> list[str]:
    """The words of the parts ``text`` rules out, without the words that rule them out
    ("no, not morning, evening": "morning"), as phrase() writes them."""
    parts = [phrase(part).split() for part in _TURN.split(text)]
    return [
        word
        for words in parts
        if _rules_out(words)
        for word in words
        if word not in _UNSUITED and not says_not([fold(word)])
    ]


def beside_the_ruled_out(text: str) -> str | None:
    """The words of ``text`` beside the parts it rules out ("morning is bad, afternoon":
    "afternoon"); None where it rules nothing out, only that, or all parts alike."""
    parts = [phrase(part).split() for part in _TURN.split(text)]
    parts = [words for words in parts if words]
    if len(parts) < 2:
        return None
    left = [words for words in parts if not _rules_out(words)]
    if not left or len(left) == len(parts) or any(_AS_WELL & set(words) for words in left):
        return None
    return ", ".join(" ".join(words) for words in left)
