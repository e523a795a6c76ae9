"""The advisor inbox in a real browser (Playwright with Debian's chromium), beside the running bot.

An advisor logs in, sees a new Telegram lead appear without reload, claims it (the
group card shows the claim) and writes a reply that reaches the person in the fake
Bot API; a Dresden advisor cannot open the Leipzig lead; logout ends the session.
A web-chat person's reply appears on the advisor's open lead page without reload.
Screenshots go to artifacts/inbox/ (gitignored); axe-core checks every page.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import unquote_plus

import pytest
import pytest_asyncio
import sqlalchemy as sa

from bot.advisor import work
from bot.app import start_web, stop_web
from bot.desk import accounts
from bot.desk.accounts import Advisor as DeskAdvisor
from bot.desk.accounts import InboxAccess
from bot.services import Services
from db.models import AdvisorSession, ConversationMessage, FunnelCount, User
from testkit.fake_bot_api import FakeBotAPI
from tests.advisor_desk import ANNA, BERND, LEIPZIG_GROUP, add_lead, desk_settings, running_desk
from tests.advisor_desk import submit_callback_lead as submit
from tests.browser import (
    chromium,
    one_browser_per_module,
    quick_server,
    request_sent,
    settled,
    tap,
    write,
)
from tests.live_bot import free_port

axe_module = pytest.importorskip("axe_playwright_python.async_playwright")

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "inbox"
PASSWORD = "ein sicheres Passwort"
PERSON = 5005

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium"),
    *one_browser_per_module,
]


@asynccontextmanager
async def serving_web(services: Services) -> AsyncIterator[None]:
    """The web server as `run` starts it beside Telegram (jobs stay with the test)."""
    await start_web(services)
    try:
        yield
    finally:
        await stop_web(services)


@pytest_asyncio.fixture(loop_scope="module")  # the module's loop, where its browser is
async def browser() -> AsyncIterator[Any]:
    async with chromium() as shared:
        yield shared


async def add_account(services: Services, login: str, name: str, office: str, **extra: Any) -> None:
    await accounts.add(
        services.sessionmaker,
        login=login,
        name=name,
        office=office,
        password=PASSWORD,
        admin=False,
        telegram_id=extra.get("telegram_id"),
        totp=False,
        now=services.clock(),
    )


async def log_in(page: Any, base: str, login: str) -> None:
    await page.goto(f"{base}/inbox/login")
    await page.get_by_label("Login-Name").fill(login)
    await page.get_by_label("Passwort", exact=True).fill(PASSWORD)
    await page.get_by_role("button", name="Anmelden").click()
    await page.wait_for_load_state()
    assert page.url == f"{base}/inbox/leads", await page.content()


async def no_serious_violations(page: Any, name: str) -> None:
    """axe-core on the page as it is: nothing serious or critical."""
    results = await axe_module.Axe().run(page)
    serious = [
        (v["id"], v["impact"], v["help"])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], (name, serious)


async def screenshot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@asynccontextmanager
async def inbox_of_anna(database_url: str, tmp_path: Path) -> AsyncIterator[tuple[Any, Any, str]]:
    """The bot with its web inbox on a free port, and Anna's account (Leipzig): the fake
    Bot API, the desk and the inbox's address."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    async with FakeBotAPI() as fake:
        settings = desk_settings(
            fake, database_url, tmp_path, web_enabled=True, web_port=port, web_public_url=base
        )
        async with running_desk(settings, fake) as desk, serving_web(desk.services):
            await add_account(desk.services, "anna", "Anna Schmidt", "leipzig", telegram_id=ANNA)
            yield fake, desk, base


