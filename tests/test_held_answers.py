"""Which words typed under (or, in a topic, after) the bot's question about a held message
only answer it (bot.advisor.held.is_short_answer): they never reach the person."""

from __future__ import annotations

import pytest

from bot.advisor import held


@pytest.mark.parametrize(
    "typed",
    [
        "ja",
        "Nein.",
        "ok",
        "Notiz",
        "senden",
        "👍",
        "ja bitte",
        "Ja, senden!",
        "bitte senden",
        "Notiz bitte",
        "ok danke",
        "Ja, als Notiz",
        "Ja, an die Person",
    ],
)
def test_a_bare_answer_with_a_polite_word_only_answers_the_question(typed: str) -> None:
    # QA: "ja bitte" or "Ja, senden!" in the topic went to the person, "ja" alone did not.
    assert held.is_short_answer(typed)


@pytest.mark.parametrize(
    "typed",
    ["Nein, das ist für die Person", "Ja, morgen um 10 passt", "danke", "Bitte rufen Sie an"],
)
def test_words_of_their_own_are_no_bare_answer(typed: str) -> None:
    assert not held.is_short_answer(typed)


def test_the_questions_buttons_name_the_author_and_older_buttons_still_read() -> None:
    """The buttons carry the held message's author (a reply to the question in a group
    without topics has nothing else that names her); buttons sent before still work, and
    data of another shape is no question's."""
    markup = held.keyboard(12, 345, 7003)
    data = [row[0]["callback_data"] for row in markup["inline_keyboard"]]

    assert [held.parse(d) for d in data] == [
        held.Held(held.Choice.NOTE, 12, 345, 7003),
        held.Held(held.Choice.PERSON, 12, 345, 7003),
    ]
    assert all(len(d.encode()) <= 64 for d in data)
    assert held.parse("held:p:12:345") == held.Held(held.Choice.PERSON, 12, 345)
    assert held.parse("held:p:12:345:x") is None
    assert held.parse("held:p:12:345:7003:1") is None
