"""Advisors' messages to a person in the web chat: stored, shown at once in the open chat
(Server-Sent Events) and on the next visit, and announced by an e-mail without content."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

import aiohttp
import pytest
import sqlalchemy as sa
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.__main__ import _deliver_to_the_web
from bot.app import build_services
from bot.config import Settings
from bot.dialogue.texts import MESSAGE_INTRO
from bot.i18n import translator
from bot.outbox.mail import MailServer
from bot.outbox.worker import deliver_due
from bot.privacy import retention
from bot.services import Services
from bot.web import chat, streams
from bot.web.app import build_web_app
from db import repository
from db.models import AuditEvent, ConversationMessage, Lead, OutboxMessage
from db.vocabulary import AuditAction, OutboxKind, OutboxStatus, OutboxTarget, person_target
from tests.dialogue_driver import NOW, make_dialogue
from tests.test_desk_http import PAST_IDS, refused_as_on_postgresql
from tests.test_notify import Mailbox, smtp_server
from tests.test_privacy import close_request, sent_request
from tests.test_web_chat import UNLIMITED, client, services, up_to_the_phone_question
from tests.web_person import WebClient, WebPerson, page_text

__all__ = [
    "client",
    "services",
    "smtp_server",
]  # fixtures shared with the chat's and the e-mail tests

MESSAGE = "Guten Tag, ich rufe Sie morgen um 10 Uhr an. <b>Frau Weber</b>"


async def web_lead(person: WebPerson, *, email: bool) -> dict[str, Any]:
    await up_to_the_phone_question(person)
    if email:
        await person.press("E-mail instead of phone")
        await person.type("ayse@example.org")
        await person.press("Video call")
    else:
        await person.type("0341 1234567")  # a landline: no WhatsApp question
        await person.press("By phone")
    await person.press("Any time")
    # The language is offered on the summary; unanswered, the chat's language (English).
    return await person.press("Send")


async def for_the_person(services: Services, kind: OutboxKind, **payload: str) -> Lead:
    """What an advisor's reply or claim queues (bot.advisor.work): a row to the person."""
    async with services.sessionmaker() as session, session.begin():
        lead = (await session.scalars(sa.select(Lead))).one()
        await repository.enqueue(
            session, kind=kind, target=person_target(lead.channel), payload=payload, lead_id=lead.id
        )
    return lead


async def advisor_writes(services: Services, text: str) -> Lead:
    return await for_the_person(services, OutboxKind.RELAY_TO_PERSON, text=text)


async def anna_writes(services: Services, text: str, name: str = "Anna Schmidt") -> Lead:
    """Anna Schmidt (or the account ``name``) of the one lead's office answers from the
    web inbox."""
    from bot.advisor import work
    from bot.desk.accounts import Advisor, InboxAccess

    async with services.sessionmaker() as session:
        lead = (await session.scalars(sa.select(Lead))).one()
    anna = Advisor(1, "anna", name, lead.office or "", False, None)
    await work.reply(
        services.sessionmaker,
        InboxAccess(anna),
        lead_id=lead.id,
        text=text,
        actor=anna.actor,
        now=services.clock(),
    )
    return lead


async def deliver(services: Services) -> None:
    # Web deliveries use no Bot API; the advisor group is not configured here.
    await deliver_due(services.sessionmaker, cast(Any, None), services.clock(), services.outbox)


async def outbox(services: Services) -> list[OutboxMessage]:
    async with services.sessionmaker() as session:
        return list((await session.scalars(sa.select(OutboxMessage).order_by("id"))).all())


async def next_event(stream: aiohttp.ClientResponse) -> dict[str, Any]:
    """The data of the next "message" event of a Server-Sent Events stream."""
    event = ""
    while True:
        line = (await asyncio.wait_for(stream.content.readline(), 10)).decode().rstrip("\r\n")
        if line.startswith("event:"):
            event = line.split(":", 1)[1].strip()
        elif line.startswith("data:") and event == "message":
            data: dict[str, Any] = json.loads(line.split(":", 1)[1])
            return data


