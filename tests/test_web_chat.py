"""The web chat over HTTP (no browser): the same engine and screens as Telegram, stored per
step; Origin, CSRF, too long, forged buttons, unknown sessions, rate limits, order."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import altcha
import pytest
import pytest_asyncio
import sqlalchemy as sa
import time_machine
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.app import build_services
from bot.config import Settings
from bot.dialogue.keys import ERASE_LABEL
from bot.dialogue.strangers import NOTHING_STORED
from bot.dialogue.texts import CORRECTED_BY, SORRY
from bot.i18n import NATIVE_NAMES, translator
from bot.ops.pace import SLOW_DOWN
from bot.services import Services
from bot.web import chat
from bot.web.app import build_web_app, web_security
from bot.web.limits import Limits, RateLimiter
from bot.web.proof import ATTEMPTS, COST, ProofOfWork
from bot.web.security import SECURITY, SessionCookie
from db.models import AltchaSolution, Conversation, User
from tests.test_privacy import count_privacy_wishes
from tests.web_person import WebClient, WebPerson, at_the_summary, page_text


@pytest_asyncio.fixture
async def services(database_url: str) -> AsyncIterator[Services]:
    services = build_services(Settings(_env_file=None, database_url=database_url))  # type: ignore[call-arg]
    try:
        yield services
    finally:
        await services.close()


#: A test walks faster than a person: limits only where a test is about them.
UNLIMITED = Limits(
    per_ip=RateLimiter(rate=1000, burst=1000), per_session=RateLimiter(rate=1000, burst=1000)
)


@pytest_asyncio.fixture
async def client(services: Services) -> AsyncIterator[WebClient]:
    app = build_web_app(services, extra=[chat.register], limits=UNLIMITED)
    app[chat.CHAT].proof.cost = 1  # a test solves challenges in Python: keep them cheap
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


async def test_the_page_is_not_kept_for_back_and_forward(client: WebClient) -> None:
    # The browser's Back, then Forward, showed a kept copy of an earlier step.
    response = await client.get("/chat")
    assert response.headers["Cache-Control"] == "no-store"


async def test_answers_with_the_persons_data_are_not_kept_by_a_browser_or_proxy(
    client: WebClient,
) -> None:
    """DPO: the chat's JSON answers (the summary with the name and number, a reconnecting
    tab's screen, /mydata's copy of every stored value) came without Cache-Control, unlike
    the page: a shared computer's browser cache or a proxy could keep them."""
    person = await at_the_summary(client)
    assert "Ayşe Yılmaz" in json.dumps(person.screen, ensure_ascii=False)
    looked = await client.get("/chat/api/screen", headers=person.headers)
    assert "Ayşe Yılmaz" in json.dumps(await looked.json(), ensure_ascii=False)
    status, _ = await person.post({"text": "/mydata"})
    stepped = await client.post(
        "/chat/api/step",
        json={"text": "/mydata"},
        headers={**person.headers, "Origin": person.origin, "X-CSRF-Token": person.csrf},
    )
    assert status == stepped.status == 200
    assert "Ayşe Yılmaz" in json.dumps(await stepped.json(), ensure_ascii=False)
    for response in (looked, stepped):
        assert response.headers.get("Cache-Control") == "no-store", response.url


async def at_the_menu(client: WebClient, lang: str = "en") -> tuple[WebPerson, dict[str, object]]:
    """A person whose browser asks for ``lang`` (English), who opened the chat and chose
    that language."""
    person = WebPerson(client, lang)
    await person.open()
    menu = await person.press(NATIVE_NAMES[lang])
    assert translator(lang).gettext("How can we help you?") in menu["text"]
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
    # Writing again starts afresh in the page's language, and the words are answered, not
    # "please tap a button" under none.
    again = await person.step({"text": "Hello, it's me again"})
    assert "Please tap" not in again["text"]
    assert "An advisor can answer your question" in again["text"] and person.button("Ask")


@pytest.mark.parametrize("by", ["person", "advisor"])
async def test_words_kept_in_memory_for_the_field_go_with_an_erasure(
    client: WebClient, services: Services, by: str
) -> None:
    """DPO: a phone number typed without JavaScript and not taken (the database failing,
    too quick for the spam check) waits in memory for the field for 30 minutes; after
    /delete, or an advisor's erasure on request, it stayed there all the same."""
    person = await at_the_summary(client)
    users = await web_users(services.sessionmaker)
    hashed = users[0].external_id
    web_chat = client.app[chat.CHAT]
    # As a form's failed step keeps them (bot.web.chat._failed_form).
    web_chat.shown.keep_unsent(hashed, "summary", "meine neue Nummer 0176 5550123")
    assert hashed in web_chat.shown
    if by == "person":
        await person.step({"command": "delete"})
        await person.press(ERASE_LABEL)
    else:
        web_chat.erased("web", hashed)  # as bot.advisor.erasure tells each channel
    assert hashed not in web_chat.shown


async def test_my_data_after_delete_says_nothing_is_stored_and_offers_a_new_start(
    client: WebClient, services: Services
) -> None:
    # QA: /mydata after /delete showed the language screen, under a copy of a record that
    # the /mydata itself had just made.
    person = WebPerson(client, "uk")
    await person.open()
    await person.press("Українська")
    await person.step({"command": "delete"})
    await person.press(translator("uk").gettext(ERASE_LABEL))
    for asked in (
        {"command": "mydata"},
        {"text": "/mydata"},
        {"text": "Покажіть мої дані"},  # the wish in words stored the person anew
    ):
        shown = await person.step(asked)
        assert shown["before"] == [translator("uk").gettext(NOTHING_STORED)]
        assert "attachment" not in shown and shown["lang"] == "uk"
        assert await web_users(services.sessionmaker) == []
    # Without JavaScript the page says the same, and the file is not offered.
    page = await client.post(
        "/chat",
        data={"command": "mydata", "csrf": person.csrf},
        headers={**person.headers, "Origin": person.origin},
    )
    text = page_text(await page.text())
    assert translator("uk").gettext(NOTHING_STORED) in text
    assert 'name="download"' not in await page.text()
    assert await web_users(services.sessionmaker) == []
    # The language buttons under it begin anew.
    await person.open()
    menu = await person.press("Українська")
    assert translator("uk").gettext("How can we help you?") in menu["text"]


async def test_a_step_without_the_pages_token_or_from_another_site_is_refused(
    client: WebClient, services: Services
) -> None:
    person = WebPerson(client, "de")
    await person.open()
    status, body = await person.post({"press": person.button("Deutsch")}, **{"X-CSRF-Token": "x"})
    # Not taken: the chat as it is, under the note (a page of a session that ended).
    assert status == 200 and body["before"] == [translator("de").gettext(chat.ENDED)]
    status, body = await person.post(
        {"press": person.button("Deutsch")}, Origin="https://evil.example"
    )
    assert (status, body["error"]) == (403, "cross-origin request refused")
    # The no-JavaScript form needs the token too, and says so kindly.
    response = await client.post(
        "/chat", data={"press": person.button("Deutsch")}, headers={"Origin": person.origin}
    )
    assert response.status == 200 and "Ihre Auswahl nicht übernommen" in page_text(
        await response.text()
    )
    assert await web_users(services.sessionmaker) == []


