"""Phone numbers as people type them (bot.validation.parse_phone)."""

from __future__ import annotations

import pytest

from bot.validation import parse_phone


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
    ],
)
def test_a_number_is_stored_as_it_is_meant(typed: str, stored: str) -> None:
    assert parse_phone(typed) == stored


@pytest.mark.parametrize("typed", ["0176 123", "12", "hallo", "49"])
def test_no_number_is_made_up(typed: str) -> None:
    assert parse_phone(typed) is None
