"""The phone step takes a shared contact, but only the person's own number."""

from __future__ import annotations

import pytest

from bot.dialogue.engine import render
from bot.dialogue.screens import KEYBOARD_GONE, SHARE_PROMPT, keyboard_change
from bot.dialogue.state import SharedContact
from tests.dialogue_driver import Driver, callback_until_name


def at_the_phone_step() -> Driver:
    d = callback_until_name(Driver())
    d.type("Ayşe Yılmaz")
    assert d.state.screen == "q:phone"
    return d


def test_only_the_phone_step_accepts_a_shared_contact() -> None:
    d = at_the_phone_step()
    assert d.screen.accepts_contact
    d.send(SharedContact("+4915112345678", own=True))
    assert d.state.screen == "q:whatsapp" and not d.screen.accepts_contact


def test_the_own_contact_fills_the_phone_even_without_its_plus() -> None:
    d = at_the_phone_step()
    d.send(SharedContact("4915112345678", own=True))
    assert d.state.answers["phone"] == "+4915112345678"
    d.press("No")  # WhatsApp
    d.press("By phone")
    d.press("Any time")
    assert d.state.screen == "summary"
    assert "Phone: +49 1511 2345678" in d.text


def test_someone_elses_contact_is_refused_kindly() -> None:
    d = at_the_phone_step()
    d.send(SharedContact("+4917099999999", own=False))
    assert d.state.screen == "q:phone" and "phone" not in d.state.answers
    assert "This is someone else's contact." in d.text


def test_a_contact_outside_the_phone_step_is_not_kept() -> None:
    d = Driver()
    d.press("English")
    d.send(SharedContact("+4915112345678", own=True))
    assert d.state.screen == "menu" and "4915112345678" not in str(d.state.to_dict())
    # Like any medium without a request: not kept, and the way to an advisor is named.
    assert "only once you have sent us a request, so I have not kept this" in d.text


def test_the_share_button_comes_with_the_phone_step_and_goes_after_it() -> None:
    d = callback_until_name(Driver())
    before = d.state
    d.type("Ayşe Yılmaz")
    shown = keyboard_change(False, d.state, d.screen)
    assert shown is not None and shown.show and shown.text == SHARE_PROMPT
    # Staying on the step (a typo) keeps the button: nothing to change.
    d.type("12")
    assert keyboard_change(True, d.state, d.screen) is None
    d.press("Contact me here in Telegram")
    gone = keyboard_change(True, d.state, d.screen)
    assert gone is not None and not gone.show and gone.text == KEYBOARD_GONE["tg"]
    assert keyboard_change(False, before, render(before, d.ctx)) is None


@pytest.mark.parametrize("typed", ["nur whatsapp", "whatsapp", "only WhatsApp please", "ватсап"])
def test_whatsapp_without_a_number_at_the_phone_question_is_kept_and_the_number_asked(
    typed: str,
) -> None:
    # "This does not look like a phone number", the words dropped: WhatsApp needs the
    # number too. The wish goes to the advisor, and the number is asked again.
    d = at_the_phone_step()
    d.type(typed)
    assert d.state.screen == "q:phone" and d.ctx.held_question == typed
    assert "This does not look like a phone number" not in d.text
    assert "Please answer the question below in a few words to continue." in d.text
    d.type("0151 23456789")
    assert d.state.screen == "q:whatsapp"