async def test_an_advisor_works_a_lead_in_the_browser(
    browser: Any, database_url: str, tmp_path: Path
) -> None:
    async with inbox_of_anna(database_url, tmp_path) as (fake, desk, base):
        services = desk.services
        await add_account(services, "bernd", "Bernd Meier", "dresden", telegram_id=BERND)
        # A long e-mail address: on a phone it pushed the lead page past the screen.
        email = "hung.nguyen.nha.hang.pho.hanoi.leipzig@gmail.com"
        await add_lead(services.sessionmaker, timedelta(days=2), email=email)
        await add_lead(services.sessionmaker, timedelta(hours=5), office="dresden")
        await desk.deliver()

        anna = await browser.new_page()
        await log_in(anna, base, "anna")
        await no_serious_violations(anna, "list")

        # A person sends a request over Telegram in Arabic: it appears without reload.
        await submit(fake, PERSON, lang="ar", phone=None, name="عمر الحسن", latin="Omar Al-Hassan")
        row = anna.locator('a[href="/inbox/leads/3"]')
        await row.wait_for(timeout=15_000)
        assert "Neue Anfrage #3" in await anna.locator("#live").inner_text()
        await screenshot(anna, "list")
        # On a phone every lead's name is on the screen, nothing wider than it.
        phone = await browser.new_page(viewport={"width": 390, "height": 844})
        await log_in(phone, base, "anna")
        await screenshot(phone, "list-390")
        wide = await phone.evaluate("document.documentElement.scrollWidth")
        names = phone.locator(".leads td[data-label=Name]")
        boxes = [await names.nth(i).bounding_box() for i in range(await names.count())]
        await phone.goto(f"{base}/inbox/leads/1")
        await phone.get_by_text(email).wait_for()
        await screenshot(phone, "lead-390")
        lead_wide = await phone.evaluate("document.documentElement.scrollWidth")
        # Each answer under its label, as wide as the card: no value squeezed beside it.
        values = phone.locator(".card dd")
        value_boxes = [await values.nth(i).bounding_box() for i in range(await values.count())]
        # The statistics' week tables scrolled the whole page sideways (887 px).
        await phone.goto(f"{base}/inbox/stats")
        await screenshot(phone, "stats-390")
        stats_wide = await phone.evaluate("document.documentElement.scrollWidth")
        await phone.close()
        await desk.deliver()
        card = (await fake.wait_sent(LEIPZIG_GROUP, 2))[-1]

        # Claim it in the inbox: the group card shows the claim, the person is told.
        await row.click()
        await anna.wait_for_url(f"{base}/inbox/leads/3")
        await anna.get_by_role("button", name="Übernehmen").click()
        await anna.get_by_text("in Bearbeitung bei Anna Schmidt (Sie)").wait_for()
        seen = len(fake.sent(PERSON))
        await desk.deliver()
        edited = (await fake.wait_sent(LEIPZIG_GROUP, 3))[-1]

        # A reply from the inbox reaches the person's Telegram chat. The page it is sent
        # from connects its event stream only after the delivery (as when the outbox is
        # quicker than the page): it still learns that the message arrived.
        listening = asyncio.Event()

        async def late(route: Any) -> None:
            await listening.wait()
            await route.continue_()

        await anna.route("**/inbox/events*", late)
        await anna.get_by_label("Nachricht an die Person").fill("Guten Tag, Herr Al-Hassan!")
        await anna.get_by_role("button", name="Senden").click()
        await anna.wait_for_url(f"{base}/inbox/leads/3#gespraech")
        reply = anna.locator("#talk li.advisor", has_text="Guten Tag, Herr Al-Hassan!")
        waiting = await reply.locator("p.delivery").inner_text()
        await desk.deliver()
        told = await fake.wait_sent(PERSON, seen + 2)
        listening.set()
        # The open page says it arrived, without a reload (it said "wird zugestellt"
        # until the advisor reloaded).
        await reply.locator("p.delivery.sent").wait_for(timeout=15_000)
        await anna.unroute("**/inbox/events*")
        arrived = await reply.locator("p.delivery").inner_text()

        # The person answers in Arabic: the conversation shows it on the lead page.
        fake.user_message(PERSON, "شكراً، يوم الاثنين مناسب لي")
        await fake.wait_sent(PERSON, seen + 3)
        await desk.deliver()
        await anna.reload()
        await anna.get_by_text("شكراً، يوم الاثنين مناسب لي").wait_for()
        await anna.get_by_label("Interne Notiz").fill("Spricht Arabisch; Rückruf mit Dolmetscher")
        await anna.get_by_role("button", name="Notiz speichern").click()
        await anna.get_by_text("Spricht Arabisch; Rückruf mit Dolmetscher").wait_for()
        await no_serious_violations(anna, "lead")
        await screenshot(anna, "lead-arabic")

        await anna.goto(f"{base}/inbox/stats")
        await no_serious_violations(anna, "stats")
        await screenshot(anna, "stats")

        # Bernd of Dresden cannot open a Leipzig lead.
        bernd = await browser.new_page()
        await log_in(bernd, base, "bernd")
        refused = await bernd.goto(f"{base}/inbox/leads/3")
        refused_text = await bernd.locator("main").inner_text()

        # Logout ends the session.
        await anna.get_by_role("button", name="Abmelden").click()
        await anna.wait_for_url(f"{base}/inbox/login")
        await no_serious_violations(anna, "login")
        await anna.goto(f"{base}/inbox/leads")
        after_logout = anna.url
        audit = [(e.action, e.actor_name) for e in await desk.audit(3)]

    assert wide <= 390 and len(boxes) == 2  # Leipzig's two leads
    assert lead_wide <= 390 and stats_wide <= 390
    assert value_boxes and all(box is not None and box["width"] >= 280 for box in value_boxes)
    assert all(box is not None and box["x"] + box["width"] <= 390 for box in boxes)
    assert edited.message_id == card.message_id
    assert "übernommen von Anna Schmidt" in edited.plain_text
    assert "Anna" in told[seen].plain_text
    assert "Guten Tag, Herr Al-Hassan!" in told[seen + 1].plain_text
    assert waiting == "wird zugestellt …" and arrived.startswith("✓ zugestellt ")
    assert refused is not None and refused.status == 404
    assert "Anfrage nicht gefunden" in refused_text and "عمر" not in refused_text
    assert after_logout == f"{base}/inbox/login"
    assert ("claimed", "Anna Schmidt") in audit
    assert ("relayed_to_person", "Anna Schmidt") in audit
    assert ("denied", "Bernd Meier") in audit
    for name in ("list", "lead-arabic", "stats"):
        assert (ARTIFACTS / f"{name}.png").stat().st_size > 10_000


