"""The real web server and a real browser (Playwright driving Debian's chromium) for tests.

Browser builds cannot be downloaded here: Playwright drives /usr/bin/chromium
(``apt-get install chromium``; .ci/run installs it). Without it the browser tests skip.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from playwright.async_api import Browser, Page, async_playwright

from bot.app import build_services
from bot.config import Settings
from bot.services import Services
from bot.web.app import build_web_app, channels
from bot.web.chat import CHAT
from bot.web.limits import Limits, RateLimiter
from bot.web.server import WebServer
from db.models import utcnow
from tests.live_bot import REPO_ROOT, free_port

CHROMIUM = Path(os.environ.get("KAUSA_CHROMIUM", "/usr/bin/chromium"))
#: Screenshots and other artefacts of the browser tests (gitignored).
ARTIFACTS = REPO_ROOT / "test-artifacts"

needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing: apt-get install chromium"
)


@asynccontextmanager
async def chat_server(
    database_url: str,
    double_tap_ms: int = 0,
    clock: Callable[[], datetime] = utcnow,
    **settings: object,
) -> AsyncIterator[tuple[Services, str]]:
    """The bot's web side on a free port, as ``python -m bot web`` serves it; ``clock``
    for a page whose content depends on the date (the pay table of a year)."""
    port = free_port()
    values: dict[str, object] = {"_env_file": None, "database_url": database_url, **settings}
    services = build_services(Settings(**values), clock=clock)  # type: ignore[arg-type]
    try:
        async with quick_server(services, port, double_tap_ms) as url:
            yield services, url
    finally:
        await services.close()


@asynccontextmanager
async def quick_server(services: Services, port: int, double_tap_ms: int = 0) -> AsyncIterator[str]:
    """The web side of ``services`` on ``port``, with limits and proof of work for a test."""
    # A test clicks faster than a person: the limits are tested over HTTP (test_web_chat),
    # the double tap by the test that sets ``double_tap_ms``.
    quick = Limits(RateLimiter(rate=1000, burst=1000), RateLimiter(rate=1000, burst=1000))
    app = build_web_app(services, extra=channels(), limits=quick)
    app[CHAT] = replace(app[CHAT], double_tap_ms=double_tap_ms)
    app[CHAT].proof.cost = 100  # the widget's proof of work in a fraction of a second
    server = WebServer(app, "127.0.0.1", port)
    await server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await server.stop()


#: The browser each module's tests share, by the event loop they share (``shared_chromium``).
_SHARED: dict[asyncio.AbstractEventLoop, Browser] = {}

#: For a module whose tests share one browser: starting Playwright's driver and Chromium
#: took over a second of each test's time, in each CI pass. Each test still gets
#: contexts of its own (cookies, storage, cache), closed when it ends.
one_browser_per_module = [
    pytest.mark.asyncio(loop_scope="module"),
    pytest.mark.usefixtures("shared_chromium"),
]


@asynccontextmanager
async def chromium() -> AsyncIterator[Browser]:
    """Headless Debian chromium: the module's shared one (contexts opened with it closed at
    the end), or one of its own."""
    shared = _SHARED.get(asyncio.get_running_loop())
    if shared is None:
        async with launched_chromium() as browser:
            yield browser
        return
    before = set(shared.contexts)
    try:
        yield shared
    finally:
        for context in shared.contexts:
            if context not in before:
                await context.close()


@asynccontextmanager
async def shared_by_loop() -> AsyncIterator[None]:
    """Launch a browser that ``chromium()`` hands out on the running loop until the end."""
    loop = asyncio.get_running_loop()
    async with launched_chromium() as browser:
        _SHARED[loop] = browser
        try:
            yield
        finally:
            del _SHARED[loop]


@asynccontextmanager
async def launched_chromium() -> AsyncIterator[Browser]:
    """Headless Debian chromium, started and closed here."""
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox"]
        )
        try:
            yield browser
        finally:
            await browser.close()


async def open_chat(browser: Browser, url: str, query: str = "", **context: Any) -> Page:
    """A page of its own browser context (``context``: its locale, viewport,
    ``java_script_enabled`` …; ``page.context`` for another tab) with the chat open
    (``query``: "?lang=ar", say)."""
    page = await (await browser.new_context(**context)).new_page()
    await page.goto(f"{url}/chat{query}")
    return page


async def settled(page: Page) -> None:
    """Wait until the chat's script has shown the answer to every step sent."""
    await page.wait_for_selector("body:not([data-busy])", state="attached")


async def tap(page: Page, label: str) -> None:
    """Press the current screen's button whose label contains ``label``."""
    await page.locator("#buttons button", has_text=label).first.click()
    await settled(page)


async def proven(page: Page) -> None:
    """Wait until the ALTCHA widget has solved its challenge (before a personal detail)."""
    await page.wait_for_function(
        "() => { const i = document.querySelector('#say input[name=altcha]');"
        " return Boolean(i && i.value); }"
    )


async def write(page: Page, text: str) -> None:
    """Type into the message field and send with Enter."""
    await page.fill("#text", text)
    await page.press("#text", "Enter")
    await settled(page)


def screenshot_path(name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / f"{name}.png"


async def to_the_name_question(page: Page, url: str) -> None:
    """An English callback request of a business, up to the name question (the ALTCHA proven)."""
    await page.goto(f"{url}/chat")
    for label in ("English", "Request a callback", "A business", "Skip"):
        await tap(page, label)
    await write(page, "04109")
    await tap(page, "Yes, I agree")
    await proven(page)


async def request_sent(page: Page, url: str) -> None:
    """A business's callback request walked in English and sent (Leipzig's office)."""
    await to_the_name_question(page, url)
    await write(page, "Ayşe Yılmaz")
    await write(page, "0341 1234567")
    for label in ("By phone", "Any time", "Send"):
        await tap(page, label)


async def to_the_summary(page: Page, gettext: Callable[[str], str], name: str) -> None:
    """From the postal code question, in the chat's language (``gettext``): Leipzig's code,
    consent, the robot check, ``name`` and a phone number, by phone at any time; the
    summary is shown."""
    await write(page, "04109")
    await tap(page, gettext("Yes, I agree"))
    await proven(page)
    await write(page, name)
    await write(page, "0341 1234567")
    for label in ("By phone", "Any time"):
        await tap(page, gettext(label))


async def plain_press(page: Page, label: str) -> None:
    """Without JavaScript every press is a form post and a new page."""
    await page.locator("#buttons button", has_text=label).first.click()
    await page.wait_for_load_state()


async def plain_send(page: Page, text: str | None = None) -> None:
    """Without JavaScript: the text field's form posted (``text`` typed first, if given)."""
    if text is not None:
        await page.fill("#text", text)
    await page.locator("#say button.send").click()
    await page.wait_for_load_state()
