"""How long it takes, asked during a dialogue: the lengths the domain facts state, told at
once, and the question kept for the advisor; other lengths stay the advisor's."""

from __future__ import annotations

import pytest

from bot.dialogue.duration_asked import AEVO_LENGTH, NOTED_TOO, NOTED_TOO_TYPING, TRAINING_LENGTH
from bot.dialogue.typed import KEPT
from bot.i18n import LANGUAGES, NATIVE_NAMES, translator
from tests.test_business_typing import business_at_company, business_at_experience
from tests.test_owner_summary import owner_at_the_summary, unmarked
from tests.test_young_typed import at_the_situation

#: "How long does it take?" in each language.
_IT = {
    "de": "wie lange dauert das?",
    "en": "how long does it take?",
    "tr": "ne kadar sürer?",
    "uk": "скільки це триває?",
    "vi": "mất bao lâu?",
    "ar": "كم يستغرق ذلك؟",
}


def told(lang: str, text: str, message: str) -> bool:
    """Whether ``message`` in ``lang`` stands in ``text``."""
    return unmarked(translator(lang).gettext(message)) in unmarked(text)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_how_long_it_takes_at_a_question_tells_both_lengths(lang: str) -> None:
    # Only "the advisor will answer it personally".
    d = business_at_experience(lang, NATIVE_NAMES[lang])
    d.type(_IT[lang])
    assert d.state.screen == "q:experience" and d.ctx.held_question == _IT[lang]
    for message in (TRAINING_LENGTH, AEVO_LENGTH, NOTED_TOO):
        assert told(lang, d.text, message), message


@pytest.mark.parametrize(
    ("lang", "typed", "length"),
    [
        ("de", "Wie lange dauert die Ausbildung?", TRAINING_LENGTH),
        ("en", "how long is the apprenticeship", TRAINING_LENGTH),
        ("tr", "çıraklık ne kadar sürer?", TRAINING_LENGTH),
        ("vi", "học nghề mất bao lâu?", TRAINING_LENGTH),
        ("de", "wie lange dauert die AEVO-Prüfung?", AEVO_LENGTH),
        ("tr", "AEVO sınavı ne kadar sürer?", AEVO_LENGTH),
    ],
)
def test_a_length_named_on_the_summary_is_told(lang: str, typed: str, length: str) -> None:
    d = owner_at_the_summary(lang)
    d.type(typed)
    assert d.state.screen == "summary" and d.ctx.held_question == typed
    assert told(lang, d.text, length) and told(lang, d.text, NOTED_TOO)
    other = AEVO_LENGTH if length == TRAINING_LENGTH else TRAINING_LENGTH
    assert not told(lang, d.text, other)


def test_at_the_business_name_the_question_below_is_asked_to_be_answered() -> None:
    d = business_at_company("de", "Deutsch")
    d.type("wie lange dauert die Ausbildung?")
    assert d.state.screen == "q:company"
    assert told("de", d.text, TRAINING_LENGTH) and told("de", d.text, NOTED_TOO_TYPING)


@pytest.mark.parametrize(
    "typed",
    [
        # No fact states these: the advisor's, as before.
        "wie lange dauert der AEVO-Kurs?",
        "wie lange dauert die Probezeit beim Rückruf?",
        "how long until you call me?",
        # "It" on the summary: as often as not, how long until the advisor calls.
        "wie lange dauert das?",
    ],
)
def test_a_length_no_fact_states_stays_the_advisors(typed: str) -> None:
    d = owner_at_the_summary("de")
    d.type(typed)
    assert d.ctx.held_question == typed
    assert told("de", d.text, KEPT) and not told("de", d.text, TRAINING_LENGTH)
    assert not told("de", d.text, AEVO_LENGTH)


def test_a_young_person_is_told_the_apprenticeships_length_only() -> None:
    d = at_the_situation("de")
    d.type("wie lange dauert das?")
    assert told("de", d.text, TRAINING_LENGTH) and not told("de", d.text, AEVO_LENGTH)