async def test_a_web_chat_persons_reply_shows_on_the_open_lead_page(
    browser: Any, database_url: str, tmp_path: Path
) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    async with FakeBotAPI() as fake:
        settings = desk_settings(
            fake, database_url, tmp_path, web_enabled=True, web_port=port, web_public_url=base
        )
        # The web side with the chat's proof of work made cheap for a test (tests/browser.py).
        async with running_desk(settings, fake) as desk, quick_server(desk.services, port):
            await add_account(desk.services, "anna", "Anna Schmidt", "leipzig", telegram_id=ANNA)
            person = await browser.new_page()
            await request_sent(person, base)

            anna = await browser.new_page()
            await log_in(anna, base, "anna")
            await anna.goto(f"{base}/inbox/leads/1")
            await anna.get_by_text("Noch keine Nachrichten.").wait_for()

            # The person writes in the open chat; the advisor's page shows it, no reload.
            await write(person, "Ich bin erst ab 14 Uhr erreichbar.")
            said = await person.inner_text("#log")
            entry = anna.locator("#talk li.person", has_text="Ich bin erst ab 14 Uhr erreichbar.")
            await entry.wait_for(timeout=15_000)
            live = await anna.locator("#live").inner_text()
            hidden = await anna.locator("#no-talk").is_hidden()
            await no_serious_violations(anna, "lead-web-reply")
            await screenshot(anna, "lead-web-reply")
            # It also reaches the office's Telegram group, through the outbox.
            await desk.deliver()
            group = await fake.wait_sent(LEIPZIG_GROUP, 2)

            # The person deletes their data: the open page no longer shows them (it kept
            # the name and number until the advisor sent something).
            await person.click("#panel summary")
            await person.locator("#panel button", has_text="Delete your data").click()
            await settled(person)
            await tap(person, "Yes, delete everything")
            await anna.get_by_text("Die Person hat ihre Anfrage zurückgezogen").wait_for(
                timeout=15_000
            )
            withdrawn = await anna.locator("main").inner_text()

    assert "Sent to your advisor." in said
    assert "Ayşe" not in withdrawn and "0341" not in withdrawn
    assert live == "Neue Nachricht im Gespräch." and hidden
    assert "Ich bin erst ab 14 Uhr erreichbar." in group[-1].plain_text


async def test_a_list_left_open_after_its_session_ended_says_so_and_shows_no_login_page(
    browser: Any, database_url: str, tmp_path: Path
) -> None:
    # QA, 2026-12-04: a new lead fetched the rows again, was led to the login page, and
    # the whole login page stood in the list; the stream went on after logout.
    async with inbox_of_anna(database_url, tmp_path) as (fake, desk, base):
        await add_lead(desk.services.sessionmaker, timedelta(hours=2))
        await desk.deliver()
        anna = await browser.new_page()
        await log_in(anna, base, "anna")
        await anna.locator("#list").wait_for()
        # The session ends (as after 8 hours, or a logout in another tab).
        async with desk.services.sessionmaker() as session, session.begin():
            await session.execute(sa.delete(AdvisorSession))
        await submit(fake, PERSON)
        live = anna.locator("#live", has_text="Sitzung abgelaufen")
        await live.wait_for(timeout=15_000)
        in_list = await anna.locator("#list").inner_html()

    assert 'type="password"' not in in_list


