"""An owner's questions at the main menu about training in their own business."""

from __future__ import annotations

import pytest

from bot.dialogue.said_young import NOTED_ANSWER
from bot.i18n import translator
from tests.dialogue_driver import Driver


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "Kann mein Sohn bei mir eine Ausbildung machen?"),
        ("de", "Deutsch", "Kann mein Neffe bei mir lernen?"),
        ("ar", "العربية", "هل يمكن لابني أن يتدرب عندي في المحل؟"),
        ("tr", "Türkçe", "Oğlum yanımda çıraklık yapabilir mi?"),
        ("vi", "Tiếng Việt", "Con trai tôi có thể học nghề ở tiệm tôi không?"),
        ("uk", "Українська", "Чи може мій син навчатися у мене на підприємстві?"),
        ("en", "English", "Can my nephew do an apprenticeship in my shop?"),
    ],
)
def test_a_relative_training_in_the_owners_business_gets_the_training_company_page(
    lang: str, button: str, typed: str
) -> None:
    # The first began the young people's questions as a parent; the others got "I have
    # no information page on this".
    d = Driver(lang)
    d.press(button)
    d.type(typed)
    assert d.state.screen == "a:steps" and d.state.flow is None
    assert d.ctx.held_question == typed


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "Mein Sohn wohnt bei mir und sucht eine Ausbildung"),
        # A question, with "bei mir", "with me": the training-company page (review, 09:35).
        ("de", "Deutsch", "Mein Sohn wohnt bei mir, kann er eine Ausbildung machen?"),
        ("en", "English", "My son lives with me, can he get an apprenticeship?"),
        ("vi", "Tiếng Việt", "Con trai tôi sống với tôi, có thể học nghề không?"),
        ("tr", "Türkçe", "Oğlum yanımda yaşıyor, meslek öğrenebilir mi?"),
    ],
)
def test_a_parent_whose_child_lives_with_them_is_still_a_parent(
    lang: str, button: str, typed: str
) -> None:
    d = Driver(lang)
    d.press(button)
    d.type(typed)
    assert d.state.screen != "a:steps"


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "Wie finde ich einen Azubi?"),
        ("en", "English", "How do I find an apprentice?"),
        ("de", "Deutsch", "Azubi gesucht"),
    ],
)
def test_how_to_find_an_apprentice_starts_the_business_dialogue_with_that_need(
    lang: str, button: str, typed: str
) -> None:
    # "I have no information page on this".
    d = Driver(lang)
    d.press(button)
    d.type(typed)
    assert d.state.flow == "business" and d.state.screen == "q:company"
    assert d.state.answers["needs"] == ["find"]
    assert translator(lang).gettext(NOTED_ANSWER).split("{choice}")[0][:-1] in d.text
