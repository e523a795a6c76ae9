"""A name said not to be the old one, after the words that introduce a name ("mein Name
ist nicht Ali sondern Veli Demir", "my name is not Ali, it's Veli Demir", "adım Ali
değil Veli Demir", "мене звати не Алі, а Велі Демір", "tên tôi không phải Ali mà là Veli
Demir", "اسمي مش علي، اسمي ولي دمير"): the name after the "but" is the new one. Pure."""

from __future__ import annotations

import re

#: The most words the old name is said in.
_OLD_WORDS = 3
_OLD = rf"(?:[^\s,،]+(?:\s+[^\s,،]+){{0,{_OLD_WORDS - 1}}}?)"

#: "not A but B", "not A, it's B", "не A, а B", "không phải A mà là B", "ليس A بل B",
#: "مش A، B": the "not" before the old name, the "but" (or a comma) before the new one.
_NOT = r"^(?:nicht|not|не|ні|kh[oô]ng\s+ph[aả]i(?:\s+l[aà])?|ko\s+ph[aả]i|ليس|ليست|مش|مو|موش)\s+"
_NOT_FIRST = re.compile(_NOT, re.IGNORECASE)
_NOT_THEN_BUT = re.compile(
    _NOT
    + _OLD
    + r"\s*(?:[,،]\s*)?(?:sondern|but|it['’]?s|it\s+is|а|m[aà]\s+l[aà]|m[aà]|بل|وإنما|وانما)\s+"
    r"|^(?:nicht|not|не|ليس|مش|مو)\s+" + _OLD + r"\s*[,،]\s*",
    re.IGNORECASE,
)
#: Turkish "A değil, B" ("adım Ali değil Veli Demir").
_OLD_THEN_NOT = re.compile(r"^" + _OLD + r"\s+de[ğg]il\s*,?\s*", re.IGNORECASE)


def name_after_the_old(said: str) -> str | None:
    """Of what follows "my name is", the name after the old one ruled out ("nicht Ali
    sondern Veli Demir": "Veli Demir"); None where a name is ruled out and none follows
    ("không phải Ali": no name "phải Ali"; "Ali değil"); else ``said`` as it is."""
    found = _NOT_THEN_BUT.match(said) or _OLD_THEN_NOT.match(said)
    if found is not None:
        # "adım Ali değil": the old name ruled out, and no new one after it.
        return said[found.end() :] or None
    return None if _NOT_FIRST.match(said) else said
