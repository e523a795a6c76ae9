"""A trade wished in the person's own words ("Ich möchte Koch werden", "I want to be a
chef", "tôi muốn trở thành thợ làm tóc"): the young people's dialogue, with what the words
answer. Pure: state, text and context in, the state changed."""

from __future__ import annotations

import re
from itertools import pairwise

from bot.dialogue import returning, typed
from bot.dialogue.pages import codes_of
from bot.dialogue.parent_words import said_of_him_or_her
from bot.dialogue.press import tap
from bot.dialogue.said import QUESTION_MARK
from bot.dialogue.said_young import (
    KEPT_WITH_THREE_ANSWERS,
    age_said_with_a_wish,
    child_wish_noted,
    parent_says,
    parents_wish_at_the_situation,
    wish_of_the_child_answers,
)
from bot.dialogue.state import Context, Notice, Result, State
from bot.dialogue.taps import tap_by_a_label_among_words, tap_by_label
from bot.dialogue.trade_alone import childs_trade, trade_alone_at_the_situation
from bot.dialogue.trade_case import in_base_forms
from bot.dialogue.trade_named import take_trade, trade_named
from bot.dialogue.typed_words import WANTING, phrase
from bot.faq.matcher import wish
from bot.flows.answers import option_label
from bot.flows.model import Choice
from bot.flows.navigation import Code, ScreenId, find_question, flow_named
from bot.flows.young import CHILD, SITUATION, TRADE, YOUNG
from bot.i18n import translator
from bot.negation import says_not

#: Changing to a trade ("ich will zu Friseur wechseln", "I want to switch to hairdresser",
#: "хочу перейти на перукаря": no information page): the new trade's apprenticeship is
#: looked for; the words tell the advisor of the change. Not a business's words of its
#: apprentice ("Unser Azubi will zu Friseur wechseln"), which the business dialogue takes.
#: Turkish and Arabic give the trade a case ("kuaförlüğe geçmek", "انتقل لحلاق"), which
#: bot.dialogue.trade_case takes off.
_CHANGING = (
    *("wechseln", "wechsle", "umsteigen", "switch", "change", "перейти", "chuyển sang"),
    *("geçmek", "geçiş yapmak", "انتقل", "أنتقل"),
    # Said of a son or a daughter ("ابني بدو ينتقل للحلاقة").
    *("ينتقل", "تنتقل"),
    # Ukrainian "change (the trade) to" ("хочу змінити професію на кухаря").
    *("змінити", "поміняти"),
)
_CHANGING_WORDS = frozenset(phrase(word) for word in _CHANGING)

#: "Become", "be" in the bot's languages, as phrase() writes them ("Koch werden", "aşçı
#: olmak", "стати кухарем", "أصبح طباخ", "làm đầu bếp").
_BECOMING = frozenset(
    phrase(word)
    for word in (
        *("werden", "become", "be", "olmak", "стати", "бути", "أصبح", "اصبح", "أكون"),
        # Levantine "become" ("بدي صير حلاق": "I have no information page on this").
        *("اكون", "صير", "أصير", "اصير", "làm", "trở thành"),
        # Said of a son or a daughter ("ابني بدو يصير طباخ", "بنتي تريد أن تصبح حلاقة").
        *("يصير", "تصير", "يصبح", "تصبح"),
        # Levantine "work as" ("بدي اشتغل حلاق بلايبزيغ": no information page).
        *("اشتغل", "أشتغل", "يشتغل", "تشتغل"),
        *_CHANGING,
    )
)


#: What ends a clause ("Ich will Koch werden, aber ich bin erst 15"), and "and" between
#: two ("Mein Sohn ist 16 und will Koch werden": the whole was too long to be read).
_CLAUSE_END = re.compile(r"[,;.!?:،؛؟]+|\s(?:und|and|ve|і|та|và)\s", re.IGNORECASE)


def _beside_becoming(text: str) -> list[str]:
    """The words after and before each "become" of ``text`` in its clause ("a chef" of "I
    want to be a chef", "thợ làm tóc" of "tôi muốn trở thành thợ làm tóc"): the trade
    named on its own, where the whole text is too long or its word too short ("chef") to
    be read among the others."""
    found: list[str] = []
    for clause in _CLAUSE_END.split(text):
        words = phrase(clause).split()
        for at in range(len(words)):
            for size in (2, 1):
                if " ".join(words[at : at + size]) in _BECOMING:
                    found += [" ".join(words[at + size :]), " ".join(words[:at])]
    return [each for each in found if each]