async def test_a_message_longer_than_4096_characters_is_refused_kindly(client: WebClient) -> None:
    person = WebPerson(client, "tr")
    await person.open()
    await person.press("Türkçe")
    status, body = await person.post({"text": "a" * 4097})
    assert status == 413
    assert "4.096" in body["error"] and "Lütfen" in body["error"]
    # 4,096 is allowed through to the engine, which has its own, shorter limits per question.
    assert (await person.post({"text": "a" * 4096}))[0] == 200


async def test_the_too_long_sentence_says_how_long_the_text_is(client: WebClient) -> None:
    # QA: "at most 4096 characters" alone left the person guessing how much to cut; it
    # says how long the text is, as the language writes numbers, with or without script.
    person = WebPerson(client, "de")
    await person.open()
    await person.press("Deutsch")
    status, body = await person.post({"text": "a" * 5040})
    assert status == 413
    assert "5.040 von höchstens 4.096 Zeichen" in body["error"]
    headers = {"Origin": person.origin, "Accept-Language": "de"}
    form = {"csrf": person.csrf, "lang": "de", "text": "b" * 5040}
    response = await client.post("/chat", data=form, headers=headers)
    assert "5.040 von höchstens 4.096 Zeichen" in page_text(await response.text())
    await person.press("🌐 Sprache")
    await person.press("العربية")
    status, body = await person.post({"text": "a" * 5040, "lang": "ar"})
    # Each number in an isolate: "5,040" stays one number in right-to-left text.
    assert "\u20685,040\u2069" in body["error"] and "\u20684,096\u2069" in body["error"]


async def test_a_message_over_the_bodys_64_kib_is_refused_with_the_chats_own_words(
    client: WebClient,
) -> None:
    # QA: aiohttp refused a body over 64 KiB itself, and the script said "Sorry, something
    # went wrong"; the page without JavaScript showed a bare "413 Request Entity Too Large".
    person, _ = await at_the_menu(client, "tr")
    status, body = await person.post({"text": "a" * 70_000, "lang": "tr"})
    assert status == 413
    assert "4.096" in body["error"] and "Lütfen" in body["error"]
    form = {"csrf": person.csrf, "lang": "tr", "text": "a" * 70_000}
    response = await client.post(
        "/chat", data=form, headers={**person.headers, "Origin": person.origin}
    )
    assert response.status == 413
    assert "4.096" in page_text(await response.text())


async def test_with_javascript_a_text_over_64_kib_is_told_its_length(client: WebClient) -> None:
    # QA, 2026-12-06: about 32,000 Arabic letters sent with the script got "write at most
    # 4,096 characters" without their length (the body over 64 KiB was not read), while
    # the page without JavaScript said "70,000 of at most 4,096".
    person, _ = await at_the_menu(client, "ar")
    t = translator("ar")
    text = "ب" * 40_000
    status, body = await person.post({"text": text, "lang": "ar"})
    assert status == 413
    counted = chat.counts("ar", length=len(text), max=chat.MAX_MESSAGE)
    assert body["error"] == t.gettext(chat.TOO_LONG).format(**counted)
    # Over even what is read, the length the script counted (X-Text-Length) is told.
    huge = "a" * (chat.FORM_BODY + 1)
    status, body = await person.post({"text": huge, "lang": "ar"}, **{"X-Text-Length": "262145"})
    assert status == 413
    counted = chat.counts("ar", length=262_145, max=chat.MAX_MESSAGE)
    assert body["error"] == t.gettext(chat.TOO_LONG).format(**counted)
    # A count that says nothing of a text too long is not repeated.
    status, body = await person.post({"text": huge, "lang": "ar"}, **{"X-Text-Length": "12"})
    assert body["error"] == t.gettext(chat.TOO_BIG).format(**chat.counts("ar", max=4096))


async def test_without_javascript_a_text_far_too_long_comes_back_whole(client: WebClient) -> None:
    # QA: without JavaScript a text of 20,000 characters came back cut at 8,192: the end of
    # it was gone from the field, without a word. As long as the form's body carries it,
    # it comes back whole; the copy offered when the cookie is blocked is whole too.
    person = WebPerson(client, "de")
    await person.open()
    await person.press("Deutsch")
    long = "Wir möchten ab Herbst ausbilden, aber wir haben noch viele Fragen. " * 300
    assert len(long) > 2 * chat.MAX_MESSAGE
    headers = {"Origin": person.origin, "Accept-Language": "de"}
    form = {"csrf": person.csrf, "lang": "de", "text": long}
    response = await client.post("/chat", data=form, headers=headers)
    assert response.status == 413
    page = await response.text()
    assert "von höchstens 4.096 Zeichen" in page_text(page) and f">{long}</textarea>" in page
    # A reload of the same screen: still whole.
    assert f">{long}</textarea>" in await person.open()
    client.session.cookie_jar.clear()
    response = await client.post("/chat", data=form, headers=headers)
    assert response.status == 403
    assert f">{long}</textarea>" in await response.text()


async def test_a_text_too_long_for_its_question_is_given_back_to_shorten(client: WebClient) -> None:
    # The topic of a callback takes 1000 characters: more were refused, and gone from the field.
    person = WebPerson(client)
    await person.open()
    for label in ("English", "Request a callback", "A business"):
        await person.press(label)
    long = "Wir möchten ab Herbst ausbilden. " * 32
    refused = await person.type(long)
    assert "too long" in refused["text"] and refused["given_back"] is True
    assert (await person.type("Ausbildung ab Herbst"))["given_back"] is False
    # Without JavaScript, the page comes back with the words in its field.
    await person.press("Back")
    headers = {"Origin": person.origin, "Accept-Language": "en"}
    response = await client.post("/chat", data={"csrf": person.csrf, "text": long}, headers=headers)
    page = await response.text()
    assert "too long" in page_text(page) and f">{long}</textarea>" in page
    # In a box of several lines, the whole width: in a one-line field a phone showed a few
    # words of a thousand characters, and shortening them was guesswork.
    assert '<textarea id="text" name="text" rows="8"' in page
    # Short words given back stay in the field that grows with them (one line at first).
    await person.press("Back")
    response = await client.post("/chat", data={"csrf": person.csrf, "text": "x"}, headers=headers)
    assert '<textarea id="text" name="text" rows="1" class="grows"' in await response.text()


async def test_without_javascript_my_data_is_shown_on_the_page_and_the_file_is_a_button(
    client: WebClient,
) -> None:
    # The plain form answered with the file alone: the page stayed as it was, and what came
    # was JSON with English keys.
    person, _ = await at_the_menu(client)
    headers = {"Origin": person.origin, "Accept-Language": "en"}
    form = {"csrf": person.csrf, "command": "mydata"}
    response = await client.post("/chat", data=form, headers=headers)
    page = await response.text()
    assert response.status == 200 and response.content_type == "text/html"
    assert "This is everything we have stored about you:" in page_text(page)
    assert 'name="download"' in page and "Download as a file (JSON)" in page
    file = await client.post("/chat", data={**form, "download": "1"}, headers=headers)
    assert file.headers["Content-Disposition"].startswith("attachment")
    assert json.loads(await file.read())["profile"]["channel"] == "web"


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


