"""Typed words compared with buttons: loosely, and "I don't know" in any language.

Pure. A person often types what a button says instead of tapping it, on a phone without
accents ("co" for "Có") and in their own words ("bilmiyorum" for "Henüz bilmiyorum").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from itertools import pairwise

from rapidfuzz.distance import OSA

from bot.dialogue.year_words import spelled_years
from bot.negation import says_not
from bot.validation import western_digits

#: Vietnamese đ is a letter of its own, not d with a mark: "dong y" is typed for "đồng ý".
# Letters typed either way: Vietnamese đ, Turkish ı ("kizim" for "kızım" on a German
# keyboard), Arabic final ى and ة (Egypt's "ابنى"). Digits are written 0-9 as everywhere
# (bot.validation.western_digits: Arabic-Indic "١٧", Persian "۱۷", full-width "１７").
_PLAIN_LETTERS = str.maketrans({"đ": "d", "ı": "i", "ى": "ي", "ة": "ه"})
#: What a typed phrase is compared without: punctuation, emoji, spacing.
_NOT_WORDS = re.compile(r"[^\w\s]+")


#: Within one step of the engine (:func:`one_step`), each text's loose() and phrase()
#: form, computed once: a typed message is read by a few hundred checks, most of which
#: write it so again (about a sixth of a typed step's CPU).
_WRITTEN: ContextVar[dict[tuple[str, str], str] | None] = ContextVar("written", default=None)


@contextmanager
def one_step() -> Iterator[None]:
    """Remember loose() and phrase() forms until the step ends, and no longer: what a
    person typed is not held in memory after the step that read it."""
    token = _WRITTEN.set({})
    try:
        yield
    finally:
        _WRITTEN.reset(token)


def _written(form: str, write: Callable[[str], str], text: str) -> str:
    """``write(text)``, remembered for the rest of the step when one runs."""
    written = _WRITTEN.get()
    if written is None:
        return write(text)
    found = written.get((form, text))
    if found is None:
        found = written[form, text] = write(text)
    return found


def loose(text: str) -> str:
    """Typed text as labels are compared: case-folded, without accents (on a phone they
    are often left out: "co" for "Có", "khong" for "Không"), a hyphen the same as a space."""
    return _written("loose", _loose, text)


def _loose(text: str) -> str:
    plain = unicodedata.normalize("NFKD", western_digits(text.casefold().translate(_PLAIN_LETTERS)))
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).replace("-", " ")


#: WhatsApp named, as phrase() writes it ("WhatsApp", "вотсап", "واتساب").
WHATSAPP_NAMED = re.compile(r"whats|wats|واتس|وتساب|ватсап|вотсап|вацап")


def phrase(text: str) -> str:
    """Typed text as a whole phrase is compared: :func:`loose`, without punctuation,
    apostrophes and extra spaces ("Für meinen Sohn." is "fur meinen sohn")."""
    return _written("phrase", _phrase, text)


def _phrase(text: str) -> str:
    # Apostrophes as keyboards write them ("відеозвʼязок", "17'den") join, not part, a word.
    joined = loose(text).translate(_APOSTROPHES)
    return " ".join(_NOT_WORDS.sub(" ", joined).split())


_APOSTROPHES = str.maketrans(dict.fromkeys("'’ʼ`", None))


#: "I want" around an answer ("ich will doch Friseur", "I want hairdresser", "em muốn thay
#: đổi sang thợ làm tóc"), as phrase() writes it: a label is looked for without it, and
#: the words counted without it (bot.dialogue.summary_change, bot.dialogue.taps).
WANTING = frozenset(
    phrase(word)
    for word in (
        *("ich", "will", "möchte", "mochte", "i", "want", "istiyorum", "хочу", "أريد", "اريد"),
        *("بدي", "em", "tôi", "muốn", "mình", "würde", "gern", "gerne", "хотів", "хотіла"),
        *("б", "би", "عايز", "عاوز", "عايزة", "ابغى", "أبغى", "حاب", "حابب"),
        # Vietnamese "change to" ("thay đổi sang thợ làm tóc", "đổi sang …").
        *("thay", "đổi", "sang", "chuyển"),
    )
)


#: "Or" in the bot's languages (and Russian), as phrase() writes it ("ya da" by its "ya").
OR_WORDS = frozenset(
    phrase(word)
    for word in ("oder", "or", "veya", "ya", "yada", "або", "чи", "или", "hoặc", "hay", "أو", "او")
)
#: What may follow "or" and name no second choice ("2027 oder so", "2027 ya da daha sonra",
#: "or later"), as phrase() writes it.
_OR_ABOUT = frozenset(
    phrase(word) for word in ("so", "ähnlich", "später", "later", "sonra", "daha", "пізніше", "بعد")
)


def names_two(text: str) -> bool:
    """Whether ``text`` says "A or B" ("telefon veya video", "طباخ أو حلاق", "2027 ya da
    2028"): an "or" between two words, the second no "or so"."""
    words = phrase(text).split()
    return any(
        word in OR_WORDS
        and 0 < at < len(words) - 1
        and words[at + 1] not in _OR_ABOUT
        # "ya da daha sonra": the word after "da" tells.
        and not (word == "ya" and words[at + 1 : at + 3] == ["da", phrase("daha")])
        for at, word in enumerate(words)
    )


#: "I don't know" as people type it, in the bot's languages (and Russian, which many
#: Ukrainians type): the answer of a question's "I don't know (yet)" button.
_DONT_KNOW = frozenset(
    phrase(typed)
    for typed in (
        # de
        "weiß nicht",
        "weiss nicht",
        "ich weiß nicht",
        "ich weiß es nicht",
        "ich weiß es noch nicht",
        "weiß ich nicht",
        "weiß ich noch nicht",
        "keine ahnung",
        "noch unklar",
        "weis nicht",  # "weiß" as often typed
        "weiss es nicht",
        "weiß es nicht",
        # "Not yet" said with it ("weiss noch nicht" was stored as the trade wanted).
        "weiß noch nicht",
        "weiss noch nicht",
        "weis noch nicht",
        "ich weiß noch nicht",
        "ich weiss noch nicht",
        "weiss ich noch nicht",
        # Chat shorthand ("k.A.", "kA": keine Ahnung; "kp": kein Plan), read as a town's
        # name at the postal code; alone only (_SHORTHAND).
        "k.a.",
        "ka",
        "kp",
        "kein plan",
        "keinen plan",
        # Not decided yet ("ще не вирішила" was stored as the trade wanted), in each language.
        "noch nicht entschieden",
        "weiß noch nicht genau",
        "bin mir nicht sicher",
        # Unsure, "we'll see", as teenagers type it ("mal schauen" was stored as the trade
        # wanted, in those words).
        *("unsicher", "noch unsicher", "bin unsicher", "bin noch unsicher", "mal schauen"),
        *("mal sehen", "mal gucken", "mal gucken was kommt", "mal schauen was kommt"),
        # en
        "i don't know",
        "i don't know yet",
        "don't know",
        "not sure",
        "no idea",
        "idk",
        "dunno",
        "i do not know",
        "no clue",
        "not decided yet",
        "haven't decided yet",
        "i haven't decided yet",
        "undecided",
        "not sure yet",
        *("unsure", "we'll see", "well see", "let's see", "lets see"),
        # tr
        "bilmiyorum",
        "henüz bilmiyorum",
        "bilmiyom",
        "bilmem",
        "emin değilim",
        "fikrim yok",
        "karar vermedim",
        "henüz karar vermedim",
        "daha karar vermedim",
        "kararsızım",
        # Typed fast ("bilmiorum"), and "we'll see" ("bakarız").
        *("bilmiorum", "bilmiyrum", "bilmiyorm", "bilmiyoum", "bakarız"),
        # vi
        "không biết",
        "chưa biết",
        "tôi không biết",
        "tôi chưa biết",
        "ko biết",
        "k biết",
        "ko bít",
        "không nhớ",
        "chưa rõ",
        "không rõ",
        "chưa quyết định",
        "em chưa quyết định",
        "tôi chưa quyết định",
        "chưa nghĩ ra",
        # Southern chat "hông" for "không" (alone it would fold into the name "Hồng").
        "hông biết",
        "em hông biết",
        # uk, ru
        "не знаю",
        "незнаю",
        "я не знаю",
        "без поняття",
        "не пам'ятаю",
        "не помню",
        "ще не знаю",
        "поки не знаю",
        "поки що не знаю",
        "пока не знаю",
        "не впевнений",
        "не впевнена",
        # Chat shorthand "хз" ("who knows").
        *("хз", "хз ще"),
        "ще не вирішив",
        "ще не вирішила",
        "не вирішив",
        "не вирішила",
        "ще не визначився",
        "ще не визначилася",
        "ещё не решил",
        "еще не решил",
        "еще не решила",
        # ar
        "لا أعرف",
        "لا أعرف بعد",
        "ما بعرف",
        "مابعرف",
        # "Not sure" in dialect ("مو متأكد" below).
        *("مش متأكد", "مش متأكدة", "مش متاكد", "مش متاكدة", "مو متأكدة", "لست متأكدة"),
        "معرفش",
        "مش عارف",
        "ما أعرف",
        "لا أدري",
        "لست متأكدا",
        "مو متأكد",
        "لسا ما قررت",
        "لسه ما قررت",
        "ما قررت",
        "ما قررت بعد",
        "لم أقرر",
        "لم أقرر بعد",
        # A parent's of the child ("ще не знає", "bilmiyor", "er weiß es noch nicht": stored
        # as the trade the child wants), "yet" left to _WITH_DONT_KNOW.
        *("er weiß nicht", "sie weiß nicht", "er weiß es nicht", "sie weiß es nicht"),
        *("weiß er nicht", "weiß sie nicht", "er weiss nicht", "sie weiss nicht"),
        *("er weiss es nicht", "sie weiss es nicht", "weiss er nicht", "weiss sie nicht"),
        *("er ist sich nicht sicher", "sie ist sich nicht sicher"),
        *("he doesn't know", "she doesn't know", "he does not know", "she does not know"),
        *("he's not sure", "she's not sure", "he hasn't decided", "she hasn't decided"),
        *("bilmiyor", "o bilmiyor", "karar vermedi", "emin değil"),
        *("не знає", "він не знає", "вона не знає", "не вирішив", "він не вирішив"),
        *("вона не вирішила", "не визначився", "не визначилася"),
        *("nó chưa biết", "nó không biết", "con chưa biết", "con không biết"),
        *("nó chưa quyết định", "con chưa quyết định"),
        *("ما بيعرف", "ما بتعرف", "هو لا يعرف", "هي لا تعرف", "لا يعرف", "لا تعرف"),
        *("مش عارفة", "ما قرر", "لم يقرر", "لم تقرر"),
    )
)


#: Words that add nothing beside "I don't know" ("don't know yet", "не знаю ще", "em chưa
#: biết nữa", "لسا ما بعرف", "hala bilmiyorum", "weiß ich echt noch nicht"), as phrase()
#: writes them: with them the words went to the advisor as a message that said no more.
_WITH_DONT_KNOW = frozenset(
    phrase(word)
    for word in (
        *("yet", "still", "really", "honestly", "noch", "echt", "wirklich", "ehrlich"),
        *("henüz", "hala", "hâlâ", "daha", "ще", "поки", "nữa", "vẫn", "em"),
        *("لسا", "لسه", "لسى", "بعد"),
        # Politeness and "honestly": "em chưa biết ạ", "valla bilmiyorum", "والله ما بعرف".
        *("ạ", "mình", "leider", "valla", "vallahi", "والله", "що"),
    )
)


#: German chat "nich" for "nicht" ("weis noch nich"), as phrase() writes it.
_CHAT_NICHT = re.compile(r"(?<!\w)nich(?!\w)")


def says_dont_know(text: str) -> bool:
    """Whether ``text`` is "I don't know" and nothing more ("Bilmiyorum.", "chua biet",
    "don't know yet", "weis noch nich")."""
    said = _CHAT_NICHT.sub("nicht", phrase(text))
    if said in _DONT_KNOW:
        return True
    rest = " ".join(word for word in said.split() if word not in _WITH_DONT_KNOW)
    return rest != said and rest in _DONT_KNOW


#: Shorthand that says "I don't know" only alone: in a sentence "ka", "kp" may be
#: anything (a name's initials, a typo).
_SHORTHAND = frozenset(phrase(said) for said in ("k.a.", "ka", "kp"))
#: The same phrases as word sequences, to find them inside a sentence.
_DONT_KNOW_WORDS = tuple(tuple(said.split()) for said in _DONT_KNOW - _SHORTHAND)
#: A sentence of more words than this is a message that says more than "I don't know".
_AT_MOST_WORDS = 12


def mentions_dont_know(text: str) -> bool:
    """Whether a short sentence says "I don't know" among other words ("I don't know
    exactly", "Ich weiß nicht, vielleicht Koch"), as whole words ("bilmem" is not
    found in "bilmemiz")."""
    words = tuple(phrase(text).split())
    if len(words) > _AT_MOST_WORDS:
        return False
    return any(
        words[start : start + len(said)] == said
        for said in _DONT_KNOW_WORDS
        for start in range(len(words) - len(said) + 1)
    )


#: A year as typed: "2027", also inside a date ("1.9.2027").
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
#: A year said in words, as years after this one, in the bot's languages (and Russian).
_YEAR_WORDS = {
    phrase(said): later
    for later, words in (
        (
            0,
            (
                "dieses jahr",
                "diesem jahr",
                "this year",
                "bu yıl",
                "bu sene",
                "bu yil",
                "năm nay",
                "هذا العام",
                "هذه السنة",
                "هذه السنه",
                "цього року",
                "цей рік",
                "в этом году",
            ),
        ),
        (
            1,
            (
                "nächstes jahr",
                "nächsten jahr",
                # Umlauts written out, as on a keyboard without them.
                "naechstes jahr",
                "naechsten jahr",
                "kommendes jahr",
                "kommenden jahr",
                "next year",
                "gelecek yıl",
                "gelecek sene",
                "önümüzdeki yıl",
                "seneye",
                "năm sau",
                "năm tới",
                "sang năm",
                "العام القادم",
                "العام المقبل",
                "السنة القادمة",
                "السنة المقبلة",
                "السنة الجاية",
                "наступного року",
                "наступний рік",
                "у наступному році",
                "в наступному році",
                "наступному році",
                "в следующем году",
                "следующий год",
                # Counted from now ("in a year", "через рік").
                *("in einem jahr", "in 1 jahr", "in a year", "in one year", "in 1 year"),
                *("bir yıl sonra", "1 yıl sonra", "bir sene sonra", "1 sene sonra"),
                *("через рік", "через 1 рік", "через год", "một năm nữa", "1 năm nữa"),
                *("بعد سنة", "بعد عام", "بعد سنه"),
            ),
        ),
        (
            2,
            (
                *("übernächstes jahr", "übernächsten jahr", "the year after next"),
                *("uebernaechstes jahr", "uebernaechsten jahr"),
                # Said after "nächstes Jahr oder": "übernächstes" alone is the year after.
                *("übernächstes", "übernächsten", "the year after"),
                *("öbür yıl", "öbür sene", "năm sau nữa", "позанаступного року"),
                *("позанаступний рік", "العام بعد القادم", "السنة بعد القادمة"),
                # Counted from now ("in 2 years", "2 yıl sonra", "بعد سنتين").
                *("in 2 jahren", "in zwei jahren", "in 2 years", "in two years"),
                *("2 yıl sonra", "iki yıl sonra", "2 sene sonra", "iki sene sonra"),
                *("через 2 роки", "через два роки", "через 2 года", "через два года"),
                *("2 năm nữa", "hai năm nữa", "بعد سنتين", "بعد عامين", "بعد 2 سنوات"),
            ),
        ),
    )
    for said in words
}
#: A year written in words ("zweitausendsiebenundzwanzig", "iki bin yirmi yedi"), by the
#: year it names.
_SPELLED_YEARS = {phrase(said): year for said, year in spelled_years()}
#: The longest of those phrases, in words.
_YEAR_WORDS_MOST = max(len(said.split()) for said in (*_YEAR_WORDS, *_SPELLED_YEARS))


def _years_said(text: str, today: date) -> tuple[set[int], list[str]]:
    """The years ``text`` names (typed, or in words counted from ``today``), and its
    other words."""
    words = phrase(text).split()
    years: set[int] = set()
    rest: list[str] = []
    at = 0
    while at < len(words):
        for size in range(min(_YEAR_WORDS_MOST, len(words) - at), 0, -1):
            spelled = _SPELLED_YEARS.get(" ".join(words[at : at + size]))
            if spelled is not None:
                years.add(spelled)
                at += size
                break
            later = _YEAR_WORDS.get(" ".join(words[at : at + size]))
            # "đổi sang năm 2028" (change to the year 2028): the year typed says it.
            typed_after = at + size < len(words) and _YEAR.fullmatch(words[at + size])
            if later is not None and not typed_after:
                years.add(today.year + later)
                at += size
                break
        else:
            found = _YEAR.findall(words[at])
            years.update(int(year) for year in found)
            if not found:
                rest.append(words[at])
            at += 1
    return years, rest


def year_in(text: str, today: date) -> int | None:
    """The one year a typed answer names ("nächstes Jahr im September", "ab 1.9.2027",
    "seneye"), counted from ``today``; None for none or several."""
    years, _ = _years_said(text, today)
    return next(iter(years)) if len(years) == 1 else None


def start_years(text: str, today: date, first: int) -> set[int]:
    """The years a start typed under "When should the training start?" can be: the years it
    names; else for each month it names ("August", "Eylülde", "з вересня", "tháng 9")
    the earliest year that month's start is still ahead on ``today``, and ``first`` (the
    first start still ahead) for "as soon as possible" ("ab sofort", "hemen", "càng sớm
    càng tốt"). Empty for none, and for words with a "not" ("nicht vor August")."""
    years, _ = _years_said(text, today)
    if years:
        return years
    words = phrase(text).split()
    if says_not(words):
        return set()
    found = {today.year + (month < today.month) for month in months_in(text)}
    found |= {today.year + (month < today.month) for month in _seasons_in(words)}
    if _says_soon(words):
        found.add(first)
    return found


#: The summer and the autumn in the bot's languages (and Russian), as phrase() writes
#: them, by the month a training starts in then: August, September ("nächsten Sommer",
#: "gelecek yaz", "восени", "الصيف الجاي" were kept and the years asked again). Not the
#: words that read otherwise: Turkish "yaz", "yazın" (also "write"), Vietnamese "hè"
#: alone (phrase() writes it "he"), English "fall" (German "auf jeden Fall").
_SEASONS = {
    tuple(phrase(said).split()): month
    for month, saids in (
        (
            8,
            (
                *("sommer", "summer", "gelecek yaz", "önümüzdeki yaz", "bu yaz"),
                *("seneye yaz", "yaz aylarında", "літо", "літа", "влітку", "лето", "летом"),
                *("mùa hè", "الصيف", "صيف", "بالصيف", "الصيفية"),
            ),
        ),
        (
            9,
            (
                *("herbst", "autumn", "sonbahar", "sonbaharda", "güz", "güzün"),
                *("осінь", "осені", "восени", "осенью", "осень", "mùa thu", "الخريف"),
                *("خريف", "بالخريف"),
            ),
        ),
    )
    for said in saids
}


def _seasons_in(words: list[str]) -> set[int]:
    """The start months of the seasons ``words`` name (:data:`_SEASONS`)."""
    return {
        month
        for said, month in _SEASONS.items()
        for at in range(len(words) - len(said) + 1)
        if tuple(words[at : at + len(said)]) == said
    }


#: Month names in the bot's languages (and Russian), as phrase() writes them, by number:
#: each whole word (German, English, Arabic and short forms) ...
_MONTH_WORDS = {
    phrase(name): month
    for month, names in enumerate(
        (
            ("januar", "jänner", "january", "jan", "يناير", "كانون الثاني"),
            ("februar", "february", "feb", "فبراير", "شباط"),
            ("märz", "march", "mar", "مارس", "آذار"),
            ("april", "apr", "أبريل", "ابريل", "إبريل", "نيسان"),
            # Not English "may" alone: "may be next year" (it is found after "in").
            ("mai", "in may", "مايو", "أيار"),
            ("juni", "june", "jun", "يونيو", "يونيه", "حزيران"),
            ("juli", "july", "jul", "يوليو", "يوليه", "تموز"),
            ("august", "aug", "أغسطس", "آب"),
            ("september", "sep", "sept", "سبتمبر", "أيلول"),
            ("oktober", "october", "okt", "oct", "أكتوبر", "اكتوبر", "تشرين الأول"),
            ("november", "nov", "نوفمبر", "تشرين الثاني"),
            ("dezember", "december", "dez", "dec", "ديسمبر", "كانون الأول"),
        ),
        start=1,
    )
    for name in names
}
#: ... a word with the endings it takes (Ukrainian "вересня", "у серпні"; Russian "в
#: сентябре") ...
_MONTH_FORMS = {
    phrase(stem + ending): month
    for month, stem, endings in (
        *(
            (month, stem, ("ень", "ня", "ні"))
            for month, stem in enumerate(
                ("січ", "", "берез", "квіт", "трав", "черв", "лип", "серп", "верес", "жовт"),
                start=1,
            )
            if stem
        ),
        (2, "лют", ("ий", "ого", "ому")),
        (11, "листопад", ("", "а", "і")),
        (12, "груд", ("ень", "ня", "ні")),
        *(
            (month, stem, ("ь", "я", "е"))
            for month, stem in enumerate(
                (
                    *("январ", "феврал", "", "апрел", "", "июн", "июл", ""),
                    *("сентябр", "октябр", "ноябр", "декабр"),
                ),
                start=1,
            )
            if stem
        ),
        (3, "март", ("", "а", "е")),
        (5, "ма", ("й", "я", "е")),
        (8, "август", ("а", "е")),
    )
    for ending in endings
}
#: ... the start of a Turkish word with a suffix of a few letters ("eylülde", "ağustos'ta")
_TURKISH_MONTHS = re.compile(
    "^(?:"
    + "|".join(
        f"(?P<m{month}>{phrase(stem)})"
        for month, stem in enumerate(
            (
                *("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz"),
                *("ağustos", "eylül", "ekim", "kasım", "aralık"),
            ),
            start=1,
        )
    )
    + r")\w{0,4}$"
)
#: ... and a month by its number: Vietnamese "tháng 9", Arabic "شهر 9", a date ("1.9.").
_MONTH_NUMBER = re.compile(rf"(?:\bthang |{phrase('شهر')} )(\d{{1,2}})\b")
_DATE_MONTH = re.compile(r"(?<![\d.])\d{1,2}[./](\d{1,2})(?:[./](?!\d)|(?![\d./]))")
#: Vietnamese months in words, without accents ("tháng chín"; not "tháng sáu", June,
#: which reads as "tháng sau", next month, without them).
_VIETNAMESE_MONTHS = {
    f"thang {name}": month
    for name, month in (
        *(("gieng", 1), ("hai", 2), ("ba", 3), ("tu", 4), ("bon", 4), ("nam", 5)),
        *(("bay", 7), ("tam", 8), ("chin", 9), ("muoi", 10), ("muoi mot", 11)),
        *(("muoi hai", 12), ("chap", 12)),
    )
}


def months_in(text: str) -> set[int]:
    """The months (1 to 12) ``text`` names, in the bot's languages."""
    said = phrase(text)
    words = said.split()
    months = {_MONTH_WORDS[word] for word in words if word in _MONTH_WORDS}
    months |= {
        _MONTH_WORDS[pair] for pair in map(" ".join, pairwise(words)) if pair in _MONTH_WORDS
    }
    months |= {_MONTH_FORMS[word] for word in words if word in _MONTH_FORMS}
    months |= {
        int(str(found.lastgroup)[1:])
        for found in map(_TURKISH_MONTHS.match, words)
        if found is not None
    }
    numbers = [*_MONTH_NUMBER.findall(said), *_DATE_MONTH.findall(text)]
    months |= {int(number) for number in numbers if 1 <= int(number) <= 12}
    for name, month in sorted(_VIETNAMESE_MONTHS.items(), key=lambda item: -len(item[0])):
        if f" {name} " in f" {said} ":
            months.add(month)
            said = said.replace(name, "")
    return months


#: "As soon as possible" in the bot's languages (and Russian), as phrase() writes it.
_SOON = tuple(
    phrase(said).split()
    for said in (
        *("sofort", "ab sofort", "schnellstmöglich", "baldmöglichst", "asap", "jetzt"),
        *("so schnell wie möglich", "so bald wie möglich", "so früh wie möglich"),
        *("möglichst bald", "möglichst schnell", "möglichst früh"),
        *("as soon as possible", "immediately", "right away", "straight away", "now"),
        *("hemen", "acil", "acilen", "şimdi", "en kısa zamanda", "en kısa sürede"),
        *("bir an önce", "en erken", "mümkün olan en kısa sürede"),
        *("якомога швидше", "якомога раніше", "як можна швидше", "як можна скоріше"),
        *("якнайшвидше", "якнайскоріше", "негайно", "одразу", "відразу", "зараз"),
        *("терміново", "как можно скорее", "как можно быстрее", "сразу", "сейчас"),
        *("càng sớm càng tốt", "càng nhanh càng tốt", "sớm nhất có thể", "ngay lập tức"),
        *("ngay bây giờ", "bây giờ"),
        *("في أقرب وقت", "في اقرب وقت", "أقرب وقت", "بأسرع وقت", "في أسرع وقت", "فورا"),
        *("فوراً", "حالا", "الآن", "الان"),
    )
)


def _says_soon(words: list[str]) -> bool:
    return any(
        words[at : at + len(said)] == said
        for said in _SOON
        for at in range(len(words) - len(said) + 1)
    )


#: The starts of country names and their adjectives, as phrase() writes them, for the
#: countries most people who ask KAUSA bring a school certificate from ("Abschluss aus
#: Syrien", "Suriye'den", "атестат з України", "bằng ở Việt Nam", "شهادة سورية").
_COUNTRIES = tuple(
    phrase(stem)
    for stem in (
        *("syri", "suriye", "afghan", "afgan", "ukrain", "ukrayna", "türkei", "turkey"),
        *("türkiye", "turkish", "türkisch", "vietnam", "irak", "iraq", "iran", "eritre"),
        *("russland", "russia", "russisch", "rusya", "polen", "poland", "polnisch"),
        *("polonya", "rumänien", "romania", "romanya", "bulgari", "somali", "liban"),
        *("leban", "lübnan", "ägypt", "egypt", "mısır", "marokk", "morocc", "kosov"),
        *("alban", "arnavut", "georgi", "gürcist", "moldau", "moldov", "indien", "india"),
        *("hindistan", "pakistan", "tunesi", "tunisi", "tunus", "libyen", "libya"),
        *("jordan", "ürdün", "paläst", "palest", "filist", "україн", "сирі", "афган"),
        *("туреч", "турц", "в'єтнам", "вьетнам", "ірак", "іран", "росі", "польщ"),
        *("польськ", "молдов", "грузі", "казахстан", "білорус"),
        *("سوري", "افغان", "أفغان", "أوكران", "اوكران", "تركيا", "تركية", "فيتنام"),
        *("عراق", "إيران", "ايران", "مصر", "مغرب", "لبنان", "أردن", "فلسطين", "ليبيا"),
        *("تونس", "سودان", "إريتري", "اريتري"),
    )
)
#: Countries by the letters their people type for them, whole ("lớp 10 ở VN", "в UA"): the
#: German certificate after grade 10 was taken for "tot nghiep lop 10 o VN".
_COUNTRY_CODES = frozenset({"vn", "ua"})
#: Arabic words joined before a country's name ("السورية", "من سوريا" typed "منسوريا").
_ARABIC_BEFORE = ("", "ال", "بال", "وال", "ب", "و")
#: Germany (and Saxony): a certificate from here is none from abroad.
GERMANY = tuple(
    phrase(stem)
    for stem in (
        *("deutsch", "germany", "german", "almanya", "alman", "sachsen", "saxony"),
        *("німеччин", "німецьк", "ألماني", "المانيا", "ألمانيا"),
    )
)


def names_a_country_abroad(text: str) -> bool:
    """Whether ``text`` names a country (:data:`_COUNTRIES`; Vietnam also as "Việt Nam")
    and not Germany: where a school certificate is from."""
    said = phrase(text)
    words = said.split()
    if any(word.startswith(GERMANY) for word in words) or "duc" in words:
        return False
    if f" {phrase('việt nam')} " in f" {said} " or _COUNTRY_CODES & set(words):
        return True
    return any(
        word[len(before) :].startswith(country)
        for word in words
        for before in _ARABIC_BEFORE
        if word.startswith(before)
        for country in _COUNTRIES
        # Three letters ("مصر", Egypt) only whole, with an ending of origin ("مصرية").
        if len(country) > 3 or word[len(before) :] in {country, country + "ي", country + "يه"}
    )


#: Ages in words, twelve to twenty-five, in the bot's languages (and Russian), as phrase()
#: writes them: a young person types "sechzehn", "on altı", "mười sáu" for the age.
_AGE_WORDS = {
    phrase(said): age
    for ages in (
        (
            *("zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn"),
            *("achtzehn", "neunzehn", "zwanzig", "einundzwanzig", "zweiundzwanzig"),
            *("dreiundzwanzig", "vierundzwanzig", "fünfundzwanzig"),
        ),
        (
            *("twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
            *("eighteen", "nineteen", "twenty", "twenty one", "twenty two", "twenty three"),
            *("twenty four", "twenty five"),
        ),
        (
            *("on iki", "on üç", "on dört", "on beş", "on altı", "on yedi", "on sekiz"),
            *("on dokuz", "yirmi", "yirmi bir", "yirmi iki", "yirmi üç", "yirmi dört"),
            *("yirmi beş",),
        ),
        (
            *("дванадцять", "тринадцять", "чотирнадцять", "п'ятнадцять", "шістнадцять"),
            *("сімнадцять", "вісімнадцять", "дев'ятнадцять", "двадцять", "двадцять один"),
            *("двадцять два", "двадцять три", "двадцять чотири", "двадцять п'ять"),
        ),
        (
            *("двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать"),
            *("семнадцать", "восемнадцать", "девятнадцать", "двадцать", "двадцать один"),
            *("двадцать два", "двадцать три", "двадцать четыре", "двадцать пять"),
        ),
        (
            *("mười hai", "mười ba", "mười bốn", "mười lăm", "mười sáu", "mười bảy"),
            *("mười tám", "mười chín", "hai mươi", "hai mươi mốt", "hai mươi hai"),
            *("hai mươi ba", "hai mươi bốn", "hai mươi lăm"),
        ),
        (
            *("اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر", "ستة عشر", "سبعة عشر"),
            *("ثمانية عشر", "تسعة عشر", "عشرون", "واحد وعشرون", "اثنان وعشرون"),
            *("ثلاثة وعشرون", "أربعة وعشرون", "خمسة وعشرون"),
        ),
    )
    for age, said in enumerate(ages, start=12)
}
#: Arabic forms of the same ages besides: feminine ("ست عشرة", a daughter) and spoken
#: ("عشرين").
_AGE_WORDS |= {
    phrase(said): age
    for said, age in (
        *(("ثلاث عشرة", 13), ("أربع عشرة", 14), ("خمس عشرة", 15), ("ست عشرة", 16)),
        *(("سبع عشرة", 17), ("ثماني عشرة", 18), ("تسع عشرة", 19), ("عشرين", 20)),
        *(("onalti", 16), ("onyedi", 17), ("onbes", 15), ("onsekiz", 18)),
    )
}
#: Levantine and Egyptian spoken teens in their common spellings ("سبعطعش", "ستعش",
#: "خمستاشر"): kept as words for the advisor, and the age asked again, before.
_AGE_WORDS |= {
    phrase(said): age
    for age, forms in (
        (12, ("اطنعش", "اتناشر", "اتنعش", "طنعش")),
        (13, ("تلطعش", "تلتاشر", "تلتعش", "تلطاشر")),
        (14, ("اربعطعش", "اربعتاشر", "اربعتعش", "اربعطاشر")),
        (15, ("خمسطعش", "خمستاشر", "خمستعش", "خمسطاشر")),
        (16, ("سطعش", "ستاشر", "ستعش", "سطاشر", "ستطعش")),
        (17, ("سبعطعش", "سبعتاشر", "سبعتعش", "سبعطاشر", "سبتاشر")),
        (18, ("تمنطعش", "تمنتاشر", "تمنتعش", "تمنطاشر", "تمانتاشر")),
        (19, ("تسعطعش", "تسعتاشر", "تسعتعش", "تسعطاشر")),
    )
    for said in forms
}
_AGE_WORDS_MOST = max(len(said.split()) for said in _AGE_WORDS)


def _read_ages(words: list[str]) -> list[tuple[str, int | None]]:
    """``words`` in order, each age said in words (longest first: "on yedi", "twenty
    one") as one part with its age, other words alone with None."""
    read: list[tuple[str, int | None]] = []
    at = 0
    while at < len(words):
        for size in range(min(_AGE_WORDS_MOST, len(words) - at), 0, -1):
            said = " ".join(words[at : at + size])
            age = _AGE_WORDS.get(said)
            if age is not None:
                read.append((said, age))
                at += size
                break
        else:
            read.append((words[at], None))
            at += 1
    return read


def age_said(text: str) -> int | None:
    """The one age ``text`` says in words ("sechzehn", "on altı yaşındayım", "mười sáu
    tuổi", "عمري سبعة عشر عاما"), or None for none or two."""
    ages = {age for _, age in _read_ages(phrase(text).split()) if age is not None}
    return next(iter(ages)) if len(ages) == 1 else None


def age_in_digits(text: str, ages: range) -> str:
    """``text`` as phrase() writes it, each age in ``ages`` said in words written in
    digits ("ich bin siebzehn": "ich bin 17"; "on yedi yaşındayım": "17 yasindayim"), so
    that the patterns for an age typed in digits read it too. Other ages stay words."""
    return " ".join(
        str(age) if age in ages else said for said, age in _read_ages(phrase(text).split())
    )


def says_more_than_a_year(text: str) -> bool:
    """Whether words beside the year say more ("im September", "ab 1.9."): worth keeping."""
    _, rest = _years_said(text, date.min)
    return any(len(word) > 2 or word.isdigit() for word in rest)


#: Words that confirm ("ja, alles richtig", "نعم كل شيء صحيح"), in the bot's languages:
#: the first set says yes, the second only goes with it.
_YES = frozenset(
    phrase(word)
    for word in (
        *("ja", "jawohl", "ok", "okay", "passt", "stimmt", "richtig", "korrekt", "genau"),
        *("yes", "correct", "right", "fine"),
        *("evet", "tamam", "doğru"),
        *("نعم", "صحيح", "تمام"),
        *("có", "đúng", "vâng", "dạ"),
        *("так", "правильно", "вірно", "добре"),
        # As a yes is typed to "May we write to you on WhatsApp?" ("jo klar", "sure",
        # "olur", "dạ được", "звісно", "ايوه"): it was "Please tap one of the buttons".
        *("jo", "jap", "jep", "klar", "gerne", "gern", "sicher", "natürlich"),
        *("yeah", "yep", "yup", "sure", "course", "tabii", "tabi", "elbette", "olur"),
        *("được", "ừ", "звісно", "звичайно", "авжеж", "ага", "да", "конечно"),
        *("ايوه", "أيوه", "أكيد", "اكيد", "بالتأكيد", "طبعا", "أجل", "ايوا", "أيوا"),
        # The everyday "okay" of Levantine and Egyptian Arabic, and "ok" typed in Cyrillic.
        *("ماشي", "ок", "окей", "оке"),
        # "Okay" in Arabic letters ("اوكي": a note, the question asked again).
        *("اوكي", "أوكي", "اوكيه", "أوكيه", "اوكى"),
    )
)
_WITH_YES = frozenset(
    phrase(word)
    for word in (
        *("alles", "ist", "es", "so", "ganz", "danke", "bitte", "doch"),
        *("all", "everything", "is", "its", "thats", "thanks", "please", "pls", "plz", "of"),
        *("her", "şey", "hepsi", "teşekkürler", "ki", "lütfen"),
        *("كل", "شيء", "شكرا", "ممكن", "بالتأكيد"),
        # Levantine "اي نعم" (yes indeed); alone "أي" asks "which".
        "اي",
        *("rồi", "hết", "tất", "cả", "cảm", "ơn", "ạ", "nhé", "nha", "luôn"),
        *("все", "усе", "дякую", "можна"),
        # "Ja, haben wir", "Yes we do", "Evet var", "Так, є", "نعم عندنا": who has it.
        *("ich", "wir", "hab", "habe", "haben", "hat", "i", "we", "do", "does", "have"),
        *("var", "є", "عندي", "عندنا", "يوجد"),
        # "Ja, die meine ich", "evet o", "نعم هذا صحيح": that one (the code, the place).
        *("das", "die", "der", "sie", "er", "meine", "mein", "meinen", "that", "this", "one"),
        *("it", "o", "bu", "odur", "budur", "هذا", "هذه", "هو", "هي", "ذلك", "ده", "هاد"),
        *("це", "той", "та", "đó", "này"),
        # "evet normal", "ja, ganz normal": yes, fine (alone "normal" answers nothing).
        "normal",
    )
)
#: A yes said whole with a word that is none alone: the Levantine "اي" (alone it may ask
#: "which") with "عادي" (fine, no problem), as phrase() writes them.
_YES_SAID = frozenset(
    phrase(said) for said in ("اي عادي", "إي عادي", "ايه عادي", "اي والله", "إي والله")
)
#: A thumbs up or a tick alone, in any skin tone.
_THUMBS_UP = re.compile("[\U0001f44d\U0001f44c\u2705\u2714\u2611\ufe0f\U0001f3fb-\U0001f3ff\\s]+")


def says_yes(text: str) -> bool:
    """Whether ``text`` only confirms ("Ja", "Everything is correct", "Evet, hepsi doğru",
    "👍"): a yes-word, and no word that does not go with one."""
    said = phrase(text)
    words = set(said.split())
    if not words:
        return bool(_THUMBS_UP.fullmatch(text.strip()))
    return (bool(words & _YES) and words <= _YES | _WITH_YES) or said in _YES_SAID


#: What is said of a summary that is right, whole, as phrase() writes it ("looks good",
#: "passt so", "tamam böyle", "تمام هيك", "все гаразд", "ok vậy đi"): no yes-word alone,
#: so it went to the advisor as a message and Send was not named.
_LOOKS_FINE = frozenset(
    phrase(said)
    for said in (
        *("passt so", "sieht gut aus", "alles gut", "alles super", "gut so", "so ist gut"),
        *("so passt es", "alles in ordnung", "looks good", "looks fine", "looks right"),
        *("all good", "good", "perfect", "great", "that's good", "it's good", "ok good"),
        *("tamam böyle", "böyle iyi", "böyle tamam", "güzel", "iyi", "her şey tamam"),
        *("süper", "tamam güzel", "تمام هيك", "هيك تمام", "هيك منيح", "كل شي صح"),
        *("كل شي تمام", "كله تمام", "كله صح", "ممتاز", "منيح", "все гаразд", "все ок"),
        *("все добре так", "виглядає добре", "все чудово", "чудово", "все норм", "норм"),
        *("ok vậy đi", "vậy được rồi", "vậy là được", "ổn rồi", "tốt rồi", "được rồi"),
        *("như vậy là đúng", "ok hết rồi"),
        # An OK or "done", "next" alone ("tamamdır", "peki", "гаразд", "fertig", "weiter"):
        # noted for the advisor before, as "ok" and "danke" were not.
        *("tamamdır", "peki", "bitti", "tamam bitti", "devam", "супер", "гаразд", "готово"),
        *("далі", "fertig", "bin fertig", "ich bin fertig", "weiter", "done", "im done"),
        *("i am done", "finished", "next", "xong", "xong rồi", "خلصت", "خلصنا", "خلص"),
    )
)


def says_looks_fine(text: str) -> bool:
    """Whether ``text`` says, whole, that what is shown is right ("looks good", "tamam
    böyle"), without a yes-word that :func:`says_yes` reads."""
    return phrase(text) in _LOOKS_FINE


#: Words that ask to send ("abschicken", "send", "gönder", "gửi", "надіслати", "إرسال"),
#: and words that go with them ("die Anfrage", "it", "talebi", "yêu cầu", "запит").
_SEND = frozenset(
    phrase(word)
    for word in (
        *("senden", "absenden", "abschicken", "schicken", "send", "submit", "gönder"),
        *("gönderin", "yolla", "gửi", "надіслати", "надішліть", "відправити", "відправте"),
        *("إرسال", "ارسل", "أرسل", "أرسلوا", "ارسلوا", "ابعث", "ابعتوا"),
        # Levantine "send (it)" ("ابعت", "ابعتو", "ابعتها").
        *("ابعت", "ابعتو", "بعتو", "ابعتها", "ابعتوها", "ارسلها", "ارسلوها", "ارسلو"),
        *("verschicken", "gönderiniz", "yollayın"),
        # "schick ab", "schicken Sie es ab" (the verb parted), "gönderebilirsiniz".
        *("schick", "schicks", "gönderebilirsiniz", "gönderebilirsin"),
        *("надішли", "відправ", "надсилайте", "надсилай", "відправляйте"),
        # Russian, as many Ukrainians type it.
        *("отправить", "отправьте", "отправь", "отправляйте"),
    )
)
_WITH_SEND = frozenset(
    phrase(word)
    for word in (
        *("anfrage", "die", "jetzt", "request", "it", "the", "now", "talebi", "talep"),
        *("şimdi", "yêu", "cầu", "đi", "запит", "зараз", "الطلب", "الآن"),
        *("my", "talebimi", "طلبي", "ngay", "ab", "هلق", "هلأ", "هلا"),
        # "alles gut, absenden", "all good, send it", "looks good, submit".
        *("gut", "good", "looks", "perfekt", "perfect", "super"),
        # "كل شي صح ارسل" (all is right, send): a message for the advisor before, the
        # request unsent ("alles richtig, abschicken" was sent: its words are yes-words).
        *("كل", "شي", "شيء", "كله", "صح"),
    )
)


def says_send(text: str) -> bool:
    """Whether ``text`` only asks to send ("abschicken bitte", "send it", "gửi đi"), maybe
    with a yes ("evet doğru gönder")."""
    words = set(without_politeness(phrase(text)).split())
    return bool(words & _SEND) and words <= _SEND | _WITH_SEND | _YES | _WITH_YES


#: A yes or a no as the first word of a longer answer ("Nein, Senftenberg").
_YES_OR_NO_FIRST = frozenset(
    phrase(word)
    for word in (
        *("ja", "nein", "yes", "no", "evet", "hayır", "نعم", "لا", "так", "ні", "có", "không"),
    )
)
_FIRST_WORD = re.compile(r"^\W*(\w+)[\W_]*(.*)$", re.DOTALL)


def after_yes_or_no(text: str) -> str | None:
    """What follows a yes or a no said first ("Nein, Senftenberg": "Senftenberg"); None
    when the text does not start with one, or says nothing more."""
    found = _FIRST_WORD.match(text.strip())
    if found is None or phrase(found[1]) not in _YES_OR_NO_FIRST or not found[2].strip():
        return None
    return found[2].strip()


#: "I agree" as people type it under the consent question, in the bot's languages.
_AGREE = frozenset(
    phrase(said)
    for said in (
        *("einverstanden", "ich bin einverstanden", "ja einverstanden", "ja bin einverstanden"),
        *("ja ich bin einverstanden", "ich stimme zu", "ja ich stimme zu"),
        *("i agree", "yes i agree", "agree", "agreed", "i accept", "yes i accept"),
        *("kabul ediyorum", "evet kabul ediyorum", "kabul", "evet kabul", "onaylıyorum"),
        *("evet onaylıyorum", "onay veriyorum"),
        *("موافق", "موافقة", "أوافق", "اوافق", "نعم موافق", "نعم موافقة", "نعم أوافق", "نعم اوافق"),
        *("згоден", "згодна", "так згоден", "так згодна", "погоджуюсь", "погоджуюся"),
        *("так погоджуюсь", "так погоджуюся", "я згоден", "я згодна"),
        # Russian, as many Ukrainians type it.
        *("согласен", "согласна", "да согласен", "да согласна", "я согласен", "я согласна"),
        *("đồng ý", "tôi đồng ý", "có tôi đồng ý", "vâng tôi đồng ý", "dạ tôi đồng ý"),
    )
)


#: Politeness and "okay" around "I agree" ("đồng ý ạ", "dạ em đồng ý", "تمام موافقة",
#: "tamam kabul"), as phrase() writes them: "Please tap one of the buttons below" before.
_WITH_AGREE = frozenset(
    phrase(word)
    for word in (
        *("ạ", "dạ", "vâng", "em", "nhé", "ok", "okay", "oke", "tamam", "تمام", "ок"),
        *("ماشي", "окей", "اوكي", "أوكي"),
    )
)


def agrees(text: str) -> bool:
    """Whether ``text`` only says yes or "I agree" ("Ja", "نعم موافق", "kabul ediyorum",
    "đồng ý ạ")."""
    said = phrase(text)
    bare = " ".join(word for word in said.split() if word not in _WITH_AGREE)
    return says_yes(text) or said in _AGREE or bare in _AGREE


#: A greeting or a thank-you alone ("Hallo", "Merhaba", "Cám ơn", "مرحبا"): no question
#: for an information page, which answered it with "I have no page on this".
_HELLO = frozenset(
    phrase(said)
    for said in (
        *("hallo", "hi", "hey", "moin", "servus", "guten tag", "guten morgen", "guten abend"),
        *("hello", "good morning", "good evening", "salut", "salam", "selam", "selamlar"),
        *("merhaba", "iyi günler", "günaydın", "xin chào", "chào", "chào bạn", "alo"),
        *("привіт", "вітаю", "добрий день", "доброго дня", "здравствуйте", "привет"),
        *("مرحبا", "مرحباً", "السلام عليكم", "سلام عليكم", "سلام", "اهلا", "أهلا", "اهلين"),
        # Arabic in Latin letters ("arabizi") and Turkish chat's "slm": "no page on this".
        *("marhaba", "marhaban", "mar7aba", "ahlan", "ahlen", "ahla", "salam alaikum"),
        *("salam aleikum", "salamu alaikum", "assalamu alaikum", "as salamu alaikum", "slm"),
        *("selamun aleykum", "selamün aleyküm", "selamunaleykum"),
    )
)
_THANKS = frozenset(
    phrase(said)
    for said in (
        *("danke", "danke schön", "vielen dank", "thanks", "thank you", "thank you very much"),
        *("teşekkürler", "teşekkür ederim", "sağol", "sağ olun", "cảm ơn", "cám ơn"),
        *("cảm ơn bạn", "дякую", "спасибі", "спасибо", "شكرا", "شكراً", "شكرا لكم", "merci"),
    )
)


#: Words that thank, and words that only go with them ("thanks a lot", "vielen lieben
#: Dank", "çok teşekkür ederim", "cảm ơn nhiều", "дуже дякую", "شكرا جزيلا"), as phrase()
#: writes them: thanks said otherwise than _THANKS lists were "no page on this".
_THANK_WORDS = frozenset(
    phrase(word)
    for word in (
        *("danke", "dankeschön", "dank", "merci", "thanks", "thank", "thx", "ty"),
        *("teşekkürler", "teşekkür", "sağol", "sağolun", "eyvallah", "cảm", "cám"),
        *("дякую", "спасибі", "спасибо", "شكرا", "شكراً"),
        # Arabic in Latin letters, and Turkish chat's short forms ("tşk", "tsk", "eyv").
        *("shukran", "shokran", "choukran", "tşk", "tsk", "tşkler", "eyv"),
    )
)
_WITH_THANKS = frozenset(
    phrase(word)
    for word in (
        *("vielen", "lieben", "herzlichen", "herzlich", "viel", "schön", "sehr", "a", "lot"),
        *("so", "much", "very", "you", "u", "ederim", "çok", "ơn", "ạ", "nhiều", "bạn", "nhé"),
        *("вам", "велике", "дуже", "большое", "جزيلا", "لكم", "لك", "كثيرا"),
    )
)


#: A wave alone is a hello, folded hands alone a thank-you (in any skin tone; a smiley
#: alone is neither).
_WAVE = re.compile("[\U0001f44b\U0001f64b\U0001f3fb-\U0001f3ff\u200d\u2640\u2642\ufe0f\\s]+")
_FOLDED_HANDS = re.compile("[\U0001f64f\U0001f3fb-\U0001f3ff\ufe0f\\s]+")


#: A goodbye alone ("Tschüss", "bye", "görüşürüz", "tạm biệt", "до побачення", "مع السلامة").
_BYE = frozenset(
    phrase(said)
    for said in (
        *("tschüss", "tschüs", "tschau", "ciao", "auf wiedersehen", "bis bald", "bye"),
        *("bye bye", "goodbye", "see you", "görüşürüz", "hoşça kal", "hoşça kalın"),
        *("tạm biệt", "bye nhé", "до побачення", "бувайте", "па", "مع السلامة"),
        *("до свидания", "пока"),
        *("الى اللقاء", "إلى اللقاء"),
    )
)


def greets(text: str) -> str | None:
    """ "hello", "thanks" or "bye" when ``text`` is only a greeting, a thank-you or a
    goodbye (punctuation aside), else None."""
    said = phrase(text)
    if said in _BYE:
        return "bye"
    if said in _HELLO or (not said and _WAVE.fullmatch(text.strip())):
        return "hello"
    if not said and _FOLDED_HANDS.fullmatch(text.strip()):
        return "thanks"
    words = set(said.split())
    thanked = bool(words & _THANK_WORDS) and words <= _THANK_WORDS | _WITH_THANKS
    return "thanks" if said in _THANKS or thanked else None


def beside_thanks(text: str) -> str | None:
    """The words of ``text`` beside its thank-you, as phrase() writes them ("all good,
    thanks": "all good"; "tamam sağol": "tamam"), or None where it thanks for nothing."""
    words = phrase(text).split()
    if _THANK_WORDS.isdisjoint(words):
        return None
    return " ".join(word for word in words if word not in _THANK_WORDS | _WITH_THANKS)


#: Letters only one of the bot's languages writes (of those in Latin letters: Turkish ğ ş
#: ı İ; Vietnamese đ and its marked vowels, which German, English and Turkish lack).
_ONLY_IN = (
    ("ar", re.compile("[\u0600-\u06ff]")),
    ("uk", re.compile("[\u0400-\u04ff]")),
    (
        "vi",
        re.compile(
            "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
            re.IGNORECASE,
        ),
    ),
    # Not with IGNORECASE: it folds ı and İ into i, which every language writes.
    ("tr", re.compile("[ğĞşŞıİ]")),
)

#: Greetings whose language their letters do not show ("merhaba", "xin chao").
_GREETED_IN = {
    phrase(said): lang
    for lang, greetings in (
        ("tr", ("merhaba", "selam", "selamlar", "iyi günler", "günaydın", "teşekkürler")),
        ("tr", ("teşekkür ederim", "sağol", "sağ ol", "sağ olun", "iyi akşamlar")),
        ("vi", ("xin chào", "chào", "chào bạn", "chào anh", "chào chị", "cảm ơn", "cám ơn")),
    )
    for said in greetings
}


#: A letter or a digit: what a word holds and an emoji does not.
_A_WORDS_CHARACTER = re.compile(r"\w")


def written_in(text: str) -> str | None:
    """The bot's language ``text`` is plainly written in, or None (German, English, or not
    plain): the one whose script or letters at least half of its words show, or a greeting
    of its own ("merhaba"). One Turkish or Vietnamese name in a German sentence ("ich heiße
    Ayşe") is no Turkish. Cyrillic is taken as Ukrainian: the bot speaks no Russian."""
    greeted = _GREETED_IN.get(phrase(text))
    if greeted is not None:
        return greeted
    # An emoji is no word ("👋 em muốn học Ausbildung đầu bếp ở Leipzig, số em …" was
    # not plainly Vietnamese, where "Chào 👋 …" was).
    words = [word for word in text.split() if _A_WORDS_CHARACTER.search(word)]
    counts = {lang: sum(1 for w in words if letters.search(w)) for lang, letters in _ONLY_IN}
    lang = max(counts, key=lambda each: counts[each])
    return lang if counts[lang] and 2 * counts[lang] >= len(words) else None


#: Words that only say no, with or without thanks ("nein danke", "không cần").
_NO = frozenset(
    phrase(said)
    for said in (
        *("nein", "nö", "nein danke", "no", "nope", "no thanks", "no thank you"),
        *("hayır", "yok", "hayır teşekkürler", "gerek yok", "không", "không cần"),
        *("không cần đâu", "ні", "ні дякую", "нет", "لا", "لا شكرا"),
        *("nee", "nein bitte nicht", "lieber nicht", "no thx", "olmaz", "hayır olmaz"),
        *("không ạ", "không đâu", "dạ không", "не треба", "не потрібно", "ні не треба"),
        *("لا داعي", "لا أريد", "لا شكراً"),
        *("nein lieber nicht", "hayır gerek yok", "istemiyorum", "hayır istemiyorum"),
        *("hayır teşekkür ederim", "không cảm ơn", "không cám ơn"),
        # "I do not agree" (the consent): "I agree" was taken, this was "Please tap".
        *("nicht einverstanden", "ich bin nicht einverstanden", "nein nicht einverstanden"),
        *("nein ich bin nicht einverstanden", "i don't agree", "i do not agree"),
        *("no i don't agree", "kabul etmiyorum", "hayır kabul etmiyorum", "onaylamıyorum"),
        *("لا أوافق", "لا اوافق", "غير موافق", "غير موافقة", "لا لا أوافق", "لست موافقا"),
        *("не згоден", "не згодна", "ні не згоден", "ні не згодна", "не погоджуюсь"),
        *("không đồng ý", "tôi không đồng ý"),
        # Russian, as many Ukrainians type it.
        *("нет спасибо", "не надо", "нет не надо", "не нужно", "нет не нужно"),
        # A "no" said twice, or as chatted ("ko" for "không"; "I don't want"): a note,
        # and the question asked again, before.
        # ("ko" alone only where yes or no is asked: bot.dialogue.said; it is a name too.)
        *("yok istemiyorum", "yok gerek yok", "hayır yok", "istemem", "ko cần"),
        *("ko ạ", "không muốn", "em không muốn", "tôi không muốn", "не хочу", "ні не хочу"),
        *("لا ما بدي", "ما بدي", "لا ما أريد", "nein will ich nicht", "no i don't want"),
    )
)


#: A thumbs down alone, in any skin tone.
_THUMBS_DOWN = re.compile("[\U0001f44e\u274c\ufe0f\U0001f3fb-\U0001f3ff\\s]+")


def says_no(text: str) -> bool:
    """Whether ``text`` only says no ("nein", "hayır", "No, thanks", "👎")."""
    said = phrase(text)
    return said in _NO or (not said and bool(_THUMBS_DOWN.fullmatch(text.strip())))


#: WhatsApp named, and the words that say "(write to me) on it", "you may": beside a yes
#: or a no to "May we write to you on WhatsApp?" they say nothing more.
_ON_WHATSAPP = frozenset(
    phrase(word)
    for word in (
        *("whatsapp", "whatsap", "watsapp", "watsap", "واتساب", "الواتساب", "واتس", "وتساب"),
        *("über", "per", "auf", "via", "on", "by", "üzerinden", "على", "عبر", "через"),
        *("yazabilirsiniz", "yazın", "yazin", "können", "dürfen", "sie", "schreiben", "you"),
        *("can", "may", "write", "يمكنكم", "ممكن", "تقدرون", "اكتبوا", "можна", "пишіть"),
        # In Cyrillic letters, as Ukrainians write it ("немає ватсапу").
        *("ватсап", "ватсапу", "ватсапі", "вотсап", "вотсапу", "вацап", "вацапу"),
        *("bitte", "please", "lütfen"),
        # At this number ("ja, gleiche Nummer", "yes same number", "evet aynı numara",
        # "так, той самий номер", "نعم نفس الرقم"): kept, and WhatsApp asked again.
        *("gleiche", "selbe", "dieselbe", "diese", "nummer", "same", "this", "number"),
        *("aynı", "bu", "numara", "numaradan", "той", "самий", "цей", "номер", "номером"),
        *("cùng", "số", "này", "đó", "نفس", "الرقم", "هذا", "هاد"),
    )
)
#: "Only" beside WhatsApp ("nur WhatsApp bitte", "whatsapp only", "sadece WhatsApp",
#: "тільки ватсап", "chỉ WhatsApp", "بس واتساب"): a yes, the way wished kept with it.
_ONLY = frozenset(
    phrase(word)
    for word in ("nur", "only", "just", "sadece", "тільки", "лише", "chỉ", "thôi", "بس", "فقط")
)
#: The permission alone ("можна", "yazabilirsiniz", "ممكن"): a yes.
_MAY_WRITE = frozenset(
    phrase(word)
    for word in (
        *("können", "dürfen", "can", "may", "yazabilirsiniz", "yazın", "yazin", "يمكنكم"),
        *("ممكن", "تقدرون", "اكتبوا", "можна", "пишіть"),
    )
)
#: "No WhatsApp" said without a no-word ("kein WhatsApp", "WhatsApp yok", "ما عندي واتساب").
_NO_WHATSAPP = frozenset(
    phrase(said)
    for said in (
        *("kein", "nein kein", "ich habe kein", "habe kein", "hab kein", "nein ich habe kein"),
        *("nein hab kein", "yok", "hayır yok", "kullanmıyorum", "hayır kullanmıyorum"),
        *("ما عندي", "لا ما عندي", "لا يوجد", "لا لا يوجد", "ليس عندي", "لا ليس عندي"),
        *("no", "i have no", "i don't have", "no i don't have", "не маю", "ні не маю"),
        *("không có", "em không có", "tôi không có", "không dùng", "em không dùng"),
        # "Without" ("ohne WhatsApp", "без вотсапу", "بدون واتساب"), "let there be none".
        *("ohne", "without", "olmasın", "istemiyorum", "без", "بدون", "بلا", "không"),
        *("немає", "ні немає", "у мене немає", "в мене немає", "не користуюся"),
        # Calls only: no WhatsApp ("ні, тільки телефон", "لا بس اتصال").
        *("nur anrufen", "nein nur anrufen", "nur telefon", "nein nur telefonisch"),
        *("only calls", "no only calls", "just call", "no just call", "only phone calls"),
        *("sadece telefon", "hayır sadece telefon", "sadece arayın", "hayır sadece arayın"),
        *("тільки телефон", "ні тільки телефон", "тільки дзвінки", "ні тільки дзвінки"),
        *("лише телефон", "ні лише телефон", "chỉ gọi điện", "chỉ gọi điện thôi"),
        *("không chỉ gọi điện", "không chỉ gọi điện thôi", "بس اتصال", "لا بس اتصال"),
        *("فقط اتصال", "لا فقط اتصال", "فقط مكالمات", "لا فقط مكالمات"),
        # Calls preferred ("nein, lieber anrufen", "ні, краще подзвоніть").
        *("lieber anrufen", "nein lieber anrufen", "rufen sie lieber an", "lieber telefonisch"),
        *("nein rufen sie lieber an", "nein lieber telefonisch", "nein bitte anrufen"),
        *("rather call me", "no rather call me", "no please call me", "no call me"),
        *("hayır arayın", "hayır arayın lütfen", "hayır telefonla arayın", "arayın lütfen"),
        *("ні краще подзвоніть", "краще подзвоніть", "ні краще дзвінок", "ні подзвоніть"),
        # Not "không gọi điện cho tôi": without the comma it says "don't call me".
        *("không gọi điện thì hơn", "gọi điện thì hơn", "không hãy gọi cho tôi"),
        *("gọi cho tôi", "gọi điện tốt hơn", "không gọi điện tốt hơn"),
        *("لا الأفضل اتصال", "الأفضل اتصال", "لا اتصلوا بي", "لا الأفضل مكالمة"),
        *("الأفضل الاتصال", "لا الأفضل الاتصال", "لا اتصلوا فيني", "لا كلموني"),
    )
)


#: A yes and a "but" before "only WhatsApp" ("ja aber nur WhatsApp", "evet ama sadece
#: WhatsApp"), as phrase() writes them: the same wish.
_YES_BUT = frozenset(
    phrase(word)
    for word in (
        *("ja", "yes", "evet", "так", "có", "vâng", "dạ", "نعم", "aber", "but", "ama"),
        *("але", "nhưng", "لكن", "bitte", "please", "lütfen", "gerne", "gern"),
    )
)
#: No calls said after it ("nicht anrufen", "don't call", "aramayın", "не дзвоніть",
#: "đừng gọi", "لا تتصلوا"), as phrase() writes them: what "only" already says.
_NO_CALLS = frozenset(
    phrase(word)
    for word in (
        *("nicht", "bitte", "anrufen", "keine", "anrufe", "don", "t", "dont", "do", "not"),
        *("call", "calls", "no", "aramayın", "arama", "yok", "не", "дзвоніть", "дзвінків"),
        *("đừng", "gọi", "điện", "لا", "تتصلوا", "اتصال"),
    )
)


def says_whatsapp_only(text: str) -> bool:
    """Whether ``text`` wishes WhatsApp alone ("nur WhatsApp bitte", "whatsapp only", "ja
    aber nur WhatsApp, nicht anrufen"): a yes to it, and no calls wished, which the
    advisor needs to know."""
    words = phrase(text).split()
    only = [at for at, word in enumerate(words) if word in _ONLY]
    named = [at for at, word in enumerate(words) if WHATSAPP_NAMED.search(word)]
    if not only or not named:
        return False
    # A yes before "only WhatsApp", the calls ruled out after it; nothing else, and
    # nothing between the two ("nur nicht WhatsApp" is a no).
    first, last = sorted((only[0], named[0]))
    between = set(words[first + 1 : last])
    return (
        set(words[:first]) <= _YES_BUT
        and between <= _ONLY | _ON_WHATSAPP
        and set(words[last + 1 :]) <= _ONLY | _NO_CALLS | _ON_WHATSAPP
    )


def whatsapp_answer(text: str) -> str | None:
    """ "yes" or "no" where ``text`` says it to "May we write to you on WhatsApp?" with
    WhatsApp named or the permission said ("ja gerne über WhatsApp", "evet,
    yazabilirsiniz", "WhatsApp yok", "لا ما عندي واتساب"); else None."""
    words = phrase(text).split()
    rest = " ".join(word for word in words if word not in _ON_WHATSAPP)
    if not rest and set(words) & _MAY_WRITE:
        return "yes"
    if says_whatsapp_only(text):
        return "yes"
    if rest != phrase(text) or rest in _NO_WHATSAPP:
        # Whole too: "an" in "rufen Sie lieber an" is also the "on" of "on WhatsApp".
        if rest in _NO_WHATSAPP or phrase(text) in _NO_WHATSAPP or says_no(rest):
            return "no"
        if says_yes(rest):
            return "yes"
    return None


#: A yes or ok typed alone, compared with its accents: "Dũng" is a name, "đúng" a yes
#: (the bare phrase() folded them into one); "Genau", "Tamam" or "Fine" may name a shop.
_FILLER = frozenset(
    (
        *("ja", "jo", "jap", "ok", "okay", "oki", "yes", "yeah", "yep", "evet", "có", "vâng"),
        *("dạ", "так", "ага", "да", "نعم", "أجل"),
    )
)


def is_filler(text: str) -> bool:
    """Whether ``text`` only says yes, no or ok ("ja", "evet", "ok", "nein"), or "I agree"
    ("так, згодна", "dạ được", "yes please": a consent typed twice reached the name
    question): no name, trade or problem, where one was asked. A single yes-word only as
    typed (:data:`_FILLER`): "Dũng", "Genau" or "Fine" may be a name."""
    said = " ".join(_NOT_WORDS.sub(" ", text.casefold()).split())
    if said in _FILLER or says_no(text) or phrase(text) in _AGREE:
        return True
    return len(phrase(text).split()) >= 2 and says_yes(text)


#: Words of politeness typed around an answer ("Telefon bitte", "telefonla lütfen", "gọi
#: điện ạ", "телефоном, будь ласка", "بالهاتف من فضلك"), as phrase() writes them: no part
#: of the answer. (Not "nha": without accents it is "nhà", a house, "nhà hàng".)
_POLITE = re.compile(
    "(?<!\\w)(?:"
    + "|".join(
        re.escape(phrase(said))
        for said in (
            *("bitte", "gerne", "gern", "am liebsten", "lieber", "please", "pls", "plz"),
            *("preferably", "lütfen", "ạ", "nhé", "будь ласка", "бажано", "من فضلك"),
            *("لو سمحت", "رجاء"),
        )
    )
    + ")(?!\\w)"
)


def without_politeness(said: str) -> str:
    """A text as phrase() writes it, without its words of politeness ("telefon bitte":
    "telefon")."""
    return " ".join(_POLITE.sub(" ", said).split())


#: Words a person puts before a label's own ("ich such ausbildung", "I have
#: Realschulabschluss", "em có bằng lớp 10": Vietnamese "em", a young person's "I", and
#: "có", have): said, not matched.
_SELF = frozenset(
    {"ich", "wir", "i", "we", "ben", "biz", "toi", "я", "ми", "انا", "bin", "am", "im"}
    | {"habe", "hab", "have", "em", "co", "маю"}
)
#: The most words a label is typed in; a longer text says more than a button.
_LABEL_WORDS = 4


def label_named(text: str, labels: Sequence[str]) -> int | None:
    """The index of the one label that holds every word typed, each whole or (in a word of
    five letters or more) one letter off: "suche ausbildung" for "Suche eine Ausbildung",
    "noch keine" for "Noch keinen". None where no label or several do, or the words are
    too few to tell ("in", "ja") or too many."""
    found = labels_holding(text, labels)
    return found[0] if len(found) == 1 else None


def labels_holding(text: str, labels: Sequence[str]) -> list[int]:
    """The indexes of the labels that hold every word typed, as :func:`label_named` reads
    them; none where the words are too few to tell or too many."""
    said = [word for word in without_politeness(phrase(text)).split() if word not in _SELF]
    if not said or len(said) > _LABEL_WORDS or max(len(word) for word in said) < 4:
        return []
    holding = [
        index
        for index, label in enumerate(labels)
        if all(any(_same_word(word, own) for own in phrase(label).split()) for word in said)
    ]
    if len(holding) == 1 and _ends_other_labels(said, labels, holding[0]):
        # "Abschluss" at "Which school-leaving certificate?": the last part of other
        # labels' words too ("Hauptschulabschluss"), so no one label's words ("Abschluss
        # aus dem Ausland" was taken).
        return []
    return holding


#: The fewest letters of a word read as the last part of a German compound.
_COMPOUND_PART = 6


def _ends_other_labels(said: list[str], labels: Sequence[str], holding: int) -> bool:
    """Whether each word of ``said`` is the last part of a compound word in a label other
    than the one at ``holding`` ("Abschluss Ausland" names that one)."""
    others = [
        own
        for index, label in enumerate(labels)
        if index != holding
        for own in phrase(label).split()
    ]
    return all(
        len(word) >= _COMPOUND_PART and any(own != word and own.endswith(word) for own in others)
        for word in said
    )


#: Words one letter from a label's word that mean something else, as phrase() writes
#: them: "funding" was taken for "Finding an apprentice".
_NO_TYPO = frozenset({"funding", "fundings"})


def _same_word(typed: str, word: str) -> bool:
    if typed == word:
        return True
    return len(word) >= 5 and typed not in _NO_TYPO and OSA.distance(typed, word) <= 1


#: Words that no name holds, by language: a sentence typed where the name is asked
#: ("mein chef zahlt mir kein geld", "annem arayabilir mi", "telefonum yok", "babam
#: arayacak", "Betrieb sucht Azubi") was taken as the name, and the advisor's card said so.
#: German and English count in every language (people type them beside their own), and so
#: do the words of the language a text is plainly written in ("bố tôi sẽ gọi" in a German
#: chat); each language's own otherwise only in it ("mi" asks a question in Turkish and is
#: a Vietnamese name). Never a word that is also a name or a part of one somewhere: "Can",
#: "Ben", "Will", "An", "bin", "von", "zu", "der" and "den" ("van der Berg"), "Das", "Mir"
#: ("Mir Ahmad"), "My" ("Trà My"), "على" (an Egyptian Ali); nor "Papa", "Mama", "Baba",
#: "Anne", "Veli", "He", "His", "Son", "You", "Er", "Em", "Anh", "Ba", "The", "Parent", "أبي"
#: (Ubayy), "أبو", "أم", "ولي", surnames or given names somewhere. Where only two words
#: together say it ("die Mutter", "my dad"), they are in _NOT_A_NAME_PAIRS.
_NOT_IN_A_NAME: dict[str, frozenset[str]] = {
    "de": frozenset(
        (
            *("ich", "mein", "meine", "meinen", "mich", "kein", "keine", "keinen"),
            *("nicht", "ist", "habe", "hat", "haben", "kann", "möchte", "bitte"),
            *("suche", "wie", "was", "warum", "wo", "wann", "ein", "eine", "einen"),
            *("für", "mit", "zahlt", "geld", "hallo"),
            # Who calls, and a business's wish ("Mama ruft an", "Betrieb sucht Azubi").
            *("wir", "uns", "unser", "unsere", "ruft", "rufe", "rufen", "anrufen"),
            *("zurückrufen", "meldet", "melde", "wird", "werde", "sucht"),
            *("azubi", "azubis", "lehrling", "betrieb", "firma"),
        )
    ),
    "en": frozenset(
        (
            *("i", "me", "is", "not", "have", "has", "want", "please", "what", "how"),
            # Not "the": Vietnamese "Thế" typed without its accents ("Nguyen The Anh").
            *("why", "where", "when", "for", "with", "hello"),
            # "my dad will call you", "I'm his mother", "its my son".
            *("your", "it", "its", "we", "our", "dad", "daddy", "mom", "mum", "mommy"),
            *("mother", "father", "parents", "daughter", "calls", "calling", "looking"),
            *("apprentice", "business"),
        )
    ),
    "tr": frozenset(
        (
            *("benim", "bana", "beni", "yok", "var", "mı", "mi", "mu", "mü", "değil"),
            *("için", "istiyorum", "arıyorum", "lütfen", "nasıl", "neden", "merhaba"),
            # "babam arayacak", "ben annesiyim", "işletme çırak arıyor".
            *("babam", "annem", "babası", "annesi", "babasıyım", "annesiyim", "oğlum"),
            *("kızım", "oğlumun", "kızımın", "arayacak", "arayacağım", "arasın", "arayın"),
            *("arayabilir", "arıyor", "arıyoruz", "işletme", "işletmemiz"),
            # "babamın numarası": whose number it is.
            *("babamın", "annemin", "numarası", "numaram", "numarasi"),
            # "Ben veliyim", "öğrenci velisi": a parent (not "veli": Veli is a name).
            *("veliyim", "velisi", "veliyiz"),
        )
    ),
    "uk": frozenset(
        (
            *("мій", "моя", "моє", "мені", "мене", "не", "немає", "є", "для", "хочу"),
            *("шукаю", "як", "чому", "що", "будь", "ласка", "привіт"),
            # "мама подзвонить", "я його мати", "тато зателефонує".
            *("мама", "тато", "мати", "батько", "батьки", "його", "її", "він", "вона"),
            *("ми", "подзвонить", "зателефонує", "подзвоню", "зателефоную", "передзвоню"),
            *("дзвонитиме", "шукаємо"),
        )
    ),
    "ar": frozenset(
        (
            *("لا", "ليس", "هل", "عندي", "أريد", "اريد", "ابني", "ابنتي", "كيف", "لماذا"),
            *("ماذا", "في", "مع", "مرحبا"),
            # "والدي سيتصل بكم", "أنا الأم": who calls, a parent.
            *("سيتصل", "ستتصل", "سأتصل", "سنتصل", "يتصل", "بكم", "والدي", "والدتي"),
            *("أمي", "امي", "الأم", "الام", "الأب", "الاب", "والد", "والدة", "نبحث"),
            # "أنا والده", "أنا ام الطالب": a parent, the student's.
            *("والده", "والدها", "والدته", "والدتها", "الطالب", "الطالبة", "الطالبه"),
        )
    ),
    "vi": frozenset(
        (
            *("tôi", "không", "có", "là", "của", "muốn", "tìm", "giúp", "với", "chào"),
            # "bố tôi sẽ gọi", "tôi là mẹ".
            *("sẽ", "gọi", "bố", "mẹ", "ạ", "nhé"),
        )
    ),
}


def _pairs(said: Iterable[str]) -> frozenset[tuple[str, str]]:
    """Phrases of two words as the pairs of words :func:`not_a_name` compares."""
    return frozenset((first, second) for first, second in (pair.split() for pair in said))


#: Two words in a row that no name holds, though each may stand in one: an article or a
#: possessive with a parent or a child ("ich bin die Mutter", "my dad will call you").
_NOT_A_NAME_PAIRS: dict[str, frozenset[tuple[str, str]]] = {
    "de": _pairs(
        (
            *("die mutter", "der vater", "die mama", "der papa", "die eltern", "der sohn"),
            *("die tochter", "die oma", "der opa", "seine mutter", "sein vater"),
            *("ihre mutter", "ihr vater", "sein papa", "ihre mama"),
        )
    ),
    "en": _pairs(
        (
            *("my dad", "my mom", "my mum", "my father", "my mother", "my parents"),
            *("my son", "my daughter", "my papa", "my mama", "will call", "her mother"),
            *("her father", "her dad", "her mom", "her son", "his mother", "his father"),
            *("his dad", "his mom", "his mum", "his parents", "a parent"),
        )
    ),
}


#: Vietnamese words no name holds, compared without accents: typed without them on a
#: German keyboard ("bo toi se goi", "ba em se goi"), and without them each is no name part
#: either (not "la", "co", "tim", "me", "bo", "chu": Lã, Cô, Tim, Mễ, Bồ, Chu are names).
_NOT_IN_A_VIETNAMESE_NAME = frozenset(("toi", "khong", "cua", "muon", "giup", "se", "goi", "nhe"))
#: Vietnamese pairs no name holds, without accents: "phụ huynh" (a parent; Huỳnh alone is a
#: surname), "nhà hàng" (a restaurant: "Tôi là chủ nhà hàng"), "con tôi" (my child).
_NOT_A_VIETNAMESE_NAME = _pairs(("phu huynh", "nha hang", "con toi", "con em", "cua hang"))
#: The same with their accents, for a text written with them.
_NOT_A_VIETNAMESE_NAME_ACCENTED = _pairs(("phụ huynh", "nhà hàng", "con tôi", "con em", "cửa hàng"))


def _words(text: str) -> list[str]:
    composed = unicodedata.normalize("NFC", text.casefold())
    # A mark no letter takes in (the dot of "İ" casefolded, "i̇", an Arabic shadda) is
    # part of its word: cut there, "İsmail" held the English "i" and "فيّاض" the Arabic
    # "في", and the name was refused. Vietnamese marks are composed into their letters.
    joined = "".join(ch for ch in composed if not unicodedata.combining(ch))
    return _NOT_WORDS.sub(" ", joined).split()


def not_a_name(text: str, lang: str) -> bool:
    """Whether ``text``, typed where a name is asked, is a sentence or a greeting instead:
    it holds a word no name holds, or two such words in a row, in German, English,
    ``lang`` or the language it is plainly written in."""
    words = _words(text)
    langs = {"de", "en", lang, written_in(text) or lang}
    unnamed = frozenset().union(*(_NOT_IN_A_NAME.get(each, frozenset()) for each in langs))
    pairs = frozenset().union(*(_NOT_A_NAME_PAIRS.get(each, frozenset()) for each in langs))
    if any(word in unnamed for word in words) or any(pair in pairs for pair in pairwise(words)):
        return True
    if "vi" not in langs:
        return False
    if _accented(text):
        # Written with its accents, a word is compared as written: "Khổng Thị Lan", "Lê Nhã
        # Hằng", "Phú Huỳnh" are names ("khong", "nha hang", "phu huynh" without them).
        return any(pair in _NOT_A_VIETNAMESE_NAME_ACCENTED for pair in pairwise(words))
    bare = [loose(word) for word in words]
    return any(word in _NOT_IN_A_VIETNAMESE_NAME for word in bare) or any(
        pair in _NOT_A_VIETNAMESE_NAME for pair in pairwise(bare)
    )


def _accented(text: str) -> bool:
    """Whether ``text`` holds a letter with an accent or mark (Vietnamese written with them)."""
    return any(
        ch == "đ" or unicodedata.normalize("NFD", ch) != ch
        for ch in text.casefold()
        if not ch.isascii() and "LATIN" in unicodedata.name(ch, "")
    )


#: Who a person is rather than what they are called ("Ich bin Mutter", "Ich bin der Chef",
#: "I am a parent", "Tôi là chủ nhà hàng", "أنا ولي الأمر"): after an introduction
#: ("Ich bin", "I am", "أنا") or alone, a text that starts with one of these (past an
#: article) names a role. Not in _NOT_IN_A_NAME: "Marie Parent", "Giorgos Papa", "Peter
#: Vater", "أم كلثوم" are names.
_ROLES: dict[str, frozenset[str]] = {
    "de": frozenset(
        (
            *("mutter", "vater", "mama", "papa", "eltern", "elternteil", "sohn", "tochter"),
            *("chef", "chefin", "inhaber", "inhaberin", "besitzer", "besitzerin"),
            *("geschäftsführer", "geschäftsführerin", "arbeitgeber", "ausbilder"),
        )
    ),
    "en": frozenset(
        (
            *("parent", "mother", "father", "mom", "mum", "dad", "owner", "boss"),
            *("employer", "manager", "trainer"),
        )
    ),
    # Not "veli" alone (Veli is a name): "veliyim", "velisi", "öğrenci velisi" (_ROLE_PAIRS).
    "tr": frozenset(("annesi", "babası", "veliyim", "velisi", "patron", "patronu", "sahibi")),
    "vi": frozenset(("chủ", "bố", "mẹ", "phụ")),  # not "ba": Ba is a name
    "uk": frozenset(("мама", "мати", "тато", "батько", "власник", "власниця", "директор")),
    # Not "ولي" alone (a name: "ولي الدين"): "ولي الأمر" (_ROLE_PAIRS). "أم", "أب" before a
    # name are a kunya ("أم محمد"), a role alone or before a role word ("ام الطالب").
    "ar": frozenset(("والد", "والده", "والدة", "ام", "أم", "اب", "أب", "صاحب", "مدير")),
}
#: A role said in two words whose first alone is a name ("ولي الأمر", "öğrenci velisi").
_ROLE_PAIRS: dict[str, frozenset[tuple[str, str]]] = {
    "tr": _pairs(("öğrenci velisi", "veli olarak", "veli benim")),
    "ar": _pairs(("ولي الأمر", "ولي الامر", "ولي أمر", "ولي امر", "ولية الأمر", "ولية الامر")),
}
#: Arabic kunya starts: a role only alone ("أنا أم") or before another role word.
_KUNYA = frozenset(("ام", "أم", "اب", "أب"))
#: Articles before a role ("der Chef", "a parent").
_ARTICLES = frozenset(("der", "die", "das", "ein", "eine", "the", "a", "an"))


def names_a_role(text: str, lang: str, introduced: bool) -> bool:
    """Whether ``text`` says who the person is, not their name: a role first (past an
    article), after an introduction (``introduced``: "Ich bin Vater von Ali" is "Vater von
    Ali" here), or alone ("Mutter", "der Chef"), in German, English or ``lang``."""
    words = _words(text)
    while words and words[0] in _ARTICLES:
        words = words[1:]
    langs = {"de", "en", lang}
    roles = frozenset().union(*(_ROLES.get(each, frozenset()) for each in langs))
    pairs = frozenset().union(*(_ROLE_PAIRS.get(each, frozenset()) for each in langs))
    if tuple(words[:2]) in pairs:
        return True
    if words and words[0] in _KUNYA and len(words) > 1:
        # "أم محمد" is a name; "ام الطالب" a role (its second word in _NOT_IN_A_NAME).
        return words[1] in roles or words[1] in _NOT_IN_A_NAME["ar"]
    return bool(words) and words[0] in roles and (introduced or set(words) <= roles)
