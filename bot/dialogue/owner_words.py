"""An owner who says at the main menu who they are instead of tapping "🏢 For
businesses" ("Betrieb", "Ich habe einen Betrieb", "işletmem var", "tôi là chủ tiệm", "я
підприємець", "أنا صاحب محل"): the business dialogue. Before, "I have no information page
on this". Only the whole text: "Mein Betrieb zahlt nicht" is an apprentice's. So is the
kind of business said ("Ich habe einen Friseursalon", "restoranım var"), or typed alone
("Imbiss", "mağaza", "محل", "tiệm"). Pure."""

from __future__ import annotations

from bot.dialogue import returning, typed, whereabouts
from bot.dialogue.business_kinds import KIND_NOTED, describes_a_place, names_a_place
from bot.dialogue.company_words import mentions_a_business, names_a_business
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import phrase, without_politeness
from bot.faq.matcher import match, wish
from bot.flows.ask import MAX_QUESTION
from bot.flows.business import BUSINESS
from bot.flows.info import OFFICES
from bot.flows.navigation import ScreenId

#: What an owner types for themselves, whole, as phrase() and without_politeness() write it.
_OWNER = frozenset(
    without_politeness(phrase(said))
    for said in (
        *("betrieb", "betriebe", "ein betrieb", "firma", "unternehmen", "unternehmer"),
        *("unternehmerin", "arbeitgeber", "arbeitgeberin", "inhaber", "inhaberin"),
        *("ich habe einen betrieb", "ich hab einen betrieb", "ich habe eine firma"),
        *("ich habe ein unternehmen", "wir sind ein betrieb", "wir sind eine firma"),
        *("ich bin unternehmer", "ich bin unternehmerin", "ich bin arbeitgeber"),
        *("ich bin inhaber", "ich bin inhaberin", "ich bin selbstständig", "selbstständig"),
        *("business", "a business", "company", "employer", "business owner", "owner"),
        *("i own a business", "i have a business", "i have a company", "i run a business"),
        *("i am a business owner", "i am an employer", "im an employer", "entrepreneur"),
        *("i am an entrepreneur", "self employed", "i am self employed", "we are a business"),
        *("işletme", "işletmem var", "işyerim var", "iş yerim var", "şirket", "şirketim var"),
        *("firmam var", "işveren", "işverenim", "işletme sahibi", "işletme sahibiyim"),
        *("dükkanım var", "dükkan sahibiyim", "esnafım", "işyeri sahibiyim"),
        *("doanh nghiệp", "chủ doanh nghiệp", "tôi là chủ doanh nghiệp", "chủ tiệm"),
        *("tôi là chủ tiệm", "công ty", "tôi có công ty", "tôi có tiệm", "chủ cửa hàng"),
        *("tôi là chủ cửa hàng", "tôi có doanh nghiệp", "chủ quán", "tôi là chủ quán"),
        *("підприємство", "у мене підприємство", "маю підприємство", "підприємець"),
        *("я підприємець", "роботодавець", "я роботодавець", "бізнес", "у мене бізнес"),
        *("фірма", "у мене фірма", "власник бізнесу", "я власник бізнесу", "фоп", "я фоп"),
        *("شركة", "لدي شركة", "عندي شركة", "صاحب عمل", "أنا صاحب عمل", "صاحب شركة"),
        *("أنا صاحب شركة", "صاحب محل", "أنا صاحب محل", "عندي محل", "رب عمل", "أنا رب عمل"),
        *("صاحب مطعم", "أنا صاحب مطعم", "عندي مشروع", "أنا صاحبة محل", "أنا صاحبة شركة"),
    )
)


def owner_at_the_menu(state: State, text: str, ctx: Context, result: Result) -> bool:
    """The owner's words for themselves, alone, at the main menu: the business dialogue."""
    if state.screen != ScreenId.MENU or state.flow is not None:
        return False
    if without_politeness(phrase(text)) in _OWNER:
        returning.begin(state, ctx, result, BUSINESS.key)
        return True
    if names_a_place(text):
        # "Imbiss", "mağaza", "محل" alone: an owner's kind of business ("I have no
        # information page on this" before). Kept, and the name asked first.
        _begin_with_the_kind(state, text, ctx, result)
        return True
    if not names_a_business(text):
        return False
    # "Ich habe einen Friseursalon": the kind of business goes to the advisor.
    returning.begin(state, ctx, result, BUSINESS.key)
    if state.flow == BUSINESS.key:
        result.held_question = text
    return True


def place_at_the_menu(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A business named or described at the main menu ("Restaurant Istanbul", "kebab
    shop", "محل حلويات", "cửa hàng của tôi") that no page answers (the offices page only
    for the town in it: "Döner Imbiss Leipzig"): the business dialogue, as for the kind
    alone. Asked after the young person's readings of the words."""
    if state.screen != ScreenId.MENU or state.flow is not None or not describes_a_place(text):
        return False
    lang = state.lang or "de"
    pages = match(text, lang).pages
    town = whereabouts.is_a_town(text.split()[-1])
    if (pages and (pages != (OFFICES,) or not town)) or wish(text, lang) is not None:
        return False
    _begin_with_the_kind(state, text, ctx, result)
    return True


def _begin_with_the_kind(state: State, text: str, ctx: Context, result: Result) -> None:
    """The business dialogue begun by the kind of business typed: the words kept, and the
    name asked first (or held over "add to it or new?")."""
    returning.begin(state, ctx, result, BUSINESS.key)
    if state.flow == BUSINESS.key:
        typed.keep_for_advisor(text, ctx, result, KIND_NOTED, kind=text)
    else:
        typed.hold_for_the_choice(state, text, ctx, result)


def kind_beside_a_wish(state: State, text: str, result: Result) -> None:
    """A short wish at the main menu that began the business questions and names the kind
    of business ("Restoranım için çırak lazım", "أحتاج متدرب لمطعمي"): the words go to the
    advisor. Four words read as a bare wish, and the kind was lost."""
    if state.flow != BUSINESS.key or result.held_question is not None:
        return
    if mentions_a_business(text) and len(text) <= MAX_QUESTION:
        result.held_question = text
