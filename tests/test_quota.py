"""How many requests a person may open (bot.dialogue.quota)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.dialogue.quota import DAY, JOIN_WITHIN, OPEN_PER_DAY, TOO_MANY, Placement, Recent, place
from bot.i18n import translator
from db.models import Lead, OutboxMessage
from db.vocabulary import OutboxKind
from tests.dialogue_driver import Person, make_dialogue, send_another_request, walk_to_summary

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def lead(id_: int, ago: timedelta, *, open_: bool = True) -> Recent:
    return Recent(id_, NOW - ago, open_)


def test_a_first_request_is_a_new_lead() -> None:
    assert place([], NOW) == Placement()


def test_a_request_within_minutes_of_an_open_one_joins_it() -> None:
    recent = [lead(7, timedelta(hours=2)), lead(8, timedelta(minutes=1))]
    assert place(recent, NOW) == Placement(join=8)


def test_a_request_the_open_one_cannot_hold_whole_is_a_new_lead() -> None:
    # Another office or new contact details: joined, the open request's would stay.
    recent = [Recent(8, NOW - timedelta(minutes=1), True, ("callback", "leipzig"))]
    assert place(recent, NOW, ("callback", "dresden")) == Placement()
    assert place(recent, NOW, ("callback", "leipzig")) == Placement(join=8)


def test_a_closed_request_is_not_joined() -> None:
    assert place([lead(8, timedelta(minutes=1), open_=False)], NOW) == Placement()


def test_a_later_request_the_same_day_is_new_until_the_days_limit() -> None:
    hours = [timedelta(hours=h) for h in range(1, OPEN_PER_DAY + 1)]
    assert place([lead(i, ago) for i, ago in enumerate(hours[:-1])], NOW) == Placement()
    assert place([lead(i, ago) for i, ago in enumerate(hours)], NOW) == Placement(refused=True)


def test_yesterdays_and_closed_requests_do_not_count_towards_the_limit() -> None:
    recent = [lead(i, timedelta(days=1, hours=i)) for i in range(OPEN_PER_DAY)]
    recent += [lead(10 + i, timedelta(hours=i + 1), open_=False) for i in range(OPEN_PER_DAY)]
    assert place(recent, NOW) == Placement()


def test_naive_times_from_sqlite_are_read_as_utc() -> None:
    naive = Recent(3, (NOW - JOIN_WITHIN / 2).replace(tzinfo=None), True)
    assert place([naive], NOW) == Placement(join=3)


# -- in the dialogue service: what is stored and what the person reads ------------------


class Clock:
    """The service's "now", moved by the test."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


async def first_request(sessionmaker: async_sessionmaker[AsyncSession]) -> tuple[Clock, Person]:
    """A person who sent a request at NOW, with the clock the service reads."""
    clock = Clock()
    person = Person(make_dialogue(sessionmaker, clock))
    await walk_to_summary(person)
    await person.press("Send")
    return clock, person


async def stored(sessionmaker: async_sessionmaker[AsyncSession]) -> tuple[list[int], list[str]]:
    async with sessionmaker() as session:
        leads = list((await session.execute(sa.select(Lead.id).order_by(Lead.id))).scalars())
        kinds = await session.execute(sa.select(OutboxMessage.kind).order_by(OutboxMessage.id))
        return leads, [str(kind) for kind in kinds.scalars()]


async def test_a_second_request_within_minutes_joins_the_first_even_if_new_was_chosen(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    clock, person = await first_request(sessionmaker)
    clock.now += JOIN_WITHIN / 2
    screen = await send_another_request(person)
    leads, kinds = await stored(sessionmaker)
    assert "We have added this to your request number" in screen.text
    assert len(leads) == 1
    # The advisors get the card once, then the card refreshed and a notice of the addition.
    assert kinds == [OutboxKind.LEAD_NEW, OutboxKind.LEAD_REFRESH, OutboxKind.GROUP_NOTICE]


async def test_a_request_for_another_office_within_minutes_is_a_lead_of_its_own(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    clock, person = await first_request(sessionmaker)
    clock.now += JOIN_WITHIN / 2
    screen = await send_another_request(person, plz="01067")  # Dresden, not Leipzig
    assert "Your request number is 2." in screen.text
    async with sessionmaker() as session:
        rows = (await session.execute(sa.select(Lead.office, Lead.postal_code))).all()
    assert sorted(rows) == [("dresden", "01067"), ("leipzig", "04109")]


async def test_past_the_days_limit_a_request_is_declined_kindly_and_not_stored(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    clock, person = await first_request(sessionmaker)
    for _ in range(OPEN_PER_DAY - 1):
        clock.now += JOIN_WITHIN * 2
        await send_another_request(person)
    assert len((await stored(sessionmaker))[0]) == OPEN_PER_DAY
    clock.now += JOIN_WITHIN * 2
    screen = await send_another_request(person)
    assert translator("en").gettext(TOO_MANY) in screen.text
    assert len((await stored(sessionmaker))[0]) == OPEN_PER_DAY
    # A day after the first, one more is taken again.
    clock.now = NOW + DAY
    await send_another_request(person)
    assert len((await stored(sessionmaker))[0]) == OPEN_PER_DAY + 1
