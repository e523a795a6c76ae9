"""A lead's conversation in the inbox over HTTP, beside the running bot (fake Bot API):

- a person's photo, voice message and file are shown as an image, a player and a
  download link, served by the inbox itself through getFile and the file endpoint;
  only the lead's office gets them (404 and audited otherwise), every opening audited;
- a person's new message is announced on the event stream, and an open page fetches
  the entries after the last one it shows.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest_asyncio
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.desk import accounts
from bot.services import Services
from bot.web.app import build_web_app, channels
from testkit.fake_bot_api import FakeBotAPI
from tests.advisor_desk import ANNA, BERND, Desk, desk_settings, running_desk
from tests.advisor_desk import submit_callback_lead as submit
from tests.telegram_harness import TOKEN

Client = TestClient[web.Request, web.Application]
PASSWORD = "ein sicheres Passwort"
PERSON = 5011
PHOTO = b"\xff\xd8\xff\xe0 a photo of a certificate"
PDF = b"%PDF-1.4 Zeugnis"
VOICE = b"OggS a voice message"


@pytest_asyncio.fixture
async def desk(database_url: str, tmp_path: Path) -> AsyncIterator[Desk]:
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            for login, office, telegram_id in (
                ("anna", "leipzig", ANNA),
                ("bernd", "dresden", BERND),
            ):
                await accounts.add(
                    desk.services.sessionmaker,
                    login=login,
                    name=login.capitalize(),
                    office=office,
                    password=PASSWORD,
                    admin=False,
                    telegram_id=telegram_id,
                    totp=False,
                    now=desk.services.clock(),
                )
            yield desk


async def log_in(services: Services, login: str) -> Client:
    """A second browser: its own client and cookie jar."""
    client: Client = TestClient(TestServer(build_web_app(services, extra=channels())))
    await client.start_server()
    form = await (await client.get("/inbox/login")).text()
    found = re.search(r'name="csrf" value="([^"]+)"', form)
    assert found is not None
    origin = str(client.make_url("/")).rstrip("/")
    data = {"csrf": found[1], "login": login, "password": PASSWORD}
    landed = await client.post("/inbox/login", data=data, headers={"Origin": origin})
    assert landed.url.path == "/inbox/leads", await landed.text()
    return client


async def person_sends(fake: FakeBotAPI, kind: str, **extra: Any) -> None:
    """The person sends a medium; the bot's receipt says it was taken for the advisors."""
    seen = len(fake.sent(PERSON))
    fake.user_media(PERSON, kind, **extra)
    await fake.wait_sent(PERSON, seen + 1)


async def test_media_are_shown_and_served_by_the_inbox_to_the_lead_office_only(
    desk: Desk,
) -> None:
    fake = desk.fake
    await submit(fake, PERSON)
    await person_sends(fake, "photo", caption="Mein Zeugnis", content=PHOTO)
    await person_sends(fake, "voice", duration=7, content=VOICE)
    await person_sends(fake, "document", file_name="zeugnis.pdf", content=PDF)
    anna, bernd = await log_in(desk.services, "anna"), await log_in(desk.services, "bernd")
    try:
        page = await (await anna.get("/inbox/leads/1")).text()
        links = re.findall(r'href="(/inbox/leads/1/media/\d+)" download', page)
        photo, voice, document = [await anna.get(link) for link in links]
        photo_body, voice_body, document_body = [await r.read() for r in (photo, voice, document)]
        refused = await bernd.get(links[0])
        refused_body = await refused.read()
        bogus = await anna.get("/inbox/leads/1/media/999999")
        # Telegram does not give the file: a page that says so, no error and no address.
        fake.fail_next("getFile", 500)
        unavailable = await anna.get(links[0])
        unavailable_text = await unavailable.text()
        trail = [
            (e.action, e.actor_name, (e.detail or {}).get("message")) for e in await desk.audit(1)
        ]
    finally:
        await anna.close()
        await bernd.close()

    assert len(links) == 3
    assert f'<img class="photo" src="{links[0]}"' in page
    assert f'<audio controls preload="none" src="{links[1]}"' in page
    assert "Mein Zeugnis" in page
    # No Telegram address, and so no bot token, ever reaches the page.
    assert TOKEN not in page and fake.url not in page and "/file/bot" not in page
    assert (photo.status, photo.content_type, photo_body) == (200, "image/jpeg", PHOTO)
    assert (voice.status, voice.content_type, voice_body) == (200, "audio/ogg", VOICE)
    assert document.status == 200 and document_body == PDF
    assert document.headers["Content-Disposition"] == 'attachment; filename="zeugnis.pdf"'
    assert photo.headers["Cache-Control"] == "no-store"
    assert refused.status == 404 and PHOTO not in refused_body
    assert bogus.status == 404
    assert unavailable.status == 502 and "Datei nicht abrufbar" in unavailable_text
    assert TOKEN not in unavailable_text
    opened = [entry for entry in trail if entry[0] == "medium"]
    # Three openings and the failed one: the audit records each request for the file.
    assert [(action, who) for action, who, _ in opened] == [("medium", "Anna")] * 4
    assert ("denied", "Bernd", None) in trail


async def test_a_persons_new_message_is_announced_and_appended(desk: Desk) -> None:
    fake = desk.fake
    await submit(fake, PERSON)
    anna = await log_in(desk.services, "anna")
    try:
        page = await (await anna.get("/inbox/leads/1")).text()
        last = re.search(r'data-last="(\d+)"', page)
        stream = await anna.get("/inbox/events")
        seen = len(fake.sent(PERSON))
        fake.user_message(PERSON, "Ich habe noch eine Frage zum Termin")
        await fake.wait_sent(PERSON, seen + 1)
        line = b""
        while not line.startswith(b"data:"):
            line = await stream.content.readline()
            if line.startswith(b"event:"):
                event = line
        stream.close()
        news = json.loads(line.decode()[len("data:") :])
        rows = await (await anna.get("/inbox/leads", params={"rows": "1"})).text()
        appended = await (
            await anna.get("/inbox/leads/1/messages", params={"after": last[1] if last else "0"})
        ).text()
        # Fetching the new entries counts as reading the lead: the mark is gone.
        rows_after = await (await anna.get("/inbox/leads", params={"rows": "1"})).text()
    finally:
        await anna.close()

    assert event == b"event: message\n"
    assert news["lead"] == 1 and news["from_person"] is True
    assert "Ich habe noch eine Frage zum Termin" not in page
    assert "Ich habe noch eine Frage zum Termin" in appended
    assert f'data-message="{news["message"]}"' in appended and "<html" not in appended
    assert 'class="unread"' in rows and "neue Nachricht" in rows
    assert 'class="unread"' not in rows_after
