"""An advisor erases a person's data on their request (a call, a letter, a parent of a
minor), from the lead's page in the web inbox: what the person's own /delete erases,
asked first, audited with the advisor's name, never for another office."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from aiohttp.test_utils import TestClient, TestServer

from bot.advisor import copies
from bot.conversation import log as conversation_log
from bot.conversation.content import Content
from bot.conversation.log import Route, Written
from bot.dialogue.state import Command, Start
from bot.i18n import translator
from bot.privacy import rights
from bot.services import Services
from bot.web import chat
from bot.web.app import build_web_app, channels
from bot.web.security import SECURITY
from db import direct
from db.models import AuditEvent, Conversation, ConversationMessage, Lead, OutboxMessage, User
from db.vocabulary import LeadStatus, MessageKind
from tests.advisor_desk import ANNA, LEIPZIG_GROUP
from tests.dialogue_driver import NOW, Person, callback_answers
from tests.test_desk_http import (  # noqa: F401 - fixtures
    Client,
    Clock,
    account,
    audit,
    client,
    clock,
    log_in,
    origin,
    post,
    services,
)
from tests.test_privacy import COMPANY, EMAIL, FREE_TEXT, NAME, PHONE, all_values, business_lead
from tests.test_web_chat import UNLIMITED, chat_cookie, web_users
from tests.web_person import WebPerson, at_the_summary, page_text, to_the_name_question

#: What the erasure must leave no trace of (the person's Telegram id is their user id).
PERSONAL = (NAME, "Ayşe", PHONE, "1234567", EMAIL, FREE_TEXT, COMPANY, "ayse_y")


#: The people's ids: long enough never to stand by chance inside a random value the
#: erasure keeps (a key, a hash, a token), which every stored value is searched for
#: ("4343" stood in a hex token once, and the check failed).
CALLER = "4343434343"
SELF_DELETING = "4242424242"


async def requested(running: Services, user_id: str, channel: str = "telegram") -> int:
    """A person (``user_id``, on ``channel``) who sent a business request: its number."""
    person = Person(running.dialogue, user_id, channel)
    await business_lead(person)
    await person.type("Ich bin ab 9 Uhr im Laden erreichbar.")  # a message after it
    async with running.sessionmaker() as session:
        number = await session.scalar(
            sa.select(Lead.id)
            .join(User, User.id == Lead.user_id)
            .where(User.external_id == user_id)
        )
    assert number is not None
    return number


async def stored(running: Services, number: int) -> dict[str, Any]:
    """What is kept of a lead, without what differs between two people anyway (its
    number, the times), and what else is stored about it."""
    async with running.sessionmaker() as session:
        lead = await session.get(Lead, number)
        assert lead is not None
        kinds = await session.scalars(
            sa.select(OutboxMessage.kind).where(OutboxMessage.lead_id == number)
        )
        payloads = await session.scalars(
            sa.select(OutboxMessage.payload).where(OutboxMessage.lead_id == number)
        )
        messages = await session.scalar(
            sa.select(sa.func.count())
            .select_from(ConversationMessage)
            .where(ConversationMessage.lead_id == number)
        )
        # The advisor's readings of the page aside: the person who deleted had none.
        actions = await session.scalars(
            sa.select(AuditEvent.action).where(
                AuditEvent.lead_id == number, AuditEvent.action != "read"
            )
        )
        return {
            "lead": (
                lead.flow,
                lead.office,
                lead.status,
                lead.answers,
                lead.name,
                lead.phone,
                lead.email,
                lead.telegram_username,
                lead.user_id,
                lead.anonymized_at is not None,
                lead.closed_at is not None,
            ),
            "outbox": sorted(kinds),
            "payloads": [p for p in payloads if p],
            "messages": messages,
            "audit": sorted(actions),
        }


async def people(running: Services) -> tuple[list[str], int]:
    """The people stored (by their Telegram id) and the conversation states."""
    async with running.sessionmaker() as session:
        users = list(await session.scalars(sa.select(User.external_id).order_by(User.id)))
        states = await session.scalar(sa.select(sa.func.count()).select_from(Conversation))
    return users, states or 0


@pytest.mark.parametrize("channel", ["telegram", "web"])
async def test_an_advisor_erases_on_request_what_the_persons_own_delete_erases(
    client: Client,  # noqa: F811 - the fixture
    services: Services,  # noqa: F811 - the fixture
    clock: Clock,  # noqa: F811 - the fixture
    channel: str,
) -> None:
    """A person calls the office and asks for their data to be deleted: the advisor
    erases on their lead's page exactly what /delete would, after a second step."""
    clock.now = NOW  # the dialogue's buttons are those of NOW
    await account(services, "anna", "leipzig", telegram_id=ANNA)
    deleted_self = await requested(services, SELF_DELETING, channel)
    called = await requested(services, CALLER, channel)
    own = Person(services.dialogue, SELF_DELETING, channel)
    await own.send(Command("delete"))
    await own.press("Yes, delete everything")
    await log_in(client, "anna")

    page = await (await client.get(f"/inbox/leads/{called}")).text()
    asked = await client.get(f"/inbox/leads/{called}/loeschen")
    question = await asked.text()
    # Asking changes nothing: the person is still there.
    assert await people(services) == ([CALLER], 1)
    confirmed = await post(client, f"/inbox/leads/{called}/loeschen", bestaetigt="ja")
    answer = await confirmed.text()

    assert "Personenbezogene Daten löschen" in page
    assert f'href="/inbox/leads/{called}/loeschen"' in page
    assert asked.status == 200 and "Ja, endgültig löschen" in question
    assert NAME in question  # who is erased, to check with the caller
    assert confirmed.status == 200 and confirmed.url.path == f"/inbox/leads/{called}"
    assert "Die personenbezogenen Daten der Person sind gelöscht" in answer
    assert NAME not in answer and "Personenbezogene Daten löschen" not in answer
    # Both people are gone, and each request is kept alike, as an anonymous statistic.
    assert await people(services) == ([], 0)
    mine, theirs = await stored(services, called), await stored(services, deleted_self)
    assert mine == theirs
    assert mine["lead"][:3] == ("business", "leipzig", "withdrawn")
    assert mine["lead"][3]["sector"] == "other" and mine["lead"][4:] == (
        *(None,) * 5,
        True,
        True,
    )
    assert mine["messages"] == 0 and mine["audit"] == ["erased"]
    assert "lead_withdrawn" in mine["outbox"] and "group_erase" in mine["outbox"]
    after = await all_values(services.sessionmaker)
    for value in (*PERSONAL, SELF_DELETING, CALLER):
        assert value not in after, value
    # Who erased, and when: the advisor, by her name, without anything of the person.
    async with services.sessionmaker() as session:
        event = await session.scalar(
            sa.select(AuditEvent).where(AuditEvent.lead_id == called, AuditEvent.action == "erased")
        )
    assert event is not None and event.actor_name == "Anna Beispiel" and event.created_at
    assert event.detail == {"via": "inbox"}
    assert "<td>Daten auf Wunsch gelöscht</td><td>Anna Beispiel</td>" in answer