async def test_the_kind_sentence_without_javascript_has_the_title_of_the_pages_language(
    services: Services,
) -> None:
    # QA: the page said it in Ukrainian under the German tab title "KAUSA Sachsen".
    limits = Limits(
        per_ip=RateLimiter(rate=100, burst=100), per_session=RateLimiter(rate=0.001, burst=1)
    )
    app = build_web_app(services, extra=[chat.register], limits=limits)
    async with TestClient(TestServer(app)) as client:
        person = WebPerson(client, "uk")
        await person.open()
        form = {"csrf": person.csrf, "command": "menu", "lang": "uk"}
        headers = {"Origin": person.origin, "Accept-Language": "uk"}
        await client.post("/chat", data=form, headers=headers)
        typed = {"csrf": person.csrf, "text": "Олена Коваленко", "lang": "uk"}
        response = await client.post("/chat", data=typed, headers=headers)
        page = await response.text()
    assert response.status == 429 and "зачекайте" in page_text(page)
    # The chat as it was, with the words typed back in the field (they were lost), after
    # a redirect (Back over the POST asked to send the form again).
    assert response.history and response.history[0].status == 303
    assert 'id="screen"' in page and "Олена Коваленко" in page
    title = re.search(r"<title>(.*?)</title>", page)
    assert title is not None and title[1] == translator("uk").gettext(chat.TITLE)
    assert title[1] != "KAUSA Sachsen"


async def test_without_javascript_too_many_steps_from_the_address_keep_the_typed_words(
    services: Services,
) -> None:
    # QA: a school's shared address over its limit: the form's words were gone, on a page
    # of the sentence alone (the session's own limit kept them, in the chat as it was).
    limits = Limits(
        per_ip=RateLimiter(rate=0.001, burst=2), per_session=RateLimiter(rate=100, burst=100)
    )
    app = build_web_app(services, extra=[chat.register], limits=limits)
    async with TestClient(TestServer(app)) as client:
        person = WebPerson(client, "de")
        await person.open()
        headers = {"Origin": person.origin, "Accept-Language": "de"}
        form = {"csrf": person.csrf, "command": "menu", "lang": "de"}
        for _ in range(2):
            await client.post("/chat", data=form, headers=headers)
        typed = {"csrf": person.csrf, "text": "Wir möchten ab Herbst ausbilden.", "lang": "de"}
        response = await client.post("/chat", data=typed, headers=headers)
        page = await response.text()
        # The script's step is refused as before, with the sentence alone (it keeps its field).
        status, body = await person.post({"text": "Hallo"})
    assert response.status == 429
    assert translator("de").gettext(SLOW_DOWN) in page_text(page)
    assert response.history and response.history[0].status == 303
    assert 'id="screen"' in page and "Wir möchten ab Herbst ausbilden." in page
    assert status == 429 and body["error"] == translator("de").gettext(SLOW_DOWN)


async def test_refusals_before_the_form_is_read_speak_the_chats_language(
    services: Services,
) -> None:
    # QA: an Arabic chat in a browser set to German: a step refused before its form was
    # read (too many from one address: a school's shared one; a text over 64 KiB without
    # JavaScript) said it in German, and the text over 64 KiB was gone without a word.
    limits = Limits(
        per_ip=RateLimiter(rate=0.001, burst=3), per_session=RateLimiter(rate=100, burst=100)
    )
    app = build_web_app(services, extra=[chat.register], limits=limits)
    async with TestClient(TestServer(app)) as client:
        person = WebPerson(client, "de")
        await person.open("?lang=ar")
        await person.press("العربية")
        assert 'action="/chat?lang=ar"' in await person.open()
        headers = {"Origin": person.origin, "Accept-Language": "de"}
        form = {"csrf": person.csrf, "lang": "ar", "text": "أ" * 50_000}
        response = await client.post("/chat?lang=ar", data=form, headers=headers)
        assert response.status == 413
        said = page_text(await response.text())
        assert "لم يكن من الممكن الاحتفاظ به" in said and "\u20684,096\u2069" in said
        for _ in range(2):
            response = await client.post("/chat?lang=ar", data=form, headers=headers)
        assert response.status == 429
        assert translator("ar").gettext(SLOW_DOWN) in await response.text()


async def test_concurrent_steps_of_one_session_run_one_after_the_other(
    client: WebClient, services: Services
) -> None:
    person, _ = await at_the_menu(client)
    seq = int(person.button("Information").split(":")[0])
    # Each command opens a screen of its own, other than the menu: whatever order the
    # steps take, each changes the state (a step that changes nothing keeps the sequence).
    commands = ["/privacy", "/help", "/language", "/delete", "/status"]
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


#: The callback request up to the phone question: (how, what) as a person would.
TO_THE_PHONE = (
    ("press", "English"),
    ("press", "Request a callback"),
    ("press", "A business"),
    ("press", "Skip"),
    ("type", "04109"),
    ("press", "Yes, I agree"),
    ("type", "Ayşe Yılmaz"),
)


async def up_to_the_phone_question(person: WebPerson) -> dict[str, object]:
    await person.open()
    for how, what in TO_THE_PHONE:
        screen = await (person.press(what) if how == "press" else person.type(what))
    return screen


async def test_a_question_typed_on_the_way_reaches_the_advisors_with_the_request(
    client: WebClient, services: Services
) -> None:
    from bot.advisor.view import lead_message
    from db.models import Lead

    person = WebPerson(client)
    await up_to_the_phone_question(person)
    await person.type("0341 1234567")
    # On the meeting question, a tap is expected; the person asks instead. Asking to be
    # called answers it (bot.dialogue.asked_to_meet), and the question is kept as well.
    noted = await person.type("Können Sie auch samstags anrufen?")
    assert "We have noted “By phone” as your answer" in noted["text"]
    assert "Your message goes to the advisor" in noted["text"]
    summary = await person.press("Any time")
    assert "Your message for the advisor: Können Sie auch samstags anrufen?" in summary["text"]
    # One more, typed on the summary: it shows at once, the two listed under their label.
    again = await person.type("Und brauche ich einen Dolmetscher?")
    assert (
        "Your messages for the advisor:\n• Können Sie auch samstags anrufen?\n"
        "• Und brauche ich einen Dolmetscher?"
    ) in again["text"]
    await person.press("Send")
    async with services.sessionmaker() as session:
        lead = (await session.scalars(sa.select(Lead))).one()
    assert lead.answers["question"] == (
        "Können Sie auch samstags anrufen?\nUnd brauche ich einen Dolmetscher?"
    )
    # The advisors read it on the lead's card.
    assert (
        "Frage:\n• Können Sie auch samstags anrufen?\n• Und brauche ich einen Dolmetscher?"
    ) in lead_message(lead, "Leipzig").text


