"""The web chat on a 360 px phone and with a screen reader, in a real browser (Playwright
with Debian's chromium): the bot's own site opens with a tap, ticked answers are said to
be pressed, the field and Send stay in view while typing, with and without JavaScript."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from axe_playwright_python.async_playwright import Axe
from playwright.async_api import Browser, BrowserContext, Page

from bot.i18n import translator
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
    write,
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


async def told_of_buttons(page: Page, attribute: str) -> dict[str, str | None]:
    """Each button under the question by its label: what ``attribute`` tells a screen
    reader of it."""
    pairs = await page.eval_on_selector_all(
        "#buttons button",
        "(buttons, name) => buttons.map(b => [b.textContent.trim(), b.getAttribute(name)])",
        attribute,
    )
    return dict(pairs)


async def greeting_on_a_phone(
    browser: Browser, url: str, script: bool, locale: str = "en-GB"
) -> tuple[BrowserContext, Page, Callable[[Page, str], Awaitable[None]]]:
    """A 360 x 640 phone in English or ``locale`` (``script``: with JavaScript) at the
    chat's greeting, and how a button is pressed there."""
    context = await browser.new_context(locale=locale, java_script_enabled=script, **PHONE)
    page = await context.new_page()
    await page.goto(f"{url}/chat")
    return context, page, tap if script else plain_press


async def pressed_states(page: Page) -> dict[str, str | None]:
    """Each button under the question by its label: whether it is said to be pressed."""
    return await told_of_buttons(page, "aria-pressed")


async def test_a_ticked_trade_is_said_to_be_pressed_with_and_without_javascript(
    database_url: str,
) -> None:
    # A blind business owner: the only sign of a ticked trade was the ✅ in its label; a
    # screen reader said "Cook, button" before the tap and after it alike.
    en = translator("en").gettext
    cook = "Cook (Koch/Köchin)"
    async with chat_server(database_url) as (_, url), chromium() as browser:
        for script in (True, False):
            context, page, press = await greeting_on_a_phone(browser, url, script)
            for label in ("English", en("For businesses")):
                await press(page, label)
            if script:
                await write(page, "Yılmaz Restaurant")
            else:
                await plain_send(page, "Yılmaz Restaurant")
            # One tap answers here: no toggles yet.
            assert set((await pressed_states(page)).values()) == {None}
            await press(page, en("More than one trade"))
            await press(page, cook)
            states = await pressed_states(page)
            assert states[f"✅ {cook}"] == "true", states
            hairdresser = "Hairdresser (Friseur/in)"
            assert states[hairdresser] == "false"
            # Done, Back and Main menu are no toggles.
            assert states[f"✔️ {en('Done')}"] is None
            assert states[f"↩️ {en('Back')}"] is None
            await press(page, hairdresser)
            await press(page, f"✅ {cook}")
            states = await pressed_states(page)
            assert states[cook] == "false" and states[f"✅ {hairdresser}"] == "true", states
            await context.close()


#: A parent's long question, typed on the phone's keyboard.
LONG_QUESTION = (
    "Guten Tag, mein Sohn ist 17 und möchte nach der Schule eine Ausbildung als "
    "Kfz-Mechatroniker machen. Wir wohnen seit zwei Jahren in Leipzig. Was braucht er dafür, "
    "und können wir zusammen zu einem Gespräch kommen?"
)


async def in_window(page: Page, selector: str, height: int) -> bool:
    """The whole of ``selector`` inside the top ``height`` pixels of the window, at 360 px."""
    box = await page.locator(selector).bounding_box()
    assert box is not None
    return 0 <= box["y"] and box["y"] + box["height"] <= height and box["x"] + box["width"] <= 360


async def german_menu_on_a_phone(
    browser: Browser, url: str, script: bool
) -> tuple[BrowserContext, Page]:
    """A 360 x 640 phone (``script``: with JavaScript) at the chat's menu in German."""
    context = await browser.new_context(
        locale="de-DE", java_script_enabled=script, is_mobile=True, **PHONE
    )
    page = await context.new_page()
    await page.goto(f"{url}/chat")
    await (tap if script else plain_press)(page, "Deutsch")
    return context, page


