"""An answer to the question just answered, typed once the next one is asked (a tap, and
the words after it): kept for the advisor, and not read as the next question's answer."""

from __future__ import annotations

import pytest

from bot.dialogue.typed import KEPT_MESSAGE
from bot.i18n import NATIVE_NAMES, translator
from tests.dialogue_driver import Driver, business_questions, start_label
from tests.test_business_typing import business_at_company


def at_the_start(lang: str, experience: int = 0) -> Driver:
    """A business owner at the start question, the experience tapped (the first button:
    "Yes, we train right now")."""
    d = business_at_company(lang, NATIVE_NAMES[lang])
    d.type("Döner Palast")
    d.press(d.labels()[0])  # a cook
    d.type("04109")
    d.press(d.labels()[experience])
    assert d.state.screen == "q:start"
    return d


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("en", "yes we have one apprentice right now"),
        ("de", "ja wir haben gerade einen Azubi"),
        ("tr", "evet şu anda bir çırağımız var"),
        ("uk", "так, зараз у нас один учень"),
        ("vi", "có, hiện tại có một học viên"),
        ("ar", "نعم عندنا متدرب واحد حاليا"),
    ],
)
def test_the_experience_said_again_at_the_start_is_no_start(lang: str, typed: str) -> None:
    # "right now", "зараз" read as "as soon as possible": the start stored as the first
    # year ahead, though the owner had only said more about their apprentice.
    d = at_the_start(lang)
    d.type(typed)
    assert d.state.screen == "q:start" and "start" not in d.state.answers
    assert d.state.answers["experience"] == "now" and d.ctx.held_question == typed
    assert translator(lang).gettext(KEPT_MESSAGE) in d.text
    d.press(start_label(d.ctx.now, 1))
    assert d.state.answers["start"] == start_label(d.ctx.now, 1)


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("en", "right now"),
        ("en", "as soon as possible"),
        ("de", "ab sofort"),
        ("uk", "зараз"),
        # The experience said again beside the start: the start.
        ("en", "we train right now, next apprentice as soon as possible"),
    ],
)
def test_a_start_in_words_stays_the_start(lang: str, typed: str) -> None:
    d = at_the_start(lang)
    d.type(typed)
    assert d.state.answers["start"] == start_label(d.ctx.now)


@pytest.mark.parametrize(
    ("meeting", "typed"),
    [
        ("By phone", "by phone in the afternoon please"),
        ("By phone", "by phone is fine, afternoon"),
        ("At my business", "come to my shop in the afternoon"),
    ],
)
def test_the_way_to_talk_said_again_beside_the_time_gives_the_time(
    meeting: str, typed: str
) -> None:
    d = Driver("en")
    d.press("English")
    d.press("For businesses")
    business_questions(d)
    d.press("Yes, I agree")
    d.type("Ayşe Yılmaz")
    d.type("0341 1234567")
    d.press(meeting)
    d.type(typed)
    assert d.state.answers["time"] == "afternoon" and d.state.screen == "summary"
