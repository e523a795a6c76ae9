"""A bare yes or ok where the postal code is asked: told what is asked, not "I could
not find this place"."""

from __future__ import annotations

import pytest

from bot.dialogue.code_asked import CODE_OR_TOWN
from bot.i18n import translator
from tests.dialogue_driver import Driver

#: Its start: "I could not find this place." in the person's language.
_NOT_FOUND = (
    "I could not find this place. Please write the postal code, or tap “I don't know the "
    "postal code”."
)


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "ja"),
        ("ar", "العربية", "نعم"),
        ("tr", "Türkçe", "evet"),
        ("vi", "Tiếng Việt", "vâng"),
        ("uk", "Українська", "так"),
        ("en", "English", "ok"),
        ("de", "Deutsch", "ja, gerne"),
    ],
)
def test_a_yes_at_the_postal_code_is_told_what_is_asked(lang: str, button: str, typed: str) -> None:
    d = Driver(lang)
    d.press(button)
    d.press("🏢")
    d.type("Döner Palast")
    d.press(d.labels()[0])  # a cook
    assert d.state.screen == "q:plz"
    d.type(typed)
    t = translator(lang)
    assert t.gettext(CODE_OR_TOWN) in d.text
    assert t.gettext(_NOT_FOUND).split(".")[0] not in d.text
    assert d.state.screen == "q:plz" and "plz" not in d.state.answers