async def test_the_web_says_which_advisor_writes_as_telegram_does(
    client: WebClient, services: Services
) -> None:
    # The web chat put "Message from your KAUSA advisor:" over every message; Telegram
    # says "Message from Anna, KAUSA Leipzig:".
    person = WebPerson(client)
    await web_lead(person, email=False)
    async with client.get("/chat/events", headers={"Accept": "text/event-stream"}) as stream:
        lead = await anna_writes(services, "Guten Tag!")
        await deliver(services)
        live = await next_event(stream)
    city = services.advisors.office_name(lead.office)
    assert (live["name"], live["city"]) == ("Anna", city)
    page = page_text(await person.open())
    assert f"Message from Anna, KAUSA {city}:" in page and "Guten Tag!" in page
    assert "Schmidt" not in page


@pytest.mark.parametrize(
    ("lang", "label", "office"),
    [("ar", "العربية", "لايبزيغ (\u2068Leipzig\u2069)"), ("uk", "Українська", "Лейпциг (Leipzig)")],
)
async def test_the_advisors_office_is_named_as_every_other_screen_names_its_city(
    client: WebClient, services: Services, lang: str, label: str, office: str
) -> None:
    # QA: the Arabic chat said "رسالة من Anna، مكتب KAUSA في Leipzig:", the city in Latin
    # letters, where every other screen writes "لايبزيغ (Leipzig)".
    person = WebPerson(client)
    await web_lead(person, email=False)
    await person.step({"command": "language"})
    await person.press(label)
    lead = await anna_writes(services, "Guten Tag!")
    assert services.advisors.office_name(lead.office) == "Leipzig"
    await deliver(services)
    page = page_text(await person.open())
    intro = translator(lang).gettext(MESSAGE_INTRO)
    named = intro.format(name=translator(lang).isolate("Anna"), city=office)
    assert named in page
    # The script names the city of a message that comes while the page is open as well.
    assert person.screen["words"]["cities"]["Leipzig"] == office


async def test_an_advisor_who_signs_with_frau_or_herr_is_named_whole(
    client: WebClient, services: Services
) -> None:
    # An account named "Frau Weber", as the office signs to clients: the chat said
    # "Nachricht von Frau, KAUSA Leipzig:". A title before a first name is no first name.
    person = WebPerson(client)
    await web_lead(person, email=False)
    for name, named in (("Frau Weber", "Frau Weber"), ("Dr. Anna Schmidt", "Anna")):
        lead = await anna_writes(services, "Guten Tag!", name)
        await deliver(services)
        city = services.advisors.office_name(lead.office)
        page = page_text(await person.open())
        assert f"Message from {named}, KAUSA {city}:" in page
    assert "Message from Frau," not in page and "Message from Dr.," not in page


async def test_an_advisors_message_appears_in_the_open_chat_and_on_the_next_visit(
    client: WebClient, services: Services
) -> None:
    person = WebPerson(client)
    await web_lead(person, email=False)
    async with client.get("/chat/events", headers={"Accept": "text/event-stream"}) as stream:
        assert stream.status == 200
        assert stream.headers["Content-Type"].startswith("text/event-stream")
        await advisor_writes(services, MESSAGE)
        await deliver(services)
        live = await next_event(stream)
    assert live["text"] == MESSAGE
    page = page_text(await person.open())
    assert "Message from your KAUSA advisor:" in page and MESSAGE in page
    # No e-mail address was given: no notice is queued. The message is kept in the
    # conversation only: once delivered, the outbox row no longer holds its text.
    assert [(o.kind, o.target, o.status, o.payload) for o in await outbox(services)][1:] == [
        ("relay_to_person", "web", OutboxStatus.SENT, {})
    ]


async def test_a_reconnecting_chat_gets_what_it_missed_and_a_stranger_gets_nothing(
    client: WebClient, services: Services
) -> None:
    person = WebPerson(client)
    await web_lead(person, email=False)
    await advisor_writes(services, "first")
    await deliver(services)
    await advisor_writes(services, "second")
    await deliver(services)
    async with client.get("/chat/events") as stream:
        assert [(await next_event(stream))["text"] for _ in range(2)] == ["first", "second"]
    async with client.get("/chat/events", headers={"Last-Event-ID": "1"}) as stream:
        assert (await next_event(stream))["text"] == "second"
    async with aiohttp.ClientSession() as stranger:
        async with stranger.get(client.make_url("/chat/events")) as response:
            assert response.status == 204


