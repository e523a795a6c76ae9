"""What a phone shows of the web chat in a real browser (Playwright with Debian's chromium):
the start of what a step said is in view, with and without JavaScript; /mydata's file
comes from its button only; a phone number in a bubble stays on one line."""

from __future__ import annotations

import asyncio
import json
from itertools import pairwise
from pathlib import Path
from typing import Any

from playwright.async_api import Browser, Download, Locator, Page

from bot.i18n import translator
from bot.web.chat import WENT_ON
from bot.web.waiting import WAIT
from tests.browser import (
    chat_server,
    chromium,
    needs_chromium,
    one_browser_per_module,
    plain_press,
    plain_send,
    screenshot_path,
    settled,
    tap,
    to_the_name_question,
    to_the_summary,
    write,
)

pytestmark = [needs_chromium, *one_browser_per_module]

PHONE: dict[str, Any] = {"viewport": {"width": 390, "height": 844}, "has_touch": True}


async def in_view(page: Page, element: Locator) -> bool:
    """The top of ``element`` is inside the visible part of the conversation (scrolled to
    the top of it: up to a pixel's fraction above)."""
    box = await element.bounding_box()
    area = await page.locator("main.conversation").bounding_box()
    assert box is not None and area is not None
    return area["y"] - 1 <= box["y"] < area["y"] + area["height"]


async def fully_in_view(page: Page, element: Locator) -> bool:
    box = await element.bounding_box()
    area = await page.locator("main.conversation").bounding_box()
    assert box is not None and area is not None
    return area["y"] <= box["y"] and box["y"] + box["height"] <= area["y"] + area["height"]


async def shown_whole(page: Page, element: Locator, name: str) -> bool:
    """Whether all of ``element`` is in the conversation's view (the screen saved as
    ``name``, to look at)."""
    await page.screenshot(path=screenshot_path(name))
    return await fully_in_view(page, element)


async def test_my_data_shows_the_copy_from_its_start_and_the_file_only_from_its_button(
    database_url: str,
) -> None:
    # QA: the copy was added above the screen and the page scrolled to the screen (its
    # start 325 px above the view), and the file downloaded by itself.
    async with chat_server(database_url) as (_, url), chromium() as browser:
        context = await browser.new_context(locale="en-GB", accept_downloads=True, **PHONE)
        page = await context.new_page()
        downloads: list[Download] = []
        page.on("download", lambda download: downloads.append(download))
        await to_the_name_question(page, url)
        await write(page, "Ayşe Yılmaz")
        await write(page, "0341 1234567")
        for label in ("By phone", "Any time", "Send"):
            await tap(page, label)
        await write(page, "Can you call after 4 pm?")
        await page.click("#panel summary")
        await page.locator("#panel button", has_text="See the data").click()
        await settled(page)
        await page.wait_for_timeout(500)
        await page.screenshot(path=screenshot_path("mydata-js-390"))
        copy = page.locator("#log .msg.bot", has_text="This is everything we have stored").last
        assert await in_view(page, copy)
        assert downloads == []
        button = page.locator("#log button", has_text="Download as a file (JSON)")
        assert await button.count() == 1
        async with page.expect_download() as info:
            await button.click()
        download = await info.value
        assert download.suggested_filename == "kausa-my-data.json"
        data = json.loads(await asyncio.to_thread(Path(await download.path()).read_text))
        assert data["profile"]["channel"] == "web"


async def test_without_javascript_each_page_shows_the_step_not_the_top_of_the_conversation(
    database_url: str,
) -> None:
    # QA: every page opened at its top, the conversation repeated above the question; on a
    # phone the question and its buttons were below the fold.
    async with chat_server(database_url) as (_, url), chromium() as browser:
        context = await browser.new_context(locale="en-GB", java_script_enabled=False, **PHONE)
        page = await context.new_page()
        await page.goto(f"{url}/chat")
        for label in ("English", "Request a callback", "A business", "Skip"):
            await plain_press(page, label)
        await plain_send(page, "04109")
        await plain_press(page, "Yes, I agree")
        await page.wait_for_timeout((WAIT.total_seconds() + 0.5) * 1000)
        await plain_send(page, "Ayşe Yılmaz")
        await plain_send(page, "0341 1234567")
        for label in ("By phone", "Any time", "Send"):
            await plain_press(page, label)
        said = (
            "Thank you!",
            "Can you call after 4 pm?",
            "My German is B1, and my brother speaks German well.",
            "He can be there when you call, if that helps.",
            "We are in the shop from 9 to 18, Monday to Saturday.",
        )
        for text in said:
            await plain_send(page, text)
        await plain_press(page, "Main menu")
        await plain_press(page, "For businesses")
        await page.screenshot(path=screenshot_path("nojs-after-messages-390"))
        assert await in_view(page, page.locator("#screen"))
        assert await fully_in_view(page, page.locator("#buttons button").first)
        # The conversation above it is still there to scroll back to.
        assert await page.locator("#log .msg.me", has_text="Monday to Saturday").count() == 1
        # /mydata: the start of the copy, its button below it.
        await page.locator("#panel summary").click()
        await page.locator("#panel button", has_text="See the data").click()
        await page.wait_for_load_state()
        await page.screenshot(path=screenshot_path("nojs-mydata-390"))
        copy = page.locator("#log .msg.bot", has_text="This is everything we have stored")
        assert await in_view(page, copy)
        # A reload shows the current screen (the copy was this step's only).
        await page.reload()
        assert await page.locator("#log .msg.bot", has_text="This is everything").count() == 0
        assert await in_view(page, page.locator("#screen"))


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
        await to_the_summary(page, t, "عائشة حسن")
        await tap(page, t("Send"))
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


