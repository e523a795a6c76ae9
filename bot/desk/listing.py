"""The inbox's lead list: filters from the query string, one page of rows, indexed queries.

The search is no part of the query string: it is kept on the server (bot.desk.searches).

Open leads come first, oldest first, then the closed ones, oldest first. A page is
read with LIMIT/OFFSET over that order, so a list of 100,000 leads costs one page.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, time, timedelta
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.advisor import erasure_warning
from bot.advisor.wording import CHANNEL_NAMES, FLOW_NAMES, STATUS_NAMES
from bot.desk import searches
from bot.desk.accounts import Advisor
from bot.desk.search import name_contains
from bot.i18n import LANGUAGES
from bot.routing import OFFICE_KEYS
from bot.validation import email_searched, record_id, western_digits, written_lead_number
from db.models import AuditEvent, Lead
from db.vocabulary import OPEN_STATUSES, AuditAction

PAGE = 50
#: The query parameter of a search's token (bot.desk.searches); ``q``, the name itself,
#: was one until 2026-12-05.
TOKEN = "suche"
#: The list's address.
LIST = "/inbox/leads"
#: "open" stands for every open status in the status filter.
OPEN = "open"


#: The list's order: open leads first (0), then the closed ones (1); each part oldest first
#: after it (Lead.created_at, Lead.id). The export and "/lead Mehmet" list so too.
OPEN_FIRST = sa.case((Lead.status.in_(OPEN_STATUSES), 0), else_=1)


#: A phone number as it is read out or written down: "0341 123456", "+49 (341) 12-34/56".
_PHONE = re.compile(r"\+?[\d\s()./-]+")
#: What a phone number may hold beside its digits (and a leading "+").
_PHONE_SEPARATORS = re.compile(r"[\s()./-]")
#: Germany's country code, which most stored numbers start with.
GERMANY = "49"
#: Fewer digits are too few to pick a number out (and "12 3" is hardly one).
MIN_PHONE_DIGITS = 5


def searched_number(search: str) -> int | None:
    """The lead number a search stands for ("12", "#12", "Nr. 12"), or None for a name.
    Bare digits with a leading 0 are none: "0341" (an area code) listed lead 341; no lead
    number is written so, every German phone number is."""
    digits = written_lead_number(search)
    # "٠٣٤١" (Arabic-Indic digits) is an area code too.
    if digits is None or (digits.startswith("0") and western_digits(search.strip())[:1] == "0"):
        return None
    return record_id(digits)


def searched_phone(search: str) -> str | None:
    """The digits a search's phone number has in the stored E.164 form (without "+"), or
    None for no phone number: "0341 123456" and "+49 341 123456" are "49341123456"; a
    part without a prefix ("1234 5678") stays as typed, to be found inside a number."""
    typed = search.strip()
    if not _PHONE.fullmatch(typed):
        return None
    compact = _PHONE_SEPARATORS.sub("", typed)
    if compact.startswith("+"):
        digits = _without_trunk_zero(compact[1:])
    elif compact.startswith("00"):
        digits = _without_trunk_zero(compact[2:])
    elif compact.startswith("0"):
        digits = GERMANY + compact[1:]  # dialled within Germany, as advisors write them
    else:
        digits = compact
    return digits if digits.isdigit() and len(digits) >= MIN_PHONE_DIGITS else None


def _without_trunk_zero(digits: str) -> str:
    """A German number without the 0 kept after +49 ("+49 (0) 341 …", as signatures write
    it): no German number dialled from abroad starts with it, the stored ones neither."""
    return GERMANY + digits[len(GERMANY) + 1 :] if digits.startswith(GERMANY + "0") else digits


def _choice(value: str | None, allowed: Sequence[str]) -> str | None:
    return value if value in allowed else None


def _day(value: str | None) -> date | None:
    """A date as a date field sends it (2026-12-31) or as it is typed in German (31.12.2026;
    it was ignored without a word)."""
    if not value:
        return None
    german = _GERMAN_DATE.fullmatch(value.strip())
    try:
        if german is not None:
            day, month, year = (int(part) for part in german.groups())
            return date(year + 2000 if year < 100 else year, month, day)  # "1.2.26" too
        return date.fromisoformat(value)
    except ValueError:
        return None


_GERMAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})")


@dataclass(frozen=True)
class Filters:
    """What the advisor narrowed the list to; unknown values are ignored, not errors.

    ``search`` (a name or a number) never stands in a URL: the list's address carries
    ``token``, under which the server keeps it for the session (bot.desk.searches).
    """

    office: str | None = None
    status: str | None = None
    flow: str | None = None
    language: str | None = None
    channel: str | None = None
    since: date | None = None
    until: date | None = None
    search: str = ""
    token: str = ""
    page: int = 1

    @classmethod
    def from_query(cls, query: Mapping[str, str]) -> Filters:
        """Read the list's query string (``?office=leipzig&status=open&suche=Tk…&page=2``)
        or its posted form: the search's token, which the page reads (bot.desk.pages)."""
        page = query.get("page", "1")
        token = query.get(TOKEN, "")
        since, until = _day(query.get("since")), _day(query.get("until"))
        if since is not None and until is not None and since > until:
            # "von 10.12., bis 1.12.": the fields filled the wrong way round (it listed none).
            since, until = until, since
        return cls(
            office=_choice(query.get("office"), OFFICE_KEYS),
            status=_choice(query.get("status"), (OPEN, *STATUS_NAMES)),
            flow=_choice(query.get("flow"), tuple(FLOW_NAMES)),
            language=_choice(query.get("language"), LANGUAGES),
            channel=_choice(query.get("channel"), tuple(CHANNEL_NAMES)),
            since=since,
            until=until,
            token=token if searches.TOKEN.fullmatch(token) else "",
            page=max(1, min(int(page), 100_000)) if page.isascii() and page.isdigit() else 1,
        )

    def query(self, **changes: Any) -> str:
        """The query string of these filters with ``changes`` (page 1 unless given): the
        search as its token, never as typed.

        A change that is no filter (``format="csv"``) is added as it is.
        """
        own = {f.name for f in fields(self)}
        changed = replace(self, **{"page": 1, **{k: v for k, v in changes.items() if k in own}})
        values = {k: str(v) for k, v in changes.items() if k not in own}
        for field in fields(changed):
            value = getattr(changed, field.name)
            unset = value in (None, "") or (field.name == "page" and value == 1)
            if unset or field.name == "search":
                continue
            values[TOKEN if field.name == "token" else field.name] = str(value)
        return urlencode(sorted(values.items()))

    def address(self, token: str, page: int = 1) -> str:
        """The list's address with these filters and the search ``token`` (its name is
        kept on the server, bot.desk.searches)."""
        query = replace(self, token=token).query(page=page)
        return f"{LIST}?{query}" if query else LIST

    def describe(self) -> dict[str, str]:
        """The filters for the audit trail (a searched name is personal: only that there was)."""
        shown = {
            f.name: str(getattr(self, f.name))
            for f in fields(self)
            if f.name not in ("search", "token", "page") and getattr(self, f.name) is not None
        }
        if self.search:
            shown["search"] = "yes"
        return shown

    def clauses(self, advisor: Advisor, tz: str) -> list[sa.ColumnElement[bool]]:
        """The WHERE conditions: the advisor's offices, then each filter."""
        zone = ZoneInfo(tz)
        where: list[sa.ColumnElement[bool]] = []
        if advisor.offices is not None:
            where.append(Lead.office.in_(advisor.offices))
        if self.office:
            where.append(Lead.office == self.office)
        if self.status == OPEN:
            where.append(Lead.status.in_(OPEN_STATUSES))
        elif self.status:
            where.append(Lead.status == self.status)
        for column, value in ((Lead.flow, self.flow), (Lead.language, self.language)):
            if value:
                where.append(column == value)
        if self.channel:
            where.append(Lead.channel == self.channel)
        if self.since:
            where.append(Lead.created_at >= datetime.combine(self.since, time(), zone))
        if self.until:
            end = datetime.combine(self.until + timedelta(days=1), time(), zone)
            where.append(Lead.created_at < end)
        if self.search:
            where.append(_searched(self.search))
        return where