async def test_a_last_event_id_past_every_id_misses_nothing(
    client: WebClient, services: Services
) -> None:
    """A Last-Event-ID past every message's id went to the database, which on PostgreSQL
    refuses it: an error where an unknown id opens the stream with nothing missed."""
    person = WebPerson(client)
    await web_lead(person, email=False)
    with refused_as_on_postgresql(services.engine):
        headers = {"Last-Event-ID": str(PAST_IDS)}
        async with client.get("/chat/events", headers=headers) as stream:
            status = stream.status
            await advisor_writes(services, MESSAGE)
            await deliver(services)
            live = await next_event(stream) if status == 200 else {}
    assert status == 200 and live["text"] == MESSAGE


async def test_a_repeated_delivery_stores_the_message_once(
    client: WebClient, services: Services
) -> None:
    person = WebPerson(client)
    await web_lead(person, email=False)
    await advisor_writes(services, MESSAGE)
    row = (await outbox(services))[-1]
    assert services.outbox.web is not None
    # The first try stored the message, but its "sent" was never recorded (a crash).
    async with services.sessionmaker() as session:
        lead = (await session.scalars(sa.select(Lead))).one()
    assert lead.user_id is not None
    await services.outbox.web.tell(row.id, lead.user_id, lead.id, MESSAGE, services.clock())
    await deliver(services)
    page = page_text(await person.open())
    assert page.count(MESSAGE) == 1


async def test_an_e_mail_address_gets_a_notice_without_the_message(
    client: WebClient, services: Services, smtp_server: tuple[Mailbox, int]
) -> None:
    mailbox, port = smtp_server
    services.outbox.mail = MailServer("127.0.0.1", port, sender="bot@kausa.example.org")
    assert services.outbox.web is not None
    services.outbox.web.public_url = "https://chat.kausa-sachsen.example.org"
    person = WebPerson(client)
    await web_lead(person, email=True)
    await advisor_writes(services, MESSAGE)
    await deliver(services)  # the message, which queues the notice
    await deliver(services)  # the notice
    kinds = [(o.kind, o.target, o.status) for o in await outbox(services)]
    assert ("person_mail_notice", "email", OutboxStatus.SENT) in kinds
    assert len(mailbox.messages) == 1
    notice = mailbox.messages[0]
    assert mailbox.envelopes[0][1] == ["ayse@example.org"]
    body = notice.get_content()
    assert notice["Subject"] == "You have a new message from KAUSA"
    assert "https://chat.kausa-sachsen.example.org/chat" in body
    assert "Frau Weber" not in body and "10 Uhr" not in body
    assert "Frau Weber" not in str(notice["Subject"])


async def test_the_claim_is_told_in_the_web_chat(client: WebClient, services: Services) -> None:
    person = WebPerson(client)
    await web_lead(person, email=False)
    lead = await for_the_person(services, OutboxKind.PERSON_CLAIMED, name="Anna")
    await deliver(services)
    page = page_text(await person.open())
    assert "Good news: Anna from KAUSA has taken on your request" in page
    assert person_target(lead.channel) is OutboxTarget.WEB


async def test_a_hand_over_to_another_office_is_told_in_the_web_chat(
    client: WebClient, services: Services
) -> None:
    from bot.advisor import handover
    from bot.desk.accounts import Advisor, InboxAccess

    person = WebPerson(client)
    await web_lead(person, email=False)
    async with services.sessionmaker() as session:
        lead = (await session.scalars(sa.select(Lead))).one()
    anna = Advisor(1, "anna", "Anna Schmidt", lead.office or "", False, None)
    other = "dresden" if lead.office != "dresden" else "leipzig"
    outcome = await handover.hand_over(
        services.sessionmaker,
        InboxAccess(anna),
        services.advisors,
        lead_id=lead.id,
        office=other,
        actor=anna.actor,
        now=services.clock(),
        mail=False,
    )
    await deliver(services)
    page = page_text(await person.open())
    city = other.capitalize()
    assert outcome.changed
    assert f"Your request {lead.id} is now with the KAUSA office in {city}." in page


