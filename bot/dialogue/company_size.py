"""The number of employees typed at "What is the name of your business?" ("Döner Palast,
5 Mitarbeiter", "nein, doch 8 Mitarbeiter", "Berber Ali, 3 çalışan"): the name without
it, and the count as the employees question's answer (no longer asked: the advisor's
card still shows it). The whole was stored as the business's name before. Pure: state,
text and context in, the state changed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.dialogue import count_words, typed
from bot.dialogue.company_words import says_the_kind
from bot.dialogue.correcting_words import correcting
from bot.dialogue.free_text import answer_free_text
from bot.dialogue.state import Context, Result, State
from bot.dialogue.summary_change import CHANGED_ANSWER
from bot.dialogue.typed_words import greets, is_filler
from bot.flows.answers import option_label
from bot.flows.business import BUSINESS, COMPANY, EMPLOYEES
from bot.flows.navigation import ADDING, ScreenId
from bot.i18n import N_, translator
from bot.negation import fold

#: Told when the count was taken. ``answer``: the employees option's label ("1 to 9").
STAFF_NOTED = N_("Thank you. We have noted the number of employees: {answer}.")

#: The words for the people who work there, by language ("Mitarbeiter", "çalışan",
#: "موظفين", "працівників", "nhân viên").
_STAFF_WORDS = {
    # With the slips of fast typing ("Mitarbieter", "Mittarbeiter", "Angestelte") and
    # shortened ("Mitarb.", "15 MA": in capitals only, "ma" is a word elsewhere).
    "de": (
        # Also the gender-neutral "Mitarbeitende", and "5 Kollegen", "wir sind 5 Mann".
        r"mitt?arb(?:ei|ie|ai)te(?:r\w*|nde\w*)|mitarb|(?-i:MA)|angestell?te\w*"
        r"|besch(?:ä|ae|a)ftigte\w*|leute|personen|kolleg\w*|mann"
    ),
    "en": r"employe+s?|staff|workers?|people",
    "tr": r"[çc]al[ıi][şs]an\w*|personel\w*|ki[şs]i\w*|i[şs][çc]i\w*|eleman\w*",
    # From 11 up Arabic counts with the singular ("12 شخص").
    "ar": r"موظف\w*|عامل\w*|عمال|أشخاص|اشخاص|شخص\w*",
    # "3 людини" (2 to 4), and the spoken "5 чоловік".
    "uk": r"працівник\w*|працівниц\w*|співробітник\w*|людей|людини|осіб|особи|чоловік"
    r"|робітник\w*",
    # Also without the accents a phone keyboard may lack ("4 nhan vien", "3 tho").
    "vi": r"nhân viên|nhan vien|người|nguoi|thợ|tho|nhân công|nhan cong",
}
#: The "with" before a count ("mit 12 Angestellten"): no part of the name either.
_WITH = r"(?:\b(?:mit|with|ile|з|із|مع|với|có)\s+)?"
#: A count in digits and the word for the people who work there, in any of the bot's
#: languages ("5 Mitarbeiter", "mit 12 Angestellten", "3 çalışan", "8 موظفين", "5
#: працівників", "4 nhân viên").
_STAFF = re.compile(
    _WITH + r"(?P<count>\d{1,5})\s*(?P<staff>" + "|".join(_STAFF_WORDS.values()) + r")(?!\w)",
    re.IGNORECASE,
)
#: A count in words and that language's word for the people ("acht Mitarbeiter", "on iki
#: çalışan", "ثمانية موظفين", "п'ятеро працівників", "mười hai nhân viên").
_STAFF_SAID = tuple(
    re.compile(
        rf"{_WITH}(?<!\w)(?P<count>{count_words.pattern(lang)})"
        rf"\s+(?P<staff>{_STAFF_WORDS[lang]})(?!\w)",
        re.IGNORECASE,
    )
    for lang in count_words.LANGUAGES
)
#: How many "we" are, with no word for the people ("нас троє": there are three of us;
#: "wir sind zu fünft"): the count, the "we" as the word counted, by language.
_US_COUNTED: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "uk",
        re.compile(
            r"(?<!\w)(?:[ув]\s+)?(?P<staff>нас)\s+(?P<count>двоє|троє|четверо|п['’ʼ]?ятеро"
            r"|шестеро|семеро|восьмеро|дев['’ʼ]?ятеро|десятеро)(?!\w)",
            re.IGNORECASE,
        ),
    ),
    (
        "de",
        re.compile(
            r"(?<!\w)(?P<staff>wir\s+sind\s+zu)\s+(?P<count>zweit|dritt|viert|fünft|sechst"
            r"|siebt|acht|neunt|zehnt)(?!\w)",
            re.IGNORECASE,
        ),
    ),
)
#: What may follow a count of "we" that ends the words ("wir sind 5", "Döner Palast, wir
#: sind 5, Leipzig"): "Wir sind 1 Team GmbH", "We are 24/7 Kiosk" name a business.
_COUNT_ENDS = r"(?=\s*(?:[,.;!،؛]|$))"


def _we_are(lang: str, we: str, in_words: bool = True) -> tuple[str, re.Pattern[str]]:
    """How many "we" are in digits (or ``lang``'s words), after ``we`` ("wir sind 5",
    "احنا خمسة", "нас 5", "we are 12"), the count ending the words."""
    count = rf"\d{{1,5}}|{count_words.pattern(lang)}" if in_words else r"\d{1,5}"
    return (
        lang,
        re.compile(rf"(?<!\w)(?P<staff>{we})\s+(?P<count>{count})" + _COUNT_ENDS, re.IGNORECASE),
    )


_US_COUNTED += (
    _we_are("de", r"wir\s+sind"),
    _we_are("en", r"we\s+are|we['’]re"),
    _we_are("ar", r"احنا|إحنا|نحنا|نحن"),
    # In words the Ukrainian says it as above ("нас п'ятеро").
    _we_are("uk", r"(?:[ув]\s+)?нас", in_words=False),
)

#: "zu fünft": the count, as "fünf" says it.
_ZU = {"zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7}
_ZU |= {"acht": 8, "neunt": 9, "zehnt": 10}

#: Punctuation and spaces around what is left of the name ("Döner Palast, ").
_EDGES = " \t,;:.–—-،/()"


#: The words around a count that say "we have" or "there are" ("wir haben", "8 çalışanımız
#: var", "у нас", "لدينا", "chúng tôi có"), folded, by language: no part of a name in the
#: language of the word for the people counted. In another they may be ("Friseur Ben 5
#: Mitarbeiter": "ben" is the Turkish "I").
_HAVING = {
    lang: frozenset(fold(word) for word in words)
    for lang, words in (
        (
            "de",
            (
                *("wir", "ich", "haben", "habe", "hab", "sind", "es", "gibt", "beschäftigen"),
                *("beschäftige", "etwa", "ungefähr", "ca", "circa", "insgesamt", "zurzeit"),
            ),
        ),
        ("en", ("we", "i", "have", "has", "got", "are", "there", "employ", "about", "around")),
        ("tr", ("var", "biz", "bizim", "ben", "benim", "toplam", "yaklaşık", "şu", "anda")),
        ("uk", ("у", "в", "нас", "мене", "я", "ми", "маю", "маємо", "є", "приблизно", "близько")),
        (
            "ar",
            (
                *("لدي", "لدينا", "عندي", "عندنا", "نحن", "يوجد", "حوالي", "تقريبا"),
                # "With us", "in it" as spoken ("مطعم الشام فيه 8 موظفين").
                *("عنا", "فيه", "فيها"),
            ),
        ),
        # "We" as a shop's young staff say it too ("bọn em", "tụi em").
        ("vi", ("chúng", "tôi", "mình", "em", "có", "khoảng", "hiện", "tại", "bọn", "tụi")),
    )
}


def _no_name(word: str, lang: str) -> bool:
    """Whether ``word``, beside a count of employees counted in ``lang``'s word, is no
    part of the business's name: a correcting word, a filler, a greeting ("Hallo, wir
    haben 8 Mitarbeiter"), or "we have" in ``lang``; or punctuation alone."""
    if not word:
        return True
    return (
        correcting(word)
        or is_filler(word)
        or greets(word) == "hello"
        or fold(word) in _HAVING[lang]
    )


