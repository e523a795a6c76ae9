"""Young people and parents typing their answers in their own words instead of tapping."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.dialogue.keys import YOUNG_LABEL
from bot.dialogue.state import Request
from bot.i18n import NATIVE_NAMES, translator
from tests.dialogue_driver import Driver


def at_the_situation(lang: str) -> Driver:
    """The young people's dialogue in ``lang``, at its first question (who it is for)."""
    d = Driver(lang)
    d.press(NATIVE_NAMES[lang])
    d.press(translator(lang).gettext(YOUNG_LABEL))
    assert d.state.screen == "q:situation"
    return d


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "für mich"),
        ("de", "Für mich selbst."),
        ("en", "for myself"),
        ("en", "It's for me"),
        ("tr", "kendim için"),
        ("tr", "benim için"),
        ("uk", "для себе"),
        ("ar", "لنفسي"),
        ("vi", "cho bản thân"),
        ("vi", "cho em"),
    ],
)
def test_for_myself_at_the_situation_names_the_persons_own_answers(lang: str, typed: str) -> None:
    # "Please tap one of the buttons below": "for myself" says who, not which situation.
    d = at_the_situation(lang)
    d.type(typed)
    t = translator(lang)
    assert d.state.screen == "q:situation" and "situation" not in d.state.answers
    assert t.gettext("Please tap one of the buttons below.") not in d.text
    for own in ("Looking for an apprenticeship", "Apprentice and need help", "Still at school"):
        assert t.gettext(own) in d.text
    assert t.gettext("Asking for my child") in d.labels()  # still offered, not named


@pytest.mark.parametrize("choice", ["📎", "➕"])
@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "Ich suche Ausbildung als Mechatroniker, können Sie mich anrufen?"),
        ("en", "I'm looking for an apprenticeship as a mechatronics technician, can you call me?"),
        ("tr", "Mekatronik alanında ausbildung arıyorum, beni arayabilir misiniz?"),
    ],
)
def test_a_wish_typed_with_an_open_request_answers_the_situation_after_add_or_new(
    lang: str, typed: str, choice: str
) -> None:
    # "Add to it or new?" came first, and then "What describes your situation best?"
    # asked what the person had just written.
    d = Driver(lang)
    d.press(NATIVE_NAMES[lang])
    d.ctx = replace(d.ctx, requests=(Request(12, "claimed", "leipzig", True),))
    d.type(typed)
    assert d.state.screen == "c:young"
    d.press(choice)
    t = translator(lang)
    assert d.state.screen == "q:age" and d.state.answers["situation"] == "looking"
    assert t.gettext("Looking for an apprenticeship") in d.text
    assert d.result is not None and d.result.held_question == typed  # once, for the advisor
