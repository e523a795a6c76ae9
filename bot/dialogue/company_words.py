"""Words typed at "What is the name of your business?" that are no name: a greeting
("merhaba", "Hallo"), "I don't know" ("weiß ich nicht", "bilmiyorum"), or the kind of
business said instead ("restoranım var", "Ich habe ein Restaurant", "عندي مطعم", "у мене
ресторан"), or alone ("Restaurant", "مطعم"). Taken as the business's name before, the
advisor's card read "Business name: merhaba". And the name given anew on the summary
("Der Betrieb heißt Döner Palace"). Pure: state, text and context in."""

from __future__ import annotations

import re

from bot.dialogue import typed
from bot.dialogue.business_kinds import KIND_NOTED, names_the_kind
from bot.dialogue.business_told import tells_about_the_business
from bot.dialogue.correcting_words import correction_left_out
from bot.dialogue.free_text import answer_free_text
from bot.dialogue.moves import edit, in_dialogue
from bot.dialogue.self_employed import SELF_EMPLOYED_NOTED, says_self_employed
from bot.dialogue.state import Context, Result, State
from bot.dialogue.summary_change import CHANGED_ANSWER
from bot.dialogue.typed_words import greets, phrase, says_dont_know
from bot.dialogue.unnamed_business import NO_NAME_YET_NOTED, says_no_name_yet
from bot.flows.business import COMPANY
from bot.flows.navigation import ADDING, ScreenId, find_question, flow_named
from bot.i18n import translator
from bot.negation import fold
from bot.validation import NAME_QUOTES, company_intro, parse_company

#: "I have / we have a …", "we are a …" before the kind of business, as phrase() writes
#: it, in the bot's languages; Turkish says it after ("restoranım var", "dükkanımız var").
_WE_HAVE = re.compile(
    r"^(?:ich habe|ich hab|wir haben|i have|we have|i own|we own|i have got|we have got"
    r"|у мене|в мене|у нас|в нас|я маю|ми маємо|عندي|عندنا|لدي|لدينا|toi co|em co|minh co"
    r"|chung toi co|wir sind ein|wir sind eine|we are a|we are an|were a|were an) "
    # Turkish, after where ("Dresden'de döner dükkanım var").
    r"|^(?:\w+(?:de|da|te|ta) )?(?:bir |\w+ )?\w+(?:im|um|imiz|umuz|m|miz|muz) var$"
)


