"""Several request numbers typed in one command, read one way for /lead, /leads and
/weitergeben (bot.advisor.request_numbers)."""

from __future__ import annotations

import pytest

from bot.advisor.request_numbers import further_numbers, listed, numbers_apart


@pytest.mark.parametrize(
    ("words", "apart"),
    [
        ("1,2 Dresden", "1, 2 Dresden"),
        ("1;#2 Dresden", "1, #2 Dresden"),
        ("1/2/3 Dresden", "1, 2, 3 Dresden"),
        ("Dresden 1;2", "Dresden 1, 2"),
        ("nach Dresden 1/2", "nach Dresden 1, 2"),
        ("1 2,3 Dresden", "1 2, 3 Dresden"),
        # The reason's numbers stay as typed (QA: "1,5" came in the note as "1, 5").
        ("12 Dresden wohnt seit 1,5 Jahren dort", "12 Dresden wohnt seit 1,5 Jahren dort"),
        ("12 Dresden seit 1/2 Jahr", "12 Dresden seit 1/2 Jahr"),
        # QA: a range got the usage ("1-2") or was read as its first number ("1 bis 3").
        ("1-2", "1, 2"),
        ("1-3 Dresden", "1, 2, 3 Dresden"),
        ("#12–#14", "12, 13, 14"),
        ("1 bis 3", "1, 2, 3"),
        ("1 - 3 Dresden", "1, 2, 3 Dresden"),
        ("1 bis #3?", "1, 2, 3"),
        # No range: a phone number ("0341-123456"), too many, backwards, the reason's.
        ("0341-123456", "0341-123456"),
        ("1-500", "1-500"),
        ("3-1", "3-1"),
        ("12 Dresden 1-2 Tage", "12 Dresden 1-2 Tage"),
        ("12 Dresden bis 3", "12 Dresden bis 3"),
    ],
)
def test_numbers_typed_as_a_list_are_taken_apart(words: str, apart: str) -> None:
    assert " ".join(numbers_apart(words.split())) == apart


def test_a_notes_range_stays_as_typed() -> None:
    """ "/notiz 12 - 15 Uhr anrufen" is a note on request 12, not requests 12 to 15."""
    assert (
        numbers_apart("12 - 15 Uhr anrufen".split(), ranges=False) == "12 - 15 Uhr anrufen".split()
    )


@pytest.mark.parametrize(
    ("after", "numbers", "rest"),
    [
        # After "/lead 1" (its words after the numbers are let be).
        ("2", ["2"], ""),
        ("und #2", ["2"], ""),
        ("2 bitte", ["2"], "bitte"),
        ("bitte", [], "bitte"),
        ("Nr. 2 und Nr.3", ["2", "3"], ""),
        # QA: "/lead 1 2?" was told of request 2 by /lead, not by /weitergeben.
        ("2?", ["2"], ""),
        # A phone number's part, or a number past every request's, is no request.
        ("0341 1234567", [], "0341 1234567"),
        ("99999999999999999999", [], "99999999999999999999"),
        # After "/weitergeben 1" the office and the reason follow.
        ("2 Dresden", ["2"], "Dresden"),
        (", 2 und #3 an Dresden – wohnt dort", ["2", "3"], "an Dresden – wohnt dort"),
        ("Dresden seit 2 Jahren", [], "Dresden seit 2 Jahren"),
        ("und Dresden", [], "und Dresden"),
    ],
)
def test_the_numbers_after_a_commands_number_are_read_one_way(
    after: str, numbers: list[str], rest: str
) -> None:
    """/lead's own reading and /weitergeben's were two: "/lead 1 2?" was told of request
    2, "/weitergeben 1 2? Dresden" that there is no office „2?“."""
    assert further_numbers(after.split()) == (numbers, rest.split())


@pytest.mark.parametrize(
    ("words", "numbers", "after"),
    [
        ("1, 2 Geschwister", ["1", "2"], "Geschwister"),
        ("1 und #2 Geschwister", ["1", "2"], "Geschwister"),
        ("1 / 2", ["1", "2"], ""),
        # A count may begin a note: "/notiz 12 3 Anrufe" is a note of request 12.
        ("12 3 Anrufe", [], "12 3 Anrufe"),
        ("12 Rückruf, 3 Uhr", [], "12 Rückruf, 3 Uhr"),
        ("12, Rückruf", [], "12, Rückruf"),
        ("Rückruf", [], "Rückruf"),
    ],
)
def test_only_numbers_written_as_a_list_are_a_list(
    words: str, numbers: list[str], after: str
) -> None:
    assert listed(words.split()) == (numbers, after.split())