def _searched(search: str) -> sa.ColumnElement[bool]:
    """The leads a search finds: by their number, their phone number, or their name; a
    number among words ("Tel. 0341 123456", "Anfrage 12 von Frau Yilmaz") as a number
    too, the words perhaps a name; by their e-mail address (pasted from their mail)."""
    by_email = email_contains(search)
    if by_email is not None:
        # No name or number holds an "@": "ayse@gmx.de" found nothing.
        return by_email
    by_number = _by_number(search)
    if by_number is not None:
        return by_number
    # Among words a number is a lead's only where the words say so ("Anfrage 12", "Nr. 12"):
    # "Eisenbahnstraße 12" listed lead 12. A long one is a phone number, never a lead's.
    marked = [
        Lead.id == number
        for digits in _MARKED_NUMBER.findall(search)
        if (number := record_id(digits)) is not None
    ]
    among_words = _numbers_among_words(search)
    phones = [
        Lead.phone.contains(phone, autoescape=True)
        for written in among_words
        if (phone := searched_phone(written)) is not None
    ]
    # An address copied with its postal code ("Eisenbahnstraße 12, 04315 Leipzig").
    phones += [Lead.postal_code == written for written in among_words if is_postal_code(written)]
    # The name is in the words, not in a bare number beside them ("Said 12": Said's leads).
    words = [word for word in search.split() if not word.strip(",.;:").isdigit()]
    return sa.or_(name_contains(" ".join(words) or search), *marked, *phones)


