"""A privacy right asked for in words typed to the advisor after a request (pure).

Whatever a person with a request types outside a question reaches their advisor, a
privacy wish too (bot/conversation/log.py: "Ich habe meine Daten falsch angegeben, neue
Nummer …" is the advisor's to read). But an advisor can neither delete anything nor send
the copy of what is stored, and "Bitte löschen Sie meine Daten" or "show me my data" got
only "Sent to your advisor.": the channel runs the right's command after the receipt
(/delete asks before anything is deleted; /mydata sends the copy).
"""

from __future__ import annotations

from bot.faq.matcher import privacy_wish
from bot.i18n import DEFAULT_LANGUAGE

#: The rights served after the receipt: an advisor cannot serve them.
_SERVED = frozenset({"delete", "mydata"})


def right_asked(text: str | None, language: str | None) -> str | None:
    """The command of the right ``text``, passed on to the advisor, also asks for ("delete",
    "mydata"; in ``language``, German or English), or None."""
    right = privacy_wish(text, language or DEFAULT_LANGUAGE) if text else None
    return right if right in _SERVED else None