async def test_a_phone_call_chosen_before_the_number_became_e_mail_is_asked_again(
    client: WebClient, services: Services
) -> None:
    from db.models import Lead

    person = WebPerson(client)
    await up_to_the_phone_question(person)
    await person.type("0341 1234567")
    await person.press("By phone")
    await person.press("Any time")
    await person.press("✏️ Phone")
    # No phone call without a number: the question comes again at once.
    meeting = await person.press("E-mail instead of phone")
    assert "How would you like to talk with the advisor?" in meeting["text"]
    assert "By phone" not in json.dumps(meeting["buttons"])
    # The address e-mail needs is asked next, before the summary, not after "Send".
    email = await person.press("Video call")
    assert "What is your e-mail address?" in email["text"]
    summary = await person.type("ayse@example.org")
    assert "Meeting: Video call" in summary["text"]
    assert "E-mail: ayse@example.org" in summary["text"]
    done = await person.press("Send")
    assert "will write to you by e-mail" in done["text"]
    async with services.sessionmaker() as session:
        lead = (await session.scalars(sa.select(Lead))).one()
    assert (lead.phone, lead.email, lead.answers["meeting"]) == (None, "ayse@example.org", "video")


async def test_the_web_asks_phone_or_e_mail_and_the_lead_reaches_the_advisors_outbox(
    client: WebClient, services: Services
) -> None:
    from bot.advisor.view import lead_message
    from db.models import Lead, OutboxMessage

    person = WebPerson(client)
    phone = await up_to_the_phone_question(person)
    assert "If you prefer e-mail, tap the button" in str(phone["text"])
    assert "Telegram" not in json.dumps(phone)
    email = await person.press("E-mail instead of phone")
    assert "What is your e-mail address?" in email["text"]
    # E-mail is now the only way to reach the person: it cannot be skipped.
    assert "Skip" not in json.dumps(email["buttons"])
    wrong = await person.type("not an address")
    assert "does not look right" in wrong["text"]
    assert "Skip" not in wrong["text"]  # no such button here (QA, 2026-12-04)
    meeting = await person.type("ayse@example.org")
    # Whoever chose e-mail instead of phone is not offered a phone call.
    assert "By phone" not in json.dumps(meeting["buttons"])
    await person.press("Video call")
    summary = await person.press("Any time")
    assert "E-mail instead of phone" in summary["text"]
    assert "ayse@example.org" in summary["text"]
    done = await person.press("Send")
    assert "will write to you by e-mail" in done["text"]
    async with services.sessionmaker() as session:
        lead = (await session.scalars(sa.select(Lead))).one()
        outbox = (await session.scalars(sa.select(OutboxMessage))).all()
    assert (lead.channel, lead.phone, lead.email) == ("web", None, "ayse@example.org")
    assert not lead.contact_via_telegram
    assert [(o.kind, o.lead_id) for o in outbox] == [("lead_new", lead.id)]
    card = lead_message(lead, "Leipzig").text
    assert "über Website-Chat" in card and "ayse@example.org" in card
    assert f"Anfrage #{lead.id}" in card and str(lead.id) in done["text"]


async def test_an_e_mail_address_typed_for_the_phone_is_taken_as_e_mail_instead(
    client: WebClient, services: Services
) -> None:
    from db.models import Lead

    person = WebPerson(client)
    await up_to_the_phone_question(person)
    meeting = await person.type("ayse@example.org")
    # As "E-mail instead of phone" with the address: no phone call offered, nothing lost.
    assert "How would you like to talk with the advisor?" in meeting["text"]
    assert "By phone" not in json.dumps(meeting["buttons"])
    await person.press("Video call")
    summary = await person.press("Any time")
    assert "E-mail: ayse@example.org" in summary["text"]
    await person.press("Send")
    async with services.sessionmaker() as session:
        lead = (await session.scalars(sa.select(Lead))).one()
    assert (lead.phone, lead.email) == (None, "ayse@example.org")


async def test_words_beside_an_e_mail_address_typed_for_the_phone_reach_the_advisor(
    client: WebClient,
) -> None:
    # "I rarely pick up" was dropped: only the address was kept.
    person = WebPerson(client)
    await up_to_the_phone_question(person)
    typed = "my e-mail is ayse@example.org, I rarely pick up the phone"
    meeting = await person.type(typed)
    assert "How would you like to talk with the advisor?" in meeting["text"]
    assert "We have noted “ayse@example.org” as your answer" in meeting["text"]
    await person.press("Video call")
    summary = await person.press("Any time")
    assert "E-mail: ayse@example.org" in summary["text"] and typed in summary["text"]


async def test_a_phone_number_alone_is_enough_on_the_web(
    client: WebClient, services: Services
) -> None:
    from db.models import Lead

    person = WebPerson(client)
    await up_to_the_phone_question(person)
    await person.type("0341 1234567")  # a landline: no WhatsApp question
    await person.press("By phone")
    await person.press("Any time")
    # The e-mail address is offered on the summary, and stays optional there.
    await person.press("E-mail")
    optional = await person.type("x")  # not an address: the optional question asks again
    assert "Skip" in json.dumps(optional["buttons"])
    summary = await person.press("Skip")
    assert "Please check your details" in summary["text"]
    done = await person.press("Send")
    assert "will call you" in done["text"]
    async with services.sessionmaker() as session:
        lead = (await session.scalars(sa.select(Lead))).one()
    assert (lead.channel, lead.phone, lead.email) == ("web", "+493411234567", None)


async def test_a_personal_detail_needs_the_proof_of_work_of_this_session(
    client: WebClient,
) -> None:
    other = WebPerson(client)
    await other.open()
    foreign_solution = await other.solve()
    client.session.cookie_jar.clear()  # from here on another browser
    person = WebPerson(client)
    await person.open()
    for how, what in TO_THE_PHONE[:-1]:
        await (person.press(what) if how == "press" else person.type(what))
    assert person.screen["proof"] is True
    # Without a solution the name is not taken.
    status, body = await person.post({"text": "Mallory"})
    assert status == 403 and "not a robot” above" in body["error"]
    # Another session's solved challenge is not this session's.
    status, _ = await person.post({"text": "Mallory", "altcha": foreign_solution})
    assert status == 403
    assert "What is your name?" in (await person.look())["text"]
    named = await person.step({"text": "Mallory"})  # solves its own challenge
    assert "phone number" in named["text"] and named["proof"] is False


async def test_a_solution_is_taken_once_and_not_after_it_expired(
    services: Services,
) -> None:
    # The library checks expiry against the wall clock, so "now" is the wall clock's.
    now = [datetime.now(UTC)]
    proof = ProofOfWork(b"secret", services.sessionmaker, lambda: now[0], cost=1)

    def solved(session: str) -> str:
        challenge = altcha.Challenge.from_dict(proof.challenge(session))
        solution = altcha.solve_challenge(challenge)
        assert solution is not None
        return str(altcha.Payload(challenge=challenge, solution=solution).to_base64())

    payload = solved("a" * 64)
    assert await proof.redeem(payload, "a" * 64)
    assert not await proof.redeem(payload, "a" * 64)  # a replay
    assert await proof.passed("a" * 64) and not await proof.passed("b" * 64)
    assert not await proof.redeem("bm90IGEgcGF5bG9hZA==", "b" * 64)
    stale = solved("b" * 64)
    with time_machine.travel(now[0] + timedelta(minutes=21), tick=False):
        assert not await proof.redeem(stale, "b" * 64)


