"""The spam check of the chat without JavaScript (bot.web.waiting), over HTTP: the plain form
carries a signed waiting token; too early, another session's, or with the honeypot filled
it is refused kindly and nothing personal is stored; in time it is taken, once."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import datetime, timedelta

import pytest_asyncio
import sqlalchemy as sa
from aiohttp.test_utils import TestClient, TestServer

from bot.app import build_services
from bot.config import Settings
from bot.services import Services
from bot.web import chat
from bot.web.app import build_web_app
from bot.web.waiting import WAIT, Verdict
from db.models import AltchaSolution, Conversation, utcnow
from tests.test_web_chat import UNLIMITED
from tests.web_person import WebClient, WebPerson, page_text, to_the_name_question

NAME = "Ayşe Yılmaz"


class Clock:
    """The server's "now", moved by the test (it starts at the real time)."""

    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self) -> datetime:
        return self.now


@pytest_asyncio.fixture
async def clock() -> Clock:
    return Clock()


@pytest_asyncio.fixture
async def services(database_url: str, clock: Clock) -> AsyncIterator[Services]:
    settings = Settings(_env_file=None, database_url=database_url)  # type: ignore[call-arg]
    services = build_services(settings, clock=clock)
    try:
        yield services
    finally:
        await services.close()


@pytest_asyncio.fixture
async def client(services: Services) -> AsyncIterator[WebClient]:
    app = build_web_app(services, extra=[chat.register], limits=UNLIMITED)
    async with TestClient(TestServer(app)) as client:
        yield client


async def at_the_name_question(client: WebClient) -> tuple[WebPerson, str]:
    """A person without JavaScript at the first personal question; the page's token."""
    person = WebPerson(client)
    await to_the_name_question(person)
    page = await person.open()
    assert "What is your name?" in page_text(page)
    return person, token_of(page)


def token_of(page: str) -> str:
    found = re.search(r'name="waited" value="([^"]+)"', page)
    assert found is not None, "no waiting token on the page"
    return found[1]


async def send_form(person: WebPerson, **fields: str) -> tuple[int, str]:
    """The plain form's POST, as a browser without JavaScript sends it."""
    response = await person.client.post(
        "/chat",
        data={"csrf": person.csrf, "website": "", **fields},
        headers={**person.headers, "Origin": person.origin},
    )
    return response.status, await response.text()


async def answers(services: Services) -> list[dict[str, object]]:
    async with services.sessionmaker() as session:
        states = (await session.scalars(sa.select(Conversation.state))).all()
    return [dict(state.get("answers") or {}) for state in states]


async def test_the_page_explains_the_wait_and_takes_the_token_after_it(
    client: WebClient, services: Services, clock: Clock
) -> None:
    person, token = await at_the_name_question(client)
    page = await person.open()
    assert "please wait a few seconds after the page has loaded, then press “Send”" in page

    clock.now += WAIT + timedelta(seconds=1)
    status, taken = await send_form(person, text=NAME, waited=token)
    assert status == 200
    assert "phone number" in page_text(taken)
    assert [a.get("name") for a in await answers(services)] == [NAME]
    # The session has passed its check: the next personal detail needs no token.
    status, phone = await send_form(person, text="0172 1234567")
    assert status == 200 and "WhatsApp" in page_text(phone)


async def test_a_form_sent_too_early_is_asked_to_wait_and_keeps_the_text(
    client: WebClient, services: Services, clock: Clock
) -> None:
    person, token = await at_the_name_question(client)
    clock.now += WAIT - timedelta(seconds=1)
    status, page = await send_form(person, text=NAME, waited=token)
    assert status == 425
    assert "a little too quick for our spam protection" in page_text(page)
    assert f'value="{NAME}"' in page  # nothing to type again
    assert "What is your name?" in page_text(page)
    assert all("name" not in a for a in await answers(services))
    # The same token, once the moment has passed, is taken.
    clock.now += timedelta(seconds=2)
    status, _ = await send_form(person, text=NAME, waited=token)
    assert status == 200
    assert [a.get("name") for a in await answers(services)] == [NAME]


async def test_a_token_replayed_by_another_session_or_a_filled_honeypot_is_refused(
    client: WebClient, services: Services, clock: Clock
) -> None:
    first, token = await at_the_name_question(client)
    clock.now += WAIT + timedelta(seconds=1)
    assert (await send_form(first, text=NAME, waited=token))[0] == 200
    async with TestClient(TestServer(client.app)) as other_browser:
        second, _ = await at_the_name_question(other_browser)
        status, page = await send_form(second, text="Spam GmbH", waited=token)
        assert status == 403
        assert "This form has already been sent" in page_text(page)
        own = token_of(await second.open())
        clock.now += WAIT + timedelta(seconds=1)
        status, _ = await send_form(second, text="Spam GmbH", waited=own, website="http://x")
        assert status == 403
    assert sorted(str(a.get("name")) for a in await answers(services)) == [NAME, "None"]


async def test_a_token_is_taken_once(client: WebClient, services: Services, clock: Clock) -> None:
    waiting = client.app[chat.CHAT].waiting
    token = waiting.issue("a" * 64)
    clock.now += WAIT
    assert await waiting.redeem(token, "b" * 64) is Verdict.REFUSED  # another session's
    assert await waiting.redeem(token, "a" * 64) is Verdict.TAKEN
    assert await waiting.redeem(token, "a" * 64) is Verdict.REFUSED  # a replay
    assert await waiting.redeem(token[:-2] + "xx", "a" * 64) is Verdict.REFUSED  # forged
    late = waiting.issue("c" * 64)
    clock.now += timedelta(hours=1)
    assert await waiting.redeem(late, "c" * 64) is Verdict.REFUSED  # expired
    async with services.sessionmaker() as session:
        stored = (await session.scalars(sa.select(AltchaSolution.session))).all()
    assert stored == ["a" * 64]


async def test_a_reload_of_the_too_quick_page_keeps_the_text(
    client: WebClient, services: Services, clock: Clock
) -> None:
    # QA: the refusal's page had the name in its field once; reloaded (the person waited,
    # as told, and reloaded instead of pressing Send) it showed the field empty.
    person, token = await at_the_name_question(client)
    status, page = await send_form(person, text=NAME, waited=token)
    assert status == 425 and f'value="{NAME}"' in page
    clock.now += timedelta(minutes=2)
    page = await person.open()
    assert f'value="{NAME}"' in page
    assert "What is your name?" in page_text(page)
    # Sent in time from the reloaded page: taken, and the next question's field is empty.
    clock.now += WAIT + timedelta(seconds=1)
    status, taken = await send_form(person, text=NAME, waited=token_of(page))
    assert status == 200 and "phone number" in page_text(taken)
    assert f'value="{NAME}"' not in await person.open()
