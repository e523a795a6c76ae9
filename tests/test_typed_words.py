"""Typed words: "I don't know" alone and inside a short sentence (pure)."""

from __future__ import annotations

import pytest

from bot.dialogue.typed_words import mentions_dont_know, phrase, says_dont_know


@pytest.mark.parametrize(
    "text",
    [
        "I don't know exactly",
        "hmm, keine Ahnung ehrlich gesagt",
        "Ich weiß es noch nicht so genau",
        "Henüz bilmiyorum açıkçası",
        "Em chua biet nua",
        "Поки не знаю, може кухар",
        "لا أعرف بعد، ربما طباخ",
    ],
)
def test_i_dont_know_is_found_inside_a_short_sentence(text: str) -> None:
    assert mentions_dont_know(text) and not says_dont_know(text)


@pytest.mark.parametrize(
    "text",
    [
        # Part of a longer word, not the phrase.
        "Bilmemiz gereken bir şey var mı",
        "I know exactly what I want: cook",
        "Koch",
        # A long message says more than "I don't know": it stays what it is.
        "Mechatronics or electronics, my uncle says, but I don't know which school I need",
    ],
)
def test_other_sentences_do_not_say_i_dont_know(text: str) -> None:
    assert not mentions_dont_know(text)


@pytest.mark.parametrize(
    ("typed", "listed"),
    [
        ("بعد الساعة ١٧", "بعد الساعة 17"),  # Arabic-Indic digits
        ("відеозвʼязок", "відеозв'язок"),  # a phone keyboard's apostrophe
        ("Kizim icin.", "kızım için"),  # without Turkish letters, with a full stop
        ("ابنى", "ابني"),
    ],
)
def test_a_phrase_is_the_same_however_the_keyboard_writes_it(typed: str, listed: str) -> None:
    assert phrase(typed) == phrase(listed)
