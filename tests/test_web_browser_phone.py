"""The web chat on a 360 px phone and with a screen reader, in a real browser (Playwright
with Debian's chromium): the bot's own site opens with a tap, ticked answers are said to
be pressed, the field and Send stay in view while typing, with and without JavaScript."""

from __future__ import annotations

from typing import Any

from playwright.async_api import Page

from bot.i18n import translator
from tests.browser import (
    chat_server,
    chromium,
    needs_chromium,
    one_browser_per_module,
    plain_press,
    screenshot_path,
    tap,
)

pytestmark = [needs_chromium, *one_browser_per_module]

PHONE: dict[str, Any] = {"viewport": {"width": 360, "height": 640}, "has_touch": True}


async def site_links(page: Page) -> list[dict[str, str | None]]:
    """Each link to kausa-sachsen.de in the bot's words: its address, tab and rel."""
    return await page.eval_on_selector_all(
        "#log .msg.bot a",
        "links => links.map(a => ({href: a.getAttribute('href'), text: a.textContent,"
        " target: a.getAttribute('target'), rel: a.getAttribute('rel')}))",
    )


async def test_the_bots_own_site_opens_with_a_tap_with_and_without_javascript(
    database_url: str,
) -> None:
    # A parent on a phone: "Contact details: see kausa-sachsen.de" under each office was
    # words to copy by hand into the browser; an advisor's link opened with a tap.
    en = translator("en").gettext
    async with chat_server(database_url) as (_, url), chromium() as browser:
        for script in (True, False):
            context = await browser.new_context(locale="en-GB", java_script_enabled=script, **PHONE)
            page = await context.new_page()
            await page.goto(f"{url}/chat")
            for label in ("English", en("Information"), en("Our offices")):
                await (tap if script else plain_press)(page, label)
            links = await site_links(page)
            await page.screenshot(path=screenshot_path(f"site-links-en-360-js{int(script)}"))
            # Three offices without real contacts, and the note that they are examples.
            assert len(links) == 4, links
            for link in links:
                assert link == {
                    "href": "https://kausa-sachsen.de",
                    "text": "kausa-sachsen.de",
                    "target": "_blank",
                    "rel": "noopener noreferrer",
                }
            # One piece: the full stop after it is the sentence's, not the link's.
            assert "kausa-sachsen.de." in await page.inner_text("#screen")
            await context.close()
