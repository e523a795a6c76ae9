"""Consent, access (/mydata), erasure (/delete), stop-contact and retention."""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.advisor import work
from bot.app import privacy_from
from bot.config import load_settings
from bot.conversation import rights_wish
from bot.conversation.rights_wish import right_asked
from bot.dialogue import engine, strangers, wish_read
from bot.dialogue.service import Dialogue
from bot.dialogue.state import (
    BACKUP_DAYS,
    SESSION_COOKIE_DAYS,
    Command,
    Context,
    Press,
    Privacy,
    Start,
    State,
)
from bot.dialogue.texts import privacy_text
from bot.faq import matcher
from bot.i18n import translator
from bot.offices import configured_offices
from bot.privacy import retention, rights
from bot.web.security import SessionCookie, WebSecurity
from db.models import AuditEvent, Base, Conversation, ConversationMessage, Lead, OutboxMessage, User
from tests.dialogue_driver import NOW, Person, make_dialogue, start_label, walk_to_summary
from tests.test_typed_questions import CORRECT_MY_DATA

NAME, PHONE, EMAIL, FREE_TEXT = (
    "Ayşe Yılmaz",
    "+493411234567",
    "ayse@example.org",
    "Fahrschule",
)  # a sector of none of the list
#: The business name is typed text too, so it goes with the personal values.
COMPANY = "Yılmaz Imbiss GbR"
UPDATE_IDS = itertools.count(700_000)
#: The ids of people whose erasure is checked by a search of every stored value: long
#: enough never to stand by chance inside a random value kept (a key, a hash, a token);
#: "4242" could, in a hex value, and the check would fail though nothing was left.
DELETING = "4242424242"
ABANDONING = "1001100110"


async def all_values(sessionmaker: async_sessionmaker[AsyncSession]) -> str:
    """Every value of every row of every table, as one string to search in."""
    chunks = []
    async with sessionmaker() as session:
        for table in Base.metadata.sorted_tables:
            for row in (await session.execute(sa.select(table))).all():
                chunks.append(json.dumps([str(v) for v in row], ensure_ascii=False))
    return "\n".join(chunks)


async def business_lead(person: Person, free_text: str = FREE_TEXT, name: str = NAME) -> None:
    shown = await person.send(Start("en"))
    labels = [button.label for row in shown.keyboard for button in row]
    # Someone with an open request sees it first and chooses a new one.
    await person.press("New request" if "➕ New request" in labels else "English")
    await person.press("For businesses")
    await person.type(COMPANY)
    await person.press("I don't know yet")
    await person.type(free_text)  # the sector, in the person's words
    await person.type("04109")
    await person.press("Not yet, and no trainer yet")
    await person.press(start_label(NOW, 1))  # the dialogues here run on NOW
    await person.press("Finding")
    await person.press("Yes, I agree")
    await person.type(name)
    await person.type("0341 1234567")
    await person.press("By phone")
    await person.press("Morning")
    await person.press("E-mail")
    await person.type(EMAIL)
    await person.press("Preferred language")
    await person.press("Deutsch")
    await person.press("Send")


async def sent_request(dialogue: Dialogue, user_id: str = "1001") -> Person:
    """A person (``user_id``) who walked a callback request to its summary and sent it."""
    person = Person(dialogue, user_id)
    await walk_to_summary(person)
    await person.press("Send")
    return person


async def close_request(
    sessionmaker: async_sessionmaker[AsyncSession], closed_at: datetime, user_id: str = "1001"
) -> None:
    """The request of the person ``user_id`` closed by an advisor ("done") at ``closed_at``."""
    async with sessionmaker() as session, session.begin():
        lead = (
            await session.execute(
                sa.select(Lead)
                .join(User, User.id == Lead.user_id)
                .where(User.external_id == user_id)
            )
        ).scalar_one()
        lead.status, lead.closed_at = "done", closed_at