async def test_a_reply_that_cannot_reach_the_person_keeps_the_words_and_says_what_to_do(
    browser: Any, database_url: str, tmp_path: Path
) -> None:
    # QA, 2026-12-04: the refusal stood at the form's address (Reload posted it again)
    # and the typed words were gone. With and without JavaScript.
    words = "Hallo Lina, ich rufe Sie morgen um 10 Uhr an."
    seen: list[tuple[bool, str, bool, str, str]] = []
    async with inbox_of_anna(database_url, tmp_path) as (_fake, desk, base):
        # A lead without a chat behind it (as after the person's web chat ended).
        number = await add_lead(desk.services.sessionmaker, timedelta(hours=1))
        for script in (True, False):
            context = await browser.new_context(
                java_script_enabled=script, viewport={"width": 390, "height": 844}
            )
            page = await context.new_page()
            await log_in(page, base, "anna")
            await page.goto(f"{base}/inbox/leads/{number}")
            await page.get_by_label("Nachricht an die Person").fill(words)
            await page.get_by_role("button", name="Senden").click()
            await page.wait_for_url(f"{base}/inbox/leads/{number}?**")
            notice = page.get_by_role("alert").filter(has_text="Nicht gesendet")
            await screenshot(page, f"reply-unreachable-{'js' if script else 'nojs'}")
            seen.append(
                (
                    script,
                    page.url,
                    await notice.is_visible(),
                    await notice.get_by_role("link").inner_text(),
                    await page.get_by_label("Nachricht an die Person").input_value(),
                )
            )
            await context.close()
        stored = [m for m in await desk.outbox_rows() if m.kind == "message_to_person"]

    for script, url, visible, link, typed in seen:
        assert url == f"{base}/inbox/leads/{number}?nicht-gesendet=unreachable#hinweis", script
        assert visible and link == "+49 341 1234567" and typed == words, script
    assert stored == []


async def test_words_typed_in_the_other_field_outlast_a_form_sent_from_the_page(
    browser: Any, database_url: str, tmp_path: Path
) -> None:
    # QA, 2026-12-06: a reply typed, then "Übernehmen" (or "Notiz speichern") clicked first:
    # the page came back with an empty reply field, the words gone.
    words = "Guten Tag, ich rufe Sie morgen um 10 Uhr an."
    async with inbox_of_anna(database_url, tmp_path) as (_fake, desk, base):
        number = await add_lead(desk.services.sessionmaker, timedelta(hours=1))
        page = await browser.new_page(viewport={"width": 390, "height": 844})
        await log_in(page, base, "anna")
        await page.goto(f"{base}/inbox/leads/{number}")
        await page.get_by_label("Nachricht an die Person").fill(words)
        async with page.expect_navigation():
            await page.get_by_role("button", name="Übernehmen").click()
        await page.wait_for_load_state()
        after_claim = await page.get_by_label("Nachricht an die Person").input_value()
        await page.get_by_label("Interne Notiz").fill("Rückruf morgen")
        async with page.expect_navigation():
            await page.get_by_role("button", name="Notiz speichern").click()
        await page.wait_for_load_state()
        after_note = await page.get_by_label("Nachricht an die Person").input_value()
        noted = await page.get_by_label("Interne Notiz").input_value()
        # Once: a later visit shows the fields empty.
        await page.reload()
        later = await page.get_by_label("Nachricht an die Person").input_value()

    assert after_claim == words
    assert after_note == words and noted == ""
    assert later == ""


