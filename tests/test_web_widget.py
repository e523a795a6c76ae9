"""The widget's chat button on other websites, in a real browser (Playwright with Debian's
chromium): the host site's styles do not change it; labels, language, direction and the
iframe it opens stay as they were."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from aiohttp import ClientSession, DummyCookieJar, web
from playwright.async_api import Locator, Page, Route

from bot.i18n import translator
from bot.web.widget import WIDGET_CLOSE, WIDGET_NEWS, WIDGET_OPEN
from tests.browser import (
    chat_server,
    chromium,
    needs_chromium,
    one_browser_per_module,
    screenshot_path,
)
from tests.test_web_delivery import advisor_writes, deliver

pytestmark = [needs_chromium, *one_browser_per_module]

#: What host sites do to every button (a reset, a theme), winning over inline styles.
HOSTILE = """<style>
button, [type="button"] {
  color: red !important; background: yellow !important; font: italic 30px/3 serif !important;
  border: 5px dashed green !important; padding: 0 !important; border-radius: 0 !important;
  text-transform: uppercase !important; width: 300px !important; position: static !important;
}
* { letter-spacing: 3px !important; }
iframe { height: 200px !important; width: 100px !important; position: static !important; }
body { color: red; font: 40px/2 serif; }
</style>"""

#: The button's looks that a host site must not change.
LOOKS = """b => { const s = getComputedStyle(b); const r = b.getBoundingClientRect();
  return [s.color, s.backgroundColor, s.fontFamily, s.fontSize, s.fontStyle, s.fontWeight,
          s.lineHeight, s.letterSpacing, s.textTransform, s.borderTopWidth, s.paddingTop,
          s.borderTopLeftRadius, s.position, Math.round(r.width), Math.round(r.height),
          Math.round(r.left), Math.round(window.innerWidth - r.right),
          Math.round(window.innerHeight - r.bottom)]; }"""


@asynccontextmanager
async def host_site(pages: dict[str, str]) -> AsyncIterator[str]:
    """Another website (``localhost``, another site than the chat's 127.0.0.1) serving
    ``pages`` by path (filled in once the chat's address is known)."""

    async def page(request: web.Request) -> web.Response:
        if request.path not in pages:
            raise web.HTTPNotFound()
        return web.Response(text=pages[request.path], content_type="text/html")

    app = web.Application()
    app.router.add_get("/{name}", page)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield f"http://localhost:{runner.addresses[0][1]}"
    finally:
        await runner.cleanup()


async def looks(button: Locator) -> list[Any]:
    result: list[Any] = await button.evaluate(LOOKS)
    return result


async def chat_button(page: Page, lang: str) -> Locator:
    label = translator(lang).translations.gettext(WIDGET_OPEN)
    # Any case: Chromium names a button as a host's text-transform draws it.
    button = page.get_by_role("button", name=re.compile(re.escape(label), re.IGNORECASE))
    await button.wait_for()
    return button


async def test_the_host_sites_styles_do_not_change_the_chat_button(database_url: str) -> None:
    # QA: with the host's CSS "button{color:red !important}" the label was red on the blue
    # pill: the button's inline "all: initial" loses to !important.
    pages: dict[str, str] = {}
    async with host_site(pages) as host:
        async with chat_server(database_url, web_embed_origins=host) as (_, url):
            tag = f'<script src="{url}/widget.js" async></script>'
            for lang in ("de", "ar"):
                way = "rtl" if lang == "ar" else "ltr"
                head = f'<!doctype html><html lang="{lang}" dir="{way}"><title>Host</title>'
                pages[f"/plain-{lang}"] = head + "<p>Welcome</p>" + tag
                pages[f"/hostile-{lang}"] = head + HOSTILE + "<p>Welcome</p>" + tag
            async with chromium() as browser:
                context = await browser.new_context(
                    locale="de-DE", viewport={"width": 390, "height": 844}
                )
                page = await context.new_page()
                for lang in ("de", "ar"):
                    await page.goto(f"{host}/plain-{lang}")
                    plain = await looks(await chat_button(page, lang))
                    await page.goto(f"{host}/hostile-{lang}")
                    button = await chat_button(page, lang)
                    await page.screenshot(path=screenshot_path(f"widget-hostile-{lang}-390"))
                    assert await looks(button) == plain
                    assert plain[:2] == ["rgb(255, 255, 255)", "rgb(11, 83, 148)"]
                    # At the end of the line: on the right in German, on the left in Arabic.
                    left, right = plain[-3], plain[-2]
                    assert (left, right) == ((16, right) if lang == "ar" else (left, 16))
                    # It opens and closes the chat, in the page's language.
                    await button.click()
                    frame = page.frame_locator("iframe")
                    await frame.locator("#screen").wait_for()
                    # The chat's window keeps its place and size (fixed, 640 px high at most).
                    box = await page.locator("iframe").bounding_box()
                    assert box is not None and box["height"] > 500 and box["width"] > 300
                    lang_in_frame = await frame.locator("html").get_attribute("lang")
                    assert lang_in_frame == lang
                    close = translator(lang).translations.gettext(WIDGET_CLOSE)
                    closing = page.get_by_role("button", name=close)
                    assert await closing.get_attribute("aria-expanded") == "true"
                    await page.screenshot(path=screenshot_path(f"widget-hostile-{lang}-open"))
                    await closing.click()
                    assert await page.locator("iframe").is_hidden()
                    assert await button.get_attribute("aria-expanded") == "false"
                    # The keyboard's focus shows (the browser's own ring was taken away).
                    await page.locator("p").click()
                    for _ in range(5):
                        await page.keyboard.press("Tab")
                        if await button.evaluate("b => b.matches(':focus')"):
                            break
                    ring = await button.evaluate("b => getComputedStyle(b).outlineStyle")
                    assert ring == "solid"


async def test_the_chat_in_a_websites_own_iframe_leaves_the_website_where_it_was(
    database_url: str,
) -> None:
    # QA: a website that shows /chat in an iframe of its own, in the middle of an article,
    # jumped at every step: the chat scrolled its newest message to the top of the window
    # (scrollIntoView, which scrolls every page around the frame too), and the page without
    # JavaScript opened at "#step", which did the same.
    pages: dict[str, str] = {}
    async with host_site(pages) as host:
        async with chat_server(database_url, web_embed_origins=host) as (_, url):
            tall = '<div style="height: 1200px">Article</div>'
            frame_tag = f'<iframe src="{url}/chat?lang=de" title="Chat" style="width: 360px;'
            frame_tag += ' height: 500px; display: block"></iframe>'
            pages["/article"] = f"<!doctype html><html lang=de><title>A</title>{tall}"
            pages["/article"] += frame_tag + tall
            async with chromium() as browser:
                for script in (True, False):
                    context = await browser.new_context(
                        locale="de-DE",
                        viewport={"width": 390, "height": 844},
                        java_script_enabled=script,
                    )
                    page = await context.new_page()
                    await page.goto(f"{host}/article")
                    frame = page.frame_locator("iframe")
                    await frame.locator("#screen").wait_for()
                    # The reader scrolled the whole chat into view, 100 px below the top.
                    await page.evaluate("() => window.scrollTo(0, 1100)")
                    assert await page.evaluate("() => window.scrollY") == 1100, script
                    for label in ("Deutsch", "Rückruf", "Betrieb"):
                        before = await frame.locator("#screen").inner_text()
                        await frame.locator("#buttons button", has_text=label).first.click()
                        await frame.locator("#screen").filter(has_not_text=before).wait_for()
                        at = await page.evaluate("() => window.scrollY")
                        assert at == 1100, (script, label)
                    await page.screenshot(path=screenshot_path(f"iframe-article-{script}"))
                    await context.close()


async def test_scrolling_in_the_open_chat_leaves_the_website_behind_it_alone(
    database_url: str,
) -> None:
    # QA: on a phone, a swipe in the open chat window (with nothing left to scroll there)
    # scrolled the website behind it: the browser hands a scroll on to the page around
    # the frame.
    pages: dict[str, str] = {}
    async with host_site(pages) as host:
        async with chat_server(database_url, web_embed_origins=host) as (_, url):
            tall = '<div style="height: 5000px">Artikel</div>'
            tag = f'<script src="{url}/widget.js" async></script>'
            pages["/long"] = f'<!doctype html><html lang="de"><title>Host</title>{tall}{tag}'
            async with chromium() as browser:
                context = await browser.new_context(
                    locale="de-DE", viewport={"width": 390, "height": 844}
                )
                page = await context.new_page()
                await page.goto(f"{host}/long")
                await page.evaluate("() => window.scrollTo(0, 900)")
                await (await chat_button(page, "de")).click()
                frame = page.frame_locator("iframe")
                await frame.locator("#screen").wait_for()
                box = await page.locator("iframe").bounding_box()
                assert box is not None
                await page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
                for _ in range(3):
                    await page.mouse.wheel(0, 600)
                # The chat's own conversation still scrolls (a few steps make it long).
                for label in ("Deutsch", "Für Betriebe"):
                    await frame.locator("#buttons button", has_text=label).click()
                    await frame.locator("body:not([data-busy])").wait_for(state="attached")
                conversation = frame.locator(".conversation")
                at = await conversation.evaluate("c => c.scrollTop")
                assert at > 0
                await page.mouse.wheel(0, -100)
                await conversation.evaluate(
                    "(c, at) => new Promise(done => { const look = () =>"
                    " c.scrollTop < at ? done() : requestAnimationFrame(look); look(); })",
                    at,
                )
                assert await page.evaluate("() => window.scrollY") == 900


async def test_the_buttons_under_the_name_question_are_in_view_in_a_phones_landscape_widget(
    database_url: str,
) -> None:
    # QA: a phone held sideways leaves the chat window 290 px; under the name question the
    # robot check's box, done and with nothing left to do, took the room of "Back" and
    # "Main menu", which stood cut off under the conversation's edge.
    pages: dict[str, str] = {}
    async with host_site(pages) as host:
        async with chat_server(database_url, web_embed_origins=host) as (_, url):
            tag = f'<script src="{url}/widget.js" async></script>'
            pages["/vi"] = f'<!doctype html><html lang="vi"><title>Host</title><p>Tin</p>{tag}'
            async with chromium() as browser:
                context = await browser.new_context(
                    locale="vi-VN", viewport={"width": 844, "height": 390}, has_touch=True
                )
                page = await context.new_page()
                await page.goto(f"{host}/vi")
                await (await chat_button(page, "vi")).click()
                frame = page.frame_locator("iframe")
                for value in ("l:vi", "f:callback", "o:business", "a:skip", "04109", "y"):
                    if value == "04109":
                        await frame.locator("#text").fill(value)
                        await frame.locator("#text").press("Enter")
                    else:
                        await frame.locator(f'#buttons button[value$=":{value}"]').click()
                    await frame.locator("body:not([data-busy])").wait_for(state="attached")
                await frame.locator('.altcha[data-state="verified"]').wait_for(state="attached")
                await page.screenshot(path=screenshot_path("widget-vi-landscape-name"))
                last = await frame.locator("#buttons button").last.bounding_box()
                area = await frame.locator("main.conversation").bounding_box()
                assert last is not None and area is not None
                assert last["y"] + last["height"] <= area["y"] + area["height"]
                # Out of sight, the check's solution still goes with the name.
                await frame.locator("#text").fill("Nguyễn Thị Phương Thảo")
                await frame.locator("#text").press("Enter")
                await frame.locator("body:not([data-busy])").wait_for(state="attached")
                assert "điện thoại" in await frame.locator("#screen").inner_text()


async def test_an_advisors_answer_to_a_closed_chat_window_shows_on_the_chat_button(
    database_url: str,
) -> None:
    # QA: a person sent their request in the widget, closed its window and read on; the
    # advisor's answer arrived in the hidden chat, and nothing on the page showed it.
    pages: dict[str, str] = {}
    async with host_site(pages) as host:
        async with chat_server(database_url, web_embed_origins=host) as (services, url):
            tag = f'<script src="{url}/widget.js" async></script>'
            head = '<!doctype html><html lang="ar" dir="rtl"><title>H</title>'
            pages["/ar"] = f"{head}<p>خبر</p>{tag}"
            async with chromium() as browser:
                context = await browser.new_context(
                    locale="ar-SY", viewport={"width": 390, "height": 844}
                )
                page = await context.new_page()
                await page.goto(f"{host}/ar")
                await (await chat_button(page, "ar")).click()
                # The one button, whatever it says (it pierces the open shadow root).
                button = page.locator("kausa-chat button")
                frame = page.frame_locator("iframe")
                steps = ["l:ar", "f:callback", "o:business", "a:skip", "04109", "y"]
                steps += ["Fatima Al-Hassan", "0171 2345678", "o:yes", "o:phone", "o:any", "s"]
                for step in steps:
                    if ":" in step or step in ("s", "y"):
                        await frame.locator(f'#buttons button[value$=":{step}"]').click()
                    else:
                        await frame.locator("#text").fill(step)
                        await frame.locator("#text").press("Enter")
                    await frame.locator("body:not([data-busy])").wait_for(state="attached")
                await button.click()  # the window closes; the person reads on
                await advisor_writes(services, "Hallo, ich rufe Sie morgen an.")
                await deliver(services)
                news = translator("ar").translations.gettext(WIDGET_NEWS)
                await page.get_by_role("button", name=re.compile(re.escape(news))).wait_for(
                    timeout=10_000
                )
                await page.screenshot(path=screenshot_path("widget-ar-news"))
                # Said to a screen reader too (a button's new text is not announced), by a
                # polite live region of the button's own: its words, not the advisor's.
                status = page.locator("kausa-chat [role=status]")
                assert await status.get_attribute("aria-live") == "polite"
                await status.filter(has_text=news).wait_for(timeout=5_000)
                assert await status.inner_text() == news
                # A second answer while it is still closed is said again: the region is
                # emptied and then filled (the same words set again were not announced).
                await page.evaluate(
                    """() => {
                        const region = document.querySelector("kausa-chat").shadowRoot
                            .querySelector("[role=status]");
                        window.said = [];
                        new MutationObserver(() => window.said.push(region.textContent))
                            .observe(region, {childList: true, characterData: true, subtree: true});
                    }"""
                )
                await advisor_writes(services, "Bitte bringen Sie Ihren Pass mit.")
                await deliver(services)
                await page.wait_for_function("window.said.length >= 2", timeout=10_000)
                assert await page.evaluate("window.said") == ["", news]
                # Opened, the chat shows the answer, and the button closes it again.
                await button.click()
                await frame.locator(".msg.advisor", has_text="morgen").wait_for()
                close = translator("ar").translations.gettext(WIDGET_CLOSE)
                assert close in await button.inner_text()


async def test_on_a_phone_the_open_chat_fits_the_visible_part_of_the_screen(
    database_url: str,
) -> None:
    # QA: the chat's window was "100vh" high less its margins: on a phone whose address bar
    # shows (375 x 667), 100vh is the height without the bar, and the chat's header and
    # menu sat above the visible area. "100dvh" is what is visible now (100vh where a
    # browser does not know it). Headless Chromium has no address bar: its style is read.
    pages: dict[str, str] = {}
    async with host_site(pages) as host:
        async with chat_server(database_url, web_embed_origins=host) as (_, url):
            tag = f'<script src="{url}/widget.js" async></script>'
            pages["/de"] = '<!doctype html><html lang="de"><title>Host</title>' + tag
            async with chromium() as browser:
                context = await browser.new_context(
                    locale="de-DE", viewport={"width": 375, "height": 667}, has_touch=True
                )
                page = await context.new_page()
                await page.goto(f"{host}/de")
                await (await chat_button(page, "de")).click()
                await page.frame_locator("iframe").locator("#screen").wait_for()
                window = page.locator("kausa-chat div")
                height = await window.evaluate("box => box.style.height")
                assert "100dvh" in height
                box = await window.bounding_box()
                assert box is not None and box["y"] >= 0
                assert box["y"] + box["height"] <= 667


@asynccontextmanager
async def cookies_blocked(page: Page, url: str) -> AsyncIterator[None]:
    """The chat's answers reach ``page`` without their cookies, as in a browser that blocks
    them (Safari in a third-party iframe). Playwright's own route.fetch kept the cookies
    for the page: the answers are fetched by a client of the test's own."""
    async with ClientSession(cookie_jar=DummyCookieJar(), auto_decompress=False) as client:

        async def without_cookies(route: Route) -> None:
            request = route.request
            if request.url.endswith("/chat/events"):
                await route.fulfill(status=204)  # no stream to relay here
                return
            async with client.request(
                request.method,
                request.url,
                headers=await request.all_headers(),
                data=request.post_data_buffer,
                allow_redirects=False,
            ) as response:
                body = await response.read()
                headers = {
                    name: value
                    for name, value in response.headers.items()
                    if name.lower() not in ("set-cookie", "transfer-encoding")
                }
            await route.fulfill(status=response.status, headers=headers, body=body)

        await page.route(f"{url}/**", without_cookies)
        try:
            yield
        finally:
            await page.unroute_all(behavior="ignoreErrors")


async def test_a_browser_that_blocks_the_chats_cookie_is_offered_the_chat_in_a_new_tab(
    database_url: str,
) -> None:
    # QA: Safari keeps no cookie in the widget's iframe (a third party on the KAUSA
    # website). Every step answered "Your chat session has ended. Please reload the page",
    # and a reload never helped: the person could never reach KAUSA.
    pages: dict[str, str] = {}
    async with host_site(pages) as host:
        async with chat_server(database_url, web_embed_origins=host) as (_, url):
            tag = f'<script src="{url}/widget.js" async></script>'
            pages["/de"] = '<!doctype html><html lang="de"><title>Host</title>' + tag
            async with chromium() as browser:
                context = await browser.new_context(locale="de-DE")
                page = await context.new_page()
                async with cookies_blocked(page, url):
                    await page.goto(f"{host}/de")
                    await (await chat_button(page, "de")).click()
                    frame = page.frame_locator("iframe")
                    # Said at once, before the person writes a long text in vain.
                    first = frame.locator(".msg.error")
                    await first.wait_for()
                    assert "Cookie" in await first.inner_text()
                    assert await first.get_by_role("link").get_attribute("target") == "_blank"
                    # And a way to KAUSA that needs no cookie: the offices' contacts.
                    reach = frame.locator(".msg.contacts")
                    assert "KAUSA auch direkt erreichen" in await reach.inner_text()
                    await frame.locator("#text").fill("Wir suchen einen Azubi")
                    await frame.locator("#buttons button", has_text="Deutsch").click()
                    alert = frame.locator(".msg.error").nth(1)
                    await alert.wait_for()
                    said = await alert.inner_text()
                    assert "Cookie" in said and "Seite neu" not in said
                    # The typed words stay in the field: nothing is lost.
                    typed = await frame.locator("#text").input_value()
                    assert typed == "Wir suchen einen Azubi"
                    link = alert.get_by_role("link", name="Chat in neuem Tab öffnen")
                    assert await link.get_attribute("target") == "_blank"
                    async with context.expect_page() as opened:
                        await link.click()
                    tab = await opened.value
                    await tab.wait_for_load_state()
                # The chat's own address, first party: there its cookie is kept.
                assert tab.url == f"{url}/chat?lang=de"
                await tab.locator("#buttons button", has_text="Deutsch").click()
                await tab.locator("#screen", has_text="Wie können wir Ihnen helfen?").wait_for()


async def test_a_browser_blocking_every_cookie_is_told_to_allow_them_or_reach_kausa(
    database_url: str,
) -> None:
    # QA: a phone whose browser blocks every cookie opened the chat in a tab of its own and
    # was offered only "Open the chat in a new tab", where the cookie was blocked again:
    # no way to KAUSA at all.
    async with chat_server(database_url) as (_, url):
        async with chromium() as browser:
            context = await browser.new_context(
                locale="ar", viewport={"width": 360, "height": 740}, has_touch=True
            )
            page = await context.new_page()
            async with cookies_blocked(page, url):
                await page.goto(f"{url}/chat?lang=ar")
                first = page.locator(".msg.error")
                await first.wait_for()
                said = await first.inner_text()
                assert "الكوكي" in said and "إعدادات المتصفح" in said
                assert await first.get_by_role("link").count() == 0  # a new tab blocks it too
                reach = page.locator(".msg.contacts")
                assert "kausa-sachsen.de" in await reach.inner_text()
                await page.screenshot(path=screenshot_path("chat-ar-360-no-cookies"))
                # A step: said once, the typed words kept in the field.
                await page.locator("#text").fill("نبحث عن متدرب")
                await page.locator("#buttons button").first.click()
                await page.locator(".msg.error").nth(1).wait_for()
                assert await page.locator(".msg.contacts").count() == 1
                assert await page.locator("#text").input_value() == "نبحث عن متدرب"