def company_asked_again(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A greeting, "I don't know", or the kind of business instead of its name, at the
    business name question: asked again (the kind of business kept for the advisor)."""
    if state.screen != ScreenId.QUESTION.of(COMPANY.key) or COMPANY.error is None:
        return False
    if greets(text) == "hello" or says_dont_know(text):
        # "weiß ich nicht" was stored as the name: asked again, as the person's name is.
        result.notify(COMPANY.error)
        return True
    if says_no_name_yet(text) and in_dialogue(state):
        # "noch kein Name", "GmbH in Gründung" were stored as the business's name.
        typed.keep_for_advisor(text, ctx, result, NO_NAME_YET_NOTED)
        return True
    if says_self_employed(text) and in_dialogue(state):
        # "ich bin selbstständig", "Я фрілансер, ІТ" were stored as the business's name.
        typed.keep_for_advisor(text, ctx, result, SELF_EMPLOYED_NOTED)
        return True
    if names_the_kind(text) and in_dialogue(state):
        # "Restaurant", "Friseur", "مطعم" alone were stored as the business's name.
        typed.keep_for_advisor(text, ctx, result, KIND_NOTED, kind=text)
        return True
    # "we opened last month" was stored as the business's name.
    told = says_the_kind(text) or tells_about_the_business(text)
    if not told or not in_dialogue(state):
        return False
    typed.keep_for_advisor(text, ctx, result, typed.KEPT_MESSAGE_TYPING)
    return True


def says_the_kind(text: str) -> bool:
    """Whether ``text`` says the kind of business ("Ich habe ein Restaurant", "restoranım
    var") rather than its name."""
    return _WE_HAVE.search(phrase(text)) is not None


#: Words for a business, as phrase() writes them, stems that a word holds ("dükkanın",
#: "المحل", "фірма"): the name after "… heißt" on the summary is the business's only
#: with one ("Die Straße heißt …" names a street).
_BUSINESS_WORDS = tuple(
    phrase(said)
    for said in (
        *("betrieb", "firma", "laden", "geschäft", "restaurant", "salon", "imbiss", "unternehm"),
        # "Firmenname ist …", "назва компанії …".
        *("firmen", "компан"),
        *("shop", "business", "company", "store", "bakery", "garage", "workshop", "werkstatt"),
        *("işletme", "dükkan", "şirket", "restoran", "lokanta", "berber", "kuaför", "işyer"),
        *("محل", "مطعم", "شركة", "صالون", "مشروع", "ورشة", "مقهى"),
        *("tiệm", "quán", "công ty", "cửa hàng", "nhà hàng", "xưởng", "doanh nghiệp"),
        *("фірм", "підприєм", "магазин", "салон", "ресторан", "кафе", "майстерн", "сто"),
        # Kinds of business owners name ("einen Friseursalon", "у мене перукарня"); not
        # a trade ("Ich habe Friseurin gelernt") nor "Praxis" (experience).
        *("bäckerei", "kiosk", "café", "pizzeria", "pflegedienst", "nagelstudio"),
        *("supermarkt", "fırın", "büfe", "kafe", "bakkal", "tamirhane", "atölye"),
        *("перукарн", "пекарн", "مخبز", "بقالة"),
        # Shops, snack bars and car services ("mağazam var", "عندي دكان", "у мене
        # автосервіс", "ich hab nen Späti", "oto tamircim var", "a car repair shop").
        *("mağaza", "tamirci", "دكان", "كشك", "автосервіс", "шиномонтаж", "кіоск"),
        *("барбершоп", "späti", "spaeti", "repair", "studio", "takeaway"),
    )
)
#: A stem this short is a business only as a word of its own ("محل", "المحل", "СТО"):
#: inside others it is something else ("сто" is also a hundred, "стоматолог").
_WHOLE_WORD = 3
#: The Ukrainian "СТО" (a car service) is also "a hundred": a business only written in
#: capitals, as the abbreviation is ("у нас СТО"; "у нас сто працівників" is a count).
_HUNDRED = phrase("сто")
_CAR_SERVICE = re.compile(r"(?<!\w)СТО(?!\w)")
#: The articles and a word more between "we have" and the kind of business ("einen",
#: "ein kleines", "a small").
_BEFORE_THE_KIND = 2


def names_a_business(text: str) -> bool:
    """Whether ``text`` says, whole, that the person has a business of some kind ("Ich
    habe einen Friseursalon", "restoranım var", "عندي مطعم", "у мене перукарня"), the
    kind right after the "I have" ("Ich habe einen Job im Restaurant" is no owner's)."""
    said = phrase(text)
    found = _WE_HAVE.search(said)
    if found is None:
        return False
    # Turkish says it after ("kuaför salonum var"): the words before "var".
    words = said[found.end() :].split() or said.split()[:-1]
    kind = words[: _BEFORE_THE_KIND + 1]
    return len(words) <= len(kind) + 2 and _holds_a_business(kind, text)


def mentions_a_business(text: str) -> bool:
    """Whether a word of ``text`` is one for a business or its kind ("Restoranım için
    çırak lazım", "Azubi für meinen Imbiss")."""
    return _holds_a_business(phrase(text).split(), text)


def _holds_a_business(words: list[str], text: str) -> bool:
    """Whether one of ``words`` (of ``text``, as phrase() writes them) is a business's."""
    car_service = _CAR_SERVICE.search(text) is not None
    return any(
        stem in word if len(stem) > _WHOLE_WORD else word in {f"{x}{stem}" for x in _ARTICLES}
        for word in words
        for stem in _BUSINESS_WORDS
        if stem != _HUNDRED or car_service
    )


#: What Arabic writes before a short word as part of it: "the" (المحل), "for the" (للمحل),
#: "in the" (بالمحل), "and the" (والمحل). "بدي متدرب للمحل" lost the kind of business.
_ARTICLES = ("", "ال", "لل", "بال", "وال", "فال")


def company_on_the_summary(state: State, text: str, ctx: Context, result: Result) -> bool:
    """The business's name given anew on the summary ("Der Betrieb heißt Döner Palace",
    "Name des Betriebs: Döner Palace", "dükkanın adı …"): the name question's new
    answer, as if its ✏️ had been tapped. It was kept as a message for the advisor while
    the old name was sent."""
    if state.screen != ScreenId.SUMMARY or ADDING in state.answers:
        return False
    if find_question(flow_named(state.flow), COMPANY.key) is None:
        return False
    t = translator(state.lang or "de")
    labels = {t.gettext(COMPANY.label), translator("de").gettext(COMPANY.label)}
    # "Sorry, der Betrieb heißt eigentlich …" (bot.dialogue.earlier_corrected).
    text = _as_it_is(correction_left_out(text))
    head, colon, name = text.partition(":")
    if not (colon and phrase(head) in {phrase(label) for label in labels}):
        intro = company_intro(text)
        if intro is None or not any(stem in phrase(intro) for stem in _BUSINESS_WORDS):
            return False
        name = _without_now(text[len(intro) :])
    parsed = parse_company(name.strip(NAME_QUOTES))
    if parsed is None:
        return False
    if state.answers.get(COMPANY.key) != parsed:
        result.notify(CHANGED_ANSWER, question=t.gettext(COMPANY.label), answer=parsed)
    edit(state, COMPANY.key)
    answer_free_text(state, COMPANY, parsed, result, ctx)
    return True


#: The name said as it should be or became ("business name should be …", "der Firmenname soll …
#: sein", "Die Firma soll … heißen", "dükkanın adı … olmalı", "назва фірми має бути …",
#: "фірма має називатися …", "اسم المحل لازم يكون …"),
#: and what says it is instead, so that the words that introduce a name are read (a note
#: before, or the name stored as "… olmalı", "має бути …").
_SHOULD_BE = (
    (re.compile(r"\s+(?:should|must|has\s+to|needs\s+to|ought\s+to)\s+be\s+", re.I), " is "),
    # "Die Firma soll … heißen": "Die Firma heißt …" ("Die Firma ist …" introduces no name).
    (
        re.compile(r"\s+(?:soll|sollte|muss|müsste)\s+(.+?)\s+hei(?:ß|ss)en[.!]*$", re.I),
        r" heißt \1",
    ),
    (
        re.compile(r"\s+(?:soll|sollte|muss|müsste)\s+(.+?)\s+(?:sein|lauten)[.!]*$", re.I),
        r" ist \1",
    ),
    (re.compile(r"\s+(?:olmal[ıi](?:d[ıi]r)?|olacak|olsun|oldu)[.!]*$", re.I), ""),
    (re.compile(r"\s+(?:має|повинна|мусить|мала\s+б)\s+бути\s+", re.I), " "),
    (
        re.compile(r"\s+(?:має|повинна|повинен|мусить|мала\s+б)\s+називатися\s+", re.I),
        " називається ",
    ),
    (re.compile(r"\s+(?:لازم|يجب\s+[أا]ن|المفروض|بدها|بده)\s+(?:يكون|تكون)\s+"), " "),
)


def _as_it_is(text: str) -> str:
    """``text`` with the name said as it should be (or became) said as it is ("business
    name should be Döner King": "business name is Döner King")."""
    said = text
    for should_be, instead in _SHOULD_BE:
        said = should_be.sub(instead, said, count=1)
    return said


#: Words between the words that introduce the name and the name, that say it is new or
#: now ("Firmenname ist jetzt …", "is now …", "adı artık …", "назва фірми тепер …",
#: "اسم المطعم صار …", "اسم المحل الجديد …"): no part of the name ("new" may be: "New
#: Yorker Pizza"). Folded.
_NOW = frozenset(
    fold(word)
    for word in (
        *("jetzt", "nun", "inzwischen", "now", "artık", "artik", "şimdi", "simdi"),
        *("тепер", "зараз", "стала", "став", "це"),
        *("صار", "صارت", "أصبح", "اصبح", "أصبحت", "اصبحت", "هو", "هي", "الجديد"),
        *("الآن", "الان", "حاليا", "حالياً"),
    )
)


def _without_now(name: str) -> str:
    """``name`` without the words before it that say it is new or now ("jetzt Döner
    King": "Döner King"; "صار الشام": "الشام")."""
    words = name.split()
    while len(words) > 1 and fold(words[0].strip(":,،")) in _NOW:
        words = words[1:]
    return " ".join(words) if len(words) < len(name.split()) else name