async def test_each_message_takes_its_direction_from_its_own_words(
    browser: Any, database_url: str, tmp_path: Path
) -> None:
    # QA, 2026-12-04: a German reply with Arabic in it ("Hallo Lina, مرحبا") was laid out
    # right to left as a whole.
    mixed = "Hallo Lina, مرحبا! Ich rufe Sie am Montag an."
    arabic = "مرحبا، أنا Lina Haddad، رقمي 0176 5551234"
    async with inbox_of_anna(database_url, tmp_path) as (_fake, desk, base):
        number = await add_lead(desk.services.sessionmaker, timedelta(hours=1), name="Lina")
        async with desk.services.sessionmaker() as session, session.begin():
            for direction, text in (("from_person", arabic), ("to_person", mixed)):
                session.add(
                    ConversationMessage(
                        lead_id=number,
                        direction=direction,
                        channel="telegram",
                        kind="text",
                        text=text,
                        advisor_name="Anna Schmidt" if direction == "to_person" else None,
                    )
                )
        page = await browser.new_page(viewport={"width": 390, "height": 844})
        await log_in(page, base, "anna")
        await page.goto(f"{base}/inbox/leads/{number}")

        async def direction(selector: str) -> str:
            return str(await page.locator(selector).evaluate("e => getComputedStyle(e).direction"))

        # Typed in Arabic first, then in German with Arabic in it: the field follows.
        await page.get_by_label("Nachricht an die Person").fill("مرحبا Lina, " + mixed)
        await page.get_by_label("Interne Notiz").fill("الموعد Montag 10 Uhr")
        typed_arabic = (await direction("#reply"), await direction("#note"))
        await screenshot(page, "lead-mixed-directions-390")
        await page.get_by_label("Nachricht an die Person").fill(mixed)
        typed_german = await direction("#reply")
        said = await direction("#talk li.person p[dir]")
        written = await direction("#talk li.advisor p[dir]")
        number = page.locator("#talk li.person p[dir] bdi")
        number_shown = await number.inner_text()
        # On one line: broken over two, its groups read in the wrong order.
        number_lines = await number.evaluate("e => e.getClientRects().length")

    assert (said, written) == ("rtl", "ltr")
    assert typed_arabic == ("rtl", "rtl") and typed_german == "ltr"
    assert number_shown == "0176 5551234" and number_lines == 1


async def test_her_own_status_change_loads_the_page_once_a_colleagues_reloads_it(
    browser: Any, database_url: str, tmp_path: Path
) -> None:
    # QA, 2026-12-04: "Übernehmen" loaded the lead page twice: once as the form's answer,
    # once more for the live stream's news of her own change.
    async with inbox_of_anna(database_url, tmp_path) as (_fake, desk, base):
        number = await add_lead(desk.services.sessionmaker, timedelta(hours=1))
        page = await browser.new_page()
        await log_in(page, base, "anna")
        await page.goto(f"{base}/inbox/leads/{number}")
        loads: list[str] = []
        page.on(
            "request",
            lambda request: (
                loads.append(f"{request.method} {request.url}")
                if request.resource_type == "document"
                else None
            ),
        )
        await page.get_by_role("button", name="Übernehmen").click()
        await page.get_by_text("in Bearbeitung bei Anna Schmidt (Sie)").wait_for()
        await page.get_by_role("button", name="Zurück an Team").click()
        await page.get_by_role("button", name="Übernehmen").wait_for()
        # A colleague takes it: her open page shows it without a reload of her own.
        carla = DeskAdvisor(9, "carla", "Carla Beispiel", "leipzig", False, None)
        taken = await work.act(
            desk.services.sessionmaker,
            InboxAccess(carla),
            lead_id=number,
            action="claim",
            actor=carla.actor,
            now=desk.services.clock(),
        )
        await page.get_by_text("in Bearbeitung bei Carla Beispiel").wait_for(timeout=15_000)

    lead_page = f"{base}/inbox/leads/{number}"
    assert taken.changed
    # Each of her forms' answers once, and once for Carla's change.
    assert loads == [
        f"POST {lead_page}/act",
        f"GET {lead_page}",
        f"POST {lead_page}/act",
        f"GET {lead_page}",
        f"GET {lead_page}",
    ]