#: The on-screen left edges of the characters of ``latin`` in each element that contains it
#: (its text split by the isolates into several nodes, as the page shows it).
LEFT_EDGES = """(elements, latin) => elements.flatMap(element => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    const text = nodes.map(n => n.data).join("");
    const start = text.indexOf(latin);
    if (start < 0) return [];
    const edges = [];
    for (let i = start; i < start + latin.length; i++) {
        let offset = i;
        const node = nodes.find(n => offset < n.data.length || ((offset -= n.data.length), false));
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        edges.push(Math.round(range.getBoundingClientRect().left));
    }
    return [edges];
})"""


async def left_to_right(elements: Locator, latin: str) -> list[bool]:
    """For each element showing ``latin``: whether its characters go left to right."""
    edges: list[list[int]] = await elements.evaluate_all(LEFT_EDGES, latin)
    return [all(a < b for a, b in pairwise(row)) for row in edges]


async def small_phone_chat(browser: Browser, url: str, locale: str, language: str) -> Page:
    """The chat on a phone 360 px wide, in ``language`` (its button's label)."""
    phone = {**PHONE, "viewport": {"width": 360, "height": 740}}
    page = await (await browser.new_context(locale=locale, **phone)).new_page()
    await page.goto(f"{url}/chat")
    await tap(page, language)
    return page


async def test_a_level_like_b2_reads_b2_in_an_arabic_chat_on_a_phone(database_url: str) -> None:
    t = translator("ar").gettext
    # QA, an Arabic parent at 360 px: the tapped "مبتدئ (A1–A2)" came back as "(2A1–A", and
    # the summary read "مستوى 2B أو أعلى": the digit was set apart from its letter.
    async with chat_server(database_url) as (_, url), chromium() as browser:
        page = await small_phone_chat(browser, url, "ar", "العربية")
        for label in (
            "For young people and parents",
            "Asking for my child",
            "Is an apprentice, needs help",
            "Under 16",
            "Vocational school or exam",
            "A1–A2 (beginner)",
        ):
            await tap(page, t(label))
        await page.screenshot(path=screenshot_path("level-ar-360"))
        mine = page.locator("#log .msg.me")
        assert await left_to_right(mine, "A1–A2") == [True]
        # Back to the question, "B2 or better" this time: the summary shows it.
        await tap(page, t("Back"))
        await tap(page, t("B2 or better"))
        assert await left_to_right(mine, "B2") == [True]
        await to_the_summary(page, t, "عائشة حسن")
        await page.screenshot(path=screenshot_path("summary-ar-360"), full_page=True)
        assert await left_to_right(page.locator("#screen"), "B2") == [True]
        # Drawn by the server after a reload (the ltr filter), the same.
        await page.reload()
        await settled(page)
        assert await left_to_right(page.locator("#screen"), "B2") == [True]


async def test_a_text_too_long_under_a_long_summary_is_explained_where_the_phone_shows_it(
    database_url: str,
) -> None:
    t = translator("uk").gettext
    # QA, a Ukrainian parent at 360 px: 5,000 characters pasted under the summary were
    # given back into the field with nothing to read on the screen. "Too long" was said
    # under the summary, below what the phone showed (the summary's top and the field).
    async with chat_server(database_url) as (_, url), chromium() as browser:
        page = await small_phone_chat(browser, url, "uk", "Українська")
        for label in ("Request a callback", "A business", "Skip"):
            await tap(page, t(label))
        await to_the_summary(page, t, "Олена Коваленко")
        await write(page, "Будь ласка, зателефонуйте після обіду. " * 130)
        alert = page.locator("#log .msg.error").last
        assert "4\xa0096" in await alert.inner_text()
        assert await shown_whole(page, alert, "too-long-uk-360")


async def test_the_note_that_another_window_went_on_is_in_view_on_a_phone(
    database_url: str,
) -> None:
    # QA, Vietnamese at 360 px, the chat open in two tabs: the name typed in the second one
    # came back into the field under the next question, and the note that says why stood
    # above the view (the page showed the question's start): the words seemed refused.
    said = translator("vi").gettext(WENT_ON)
    async with chat_server(database_url) as (_, url), chromium() as browser:
        first = await small_phone_chat(browser, url, "vi", "Tiếng Việt")
        await tap(first, translator("vi").gettext("For businesses"))
        second = await first.context.new_page()
        await second.goto(f"{url}/chat")
        for page, name in ((first, "Nhà hàng Phở Hà Nội"), (second, "Nhà hàng Phở GmbH")):
            await write(page, name)
        note = second.locator("#log .msg.bot", has_text=said).last
        assert await shown_whole(second, note, "went-on-vi-360")
        # The question follows it, its start in view too.
        assert await in_view(second, second.locator("#screen"))