def _names_a_trade(trial: State, trade: Choice, said: str, ctx: Context) -> bool:
    """Whether ``said`` names one of the suggested trades as the trade question reads it
    (its tap on ``trial``, the words alone or among a few)."""
    result = Result(trial)
    tapped = tap_by_label(trial, said, ctx, result) or tap_by_a_label_among_words(
        trial, trade, said, ctx, result
    )
    if tapped and trial.answers.get(TRADE.key) not in (None, trade.other):
        return True
    trial.answers.pop(TRADE.key, None)
    trial.answers.pop(f"{TRADE.key}_other", None)
    return False


def trade_wish(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A trade wished at the menu ("Ich möchte Koch werden", "aşçı olmak istiyorum",
    "أريد أن أصبح طباخ"): the young people's dialogue, "Looking for an apprenticeship"
    taken, the words for the advisor ("I have no information page on this" before). Only
    where one of the suggested trades is named, as the trade question would take it."""
    if state.screen != ScreenId.MENU:
        return False
    wished = wished_trade(state, text, ctx)
    if wished is None:
        return False
    returning.begin(state, ctx, result, YOUNG.key)
    if state.screen != ScreenId.QUESTION.of(SITUATION.key):
        typed.hold_for_the_choice(state, text, ctx, result)
        return True
    _take(state, text, wished, ctx, result)
    return True


def trade_wish_held(state: State, ctx: Context, result: Result) -> None:
    """The young people's dialogue begun from "add to it or new?" after a trade wished
    ("Ich will Koch werden"): the held words answer its questions as at the menu ("What
    describes your situation best?" was asked again)."""
    text = ctx.held_question
    if not text or state.flow != YOUNG.key or state.screen != ScreenId.QUESTION.of(SITUATION.key):
        return
    wished = wished_trade(state, text, ctx)
    if wished is not None:
        _take(state, text, wished, ctx, result)


def childs_trade_held(state: State, ctx: Context, result: Result) -> None:
    """The young people's dialogue begun from "add to it or new?" after a parent's words
    of the child's trade ("Mein Sohn ist 16 und will Koch werden", "er will Friseur
    werden"): the child's situation, age and trade taken as without an open request.
    "Asking for my child" alone was, and the rest asked again, or "er will Friseur
    werden" was taken as the writer's own wish."""
    text = ctx.held_question
    if not text or state.flow != YOUNG.key or TRADE.key in state.answers:
        return
    if state.screen == ScreenId.QUESTION.of(SITUATION.key):
        if said_of_him_or_her(text):
            trade_wished_at_the_situation(state, text, ctx, result)
        return
    if state.screen != ScreenId.QUESTION.of(CHILD.key):
        return
    # "Mein Sohn": the parent's words took "Asking for my child" (held_wish_answers).
    found = _suggested(state, wished_trade(state, text, ctx)) or childs_trade(state, text, ctx)
    if found is not None:
        _childs_trade_taken(state, text, found, ctx, result)


def trade_wished_at_the_situation(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A trade wished under "What describes your situation best?" ("Ich möchte Koch
    werden", the menu's button tapped first): "Looking for an apprenticeship" and the
    trade, as at the menu ("Please tap one of the buttons below" before, the words only
    noted). Other words than a suggested trade's, as bot.dialogue.trade_alone reads them."""
    if state.flow != YOUNG.key or state.screen != ScreenId.QUESTION.of(SITUATION.key):
        return False
    if said_of_him_or_her(text):
        # "er will Friseur werden": the child's wish, "Asking for my child" (only noted
        # before), the child's situation and trade.
        found = _suggested(state, wished_trade(state, text, ctx)) or childs_trade(state, text, ctx)
        if found is None:
            return False
        wish_of_the_child_answers(state, text, ctx, result)
        _childs_trade_taken(state, text, found, ctx, result)
        return True
    wished = wished_trade(state, text, ctx)
    if wished is None:
        return trade_alone_at_the_situation(state, text, ctx, result)
    _take(state, text, wished, ctx, result)
    return True


def parents_trade_at_the_situation(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A parent's words with the child's wish typed at the first question: "Asking for my
    child", the child's situation and the trade the child wants ("Mein Sohn will Koch
    werden": "Asking for my child" alone was taken, and the child's situation and trade
    asked again), as at the menu (parent_says_a_trade); or a wish of the menu's words with
    the trade named ("Mein Sohn sucht eine Ausbildung als Koch")."""
    if state.flow != YOUNG.key or state.screen != ScreenId.QUESTION.of(SITUATION.key):
        return False
    found = _suggested(state, wished_trade(state, text, ctx)) or childs_trade(state, text, ctx)
    if not parents_wish_at_the_situation(state, text, ctx, result, childs_wish=found is not None):
        return False
    if TRADE.key not in state.answers:
        _childs_trade_taken(state, text, found, ctx, result)
    return True


def wished_trade(state: State, text: str, ctx: Context) -> str | None:
    """The suggested trade ``text`` wishes to become ("Koch werden": koch), or None."""
    if QUESTION_MARK.search(text):
        return None
    words = phrase(text).split()
    # Two words too ("trở thành", "chuyển sang": "em muốn trở thành đầu bếp" was "I have
    # no information page on this").
    said = {*words, *(" ".join(pair) for pair in pairwise(words))}
    if not said & _BECOMING or says_not(words):
        return None
    changing = not said & (_BECOMING - _CHANGING_WORDS)
    if changing and wish(text, state.lang or "de") not in (None, YOUNG.key):
        return None
    # The trade question's own reading of the words, on a trial state.
    trial = _at_the_trade(state)
    trade = find_question(flow_named(YOUNG.key), TRADE.key)
    assert isinstance(trade, Choice)
    beside = _beside_becoming(text)
    if changing:
        # "kuaförlüğe geçmek istiyorum": "kuaförlük", as the trade question reads it.
        beside += [base for each in beside for base in in_base_forms(each)]
    if not any(_names_a_trade(trial, trade, said, ctx) for said in (text, *beside)):
        return None
    return str(trial.answers[TRADE.key])


def _at_the_trade(state: State) -> State:
    """A trial state at "Which trade?" of a young person looking for an apprenticeship,
    in ``state``'s language, where the trade question reads words as its own."""
    return State(
        lang=state.lang,
        screen=ScreenId.QUESTION.of(TRADE.key),
        flow=YOUNG.key,
        answers={SITUATION.key: "looking"},
        seq=state.seq,
        channel=state.channel,
    )


#: Words around a trade wished that say nothing more ("I want to be a cook"), beside
#: WANTING and _BECOMING, as phrase() writes them.
_ARTICLES = frozenset(phrase(word) for word in ("to", "a", "an", "أن", "ان"))


def trade_of_a_bare_wish(state: State, text: str, ctx: Context) -> str | None:
    """At "Which trade?", a suggested trade wished in a few words and nothing more ("em
    muốn làm đầu bếp", "Ich will Koch werden", "aşçı olmak istiyorum"): the words that
    name the trade ("đầu bếp"), to be read as if typed alone; the whole was kept as a
    message for the advisor, which said nothing the answer does not. None otherwise."""
    if state.screen != ScreenId.QUESTION.of(TRADE.key):
        return None
    wished = wished_trade(state, text, ctx)
    if wished is None:
        return None
    rest = without_the_wish(phrase(text).split())
    trial = _at_the_trade(state)
    if not tap_by_label(trial, rest, ctx, Result(trial)):
        return None
    return rest if trial.answers.get(TRADE.key) == wished else None


def without_the_wish(words: list[str]) -> str:
    """``words`` without the "I want to become" before and after the trade ("em muốn trở
    thành", "olmak istiyorum"): only at either end, as a trade's name has such words
    inside ("thợ làm tóc"). Compared as phrase() writes them, returned as typed."""
    said = WANTING | _BECOMING | _ARTICLES

    def two(pair: list[str]) -> str:
        return " ".join(phrase(word) for word in pair)

    while words and (phrase(words[0]) in said or two(words[:2]) in _BECOMING):
        words = words[2:] if two(words[:2]) in _BECOMING else words[1:]
    while words and (phrase(words[-1]) in said or two(words[-2:]) in _BECOMING):
        words = words[:-2] if two(words[-2:]) in _BECOMING else words[:-1]
    return " ".join(words)


def _take(state: State, text: str, wished: str, ctx: Context, result: Result) -> None:
    """At the situation question: "Looking for an apprenticeship", and the age and the
    trade said with it, the words for the advisor."""
    trade = find_question(flow_named(YOUNG.key), TRADE.key)
    assert isinstance(trade, Choice)
    option = next(each for each in SITUATION.options if each.code == "looking")
    label = option_label(option, translator(state.lang or "de"))
    if typed.keep_for_advisor(text, ctx, result, typed.KEPT_WITH_ANSWER, choice=label):
        tap(state, Code.OPTION.of(option.code), ctx, result)
        # "Ich bin 15 und will Friseurin werden": the age said too ("How old are you?"
        # was asked right under the words that said it).
        age = age_said_with_a_wish(state, text, ctx, result)
        if age is not None:
            answers = [label, age, *_trade_taken(state, trade, wished, ctx, result)]
            told = typed.KEPT_WITH_ANSWERS if len(answers) == 2 else KEPT_WITH_THREE_ANSWERS
            names = ("first", "second", "third")
            result.notices[-1] = Notice(told, tuple(zip(names, answers, strict=False)))
        elif TRADE.key not in state.answers:
            # "Ich will Koch werden" alone: the trade noted too ("Which trade?" was asked
            # after the words that named it).
            option = next(each for each in trade.options if each.code == wished)
            take_trade(state, wished, option_label(option, translator(state.lang or "de")), result)


def _trade_taken(state: State, trade: Choice, code: str, ctx: Context, result: Result) -> list[str]:
    """The trade wished ("Friseurin werden") as the trade question's answer where it is
    asked next (the age said too): its label; "Which trade?" was asked after the words
    that named it."""
    tapped = Code.OPTION.of(code)
    if state.screen != ScreenId.QUESTION.of(TRADE.key) or tapped not in codes_of(state):
        return []
    option = next(each for each in trade.options if each.code == code)
    tap(state, tapped, ctx, result)
    return [option_label(option, translator(state.lang or "de"))]


def parent_says_a_trade(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A parent's words for their child at the main menu (bot.dialogue.said_young
    .parent_says), with the trade the child wants ("Mein Sohn ist 16 und will Koch werden",
    "con trai tôi muốn học nghề đầu bếp"): the child's situation (a trade to become is an
    apprenticeship looked for), age and trade taken too. Only "Asking for my child" was,
    and the rest asked one after another under the words that had said it. So too "he" or
    "she" wishing a trade ("er will Friseur werden", "she wants to be a cook": it was
    taken as the writer's own wish)."""
    at_the_menu = state.screen == ScreenId.MENU
    # A trade not suggested ("er will Tischler werden", "Mein Sohn will Tischler werden":
    # "Asking for my child" alone, or no page, before).
    found = _suggested(state, wished_trade(state, text, ctx)) or childs_trade(state, text, ctx)
    # Read for a trade only where "he" or "she" opens the words.
    childs_wish = at_the_menu and said_of_him_or_her(text) and found is not None
    if not parent_says(state, text, ctx, result, childs_wish=childs_wish):
        return False
    if state.flow != YOUNG.key or TRADE.key in state.answers:
        return True
    _childs_trade_taken(state, text, found, ctx, result)
    return True


def _childs_trade_taken(
    state: State, text: str, found: tuple[str, str] | None, ctx: Context, result: Result
) -> None:
    """After "Asking for my child": the child's situation (a trade to become is an
    apprenticeship looked for), with the age said, and the trade ``found`` or named."""
    if found is not None and state.screen == ScreenId.QUESTION.of(CHILD.key):
        tap(state, Code.OPTION.of("looking"), ctx, result)
        child_wish_noted(state, text, ctx, result)
    # "sucht eine Ausbildung als Friseurin", "muốn học nghề đầu bếp": as a young person's.
    trade_named(state, text, ctx, result)
    if found is not None and TRADE.key not in state.answers and CHILD.key in state.answers:
        take_trade(state, *found, result)


def _suggested(state: State, code: str | None) -> tuple[str, str] | None:
    """The suggested trade ``code`` and its label, or None."""
    if code is None:
        return None
    option = next(each for each in TRADE.options if each.code == code)
    return code, option_label(option, translator(state.lang or "de"))
