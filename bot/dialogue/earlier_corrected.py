"""An earlier answer corrected at a later question, before the summary ("sorry, die
Nummer ist falsch: 0176 12345678" where the meeting is asked, "nein, doch 04317" where
the experience is asked, "sorry, der Betrieb heißt eigentlich …"): the earlier
question's new answer, read as the summary reads such a change, and the person told; the
question at hand is asked again. Before, the words were kept as a message for the advisor
and the old answer stayed. Pure: state, text and context in, the state changed."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.dialogue import postal, typed
from bot.dialogue.birth_year import born_options
from bot.dialogue.company_words import company_on_the_summary
from bot.dialogue.correcting_words import CORRECTING, corrects
from bot.dialogue.edit_asked import asks_a_change, edit_asked
from bot.dialogue.free_text import corrects_a_detail, rules_out_the_name
from bot.dialogue.moves import edit
from bot.dialogue.parent_number import gives_a_parents_number
from bot.dialogue.press import tap
from bot.dialogue.questions import question_label
from bot.dialogue.said_young import age_on_the_summary, age_option
from bot.dialogue.state import Context, Result, State
from bot.dialogue.summary_change import CHANGED_ANSWER, answer_changed
from bot.dialogue.ticked_swap import option_swapped, trade_restated
from bot.dialogue.typed_words import is_filler, phrase
from bot.dialogue.whereabouts import gives_postal_code
from bot.flows.answers import option_label
from bot.flows.consent import for_a_child
from bot.flows.contact import EMAIL, NAME, PHONE
from bot.flows.model import POSTAL_KEY, TOWN, Choice, MultiChoice
from bot.flows.navigation import (
    ADDING,
    RESUME,
    RETYPED,
    Code,
    ScreenId,
    find_question,
    flow_named,
    sequence,
    split_screen,
)
from bot.flows.young import AGE
from bot.i18n import N_, translator
from bot.negation import fold
from bot.validation import age_after_name, birth_year_after_name

#: The questions whose typed details corrects_a_detail reads: at them, a detail is their
#: own answer.
_DETAIL_KEYS = frozenset({PHONE.key, EMAIL.key, NAME.key, POSTAL_KEY})


def earlier_answer_changed(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A correction of an answer given before the question at hand: that answer changed
    as on the summary, the person told, and the question at hand asked again (or first a
    question the new answer opens, such as WhatsApp for a mobile number)."""
    screen_id, key = split_screen(state.screen)
    if screen_id is not ScreenId.QUESTION or state.editing or ADDING in state.answers:
        return False
    # At the name, phone or e-mail question a detail typed is its answer; not the postal
    # code named with its word ("Sorry, die PLZ ist eigentlich 09126" at the name: kept as
    # a message before, the old code and office sent).
    code_named = key != POSTAL_KEY and postal.names_the_code(text) and gives_postal_code(text)
    refined = key != POSTAL_KEY and _refines_the_town(state, text)
    # "ich möchte den Beruf ändern", "the trade is wrong": that question opened, as the
    # summary's ✏️ (kept as a message before, the old trade sent).
    change = asks_a_change(text)
    # Without such words only a trade restated or swapped is read ("Beruf: Friseur",
    # "Friseur statt Koch"): their own words say it (kept as a message before).
    # "ich heiße nicht Ali" at the meeting question: the name question asked again first,
    # as the summary does (a note before, the old name sent).
    name_wrong = key != NAME.key and rules_out_the_name(text)
    # "mama ihre nummer 0176 …" after "kein Handy": the parent's number is the one to call
    # (kept as a message before, no number for the advisor).
    parents_number = key != PHONE.key and gives_a_parents_number(text)
    restated_only = not (corrects(text) or refined or change or name_wrong or parents_number)
    if key in _DETAIL_KEYS and not (code_named or refined or change):
        return False
    if typed.asks_on_the_way(text):
        return False
    if is_filler(text):
        # A bare "nein", "no, thanks" answers the question at hand.
        return False
    at = state.screen
    history = list(state.history)
    # The summary's readings, as though it were shown: each changes an answer through
    # the question's ✏️ (edit()), which leads back to the summary.
    state.screen = ScreenId.SUMMARY
    trade = option_swapped(state, text, ctx, result) or trade_restated(state, text, ctx, result)
    changed = trade or (
        not restated_only
        and (
            _postal_code(state, text, ctx, result)
            or corrects_a_detail(state, text, ctx, result)
            or _age(state, text, ctx, result)
            or answer_changed(state, text, ctx, result)
            or company_on_the_summary(state, text, ctx, result)
            or edit_asked(state, text, ctx, result)
        )
    )
    if changed:
        _back_to(state, at, history)
    else:
        _back_at(state, at, history)
    return changed


