"""What a phone shows of the web chat in a real browser (Playwright with Debian's chromium):
a phone number in a bubble stays on one line."""

from __future__ import annotations

from typing import Any

from bot.i18n import translator
from tests.browser import (
    chat_server,
    chromium,
    needs_chromium,
    proven,
    screenshot_path,
    settled,
    tap,
    write,
)

pytestmark = needs_chromium

PHONE: dict[str, Any] = {"viewport": {"width": 390, "height": 844}, "has_touch": True}


async def test_a_phone_number_in_a_bubble_stays_on_one_line_and_a_long_run_wraps(
    database_url: str,
) -> None:
    t = translator("ar").gettext
    # QA: «…رقمي 0341 7654321» showed "0341" at the end of a line and "7654321" on the next.
    async with chat_server(database_url) as (_, url), chromium() as browser:
        page = await (await browser.new_context(locale="ar", **PHONE)).new_page()
        await page.goto(f"{url}/chat")
        await tap(page, "العربية")
        for label in ("Request a callback", "A business", "Skip"):
            await tap(page, t(label))
        await write(page, "04109")
        await tap(page, t("Yes, I agree"))
        await proven(page)
        await write(page, "عائشة حسن")
        await write(page, "0341 1234567")
        for label in ("By phone", "Any time", "Send"):
            await tap(page, t(label))
        # Numbers at many places along the lines: one of them meets a line's end.
        words = ["رقمي", "هو", "اتصلوا", "بي", "على", "أو", "مساءً", "شكراً"]
        said = " ".join(
            f"{word * (i % 3 + 1)} 0341 765432{i % 10}" for i, word in enumerate(words * 3)
        )
        await write(page, said)
        # A run longer than the bubble (a link) wraps inside it instead of overflowing.
        long_link = "https://example.org/" + "a" * 120
        await write(page, f"الرابط {long_link}")
        await page.screenshot(path=screenshot_path("numbers-ar-390"))
        split = """bdis => bdis.filter(b => {
            const range = document.createRange();
            range.selectNodeContents(b);
            const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
            return /^[+\\d][\\d \\-]*$/.test(b.textContent) && tops.size > 1;
        }).map(b => b.textContent)"""
        overflow = """bdis => bdis.filter(b => {
            const bubble = b.closest('.msg').getBoundingClientRect();
            const run = b.getBoundingClientRect();
            return run.left < bubble.left - 1 || run.right > bubble.right + 1;
        }).map(b => b.textContent.slice(0, 30))"""
        runs = page.locator('#log .msg.me bdi[dir="ltr"]')
        assert await runs.count() > 20
        assert await runs.evaluate_all(split) == []
        assert await runs.evaluate_all(overflow) == []
        assert await page.evaluate("document.documentElement.scrollWidth") <= 390
        # Drawn by the server after a reload (the ltr filter), the same.
        await page.reload()
        await settled(page)
        assert await runs.count() > 20
        assert await runs.evaluate_all(split) == []
        assert await runs.evaluate_all(overflow) == []
        assert await page.evaluate("document.documentElement.scrollWidth") <= 390