async def test_the_field_and_send_stay_in_view_while_a_long_message_is_typed_on_a_phone(
    database_url: str,
) -> None:
    # A parent on a 360 x 640 phone: the keyboard opened over the lower half and the page
    # behind it kept its height; the field and Send could sit under the keyboard. With
    # interactive-widget=resizes-content the window shrinks to what the keyboard leaves
    # (headless Chromium has no keyboard: the window is made that small, as a phone does).
    async with chat_server(database_url) as (_, url), chromium() as browser:
        for script in (True, False):
            context, page = await german_menu_on_a_phone(browser, url, script)
            viewport = await page.get_attribute('meta[name="viewport"]', "content")
            assert viewport is not None and "interactive-widget=resizes-content" in viewport
            await page.focus("#text")
            await page.keyboard.type(LONG_QUESTION[:40])
            await page.fill("#text", LONG_QUESTION)
            await page.keyboard.type(" Danke!")
            keyboard_open = 640 - 290
            await page.set_viewport_size({"width": 360, "height": keyboard_open})
            await page.screenshot(path=screenshot_path(f"typing-de-360-js{int(script)}"))
            assert await page.evaluate("document.activeElement.id") == "text"
            assert await in_window(page, "#text", keyboard_open)
            assert await in_window(page, "#say button.send", keyboard_open)
            # The page itself does not scroll sideways or down: only the conversation does.
            assert await page.evaluate("document.documentElement.scrollWidth") <= 360
            assert await page.evaluate("window.scrollY") == 0
            await context.close()


#: What the message field shows of its words: all of them (no scrolling inside it), its
#: height, and the line height of its text.
FIELD_SHOWS = """field => {
  const style = getComputedStyle(field);
  return {
    tag: field.tagName,
    all: field.scrollHeight <= field.clientHeight + 1 && field.scrollWidth <= field.clientWidth + 1,
    height: field.getBoundingClientRect().height,
    line: parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2,
  };
}"""


#: Enter pressed to choose an input method's word, as Safari reports it after the
#: composition has ended (keyCode 229, isComposing false).
IME_ENTER = """field => {
  const event = new KeyboardEvent("keydown", {key: "Enter", bubbles: true, cancelable: true});
  Object.defineProperty(event, "keyCode", {get: () => 229});
  field.dispatchEvent(event);
}"""


async def test_a_long_message_is_seen_whole_while_it_is_typed_on_a_phone(
    database_url: str,
) -> None:
    # A parent on a 360 px phone typed a question of three sentences: the one-line field
    # showed its last 25 characters or so, and what came before could not be read over.
    # The field grows with the words (a few lines, then it scrolls); with JavaScript Enter
    # sends and Shift+Enter begins a new line; without, Send sends them.
    async with chat_server(database_url) as (_, url), chromium() as browser:
        for script in (True, False):
            context, page = await german_menu_on_a_phone(browser, url, script)
            empty = await page.eval_on_selector("#text", FIELD_SHOWS)
            await page.focus("#text")
            await page.keyboard.type(LONG_QUESTION[:60])
            await page.fill("#text", LONG_QUESTION[:110])
            shows = await page.eval_on_selector("#text", FIELD_SHOWS)
            await page.screenshot(path=screenshot_path(f"long-typed-de-360-js{int(script)}"))
            assert shows["tag"] == "TEXTAREA" and shows["all"], shows
            assert shows["height"] >= empty["height"] + 2 * shows["line"] - 1, (empty, shows)
            # Empty, it takes one line's room, as the field did.
            assert empty["height"] < 2 * empty["line"] + 24, empty
            # Longer, it grows up to a third of the window, then scrolls: the question
            # above stays in view.
            await page.fill("#text", LONG_QUESTION)
            longer = await page.eval_on_selector("#text", FIELD_SHOWS)
            assert 6 * longer["line"] <= longer["height"] <= 640 / 3 + 1, longer
            send = await page.locator("#say button.send").bounding_box()
            field = await page.locator("#text").bounding_box()
            assert send is not None and field is not None
            # Send stays a button beside the field's last line, not a bar as high as it.
            assert (
                send["height"] < 60
                and abs(send["y"] + send["height"] - field["y"] - field["height"]) <= 1
            ), (send, field)
            if script:
                # Enter choosing a word of an input method (Vietnamese Telex, in Safari
                # after the composition ended: keyCode 229) only ends the word.
                mine = await page.locator(".msg.me").count()
                await page.eval_on_selector("#text", IME_ENTER)
                await settled(page)
                assert await page.locator(".msg.me").count() == mine
                await page.press("#text", "Shift+Enter")
                await page.keyboard.type("Danke!")
                assert await page.input_value("#text") == LONG_QUESTION + "\nDanke!"
                await page.press("#text", "Enter")
                await settled(page)
                mine = page.locator(".msg.me").last
                assert await mine.inner_text() == LONG_QUESTION + "\nDanke!"
                assert await page.input_value("#text") == ""
                after = await page.eval_on_selector("#text", FIELD_SHOWS)
                assert after["height"] == empty["height"], (empty, after)
            else:
                await plain_send(page)
                # Taken (a refusal gives the words back into the field): answered.
                assert await page.input_value("#text") == ""
                assert "Unsere Büros" in await page.inner_text("#log")
            await context.close()