async def test_a_persons_message_after_the_request_goes_to_the_advisors(
    client: WebClient, services: Services
) -> None:
    person = WebPerson(client)
    sent = await web_lead(person, email=False)
    # Only spaces (sent by a page without JavaScript) reached the advisors as an empty
    # message; the same screen is shown again.
    blank = await person.type("   ")
    answer = await person.type("Ich bin erst ab 14 Uhr erreichbar.")
    async with services.sessionmaker() as session:
        logged = (await session.scalars(sa.select(ConversationMessage))).all()
        trail = (await session.scalars(sa.select(AuditEvent.action))).all()

    # The screen stays; the person is told where the message went, as on Telegram.
    assert answer["text"] == sent["text"] and answer["before"] == ["Sent to your advisor."]
    assert blank["text"] == sent["text"] and blank["before"] == []
    assert [
        (m.direction, m.channel, m.origin, m.text, m.source_chat_id, m.source_message_id)
        for m in logged
    ] == [("from_person", "web", "web", "Ich bin erst ab 14 Uhr erreichbar.", None, None)]
    assert (await outbox(services))[-1].kind == OutboxKind.MESSAGE_TO_ADVISORS
    assert AuditAction.RELAYED_FROM_PERSON in trail


async def test_a_chat_left_open_ends_cleanly_when_the_server_stops(
    client: WebClient, services: Services
) -> None:
    person = WebPerson(client)
    await web_lead(person, email=False)
    async with client.get("/chat/events") as stream:
        assert stream.status == 200
        # aiohttp's test server waits up to 60 s for running handlers: a stream that
        # waited for its next message would hold the stop up that long.
        await asyncio.wait_for(client.server.close(), 20)
        rest = await asyncio.wait_for(stream.content.read(), 5)
    assert b"event: message" not in rest
    assert services.outbox.web is not None and len(services.outbox.web.listeners) == 0


class AsServed(TestServer):
    """aiohttp's test server as `python -m bot web` runs the app (bot.web.server): a
    connection the browser closes does not cancel its handler (the test server's own
    runner would cancel it, and hide a handler left waiting)."""

    async def _make_runner(self, **kwargs: Any) -> web.AppRunner:
        kwargs["handler_cancellation"] = False
        return web.AppRunner(self.app, **kwargs)