async def logged_in_with_a_request(
    client: Client,  # noqa: F811 - the fixture
    running: Services,
    clock: Clock,  # noqa: F811 - the fixture
    login: str,
    office: str,
) -> int:
    """The advisor ``login`` of ``office`` logged in, and a Leipzig request: its number."""
    clock.now = NOW
    await account(running, login, office)
    number = await requested(running, CALLER)
    await log_in(client, login)
    return number


async def test_the_erasure_is_asked_first_and_a_form_without_the_answer_erases_nothing(
    client: Client,  # noqa: F811 - the fixture
    services: Services,  # noqa: F811 - the fixture
    clock: Clock,  # noqa: F811 - the fixture
) -> None:
    called = await logged_in_with_a_request(client, services, clock, "anna", "leipzig")
    unconfirmed = await post(client, f"/inbox/leads/{called}/loeschen")
    without_token = await client.post(
        f"/inbox/leads/{called}/loeschen",
        data={"bestaetigt": "ja"},
        headers=origin(client),
    )

    assert unconfirmed.status == 200 and "Ja, endgültig löschen" in await unconfirmed.text()
    assert without_token.status == 403
    assert await people(services) == ([CALLER], 1)
    assert NAME in await all_values(services.sessionmaker)


async def test_another_offices_advisor_cannot_erase_and_is_audited(
    client: Client,  # noqa: F811 - the fixture
    services: Services,  # noqa: F811 - the fixture
    clock: Clock,  # noqa: F811 - the fixture
) -> None:
    called = await logged_in_with_a_request(client, services, clock, "bernd", "dresden")
    asked = await client.get(f"/inbox/leads/{called}/loeschen")
    refused = await post(client, f"/inbox/leads/{called}/loeschen", bestaetigt="ja")

    assert asked.status == refused.status == 404
    assert "Anfrage nicht gefunden" in await refused.text()
    assert NAME not in await asked.text()
    assert await people(services) == ([CALLER], 1)
    assert [a for a, n, _ in await audit(services) if n == called and a == "denied"] == [
        "denied",
        "denied",
    ]
    assert "erased" not in [a for a, _, _ in await audit(services)]