def _back_at(state: State, at: str, history: list[str]) -> None:
    """Back at the question at hand (``at``, reached by ``history``) after a reading."""
    state.screen = at
    state.history = history
    state.editing = False


def _back_to(state: State, at: str, history: list[str]) -> None:
    """After an earlier answer changed through its ✏️: the question at hand (``at``), or
    first a question the new answer opens."""
    if state.screen in (ScreenId.SUMMARY, ScreenId.CONSENT):
        # Done: back to the question at hand, not on to the summary (nor to the consent,
        # where an edit goes before it was given).
        _back_at(state, at, history)
        return
    # Another question first (WhatsApp for the new mobile number): asked as on the
    # normal way, counted ("Frage 9 von 12") and with the path to it, so that its answer
    # leads on to the next question and Back goes through it as though it had been there.
    state.editing = False
    state.history = _path_to(state, [*history, at])
    state.answers[RESUME] = at


def age_beside_the_name(state: State, text: str, ctx: Context, result: Result) -> bool:
    """The person's own age typed after their name ("Ahmad, 17") where it differs from
    the age answered: the age question's new answer and the person told, the question at
    hand asked on (the age was dropped silently, the old one sent). A parent's words may
    give the child's age: they go to the advisor."""
    question = find_question(flow_named(state.flow), AGE.key)
    before = state.answers.get(AGE.key)
    if before is None or not isinstance(question, Choice):
        return False
    code = _age_code(question, text, ctx)
    if code is None or code == Code.OPTION.of(str(before)):
        return False
    if for_a_child(state.answers):
        return typed.keep_for_advisor(text, ctx, result, typed.KEPT_MESSAGE_TYPING)
    at, history = state.screen, list(state.history)
    state.screen = ScreenId.SUMMARY
    edit(state, AGE.key)
    tap(state, code, ctx, result)
    option = next(each for each in question.options if Code.OPTION.of(each.code) == code)
    _told(state, AGE.key, option_label(option, translator(state.lang or "de")), result)
    if state.screen == ScreenId.CONSENT:
        # Under 16: a parent agrees before the contact details are asked (domain.md).
        return True
    _back_to(state, at, history)
    return True


def _age_code(question: Choice, text: str, ctx: Context) -> str | None:
    """The age option of an age or a year of birth typed after the name ("Ali 17", "Ali
    2008"); for a year, only where both ages it may mean (before and after this year's
    birthday) fall in that option."""
    age = age_after_name(text)
    if age is not None:
        return age_option(question, str(age))
    year = birth_year_after_name(text)
    if year is None:
        return None
    younger, older = born_options(question, year, ctx)
    return Code.OPTION.of(older.code) if older is not None and younger is older else None


#: A postal code typed alone, as phrase() writes it ("04315", "PLZ 04315").
_CODE_ALONE = re.compile(r"^(?:plz |postleitzahl |postal code |posta kodu )?\d{5}$")