def test_a_challenge_is_a_fixed_amount_of_work_not_a_lottery(services: Services) -> None:
    proof = ProofOfWork(b"secret", services.sessionmaker, lambda: datetime.now(UTC))
    attempts = []
    for n in range(12):
        challenge = altcha.Challenge.from_dict(proof.challenge(f"{n:064d}"))
        assert challenge.parameters.cost == COST
        solution = altcha.solve_challenge(challenge)
        assert solution is not None
        attempts.append(solution.counter)
    # The browser's widget awaits COST digests per attempt: at most 30,000 in all (a
    # one-in-256 prefix at 5,000 per attempt took people 0.7 to over 40 s).
    assert all(counter in ATTEMPTS for counter in attempts)
    assert max(ATTEMPTS) * COST <= 30_000


async def test_the_widget_greets_in_its_pages_language_and_the_first_step_keeps_it(
    client: WebClient,
) -> None:
    # An Arabic website, a browser set to German: the page's language wins.
    person = WebPerson(client, "de-DE")
    page = await person.open("?lang=ar")
    assert '<html lang="ar" dir="rtl">' in page and 'name="lang" value="ar"' in page
    found = re.search(r'name="press" value="(\d+:m)"', page)
    assert found is not None  # on to the main menu, in the language shown
    status, body = await person.post({"press": found[1], "lang": "ar"})
    assert status == 200 and body["lang"] == "ar" and body["dir"] == "rtl"


async def test_a_typed_answer_is_marked_for_the_cursor_and_failures_have_words(
    client: WebClient,
) -> None:
    person, menu = await at_the_menu(client)
    assert menu["typing"] is False
    company = await person.press("For businesses")
    assert company["typing"] is True  # the business name: the cursor goes to the field
    assert company["field"] == ""  # no name of the browser's: the business's own
    page = await person.open()
    assert 'data-offline="No connection: your message was not sent.' in page
    assert 'data-failed="Sorry, something went wrong on our side.' in page


async def test_the_phone_question_asks_for_the_number_pad(client: WebClient) -> None:
    # A business owner on a phone typed the number on the letter keyboard.
    person = WebPerson(client)
    phone = await up_to_the_phone_question(person)
    assert phone["field"] == "tel"
    assert 'autocomplete="tel" inputmode="tel"' in await person.open()  # without JavaScript
    meeting = await person.type("0341 1234567")
    assert meeting["field"] == ""
    assert 'autocomplete="off"' in await person.open()


async def test_a_step_whose_cookie_did_not_come_back_offers_the_chat_in_a_new_tab(
    client: WebClient, services: Services
) -> None:
    # QA: a browser that keeps no cookie (Safari in the widget's iframe, some in-app
    # browsers) got "Your chat session has ended. Please reload the page" at every step,
    # and a reload never helped.
    person = WebPerson(client, "ar")
    await person.open("?lang=ar")
    client.session.cookie_jar.clear()  # the browser did not keep it
    status, body = await person.post({"press": "lang:ar", "lang": "ar"})
    assert status == 403
    assert "الكوكي" in body["error"] and "إعادة تحميل" not in body["error"]
    assert body["reopen"]["href"] == "/chat?lang=ar"
    assert "فتح المحادثة في تبويب جديد" in body["reopen"]["label"]
    # The page's script asks at its start, and tells the person before they write.
    screen = await person.look()
    assert screen["reopen"] == body["reopen"] and screen["error"] == body["error"]
    # Without JavaScript: the same words, the link to a new tab, and the words typed.
    form = {"csrf": person.csrf, "lang": "tr", "text": "04109 Leipzig"}
    response = await client.post("/chat", data=form, headers={"Origin": person.origin})
    assert response.status == 403
    page = await response.text()
    assert "çerez" in page_text(page) and "yenileyin" not in page_text(page)
    assert '<a href="/chat?lang=tr" target="_blank" rel="noopener">' in page
    assert ">04109 Leipzig</textarea>" in page
    # Beside a tapped button too: every button sends the text field's form.
    response = await client.post(
        "/chat", data={**form, "press": "lang:tr"}, headers={"Origin": person.origin}
    )
    assert response.status == 403
    assert ">04109 Leipzig</textarea>" in await response.text()
    assert await web_users(services.sessionmaker) == []


async def test_a_browser_blocking_every_cookie_is_told_how_to_reach_kausa_directly(
    client: WebClient, services: Services
) -> None:
    # QA: with every cookie blocked (the chat in a tab of its own), the only way offered was
    # "Open the chat in a new tab", which blocked the cookie again: no way to KAUSA at all.
    person = WebPerson(client, "ar")
    await person.open("?lang=ar")
    client.session.cookie_jar.clear()  # the browser keeps none, not even the chat's own
    headers = {**person.headers, "Origin": person.origin, "X-CSRF-Token": person.csrf}
    response = await client.post(
        "/chat/api/step?lang=ar&framed=0", json={"press": "lang:ar"}, headers=headers
    )
    assert response.status == 403
    body = await response.json()
    assert "الكوكي" in body["error"] and "إعدادات المتصفح" in body["error"]
    assert body["reopen"] is None  # a new tab would block it again
    # The offices as the bot's offices page gives them (configuration: here the website).
    assert "kausa-sachsen.de" in body["contacts"]
    assert "تواصلوا مع KAUSA مباشرة" in body["contacts"]
    screen = await (await client.get("/chat/api/screen?lang=ar&framed=0")).json()
    assert screen["contacts"] == body["contacts"] and screen["reopen"] is None
    # Without JavaScript: a form sent from the chat's own tab.
    form = {"csrf": person.csrf, "lang": "de", "text": "Wir suchen einen Azubi"}
    response = await client.post(
        "/chat", data=form, headers={"Origin": person.origin, "Sec-Fetch-Dest": "document"}
    )
    assert response.status == 403
    page = page_text(await response.text())
    assert "Cookies für diese Seite erlauben" in page and "neuem Tab" not in page
    assert "Sie können KAUSA auch direkt erreichen" in page and "kausa-sachsen.de" in page
    # In the widget's iframe the new tab is still offered, and the contacts come with it.
    framed = await (await client.get("/chat/api/screen?lang=de&framed=1")).json()
    assert framed["reopen"]["href"] == "/chat?lang=de" and "kausa-sachsen.de" in framed["contacts"]
    response = await client.post(
        "/chat", data=form, headers={"Origin": person.origin, "Sec-Fetch-Dest": "iframe"}
    )
    page = await response.text()
    assert 'target="_blank"' in page and "kausa-sachsen.de" in page_text(page)
    assert await web_users(services.sessionmaker) == []


