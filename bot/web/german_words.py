"""German words inside Arabic or Ukrainian text ("(Ausbildung)", "(Pflegefachfrau /
Pflegefachmann)", the terms domain.md keeps in German), marked lang="de": a screen reader
read them with the page's Arabic or Ukrainian voice, and a phone hyphenated them by that
language's rules. Pure; chat.js's markGerman does the same for what the script draws."""

from __future__ import annotations

import re

from markupsafe import Markup, escape

#: The chat languages written in another script than German's: a Latin word among their
#: words is German (a place, an office's or an official term; the bot's words say so).
OTHER_SCRIPT = frozenset({"ar", "uk"})

_LATIN = "A-Za-zÀ-ÖØ-öø-ÿ"
_WORD = rf"[{_LATIN}][{_LATIN}0-9]*"
#: Latin words in a row, one piece: "duale Ausbildung", "Pflegefachfrau / Pflegefachmann",
#: "Leipzig, Sachsen", "A1–A2". Not the letters of an entity ("&amp;", "&#x27;").
_LATIN_WORDS = re.compile(rf"(?<![&#\w]){_WORD}(?:(?:,?[ \xa0]+|[ \xa0]*/[ \xa0]*|[-–]){_WORD})*")
#: A tag of the markup, or the text between tags.
_TAG = re.compile(r"(<[^>]*>)")
#: The elements whose words are no German ones: a number, address or link (bot.conversation.ltr).
_OPENS_RUN = re.compile(r"<(?:bdi|a)\b")
_CLOSES_RUN = re.compile(r"</(?:bdi|a)>")


def german_in(html: Markup | str, lang: str) -> Markup:
    """``html`` (escaped if plain) of a page in ``lang``, each run of Latin words in
    ``<span lang="de">`` where ``lang`` is written in another script; as it is elsewhere
    (in Turkish or Vietnamese the German words cannot be told by their letters)."""
    markup = escape(html)
    if lang not in OTHER_SCRIPT:
        return markup
    parts: list[str] = []
    inside = 0  # how deep in a number, address or link
    for part in _TAG.split(str(markup)):
        if _TAG.fullmatch(part):
            inside += bool(_OPENS_RUN.match(part)) - bool(_CLOSES_RUN.match(part))
        elif not inside:
            part = _LATIN_WORDS.sub(r'<span lang="de">\g<0></span>', part)
        parts.append(part)
    return Markup("".join(parts))