#: A browser without CSS field-sizing (Safari, Firefox): the box is sized by chat.js.
WITHOUT_FIELD_SIZING = """
const supports = CSS.supports.bind(CSS);
CSS.supports = (...asked) => !String(asked[0]).startsWith("field-sizing") && supports(...asked);
document.addEventListener("DOMContentLoaded", () => {
  const style = document.createElement("style");
  style.textContent = "textarea.grows { field-sizing: fixed !important; }";
  document.head.append(style);
});
"""


async def test_the_message_field_grows_in_a_browser_without_field_sizing(
    database_url: str,
) -> None:
    # Safari and Firefox size no field by its words (CSS field-sizing): there the box
    # stayed one line high, and a long message showed its last line only.
    async with chat_server(database_url) as (_, url), chromium() as browser:
        # The page's policy would refuse the test's own style.
        context = await browser.new_context(
            locale="de-DE", is_mobile=True, bypass_csp=True, **PHONE
        )
        await context.add_init_script(WITHOUT_FIELD_SIZING)
        page = await context.new_page()
        await page.goto(f"{url}/chat")
        await tap(page, "Deutsch")
        empty = await page.eval_on_selector("#text", FIELD_SHOWS)
        await page.locator("#text").press_sequentially(LONG_QUESTION[:110])
        shows = await page.eval_on_selector("#text", FIELD_SHOWS)
        await page.screenshot(path=screenshot_path("long-typed-de-360-no-field-sizing"))
        await page.press("#text", "Enter")
        await settled(page)
        after = await page.eval_on_selector("#text", FIELD_SHOWS)
        await context.close()

    assert shows["all"] and shows["height"] >= empty["height"] + 2 * shows["line"] - 1, shows
    assert after["height"] == empty["height"], (empty, after)


#: Where a bracket of a button's label stands beside the word it opens or closes: the
#: left edge of ``(`` and the word after it, of the word before ``)`` and ``)`` itself
#: (over the label's pieces: its German words in a span of their own).
BRACKETS = """button => {
  const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
  const texts = [];
  while (walker.nextNode()) texts.push(walker.currentNode);
  const at = (start) => {
    let text = texts[0];
    for (text of texts) {
      if (start < text.data.length) break;
      start -= text.data.length;
    }
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + 1);
    return range.getBoundingClientRect();
  };
  const value = texts.map((text) => text.data).join("");
  const open = value.indexOf("(");
  const close = value.lastIndexOf(")");
  const firstWord = value.slice(open + 1).match(/[A-Za-zÄÖÜäöü]/).index + open + 1;
  return {
    lines: button.getClientRects().length && Math.round(button.getBoundingClientRect().height),
    open: [at(open).left, at(firstWord).left],
    close: [at(close - 1).left, at(close).left],
  };
}"""


async def test_a_trades_german_name_keeps_its_brackets_around_it_on_an_arabic_phone(
    database_url: str,
) -> None:
    # QA, Arabic at 360 px: "(Fachkraft für Gastronomie)" broke over two lines of its
    # button as "Fachkraft (" and "(für Gastronomie": each bracket took the right-to-left
    # side, the closing one mirrored at the start of the German words.
    ar = translator("ar").gettext
    async with chat_server(database_url) as (_, url), chromium() as browser:
        context = await browser.new_context(locale="ar", **PHONE)
        page = await context.new_page()
        await page.goto(f"{url}/chat")
        for label in ("العربية", ar("For businesses")):
            await tap(page, label)
        await write(page, "مطعم الشام")
        await page.screenshot(path=screenshot_path("trades-ar-360"))
        for german in ("Fachkraft für Gastronomie", "Kaufmann/-frau im Einzelhandel"):
            button = page.locator("#buttons button", has_text=german)
            where = await button.evaluate(BRACKETS)
            assert where["lines"] > 50, where  # two lines: the case that went wrong
            # "(" left of the German name's first letter, ")" right of its last.
            assert where["open"][0] < where["open"][1], (german, where)
            assert where["close"][0] < where["close"][1], (german, where)


#: Where the brackets of ``phrase`` stand in the text of ``element`` (over its pieces: the
#: German words in a span of their own): the left edges of ``(`` and the phrase's first
#: letter, of its last letter and ``)``.
PHRASE_BRACKETS = """(element, phrase) => {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const texts = [];
  while (walker.nextNode()) texts.push(walker.currentNode);
  const whole = texts.map((text) => text.data).join("");
  const at = (index) => {
    let text = texts[0];
    for (text of texts) {
      if (index < text.data.length) break;
      index -= text.data.length;
    }
    const range = document.createRange();
    range.setStart(text, index);
    range.setEnd(text, index + 1);
    return range.getBoundingClientRect();
  };
  const first = whole.indexOf(phrase);
  const open = whole.lastIndexOf("(", first);
  const last = first + phrase.length - 1;
  const close = whole.indexOf(")", last);
  return {
    open: [at(open).left, at(first).left],
    close: [at(last).left, at(close).left],
    lines: at(first).top !== at(last).top,
  };
}"""