async def test_a_cookie_signed_with_another_key_goes_on_in_a_new_session_with_the_words(
    client: WebClient, services: Services
) -> None:
    # A restart without WEB_SECRET signs with a new key: the browser sent its cookie, which
    # no longer counts. "Your browser blocks the cookie" is wrong; "please reload" lost the
    # words typed (the script's draft was kept under the old session's token).
    person = WebPerson(client, "de")
    await person.open()
    await person.press("Deutsch")
    stored = await web_users(services.sessionmaker)
    client.session.cookie_jar.clear()
    client.session.cookie_jar.update_cookies({"kausa_chat": "made-up.id"})
    words = "Wir haben ein Restaurant in Chemnitz und möchten ausbilden."
    status, body = await person.post({"text": words, "lang": "de"})
    assert status == 200 and "reopen" not in body
    assert body["before"] == [translator("de").gettext(chat.ENDED_TYPED)]
    assert "Ihre Nachricht nicht gesendet" in body["before"][0]
    assert body["given_back"] is True  # the script puts the words back into the field
    assert "Deutsch" in str(body["buttons"])  # the new session's greeting
    assert body["csrf"] != person.csrf
    new_cookie = client.session.cookie_jar.filter_cookies(client.make_url("/"))["kausa_chat"]
    assert new_cookie.value != "made-up.id"
    # Nothing was sent or stored: the words wait for the person's own Send.
    assert len(await web_users(services.sessionmaker)) == len(stored) == 1
    person.csrf = body["csrf"]
    assert "reopen" not in await person.look()
    # A button tapped in a page of the session that ended: the same, and nothing to give back.
    client.session.cookie_jar.clear()
    client.session.cookie_jar.update_cookies({"kausa_chat": "made-up.id"})
    status, tapped = await person.post({"press": "lang:de", "lang": "de"})
    assert status == 200 and tapped["given_back"] is False
    assert tapped["before"] == [translator("de").gettext(chat.ENDED)]


async def test_without_javascript_words_typed_in_a_session_that_ended_come_into_the_new_one(
    client: WebClient, services: Services
) -> None:
    # The page without JavaScript said only "Ihre Chat-Sitzung ist abgelaufen", and the
    # message typed was gone.
    person = WebPerson(client, "ar")
    await person.open("?lang=ar")
    client.session.cookie_jar.clear()
    client.session.cookie_jar.update_cookies({"kausa_chat": "made-up.id"})
    words = "عندي مطعم في لايبزيغ وأريد أن أدرّب"
    form = {"csrf": person.csrf, "lang": "ar", "text": words}
    headers = {"Origin": person.origin, "Accept-Language": "ar"}
    response = await client.post("/chat", data=form, headers=headers, allow_redirects=False)
    assert response.status == 303 and response.headers["Location"] == chat.STEP_PAGE
    page = await person.open()
    note = translator("ar").gettext(chat.ENDED_TYPED)
    assert note in page_text(page) and f">{words}</textarea>" in page
    # A reload keeps them in the field; nothing was sent or stored.
    assert f">{words}</textarea>" in await person.open()
    assert await web_users(services.sessionmaker) == []


async def test_without_javascript_the_question_typed_stays_above_its_answer(
    client: WebClient,
) -> None:
    # With JavaScript the person's question stays in the conversation above the answer;
    # without it, only the answer's page appeared, and what was asked was gone.
    person, _ = await at_the_menu(client, "de")
    headers = {"Origin": person.origin, "Accept-Language": "de"}
    question = "Was verdient man in der Ausbildung?"
    form = {"csrf": person.csrf, "lang": "de", "text": question}
    response = await client.post("/chat", data=form, headers=headers)
    page = await response.text()
    asked = f'<p class="msg me" dir="ltr">{question}</p>'
    assert response.status == 200 and asked in page
    assert page.index(asked) < page.index('id="screen"')
    assert "Mindestausbildungsvergütung" in page_text(page)
    # Once: a reload shows the page as it is now, as with JavaScript.
    assert asked not in await person.open()


async def test_without_javascript_a_message_for_the_advisor_is_shown_once(
    client: WebClient,
) -> None:
    # The conversation with the advisor draws it, with its receipt: not twice.
    person = await at_the_summary(client)
    await person.press("Send")
    headers = {"Origin": person.origin, "Accept-Language": "en"}
    words = "I am at the shop from 9 o'clock."
    form = {"csrf": person.csrf, "lang": "en", "text": words}
    response = await client.post("/chat", data=form, headers=headers)
    page = await response.text()
    assert response.status == 200 and page_text(page).count("I am at the shop") == 1
    assert "Sent to your advisor" in page_text(page)


async def test_without_javascript_words_typed_in_a_page_left_behind_are_given_back(
    client: WebClient,
) -> None:
    # The chat in two tabs: the name of the business typed in the one left behind at that
    # question was stored as the answer to the question the other had reached.
    person = WebPerson(client, "en")
    await person.open()
    for label in ("English", "For businesses"):
        await person.press(label)
    at_the_name = (await person.look())["step"]
    await person.type("Imbiss Anatolia")
    at_the_trade = (await person.look())["step"]
    headers = {"Origin": person.origin, "Accept-Language": "en"}
    fields = {"csrf": person.csrf, "text": "Imbiss Anatolia GmbH", "step": at_the_name}
    response = await client.post("/chat", data=fields, headers=headers)
    page = page_text(await response.text())
    assert "This chat went on in another window in the meantime." in page
    assert ">Imbiss Anatolia GmbH</textarea>" in await response.text()
    assert (await person.look())["step"] == at_the_trade
    # Sent again as it was (Send once more, the page now at the trade): it answered the
    # trade, the business's name stored as the trade. Now it is given back again.
    fields = {**fields, "step": at_the_trade}
    response = await client.post("/chat", data=fields, headers=headers)
    page = await response.text()
    assert "This text was written for an earlier question" in page_text(page)
    assert ">Imbiss Anatolia GmbH</textarea>" in page
    assert (await person.look())["step"] == at_the_trade
    # The note says how to keep them: sent once more, they are the answer to the question
    # shown ("weiß nicht" meant for both questions was given back at every try).
    assert "send it once more" in page_text(page)
    taken = await person.type("Imbiss Anatolia GmbH")
    assert taken["given_back"] is False
    assert taken["step"] != at_the_trade


async def test_checking_for_new_messages_without_javascript_is_no_step_of_the_pace(
    services: Services,
) -> None:
    # QA, 2026-12-04: "Check for new messages" tapped twice quickly said "You are sending
    # messages very quickly": a look at the chat counted as a step.
    limits = Limits(
        per_ip=RateLimiter(rate=100, burst=100), per_session=RateLimiter(rate=0.001, burst=2)
    )
    app = build_web_app(services, extra=[chat.register], limits=limits)
    slow_down = translator("en").gettext(SLOW_DOWN)
    async with TestClient(TestServer(app)) as client:
        person = WebPerson(client, "en")
        await person.open()
        headers = {"Origin": person.origin, "Accept-Language": "en"}
        await client.post("/chat", data={"csrf": person.csrf, "command": "menu"}, headers=headers)
        looks = []
        for _ in range(3):
            looked = {"csrf": person.csrf, "check": "1", "seen": "0", "text": "Hallo"}
            response = await client.post("/chat", data=looked, headers=headers)
            looks.append((response.status, page_text(await response.text())))
        # The looks took none of the steps the pace allows: the next step is still taken.
        step = await client.post(
            "/chat", data={"csrf": person.csrf, "command": "menu"}, headers=headers
        )
        after = page_text(await step.text())
    assert all(status == 200 and slow_down not in text for status, text in looks)
    assert step.status == 200 and slow_down not in after