def email_contains(search: str) -> sa.ColumnElement[bool] | None:
    """The leads whose e-mail address holds the one (or the part with its "@") ``search``
    holds, in any case; None when it holds none."""
    addresses = email_searched(search)
    email = sa.func.lower(Lead.email)
    found = [email.contains(address, autoescape=True) for address in addresses]
    return sa.or_(*found) if found else None


def _by_number(search: str) -> sa.ColumnElement[bool] | None:
    """The leads ``search`` finds as a lead's number or a phone number, or None for neither."""
    number, phone = searched_number(search), searched_phone(search)
    found = [Lead.phone.contains(phone, autoescape=True)] if phone is not None else []
    if number is not None:
        # Bare digits are a lead's number, or a part of a phone number when long enough.
        found.append(Lead.id == number)
    if is_postal_code(search.strip()):
        # QA: "04109" was searched as a phone number only (+49 4109…) and found nothing;
        # five digits are the postal code advisors sort their callbacks by.
        found.append(Lead.postal_code == search.strip())
    return sa.or_(*found) if found else None


def is_postal_code(written: str) -> bool:
    """Whether ``written`` is a German postal code: five digits ("04109")."""
    return _POSTAL_CODE.fullmatch(written) is not None


_POSTAL_CODE = re.compile(r"[0-9]{5}")


#: A lead's number among words, marked as one: "Anfrage 12", "Anfrage #12", "#12", "# 12",
#: "Nr. 12", "Nummer 12"; not a number that goes on as a word ("#12er").
_MARKED_NUMBER = re.compile(
    r"(?:\banfrage\s*#?|#|\bnr\b\.?|\bnummer\b)\s*(\d+)(?![\w%])", re.IGNORECASE
)
#: A number standing as a word of its own (at the start, after a space or "#"), its digits
#: perhaps parted as a phone number is written ("0341 123456", "+49 (341) 12-34").
_NUMBER_AMONG_WORDS = re.compile(r"(?:^|(?<=\s)|(?<=#))\+?[\d(][\d\s()./-]*")
#: What may follow a number that ends a word: the end, a space, or a sentence's sign.
_AFTER_A_NUMBER = frozenset(",;:!?")


def _numbers_among_words(search: str) -> list[str]:
    """The numbers written as words of their own in ``search`` ("Tel. 0341 123456": "0341
    123456"); none that is part of a word ("100%", "3er")."""
    found = []
    for match in _NUMBER_AMONG_WORDS.finditer(search):
        end = match.end()
        in_a_word = end < len(search) and not search[end - 1].isspace()
        if in_a_word and search[end] not in _AFTER_A_NUMBER:
            continue
        found.append(match.group().rstrip(" ./-("))
    return found


@dataclass(frozen=True)
class Row:
    """One lead in the list."""

    id: int
    status: str
    office: str | None
    flow: str
    language: str
    channel: str
    name: str | None
    created_at: datetime
    claimed_by_name: str | None
    unread: bool = False
    #: Its group was told it will be erased for lack of work (bot.advisor.erasure_warning).
    erasure_due: bool = False


