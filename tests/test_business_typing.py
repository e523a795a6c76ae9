"""What a business owner types instead of tapping, or more than asked: each answer taken
where the words clearly give it, and the rest kept for the advisor."""

from __future__ import annotations

import pytest

from tests.dialogue_driver import Driver, start_label


def business_at_company(lang: str = "en", button: str = "English") -> Driver:
    d = Driver(lang)
    d.press(button)
    d.press("🏢")
    assert d.state.screen == "q:company"
    return d


def on_to_the_name(d: Driver) -> None:
    """From the trade question to the name question (a cook, Leipzig, no trainer yet)."""
    d.press("Koch/Köchin")
    d.type("04109")
    d.press("Not yet, and no trainer yet")
    d.press(start_label(d.ctx.now, 1))
    d.press("Finding an apprentice")
    d.press("Yes, I agree")
    assert d.state.screen == "q:name"


@pytest.mark.parametrize(
    ("typed", "company", "phone", "after_name"),
    [
        ("Döner Palast GmbH, Tel. 0341 123456", "Döner Palast GmbH", "+49341123456", "q:meeting"),
        # The Arabic comma is no part of the name.
        ("مطعم الشام، هاتف 0341 1234567", "مطعم الشام", "+493411234567", "q:meeting"),
        # A mobile number: WhatsApp is still asked for it.
        ("Nail Studio Hoa – 0176 12345678", "Nail Studio Hoa", "+4917612345678", "q:whatsapp"),
    ],
)
def test_a_phone_number_typed_with_the_business_name_is_the_phone_answer(
    typed: str, company: str, phone: str, after_name: str
) -> None:
    # The advisor's card said "Betrieb: Döner Palast GmbH, Tel. 0341 123456", and the
    # number was asked again after the name.
    d = business_at_company()
    d.type(typed)
    assert d.state.answers["company"] == company
    assert d.state.answers["phone"] == phone
    assert d.state.screen == "q:trades"
    assert "not ask for it again" in d.text and "change it before you send" in d.text
    on_to_the_name(d)
    d.type("Ayşe Yılmaz")
    assert d.state.screen == after_name
    # The number is on the summary, with its ✏️ to change it.
    if after_name == "q:whatsapp":
        d.press("No")
    d.press("At my business")
    d.press("Morning")
    assert d.state.screen == "summary"
    assert f"Business name: {company}\n" in d.text
    d.press("Send")
    assert d.leads[0].phone == phone and d.leads[0].answers["company"] == company


def test_the_phone_question_is_asked_again_on_back() -> None:
    # Back from the question after it shows the number's question: the person may give
    # another number there.
    d = business_at_company()
    d.type("Döner Palast GmbH, Tel. 0341 123456")
    on_to_the_name(d)
    d.type("Ayşe Yılmaz")
    d.press("Back")
    assert d.state.screen == "q:phone"
    d.type("0176 12345678")
    assert d.state.answers["phone"] == "+4917612345678" and d.state.screen == "q:whatsapp"
