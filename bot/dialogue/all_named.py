"""All the help offered, said in one word where a business owner is asked what they need
("alle", "hepsi", "все", "tất cả", "الكل"): every need the buttons name is ticked. It
was stored as "Something else" in those words. Pure: state, text and context in, the
state changed."""

from __future__ import annotations

from bot.dialogue.moves import advance
from bot.dialogue.pages import codes_of
from bot.dialogue.questions import finish_choice
from bot.dialogue.said_young import NOTED_ANSWER
from bot.dialogue.state import Context, Result, State
from bot.dialogue.typed_words import phrase, without_politeness
from bot.flows.answers import answer_text
from bot.flows.business import NEEDS
from bot.flows.navigation import Code, ScreenId
from bot.i18n import translator

#: "All (of it)" in the bot's languages (and Russian), as phrase() writes it, whole.
_ALL = frozenset(
    phrase(said)
    for said in (
        *("alle", "alles", "alle themen", "von allem etwas", "alles davon", "alles oben"),
        *("all", "all of them", "all of it", "everything", "all of the above", "all the above"),
        *("hepsi", "hepsini", "hepsinde", "hepsi lazım", "her şey", "hepsi için"),
        *("все", "усе", "всё", "все це", "усе це", "з усім", "все перелічене"),
        *("tất cả", "tất cả các mục", "tất cả luôn", "cần tất cả"),
        *("الكل", "كلها", "كل شيء", "كل شي", "الجميع", "كل ما سبق", "كله", "كلشي", "كلو"),
        # Help with everything ("Hilfe bei allem", "her konuda", "mọi thứ", "بكل شي").
        *("hilfe bei allem", "bei allem", "help with everything", "with everything"),
        *("her konuda", "her konuda yardım", "допомога з усім", "допомога у всьому"),
        *("у всьому", "mọi thứ", "giúp mọi thứ", "بكل شي", "بكل شيء", "مساعدة بكل شي"),
    )
)
#: Ukrainian and Russian "все" also says "that's all": after a tick it is "Done", not every
#: need ("Пошук учня" ticked, then "все": all five were stored).
_ALSO_DONE = frozenset(phrase(said) for said in ("все", "усе", "всё"))


def all_needs(state: State, text: str, ctx: Context, result: Result) -> bool:
    """ "All" typed where needs are asked: every need offered ticked (not "Something
    else"), the person told which, and on; "все" after a tick: "Done"."""
    # "alles bitte", "hepsi lütfen": the politeness says nothing more (it was stored as
    # "Something else: alles bitte").
    if state.screen != ScreenId.QUESTION.of(NEEDS.key):
        return False
    if phrase(text) not in _ALL and without_politeness(phrase(text)) not in _ALL:
        return False
    if phrase(text) in _ALSO_DONE and state.answers.get(NEEDS.key):
        finish_choice(state, ctx, result, "")
        return True
    offered = codes_of(state)
    codes = [
        option.code
        for option in NEEDS.options
        if option.code != NEEDS.other
        and not option.alone
        and Code.OPTION.of(option.code) in offered
    ]
    if not codes:
        return False
    state.answers[NEEDS.key] = codes
    state.answers.pop(f"{NEEDS.key}_other", None)
    t = translator(state.lang or "de")
    result.notify(NOTED_ANSWER, choice=answer_text(NEEDS, state.answers, t))
    advance(state, NEEDS.key)
    return True
