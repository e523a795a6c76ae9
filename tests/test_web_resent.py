"""A plain form sent again (a reload after a POST without JavaScript) steps no further:
a message to the advisor is logged once (bot.web.resent)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta

import sqlalchemy as sa
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.app import build_services
from bot.config import Settings
from bot.i18n import translator
from bot.services import Services
from bot.web import chat, renewed
from bot.web.app import build_web_app
from bot.web.security import WebSecurity
from db.models import ConversationMessage, User, utcnow
from tests.test_web_chat import UNLIMITED
from tests.test_web_waiting import Clock, client, clock, send_form, services  # noqa: F401
from tests.web_person import WebClient, at_the_summary, page_text

WORDS = "Ich bin ab 9 Uhr im Laden erreichbar."


def once_of(page: str) -> str:
    found = re.search(r'name="once" value="([^"]+)"', page)
    assert found is not None, "no form token on the page"
    return found[1]


async def delete_question(person: WebClient) -> tuple[str, str]:
    """/delete sent as a form: its "Yes, delete everything" button's value, and the page's
    form token."""
    status, asked = await send_form(person, command="delete", once=once_of(await person.open()))
    found = re.search(r'name="press" value="([^"]+)"[^>]*>\s*Yes, delete everything', asked)
    assert status == 200 and found is not None, asked
    return found[1], once_of(asked)


@dataclass
class Restart:
    """A person at /delete's question on one bot process (``before``), and the process that
    follows it after a restart (same database, same secret), each behind its own client."""

    person: WebClient
    press: str
    once: str
    before: TestClient
    after: TestClient
    services_after: Services


@asynccontextmanager
async def delete_asked_before_a_restart(
    database_url: str,
    clock: Clock,  # noqa: F811 - the fixture's value
) -> AsyncIterator[Restart]:
    settings = Settings(_env_file=None, database_url=database_url, web_secret="k" * 40)  # type: ignore[call-arg]
    before, after = build_services(settings, clock=clock), build_services(settings, clock=clock)
    try:
        async with (
            TestClient(TestServer(web_app(before))) as first_server,
            TestClient(TestServer(web_app(after))) as second_server,
        ):
            person = await at_the_summary(first_server)
            press, once = await delete_question(person)
            yield Restart(person, press, once, first_server, second_server, after)
    finally:
        await before.close()
        await after.close()


async def test_a_message_sent_again_by_a_reload_reaches_the_advisor_once(
    client: WebClient,  # noqa: F811 - the fixture
    services: Services,  # noqa: F811 - the fixture
) -> None:
    person = await at_the_summary(client)
    await person.press("Send")
    page = await person.open()
    token = once_of(page)

    status, first = await send_form(person, text=WORDS, once=token)
    assert status == 200 and "Sent to your advisor." in page_text(first)
    # The browser's reload after the POST sends the same form again.
    status, again = await send_form(person, text=WORDS, once=token)
    assert status == 200 and WORDS in page_text(again)
    async with services.sessionmaker() as session:
        logged = (await session.scalars(sa.select(ConversationMessage.text))).all()
    assert logged == [WORDS]
    # A new form (a new page's token) is a new message.
    status, _ = await send_form(person, text=WORDS, once=once_of(again))
    async with services.sessionmaker() as session:
        assert len((await session.scalars(sa.select(ConversationMessage.text))).all()) == 2


async def test_yes_delete_sent_twice_shows_the_farewell_both_times(
    client: WebClient,  # noqa: F811 - the fixture
    services: Services,  # noqa: F811 - the fixture
) -> None:
    # A double click sent the form twice: the second answer (the browser shows the last)
    # was the greeting, so the person never saw that their data were deleted.
    person = await at_the_summary(client)
    press, token = await delete_question(person)
    _, first = await send_form(person, press=press, once=token)
    _, second = await send_form(person, press=press, once=token)
    assert "All your data has been deleted" in page_text(first)
    assert "All your data has been deleted" in page_text(second)


async def test_yes_delete_sent_twice_across_a_restart_shows_the_farewell_both_times(
    database_url: str,
    clock: Clock,  # noqa: F811 - the fixture
) -> None:
    # The bot restarted between the two forms of a double click: the second came with the
    # new session's cookie and the deleted one's token, and the memory that paired them was
    # gone: "Your chat session has ended", and the person never saw the farewell.
    async with delete_asked_before_a_restart(database_url, clock) as restart:
        person = restart.person
        _, first = await send_form(person, press=restart.press, once=restart.once)
        assert "All your data has been deleted" in page_text(first)
        # Restarted: the same browser (its new cookie) sends the second form.
        jar = restart.before.session.cookie_jar
        restart.after.session.cookie_jar.update_cookies(
            {c.key: c.value for c in jar}, restart.after.make_url("/")
        )
        person.client = restart.after
        status, second = await send_form(person, press=restart.press, once=restart.once)
        assert status == 200 and "All your data has been deleted" in page_text(second)
        async with restart.services_after.sessionmaker() as session:
            assert (await session.scalars(sa.select(User))).all() == []
        # Long after, a form of the deleted session's page is no repeat: not taken, the
        # chat as it is now under the note that this conversation was deleted (it was
        # "Your chat session had ended").
        clock.now += 2 * renewed.WINDOW
        status, late = await send_form(person, press=restart.press, once=restart.once)
        assert status == 200 and "conversation on this page was deleted" in page_text(late)
        assert "All your data has been deleted" not in page_text(late)


async def test_yes_delete_sent_twice_with_the_old_cookie_across_a_restart_stores_nothing(
    database_url: str,
    clock: Clock,  # noqa: F811 - the fixture
) -> None:
    # Both forms of a double click left the browser before the first answer (with the new
    # cookie) came back: the second carried the deleted session's cookie and token. After
    # a restart between the two, nothing remembered the erasure, and the second form met
    # the deleted session's hash anew: stored again as a person with a conversation.
    async with delete_asked_before_a_restart(database_url, clock) as restart:
        person = restart.person
        old_cookie = {c.key: c.value for c in restart.before.session.cookie_jar}
        _, first = await send_form(person, press=restart.press, once=restart.once)
        assert "All your data has been deleted" in page_text(first)
        # Restarted: the second form, sent with the cookie the browser had then.
        restart.after.session.cookie_jar.update_cookies(old_cookie, restart.after.make_url("/"))
        person.client = restart.after
        status, second = await send_form(person, press=restart.press, once=restart.once)
        assert status == 200 and "All your data has been deleted" in page_text(second)
        async with restart.services_after.sessionmaker() as session:
            assert (await session.scalars(sa.select(User.external_id))).all() == []
            assert (await session.scalars(sa.select(ConversationMessage.id))).all() == []


def web_app(running: Services) -> web.Application:
    return build_web_app(running, extra=[chat.register], limits=UNLIMITED)


def test_a_deleted_sessions_page_is_recognised_for_ten_to_twenty_minutes_only() -> None:
    # The pairing of a new session with the one deleted before was kept in memory without a
    # time bound (10,000 of them); it is now in the new id, and only for a while.
    security = WebSecurity.create("k" * 40)
    at = utcnow()
    new = renewed.renewed_id(security, "old-token", at)
    assert renewed.follows_erasure(security, new, "old-token", at + renewed.WINDOW)
    assert not renewed.follows_erasure(security, new, "old-token", at + 2 * renewed.WINDOW)
    assert not renewed.follows_erasure(security, new, "other-token", at)
    assert not renewed.follows_erasure(security, new, None, at)
    assert renewed.renewed_id(security, "old-token", at) != new


async def test_a_page_of_a_deleted_conversation_says_so_also_hours_later(
    client: WebClient,  # noqa: F811 - the fixture
    services: Services,  # noqa: F811 - the fixture
    clock: Clock,  # noqa: F811 - the fixture
) -> None:
    # QA: a second tab of the chat, left open while the person deleted their data in the
    # first, was recognised for 10 to 20 minutes only. Later its next step said "Your chat
    # session had ended", and the person could not tell that the conversation they still
    # saw (their name, their number) had been deleted as they asked.
    person = await at_the_summary(client)
    press, token = await delete_question(person)
    _, first = await send_form(person, press=press, once=token)
    assert "All your data has been deleted" in page_text(first)
    clock.now += timedelta(hours=3)
    words = "Habt ihr auch Termine am Samstag?"
    status, late = await send_form(person, text=words)
    assert status == 200
    assert translator("en").gettext(chat.DELETED_TYPED) in page_text(late)
    assert "session had ended" not in page_text(late)
    assert words in late  # back in the field
    _, tapped = await send_form(person, press=press)
    assert translator("en").gettext(chat.DELETED) in page_text(tapped)
    # The tab with the script, in view again: cleared as the stream's word would have done.
    response = await client.get("/chat/api/screen?lang=en", headers={"X-CSRF-Token": person.csrf})
    assert (await response.json())["erased"] is True
    async with services.sessionmaker() as session:
        assert (await session.scalars(sa.select(User))).all() == []