async def test_german_words_in_brackets_keep_them_on_an_arabic_phone(database_url: str) -> None:
    # QA, Arabic at 360 px, Information, Dual training: "(duale Ausbildung)" broke over two
    # lines as "duale (" and "(Ausbildung"; "(Pflegefachfrau / Pflegefachmann)" likewise.
    ar = translator("ar").gettext
    async with chat_server(database_url) as (_, url), chromium() as browser:
        context = await browser.new_context(locale="ar", **PHONE)
        page = await context.new_page()
        await page.goto(f"{url}/chat")
        for label in ("العربية", ar("Information"), ar("Dual training")):
            await tap(page, label)
        await page.screenshot(path=screenshot_path("dual-ar-360"), full_page=True)
        screen = page.locator("#screen")
        for phrase in ("duale Ausbildung", "Pflegefachfrau / Pflegefachmann"):
            where = await screen.evaluate(PHRASE_BRACKETS, phrase)
            # "(" left of the German words' first letter, ")" right of their last.
            assert where["open"][0] < where["open"][1], (phrase, where)
            assert where["close"][0] < where["close"][1], (phrase, where)


async def test_the_keyboards_enter_key_says_send_only_where_it_sends(database_url: str) -> None:
    # A parent on a phone without JavaScript: the keyboard's Enter key showed "send"
    # (enterkeyhint), and pressing it began a new line in the field; nothing was sent.
    async with chat_server(database_url) as (_, url), chromium() as browser:
        for script in (True, False):
            context, page = await german_menu_on_a_phone(browser, url, script)
            hint = await page.get_attribute("#text", "enterkeyhint")
            await page.fill("#text", "Was verdient man in der Ausbildung?")
            await page.press("#text", "Enter")
            if script:
                await settled(page)
                # Enter sends: the words are in the conversation, the field empty.
                assert hint == "send"
                assert await page.input_value("#text") == ""
                assert "Was verdient man" in await page.inner_text("#log")
            else:
                # Enter begins a new line, and the key says so; Send sends.
                assert hint in (None, "enter")
                assert "\n" in await page.input_value("#text")
                await plain_send(page)
            # Sent, either way: the page on training pay answers it.
            assert "Mindestausbildungsvergütung" in await page.inner_text("#screen")
            await context.close()


async def test_without_javascript_the_question_asked_stays_above_its_answer(
    database_url: str,
) -> None:
    # A parent without JavaScript asked at the menu: only the answer's page appeared, and
    # the question was gone (with JavaScript it stays above the answer).
    async with chat_server(database_url) as (_, url), chromium() as browser:
        context, page = await german_menu_on_a_phone(browser, url, False)
        question = "Was verdient man in der Ausbildung?"
        await page.fill("#text", question)
        await plain_send(page)
        asked = page.locator("#step .msg.me")
        assert await asked.inner_text() == question
        assert "Mindestausbildungsvergütung" in await page.inner_text("#screen")
        # In view where the page opens (#step), the answer below it.
        box = await asked.bounding_box()
        assert box is not None and 0 <= box["y"] < PHONE["viewport"]["height"]
        await page.screenshot(path=screenshot_path("chat-de-360-nojs-question-asked"))
        await context.close()


#: A 360 px phone with its browser zoomed to 200 %: the page is laid out 180 px wide.
ZOOMED: dict[str, Any] = {"viewport": {"width": 180, "height": 390}, "has_touch": True}

#: The elements of ``selector`` that do not fit the page's width, or whose words stick out
#: of them, by their words.
NOT_FITTING = """selector => [...document.querySelectorAll(selector)].filter(element => {
  const box = element.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  return box.left < 0 || box.right > width || element.scrollWidth > element.clientWidth + 1;
}).map(element => element.textContent.trim())"""


async def test_at_200_percent_zoom_on_a_phone_the_menu_buttons_and_field_fit_the_screen(
    database_url: str,
) -> None:
    # A mother with poor sight, her phone's browser at 200 % (the page 180 px wide): the
    # opened menu began off the screen ("zum Hauptmenü", "e ändern"; in Arabic it ran off
    # the other side), "Tourismuskaufmann/-frau" stuck out of its button and the screen,
    # and the field beside Send was 30 px wide, "Ihre Nachricht" one letter a line.
    async with chat_server(database_url) as (_, url), chromium() as browser:
        for lang, first in (("de", "Deutsch"), ("ar", "العربية")):
            _ = translator(lang).gettext
            context = await browser.new_context(locale=lang, **ZOOMED)
            page = await context.new_page()
            await page.goto(f"{url}/chat")
            await tap(page, first)
            for label in ("For young people and parents", "Looking for an apprenticeship"):
                await tap(page, _(label))
            await tap(page, _("16 or 17"))
            await page.click("#panel summary")
            await page.screenshot(path=screenshot_path(f"zoomed-{lang}-180-menu"))
            assert await page.evaluate(NOT_FITTING, "#panel nav, #panel nav button") == []
            await page.keyboard.press("Escape")
            assert await page.evaluate(NOT_FITTING, "#buttons button, #say .send, #text") == []
            assert await page.evaluate("document.documentElement.scrollWidth") <= 180
            # The field takes the line (Send under it), its placeholder on one line.
            field = await page.locator("#text").bounding_box()
            assert field is not None and field["width"] >= 128, field
            assert await in_window(page, "#say button.send", 390)
            await page.screenshot(path=screenshot_path(f"zoomed-{lang}-180-trades"))
            await context.close()


