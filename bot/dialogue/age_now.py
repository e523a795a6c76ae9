"""An age said with a half or with the next one ("15 1/2", "15 einhalb", "15 buçuk", "16
bald 17", "17, скоро 18") where an age is asked: the age now (15, 16, 17). Two numbers
were no age: a note, and the age asked again. Pure: text in, text out."""

from __future__ import annotations

import re

#: An age and a half ("15 1/2", "15½", "15,5", "15 einhalb", "15 and a half", "15 buçuk",
#: "15 з половиною", "15 ونص", "15 rưỡi"): the half left out.
_AND_A_HALF = re.compile(
    r"(?<![\d.,/])(\d{1,2})\s*(?:1/2|½|[.,]5|einhalb|and a half|buçuk|bucuk|з половиною"
    r"|و ?نص|rưỡi|ruoi)(?![\w.,/])",
    re.IGNORECASE,
)
#: Soon, or next month ("16 bald 17", "17, nächsten Monat 18").
_SOON = (
    r"(?:bald|fast|soon|almost|nearly|yakında|yakinda|neredeyse|скоро|майже|sắp|sap|قريبا"
    r"|(?:im |in the )?(?:nächsten|nächste|next) (?:monat|woche|month|week)"
    r"|gelecek (?:ay|hafta)|наступного (?:місяця|тижня)|tháng sau|thang sau"
    r"|الشهر الجاي|الشهر القادم)"
)
#: Becoming, as a teenager types it around "soon" ("15 werd bald 16", "17 und werde
#: nächsten Monat 18", "16, soon I'll be 17"), a "but" also after the verb ("15 werd
#: aber bald 16"): a note and the age asked again before.
_BECOMING = (
    r"(?:(?:und|and|aber|but|ve|і|و) )?(?:(?:ich )?(?:werd|werde|wird)(?: ich)?"
    r"(?: aber| doch)?|i'?ll be|i turn|turning|olacağım|olacagim|olucam|буду|виповниться"
    r"|بصير|رح صير)"
)
#: An age, then the next one said to come soon ("16 bald 17", "16, fast 17", "16 soon 17",
#: "17 yakında 18", "17, скоро 18", "16 sắp 17", "16 قريبا 17").
_THEN_THE_NEXT = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s*[,;(-]?\s*(?:{_BECOMING}\s+)?{_SOON}\s+(?:{_BECOMING}\s+)?"
    r"(\d{1,2})(?!\d)\)?",
    re.IGNORECASE,
)
#: The same with "soon" last ("15 but I'll be 16 soon", "15, werde 16 bald").
_THEN_THE_NEXT_SOON = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s*[,;(-]?\s*{_BECOMING}\s+(\d{{1,2}})(?!\d)\s+{_SOON}\b\)?",
    re.IGNORECASE,
)


def age_now(text: str) -> str | None:
    """``text`` with only the age now of an age said with its half or the next ("ich bin
    15 1/2": "ich bin 15"; "16 bald 17": "16"), or None where it says neither."""
    half = _AND_A_HALF.search(text)
    if half is not None:
        return text[: half.start()] + half.group(1) + text[half.end() :]
    next_one = _THEN_THE_NEXT.search(text) or _THEN_THE_NEXT_SOON.search(text)
    if next_one is not None and int(next_one.group(2)) == int(next_one.group(1)) + 1:
        return text[: next_one.start()] + next_one.group(1) + text[next_one.end() :]
    return None
