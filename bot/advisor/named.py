"""How an advisor with a web inbox account is named to the people they write to (pure).

The person reads "Message from Anna, KAUSA Leipzig:": the first name of the account's
name, not the surname. But offices sign to their clients "Frau Weber", and an account
named so read "Message from Frau"; a title before a first name ("Dr. Anna Weber") is no
first name either.
"""

from __future__ import annotations

#: Words that address someone by their surname: a name beginning with one is used whole.
SALUTATIONS = frozenset({"frau", "herr", "fr.", "hr."})


def _title(word: str) -> bool:
    """An academic title or the like, abbreviated: "Dr.", "Prof.", "Dipl.-Ing."."""
    return word.endswith(".") and word.casefold() not in SALUTATIONS


def to_person(name: str, login: str) -> str:
    """The name an advisor called ``name`` (account ``login``) is shown under to a person:
    "Anna" of "Anna Weber" and of "Dr. Anna Weber"; "Frau Weber" whole; the login for
    an account without a name."""
    words = name.split()
    if not words:
        return login
    if words[0].casefold() in SALUTATIONS:
        return " ".join(words)
    given = [word for word in words if not _title(word)]
    return given[0] if given else " ".join(words)