async def test_a_screen_reader_reads_each_languages_name_in_that_language(
    database_url: str,
) -> None:
    # A blind mother from Kharkiv, her screen reader in German: the language buttons had
    # no language of their own, and "Українська" was spelled out by the German voice
    # letter by letter ("العربية" likewise), so she could not find her own language.
    en = translator("en").gettext
    names = {
        "Deutsch": "de",
        "العربية": "ar",
        "Türkçe": "tr",
        "Tiếng Việt": "vi",
        "Українська": "uk",
        "English": "en",
    }
    async with chat_server(database_url) as (_, url), chromium() as browser:
        for script in (True, False):
            context, page, press = await greeting_on_a_phone(browser, url, script)
            for step in ("greeting", "language menu"):
                languages = await told_of_buttons(page, "lang")
                assert {name: languages[name] for name in names} == names, (step, languages)
                # The page's own words are in the page's language.
                others = {label: lang for label, lang in languages.items() if label not in names}
                assert set(others.values()) == {None}, (step, others)
                if step == "greeting":
                    await press(page, "English")
                    await press(page, en("Language"))
            await context.close()


async def test_a_language_tapped_is_read_in_that_language_in_the_conversation(
    database_url: str,
) -> None:
    # The same mother, reading the conversation back: the "Українська" she tapped stood in
    # it marked as English (the page's language when she tapped), spelled out again.
    en = translator("en").gettext
    async with chat_server(database_url) as (_, url), chromium() as browser:
        context, page, press = await greeting_on_a_phone(browser, url, True)
        for label in ("English", en("Language"), "Українська"):
            await press(page, label)
        tapped = page.locator("#log .msg.me", has_text="Українська")
        assert await tapped.get_attribute("lang") == "uk"
        # The page goes on in Ukrainian; the English words before it stay English.
        assert await page.get_attribute("html", "lang") == "uk"
        assert await page.locator("#log .msg.me", has_text="English").get_attribute("lang") == "en"
        await context.close()


#: What the message field tells the browser and the phone's keyboard about checking words.
TYPING_AIDS = """field => ({
  spellcheck: field.getAttribute("spellcheck"),
  autocorrect: field.getAttribute("autocorrect"),
  autocapitalize: field.getAttribute("autocapitalize"),
})"""


async def test_a_name_or_an_address_typed_is_not_checked_as_words(database_url: str) -> None:
    # A Vietnamese shop owner on a laptop: "Nguyễn Thị Thu" and her e-mail address were
    # underlined red as misspelt; on a phone the keyboard's autocorrect could swap a name
    # for a dictionary word, and began the e-mail address with a capital letter.
    en = translator("en").gettext
    name_aids = {"spellcheck": "false", "autocorrect": "off", "autocapitalize": "words"}
    address_aids = {"spellcheck": "false", "autocorrect": "off", "autocapitalize": "none"}
    async with chat_server(database_url) as (_, url), chromium() as browser:
        context = await browser.new_context(locale="en-GB", **PHONE)
        page = await context.new_page()
        await to_the_name_question(page, url)
        assert await page.eval_on_selector("#text", TYPING_AIDS) == name_aids
        # As the page draws it (also without JavaScript).
        await page.reload()
        await settled(page)
        assert await page.eval_on_selector("#text", TYPING_AIDS) == name_aids
        await write(page, "Nguyễn Thị Thu")
        assert await page.eval_on_selector("#text", TYPING_AIDS) == address_aids
        await tap(page, en("E-mail instead of phone"))
        assert await page.get_attribute("#text", "autocomplete") == "email"
        assert await page.eval_on_selector("#text", TYPING_AIDS) == address_aids
        await write(page, "thu.nguyen@example.org")
        for label in ("Video call", "Any time", "Send request"):
            await tap(page, en(label))
        # A message of one's own: words, checked as the browser checks words.
        blank = {"spellcheck": None, "autocorrect": None, "autocapitalize": None}
        assert await page.eval_on_selector("#text", TYPING_AIDS) == blank
        await context.close()


