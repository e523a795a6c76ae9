"""A wish to delete one's data, typed to the advisor after a request (pure).

Whatever a person with a request types outside a question reaches their advisor, a
privacy wish too (bot/conversation/log.py: "Ich habe meine Daten falsch angegeben, neue
Nummer …" is the advisor's to read). But an advisor cannot delete anything, and "Bitte
löschen Sie meine Daten" got only "Sent to your advisor.": the channel shows /delete's
question after the receipt, which asks before anything is deleted.
"""

from __future__ import annotations

from bot.faq.matcher import privacy_wish
from bot.i18n import DEFAULT_LANGUAGE


def asks_erasure(text: str | None, language: str | None) -> bool:
    """Whether ``text``, passed on to the advisor, also asks to delete the person's data
    (in ``language``, German or English)."""
    return bool(text) and privacy_wish(text or "", language or DEFAULT_LANGUAGE) == "delete"
