"""Phone numbers as people type them (bot.validation.parse_phone)."""

from __future__ import annotations

import pytest

from bot.validation import parse_phone
from tests.dialogue_driver import Driver, callback_until_name


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0176 12345678", "+4917612345678"),
        ("+49 176 12345678", "+4917612345678"),
        ("0049 176 12345678", "+4917612345678"),
        ("(0341) 123456", "+49341123456"),
        ("341 1234567", "+493411234567"),  # a German number without its 0
        # The country code without "+" or "00": read as Leer's area code 0491 before,
        # "+49 491 7612345678", a number that reaches no one.
        ("49 176 12345678", "+4917612345678"),
        ("4917612345678", "+4917612345678"),
        ("49 341 1234567", "+493411234567"),
        # Another country's code without "+", where no German number fits.
        ("90 532 123 4567", "+905321234567"),
        ("380 67 123 4567", "+380671234567"),
        ("٠١٧٦ ١٢٣٤٥٦٧٨", "+4917612345678"),  # Arabic-Indic digits
        # One number among words: the words are no part of it.
        ("0176 1234567 (mobil)", "+491761234567"),
        ("Handy: 0176 12345678", "+4917612345678"),
    ],
)
def test_a_number_is_stored_as_it_is_meant(typed: str, stored: str) -> None:
    assert parse_phone(typed) == stored


@pytest.mark.parametrize(
    "typed", ["0176 123", "12", "hallo", "49", "0341 1234567 oder 0176 12345678"]
)
def test_no_number_is_made_up(typed: str) -> None:
    assert parse_phone(typed) is None


@pytest.mark.parametrize(
    ("typed", "told"),
    [
        # Not "write it with the area code": it has one, a digit is missing.
        ("0176 123", "seems to be incomplete, or a digit is wrong"),
        ("0176 1234567890123", "has too many digits"),
        ("0341 1234567 oder 0176 12345678", "only one phone number"),
        ("null eins sieben sechs", "Please write it with the area code"),
    ],
)
def test_a_refused_number_is_told_what_is_wrong_with_it(typed: str, told: str) -> None:
    d = callback_until_name(Driver())
    d.type("Ali Kaya")
    assert told in d.type(typed).text
    assert d.state.screen == "q:phone"
