"""Who asks for a callback, said by what they want ("Ich suche eine Ausbildung", "Wir
suchen einen Azubi", "Ich will Koch werden"): the answer to "Who is asking?". Pure."""

from __future__ import annotations

from bot.dialogue import typed
from bot.dialogue.company_words import names_a_business
from bot.dialogue.pages import codes_of
from bot.dialogue.press import tap
from bot.dialogue.said_young import NOTED_ANSWERS, age_said_with_a_wish
from bot.dialogue.state import Context, Result, State
from bot.dialogue.trade_wish import wished_trade
from bot.faq.matcher import tells_trouble, wish
from bot.flows.answers import option_label
from bot.flows.business import BUSINESS
from bot.flows.callback import ROLE
from bot.flows.navigation import Code, ScreenId
from bot.flows.young import YOUNG
from bot.i18n import translator

#: The dialogue a wish asks for -> the role who has that wish.
_ROLE_OF = {YOUNG.key: "young", BUSINESS.key: "business"}


def role_by_wish(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A wish typed at "Who is asking?" ("Ich suche eine Ausbildung": a young person; "Wir
    suchen einen Azubi": a business; an apprentice's trouble, a trade wished): that role,
    and the words go to the advisor with the request ("Your message goes to the advisor"
    was told, and "Who is asking?" asked again)."""
    if state.screen != ScreenId.QUESTION.of(ROLE.key):
        return False
    lang = state.lang or "de"
    flow = wish(text, lang)
    if flow is None and names_a_business(text):
        # "mağazam var", "у мене автосервіс": a business, as at the main menu ("Please tap
        # one of the buttons below" before).
        flow = BUSINESS.key
    if flow is None and (tells_trouble(text, lang) or wished_trade(state, text, ctx)):
        flow = YOUNG.key
    role = _ROLE_OF.get(flow or "")
    if role is None:
        return _own_age(state, text, ctx, result)
    option = next((each for each in ROLE.options if each.code == role), None)
    if option is None or Code.OPTION.of(option.code) not in codes_of(state):
        return False
    label = option_label(option, translator(lang))
    if typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=label):
        tap(state, Code.OPTION.of(option.code), ctx, result)
    return True


def _own_age(state: State, text: str, ctx: Context, result: Result) -> bool:
    """One's own age said ("ich bin 17", "I'm 15", "17 yaşındayım"): "A young person",
    and the age question it opens answered ("Please tap one of the buttons below")."""
    option = next(each for each in ROLE.options if each.code == "young")
    code = Code.OPTION.of(option.code)
    if code not in codes_of(state):
        return False
    trial = state.copy()
    tap(trial, code, ctx, Result(trial))
    age = age_said_with_a_wish(trial, text, ctx, Result(trial))
    if age is None:
        return False
    tap(state, code, ctx, result)
    age_said_with_a_wish(state, text, ctx, result)
    label = option_label(option, translator(state.lang or "de"))
    result.notify(NOTED_ANSWERS, first=label, second=age)
    return True