def _counted_in(staff: str) -> str:
    """The language of ``staff``, the word for the people counted ("Mitarbeiter": de)."""
    return next(
        lang for lang, words in _STAFF_WORDS.items() if re.fullmatch(words, staff, re.IGNORECASE)
    )


def _band(count: int) -> str | None:
    """The employees option's code for ``count`` people."""
    if count < 1:
        return None
    for code, most in (("1-9", 9), ("10-49", 49), ("50-249", 249)):
        if count <= most:
            return code
    return "250+"


@dataclass(frozen=True)
class _Staff:
    """A count of employees typed: its option's code, and what else was said."""

    band: str
    #: The text without the count and the words that go with it ("wir haben").
    rest: str
    #: Whether ``rest`` holds nothing but words that are no name ("nein, doch").
    bare: bool


def _staff_said(text: str) -> _Staff | None:
    """The one count of employees in ``text`` ("Döner Palast, 5 Mitarbeiter", "wir haben
    acht Mitarbeiter"), or None for none or two."""
    found = [
        (_counted_in(each.group("staff")), each)
        for staff in (_STAFF, *_STAFF_SAID)
        for each in staff.finditer(text)
    ]
    if not found:
        # "у нас п'ятеро працівників" is counted above: the people's word tells.
        found = [(lang, each) for lang, said in _US_COUNTED for each in said.finditer(text)]
    if len(found) != 1:
        return None
    lang, match = found[0]
    said = match.group("count")
    count = int(said) if said.isdigit() else _ZU.get(said.casefold()) or count_words.count_of(said)
    band = None if count is None else _band(count)
    if band is None:
        return None
    # "wir haben" next to the count goes with it ("Döner Palast, wir haben 8 Mitarbeiter",
    # "8 çalışanımız var"), up to a comma: "Friseur Ben, 5 Mitarbeiter" keeps its "Ben".
    before, after = text[: match.start()].split(), text[match.end() :].split()
    while before and before[-1][-1] not in _EDGES and _no_name(before[-1].strip(_EDGES), lang):
        before.pop()
    while after and after[0][0] not in _EDGES and _no_name(after[0].strip(_EDGES), lang):
        after.pop(0)
    rest = " ".join([*before, *after]).strip(_EDGES)
    words = [word.strip(_EDGES) for word in rest.split()]
    return _Staff(band, rest, all(_no_name(word, lang) for word in words if word))