#: The relative luminance (WCAG) of the page's background, from its computed colour.
BACKGROUND_LUMINANCE = """() => {
  const rgb = getComputedStyle(document.documentElement).backgroundColor.match(/\\d+/g);
  const [r, g, b] = rgb.slice(0, 3).map(v => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}"""

#: An advisor's message and a message that something went wrong, as chat.js adds them
#: (an advisor writes from another process; a failure needs the network to fail): their
#: colours are the page's to check.
OTHER_BUBBLES = """() => {
  const log = document.getElementById("log");
  log.insertAdjacentHTML("beforeend",
    '<p class="msg advisor"><strong>Nachricht von Anna, KAUSA Leipzig:</strong>' +
    '<span class="said">Guten Tag!</span></p>' +
    '<p class="msg error">Ihre Nachricht wurde nicht gesendet.</p>' +
    '<p class="msg bot waiting">Einen Moment …</p>');
}"""


@pytest.mark.parametrize("scheme", ["dark", "light"])
async def test_the_chat_follows_the_browsers_dark_mode_and_stays_readable(
    database_url: str, scheme: str
) -> None:
    # A business owner whose phone is in dark mode: the chat stayed white, a glaring
    # rectangle at night among dark apps.
    async with chat_server(database_url) as (_, url), chromium() as browser:
        context = await browser.new_context(
            locale="de-DE", color_scheme=scheme, bypass_csp=True, **PHONE
        )
        page = await context.new_page()
        await page.goto(f"{url}/chat")
        await tap(page, "Deutsch")
        await tap(page, "Für Betriebe")
        await write(page, "Döner Palast")
        await page.evaluate(OTHER_BUBBLES)
        await page.click("#panel summary")  # the open menu too
        await page.screenshot(path=screenshot_path(f"scheme-{scheme}-de-360"), full_page=True)
        luminance = await page.evaluate(BACKGROUND_LUMINANCE)
        # axe-core is injected by the test: the page's own policy would refuse it.
        results = await Axe().run(
            page, options={"runOnly": {"type": "rule", "values": ["color-contrast"]}}
        )
        await context.close()
    assert (luminance < 0.05) if scheme == "dark" else (luminance > 0.9)
    failing = [node["target"] for v in results.response["violations"] for node in v["nodes"]]
    assert failing == []


#: Each message's hyphenation and the language it is hyphenated in (its nearest lang).
HYPHENATION = """() => [...document.querySelectorAll('#log .msg')].map(
  m => [getComputedStyle(m).hyphens, m.closest('[lang]').lang])"""


async def test_long_german_words_are_hyphenated_on_a_phone_zoomed_to_200_percent(
    database_url: str,
) -> None:
    # A mother with poor sight (the page 180 px wide): "Ausbildungsvergütung" broke as
    # "Ausbildungsver" and "gütung", with no hyphen to say the word goes on; "Handelskamm"
    # and "er". Hyphenated where the browser knows German (Chrome on Android, Safari,
    # Firefox); Debian's Chromium has no dictionaries and still breaks anywhere (the
    # screenshot), never past the bubble.
    async with chat_server(database_url) as (_, url), chromium() as browser:
        context = await browser.new_context(locale="de-DE", **ZOOMED)
        page = await context.new_page()
        await page.goto(f"{url}/chat")
        await tap(page, "Deutsch")
        await tap(page, "Informationen")
        for page_name in ("Duale Ausbildung", "Ausbildungsbetrieb werden"):
            await tap(page, page_name)
            await page.screenshot(path=screenshot_path(f"hyphens-de-180-{page_name[:6]}"))
            assert await page.evaluate(NOT_FITTING, "#log .msg") == []
            await tap(page, "Zurück")
        await write(page, "Ausbildungsvergütung Industrie- und Handelskammer")
        hyphenation = await page.evaluate(HYPHENATION)
        await context.close()
    assert hyphenation and all(each == ["auto", "de"] for each in hyphenation), hyphenation


async def test_the_browsers_larger_font_size_is_the_chats(database_url: str) -> None:
    # A father who set his browser's font to "very large" (24 px, WCAG 1.4.4): the chat
    # kept its own 16 px, the only page he could not read.
    async with chat_server(database_url) as (_, url), chromium() as browser:
        context = await browser.new_context(locale="de-DE", **PHONE)
        page = await context.new_page()
        cdp = await context.new_cdp_session(page)
        await cdp.send("Page.setFontSizes", {"fontSizes": {"standard": 24, "fixed": 20}})
        await page.goto(f"{url}/chat")
        await tap(page, "Deutsch")
        await tap(page, "Für junge Menschen und Eltern")
        await page.screenshot(path=screenshot_path("font-24-de-360"))
        sizes = await page.evaluate(
            "() => ['#screen', '#buttons button', '#text'].map("
            "s => getComputedStyle(document.querySelector(s)).fontSize)"
        )
        fitting = await page.evaluate(NOT_FITTING, "#buttons button, #say .send, #text")
        width = await page.evaluate("document.documentElement.scrollWidth")
        await context.close()
    assert sizes == ["24px", "24px", "24px"]
    assert fitting == [] and width <= 360


