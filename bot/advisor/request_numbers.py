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


#: A range of request numbers in one word ("1-3", "#12–#14"); no leading 0 (a phone
#: number's "0341-123456").
_RANGE = re.compile(r"#?([1-9]\d*)[-–—]#?([1-9]\d*)")
#: A request number on its own, as a range's end ("3", "#3", "3?").
_RANGE_END = re.compile(r"#?([1-9]\d*)[?!.]*")
#: Words between a range's ends ("1 bis 3", "1 - 3").
_UP_TO = frozenset({"bis", "-", "–", "—"})
#: The most numbers a range stands for: longer, it is no list typed in a hurry (a phone
#: number's "341-1234567").
_MOST_IN_RANGE = 10


def numbers_apart(words: Sequence[str], *, ranges: bool = True) -> list[str]:
    """``words`` with request numbers joined by commas, semicolons or slashes taken apart
    ("1,2 Dresden", "1;2", "1/2" as "1,", "2", "Dresden"), and ranges written out ("1-3",
    "1 bis 3" as "1,", "2,", "3"), to be read as :func:`further_numbers` reads "1, 2
    Dresden". Only a list before the words: after a number and a word ("12 Dresden seit
    1,5 Jahren", "1/2 Jahr", "1-2 Tage") it is the reason's, as typed. Without ``ranges``
    a range stays as typed: "/notiz 12 - 15 Uhr anrufen" is a note on request 12."""
    apart: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        numbers, taken = _range_first(words[index:]) if ranges else ([], 0)
        if numbers and _list_may_follow(words[:index]):
            apart += [f"{number}," for number in numbers[:-1]] + numbers[-1:]
            index += taken
            continue
        if _JOINED_NUMBERS.fullmatch(word) and _list_may_follow(words[:index]):
            parts = [part for part in re.split(r"[,;/]", word) if part]
            apart += [f"{part}," for part in parts[:-1]] + parts[-1:]
        else:
            apart.append(word)
        index += 1
    return apart


def _range_first(words: Sequence[str]) -> tuple[list[str], int]:
    """The request numbers of the range ``words`` start with ("1-3", "1 bis 3", "1 - 3")
    and how many words it takes; none for a range backwards or of more than
    :data:`_MOST_IN_RANGE` numbers."""
    joined = _RANGE.fullmatch(words[0]) if words else None
    if joined is not None:
        ends, taken = (joined.group(1), joined.group(2)), 1
    elif len(words) >= 3 and words[1].casefold() in _UP_TO:
        first, last = _RANGE_END.fullmatch(words[0]), _RANGE_END.fullmatch(words[2])
        if first is None or last is None:
            return [], 0
        ends, taken = (first.group(1), last.group(1)), 3
    else:
        return [], 0
    start, end = int(ends[0]), int(ends[1])
    if not start < end < start + _MOST_IN_RANGE or record_id(ends[1]) is None:
        return [], 0
    return [str(number) for number in range(start, end + 1)], taken


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
