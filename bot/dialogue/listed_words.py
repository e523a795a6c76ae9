"""The words a catalog lists for an answer, as typed messages are compared with them.

Pure. An option's other words ("für mich, für mich selbst, ich"), a parent's words for
their child: each a comma-separated list in the person's language, read in German too
(people in Germany type German words on any screen), each entry as phrase() writes it.

Kept for the life of the process, as the translators themselves are (bot.i18n): they are
catalog texts, never a person's words. A typed message is compared with a few dozen such
lists at every step, and writing them again each time was a sixth of a typed step's CPU.
"""

from __future__ import annotations

from functools import cache

from bot.dialogue.typed_words import phrase
from bot.i18n import translator


@cache
def listed_words(msgid: str, lang: str) -> frozenset[str]:
    """The entries of the list ``msgid`` in ``lang`` and in German, as phrase() writes
    them (an empty entry left out)."""
    listed = f"{translator(lang).gettext(msgid)},{translator('de').gettext(msgid)}"
    return frozenset(phrase(each) for each in listed.split(",")) - {""}
