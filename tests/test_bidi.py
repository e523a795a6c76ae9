"""Arabic text as a Telegram client lays it out: the Unicode bidi algorithm, line by line.

Telegram takes a paragraph's direction from its first strong character, as the
bidi algorithm does (rule P2). python-bidi renders each line of every Arabic
catalog entry, after the Translator's marks, to visual order; the tests assert
that order, so a line that would be laid out left-to-right or a command shown
as "mydata/" fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest
from bidi import get_base_level, get_display

from bot.advisor.wording import inert
from bot.conversation.direction import direction
from bot.conversation.ltr import LRI, isolate_ltr, isolated, linked_ltr, site_linked
from bot.i18n import FSI, PDI, RLM, translator
from bot.ops.i18n_check import button_texts, load_catalog

AR = translator("ar")
ARABIC_WORD = re.compile(r"[\u0600-\u06ff]+")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9.]*")
MARKS = re.compile(f"[{RLM}{FSI}{PDI}\u200e]")
SAMPLE_N = (0, 1, 2, 3, 11, 100)


class _Samples(dict[str, str]):
    """Placeholder values as the screens fill them: isolated LTR values."""

    def __missing__(self, key: str) -> str:
        values = {"amount": AR.money(724), "days": AR.number(180), "city": "Leipzig"}
        return values.get(key) or AR.isolate("12" if key in {"number", "count"} else "Omar")


def _arabic_texts() -> Iterator[tuple[str, str]]:
    """(message id, text as shown) for every Arabic catalog entry and plural form."""
    catalog = load_catalog("ar")
    assert catalog is not None
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            singular, plural = message.id[0], message.id[1]
            for n in SAMPLE_N:
                yield singular, AR.ngettext(singular, plural, n).format_map(_Samples())
        else:
            yield message.id, AR.gettext(message.id).format_map(_Samples())


TEXTS = sorted(set(_arabic_texts()))
LINES = [(msgid, line) for msgid, text in TEXTS for line in text.split("\n") if line]


def visual(line: str) -> str:
    """The line in visual order (left to right on screen), without the invisible marks."""
    return MARKS.sub("", get_display(line))


def test_the_catalog_is_read() -> None:
    assert len(TEXTS) > 200
    assert all(text.startswith(RLM) for _, text in TEXTS)


@pytest.mark.parametrize(("msgid", "line"), LINES, ids=[f"{i}" for i in range(len(LINES))])
def test_every_arabic_line_is_laid_out_right_to_left(msgid: str, line: str) -> None:
    assert get_base_level(line) == 1, (msgid, line)
    shown = visual(line)
    words = [m for m in re.finditer(f"{ARABIC_WORD.pattern}|{LATIN_WORD.pattern}", line)]
    arabic = [m[0] for m in words if ARABIC_WORD.fullmatch(m[0])]
    if not arabic:
        return
    first = MARKS.sub("", words[0][0])
    if ARABIC_WORD.fullmatch(first):
        # Right-to-left: the first word read stands at the right-hand end of the line.
        assert re.sub(r"[^\u0600-\u06ffA-Za-z]+$", "", shown).endswith(first[::-1]), shown
    else:
        # A Latin start (AsA flex, EQ, B2 ...) stands right of the Arabic that follows it.
        assert shown.rfind(first) > shown.find(arabic[0][::-1]), shown


@pytest.mark.parametrize(("msgid", "line"), [(i, x) for i, x in LINES if "+49" in x])
def test_country_code_keeps_its_plus_in_front(msgid: str, line: str) -> None:
    shown = visual(line)
    assert "+49" in shown and "49+" not in shown, shown


COMMAND_LINES = [(i, x) for i, x in LINES if re.search(r"(?<![\w/])/[a-z]", x)]


@pytest.mark.parametrize(("msgid", "line"), COMMAND_LINES)
def test_commands_show_with_the_slash_first(msgid: str, line: str) -> None:
    shown = visual(line)
    for name in re.findall(r"(?<![\w/])/([a-z]+)", MARKS.sub("", line)):
        assert f"/{name}" in shown and f"{name}/" not in shown, shown


def test_the_commands_the_reviews_found_broken_are_covered() -> None:
    shown = " ".join(visual(x) for _, x in COMMAND_LINES)
    for command in ("/mydata", "/delete", "/help"):
        assert command in shown


@pytest.mark.parametrize("start", ["AsA flex", "EQ (", "BAB ("])
def test_support_paragraphs_read_right_to_left(start: str) -> None:
    [line] = [x for i, x in LINES if i.startswith(start)]
    shown = visual(line)
    first_arabic = ARABIC_WORD.findall(line)[0]
    assert shown.endswith(first_arabic[::-1]), shown
    # The programme's short name stands right of the Arabic words that follow it.
    name = start.split()[0]
    assert shown.rfind(name) > shown.find(ARABIC_WORD.findall(line)[1][::-1]), shown


CATALOG_IDS = {msgid for msgid, _ in TEXTS}


@pytest.mark.parametrize("label", sorted(button_texts() & CATALOG_IDS))
def test_every_arabic_button_label_reads_right_to_left(label: str) -> None:
    shown = AR.gettext(label)
    assert shown.startswith(RLM)
    assert get_base_level(shown) == 1
    for prefix in ("🏢 ", "✅ ", "✏️ "):  # emoji the screens put before a label are neutral
        assert get_base_level(prefix + shown) == 1


def test_a_latin_first_label_is_laid_out_right_to_left() -> None:
    # Even if a translator starts a label with Latin, the mark keeps the label RTL.
    shown = visual(AR.bidi("B2 أو أعلى"))
    assert shown == "ىلعأ وأ B2"
    assert visual("B2 أو أعلى") == "B2 ىلعأ وأ"  # without the mark: left-to-right


def test_marks_are_idempotent_and_only_for_rtl() -> None:
    text = "يمكنكم حذف كل ذلك بالأمر /delete أو مع +49.\n\nسطر"
    once = AR.bidi(text)
    assert AR.bidi(once) == once
    assert once == (
        f"{RLM}يمكنكم حذف كل ذلك بالأمر {FSI}/delete{PDI} أو مع {FSI}+49{PDI}.\n\n{RLM}سطر"
    )
    assert translator("de").gettext("Delete your data") == "Ihre Daten löschen"
    for lang in ("de", "en", "tr", "vi", "uk"):
        assert translator(lang).bidi(text) == text


def test_only_catalog_text_is_marked() -> None:
    assert AR.gettext("IHK") == f"{RLM}IHK"  # translated, even if the same letters
    assert AR.gettext("العربية") == "العربية"  # a language's own name is no catalog entry
    assert AR.gettext("Not in the catalog") == "Not in the catalog"


def _screens_as_shown() -> Iterator[tuple[str, str, list[str]]]:
    """(name, text, button labels) of the Arabic menu, help, privacy and information screens."""
    from bot.dialogue.state import Command
    from tests.dialogue_driver import Driver

    d = Driver("ar")
    d.press("العربية")
    yield "menu", d.text, d.labels()
    for command in ("help", "privacy"):
        d.send(Command(command))
        yield command, d.text, d.labels()
    d.send(Command("menu"))
    d.press(AR.gettext("Information"))
    yield "information", d.text, d.labels()
    for label in [x for x in d.labels() if not x.lstrip(RLM).startswith(("↩", "↪", "🏠"))]:
        d.press(label)
        yield label, d.text, d.labels()
        d.press(AR.gettext("Back"))


def test_privacy_screen_shows_the_commands_as_typed() -> None:
    [text] = [text for name, text, _ in _screens_as_shown() if name == "privacy"]
    shown = " ".join(visual(line) for line in text.split("\n") if line)
    assert "/mydata" in shown and "/delete" in shown
    assert "mydata/" not in shown and "delete/" not in shown


def test_every_rendered_arabic_line_and_button_is_right_to_left() -> None:
    left_to_right = [
        (name, line)
        for name, text, labels in _screens_as_shown()
        for line in [*text.split("\n"), *labels]
        if line and get_base_level(line) != 1
    ]
    assert left_to_right == []


def test_a_phone_number_in_an_arabic_message_keeps_its_order_in_the_inbox() -> None:
    text = "بريدي fatima.hassan@gmail.com ورقم ابني 0176-555 12 34، شكرا!"
    html = str(isolate_ltr(text))
    assert '<bdi dir="ltr">0176-555 12 34</bdi>' in html
    assert '<bdi dir="ltr">fatima.hassan@gmail.com</bdi>' in html
    # The browser lays a <bdi dir="ltr"> out as a left-to-right isolate (LRI ... PDI).
    laid_out = get_display(html.replace('<bdi dir="ltr">', "\u2066").replace("</bdi>", PDI))
    assert "0176-555 12 34" in laid_out
    # Without it the advisor read the groups the other way round.
    assert "34 12 555-0176" in get_display(text)


def test_an_amount_with_a_thousands_separator_stays_whole_on_an_arabic_page() -> None:
    # QA, Arabic pay page at 360 px: the 2026 table's fourth year read "€ 014,1": "1,014"
    # was isolated as "1" and "014", and the comma between them took the page's direction.
    line = AR.gettext("Year {number}: {amount}").format(number=4, amount=AR.money(1014))
    html = str(isolate_ltr(line))
    assert '<bdi dir="ltr">1,014</bdi>' in html
    laid_out = visual(html.replace('<bdi dir="ltr">', "\u2066").replace("</bdi>", PDI))
    assert "1,014" in laid_out and "014,1" not in laid_out
    # A list of numbers keeps its commas between them, outside the runs.
    assert '<bdi dir="ltr">1</bdi>, <bdi dir="ltr">2</bdi>' in str(isolate_ltr("1, 2"))


def test_a_time_in_an_arabic_message_keeps_its_order_in_the_inbox_and_the_group() -> None:
    # "Can I come on 12.05 at 14:00?": isolated as two numbers, "14:00" read "00:14".
    text = "مرحبا، هل يمكنني الحضور يوم 12.05 الساعة 14:00-15:30؟"
    html = str(isolate_ltr(text))
    assert '<bdi dir="ltr">14:00-15:30</bdi>' in html
    laid_out = get_display(html.replace('<bdi dir="ltr">', "\u2066").replace("</bdi>", PDI))
    assert "14:00-15:30" in laid_out and "12.05" in laid_out
    assert "14:00-15:30" in get_display(inert(text))


def test_a_persons_text_stays_escaped_around_the_isolates() -> None:
    assert str(isolate_ltr("<b>0341 1234</b>")) == (
        '&lt;b&gt;<bdi dir="ltr">0341 1234</bdi>&lt;/b&gt;'
    )


def test_a_phone_number_in_an_arabic_message_keeps_its_order_in_the_group() -> None:
    # The person's words as the advisor group's Telegram client lays them out.
    shown = inert("ورقم ابني 0176-555 12 34، شكرا!")
    assert "0176-555 12 34" in get_display(shown)
    # A left-to-right text is passed on as it was: nothing to reorder, no hidden marks.
    assert inert("Meine Nummer: 0176-555 12 34") == "Meine Nummer: 0176-555 12 34"


def test_a_phone_number_noted_as_the_answer_keeps_its_order_in_arabic() -> None:
    # QA, 2026-12-04: "رقمي ٠١٧٦١٢٣٤٥٦٧٨ واتساب" was confirmed as «+49 176 12345678» with
    # only "+49" isolated: the groups laid out right to left read "12345678 176 +49".
    from bot.dialogue.state import Press
    from tests.test_engine import callback_at_postal_code

    d = callback_at_postal_code("العربية")
    d.type("01069")
    d.send(Press(d.screen.keyboard[0][0].data))  # consent
    d.type("محمد الأحمد")
    d.type("رقمي ٠١٧٦١٢٣٤٥٦٧٨ واتساب")
    notice = d.text.split("\n")[0]
    assert "+49 176 12345678" in get_display(notice)


def test_a_link_in_an_advisors_words_opens_and_stays_escaped() -> None:
    html = str(linked_ltr('Siehe https://a.de/x?q=1&r="2"<b>. Oder 0341 123.'))
    assert html == (
        'Siehe <a href="https://a.de/x?q=1&amp;r=&#34;2&#34;&lt;b&gt;" target="_blank"'
        ' rel="noopener noreferrer" dir="ltr">https://a.de/x?q=1&amp;r=&#34;2&#34;&lt;b&gt;</a>.'
        ' Oder <bdi dir="ltr">0341 123</bdi>.'
    )
    # Only web links: no other scheme becomes one.
    assert "<a" not in str(linked_ltr("javascript:alert(1) ftp://a.de"))


def test_the_bots_own_site_in_its_words_opens_with_a_tap_in_a_tab_of_its_own() -> None:
    # A parent on a phone: "Contact details: see kausa-sachsen.de" was text to copy by
    # hand into a browser; the advisors' links opened with a tap.
    html = str(site_linked("Contact details: see kausa-sachsen.de."))
    assert html == (
        'Contact details: see <a href="https://kausa-sachsen.de" target="_blank"'
        ' rel="noopener noreferrer" dir="ltr">kausa-sachsen.de</a>.'
    )
    for written, href in (
        ("www.kausa-sachsen.de", "https://www.kausa-sachsen.de"),
        ("https://www.kausa-sachsen.de/datenschutz", "https://www.kausa-sachsen.de/datenschutz"),
        ("http://KAUSA-Sachsen.de/", "http://KAUSA-Sachsen.de/"),
    ):
        html = str(site_linked(f"التفاصيل على {written}. شكرا"))
        assert f'<a href="{href}" target="_blank" rel="noopener noreferrer" dir="ltr">' in html
        assert f">{written}</a>. شكرا" in html, html
    # Only the bot's own site: another one, an e-mail address or a look-alike stays text,
    # kept left to right as before.
    for text in (
        "www.ihk.de",
        "https://example.org",
        "info@kausa-sachsen.de",
        "kausa-sachsen.de.example.org",
        "https://kausa-sachsen.de@example.org",
        "notkausa-sachsen.de",
    ):
        html = str(site_linked(f"siehe {text}"))
        assert "<a" not in html and '<bdi dir="ltr">' in html, text
    # An advisor's "kausa-sachsen.de" opens too, as their https links do.
    assert '<a href="https://kausa-sachsen.de"' in str(linked_ltr("Siehe kausa-sachsen.de"))
    assert "<a" not in str(linked_ltr("Siehe www.ihk.de"))


def test_a_link_ending_in_its_own_bracket_keeps_it() -> None:
    # QA, 2026-12-04: an advisor's Wikipedia link lost its ")" and opened a missing page.
    wiki = "https://de.wikipedia.org/wiki/Ausbildung_(Deutschland)"
    for text in (
        f"Siehe {wiki}",
        f"Siehe {wiki}.",
        f"(Siehe {wiki})",
        f"(Siehe {wiki}).",
        f"{wiki}),",
    ):
        html = str(linked_ltr(text))
        assert f'href="{wiki}"' in html and f">{wiki}</a>" in html, (text, html)
    # A bracket the link does not open belongs to the sentence.
    html = str(linked_ltr("(mehr unter https://www.ihk.de/leipzig)."))
    assert 'href="https://www.ihk.de/leipzig"' in html and html.endswith("</a>).")


def test_a_bare_domain_in_arabic_text_is_kept_together_left_to_right() -> None:
    # QA: on the Arabic no-cookie page "kausa-sachsen.de" broke at its hyphen across lines,
    # its halves laid out right to left; links and numbers are isolated, it was not.
    text = "التفاصيل على kausa-sachsen.de. أو www.arbeitsagentur.de"
    html = str(isolate_ltr(text))
    assert '<bdi dir="ltr">kausa-sachsen.de</bdi>.' in html
    assert '<bdi dir="ltr">www.arbeitsagentur.de</bdi>' in html
    group = isolated(text)  # the advisor group's Telegram text
    assert f"{LRI}kausa-sachsen.de{PDI}." in group
    assert "kausa-sachsen.de" in get_display(group)
    # An e-mail address stays one run; abbreviations and decimals are no domains.
    assert str(isolate_ltr("info@kausa-sachsen.de")) == (
        '<bdi dir="ltr">info@kausa-sachsen.de</bdi>'
    )
    assert "bdi" not in str(isolate_ltr("z.B. e.V. u.a."))
    # With its path, in one piece: "/kausa_bot" came before "t.me" in Arabic.
    for address in ("t.me/kausa_bot", "www.ihk.de/leipzig/ausbildung.html"):
        shown = isolated(f"اكتب إلى {address}. شكرا")
        assert f"{LRI}{address}{PDI}." in shown
        assert address in get_display(shown)
    # German text is passed on as it was.
    assert isolated("Siehe kausa-sachsen.de.") == "Siehe kausa-sachsen.de."


def test_a_bracket_stays_on_the_line_of_the_time_it_opens() -> None:
    # QA, Vietnamese summary at 360 px: "Buổi sáng (" ended a line and "08:00–12:00)"
    # began the next: a browser breaks before a <bdi> as before a word.
    html = str(isolate_ltr("Thời gian phù hợp: Buổi sáng (08:00–12:00)"))
    assert 'sáng <span class="nowrap">(<bdi dir="ltr">08:00</bdi></span>–' in html
    assert '<span class="nowrap"><bdi dir="ltr">12:00</bdi>)</span>' in html
    # An Arabic time label with its isolate characters, and an advisor's message.
    arabic = str(linked_ltr("صباحًا (\u20688:00 ص–12:00 م\u2069)"))
    assert '<span class="nowrap">(\u2068<bdi dir="ltr">8:00</bdi> ص</span>' in arabic


def test_an_arabic_times_am_or_pm_stays_on_the_line_of_its_time() -> None:
    # QA, Arabic summary at 360 px: "أفضل وقت: بعد الظهر (12:00 م–5:00" ended a line and
    # "م)" began the next. The letter after a time, with the bracket after it, is glued
    # to the time; a word that only begins with that letter is not.
    html = str(isolate_ltr("أفضل وقت: بعد الظهر (\u206812:00 م–5:00 م\u2069)"))
    assert '<span class="nowrap"><bdi dir="ltr">5:00</bdi> م\u2069)</span>' in html
    assert '<span class="nowrap">(\u2068<bdi dir="ltr">12:00</bdi> م</span>–' in html
    assert '<bdi dir="ltr">0176</bdi> مرتين' in str(isolate_ltr("اتصلوا على 0176 مرتين"))


def test_an_arabic_date_stays_on_one_line() -> None:
    # /mydata on an Arabic phone, 360 px: "موافقتكم على حفظ بياناتكم: 05/12/2026" ended a
    # line with "12/05/" and began the next with "2026": each number of the date is a
    # <bdi> of its own (the slashes between them keep the date's right-to-left order), and
    # a browser breaks before and after a <bdi> as before a word. The date is now one piece
    # that does not break, its numbers each still in an isolate (its order unchanged).
    when = AR.date(date(2026, 12, 5))
    html = str(isolate_ltr(f"موافقتكم على حفظ بياناتكم: {when}"))
    numbers = f"{RLM}/".join(f'<bdi dir="ltr">{n}</bdi>' for n in ("05", "12", "2026"))
    assert f'<span class="nowrap">{numbers}</span>' in html
    assert when == f"05{RLM}/12{RLM}/2026"
    # In an advisor's Arabic message too (the isolate characters): the same order as before.
    assert isolated(when, in_rtl=True) == f"{RLM}/".join(
        f"{LRI}{n}{PDI}" for n in ("05", "12", "2026")
    )


def test_a_level_like_b2_keeps_its_letter_before_its_digit_on_an_arabic_page() -> None:
    # QA, Arabic parent at 360 px: the summary read "مستوى 2B أو أعلى" and the tapped
    # "مبتدئ (A1–A2)" came back as "(2A1–A": the digit of "B2" was isolated on its own,
    # apart from its letter, and took the page's direction.
    for label in ("B2 or better", "A1–A2 (beginner)"):
        line = AR.gettext(label)
        html = str(isolate_ltr(line))
        assert "<bdi" not in html
        laid_out = visual(html.replace('<bdi dir="ltr">', "\u2066").replace("</bdi>", PDI))
        latin = "B2" if "B2" in line else "A1–A2"
        assert latin in laid_out
        assert latin in get_display(isolated(line, in_rtl=True))
    # A number after a space or an Arabic word is still one piece of its own.
    assert '<bdi dir="ltr">0341 1234</bdi>' in str(isolate_ltr("رقمي 0341 1234"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ausbildung كطباخ في لايبزيغ، هل هذا ممكن؟", "rtl"),
        ("Ich suche eine Ausbildung bei Siemens, شكرا", "ltr"),
        ("+49 351 7654321", "auto"),
        ("👍", "auto"),
    ],
)
def test_a_message_reads_in_the_direction_of_most_of_its_letters(text: str, expected: str) -> None:
    assert direction(text) == expected