async def test_delete_leaves_no_trace_of_the_session_in_the_spam_check_proofs(
    client: WebClient, services: Services
) -> None:
    # The proof of the spam check kept the web session's hash (the person's id) for a day
    # after /delete: that browser's session stayed on record as "checked".
    person = await at_the_summary(client)
    session_hash = (await web_users(services.sessionmaker))[0].external_id
    await person.step({"command": "delete"})
    await person.press("Yes")
    async with services.sessionmaker() as session:
        proofs = (await session.execute(sa.select(AltchaSolution))).scalars().all()
    assert proofs and all(proof.session != session_hash for proof in proofs)
    assert session_hash not in json.dumps([[p.signature, p.session] for p in proofs])
    # That browser must prove itself again before it gives a contact detail.
    assert not await client.app[chat.CHAT].proof.passed(session_hash)


def chat_cookie(client: WebClient) -> str:
    """The value of the chat's session cookie in the client's jar."""
    return client.session.cookie_jar.filter_cookies(client.make_url("/"))["kausa_chat"].value


async def known_in_english(client: WebClient, services: Services) -> tuple[WebPerson, str, str]:
    """A person who chose English, their cookie's value and their stored hash, at /delete."""
    person = WebPerson(client)
    await person.open()
    await person.press("English")
    known = (await web_users(services.sessionmaker))[0].external_id
    before = chat_cookie(client)
    await person.step({"command": "delete"})
    return person, before, known


async def test_delete_gives_the_browser_a_new_session_and_nothing_new_joins_the_deleted_one(
    client: WebClient, services: Services
) -> None:
    # A data protection officer: after /delete the cookie stayed, and the next conversation
    # was stored under the deleted one's code again. Now the browser gets a new session.
    person, before, deleted = await known_in_english(client, services)
    farewell = await person.press("Yes")
    assert "All your data has been deleted" in farewell["text"]
    assert chat_cookie(client) != before
    again = await person.step({"text": "Hello, it's me again"})
    assert "An advisor can answer your question" in again["text"]
    stored = [user.external_id for user in await web_users(services.sessionmaker)]
    assert stored and deleted not in stored


async def test_delete_without_javascript_gives_the_browser_a_new_session_too(
    client: WebClient, services: Services
) -> None:
    person, before, deleted = await known_in_english(client, services)
    headers = {**person.headers, "Origin": person.origin}
    data = {"press": person.button("Yes"), "csrf": person.csrf}
    page = await client.post("/chat", data=data, headers=headers)
    assert "All your data has been deleted" in page_text(await page.text())
    assert chat_cookie(client) != before
    # The farewell page's forms carry the new session's token: the next step is taken.
    await person.open()
    await person.press("English")
    assert [user.external_id for user in await web_users(services.sessionmaker)] != [deleted]
    assert len(await web_users(services.sessionmaker)) == 1


async def test_yes_delete_of_a_message_sent_before_the_deploy_deletes_after_one_question(
    client: WebClient, services: Services
) -> None:
    # A teenager's page from before the deploy still had "Yes, delete everything" with its
    # old code ("y"): the tap was told "This button belongs to an earlier message" under the
    # same question, and each tap on it again the same, a loop of questions.
    person, _, _ = await known_in_english(client, services)
    old = person.button("Yes, delete").rpartition(":")[0] + ":y"
    page_token, cookie = person.csrf, chat_cookie(client)
    farewell = await person.step({"press": old})
    assert "All your data has been deleted" in farewell["text"]
    assert "earlier message" not in farewell["text"]
    assert await web_users(services.sessionmaker) == []
    # Its double click (sent before the first answer came: the page's cookie and token) is
    # the farewell again, and stores nothing.
    client.session.cookie_jar.update_cookies({"kausa_chat": cookie}, client.make_url("/"))
    person.csrf = page_token
    again = await person.step({"press": old})
    assert "All your data has been deleted" in again["text"]
    assert await web_users(services.sessionmaker) == []