async def test_words_typed_before_the_erasure_do_not_return_with_a_new_request(
    client: Client,  # noqa: F811 - the fixture
    services: Services,  # noqa: F811 - the fixture
    clock: Clock,  # noqa: F811 - the fixture
) -> None:
    """A question typed at the menu waits in memory for a request (bot.dialogue.typed);
    /delete forgets it. Erased by the advisor, it stayed, and went with the request the
    person sent afterwards, as theirs: "Your message for the advisor: … Aylin?"."""
    called = await logged_in_with_a_request(client, services, clock, "anna", "leipzig")
    person = Person(services.dialogue, CALLER)
    await person.send(Start("en"))
    await person.type("Was kostet die Beratung für meine Tochter Aylin?")
    await post(client, f"/inbox/leads/{called}/loeschen", bestaetigt="ja")
    await person.type("Hallo")
    await person.press("Request a callback")
    await callback_answers(person)
    summary = person.screen
    await person.press("Send")

    assert summary is not None and "Aylin" not in summary.text
    assert "Aylin" not in await all_values(services.sessionmaker)


async def test_a_tap_the_moment_the_advisor_erases_does_not_store_the_person_anew(
    client: Client,  # noqa: F811 - the fixture
    services: Services,  # noqa: F811 - the fixture
    clock: Clock,  # noqa: F811 - the fixture
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The person tapped a button the moment Anna confirmed the erasure: the tap's step
    waited for its turn (made slow here), the erasure ran meanwhile, and then the step
    stored the person anew, their Telegram id and name, as if nothing had been erased.
    The erasure waits for the person's step, as their own /delete runs inside one."""
    called = await logged_in_with_a_request(client, services, clock, "anna", "leipzig")
    person = Person(services.dialogue, CALLER)
    await person.send(Start("en"))
    dialogue = services.dialogue
    stepping, erasing = asyncio.Event(), asyncio.Event()
    commit, lock = dialogue._commit, dialogue._lock

    async def slow_commit(steps: list[Any]) -> Any:
        stepping.set()
        await erasing.wait()
        return await commit(steps)

    def noted_lock(key: tuple[str, str]) -> Any:
        if stepping.is_set():  # the erasure asks for the person's turn
            erasing.set()
        return lock(key)

    monkeypatch.setattr(dialogue, "_commit", slow_commit)
    monkeypatch.setattr(dialogue, "_lock", noted_lock)
    tap = asyncio.create_task(person.press("New request"))
    await stepping.wait()
    erase = asyncio.create_task(post(client, f"/inbox/leads/{called}/loeschen", bestaetigt="ja"))
    # The erasure done, or waiting for the person's turn: the step goes on.
    await asyncio.wait([erase, asyncio.create_task(erasing.wait())], return_when="FIRST_COMPLETED")
    erasing.set()
    tapped = await tap
    answer = await (await erase).text()

    assert "Die personenbezogenen Daten der Person sind gelöscht" in answer
    # The tap answered as it was meant, before the erasure (not the greeting of a stranger).
    assert "🏢 For businesses" in [button.label for row in tapped.keyboard for button in row]
    assert await people(services) == ([], 0)
    after = await all_values(services.sessionmaker)
    for value in (CALLER, "Ayşe", "ayse_y"):
        assert value not in after, value


async def test_the_notice_after_the_erasure_says_only_what_was_done(
    client: Client,  # noqa: F811 - the fixture
    services: Services,  # noqa: F811 - the fixture
    clock: Clock,  # noqa: F811 - the fixture
) -> None:
    """A request done, of an office whose card never reached a group: the notice said
    "offene Anfragen sind zurückgezogen" and that the messages in the Telegram group
    would be removed, neither of which happened. Said only where it happened: an open
    request withdrawn, and the card posted in the group removed."""
    done = await logged_in_with_a_request(client, services, clock, "anna", "leipzig")
    posted = await requested(services, "4444")
    async with services.sessionmaker() as session, session.begin():
        lead = await session.get(Lead, done)
        assert lead is not None
        lead.status, lead.closed_at = LeadStatus.DONE, clock.now
        # The card of the open one, as the outbox records it once posted in the group.
        await copies.add(session, [posted], LEIPZIG_GROUP, 77, clock.now)
    quiet = await post(client, f"/inbox/leads/{done}/loeschen", bestaetigt="ja")
    said = await post(client, f"/inbox/leads/{posted}/loeschen", bestaetigt="ja")
    first, second = notice_of(await quiet.text()), notice_of(await said.text())

    assert "Die personenbezogenen Daten der Person sind gelöscht" in first
    assert "zurückgezogen" not in first and "Telegram-Gruppe" not in first
    assert f"Zurückgezogen, weil noch offen: #{posted}." in second
    assert "in der Telegram-Gruppe werden entfernt" in second


async def test_the_page_of_a_request_erased_on_request_says_so_not_that_it_was_withdrawn(
    client: Client,  # noqa: F811 - the fixture
    services: Services,  # noqa: F811 - the fixture
    clock: Clock,  # noqa: F811 - the fixture
) -> None:
    """After Anna erased the data of a person who called, the request's page said "Die
    Person hat ihre Anfrage zurückgezogen; bitte nicht mehr kontaktieren", as after the
    person's own /delete: it says that the data were deleted at the person's request.
    After /delete it still says that the person withdrew."""
    called = await logged_in_with_a_request(client, services, clock, "anna", "leipzig")
    deleted_self = await requested(services, SELF_DELETING)
    own = Person(services.dialogue, SELF_DELETING)
    await own.send(Command("delete"))
    await own.press("Yes, delete everything")
    await post(client, f"/inbox/leads/{called}/loeschen", bestaetigt="ja")
    erased = await (await client.get(f"/inbox/leads/{called}")).text()
    withdrew = await (await client.get(f"/inbox/leads/{deleted_self}")).text()

    assert "hat ihre Anfrage zurückgezogen" not in erased
    assert "Die personenbezogenen Daten der Person sind auf ihren Wunsch gelöscht" in erased
    assert "Die Person hat ihre Anfrage zurückgezogen; bitte nicht mehr kontaktieren." in withdrew
    assert "auf ihren Wunsch gelöscht" not in withdrew


async def test_a_second_yes_after_an_erasure_says_the_data_were_erased_already(
    client: Client,  # noqa: F811 - the fixture
    services: Services,  # noqa: F811 - the fixture
    clock: Clock,  # noqa: F811 - the fixture
) -> None:
    """Anna's question page was still open when a colleague (here: her own other tab)
    erased the person, or retention erased a request done long ago: her "Ja, endgültig
    löschen" said "✓ Die personenbezogenen Daten der Person sind gelöscht", as if she
    had just erased them. It says that they were erased already."""
    erased = await logged_in_with_a_request(client, services, clock, "anna", "leipzig")
    purged = await requested(services, "4444")
    async with services.sessionmaker() as session, session.begin():
        lead = await session.get(Lead, purged)
        assert lead is not None
        lead.status, lead.closed_at = LeadStatus.DONE, clock.now - timedelta(days=400)
        await rights.purge(session, clock.now, retention_days=180)
    await post(client, f"/inbox/leads/{erased}/loeschen", bestaetigt="ja")
    again = notice_of(
        await (await post(client, f"/inbox/leads/{erased}/loeschen", bestaetigt="ja")).text()
    )
    retained = notice_of(
        await (await post(client, f"/inbox/leads/{purged}/loeschen", bestaetigt="ja")).text()
    )

    for said in (again, retained):
        assert "waren bereits gelöscht" in said, said
        assert "sind gelöscht" not in said and "zurückgezogen" not in said
    async with services.sessionmaker() as session:
        lead = await session.get(Lead, purged)
        assert lead is not None and lead.status == LeadStatus.DONE  # left as retention left it


def notice_of(page: str) -> str:
    """The notice on a lead's page (#hinweis), as one line of text."""
    found = re.search(r'id="hinweis".*?<p[^>]*>(.*?)</p>', page, re.DOTALL)
    assert found is not None, page
    return " ".join(found.group(1).split())


async def test_after_the_inbox_erased_a_web_person_their_next_visit_starts_anew(
    services: Services,  # noqa: F811 - the fixture
    clock: Clock,  # noqa: F811 - the fixture
) -> None:
    """A person of the web chat sent a request and asked the office by phone to delete
    their data; Anna erased them in the inbox. The chat still remembered their session:
    its last screen, and that it had passed the spam check (the proof itself was deleted),
    and the browser kept its cookie, so their next visit went on under the erased
    session's id and gave a name without the spam check. After /delete the chat forgets
    the session and the browser gets a new one: after the advisor's erasure too."""
    await account(services, "anna", "leipzig")
    app = build_web_app(services, extra=channels(), limits=UNLIMITED)
    app[chat.CHAT].proof.cost = 1  # a test solves challenges in Python: keep them cheap
    async with TestClient(TestServer(app)) as both:
        person = await at_the_summary(both)
        await person.press("Send")
        before = chat_cookie(both)
        [erased] = [user.external_id for user in await web_users(services.sessionmaker)]
        await log_in(both, "anna")
        confirmed = await post(both, "/inbox/leads/1/loeschen", bestaetigt="ja")
        assert confirmed.status == 200 and await web_users(services.sessionmaker) == []
        # The page still open: its next step is not stored under the erased session.
        refused, said = await person.post({"text": "Hallo, ist meine Anfrage angekommen?"})
        stored_then = await web_users(services.sessionmaker)
        await to_the_name_question(person)
        asked = person.screen
        after = chat_cookie(both)
        named = await person.type("Ayşe Yılmaz")
        [anew] = [user.external_id for user in await web_users(services.sessionmaker)]

    # Not taken: a new session's greeting under the note that the data were deleted as
    # asked (not that the session had ended), the words back in the field.
    assert refused == 200 and "deleted as you asked" in said["before"][0] and stored_then == []
    assert said["given_back"] is True and "English" in str(said["buttons"])
    assert after != before and anew != erased
    assert asked["proof"] is True  # the spam check again, before the name
    assert "phone number" in named["text"]


async def test_a_web_person_erased_by_the_inbox_starts_anew_after_a_restart_too(
    services: Services,  # noqa: F811 - the fixture
    clock: Clock,  # noqa: F811 - the fixture
) -> None:
    """Anna erased a web person's data in the inbox at their request; the bot was then
    restarted (same WEB_SECRET). The chat had remembered the erased session in memory
    only: the browser's old cookie began a new conversation under the erased id. It gets
    a new session now, after a restart too."""
    await account(services, "anna", "leipzig")
    app = build_web_app(services, extra=channels(), limits=UNLIMITED)
    app[chat.CHAT].proof.cost = 1
    async with TestClient(TestServer(app)) as both:
        person = await at_the_summary(both)
        await person.press("Send")
        [erased] = [user.external_id for user in await web_users(services.sessionmaker)]
        await log_in(both, "anna")
        confirmed = await post(both, "/inbox/leads/1/loeschen", bestaetigt="ja")
        assert confirmed.status == 200 and await web_users(services.sessionmaker) == []
        cookies = both.session.cookie_jar.filter_cookies(both.make_url("/"))
        before = cookies["kausa_chat"].value
    # The restart: a new process, its memory empty, the same key signing cookies.
    again = build_web_app(services, extra=channels(), limits=UNLIMITED, security=app[SECURITY])
    again[chat.CHAT].proof.cost = 1
    async with TestClient(TestServer(again)) as later:
        later.session.cookie_jar.update_cookies({"kausa_chat": before}, later.make_url("/"))
        returning = WebPerson(later)
        await to_the_name_question(returning)
        await returning.type("Ayşe Yılmaz")
        [anew] = [user.external_id for user in await web_users(services.sessionmaker)]
        after = chat_cookie(later)

    assert anew != erased and after != before


async def test_a_message_the_moment_the_advisor_erases_is_not_logged_on_the_erased_request(
    client: Client,  # noqa: F811 - the fixture
    services: Services,  # noqa: F811 - the fixture
    clock: Clock,  # noqa: F811 - the fixture
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The person writes to their advisor the moment Anna confirms the erasure. The
    message path holds its own lock (bot.conversation.ordering), not the person's turn,
    and reads the person before its transaction: the erasure runs in that gap here. The
    transaction reads the request again (SQLite: each one takes the write lock at BEGIN,
    so the erasure's is wholly before or after it) and finds none with personal data
    left: the words are not logged on the erased request, nor sent to the group."""
    called = await logged_in_with_a_request(client, services, clock, "anna", "leipzig")
    queued = (await stored(services, called))["outbox"].count("message_to_advisors")
    read, erased = asyncio.Event(), asyncio.Event()
    reader = direct.read

    @asynccontextmanager
    async def read_then_wait(*args: Any) -> AsyncIterator[Any]:
        async with reader(*args) as reading:
            yield reading
        # The person read, the connection given back, the transaction not begun yet.
        read.set()
        await erased.wait()

    monkeypatch.setattr(direct, "read", read_then_wait)
    writing = asyncio.create_task(
        conversation_log.from_person(
            services.sessionmaker,
            external_id="4343",
            content=Content(MessageKind.TEXT, "Meine neue Nummer ist 0176 5550000"),
            written=Written(chat_id=4343, message_id=99),
            update_id=None,
            now=services.clock(),
        )
    )
    await read.wait()
    answer = await (await post(client, f"/inbox/leads/{called}/loeschen", bestaetigt="ja")).text()
    erased.set()
    taken = await writing

    assert "Die personenbezogenen Daten der Person sind gelöscht" in answer
    assert taken.route is not Route.TAKEN  # the dialogue's now: the person is new to it
    kept = await stored(services, called)
    assert kept["messages"] == 0 and kept["outbox"].count("message_to_advisors") == queued
    assert "5550000" not in await all_values(services.sessionmaker)


async def _erased_word(stream: Any) -> dict[str, Any]:
    """The first event of a chat's stream that says the data were erased."""
    while True:
        line = await stream.content.readline()
        assert line, "the stream ended without a word of the erasure"
        if line.startswith(b"data:"):
            message = json.loads(line[len(b"data:") :])
            if "erased" in message:
                return dict(message["erased"])


async def test_an_open_chat_is_cleared_and_told_when_the_inbox_erases_the_person(
    services: Services,  # noqa: F811 - the fixture
    clock: Clock,  # noqa: F811 - the fixture
) -> None:
    """DPO: Anna erased a web person's data in the inbox at their request while their
    chat was open in a browser tab. The tab went on showing the whole conversation, the
    summary with name and number too, until the person's next step, which then said only
    that the session had ended. Their own /delete tells every open tab to clear: an
    advisor's erasure now does too, in the person's language, saying it was at their
    request; the page loaded next and a step from a page still open say so too."""
    await account(services, "anna", "leipzig")
    app = build_web_app(services, extra=channels(), limits=UNLIMITED)
    app[chat.CHAT].proof.cost = 1
    t = translator("tr")
    async with TestClient(TestServer(app)) as both:
        person = await at_the_summary(both)
        await person.press("Send")
        await person.step({"command": "language"})
        await person.press("Türkçe")
        old_cookie = chat_cookie(both)
        stream = await both.get("/chat/events")
        assert stream.status == 200
        await log_in(both, "anna")
        confirmed = await post(both, "/inbox/leads/1/loeschen", bestaetigt="ja")
        assert confirmed.status == 200 and await web_users(services.sessionmaker) == []
        told = await asyncio.wait_for(_erased_word(stream), 10)
        stream.close()
        # The page without JavaScript, loaded next with the erased session's cookie.
        reloaded = await both.get("/chat", headers=person.headers)
        page = page_text(await reloaded.text())
        # A step from a page still open (its script offline when the word came).
        both.session.cookie_jar.update_cookies({"kausa_chat": old_cookie}, both.make_url("/"))
        refused, said = await person.post({"text": "Merhaba, talebim ulaştı mı?"})

    assert told["erased"] is True and told["lang"] == "tr" and told["buttons"] == []
    assert told["text"] == t.gettext(chat.ERASED_ON_REQUEST)
    assert t.gettext(chat.ERASED_ON_REQUEST) in page
    assert "Yılmaz" not in page and "1234567" not in page
    assert refused == 200 and said["erased"] is True and said["given_back"] is True
    assert said["before"] == [t.gettext(chat.DELETED_TYPED)]