async def test_a_screen_reader_reads_a_buttons_words_without_its_emoji(
    database_url: str,
) -> None:
    # A blind business owner: TalkBack read "office building, For businesses", "house
    # building, Main menu" and "right arrow curving left, Back" before the words.
    en = translator("en").gettext
    async with chat_server(database_url) as (_, url), chromium() as browser:
        for script in (True, False):
            context, page, press = await greeting_on_a_phone(browser, url, script)
            await press(page, "English")
            named = await buttons_named(page, en("For businesses"), en("Information"))
            await press(page, en("For businesses"))
            named += await buttons_named(page, en("Back"), en("Main menu"))
            # What is seen stays: the emoji are still on the buttons.
            assert "🏠" in await page.inner_text("#buttons")
            await context.close()
            assert named == [1, 1, 1, 1], script


async def buttons_named(page: Page, *names: str) -> list[int]:
    """How many buttons a screen reader names with each of ``names``, exactly."""
    return [await page.get_by_role("button", name=name, exact=True).count() for name in names]


#: How much of the question (#screen) is seen between the bar and the field, in lines.
QUESTION_LINES_SEEN = """() => {
  const question = document.getElementById('screen').getBoundingClientRect();
  const top = document.querySelector('.bar').getBoundingClientRect().bottom;
  const bottom = document.getElementById('say').getBoundingClientRect().top;
  const seen = Math.min(question.bottom, bottom) - Math.max(question.top, top);
  return seen / parseFloat(getComputedStyle(document.getElementById('screen')).lineHeight);
}"""


async def test_the_question_stays_in_view_over_the_keyboard_on_a_small_phone_with_large_font(
    database_url: str,
) -> None:
    # A father on an old 320 px phone, his font at 22 px: with the keyboard open (260 px
    # left) the title on two lines and Send under the field left 33 px of the conversation,
    # and the question he answered was out of sight.
    async with chat_server(database_url) as (_, url), chromium() as browser:
        context = await browser.new_context(
            locale="de-DE", viewport={"width": 320, "height": 480}, has_touch=True
        )
        page = await context.new_page()
        cdp = await context.new_cdp_session(page)
        await cdp.send("Page.setFontSizes", {"fontSizes": {"standard": 22, "fixed": 20}})
        await page.goto(f"{url}/chat")
        for label in ("Deutsch", "Rückruf anfragen", "Betrieb", "Überspringen"):
            await tap(page, label)
        await page.set_viewport_size({"width": 320, "height": 260})  # the keyboard opens
        await page.focus("#text")
        await page.screenshot(path=screenshot_path("keyboard-de-320-font-22"))
        lines = await page.evaluate(QUESTION_LINES_SEEN)
        fitting = await page.evaluate(NOT_FITTING, "#say .send, #text, .bar summary")
        await context.close()
    assert lines >= 2, lines
    assert fitting == []


#: The emoji the main menu's lines and the buttons tapped begin with.
ICONS = ("🏢", "🎓", "👪", "ℹ", "📞", "🏠")


@pytest.mark.parametrize("script", [True, False])
async def test_a_screen_reader_reads_the_conversation_without_the_emoji_lines_begin_with(
    database_url: str, script: bool
) -> None:
    # A blind parent: TalkBack read "office building, You run a business …" in the bot's
    # menu and "house building, Main menu" in the echo of the tap (the buttons said the
    # words alone already).
    taps = ("English", "For businesses", "Main menu")  # English words: the labels' msgids
    async with chat_server(database_url) as (_, url), chromium() as browser:
        read, seen = await conversation_read_and_seen(browser, url, script, taps)
    assert "You run a business and want to train apprentices." in read
    assert [icon for icon in ICONS if icon in read] == [], read
    # What is seen stays: the menu's lines begin with their emoji.
    assert "🏢" in seen and "📞" in seen
    if script:  # the tap's echo (the page without JavaScript shows typed words only)
        assert "Main menu" in read and "🏠" in seen


async def conversation_read_and_seen(
    browser: Browser, url: str, script: bool, labels: tuple[str, ...]
) -> tuple[str, str]:
    """The conversation after ``labels`` are pressed on a phone: as a screen reader has it
    (Playwright's accessibility tree), and as it is seen."""
    context, page, press = await greeting_on_a_phone(browser, url, script)
    for label in labels:
        await press(page, label)
    read = await page.locator("#log").aria_snapshot()
    seen = await page.inner_text("#log")
    await context.close()
    return read, seen