async def test_a_typed_wish_is_read_once_on_the_web(
    client: WebClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The chat read a session's first words for a stranger's wish, the service again,
    # and the engine a third time.
    read = count_privacy_wishes(monkeypatch)
    person = WebPerson(client, "de")
    await person.open()
    shown = await person.type("Bitte löschen Sie meine Daten")
    assert shown["before"] == [translator("de").gettext(NOTHING_STORED)]
    assert read == ["Bitte löschen Sie meine Daten"]
    read.clear()
    await person.type("Hallo")  # the first words of someone who is met: read once too
    assert read == ["Hallo"]


async def test_without_javascript_a_step_that_fails_keeps_the_words(
    client: WebClient, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A fault in a step (the database busy): the script says "Sorry" and keeps the words;
    # the page without JavaScript was a bare "500 Internal Server Error", the words gone.
    person, _ = await at_the_menu(client, "tr")
    question = "Çırak ne kadar kazanır?"

    async def busy(*args: object, **kwargs: object) -> None:
        raise sa.exc.OperationalError("UPDATE", {}, Exception("database is locked"))

    handle = services.dialogue.handle
    monkeypatch.setattr(services.dialogue, "handle", busy)
    form = {"csrf": person.csrf, "lang": "tr", "text": question, "step": person.screen["step"]}
    headers = {"Origin": person.origin, "Accept-Language": "tr"}
    response = await client.post("/chat", data=form, headers=headers)
    page = await response.text()
    sorry = translator("tr").gettext(SORRY)
    assert response.status == 500 and sorry in page_text(page)
    assert f">{question}</textarea>" in page  # to copy
    # Back in the chat once it works again: the words in the field of their question.
    monkeypatch.setattr(services.dialogue, "handle", handle)
    assert f">{question}</textarea>" in await person.open()


async def test_in_the_widgets_frame_a_session_that_ended_goes_on_under_the_frames_cookie(
    client: WebClient,
) -> None:
    # After a restart without WEB_SECRET the frame's cookie no longer counted; the new
    # session went into the cookie of a tab of its own, which a third-party frame does not
    # keep, and every step in the frame began anew.
    person = WebPerson(client, "de")
    await person.open("?lang=de")
    client.session.cookie_jar.clear()
    client.session.cookie_jar.update_cookies({"kausa_chat_framed": "made-up.id"})
    headers = {"Origin": person.origin, "X-CSRF-Token": person.csrf}
    response = await client.post(
        "/chat/api/step?lang=de&framed=1", json={"text": "Hallo", "lang": "de"}, headers=headers
    )
    assert response.status == 200
    issued = response.cookies
    assert "kausa_chat_framed" in issued and "kausa_chat" not in issued
    assert issued["kausa_chat_framed"]["samesite"] == "None"


async def test_without_web_secret_a_restart_keeps_the_dialogue_where_the_person_left_it(
    database_url: str,
) -> None:
    # QA: `python -m bot web` without WEB_SECRET signed with a new random key at every
    # start: after a restart the person's next step said "Your chat session had ended",
    # and the chat began again at the greeting (the typed words came back, the answers
    # given before did not). Now a key made once is kept in the database.
    settings = Settings(_env_file=None, database_url=database_url)  # type: ignore[call-arg]
    before, after = build_services(settings), build_services(settings)
    try:
        first = build_web_app(
            before, extra=[chat.register], security=await web_security(before), limits=UNLIMITED
        )
        second = build_web_app(
            after, extra=[chat.register], security=await web_security(after), limits=UNLIMITED
        )
        async with TestClient(TestServer(first)) as one, TestClient(TestServer(second)) as two:
            person, _ = await at_the_menu(one)
            info = await person.press("Information")
            two.session.cookie_jar.update_cookies(
                {c.key: c.value for c in one.session.cookie_jar}, two.make_url("/")
            )
            person.client = two
            page = await person.open()
            assert person.screen["text"] == info["text"]
            assert info["text"].splitlines()[0] in page_text(page)
            went_on = await person.press(info["buttons"][0][0]["label"])
            assert translator("en").gettext(chat.ENDED) not in went_on["before"]
    finally:
        await before.close()
        await after.close()


@pytest.mark.parametrize("name", ["Олена", "Андрій", "Mehmet", "Nguyễn Thị Lan"])
def test_ukrainian_names_the_advisor_as_written_without_declining_the_name(name: str) -> None:
    # "Повідомлення від {name}" needs the genitive ("від Олени"); the bot wrote the name as
    # it is ("від Олена"), wrong for most names. Now the name is the subject: "Олена ... пише:".
    t = translator("uk")
    intro = chat.advisor_intro(t, {"name": name, "city": "Leipzig"})
    assert intro.startswith(f"{name}, KAUSA ") and intro.endswith(", пише:")
    assert " від " not in intro
    corrected = t.gettext(CORRECTED_BY).format(name=name)
    assert corrected.startswith(f"{name} ") and " від " not in corrected


@pytest.mark.parametrize(
    ("lang", "text"),
    [("ar", "نريد أن ندرّب متدرّبين في مطعمنا في لايبزيغ. " * 300), ("de", "a" * 70_000)],
)
async def test_without_javascript_a_text_over_64_kib_comes_back_whole_with_its_length(
    client: WebClient, lang: str, text: str
) -> None:
    # QA: without JavaScript a form's body over 64 KiB was not read: "it could not be
    # kept", and the text was gone (Back shows an empty field). A form percent-encodes
    # every byte of a non-Latin letter, so 11,000 Arabic characters were already over it.
    person, _ = await at_the_menu(client, lang)
    form = {"csrf": person.csrf, "lang": lang, "text": text}
    response = await client.post(
        "/chat", data=form, headers={**person.headers, "Origin": person.origin}
    )
    assert response.status == 413
    page = await response.text()
    t = translator(lang)
    too_long = t.gettext(chat.TOO_LONG).format(**chat.counts(lang, length=len(text), max=4096))
    assert too_long in page_text(page)
    assert f">{text}</textarea>" in page
    # Over even the form's limit the words cannot be read: said so, with the limit.
    form = {"csrf": person.csrf, "lang": lang, "text": "a" * (chat.FORM_BODY + 1)}
    response = await client.post(
        "/chat", data=form, headers={**person.headers, "Origin": person.origin}
    )
    assert response.status == 413
    not_kept = t.gettext(chat.NOT_KEPT).format(**chat.counts(lang, max=4096))
    assert not_kept in page_text(await response.text())


#: An Arabic question that begins with a German word, as people write "Ausbildung".
MIXED = "Ausbildung كطباخ في لايبزيغ، هل هذا ممكن لي بعد سنة من الآن؟"


async def test_an_arabic_message_that_begins_with_a_german_word_reads_right_to_left(
    client: WebClient,
) -> None:
    # QA: the person's bubble took its direction from its first letter ("auto"): an Arabic
    # sentence that began with "Ausbildung" was laid out left to right, its words out of
    # order and "Ausbildung" at the end of the line as an Arabic reader reads it.
    person, _ = await at_the_menu(client, "ar")
    response = await client.post(
        "/chat",
        data={"csrf": person.csrf, "lang": "ar", "text": MIXED},
        headers={**person.headers, "Origin": person.origin},
    )
    page = await response.text()
    assert re.search(r'<p class="msg me" dir="rtl">[^<]*Ausbildung كطباخ', page), page


async def test_a_refused_number_or_address_is_given_back_to_correct(client: WebClient) -> None:
    # "This e-mail address does not look right", and the field empty: a person on a phone
    # typed the whole address again to change one comma.
    person = WebPerson(client)
    await up_to_the_phone_question(person)
    short = await person.type("0176 9876")
    assert "phone number" in short["text"] and short["given_back"] is True
    await person.press("E-mail instead of phone")
    wrong = await person.type("ayse.yilmaz@gmail,com")
    assert "does not look right" in wrong["text"] and wrong["given_back"] is True
    # A question typed there is answered or kept, not given back to send again.
    asked = await person.type("Wozu brauchen Sie meine E-Mail-Adresse?")
    assert asked["given_back"] is False
    taken = await person.type("ayse.yilmaz@gmail.com")
    assert taken["given_back"] is False and "How would you like" in taken["text"]
    # Without JavaScript, the page comes back with the words in its field.
    await person.press("Back")
    headers = {"Origin": person.origin, "Accept-Language": "en"}
    form = {"csrf": person.csrf, "text": "ayse.yilmaz@gmail,com"}
    page = await (await client.post("/chat", data=form, headers=headers)).text()
    assert "does not look right" in page_text(page)
    assert 'value="ayse.yilmaz@gmail,com"' in page


async def test_a_refused_name_or_postal_code_is_given_back_to_correct(client: WebClient) -> None:
    person = WebPerson(client)
    await person.open()
    for label in ("English", "Request a callback", "A business", "Skip"):
        await person.press(label)
    unknown = await person.type("04009")
    assert "could not find this postal code" in unknown["text"]
    assert unknown["given_back"] is True
    await person.type("04109")
    await person.press("Yes, I agree")
    with_address = await person.type("Ayşe ayse@web.de")
    assert "only your name" in with_address["text"] and with_address["given_back"] is True
    assert (await person.type("Ayşe Yılmaz"))["given_back"] is False


async def test_a_name_with_a_digit_is_given_back_with_a_kind_question(client: WebClient) -> None:
    # "Ayse2" on a phone's small keyboard was stored as the name the advisor greets.
    person = WebPerson(client)
    await person.open()
    for label in ("English", "Request a callback", "A business", "Skip"):
        await person.press(label)
    await person.type("04109")
    await person.press("Yes, I agree")
    asked = await person.type("Ayse2")
    assert "“Ayse2” has a number in it" in asked["text"] and asked["given_back"] is True
    taken = await person.type("Ayse")
    assert taken["given_back"] is False and "phone number" in taken["text"]
