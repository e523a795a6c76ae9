"""Optional machine translation (TRANSLATION_URL) against a local LibreTranslate-like server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.config import Settings
from bot.conversation.translation import GERMAN_MARK, MachineTranslation
from bot.dialogue.texts import MACHINE_TRANSLATION
from bot.i18n import translator
from testkit.fake_bot_api import FakeBotAPI
from tests.advisor_desk import ANNA, LEIPZIG_GROUP, desk_settings, running_desk
from tests.advisor_desk import submit_callback_lead as submit
from tests.test_advisor_relay import queued

PERSON = 5401


@asynccontextmanager
async def libretranslate(*, fail: bool = False) -> AsyncIterator[tuple[str, list[Any]]]:
    """A server answering POST /translate as LibreTranslate does; yields (url, requests)."""
    asked: list[Any] = []

    async def translate(request: web.Request) -> web.Response:
        body = await request.json()
        asked.append(body)
        if fail:
            return web.json_response({"error": "overloaded"}, status=503)
        return web.json_response({"translatedText": f"<{body['target']}> {body['q']}"})

    app = web.Application()
    app.router.add_post("/translate", translate)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield f"http://127.0.0.1:{port}", asked
    finally:
        await runner.cleanup()


async def test_both_directions_carry_a_marked_translation(
    database_url: str, tmp_path: Path
) -> None:
    mark = f"🌐 {translator('ar').gettext(MACHINE_TRANSLATION)} / {GERMAN_MARK}:"
    async with libretranslate() as (url, asked), FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path, translation_url=url)
        async with running_desk(settings, fake) as desk:
            await submit(fake, PERSON, lang="ar", phone=None, name="Omar")
            await desk.deliver()
            [card] = await fake.wait_sent(LEIPZIG_GROUP, 1)
            fake.user_message(PERSON, "متى يمكنني الاتصال؟")
            await queued(desk, "message_to_advisors")
            await desk.deliver()
            to_group = await desk.group_says(LEIPZIG_GROUP, 2)
            fake.group_message(LEIPZIG_GROUP, ANNA, "Am Montag um 10 Uhr.", card.message_id)
            await queued(desk, "message_to_person")
            seen = len(fake.sent(PERSON))
            await desk.deliver()
            to_person = (await fake.wait_sent(PERSON, seen + 1))[-1]

    # The original first, then the marked translation.
    assert to_group.plain_text.endswith(f"متى يمكنني الاتصال؟\n\n{mark}\n<de> متى يمكنني الاتصال؟")
    assert to_person.plain_text.endswith(
        f"Am Montag um 10 Uhr.\n\n{mark}\n<ar> Am Montag um 10 Uhr."
    )
    assert [(a["source"], a["target"], a["format"]) for a in asked] == [
        ("ar", "de", "text"),
        ("de", "ar", "text"),
    ]


async def test_a_photo_whose_caption_and_translation_outgrow_a_caption_keeps_both(
    database_url: str, tmp_path: Path
) -> None:
    caption = ("شهادتي من سوريا مترجمة إلى الألمانية. " * 20)[:700]
    async with libretranslate() as (url, _asked), FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path, translation_url=url)
        async with running_desk(settings, fake) as desk:
            await submit(fake, PERSON, lang="ar", phone=None, name="Omar")
            await desk.deliver()
            await fake.wait_sent(LEIPZIG_GROUP, 1)
            fake.user_media(PERSON, "photo", caption=caption)
            await queued(desk, "message_to_advisors")
            report = await desk.deliver()
            group = await fake.wait_sent(LEIPZIG_GROUP, 3)
            [photo] = fake.calls_to("copyMessage", LEIPZIG_GROUP)
    # 700 characters, the header and a 300-character translation: over Telegram's 1,024
    # for a caption, which it refuses. The words and their translation follow the photo.
    assert report.failed == [] and report.retried == []
    assert caption not in photo.params["caption"]
    assert group[1].plain_text.endswith(caption.strip())
    assert "<de>" in group[2].plain_text


async def test_a_failing_server_leaves_the_original_alone(
    database_url: str, tmp_path: Path
) -> None:
    async with libretranslate(fail=True) as (url, asked), FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path, translation_url=url)
        async with running_desk(settings, fake) as desk:
            await submit(fake, PERSON, lang="uk", phone=None, name="Olena")
            await desk.deliver()
            await fake.wait_sent(LEIPZIG_GROUP, 1)
            fake.user_message(PERSON, "Коли можна зателефонувати?")
            await queued(desk, "message_to_advisors")
            report = await desk.deliver()
            to_group = await desk.group_says(LEIPZIG_GROUP, 2)

    assert len(asked) == 1 and len(report.sent) == 1
    assert to_group.plain_text.endswith("Коли можна зателефонувати?")
    assert GERMAN_MARK not in to_group.plain_text


async def test_off_by_default_and_nothing_to_do_in_one_language() -> None:
    service = MachineTranslation("http://127.0.0.1:9")  # nothing listens: never asked
    assert await service.translate("Hallo", "de", "de") is None
    assert await service.translate("   ", "ar", "de") is None
    assert MachineTranslation.from_settings(Settings(_env_file=None)) is None  # type: ignore[call-arg]