#: The language a screen reader reads each word of the question (#screen) in: the nearest
#: lang attribute of each text's element, by the words of the text.
WORDS_LANGUAGE = """screen => {
  const walker = document.createTreeWalker(screen, NodeFilter.SHOW_TEXT);
  const read = {};
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const lang = node.parentElement.closest("[lang]").lang;
    for (const word of node.textContent.split(/[\\s()\\u2066-\\u2069]+/)) {
      if (word) read[word] = lang;
    }
  }
  return read;
}"""


@pytest.mark.parametrize(
    ("lang", "button", "german"),
    [
        ("ar", "العربية", ("duale", "Ausbildung", "Pflegefachfrau", "Pflegefachmann")),
        ("uk", "Українська", ("Ausbildung", "Pflegefachfrau", "Pflegefachmann")),
    ],
)
@pytest.mark.parametrize("script", [True, False])
async def test_german_words_in_arabic_or_ukrainian_are_read_as_german(
    database_url: str, script: bool, lang: str, button: str, german: tuple[str, ...]
) -> None:
    # A blind Syrian father on the dual-training page: the screen reader's Arabic voice
    # read "(Ausbildung)" as Arabic sounds, and a phone hyphenated it by Arabic rules.
    t = translator(lang).gettext
    async with chat_server(database_url) as (_, url), chromium() as browser:
        context, page, press = await greeting_on_a_phone(browser, url, script, lang)
        for label in (button, t("Information"), t("Dual training")):
            await press(page, label)
        read = await page.eval_on_selector("#screen", WORDS_LANGUAGE)
        await page.screenshot(path=screenshot_path(f"german-in-{lang}-js{int(script)}"))
        await context.close()
    assert {word: read.get(word) for word in german} == dict.fromkeys(german, "de")
    # The page's own words stay in its language.
    assert [word for word, said in read.items() if said != "de" and said != lang] == []
    assert list(read.values()).count(lang) > 10


#: Records what is added to the conversation (a live region: a screen reader reads it).
WATCH_ADDED = """() => {
  window.added = [];
  new MutationObserver((changes) => {
    for (const change of changes) {
      for (const node of change.addedNodes) window.added.push(node.textContent);
    }
  }).observe(document.getElementById("log"), {childList: true, subtree: true});
}"""


async def test_a_tick_is_not_followed_by_the_whole_question_read_again(database_url: str) -> None:
    # A blind business owner ticking three trades: after each tick the screen reader read
    # the trade's name and the whole question again ("Question 2 of 12. In which trades
    # …"): given anew to the conversation's live region, and the focus moved to it.
    en = translator("en").gettext
    async with chat_server(database_url) as (_, url), chromium() as browser:
        context, page, press = await greeting_on_a_phone(browser, url, True)
        for label in ("English", en("For businesses")):
            await press(page, label)
        await write(page, "Yılmaz Restaurant")
        await press(page, en("More than one trade"))
        question = await page.inner_text("#screen")
        await page.evaluate(WATCH_ADDED)
        await press(page, "Cook (Koch/Köchin)")
        added = await page.evaluate("window.added")
        states = await pressed_states(page)
        focused = await page.evaluate("document.activeElement.textContent")
        await context.close()
    assert added == []
    # The focus stays on the box ticked (it went to the question), said to be pressed.
    assert focused == "✅ Cook (Koch/Köchin)" and states[focused] == "true"
    assert question.startswith("Question 2 of")


async def test_german_words_on_an_arabic_button_are_read_as_german(database_url: str) -> None:
    # A trade's German name on its Arabic button ("(Fachkraft für Gastronomie)") was read
    # with the Arabic voice; a language's own name keeps its language.
    async with chat_server(database_url) as (_, url), chromium() as browser:
        for script in (True, False):
            languages, trades = await buttons_read_in(browser, url, script)
            german = [trades.get(word) for word in ("Fachkraft", "Gastronomie", "Einzelhandel")]
            assert german == ["de"] * 3, script
            own = {name: languages[name] for name in ("English", "Deutsch", "العربية")}
            assert own == {"English": "en", "Deutsch": "de", "العربية": "ar"}


async def buttons_read_in(
    browser: Browser, url: str, script: bool
) -> tuple[dict[str, str], dict[str, str]]:
    """The language each word of the buttons is read in on an Arabic phone: at the
    greeting (the languages), and at the business's trade (after its name)."""
    context, page, press = await greeting_on_a_phone(browser, url, script, "ar")
    languages = await page.eval_on_selector("#buttons", WORDS_LANGUAGE)
    for label in ("العربية", translator("ar").gettext("For businesses")):
        await press(page, label)
    await (write if script else plain_send)(page, "مطعم الشام")
    trades = await page.eval_on_selector("#buttons", WORDS_LANGUAGE)
    await context.close()
    return languages, trades
