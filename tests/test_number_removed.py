"""A person who asks for their phone number to be removed (bot.dialogue.number_removed)."""

from __future__ import annotations

import re

import pytest

from bot.dialogue.number_removed import REMOVE_ON_THE_SUMMARY, REMOVE_WITHOUT_A_REQUEST
from bot.i18n import NATIVE_NAMES, translator
from tests.dialogue_driver import Driver, business_until_summary

#: One's own number to be removed, in each language.
SAID = {
    "de": "Löschen Sie meine Telefonnummer",
    "en": "remove my number",
    "tr": "numaramı silin",
    "vi": "xóa số điện thoại của tôi",
    "uk": "видаліть мій номер",
    "ar": "احذفوا رقمي",
}


@pytest.mark.parametrize("lang", sorted(SAID))
def test_a_number_to_remove_without_a_request_is_told_how_not_shown_the_offices(
    lang: str,
) -> None:
    # QA, 2026-12-05: the offices page ("Telefonnummer", "number" are its words), or "I
    # have no information page on this". The bot deletes no single detail: /delete
    # deletes all, the number included, and asks first.
    d = Driver(lang)
    d.press(NATIVE_NAMES[lang])
    d.type(SAID[lang])
    assert d.state.screen == "menu"
    # (Arabic isolates "/delete" and marks each line right-to-left.)
    assert _unmarked(translator(lang).gettext(REMOVE_WITHOUT_A_REQUEST)) in _unmarked(d.text)


def _unmarked(text: str) -> str:
    return re.sub("[\u200f\u2068\u2069]", "", text)


def test_a_number_to_remove_on_the_summary_opens_the_phone_question() -> None:
    # Its button needs no number: "Contact me here in Telegram" (QA: kept as a note, and
    # the number sent with the request all the same).
    person = Driver("en")
    business_until_summary(person)
    told = translator("en").gettext(REMOVE_ON_THE_SUMMARY)
    assert told in person.type("please delete my phone number").text
    assert person.state.screen == "q:phone"
    person.press("Contact me here in Telegram")
    person.press("Send")
    assert [lead.phone for lead in person.leads] == [None]


def test_other_words_about_a_number_are_no_wish_to_remove_it() -> None:
    told = translator("de").gettext(REMOVE_WITHOUT_A_REQUEST)
    for said in (
        "Löschen Sie meine Nummer nicht",
        "Wie ist die Telefonnummer vom Büro Leipzig?",
        "meine Nummer hat sich geändert",
    ):
        person = Driver("de")
        person.press("Deutsch")
        assert told not in person.type(said).text, said
