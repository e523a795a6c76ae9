"""Phone numbers, times, e-mail addresses and links inside right-to-left text, in their own order.

Pure. In an Arabic message, "0176-555 12 34" showed as "34 12 555-0176" by the Unicode
bidi algorithm: the spaces between its digit groups take the paragraph's direction. A
German advisor dialled what they read. The inbox wraps each in ``<bdi dir="ltr">``, the
advisor group's text in the isolate characters LRI and PDI.
"""

from __future__ import annotations

import re
from typing import Literal

from markupsafe import Markup, escape

from bot.conversation.own_site import is_own_site, own_site_href

#: A bare domain ("kausa-sachsen.de"), with its path ("t.me/kausa_bot": the domain alone
#: isolated put "/kausa_bot" before it in Arabic): Latin labels and a top-level domain of
#: two letters or more, so that "z.B." and "e.V." are none; the path ends at a letter,
#: digit or slash (not the sentence's full stop). In Arabic text it broke at its hyphen,
#: its halves laid out right to left.
_DOMAIN = (
    r"(?<![\w@.-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}(?![\w-])"
    r"(?:/(?:[\w\-./?=&%#~+:]*[\w/])?)?"
)
#: An Arabic date as Translator.date writes it ("05\u200f/12\u200f/2026": the RLM before each
#: slash keeps its right-to-left order): each number a piece of its own, the whole in one
#: piece that does not break (on a phone "12/05/" ended a line and "2026" began the next).
_RTL_DATE = "\\d+(?:\u200f/\\d+)+"
_DATE_SLASH = "\u200f/"
#: A number of several groups (a phone number, a time "14:00-15:30", a date, an amount
#: "1,014 €": a comma joins digits, not the numbers of a list "1, 2"), an e-mail address, a
#: link, a bare domain (chat.js's LTR_RUN is the same). Not a digit right after a Latin
#: letter: the "2" of "B2" isolated alone took the Arabic text's direction ("2B"), the
#: letters and digits of a Latin word keep their order without it.
_LTR_RUN = re.compile(
    r"https?://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|"
    + _DOMAIN
    + "|"
    + _RTL_DATE
    + r"|(?<![A-Za-z])\+?\d(?:(?:[\d \-/.:()]|,(?=\d))*\d)?",
)


#: Left-to-right isolate and its end (Unicode 6.3), as a Telegram client lays them out.
LRI, PDI = "\u2066", "\u2069"
#: A strong right-to-left letter (Hebrew, Arabic and their presentation forms).
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def isolated(text: str, *, in_rtl: bool = False) -> str:
    """Plain ``text`` with each number, address and link in LRI ... PDI, where the text
    has right-to-left letters or stands in right-to-left text (``in_rtl``: a line of an
    Arabic page); else it is returned as it is: nothing to reorder."""
    if not in_rtl and not _RTL.search(text):
        return text
    return _LTR_RUN.sub(_isolated_run, text)


def _isolated_run(found: re.Match[str]) -> str:
    run = found.group()
    if _DATE_SLASH in run:
        # An Arabic date keeps its right-to-left order: its numbers each in an isolate.
        return _DATE_SLASH.join(f"{LRI}{number}{PDI}" for number in run.split(_DATE_SLASH))
    return f"{LRI}{run}{PDI}"


def isolate_ltr(text: str) -> Markup:
    """``text`` escaped for HTML, each number, address and link in a left-to-right isolate."""
    return _isolated_html(text, links="none")


#: Brackets right before or after a run stay on its line: on a phone "Buổi sáng (" ended a
#: line and "08:00–12:00)" began the next (a browser breaks before a <bdi> as before a word).
#: So does an Arabic time's "ص" or "م" after it: "(12:00 م–5:00" ended a line on an Arabic
#: phone and "م)" began the next.
_OPENING = re.compile("[([{«„“\u2066-\u2068]+$")
_CLOSING = re.compile("(?:[ \u00a0][صم](?![\u0600-\u06ff]))?[)\\]}»”\u2069]*")


def _run_html(text: str, found: re.Match[str], before: str) -> tuple[Markup, Markup, int]:
    """The escaped text before a run, the run isolated (with the brackets around it, in a
    piece that does not break), and where the text goes on after them."""
    opening = _OPENING.search(before)
    glued = opening.start() if opening else len(before)
    closing = _CLOSING.match(text, found.end())
    end = closing.end() if closing else found.end()
    run = _run_markup(found.group())
    if glued < len(before) or end > found.end():
        piece = Markup('<span class="nowrap">%s%s%s</span>')
        run = piece % (before[glued:], run, text[found.end() : end])
    return escape(before[:glued]), run, end


def _run_markup(run: str) -> Markup:
    """One run in a left-to-right isolate; an Arabic date each number in one, the whole in a
    piece that does not break."""
    if _DATE_SLASH not in run:
        return Markup('<bdi dir="ltr">%s</bdi>') % run
    numbers = (Markup('<bdi dir="ltr">%s</bdi>') % number for number in run.split(_DATE_SLASH))
    return Markup('<span class="nowrap">%s</span>') % Markup(_DATE_SLASH).join(numbers)


#: Which runs become links: none; the bot's own site (its words); or every http(s) link
#: and the bot's site (an advisor's words).
Links = Literal["none", "site", "all"]


def _isolated_html(text: str, *, links: Links) -> Markup:
    parts: list[Markup] = []
    position = 0
    for found in _LTR_RUN.finditer(text):
        before = text[position : found.start()]
        run = found.group()
        web = run.startswith(("http://", "https://"))
        address = link_address(run) if web else run
        if (links == "all" and web) or (links != "none" and is_own_site(address)):
            link = '<a href="%s" target="_blank" rel="noopener noreferrer" dir="ltr">%s</a>'
            parts.append(escape(before))
            parts.append(Markup(link) % (own_site_href(address), address))
            parts.append(escape(run[len(address) :]))
            position = found.end()
            continue
        escaped, isolated_run, position = _run_html(text, found, before)
        parts.extend((escaped, isolated_run))
    parts.append(escape(text[position:]))
    return Markup("").join(parts)


#: A link's end that belongs to the sentence around it ("see https://example.org.").
_SENTENCE_END = ".,;:!?)]}'\"»”"
#: Closing brackets by the one they close: a link that opens one keeps it ("…_(Deutschland)").
_CLOSES = {")": "(", "]": "[", "}": "{"}


def link_address(run: str) -> str:
    """The link in ``run`` without the sentence's signs after it ("https://a.de." and
    "(see https://a.de)"), but with a bracket it opened itself, as Wikipedia's links end
    ("…/Ausbildung_(Deutschland)", which lost its ")" and opened no page)."""
    address = run
    while address and address[-1] in _SENTENCE_END:
        opening = _CLOSES.get(address[-1])
        if opening is not None and address.count(opening) >= address.count(address[-1]):
            break
        address = address[:-1]
    return address


def linked_ltr(text: str) -> Markup:
    """:func:`isolate_ltr`, and each http(s) link and the bot's own site one that opens in a
    tab of its own (an advisor's link was text to copy by hand on a phone; Telegram makes
    it a link)."""
    return _isolated_html(text, links="all")


def site_linked(text: str) -> Markup:
    """:func:`isolate_ltr`, and the bot's own site ("kausa-sachsen.de") in the bot's words a
    link that opens in a tab of its own: on a phone it was words to copy into a browser."""
    return _isolated_html(text, links="site")
