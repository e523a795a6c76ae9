"""The web chat over HTTP (no browser): the same engine and screens as Telegram, stored per
step; Origin, CSRF, too long, forged buttons, unknown sessions, rate limits, order."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import pytest_asyncio
import sqlalchemy as sa
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.app import build_services
from bot.config import Settings
from bot.services import Services
from bot.web import chat
from bot.web.app import build_web_app
from bot.web.limits import Limits, RateLimiter
from bot.web.security import SECURITY, SessionCookie
from db.models import Conversation, User
from tests.web_person import WebClient, WebPerson, page_text


@pytest_asyncio.fixture
async def services(database_url: str) -> AsyncIterator[Services]:
    services = build_services(Settings(_env_file=None, database_url=database_url))  # type: ignore[call-arg]
    try:
        yield services
    finally:
        await services.close()


@pytest_asyncio.fixture
async def client(services: Services) -> AsyncIterator[WebClient]:
    app = build_web_app(services, extra=[chat.register])
    async with TestClient(TestServer(app)) as client:
        yield client


async def web_users(sessionmaker: async_sessionmaker[AsyncSession]) -> list[User]:
    async with sessionmaker() as session:
        return list((await session.scalars(sa.select(User).where(User.channel == "web"))).all())


async def stored_screen(sessionmaker: async_sessionmaker[AsyncSession]) -> dict[str, object]:
    async with sessionmaker() as session:
        state = await session.scalar(sa.select(Conversation.state))
    assert state is not None
    return dict(state)


async def test_a_first_visit_greets_in_the_browsers_language_and_stores_nothing(
    client: WebClient, services: Services
) -> None:
    page = await WebPerson(client, "ar-SY,ar;q=0.9").open()
    assert '<html lang="ar" dir="rtl">' in page
    assert "KAUSA" in page_text(page)
    for native in ("Deutsch", "العربية", "Türkçe", "Tiếng Việt", "Українська", "English"):
        assert native in page_text(page)
    # Looking is not talking: a users row is made with the first step.
    assert await web_users(services.sessionmaker) == []
    german = await WebPerson(client, "fr-FR").open()
    assert '<html lang="de" dir="ltr">' in german


async def at_the_menu(client: WebClient) -> tuple[WebPerson, dict[str, object]]:
    """A person who opened the chat and chose English."""
    person = WebPerson(client)
    await person.open()
    menu = await person.press("English")
    assert "How can we help you?" in menu["text"]
    return person, menu


async def test_steps_are_stored_and_a_reload_continues_at_the_same_step(
    client: WebClient, services: Services
) -> None:
    person, _ = await at_the_menu(client)
    info = await person.press("Information")
    users = await web_users(services.sessionmaker)
    assert len(users) == 1 and users[0].language == "en"
    # The stored id is not the cookie's session id, and nothing else about the person is kept.
    cookie = client.session.cookie_jar.filter_cookies(client.make_url("/"))["kausa_chat"].value
    assert users[0].external_id not in cookie
    assert users[0].first_name is None and users[0].username is None
    again = WebPerson(client)
    page = await again.open()
    assert again.screen["text"] == info["text"]
    assert again.screen["buttons"] == info["buttons"]
    assert info["text"].splitlines()[0] in page_text(page)


async def test_a_forged_or_stale_button_gets_the_engines_explanation_and_the_same_step(
    client: WebClient,
) -> None:
    person = WebPerson(client)
    await person.open()
    menu = await person.press("English")
    stale = person.button("Information").replace(menu["buttons"][0][0]["data"].split(":")[0], "0")
    for data in (stale, "9999:f:business", "not a button", "1:" + "x" * 500):
        body = await person.step({"press": data})
        assert "This button belongs to an earlier message" in body["text"]
        assert "How can we help you?" in body["text"]


async def test_the_menu_commands_work_from_the_panel_and_typed(client: WebClient) -> None:
    person = WebPerson(client, "de")
    await person.open()
    await person.press("Deutsch")
    privacy = await person.step({"command": "privacy"})
    assert "ARBEIT UND LEBEN Sachsen e.V." in privacy["text"]
    typed = await person.type("/menu")
    assert "Wie können wir Ihnen helfen?" in typed["text"]
    language = await person.step({"command": "language"})
    assert "Українська" in json.dumps(language["buttons"], ensure_ascii=False)
    arabic = await person.press("العربية")
    assert arabic["dir"] == "rtl" and arabic["lang"] == "ar"


async def test_my_data_comes_as_a_json_download_and_delete_forgets_the_person(
    client: WebClient, services: Services
) -> None:
    person = WebPerson(client)
    await person.open()
    await person.press("English")
    data = await person.step({"command": "mydata"})
    copy = json.loads(data["attachment"]["content"])
    assert data["attachment"]["name"].endswith(".json")
    assert copy["profile"]["channel"] == "web" and copy["profile"]["language"] == "en"
    await person.step({"command": "delete"})
    farewell = await person.press("Yes")
    assert "All your data has been deleted" in farewell["text"]
    assert await web_users(services.sessionmaker) == []


async def test_a_step_without_the_pages_token_or_from_another_site_is_refused(
    client: WebClient, services: Services
) -> None:
    person = WebPerson(client, "de")
    await person.open()
    status, body = await person.post({"press": person.button("Deutsch")}, **{"X-CSRF-Token": "x"})
    assert status == 403
    assert "laden Sie die Seite neu" in body["error"]
    status, body = await person.post(
        {"press": person.button("Deutsch")}, Origin="https://evil.example"
    )
    assert (status, body["error"]) == (403, "cross-origin request refused")
    # The no-JavaScript form needs the token too, and says so kindly.
    response = await client.post(
        "/chat", data={"press": person.button("Deutsch")}, headers={"Origin": person.origin}
    )
    assert response.status == 403
    assert "laden Sie die Seite neu" in page_text(await response.text())
    assert await web_users(services.sessionmaker) == []


async def test_a_message_longer_than_4096_characters_is_refused_kindly(client: WebClient) -> None:
    person = WebPerson(client, "tr")
    await person.open()
    await person.press("Türkçe")
    status, body = await person.post({"text": "a" * 4097})
    assert status == 413
    assert "4096" in body["error"] and "Lütfen" in body["error"]
    # 4,096 is allowed through to the engine, which has its own, shorter limits per question.
    assert (await person.post({"text": "a" * 4096}))[0] == 200


async def test_a_session_the_bot_has_never_seen_starts_afresh_and_a_forged_one_is_replaced(
    client: WebClient, services: Services
) -> None:
    cookie = SessionCookie("kausa_chat", client.server.app[SECURITY])
    unknown = cookie.new_id()
    mac = client.server.app[SECURITY].sign("cookie:kausa_chat", unknown)
    client.session.cookie_jar.update_cookies({"kausa_chat": f"{unknown}.{mac}"})
    person = WebPerson(client)
    page = await person.open()
    assert "English" in page_text(page)  # the greeting with the language choice
    menu = await person.press("English")
    assert "How can we help you?" in menu["text"]
    users = await web_users(services.sessionmaker)
    assert [u.external_id for u in users] == [chat.external_id(unknown)]

    client.session.cookie_jar.update_cookies({"kausa_chat": "made-up.id"})
    response = await client.get("/chat")
    renewed = response.cookies["kausa_chat"].value
    assert renewed != "made-up.id" and cookie.read_value(renewed) is not None


async def test_too_many_steps_in_one_session_get_a_kind_sentence(
    services: Services,
) -> None:
    limits = Limits(
        per_ip=RateLimiter(rate=100, burst=100), per_session=RateLimiter(rate=0.001, burst=3)
    )
    app = build_web_app(services, extra=[chat.register], limits=limits)
    async with TestClient(TestServer(app)) as client:
        person = WebPerson(client, "uk")
        await person.open()
        for _ in range(3):
            await person.step({"command": "menu"})
        status, body = await person.post({"command": "menu"})
    assert status == 429
    assert "зачекайте" in body["error"]


async def test_concurrent_steps_of_one_session_run_one_after_the_other(
    client: WebClient, services: Services
) -> None:
    person, _ = await at_the_menu(client)
    seq = int(person.button("Information").split(":")[0])
    commands = ["/privacy", "/help", "/menu", "/language", "/privacy", "/menu"]
    answers = await asyncio.gather(*(person.post({"text": c}) for c in commands))
    assert all(status == 200 for status, _ in answers)
    seqs = sorted(int(body["buttons"][0][0]["data"].split(":")[0]) for _, body in answers)
    # Each step saw the one before it: no step was lost or ran on a stale state.
    assert seqs == list(range(seq + 1, seq + 1 + len(commands)))
    assert (await stored_screen(services.sessionmaker))["seq"] == seqs[-1]


async def test_without_javascript_the_forms_walk_the_same_dialogue(client: WebClient) -> None:
    person = WebPerson(client, "de")
    await person.open()
    fields = {"csrf": person.csrf, "press": person.button("Deutsch")}
    headers = {"Origin": person.origin, "Accept-Language": "de"}
    response = await client.post("/chat", data=fields, headers=headers)
    assert response.status == 200
    page = await response.text()
    assert "Wie können wir Ihnen helfen?" in page_text(page)
    assert 'name="press"' in page and 'name="csrf"' in page
    typed = await client.post(
        "/chat", data={"csrf": person.csrf, "text": "/privacy"}, headers=headers
    )
    assert "ARBEIT UND LEBEN Sachsen e.V." in page_text(await typed.text())