async def test_what_became_of_a_reply_is_said_where_the_page_jumps_to(
    browser: Any, database_url: str, tmp_path: Path
) -> None:
    # QA, 2026-12-04: after a reply the page jumped to the conversation, and the notice
    # saying a colleague has the request stood above it, out of view (on a phone, pages
    # above it).
    async with inbox_of_anna(database_url, tmp_path) as (_fake, desk, base):
        services = desk.services
        await add_account(services, "carla", "Carla Beispiel", "leipzig")
        async with services.sessionmaker() as session, session.begin():
            person = User(channel="telegram", external_id=str(PERSON), language="de")
            session.add(person)
            await session.flush()
            person_id = person.id
        number = await add_lead(
            services.sessionmaker, timedelta(hours=1), user_id=person_id, channel="telegram"
        )
        anna = await browser.new_page(viewport={"width": 390, "height": 844})
        await log_in(anna, base, "anna")
        await anna.goto(f"{base}/inbox/leads/{number}")
        await anna.get_by_role("button", name="Übernehmen").click()
        await anna.get_by_text("in Bearbeitung bei Anna Schmidt (Sie)").wait_for()

        async def in_view(page: Any, role: str, words: str) -> bool:
            notice = page.get_by_role(role).filter(has_text=words)
            box = await notice.bounding_box()
            return box is not None and 0 <= box["y"] and box["y"] + box["height"] <= 844

        carla = await browser.new_page(viewport={"width": 390, "height": 844})
        await log_in(carla, base, "carla")
        await carla.goto(f"{base}/inbox/leads/{number}")
        await carla.get_by_label("Nachricht an die Person").fill("Guten Tag, hier Carla.")
        await carla.get_by_role("button", name="Senden").click()
        await carla.wait_for_url(f"{base}/inbox/leads/{number}?**")
        await carla.locator("#talk li.advisor", has_text="hier Carla").wait_for()
        shared = await in_view(carla, "alert", "hat Anna Schmidt übernommen")
        # What she sees: the screen, not the whole page.
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        await carla.screenshot(path=str(ARTIFACTS / "reply-colleague-notice-390.png"))

        # A note typed in the reply box: kept, not sent, and said so where she looks.
        await anna.get_by_label("Nachricht an die Person").fill("#notiz ruft ab 14 Uhr an")
        await anna.get_by_role("button", name="Senden").click()
        await anna.wait_for_url(f"{base}/inbox/leads/{number}?**")
        await anna.locator("#talk li.note").wait_for()
        noted = await in_view(anna, "status", "interne Notiz")

    assert shared and noted


async def test_on_a_phone_a_lead_is_a_compact_card_and_chart_labels_are_readable(
    browser: Any, database_url: str, tmp_path: Path
) -> None:
    # QA, 2026-12-04: on a 390 px screen one lead took about 450 px (a label and a value
    # a line, ten lines), and the statistics' chart labels were drawn at 5 to 6 px.
    async with inbox_of_anna(database_url, tmp_path) as (_fake, desk, base):
        sessions = desk.services.sessionmaker
        await add_lead(sessions, timedelta(days=3), name="Nguyễn Thị Hồng Nhung")
        await add_lead(
            sessions,
            timedelta(hours=5),
            status="claimed",
            claimed_by_name="Anna Schmidt",
            name="عمر الحسن",
        )
        await add_lead(sessions, timedelta(minutes=20), name="Ayşe Yılmaz")
        async with sessions() as session, session.begin():
            today = desk.services.clock().date()
            for step, count in (("start", 40), ("consent", 31), ("consented", 30), ("sent", 22)):
                session.add(
                    FunnelCount(day=today, flow="callback", language="ar", step=step, count=count)
                )
        phone = await browser.new_page(viewport={"width": 390, "height": 844})
        await log_in(phone, base, "anna")
        await phone.locator("table.leads").wait_for()
        await screenshot(phone, "list-compact-390")
        rows = phone.locator("table.leads tbody tr")
        heights = [(await rows.nth(i).bounding_box() or {"height": 0})["height"] for i in range(3)]
        # Everything she chooses by is still on the card, on the screen.
        cells = phone.locator("table.leads tbody td")
        shown = [
            (await cells.nth(i).inner_text(), await cells.nth(i).bounding_box())
            for i in range(await cells.count())
        ]
        wide = await phone.evaluate("document.documentElement.scrollWidth")

        await phone.goto(f"{base}/inbox/stats")
        await screenshot(phone, "stats-390")
        cards = phone.locator("section.card")
        for n, name in ((1, "outcomes"), (2, "weeks"), (-1, "funnel")):
            card = cards.nth(n) if n >= 0 else cards.last
            await card.screenshot(path=str(ARTIFACTS / f"stats-{name}-390.png"))
        # Each chart label's size on the screen: its font size times the chart's scale.
        # (Of the charts shown: each is drawn for a desk and for a phone.)
        sizes = await phone.evaluate(
            """() => Array.from(document.querySelectorAll("svg.chart"))
                .filter(chart => chart.getBoundingClientRect().width > 0)
                .flatMap(chart => Array.from(chart.querySelectorAll("text")))
                .map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a)"""
        )
        charts_shown = await phone.evaluate(
            """() => Array.from(document.querySelectorAll("svg.chart"))
                .filter(chart => chart.getBoundingClientRect().width > 0).length"""
        )
        stats_wide = await phone.evaluate("document.documentElement.scrollWidth")
        await no_serious_violations(phone, "stats-390")

    assert all(0 < height <= 130 for height in heights), heights
    texts = [text for text, _ in shown]
    for value in ("#1", "neu", "Anna Schmidt", "Leipzig", "Türkisch", "Telegram", "Ayşe Yılmaz"):
        assert any(value in text for text in texts), (value, texts)
    assert all(box is not None and box["x"] + box["width"] <= 390 for _, box in shown)
    assert wide <= 390 and stats_wide <= 390
    assert charts_shown == 6  # the outcomes, four kinds of week, one funnel
    assert sizes and min(sizes) >= 12, sorted(sizes)[:5]