def _label(band: str, state: State) -> str:
    """The employees option's label for ``band`` in the person's language."""
    option = next(each for each in EMPLOYEES.options if each.code == band)
    return option_label(option, translator(state.lang or "de"))


def company_with_staff(state: State, text: str, ctx: Context, result: Result) -> bool:
    """The number of employees typed at the business name question: the count taken for
    the employees question, the rest (if a name) the business's name; without a name
    ("nein, doch 8 Mitarbeiter") the name is asked again."""
    if state.screen != ScreenId.QUESTION.of(COMPANY.key):
        return False
    staff = _staff_said(text)
    if staff is None:
        return False
    state.answers[EMPLOYEES.key] = staff.band
    result.notify(STAFF_NOTED, answer=_label(staff.band, state))
    rest = staff.rest
    if staff.bare:
        # "nein, doch 8 Mitarbeiter", "wir haben 8 Mitarbeiter": no name in it; the
        # question stays.
        result.notify(COMPANY.error or COMPANY.prompt)
        return True
    if says_the_kind(rest):
        # "Ich habe ein Restaurant mit 8 Mitarbeitern": the kind of business, no name;
        # kept for the advisor, as without the count (bot.dialogue.company_words).
        typed.keep_for_advisor(text, ctx, result, typed.KEPT_MESSAGE_TYPING)
        return True
    if typed.asks_on_the_way(rest):
        return True
    answer_free_text(state, COMPANY, rest, result)
    return True


#: A count in digits or in any language's words ("5", "fünf", "beş", "п'ять").
_ANY_COUNT = r"\d{1,5}|" + "|".join(count_words.pattern(lang) for lang in count_words.LANGUAGES)
_ANY_STAFF = "|".join(_STAFF_WORDS.values())
#: The old count ruled out beside the new one ("wir sind 12 Leute, nicht 5", "nicht 5,
#: sondern 12", "12 kişiyiz 5 değil", "нас 12 а не 5", "12 người không phải 5", "نحن 12
#: شخص مش 5"): left out, the new count is the words' only one.
_OLD_COUNT = re.compile(
    rf"(?:\b(?:und|and|а|і|chứ)\s+)?(?<!\w)(?:nicht|not|не|không phải|khong phai|ko phai"
    rf"|و?مش|و?ليس|و?مو)\s+(?:{_ANY_COUNT})(?:\s+(?:{_ANY_STAFF}))?(?!\w)"
    rf"(?:\s*,?\s*(?:sondern|but|mà là|mà|ma|بل|а)(?!\w))?"
    rf"|(?<!\w)(?:{_ANY_COUNT})(?:\s+(?:{_ANY_STAFF}))?\s+de[gğ]il(?!\w)",
    re.IGNORECASE,
)


def staff_on_the_summary(state: State, text: str, result: Result) -> bool:
    """A count of employees alone typed on a business's summary ("wir haben 12
    Mitarbeiter"), or beside the old one ruled out ("wir sind 12 Leute, nicht 5"): the
    count shown there changed (no question asks it, so it has no ✏️). It was kept as a
    message for the advisor while the old count was sent."""
    if state.screen != ScreenId.SUMMARY or state.flow != BUSINESS.key or ADDING in state.answers:
        return False
    staff = _staff_said(text)
    if staff is None or not staff.bare:
        without = _OLD_COUNT.sub(" ", text)
        staff = _staff_said(without) if without != text else None
    if staff is None or not staff.bare:
        return False
    state.answers[EMPLOYEES.key] = staff.band
    t = translator(state.lang or "de")
    result.notify(
        CHANGED_ANSWER, question=t.gettext(EMPLOYEES.label), answer=_label(staff.band, state)
    )
    return True
