"""Several request numbers typed in one command ("/lead 1,2", "/lead 1 und #2",
"/weitergeben 1 2 Dresden"): read one way for every command, each of which then says
that one request goes per command (a list is typed in a hurry, between two calls)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.validation import record_id, written_lead_number

#: Words between request numbers ("1 und 2", "1 & 2", "1, 2").
_BETWEEN_NUMBERS = frozenset({"und", "u.", "u", "&", "+", ",", "/", "sowie", "oder"})


#: Request numbers joined by commas, semicolons or slashes ("1,2", "1;#2", "1/2"): a list
#: typed in a hurry.
_JOINED_NUMBERS = re.compile(r"#?\d+(?:[,;/]#?\d+)+[,;/]?")


def numbers_apart(words: Sequence[str]) -> list[str]:
    """``words`` with request numbers joined by commas, semicolons or slashes taken apart
    ("1,2 Dresden", "1;2", "1/2" as "1,", "2", "Dresden"), to be read as
    :func:`further_numbers` reads "1, 2 Dresden". Only a list before the words: after a
    number and a word ("12 Dresden seit 1,5 Jahren", "1/2 Jahr") it is the reason's, as
    typed."""
    apart: list[str] = []
    for index, word in enumerate(words):
        if _JOINED_NUMBERS.fullmatch(word) and _list_may_follow(words[:index]):
            parts = [part for part in re.split(r"[,;/]", word) if part]
            apart += [f"{part}," for part in parts[:-1]] + parts[-1:]
        else:
            apart.append(word)
    return apart


def _list_may_follow(before: Sequence[str]) -> bool:
    """Whether a list of numbers after the words ``before`` is the command's: they are
    numbers themselves ("1 2,3"), or name no number ("Dresden 1,2", "nach Dresden 1;2")."""
    numbers = [_number_first([word])[0] is not None for word in before]
    listed = all(
        number or word.casefold() in _BETWEEN_NUMBERS
        for word, number in zip(before, numbers, strict=True)
    )
    return listed or not any(numbers)


def further_numbers(words: Sequence[str]) -> tuple[list[str], list[str]]:
    """The request numbers ``words`` after a command's first number start with ("/lead 1
    2", "/weitergeben 1, 2 und #3 an Dresden"), and the words after them (the office, the
    reason). "Nr. 2" is a number, and so is "2" in "1 und 2" and "2?" in "/lead 1 2?". A
    number with a leading 0 is none (a phone number's part), nor is one past every
    request's (a phone number without it)."""
    rest = list(words)
    numbers: list[str] = []
    while rest:
        number, taken = _number_first(rest)
        if number is not None:
            numbers.append(number)
            del rest[:taken]
        elif rest[0].casefold() in _BETWEEN_NUMBERS and (numbers or _number_first(rest[1:])[0]):
            rest.pop(0)
        else:
            break
    return numbers, rest


def listed(words: Sequence[str]) -> tuple[list[str], list[str]]:
    """The request numbers ``words`` start with when written as a list, joined by a sign
    or a word ("1, 2", "1 und 2", "1/2" taken apart), and the words after them; none for
    "1 2", whose second number may begin a note's words ("/notiz 12 3 Anrufe")."""
    first, taken = _number_first(words)
    rest = list(words[taken:])
    joined = bool(taken) and (
        words[taken - 1].endswith(",") or (rest[:1] and rest[0].casefold() in _BETWEEN_NUMBERS)
    )
    further, after = further_numbers(rest)
    if first is None or not joined or not further:
        return [], list(words)
    return [first, *further], after


def _number_first(words: Sequence[str]) -> tuple[str | None, int]:
    """The request number ``words`` start with ("2", "#2", "Nr. 2", "# 2", "2?") and how
    many words it takes, or None; a number with a leading 0 is none (a phone number's
    part), and so is a number past every request's."""
    for taken in (1, 2):
        if len(words) < taken:
            break
        number = written_lead_number(" ".join(words[:taken]).rstrip("?!"))
        if number is not None:
            usable = not number.startswith("0") and record_id(number) is not None
            return (number, taken) if usable else (None, 0)
    return None, 0