#: Parts of the searched name that no address may show, as typed or folded.
NAME_PARTS = ("yılmaz", "yilmaz", "lmaz", "ayşe", "ayse")


def naming(address: str) -> list[str]:
    """The parts of the searched name an address shows, decoded as history shows it."""
    plain = unquote_plus(address).casefold()
    return [part for part in NAME_PARTS if part in plain]


async def page_addresses(page: Any) -> list[str]:
    """The page's address and every address in it: links, forms, scripts, the list's query."""
    found: list[str] = await page.evaluate(
        """() => [location.href, document.referrer].concat(Array.from(
             document.querySelectorAll("[href], [action], [src], [data-query]"),
             (e) => ["href", "action", "src", "data-query"]
               .map((a) => e.getAttribute(a)).filter(Boolean).join(" ")))"""
    )
    return found


async def search_for(page: Any, text: str) -> None:
    await page.get_by_label("Suche").fill(text)
    await page.get_by_role("button", name="Anzeigen").click()
    await page.wait_for_load_state()


async def test_a_searched_name_stands_in_no_address_with_or_without_javascript(
    browser: Any, database_url: str, tmp_path: Path
) -> None:
    # QA, 2026-12-05: the search was a GET form; the name stood in the address bar, the
    # history, a proxy's log and the next page's Referer.
    async with inbox_of_anna(database_url, tmp_path) as (fake, desk, base):
        services = desk.services
        first = await add_lead(services.sessionmaker, timedelta(hours=3), name="Ayşe Yılmaz")
        await add_lead(services.sessionmaker, timedelta(hours=2), name="Omar Al-Hassan")
        await desk.deliver()

        anna = await browser.new_page()
        requested: list[str] = []
        anna.on(
            "request",
            lambda request: requested.append(f"{request.url} {request.headers.get('referer', '')}"),
        )
        await log_in(anna, base, "anna")
        await anna.get_by_label("Status").select_option("open")
        await search_for(anna, "Yilmaz")
        searched_url = anna.url
        rows = await anna.locator(".leads tbody a").all_inner_texts()
        in_field = await anna.get_by_label("Suche").input_value()
        status = await anna.get_by_label("Status").input_value()
        addresses = await page_addresses(anna)
        # With the search on, a new lead of that name appears without reload; another not.
        await submit(fake, PERSON, name="Ayşe Yılmaz-Demir")
        await anna.locator(".leads tbody a", has_text="#3").wait_for(timeout=15_000)
        await submit(fake, PERSON + 1, name="Bernd Ohnesorg")
        await anna.locator("#live", has_text="Neue Anfrage #4").wait_for(timeout=15_000)
        live_rows = await anna.locator(".leads tbody a").all_inner_texts()
        await no_serious_violations(anna, "list-searched")
        await screenshot(anna, "list-searched")
        # The lead page opened from the searched list: its address and Referer.
        await anna.locator(".leads tbody a", has_text=f"#{first}").click()
        await anna.wait_for_url(f"{base}/inbox/leads/{first}")
        lead_addresses = await page_addresses(anna)
        # Back to the list: the search still on, the address as before.
        await anna.go_back()
        back_rows = await anna.locator(".leads tbody a").all_inner_texts()
        back_url = anna.url
        await anna.get_by_role("link", name="Suche aufheben").click()
        await anna.wait_for_load_state()
        cleared_rows = await anna.locator(".leads tbody a").all_inner_texts()
        cleared_url = anna.url

        # Without JavaScript: the same form, the same redirect, the same results.
        plain = await browser.new_context(java_script_enabled=False)
        bare = await plain.new_page()
        bare.on("request", lambda request: requested.append(request.url))
        await log_in(bare, base, "anna")
        await search_for(bare, "ayşe")
        bare_url = bare.url
        bare_rows = await bare.locator(".leads tbody a").all_inner_texts()
        bare_addresses = await page_addresses(bare)
        await plain.close()

    assert searched_url.startswith(f"{base}/inbox/leads?") and "suche=" in searched_url
    assert rows == [f"#{first}"] and in_field == "Yilmaz" and status == "open"
    assert live_rows == [f"#{first}", "#3"]  # Bernd's lead (#4) is no Yılmaz
    assert back_rows == live_rows and back_url == searched_url
    assert cleared_url == f"{base}/inbox/leads?status=open" and len(cleared_rows) == 4
    assert bare_url.startswith(f"{base}/inbox/leads?suche=")
    assert bare_rows == [f"#{first}", "#3"]
    for address in addresses + lead_addresses + bare_addresses + requested:
        assert naming(address) == [], address


