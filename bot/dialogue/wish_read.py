"""A typed message's privacy wish, read once per step (pure).

The service reads it before a step, for someone the bot may not know (bot.dialogue.strangers),
and the engine reads it where a name is asked or at the menu. The first read is handed on in
the step's Context, so that the matcher, which looks at every list of every privacy right,
does its work once for the message.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.dialogue.state import Event, Text
from bot.faq.matcher import privacy_wish
from bot.validation import clean_text


@dataclass(frozen=True)
class WishRead:
    """What privacy_wish found in one typed message, read in one language."""

    #: The message as the engine reads it (bot.validation.clean_text).
    text: str
    language: str
    #: The privacy command it asks for ("delete", "mydata", "privacy"), or None.
    right: str | None


def read(event: Event, language: str, earlier: WishRead | None = None) -> WishRead | None:
    """The wish typed in ``event`` read in ``language``; ``earlier`` if it read the same
    message in the same language; None for anything but a typed message."""
    if not isinstance(event, Text):
        return None
    text = clean_text(event.text)
    if earlier is not None and (earlier.text, earlier.language) == (text, language):
        return earlier
    return WishRead(text, language, privacy_wish(text, language))


def wish(text: str, language: str, earlier: WishRead | None) -> str | None:
    """The privacy command ``text`` asks for in ``language``: ``earlier``'s when it read
    this message in this language, else read now."""
    found = read(Text(text), language, earlier)
    return found.right if found is not None else None