async def test_mydata_returns_everything_as_text_and_json(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    dialogue = make_dialogue(sessionmaker)
    person = Person(dialogue)
    await business_lead(person)
    reply = await dialogue.handle("telegram", person.user_id, Command("mydata"))
    assert reply is not None and reply.attachment is not None
    text = reply.before[0]
    for value in (NAME, "+49 341 1234567", EMAIL, FREE_TEXT, "Finding an apprentice", "received"):
        assert value in text
    data = json.loads(reply.attachment[1])
    lead = data["leads"][0]
    assert (lead["name"], lead["phone"], lead["email"]) == (NAME, PHONE, EMAIL)
    assert lead["answers"]["sector_other"] == FREE_TEXT
    assert data["profile"]["id"] == person.user_id and data["profile"]["username"] == "ayse_y"
    assert lead["consent"]["version"]


async def test_delete_erases_every_personal_value_and_keeps_statistics(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    dialogue = make_dialogue(sessionmaker)
    person = Person(dialogue, DELETING)
    await business_lead(person)
    before = await all_values(sessionmaker)
    assert NAME in before and PHONE in before and EMAIL in before and DELETING in before
    await person.send(Command("delete"))
    await person.press("Yes, delete everything")
    assert person.screen is not None and "All your data has been deleted" in person.screen.text
    after = await all_values(sessionmaker)
    for value in (NAME, "Ayşe", PHONE, "1234567", EMAIL, FREE_TEXT, COMPANY, DELETING, "ayse_y"):
        assert value not in after, value
    async with sessionmaker() as session:
        lead = (await session.execute(sa.select(Lead))).scalar_one()
        kinds = (await session.execute(sa.select(OutboxMessage.kind))).scalars().all()
        users = (await session.execute(sa.select(sa.func.count(User.id)))).scalar_one()
    assert (lead.flow, lead.office, lead.status) == ("business", "leipzig", "withdrawn")
    assert lead.answers["sector"] == "other" and lead.anonymized_at is not None
    assert "lead_withdrawn" in kinds
    assert users == 0


async def test_an_erasure_is_logged_without_whom_it_erased(
    sessionmaker: async_sessionmaker[AsyncSession], caplog: pytest.LogCaptureFixture
) -> None:
    # docs/operations.md promises log lines without anything that points to a person: the
    # journal outlives the erased row, and its id would tie the line to the person's
    # Telegram id in any backup still holding that row.
    dialogue = make_dialogue(sessionmaker)
    person = Person(dialogue, "4243")
    await business_lead(person)
    async with sessionmaker() as session:
        internal = (await session.execute(sa.select(User.id))).scalar_one()
    caplog.set_level(logging.INFO, logger="bot")
    await person.send(Command("delete"))
    await person.press("Yes, delete everything")
    erasures = [r.getMessage() for r in caplog.records if "erased" in r.getMessage()]
    assert erasures == ["a person erased their data"]
    assert not any(str(internal) in line.split() for line in erasures)


async def users_and_conversations(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> tuple[int, int]:
    async with sessionmaker() as session:
        users = await session.scalar(sa.select(sa.func.count(User.id)))
        conversations = await session.scalar(sa.select(sa.func.count()).select_from(Conversation))
    return users or 0, conversations or 0


@pytest.mark.parametrize("channel", ["telegram", "web"])
async def test_yes_delete_tapped_twice_stores_the_person_no_more(
    sessionmaker: async_sessionmaker[AsyncSession], channel: str
) -> None:
    # The second tap, on its way while the first erased, ran as a stranger's first step:
    # the person was stored again seconds after "All your data has been deleted".
    dialogue = make_dialogue(sessionmaker)
    person = Person(dialogue, "4243", channel)
    await person.send(Start("en"))
    await person.press("English")
    confirm = await person.send(Command("delete"))
    data = next(b.data for row in confirm.keyboard for b in row if "Yes, delete" in b.label)
    message_id = 77 if channel == "telegram" else None
    taps = [
        dialogue.handle(channel, "4243", Press(data, message_id), update_id=next(UPDATE_IDS))
        for _ in range(2)
    ]
    first, second = await asyncio.gather(*taps)
    assert first is not None and second is not None
    assert first.erased and second.erased and second.repeat and not first.repeat
    assert second.screen.text == first.screen.text
    assert "All your data has been deleted" in second.screen.text
    assert (await users_and_conversations(sessionmaker)) == (0, 0)
    # Writing again starts anew, as the farewell says.
    assert "language" in (await person.send(Start("en"))).text
    # ... and the same way to "Yes, delete everything" erases again: on the web a tap
    # names no message, and the new tap (same step number) was taken for the old one.
    await person.press("English")
    again = await person.send(Command("delete"))
    assert (await users_and_conversations(sessionmaker)) == (1, 1)
    assert [b.data for row in again.keyboard for b in row if "Yes, delete" in b.label] == [data]
    erased = await dialogue.handle(
        channel, "4243", Press(data, message_id), update_id=next(UPDATE_IDS)
    )
    assert erased is not None and erased.erased and not erased.repeat
    assert (await users_and_conversations(sessionmaker)) == (0, 0)


async def test_delete_can_be_cancelled(sessionmaker: async_sessionmaker[AsyncSession]) -> None:
    person = Person(make_dialogue(sessionmaker))
    await person.send(Start("en"))
    await person.press("English")
    await person.send(Command("delete"))
    screen = await person.press("No, keep my data")
    assert "Nothing was deleted." in screen.text
    async with sessionmaker() as session:
        assert (await session.execute(sa.select(sa.func.count(User.id)))).scalar_one() == 1


async def test_consent_refusal_stores_nothing_personal(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    person = Person(make_dialogue(sessionmaker))
    await person.send(Start("en"))
    await person.press("English")
    await person.press("For young people")
    await person.press("Looking")
    await person.press("18 to 24")
    await person.type("Pflegefachmann")
    await person.press("Abitur")
    await person.press("B2")
    await person.type("04109")
    screen = await person.press("No")
    assert "We have not stored any personal data" in screen.text
    async with sessionmaker() as session:
        state = (await session.execute(sa.select(Conversation.state))).scalar_one()
        leads = (await session.execute(sa.select(sa.func.count(Lead.id)))).scalar_one()
    assert state["answers"] == {} and leads == 0
    assert "abitur" not in await all_values(sessionmaker)


async def test_purge_removes_exactly_what_is_due(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    dialogue = make_dialogue(sessionmaker)
    for key in ("1", "2", "3"):  # closed long ago, closed lately, open
        await sent_request(dialogue, key)
    for key, days in (("1", 200), ("2", 10)):
        await close_request(sessionmaker, NOW - timedelta(days=days), key)
    async with sessionmaker() as session, session.begin():
        dry = await rights.purge(session, NOW, 180, dry_run=True)
    assert len(dry.leads) == 1
    async with sessionmaker() as session, session.begin():
        report = await rights.purge(session, NOW, 180)
    assert report.leads == dry.leads
    async with sessionmaker() as session:
        rows = (await session.execute(sa.select(Lead).order_by(Lead.id))).scalars().all()
    purged = [lead for lead in rows if lead.anonymized_at is not None]
    assert len(purged) == 1 and purged[0].name is None and purged[0].phone is None
    assert all(lead.name == "Ayşe Yılmaz" for lead in rows if lead.anonymized_at is None)


async def test_the_person_of_a_request_that_still_holds_data_is_kept_for_their_rights(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    # QA, 2026-12-04: 30 idle days after a done request the purge removed its person, and
    # the request kept name and number for its 180 days out of /mydata's and /delete's
    # reach ("You have not sent us a request").
    dialogue = make_dialogue(sessionmaker)
    person = await sent_request(dialogue)
    await close_request(sessionmaker, NOW)
    async with sessionmaker() as session, session.begin():
        idle = await rights.purge(session, NOW + timedelta(days=31), 180)
    assert idle.users == 0 and idle.leads == []
    reply = await dialogue.handle("telegram", person.user_id, Command("mydata"))
    assert reply is not None and "Ayşe Yılmaz" in reply.before[0]
    # Once the request's data are gone, so is the person; a dry run says so beforehand.
    async with sessionmaker() as session, session.begin():
        dry = await rights.purge(session, NOW + timedelta(days=181), 180, dry_run=True)
    async with sessionmaker() as session, session.begin():
        late = await rights.purge(session, NOW + timedelta(days=181), 180)
    assert (dry.users, len(dry.leads)) == (late.users, len(late.leads)) == (1, 1)
    assert (await users_and_conversations(sessionmaker))[0] == 0


async def test_abandoned_conversations_are_purged_after_30_days(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    person = Person(make_dialogue(sessionmaker), ABANDONING)
    await person.send(Start("en"))
    await person.press("English")
    assert ABANDONING in await all_values(sessionmaker)
    async with sessionmaker() as session, session.begin():
        report = await rights.purge(session, NOW + timedelta(days=31), 180)
    assert report.conversations == 1 and report.users == 1
    assert ABANDONING not in await all_values(sessionmaker)


async def test_blocking_the_bot_means_stop_contacting(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    dialogue = make_dialogue(sessionmaker)
    person = Person(dialogue)
    await person.send(Start("en"))
    await dialogue.stop_contact("telegram", person.user_id)
    async with sessionmaker() as session:
        assert (await session.execute(sa.select(User.blocked))).scalar_one() is True


@pytest.mark.parametrize(
    ("chat", "cards", "told"),
    [(-1001, "full", True), (-1001, "minimal", False), (None, "full", False)],
)
def test_the_web_notice_names_telegram_when_the_advisors_get_data_there(
    chat: int | None, cards: str, told: bool
) -> None:
    settings = load_settings(
        _env_file=None,
        telegram_bot_token="123:abc",
        database_url="sqlite+aiosqlite://",
        advisor_chat_id=chat,
        notify_personal_data=cards,
    )
    privacy = privacy_from(settings, configured_offices(settings))
    assert privacy.advisors_on_telegram is told


@pytest.mark.parametrize(("closed_days_ago", "removed"), [(179.9, True), (178.9, False)])
async def test_a_daily_run_removes_what_would_pass_the_retention_before_the_next_run(
    sessionmaker: async_sessionmaker[AsyncSession], closed_days_ago: float, removed: bool
) -> None:
    # The notice promises "at the latest 180 days after your request is closed"; a run
    # took only leads closed more than 180 days before it, so the next day's run removed
    # this one when it had been closed for 180 days and 21 hours.
    await sent_request(make_dialogue(sessionmaker))
    await close_request(sessionmaker, NOW - timedelta(days=closed_days_ago))
    result = await retention.run(sessionmaker, 180, now=NOW)
    async with sessionmaker() as session:
        name = await session.scalar(sa.select(Lead.name))
    assert (result.purge.leads == [1], name is None) == (removed, removed)


@pytest.mark.parametrize(("days_since", "removed"), [(29.9, True), (28.9, False)])
async def test_a_daily_run_removes_a_conversation_that_would_pass_30_days_before_the_next(
    sessionmaker: async_sessionmaker[AsyncSession], days_since: float, removed: bool
) -> None:
    # The notice says "30 days after your last message"; a run took only conversations
    # idle for more than 30 days, so the next day's run removed one idle for 30 days and
    # 21 hours, with the person's Telegram name and id.
    person = Person(make_dialogue(sessionmaker))
    await person.send(Start("en"))
    await person.press("English")
    result = await retention.run(sessionmaker, 180, now=NOW + timedelta(days=days_since))
    left = await users_and_conversations(sessionmaker)
    assert (result.purge.conversations, result.purge.users) == ((1, 1) if removed else (0, 0))
    assert left == ((0, 0) if removed else (1, 1))


@pytest.mark.parametrize(
    ("smtp", "mailbox", "cards", "told"),
    [
        ("mail.example.org", "dresden@example.org", "full", True),
        ("mail.example.org", "dresden@example.org", "minimal", False),
        ("mail.example.org", None, "full", False),
        (None, "dresden@example.org", "full", False),
    ],
)
def test_the_notice_says_so_when_advisors_get_the_request_by_e_mail(
    smtp: str | None, mailbox: str | None, cards: str, told: bool
) -> None:
    # An office with a mailbox got each request with the person's name and number by
    # e-mail, while the notice said only "We do not pass your data on to anyone else".
    settings = load_settings(
        _env_file=None,
        database_url="sqlite+aiosqlite://",
        smtp_host=smtp,
        notify_personal_data=cards,
    )
    offices = configured_offices(settings)
    offices["dresden"] = replace(offices["dresden"], notify_email=mailbox)
    privacy = privacy_from(settings, offices)
    sentence = "Our advisors also receive your request, with your name and how to reach you"
    for channel in ("telegram", "web"):
        ctx = Context(offices={}, privacy=privacy, now=NOW, channel=channel)
        assert (sentence in privacy_text(State(), ctx, translator("en"))) is told


def test_the_notice_says_so_when_messages_go_to_a_translation_server() -> None:
    # With TRANSLATION_URL set every message of the conversation also went to that server,
    # while the notice said only "We do not pass your data on to anyone else".
    settings = load_settings(
        _env_file=None,
        database_url="sqlite+aiosqlite://",
        translation_url="http://127.0.0.1:5000",
    )
    privacy = privacy_from(settings, configured_offices(settings))
    assert privacy.machine_translation is True
    for channel in ("telegram", "web"):
        ctx = Context(offices={}, privacy=privacy, now=NOW, channel=channel)
        notice = privacy_text(State(), ctx, translator("en"))
        assert "translated automatically on a translation server" in notice
    without = Context(offices={}, privacy=replace(privacy, machine_translation=False), now=NOW)
    assert "translation server" not in privacy_text(State(), without, translator("en"))


def test_the_notice_says_what_is_kept_before_a_request_and_for_how_long() -> None:
    # The Telegram name, username and id are stored from the first message on, and a
    # conversation without a request is deleted after ABANDONED_AFTER: neither was said.
    privacy = Privacy(controller="KAUSA")
    telegram = Context(offices={}, privacy=privacy, now=NOW, channel="telegram")
    web = Context(offices={}, privacy=privacy, now=NOW, channel="web")
    days = rights.ABANDONED_AFTER.days
    for ctx in (telegram, web):
        notice = privacy_text(State(), ctx, translator("en"))
        assert f"we delete everything we have stored about you {days} days after" in notice
    assert "Telegram name, username and user ID" in privacy_text(
        State(), telegram, translator("en")
    )
    assert "Telegram name" not in privacy_text(State(), web, translator("en"))
    german = privacy_text(State(), telegram, translator("de"))
    assert f"{days} Tage nach Ihrer letzten Nachricht" in german and "Telegram-ID" in german


def test_the_notice_names_the_privacy_contact_when_one_is_set() -> None:
    # .env.example said PRIVACY_CONTACT is "shown in the privacy notice"; it never was.
    contact = "datenschutz@example.org"
    settings = load_settings(
        _env_file=None, database_url="sqlite+aiosqlite://", privacy_contact=contact
    )
    privacy = privacy_from(settings, configured_offices(settings))
    ctx = Context(offices={}, privacy=privacy, now=NOW)
    for lang in ("en", "de", "ar"):
        assert contact in privacy_text(State(), ctx, translator(lang)), lang
    assert "Questions about your data" in privacy_text(State(), ctx, translator("en"))
    unset = Context(offices={}, privacy=replace(privacy, contact=""), now=NOW)
    assert "Questions about your data" not in privacy_text(State(), unset, translator("en"))


async def test_mydata_names_what_was_done_with_the_request_without_the_advisors(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    # "This is everything we have stored about you" left out the request's history that
    # the advisors' export shows (claimed, a call that did not reach them, handed over).
    dialogue = make_dialogue(sessionmaker)
    person = Person(dialogue)
    await business_lead(person)
    async with sessionmaker() as session, session.begin():
        lead_id = (await session.execute(sa.select(Lead.id))).scalar_one()
        for action, detail in (
            ("claimed", None),
            ("not_reached", None),
            ("handed_over", {"from": "leipzig", "to": "chemnitz", "chat": -1002}),
        ):
            session.add(
                AuditEvent(
                    lead_id=lead_id,
                    actor_id=7001,
                    actor_name="Anna Schmidt",
                    action=action,
                    detail=detail,
                    created_at=NOW,
                )
            )
    reply = await dialogue.handle("telegram", person.user_id, Command("mydata"))
    assert reply is not None and reply.attachment is not None
    history = json.loads(reply.attachment[1])["leads"][0]["history"]
    assert [entry["action"] for entry in history] == ["claimed", "not_reached", "handed_over"]
    assert history[2]["from_office"] == "leipzig" and history[2]["to_office"] == "chemnitz"
    assert "Anna" not in reply.attachment[1].decode() and "7001" not in json.dumps(history)


#: What may happen to an open request in its 180 days: (a message, or an audit action, or
#: None) at day 100, and whether the request keeps its data at day 181.
ACTIVITY_AT_DAY_100 = [
    (None, False),
    (("message", False), True),
    (("message", True), False),  # an advisor's internal note: the person is not involved
    (("audit", "claimed"), True),
    (("audit", "not_reached"), True),
    (("audit", "handed_over"), True),
    (("audit", "read"), False),  # reading a request must not keep its data
    (("audit", "reminded_unclaimed"), False),  # nor the bot's own reminder
]


@pytest.mark.parametrize(("activity", "kept"), ACTIVITY_AT_DAY_100)
async def test_an_open_request_nobody_works_on_is_erased_after_the_retention(
    sessionmaker: async_sessionmaker[AsyncSession],
    activity: tuple[str, object] | None,
    kept: bool,
) -> None:
    # Retention ran from closing only: a request no advisor ever closed kept the person's
    # name and number for ever. Now RETENTION_DAYS without activity erase it as well.
    await sent_request(make_dialogue(sessionmaker))
    day_100 = NOW + timedelta(days=100)
    async with sessionmaker() as session, session.begin():
        lead_id = (await session.execute(sa.select(Lead.id))).scalar_one()
        session.add(
            ConversationMessage(
                lead_id=lead_id,
                channel="telegram",
                kind="text",
                text="Mein Handy: 0176 5550000",
                created_at=NOW + timedelta(hours=12),
            )
        )
        if activity is not None and activity[0] == "message":
            session.add(
                ConversationMessage(
                    lead_id=lead_id,
                    channel="telegram",
                    kind="text",
                    text="Noch da?",
                    internal=activity[1],
                    created_at=day_100,
                )
            )
        elif activity is not None:
            session.add(AuditEvent(lead_id=lead_id, action=activity[1], created_at=day_100))
    async with sessionmaker() as session, session.begin():
        early = await rights.purge(session, NOW + timedelta(days=170), 180)
    assert early.idle == []
    async with sessionmaker() as session, session.begin():
        dry = await rights.purge(session, NOW + timedelta(days=181), 180, dry_run=True)
    result = await retention.run(sessionmaker, 180, now=NOW + timedelta(days=181))
    assert dry.idle == result.purge.idle == ([] if kept else [lead_id])
    assert "open lead(s) without activity" in result.describe(dry_run=False)
    stored = await all_values(sessionmaker)
    async with sessionmaker() as session:
        lead = await session.get(Lead, lead_id)
        erasures = await session.scalar(
            sa.select(sa.func.count()).where(OutboxMessage.kind == "group_erase")
        )
    assert lead is not None
    assert (lead.name is not None, "5550000" in stored, NAME in stored) == (kept, kept, kept)
    # The same erasure as a closed request's: the log, and every copy in the advisor chats.
    assert (lead.anonymized_at is not None, erasures) == (not kept, 0 if kept else 1)
    if kept:
        # Its time runs from the activity: 180 days after day 100 it is erased.
        later = await retention.run(sessionmaker, 180, now=day_100 + timedelta(days=181))
        assert later.purge.idle == [lead_id]


async def test_an_open_request_erased_without_activity_leaves_the_open_lists(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    # Erased after RETENTION_DAYS without work, it stayed "neu" with no data: in /leads, in
    # the inbox's open list and the reminders, with no button left to close it.
    await sent_request(make_dialogue(sessionmaker))
    later = NOW + timedelta(days=181)
    result = await retention.run(sessionmaker, 180, now=later)
    async with sessionmaker() as session:
        lead = (await session.execute(sa.select(Lead))).scalar_one()
    assert result.purge.idle == [lead.id]
    assert (lead.status, lead.closed_at) == ("expired", later)
    assert await work.open_leads(sessionmaker, [lead.office or ""]) == []
    async with sessionmaker() as session:
        stamped = await session.scalar(
            sa.select(AuditEvent.created_at).where(AuditEvent.action == "purged")
        )
    # Stamped with the run's clock, not the wall clock's day (the column's default).
    assert stamped == later
    # A later run finds nothing more to do with it.
    again = await retention.run(sessionmaker, 180, now=later + timedelta(days=200))
    assert (again.purge.idle, again.purge.leads) == ([], [])


def test_the_notice_says_what_deletion_keeps_for_the_statistics() -> None:
    # /delete and retention keep the statistics row (kind, button answers, postal code,
    # languages, dates, consent): the notice said nothing of it.
    privacy = Privacy(controller="KAUSA")
    for channel in ("telegram", "web"):
        ctx = Context(offices={}, privacy=privacy, now=NOW, channel=channel)
        notice = privacy_text(State(), ctx, translator("en"))
        assert "we keep only anonymous figures for our statistics" in notice
        assert "the postal code" in notice and "without your name" in notice


def test_the_notice_says_an_open_request_without_activity_is_deleted_too() -> None:
    # The notice promised deletion only "after your request is closed": a request nobody
    # closed seemed kept for ever (and was, until bot.privacy.idle).
    privacy = Privacy(controller="KAUSA", retention_days=90)
    for channel in ("telegram", "web"):
        ctx = Context(offices={}, privacy=privacy, now=NOW, channel=channel)
        english = privacy_text(State(), ctx, translator("en"))
        assert "If nothing happens with your open request for 90 days" in english
        german = privacy_text(State(), ctx, translator("de"))
        assert "Geschieht mit Ihrer offenen Anfrage 90 Tage lang nichts" in german


def channels(privacy: Privacy) -> tuple[Context, Context]:
    """The web chat's and Telegram's context for the notice under ``privacy``."""
    web = Context(offices={}, privacy=privacy, now=NOW, channel="web")
    return web, Context(offices={}, privacy=privacy, now=NOW, channel="telegram")


def test_the_web_notice_says_what_the_chat_keeps_from_the_first_step_on() -> None:
    # The Telegram notice names the name, username and id kept from the first message on;
    # the web notice named nothing, while the chat sets a session cookie and keeps the
    # conversation under a hash of it (users.external_id) from the first step on.
    privacy = Privacy(controller="KAUSA")
    web, telegram = channels(privacy)
    english = privacy_text(State(), web, translator("en"))
    assert "cookie in your browser that holds only a random session number" in english
    assert "under a code computed from this number" in english
    assert "cookie" not in privacy_text(State(), telegram, translator("en"))
    assert "Cookie" in privacy_text(State(), web, translator("de"))


def test_the_web_notice_says_how_long_the_browser_keeps_the_cookie() -> None:
    # The notice named the cookie but not how long it stays (90 days after the last visit,
    # renewed with each one): a storage period the person is owed (GDPR Art. 13(2)(a)).
    privacy = Privacy(controller="KAUSA")
    web = Context(offices={}, privacy=privacy, now=NOW, channel="web")
    days = SESSION_COOKIE_DAYS
    cookie = SessionCookie("kausa_chat", WebSecurity(b"k" * 32))
    assert cookie.max_age == days * 24 * 3600
    english = privacy_text(State(), web, translator("en"))
    assert f"Your browser deletes this cookie {days} days after your last visit" in english
    for lang in ("de", "ar", "tr", "vi", "uk"):
        notice = privacy_text(State(), web, translator(lang))
        assert translator(lang).number(days) in notice and "Your browser" not in notice, lang
    telegram = Context(offices={}, privacy=privacy, now=NOW, channel="telegram")
    assert "cookie" not in privacy_text(State(), telegram, translator("en"))


@pytest.mark.parametrize("channel", ["web", "telegram"])
def test_the_notice_names_the_right_to_complain_and_to_restrict(channel: str) -> None:
    # Read as a data protection officer reads it: the notice named seeing, correcting and
    # deleting one's data and withdrawing consent, but not the right to complain to a
    # supervisory authority, nor restriction, nor that a withdrawal leaves what was done
    # before lawful (GDPR Art. 13(2)(b) to (d)).
    privacy = Privacy(controller="KAUSA")
    ctx = Context(offices={}, privacy=privacy, now=NOW, channel=channel)
    english = privacy_text(State(), ctx, translator("en"))
    assert "complain to a data protection supervisory authority" in english
    assert "have the use of your data restricted" in english
    assert "does not make what we did with your data before it unlawful" in english
    rights = english.index("You have the right to see your data")
    assert rights < english.index("complain") < english.index("/mydata and delete it")
    for lang in ("de", "ar", "tr", "vi", "uk"):
        notice = privacy_text(State(), ctx, translator(lang))
        assert "complain" not in notice and len(notice.split("\n\n")) == len(
            english.split("\n\n")
        ), lang


def test_the_web_notice_says_that_words_not_sent_stay_in_the_browser_tab() -> None:
    # Read as a data protection officer reads it: the notice said the browser keeps "only a
    # random session number", while the chat's script keeps words typed and not sent (a
    # phone number, a name) in the tab's storage for a reload.
    privacy = Privacy(controller="KAUSA")
    web = Context(offices={}, privacy=privacy, now=NOW, channel="web")
    english = privacy_text(State(), web, translator("en"))
    assert "Words you have typed and not sent yet are kept in this browser tab only" in english
    assert english.index("cookie") < english.index("browser tab")
    telegram = Context(offices={}, privacy=privacy, now=NOW, channel="telegram")
    assert "browser tab" not in privacy_text(State(), telegram, translator("en"))
    for lang in ("de", "ar", "tr", "vi", "uk"):
        notice = privacy_text(State(), web, translator(lang))
        assert len(notice.split("\n\n")) == len(english.split("\n\n")), lang


#: Words passed on by a version before the conversation log, still queued in its outbox.
OLD_RELAY_TEXT = "Mein Sohn Emre Yılmaz ruft morgen an"


async def queued_old_relays(sessionmaker: async_sessionmaker[AsyncSession]) -> None:
    """Relays of the old kinds, one still pending each way, as an older database has them."""
    async with sessionmaker() as session, session.begin():
        lead_id = (await session.execute(sa.select(Lead.id))).scalar_one()
        for kind in ("relay_to_person", "relay_to_group"):
            session.add(
                OutboxMessage(
                    lead_id=lead_id,
                    kind=kind,
                    target="telegram",
                    payload={"text": f"{OLD_RELAY_TEXT} ({kind})"},
                )
            )


@pytest.mark.parametrize("how", ["delete", "retention"])
async def test_erasure_clears_the_text_of_old_relays_still_in_the_outbox(
    sessionmaker: async_sessionmaker[AsyncSession], how: str
) -> None:
    dialogue = make_dialogue(sessionmaker)
    person = await sent_request(dialogue, "5151")
    await queued_old_relays(sessionmaker)
    assert OLD_RELAY_TEXT in await all_values(sessionmaker)
    if how == "delete":
        await person.send(Command("delete"))
        await person.press("Yes, delete everything")
    else:
        await close_request(sessionmaker, NOW - timedelta(days=200), "5151")
        async with sessionmaker() as session, session.begin():
            await rights.purge(session, NOW, 180)
    assert OLD_RELAY_TEXT not in await all_values(sessionmaker)
    async with sessionmaker() as session:
        relays = await session.execute(
            sa.select(OutboxMessage.status).where(OutboxMessage.kind.like("relay_%"))
        )
    # Nothing is left to send: a relay without its words would go out empty.
    assert set(relays.scalars()) == {"cancelled"}


@pytest.mark.parametrize(
    "text",
    [
        "Warum wollen Sie mich nicht mehr kontaktieren?",
        "Ich bekomme keine Anrufe mehr",
        "why don't you call me anymore?",
    ],
)
def test_a_complaint_that_nobody_calls_after_a_request_is_the_advisors_alone(text: str) -> None:
    # Typed after a request, the words reach the advisor with the usual receipt: no
    # /delete after it, as for the wish not to be contacted.
    assert right_asked(text, "de") is None


@pytest.mark.parametrize(("lang", "text"), CORRECT_MY_DATA.items())
def test_a_wish_to_correct_ones_data_after_a_request_is_the_advisors(lang: str, text: str) -> None:
    # Typed after a request, the words reach the advisor with the usual receipt, and no
    # command of a right follows: the bot corrects nothing by itself.
    assert right_asked(text, lang) is None


def count_privacy_wishes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts privacy_wish reads from now on, wherever it is called from."""
    read: list[str] = []

    def counted(text: str, lang: str) -> str | None:
        read.append(text)
        return matcher.privacy_wish(text, lang)

    for module in (engine, strangers, rights_wish, wish_read):
        if hasattr(module, "privacy_wish"):
            monkeypatch.setattr(module, "privacy_wish", counted)
    return read


async def test_a_typed_wish_is_read_once_per_step(
    sessionmaker: async_sessionmaker[AsyncSession], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The service read each typed message for a stranger's wish (bot.dialogue.strangers),
    # and the engine read it again where a name was asked or at the menu.
    dialogue = make_dialogue(sessionmaker)
    person = Person(dialogue)
    await person.send(Start("en"))
    await person.press("English")
    await person.press("For businesses")
    read = count_privacy_wishes(monkeypatch)
    shown = await person.type("Please delete my data")
    assert "Do you want us to delete all your data?" in shown.text
    assert read == ["Please delete my data"]
    read.clear()
    await person.press("No, keep my data")
    await person.type("Yılmaz Imbiss")  # a name: read once, as any typed message
    assert read == ["Yılmaz Imbiss"]


def test_the_notice_names_the_web_chats_ip_addresses_and_the_backups_without_a_policy() -> None:
    # Without PRIVACY_POLICY_URL the notice was all the person read: it named neither the
    # IP address the web chat keeps in memory for its rate limits, nor the daily backups
    # that keep erased data up to 14 days (docs/privacy.md, "Where data lives").
    privacy = Privacy(controller="KAUSA")
    web, telegram = channels(privacy)
    english = privacy_text(State(), web, translator("en"))
    assert "keeps your device's IP address in memory" in english
    assert "IP" not in privacy_text(State(), telegram, translator("en"))
    assert "IP-Adresse" in privacy_text(State(), web, translator("de"))
    for ctx in (web, telegram):
        notice = privacy_text(State(), ctx, translator("en"))
        assert f"our backup copies for up to {BACKUP_DAYS} days" in notice
        german = privacy_text(State(), ctx, translator("de"))
        assert f"bis zu {BACKUP_DAYS} Tage in unseren Sicherungskopien" in german
    # A privacy policy names the operator's own backup period (pg_dump files, copies
    # taken off the server): the notice then points to it instead.
    linked = replace(web, privacy=replace(privacy, policy_url="https://example.org/privacy"))
    assert "backup" not in privacy_text(State(), linked, translator("en"))


def test_the_notice_names_the_backup_period_the_operator_set() -> None:
    # The notice said 14 days in backups whatever kept them: true for the shipped SQLite
    # timer only, while pg_dump files on PostgreSQL are kept as long as the operator keeps
    # them. BACKUP_DAYS names the operator's period (docs/privacy.md, "Where data lives").
    settings = load_settings(_env_file=None, database_url="sqlite+aiosqlite://", backup_days=35)
    privacy = privacy_from(settings, {})
    for ctx in channels(privacy):
        assert "our backup copies for up to 35 days" in privacy_text(State(), ctx, translator("en"))
        german = privacy_text(State(), ctx, translator("de"))
        assert "bis zu 35 Tage in unseren Sicherungskopien" in german
    default = privacy_from(load_settings(_env_file=None, database_url="sqlite+aiosqlite://"), {})
    assert default.backup_days == 14
