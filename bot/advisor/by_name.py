"""A request looked up in a group by the person's name ("/lead Mehmet"), phone number
("/lead 0341 123456") or e-mail address ("/lead ayse@gmx.de"): a caller or a mail gives
those, rarely the request's number. The inbox's searches (bot.desk.search,
bot.desk.listing), over the group's offices and every status (a caller may be about a
closed request too)."""

from __future__ import annotations

import re
from collections.abc import Sequence

import sqlalchemy as sa

from bot.advisor import reports, request_numbers
from bot.advisor.wording import SearchedBy, polite
from bot.advisor.work import Sessions
from bot.desk.listing import OPEN_FIRST, email_contains, searched_phone
from bot.desk.search import name_contains
from bot.validation import western_digits
from db.models import Lead

#: Requests listed at most: more means the name was too short to pick a person out.
LIMIT = 10
#: Signs around a name as it is typed ("„Mehmet“", "Mehmet?"): no part of any name.
_AROUND = ",.;:!?\"'„“”‚‘’()[]"
#: The words a phone number starts a command's words with: a 0 or + and a digit, then
#: digits and the signs written between them ("0341 123456", "+49 (0)341/123-456").
_PHONE_WRITTEN = re.compile(r"(?:0|\+\s*)\d[\d\s()/+-]*")


def searched(words: Sequence[str]) -> str:
    """The name in the words after /lead, without the signs around its words and without
    a polite word ("/lead Omar bitte" found no "Omar bitte"), unless there is no other."""
    bare = [word for word in map(_bare, words) if word]
    named = [word for word in bare if not polite([word])]
    return " ".join(named or bare)


def _bare(word: str) -> str:
    """``word`` without the signs around it, but with a bracket whose partner is inside
    it: "(0)341" of "+49 (0)341 123456" was "0)341", and so was the number shown."""
    head, tail = len(word) - len(word.lstrip(_AROUND)), len(word.rstrip(_AROUND))
    if head and word[head - 1] == "(" and word.count(")", head, tail) > word.count("(", head, tail):
        head -= 1
    if word[tail : tail + 1] == ")" and word.count("(", head, tail) > word.count(")", head, tail):
        tail += 1
    return word[head:tail]


#: The words a request's number is written with ("Nr. 12", "Anfrage #12"): typed without
#: the number ("/lead Nr."), they are no name.
_NUMBER_WORDS = frozenset({"nr", "nummer", "anfrage", "#"})


def is_name(searched: str) -> bool:
    """Whether ``searched`` may be a person's name: it has a letter, and more than the
    words a request's number is written with ("/lead Nr.", "/lead #" and "/lead -1" were
    looked up as names: "keine Anfrage mit „Nr“ im Namen")."""
    words = {word.strip(".#").casefold() for word in searched.split()} - {""}
    return any(ch.isalpha() for ch in searched) and not words <= _NUMBER_WORDS


def name_then_numbers(words: Sequence[str]) -> tuple[str, list[str]] | None:
    """The name and the request numbers of words that are a person's name and then one
    number or more ("Omar 2", "Omar Said Nr. 2", "Omar #2 bitte", "Omar 1 2"), or None:
    "/lead Omar 2" (the caller's name, then the number they read out) found no request
    with „Omar 2“ in the name, nor "/loeschen Omar 1 2" with „Omar 1 2“."""
    for index in range(1, len(words)):
        numbers, after = request_numbers.further_numbers(words[index:])
        if not numbers:
            continue
        name = searched(words[:index])
        digitless = not any(ch.isdigit() for ch in name)
        if digitless and is_name(name) and polite(after):
            return name, numbers
        return None
    return None


def phone_in(searched: str) -> str | None:
    """The digits, as stored, of the phone number ``searched`` is ("0341 123456", "+49 341
    123456"), or None: "/lead 0341 123456" showed lead 341. Only a number written with
    its 0 or + is one: "/lead 12345" stays a request's number."""
    return searched_phone(searched) if searched.startswith(("0", "+")) else None


def phone_written(words: Sequence[str]) -> str | None:
    """The phone number a command's words start with, as typed ("/loeschen 0341 123456"),
    or None. A number written with its 0 or + is never a request's number: "/loeschen
    0341123456" asked to erase request 341, "/export 01" sent request 1. Arabic-Indic and
    Persian digits count as 0-9, as in a request's number ("٠٣٤١ ١٢٣٤٥٦")."""
    written = _PHONE_WRITTEN.match(western_digits(searched(words)))
    return written[0].strip() if written is not None else None


def searched_by(name: str, phone: str | None) -> SearchedBy:
    """What "/lead ``name``" looks the requests up by: the phone number it is (``phone``,
    its digits), an e-mail address it holds ("ayse@gmx.de"), or the name."""
    if phone is not None:
        return "phone"
    return "email" if email_contains(name) is not None else "name"


async def leads_named(
    sessionmaker: Sessions,
    offices: Sequence[str],
    name: str,
    limit: int = LIMIT,
    *,
    phone: str | None = None,
) -> list[reports.LeadRow]:
    """The requests of ``offices`` whose name contains each word of ``name`` (or whose
    phone number contains ``phone``'s digits, or whose e-mail address is the one ``name``
    holds): the open ones first, as the inbox lists them, oldest first; ``limit`` + 1 at
    most, so that the answer can say there are more."""
    by_email = email_contains(name)
    if phone is not None:
        found = Lead.phone.contains(phone, autoescape=True)
    elif by_email is not None:
        found = by_email
    else:
        found = name_contains(name)
    query = (
        sa.select(Lead)
        .where(Lead.office.in_(offices), found)
        .order_by(OPEN_FIRST, Lead.created_at, Lead.id)
        .limit(limit + 1)
    )
    async with sessionmaker() as session:
        leads = (await session.execute(query)).scalars()
        return [reports.LeadRow.of(lead) for lead in leads]


#: The most words a name at the head of a note is looked up with ("Omar Said Hassan").
_MOST_NAME_WORDS = 3


async def name_heading(
    sessionmaker: Sessions, offices: Sequence[str], words: Sequence[str]
) -> str | None:
    """The longest name ``words`` start with (three words at most) that requests of
    ``offices`` have, or None: "/notiz Omar ruft zurück" outside a lead's topic was only
    asked "Zu welcher Anfrage?", Omar's request to be found by hand. A first word of
    fewer than three letters ("Er ruft an") names no one."""
    for count in range(min(len(words), _MOST_NAME_WORDS), 0, -1):
        name = searched(words[:count])
        first = name.split()[0] if name else ""
        digitless = not any(ch.isdigit() for ch in name)
        if len(first) < 3 or not digitless or not is_name(name) or polite(words[:count]):
            continue
        if await leads_named(sessionmaker, offices, name, limit=1):
            return name
    return None