async def test_a_lead_page_reloaded_after_the_session_ended_comes_back_after_the_login(
    browser: Any, database_url: str, tmp_path: Path
) -> None:
    # QA, 2026-12-05: the login after an ended session always led to the list.
    async with inbox_of_anna(database_url, tmp_path) as (_fake, desk, base):
        number = await add_lead(desk.services.sessionmaker, timedelta(hours=2))
        anna = await browser.new_page()
        await log_in(anna, base, "anna")
        await anna.goto(f"{base}/inbox/leads/{number}")
        async with desk.services.sessionmaker() as session, session.begin():
            await session.execute(sa.delete(AdvisorSession))
        await anna.reload()
        at_login = anna.url
        await anna.get_by_label("Login-Name").fill("anna")
        await anna.get_by_label("Passwort", exact=True).fill(PASSWORD)
        await anna.get_by_role("button", name="Anmelden").click()
        await anna.wait_for_url(f"{base}/inbox/leads/{number}")
        heading = await anna.locator("h1").inner_text()

    assert at_login == f"{base}/inbox/login?weiter=/inbox/leads/{number}"
    assert heading.startswith(f"Anfrage #{number}")


@pytest.mark.parametrize("width", [360, 390, 1280])
async def test_the_search_field_says_all_it_searches(
    browser: Any, database_url: str, tmp_path: Path, width: int
) -> None:
    """On a 390 px screen the search field read "Nummer, Name, Telefo": an advisor with a
    caller's postal code or number on the line did not learn that the list finds it. The
    field takes its own row there, wide enough for its whole hint. QA, 2026-12-06: on a
    1280 px office screen it read so too; it is as wide as its hint there."""
    async with inbox_of_anna(database_url, tmp_path) as (_fake, _desk, base):
        phone = await browser.new_page(viewport={"width": width, "height": 844})
        await log_in(phone, base, "anna")
        # The hint's width in the field's font, and the room the field gives it.
        hint, room = await phone.evaluate(
            """() => {
                const field = document.querySelector("input[name=q]");
                const style = getComputedStyle(field);
                const pen = document.createElement("canvas").getContext("2d");
                pen.font = style.font;
                const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
                return [pen.measureText(field.placeholder).width, field.clientWidth - padding];
            }"""
        )
        wide = await phone.evaluate("document.documentElement.scrollWidth")

    assert hint <= room
    assert wide <= width


async def test_on_a_small_phone_the_lead_page_keeps_its_width(
    browser: Any, database_url: str, tmp_path: Path
) -> None:
    # QA, 2026-12-06: on a 320 px screen the lead page's history ("Wann, Was, Wer") was
    # 332 px wide, and the whole page moved sideways under the thumb.
    async with inbox_of_anna(database_url, tmp_path) as (_fake, desk, base):
        lead_id = await add_lead(desk.services.sessionmaker, timedelta(hours=2))
        phone = await browser.new_page(viewport={"width": 320, "height": 640})
        await log_in(phone, base, "anna")
        await phone.goto(f"{base}/inbox/leads/{lead_id}")
        await phone.locator("table.history").wait_for()
        await screenshot(phone, "lead-320")
        wide = await phone.evaluate("document.documentElement.scrollWidth")
        history = await phone.locator("table.history").bounding_box()

    assert wide <= 320
    assert history is not None and history["x"] + history["width"] <= 320
