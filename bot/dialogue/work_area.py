"""A work area typed at the trade question that plainly names one suggested trade ("Küche",
"kitchen", "mutfak", "مطبخ", "кухня", "phụ bếp": the cook; "Verkauf", "sales", "satış":
the sales assistant, as "bán hàng" and "بائع" were already). It was stored as "Another
trade" in those words, and the sector asked on top. The trade is taken and named to the
person; a work area that names no trade of the list ("Lager") stays in its words. Pure:
state, text and context in, the state changed."""

from __future__ import annotations

from bot.dialogue.pages import codes_of
from bot.dialogue.press import tap
from bot.dialogue.said_young import NOTED_ANSWER
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import phrase
from bot.flows import trades
from bot.flows.answers import option_label
from bot.flows.business import TRADES
from bot.flows.navigation import Code, ScreenId
from bot.flows.young import TRADE
from bot.i18n import translator

#: The work areas, as phrase() writes them, whole, by the trade they name: in the bot's
#: languages (and Russian, which Ukrainian owners often type).
_AREAS: dict[str, frozenset[str]] = {
    "koch": frozenset(
        phrase(said)
        for said in (
            *("küche", "in der küche", "für die küche", "küchenhilfe", "küchenkraft"),
            *("kitchen", "in the kitchen", "for the kitchen", "kitchen help", "kitchen staff"),
            *("kitchen assistant", "mutfak", "mutfakta", "mutfak için", "mutfak elemanı"),
            *("mutfak personeli", "mutfak yardımcısı", "مطبخ", "المطبخ", "بالمطبخ", "في المطبخ"),
            *("للمطبخ", "مساعد طباخ", "кухня", "на кухні", "на кухню", "для кухні", "на кухне"),
            *("помічник кухаря", "bếp", "phụ bếp", "nhà bếp", "trong bếp", "làm trong bếp"),
        )
    ),
    "verkauf": frozenset(
        phrase(said)
        for said in (
            *("verkauf", "im verkauf", "für den verkauf", "sales", "in sales", "for sales"),
            *("satış", "satışta", "satış için", "مبيعات", "المبيعات", "بالمبيعات", "بيع"),
            *("البيع", "продаж", "продажі", "у продажах", "для продажу", "продажи"),
            *("продажа", "bán hàng", "đứng bán hàng"),
        )
    ),
    # Electrical work ("Küche und Elektro", "кухня та електрика"): the electronics
    # technician, as "Elektriker" and "elektrikçi" are.
    "elektro": frozenset(
        phrase(said)
        for said in (
            *("elektro", "elektrik", "im elektrobereich", "electricity", "electrics"),
            *("electrical", "електрика", "электрика", "كهرباء", "الكهرباء", "بالكهرباء"),
            *("điện", "ngành điện"),
        )
    ),
    # The guests' side of a restaurant, said beside the kitchen ("Küche und Service",
    # "mutfak ve servis", "кухня і зал"): the hospitality specialist.
    "gastro": frozenset(
        phrase(said)
        for said in (
            *("service", "im service", "für den service", "bedienung", "servicekraft"),
            *("serving", "front of house", "servis", "serviste", "servis için", "servis elemanı"),
            *("الصالة", "صالة", "بالصالة", "في الصالة", "خدمة الزبائن", "зал", "в залі"),
            *("у залі", "обслуговування", "в зале", "phục vụ", "chạy bàn", "bưng bê"),
        )
    ),
}
#: The Arabic "and", written onto the word after it ("المطبخ والصالة").
_AND = "و"

#: The trade questions: the business's (several may be ticked) and the young person's.
_TRADE_QUESTIONS = frozenset(ScreenId.QUESTION.of(each.key) for each in (TRADES, TRADE))


def area_trade(text: str) -> str | None:
    """The trade code a work area typed whole names ("Küche": the cook; "والصالة", with
    the Arabic "and" on it: the hospitality specialist), or None."""
    said = phrase(text)
    for code, areas in _AREAS.items():
        if said in areas or (said.startswith(_AND) and said[len(_AND) :] in areas):
            return code
    return None


def split_arabic_and(part: str) -> list[str]:
    """``part`` split before a word with the Arabic "and" on it where both sides are work
    areas ("المطبخ والصالة"); else ``part`` alone."""
    words = part.split()
    for at in range(1, len(words)):
        head, tail = " ".join(words[:at]), " ".join(words[at:])
        if tail.startswith(_AND) and area_trade(head) and area_trade(tail):
            return [head, tail]
    return [part]


def trade_of_a_work_area(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A work area that names one suggested trade, typed alone at a trade question: that
    trade's tap, and the person told which trade was noted."""
    if state.screen not in _TRADE_QUESTIONS:
        return False
    code = area_trade(text)
    if code is None or Code.OPTION.of(code) not in codes_of(state):
        return False
    option = next(each for each in trades.OPTIONS if each.code == code)
    ticked = state.answers.get(TRADES.key)
    if not (isinstance(ticked, list) and code in ticked):
        # Ticked already (changed from the summary): a tap would untick it.
        tap(state, Code.OPTION.of(code), ctx, result)
    result.notify(NOTED_ANSWER, choice=option_label(option, translator(state.lang or "de")))
    return True