async def test_a_chat_whose_browser_left_gives_up_its_place_among_the_listeners(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(streams, "PING_INTERVAL", 0.05)  # the next ping notices it soon
    app = build_web_app(services, extra=[chat.register], limits=UNLIMITED)
    app[chat.CHAT].proof.cost = 1
    assert services.outbox.web is not None
    listeners = services.outbox.web.listeners
    async with TestClient(AsServed(app)) as client:
        person = WebPerson(client)
        await web_lead(person, email=False)
        async with client.get("/chat/events") as stream:
            await stream.content.readline()  # the stream is open: its listener is there
            assert len(listeners) == 1
        # The browser is gone; no message for this person comes, yet the handler ends.
        for _ in range(200):
            if not listeners:
                break
            await asyncio.sleep(0.05)
        assert len(listeners) == 0
        await advisor_writes(services, MESSAGE)
        await deliver(services)  # kept for the next visit all the same
        assert MESSAGE in page_text(await person.open())


async def test_the_web_command_delivers_to_the_web_and_leaves_telegram_to_run(
    client: WebClient, services: Services
) -> None:
    person = WebPerson(client)
    await web_lead(person, email=False)
    async with services.sessionmaker() as session, session.begin():
        lead = (await session.scalars(sa.select(Lead))).one()
        # A row for Telegram (say, one queued by `run` before): only `run` can send it.
        await repository.enqueue(
            session, kind=OutboxKind.RELAY_TO_PERSON, target=OutboxTarget.TELEGRAM,
            payload={"text": "Hallo"}, lead_id=lead.id,
        )  # fmt: skip
    stopped = asyncio.Event()
    # `python -m bot web`'s outbox (no Telegram token): an answer from the inbox reached
    # no one until `run` was started, and the inbox said "wird zugestellt …" forever.
    delivering = asyncio.create_task(_deliver_to_the_web(services, stopped))
    try:
        await advisor_writes(services, MESSAGE)
        services.kick_outbox()  # as the inbox does after an advisor's answer

        async def shown() -> str | None:
            page = page_text(await person.open())
            return page if MESSAGE in page else None

        for _ in range(100):
            if await shown():
                break
            await asyncio.sleep(0.05)
    finally:
        stopped.set()
        await asyncio.wait_for(delivering, 10)
    rows = await outbox(services)
    assert await shown()
    # Telegram's rows (the lead's announcement, the message) wait, untried, for `run`.
    telegram = [row for row in rows if row.target == OutboxTarget.TELEGRAM]
    assert len(telegram) == 2
    assert all(row.status == OutboxStatus.PENDING and row.attempts == 0 for row in telegram)


async def test_the_open_request_question_keeps_its_number_after_typed_words(
    client: WebClient, services: Services
) -> None:
    # Words typed at "You already have an open request (number 1)" went to the advisor,
    # and the question shown again (and after a reload) said "(number )".
    person = WebPerson(client)
    await web_lead(person, email=False)
    await person.press("Main menu")
    asked = await person.press("For businesses")
    typed = await person.type("Hallo")
    reloaded = page_text(await person.open())
    assert "You already have an open request (number 1)" in asked["text"]
    assert typed["text"] == asked["text"] and typed["before"] == ["Sent to your advisor."]
    assert "You already have an open request (number 1)" in reloaded


async def test_a_message_from_before_a_hand_over_keeps_the_office_it_was_written_from(
    client: WebClient, services: Services
) -> None:
    """QA: once the lead went to another office, every message of the first office's
    advisor (delivered before or after the hand-over) was signed with the new office."""
    from bot.advisor import handover
    from bot.desk.accounts import Advisor, InboxAccess

    person = WebPerson(client)
    await web_lead(person, email=False)
    before = await anna_writes(services, "Guten Tag!")
    await deliver(services)
    await anna_writes(services, "Ich rufe morgen an.")  # on its way at the hand-over
    first = services.advisors.office_name(before.office)
    other = next(key for key in services.advisors.offices if key != before.office)
    anna = Advisor(1, "anna", "Anna Schmidt", before.office or "", False, None)
    async with client.get("/chat/events", headers={"Accept": "text/event-stream"}) as stream:
        moved = await handover.hand_over(
            services.sessionmaker,
            InboxAccess(anna),
            services.advisors,
            lead_id=before.id,
            office=other,
            actor=anna.actor,
            now=services.clock(),
            mail=False,
        )
        await deliver(services)
        shown = [await next_event(stream), await next_event(stream)]
    page = page_text(await person.open())
    assert moved.changed
    [live] = [event for event in shown if event["text"] == "Ich rufe morgen an."]
    assert live["city"] == first
    assert page.count(f"Message from Anna, KAUSA {first}:") == 2
    assert f"KAUSA {services.advisors.office_name(other)}:" not in page


async def test_the_web_command_runs_the_nightly_retention(database_url: str) -> None:
    # `python -m bot web` alone (the web chat and the inbox without Telegram) never ran
    # the nightly purge that `run` schedules: a request closed 200 days before kept the
    # person's name although the notice promises deletion after 180 days at the latest.
    now = [NOW]
    settings = Settings(_env_file=None, database_url=database_url)  # type: ignore[call-arg]
    services = build_services(settings, clock=lambda: now[0])
    try:
        await sent_request(make_dialogue(services.sessionmaker))
        await close_request(services.sessionmaker, NOW - timedelta(days=200))
        stopped = asyncio.Event()
        delivering = asyncio.create_task(_deliver_to_the_web(services, stopped))
        try:
            await asyncio.sleep(0.2)
            before = await stored_name(services)
            now[0] = retention.removed_at(NOW, settings.timezone, now=NOW) + timedelta(minutes=1)
            services.kick_outbox()
            for _ in range(100):
                if await stored_name(services) is None:
                    break
                await asyncio.sleep(0.05)
        finally:
            stopped.set()
            await asyncio.wait_for(delivering, 10)
        assert before is not None  # not at the start: at the night's hour
        assert await stored_name(services) is None
    finally:
        await services.close()


async def stored_name(services: Services) -> str | None:
    async with services.sessionmaker() as session:
        return await session.scalar(sa.select(Lead.name))


def test_the_nightly_run_is_due_once_a_night() -> None:
    night = retention.Nightly("Europe/Berlin", NOW)
    first = retention.removed_at(NOW, "Europe/Berlin", now=NOW)
    times = [first - timedelta(minutes=1), first, first + timedelta(hours=1)]
    times += [first + timedelta(days=1, minutes=5), first + timedelta(days=3, hours=2)]
    assert [night.due(at) for at in times] == [False, True, False, True, True]


async def idle_for_170_days(
    services: Services, now: datetime, until: Callable[[int], Awaitable[bool]]
) -> int:
    """A web request of Leipzig untouched for 170 days at ``now``, and `web`'s outbox loop
    run until ``until`` (given its number) says so, or ten seconds: its number."""
    from tests.advisor_desk import LEAD

    async with services.sessionmaker() as session, session.begin():
        lead = await repository.create_lead(
            session, **{**LEAD, "channel": "web", "created_at": now - timedelta(days=170)}
        )
        lead_id = lead.id
    stopped = asyncio.Event()
    delivering = asyncio.create_task(_deliver_to_the_web(services, stopped))
    try:
        for _ in range(200):
            if await until(lead_id):
                break
            await asyncio.sleep(0.05)
    finally:
        stopped.set()
        await asyncio.wait_for(delivering, 10)
    return lead_id


def a_working_hour_ahead() -> datetime:
    """A working hour after the wall clock: the outbox's rows are due from when they are
    queued (db.models' default), so the desk's "now" must not lie before it."""
    from bot.advisor import reminders

    moment = datetime.now(UTC).replace(hour=8, minute=30, second=0, microsecond=0)
    moment += timedelta(days=1)
    while not reminders.at_work(moment):
        moment += timedelta(days=1)
    return moment


async def test_the_web_command_marks_a_request_in_the_inbox_before_its_erasure(
    database_url: str,
) -> None:
    # `python -m bot web` alone never ran the two weeks' notice before an open request
    # without work is erased (`run`'s reminder job does, under the lead's group card): a
    # web-only office learned of it from "lange ohne Bearbeitung". The inbox (list and
    # lead page) is what it has: the notice is recorded for it, no Telegram row queued.
    from bot.advisor import erasure_warning

    now = a_working_hour_ahead()
    settings = Settings(_env_file=None, database_url=database_url)  # type: ignore[call-arg]
    services = build_services(settings, clock=lambda: now)

    async def announced(lead_id: int) -> bool:
        async with services.sessionmaker() as session:
            return bool(await erasure_warning.announced(session, [lead_id]))

    try:
        lead_id = await idle_for_170_days(services, now, announced)
        async with services.sessionmaker() as session:
            stored = await session.get(Lead, lead_id)
            assert stored is not None
            night = await erasure_warning.announced_night(session, stored)
        rows = await outbox(services)
    finally:
        await services.close()
    assert night is not None and night > now.date()
    assert [row for row in rows if row.kind == OutboxKind.GROUP_NOTICE] == []


async def test_the_web_command_mails_the_notice_before_an_erasure_to_an_office_mailbox(
    database_url: str, tmp_path: Path, smtp_server: tuple[Mailbox, int]
) -> None:
    # An office served by `python -m bot web` alone, with a mailbox for its requests, had
    # the notice nowhere but in the inbox: its mailbox, which has every new request, is
    # told too (no personal data: the number, the night and the inbox's link).
    from tests.advisor_desk import offices_toml

    mailbox, port = smtp_server
    path = tmp_path / "offices.toml"
    no_groups: dict[str, int | None] = {"dresden": None, "chemnitz": None, "leipzig": None}
    path.write_text(
        offices_toml(chats=no_groups, notify_email={"leipzig": "leipzig@kausa.example.org"}),
        encoding="utf-8",
    )
    now = a_working_hour_ahead()
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        database_url=database_url,
        offices_file=path,
        smtp_host="127.0.0.1",
        smtp_port=port,
        web_public_url="https://chat.kausa-sachsen.example.org",
    )
    services = build_services(settings, clock=lambda: now)

    async def mailed(_lead_id: int) -> bool:
        return bool(mailbox.messages)

    try:
        lead_id = await idle_for_170_days(services, now, mailed)
        rows = await outbox(services)
    finally:
        await services.close()
    assert [(r.kind, r.status) for r in rows] == [(OutboxKind.GROUP_NOTICE, OutboxStatus.SENT)]
    [mail] = mailbox.messages
    body = mail.get_content()
    assert mailbox.envelopes[0][1] == ["leipzig@kausa.example.org"]
    assert mail["Subject"] == f"KAUSA-Anfrage #{lead_id}: lange ohne Bearbeitung"
    assert f"Bei Anfrage #{lead_id} ist lange nichts geschehen." in body
    assert "werden die persönlichen Daten in der Nacht zum" in body
    assert f"https://chat.kausa-sachsen.example.org/inbox/leads/{lead_id}" in body
    assert "<b>" not in body and "Mehmet" not in body and "+49" not in body
