"""The years 2020 to 2039 written in words, in the bot's languages, as a person types a
start year under "When should the training start?" ("zweitausendsiebenundzwanzig",
"twenty twenty-seven", "iki bin yirmi yedi", "дві тисячі двадцять сьомого", "hai nghìn
không trăm hai mươi bảy", "ألفين وسبعة وعشرين"): "Please tap one of the buttons below"
before, the words kept. The years of the next starts only, so a count ("zwanzig") or an
age is never read as a year. Pure: the forms are written as typed; the caller writes
them as it compares words (bot.dialogue.typed_words)."""

from __future__ import annotations

from collections.abc import Iterator

#: The tens of the years spelled (2020-2039), by their tens digit.
_TENS = (2, 3)

#: The units one to nine, in order, by language.
_DE_UNITS = ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
_EN_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TR_UNITS = ("bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz")
_UK_UNITS = ("один", "два", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять")
#: Ukrainian says a year as an ordinal ("дві тисячі двадцять сьомий рік", "... сьомого
#: року", "у ... сьомому році"): the stems, each with the three endings.
_UK_ORDINALS = ("перш", "друг", "трет", "четверт", "п'ят", "шост", "сьом", "восьм", "дев'ят")
_UK_ENDINGS = ("ий", "ого", "ому", "ій", "ім")
_VI_UNITS = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
#: Vietnamese says 1, 4, 5 after a ten otherwise ("hai mươi mốt", "hai mươi tư", "hai
#: mươi lăm").
_VI_AFTER_TENS = {1: ("mốt", "một"), 4: ("tư", "bốn"), 5: ("lăm", "năm")}
_AR_UNITS = ("واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة")

_DE_TENS = {2: "zwanzig", 3: "dreißig"}
_EN_TENS = {2: "twenty", 3: "thirty"}
_TR_TENS = {2: "yirmi", 3: "otuz"}
_UK_TENS = {2: "двадцять", 3: "тридцять"}
_UK_TENS_ORDINAL = {2: "двадцят", 3: "тридцят"}
_VI_TENS = {2: "hai", 3: "ba"}
_AR_TENS = {2: "عشرين", 3: "ثلاثين"}


def spelled_years() -> Iterator[tuple[str, int]]:
    """Each way a year 2020-2039 is written in words, with the year."""
    for tens in _TENS:
        for unit in range(10):
            year = 2000 + 10 * tens + unit
            for said in _forms(tens, unit):
                yield said, year


def _forms(tens: int, unit: int) -> Iterator[str]:
    """The words for the year 20<tens><unit>, in each language."""
    yield from _german(tens, unit)
    yield from _english(tens, unit)
    yield from _turkish(tens, unit)
    yield from _ukrainian(tens, unit)
    yield from _vietnamese(tens, unit)
    yield from _arabic(tens, unit)


def _german(tens: int, unit: int) -> Iterator[str]:
    # "zweitausendsiebenundzwanzig", also apart ("zweitausend siebenundzwanzig").
    last = _DE_TENS[tens] if unit == 0 else f"{_DE_UNITS[unit - 1]}und{_DE_TENS[tens]}"
    for thousand in ("zweitausend", "zwanzig"):
        yield f"{thousand}{last}"
        yield f"{thousand} {last}"


def _english(tens: int, unit: int) -> Iterator[str]:
    last = _EN_TENS[tens] if unit == 0 else f"{_EN_TENS[tens]} {_EN_UNITS[unit - 1]}"
    yield f"twenty {last}"
    yield f"two thousand {last}"
    yield f"two thousand and {last}"


def _turkish(tens: int, unit: int) -> Iterator[str]:
    last = _TR_TENS[tens] if unit == 0 else f"{_TR_TENS[tens]} {_TR_UNITS[unit - 1]}"
    for said in (f"iki bin {last}", f"ikibin{last.replace(' ', '')}"):
        yield said
        # With the word "year" after it ("iki bin yirmi yedi yılında").
        yield from (f"{said} {year}" for year in ("yılı", "yılında", "yılda"))


def _ukrainian(tens: int, unit: int) -> Iterator[str]:
    if unit == 0:
        lasts = [_UK_TENS[tens], *(_UK_TENS_ORDINAL[tens] + end for end in _UK_ENDINGS)]
    else:
        said = (_UK_UNITS[unit - 1], *(_UK_ORDINALS[unit - 1] + end for end in _UK_ENDINGS))
        lasts = [f"{_UK_TENS[tens]} {each}" for each in said]
    for last in lasts:
        yield f"дві тисячі {last}"
        # With the word "year" after it ("... сьомого року"): no more said than the year.
        for year in ("рік", "року", "році"):
            yield f"дві тисячі {last} {year}"


def _vietnamese(tens: int, unit: int) -> Iterator[str]:
    ten = f"{_VI_TENS[tens]} mươi"
    units = ("",) if unit == 0 else _VI_AFTER_TENS.get(unit, (_VI_UNITS[unit - 1],))
    for each in units:
        last = f"{ten} {each}".strip()
        for thousand in ("hai nghìn", "hai ngàn"):
            # With the word "year" before it ("năm hai nghìn ...") too.
            for year in ("", "năm "):
                yield f"{year}{thousand} không trăm {last}"
                yield f"{year}{thousand} {last}"


def _arabic(tens: int, unit: int) -> Iterator[str]:
    # "ألفين وسبعة وعشرين": the unit before the tens, each joined to its "and".
    last = f"و{_AR_TENS[tens]}" if unit == 0 else f"و{_AR_UNITS[unit - 1]} و{_AR_TENS[tens]}"
    for thousand in ("ألفين", "ألفان"):
        yield f"{thousand} {last}"
        yield f"{thousand} {last.replace('و', 'و ')}"