def _refines_the_town(state: State, text: str) -> bool:
    """Whether ``text`` is a postal code alone, typed after a town answered the postal
    code question with its first code ("Leipzig", then "04315"): the exact code, which
    was kept as a message before while the town's first code was sent."""
    return TOWN in state.answers and _CODE_ALONE.match(phrase(text)) is not None


def _path_to(state: State, path: list[str]) -> list[str]:
    """The path to the state's question as the normal way has it: ``path`` without the
    dialogue's screens that come after that question."""
    flow = flow_named(state.flow)
    screens = sequence(flow) if flow is not None else ()
    if state.screen not in screens:
        return path
    here = screens.index(state.screen)
    return [screen for screen in path if screen not in screens or screens.index(screen) < here]


def _postal_code(state: State, text: str, ctx: Context, result: Result) -> bool:
    """A postal code given again with a correction ("nein, doch 04317"): the postal
    code's new answer, with its office. (On the summary a code alone may be a branch's,
    so there the words must name a postal code; here the correcting words tell.)"""
    if POSTAL_KEY not in state.answers or not gives_postal_code(text):
        return False
    before, office = state.answers[POSTAL_KEY], state.office
    edit(state, POSTAL_KEY)
    postal.answer_text(state, text, ctx, result)
    code_retold(state, before, office, result)
    return True


#: Told after "we have changed the postal code" when the office changed with it: the
#: office's own "Thank you. The KAUSA office in … is responsible" read as a second thanks.
OFFICE_NOW_RESPONSIBLE = N_("The KAUSA office in {city} is now responsible for you.")


def code_retold(state: State, before: object, office: str | None, result: Result) -> None:
    """The person told that the postal code is now the one given (it was ``before``, its
    office ``office``), ahead of the office where that changed too."""
    after = state.answers.get(POSTAL_KEY)
    if not isinstance(after, str) or after == before:
        return
    # "Dresden", then "01099": the same office is no news beside the code changed.
    told = [n for n in result.notices if n.message == postal.OFFICE_RESPONSIBLE]
    result.notices[:] = [n for n in result.notices if n.message != postal.OFFICE_RESPONSIBLE]
    _told(state, POSTAL_KEY, after, result)
    if state.office != office:
        result.notices.extend(replace(n, message=OFFICE_NOW_RESPONSIBLE) for n in told)


def _age(state: State, text: str, ctx: Context, result: Result) -> bool:
    """An age given again with a correction ("sorry, ich bin doch 18", "عفوا، عمري 18"):
    the age question's new answer, read as the summary reads an age typed there (the
    correcting words left out, which it would take for more than an age)."""
    before = state.answers.get(AGE.key)
    said = " ".join(word for word in phrase(text).split() if fold(word) not in CORRECTING)
    if not said or not age_on_the_summary(state, said, ctx, result):
        return False
    after = state.answers.get(AGE.key)
    question = find_question(flow_named(state.flow), AGE.key)
    if after != before and isinstance(question, Choice):
        option = next(each for each in question.options if each.code == after)
        _told(state, AGE.key, option_label(option, translator(state.lang or "de")), result)
    return True


def _told(state: State, key: str, answer: str, result: Result) -> None:
    """The person told that question ``key``'s answer is now ``answer`` (its label)."""
    label = question_label(state, key)
    if label is not None:
        result.notify(CHANGED_ANSWER, question=label, answer=answer)


def reopened_ticks(state: State) -> str | None:
    """The key of the question of several answers that words opened at a later question
    ("ich möchte den Beruf ändern": the trades), with its answers ticked; else None. An
    answer typed there replaces them (bot.dialogue.engine): it was ticked beside them."""
    screen_id, key = split_screen(state.screen)
    if screen_id is not ScreenId.QUESTION or RESUME not in state.answers or state.editing:
        return None
    if RETYPED in state.answers:
        return None  # typed over once: the next answer typed is one more
    question = find_question(flow_named(state.flow), key)
    ticked = state.answers.get(key)
    return key if isinstance(question, MultiChoice) and ticked else None