@dataclass(frozen=True)
class Page:
    """One page of the list and how many leads match."""

    rows: list[Row]
    total: int
    number: int

    @property
    def pages(self) -> int:
        """How many pages there are (at least one)."""
        return max(1, -(-self.total // PAGE))


_COLUMNS = (
    Lead.id,
    Lead.status,
    Lead.office,
    Lead.flow,
    Lead.language,
    Lead.channel,
    Lead.name,
    Lead.created_at,
    Lead.claimed_by_name,
)


async def page(
    sessionmaker: async_sessionmaker[AsyncSession], advisor: Advisor, filters: Filters, tz: str
) -> Page:
    """The page ``filters.page`` of the advisor's leads: open ones first, each part oldest first.

    Two range reads in index order (ix_leads_office_created_at) instead of one sort by
    "is open": with 100,000 leads the sort alone took 150 ms on SQLite.
    """
    where = filters.clauses(advisor, tz)
    is_open = Lead.status.in_(OPEN_STATUSES)
    async with sessionmaker() as session:

        async def read(part: sa.ColumnElement[bool], skip: int, limit: int) -> list[Row]:
            query = (
                sa.select(*_COLUMNS)
                .where(*where, part)
                .order_by(Lead.created_at, Lead.id)
                .limit(limit)
                .offset(skip)
            )
            return [Row(*row) for row in await session.execute(query)]

        # Both counts from one pass over the (office, status) index, grouped by status (was
        # two queries; a CASE per row instead cost PostgreSQL three times the scan).
        per_status = await session.execute(
            sa.select(Lead.status, sa.func.count()).where(*where).group_by(Lead.status)
        )
        counts = {status: int(n) for status, n in per_status.all()}
        total = sum(counts.values())
        # A page past the last (a bookmark, fewer leads since) shows the last one: it said
        # "Seite 2 von 1" over an empty table.
        number = min(filters.page, max(1, -(-total // PAGE)))
        offset = (number - 1) * PAGE
        open_total = sum(n for status, n in counts.items() if status in OPEN_STATUSES)
        found = await read(is_open, offset, PAGE) if offset < open_total else []
        if len(found) < PAGE and offset + len(found) < total:
            found += await read(~is_open, max(0, offset - open_total), PAGE - len(found))
        unread = await _unread(session, [row.id for row in found], advisor.actor.id)
        due = await erasure_warning.announced(
            session, [row.id for row in found if row.status in OPEN_STATUSES]
        )
    rows_marked = [
        replace(row, unread=row.id in unread, erasure_due=row.id in due) for row in found
    ]
    return Page(rows_marked, total, number)


async def _unread(session: AsyncSession, lead_ids: list[int], actor_id: int) -> set[int]:
    """The leads whose person wrote after this advisor last opened them (from the audit trail).

    One grouped read of both moments per lead (the person's latest message, the advisor's
    latest reading) instead of one query for each."""
    if not lead_ids:
        return set()
    wrote = AuditEvent.action == AuditAction.RELAYED_FROM_PERSON
    read = sa.and_(AuditEvent.action == AuditAction.READ, AuditEvent.actor_id == actor_id)
    rows = await session.execute(
        sa.select(
            AuditEvent.lead_id,
            sa.func.max(sa.case((wrote, AuditEvent.created_at))),
            sa.func.max(sa.case((read, AuditEvent.created_at))),
        )
        .where(
            AuditEvent.lead_id.in_(lead_ids),
            AuditEvent.action.in_((AuditAction.RELAYED_FROM_PERSON, AuditAction.READ)),
        )
        .group_by(AuditEvent.lead_id)
    )
    return {
        lead_id
        for lead_id, written, seen in rows.all()
        if lead_id is not None and written is not None and (seen is None or seen < written)
    }


async def newest_id(sessionmaker: async_sessionmaker[AsyncSession]) -> int:
    """The highest lead number (0 without leads): the list's mark for its event stream.

    Of every office: one step down the primary key, where the highest of one office's
    leads had to walk that office's whole index. Numbers only grow, so a lead newer than
    this mark is newer than the advisor's newest too (bot/desk/stream.py)."""
    async with sessionmaker() as session:
        return int(await session.scalar(sa.select(sa.func.max(Lead.id))) or 0)


async def newer_than(
    sessionmaker: async_sessionmaker[AsyncSession], advisor: Advisor, mark: int
) -> int:
    """The advisor's newest lead after number ``mark`` (0 if none): a short range read."""
    query = sa.select(sa.func.max(Lead.id)).where(Lead.id > mark)
    if advisor.offices is not None:
        query = query.where(Lead.office.in_(advisor.offices))
    async with sessionmaker() as session:
        return int(await session.scalar(query) or 0)
