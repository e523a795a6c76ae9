"""Where a dialogue can be: screen ids, button codes and the order of a lead dialogue.

Pure data and lookups over the flows; the engine, the pages and the stored
state all take their vocabulary from here.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum, StrEnum
from functools import lru_cache
from typing import Any

from bot.flows import FLOWS
from bot.flows import info as info_pages
from bot.flows.consent import consent_given
from bot.flows.contact import CONTACT_QUESTIONS
from bot.flows.model import (
    POSTAL_KEY,
    AnswerIn,
    Buttons,
    Choice,
    Condition,
    Flow,
    FreeText,
    Question,
    applies,
)


class _Prefixed(StrEnum):
    """A StrEnum whose members ending in ":" take an argument."""

    def of(self, arg: str) -> str:
        """The member with its argument, e.g. ``q:`` + ``plz``."""
        return self.value + arg


class ScreenId(_Prefixed):
    """Every screen a person can be on; the values are stored in conversation state."""

    LANG = "lang"
    MENU = "menu"
    HELP = "help"
    INFO = "info"
    CONSENT = "consent"
    REFUSED = "refused"
    SUMMARY = "summary"
    DONE = "done"
    OUTSIDE = "outside"
    BORDER = "plz_confirm"
    PLZ_GUESS = "plz_guess"
    PLACE = "plz_place"
    #: "Do you mean Koch/Köchin?" after a trade typed with a slip.
    TRADE_GUESS = "trade_guess"
    PICK_OFFICE = "plz_office"
    PRIVACY = "privacy"
    ERASE = "erase"
    #: ``i:<topic>``: one information page.
    INFO_PAGE = "i:"
    #: ``q:<key>``: a question of the flow or of the contact part.
    QUESTION = "q:"
    #: ``o:<key>``: the free text after a question's "other" option.
    OTHER = "o:"
    #: ``a:<topic>,<topic>``: the answer to a typed question: the pages that fit (0-2).
    ANSWER = "a:"
    #: A returning person's open request (after /start).
    OPEN = "open"
    #: How to write to the advisor: simply type.
    WRITE = "write"
    #: /status: the person's requests.
    STATUS = "status"
    #: /status with no open request: nothing to write to an advisor about.
    STATUS_CLOSED = "status0"
    #: Which new request, after "New request".
    NEW = "new"
    #: Answers were added to the open request.
    ADDED = "added"
    #: ``c:<flow>``: a request is open: add to it, or a new one?
    CHOOSE = "c:"
    #: ``x:menu`` / ``x:start``: leave a half-filled dialogue?
    LEAVE = "x:"


class Code(_Prefixed):
    """Every button code; the callback data on the wire is ``<seq>:<code>``."""

    BACK = "b"
    HOME = "m"
    YES = "y"
    #: "Yes, delete everything": a code of its own, so that the tap is known as the wish
    #: to erase also where nothing of the person is stored (bot.dialogue.strangers).
    ERASE = "x"
    NO = "n"
    NEW_POSTAL_CODE = "p"
    RESTART = "r"
    SEND = "s"
    DONE = "d"
    #: Under a one-tap MultiChoice: tick several answers, with "Done".
    SEVERAL = "sv"
    LANGUAGE_MENU = "lang"
    #: ``l:<lang>``: choose a language.
    LANGUAGE = "l:"
    #: ``f:<flow>``: start a flow.
    FLOW = "f:"
    #: ``t:<topic>``: an information page, or the information menu when empty.
    TOPIC = "t:"
    #: ``o:<option>``: choose or tick an option.
    OPTION = "o:"
    #: ``a:<code>``: a typed question's alternative button.
    ALTERNATIVE = "a:"
    #: ``e:<key>``: edit an answer from the summary.
    EDIT = "e:"
    #: ``w:<topic>``: one of the pages offered for a typed question.
    FIT = "w:"
    #: "Ask an advisor": the typed question becomes a request.
    ASK = "ask"
    #: "Write to my advisor".
    WRITE = "wr"
    #: "New request" under an open one.
    NEW_REQUEST = "nr"
    #: ``u:<flow>``: the flow's answers go to the open request.
    ADD = "u:"
    #: ``c:<flow>``: start the flow as a new request, without asking.
    CREATE = "c:"


_PREFIXES = {member.value: member for member in ScreenId if member.value.endswith(":")}
_CODE_PREFIXES = {member.value: member for member in Code if member.value.endswith(":")}
_PLAIN_CODES = {member.value: member for member in Code if not member.value.endswith(":")}


def split_screen(screen: str) -> tuple[ScreenId | None, str]:
    """A screen's id and its argument (``q:plz`` -> QUESTION, ``plz``); None if unknown."""
    prefix = _PREFIXES.get(screen[:2])
    if prefix is not None:
        return prefix, screen[2:]
    try:
        return ScreenId(screen), ""
    except ValueError:
        return None, ""


def split_code(code: str) -> tuple[Code | None, str]:
    """A button code and its argument (``e:name`` -> EDIT, ``name``); None if unknown."""
    plain = _PLAIN_CODES.get(code)
    if plain is not None:
        return plain, ""
    prefix = _CODE_PREFIXES.get(code[:2])
    return (prefix, code[2:]) if prefix is not None else (None, "")


class Needs(Enum):
    """What a conversation must have for a screen to exist."""

    NOTHING = "nothing"
    FLOW = "flow"
    LEAD = "lead"


#: What each screen needs; ``i:``, ``q:`` and ``o:`` also need a valid argument.
NEEDS: dict[ScreenId, Needs] = {
    **{screen: Needs.FLOW for screen in ScreenId},
    **{
        screen: Needs.NOTHING
        for screen in (
            ScreenId.LANG,
            ScreenId.MENU,
            ScreenId.HELP,
            ScreenId.INFO,
            ScreenId.PRIVACY,
            ScreenId.ERASE,
            ScreenId.INFO_PAGE,
            ScreenId.ANSWER,
            ScreenId.OPEN,
            ScreenId.WRITE,
            ScreenId.STATUS,
            ScreenId.STATUS_CLOSED,
            ScreenId.NEW,
            ScreenId.CHOOSE,
        )
    },
    ScreenId.DONE: Needs.LEAD,
    ScreenId.ADDED: Needs.LEAD,
}

#: The answer that marks a dialogue whose answers go to this open request (its id).
ADDING = "add_to"
#: What a sent request's thanks need of it: how the advisor gets in touch. Kept in the
#: state's answers after the request, it is no answer of a dialogue in progress.
SENT_CONTACT = "contact"
#: A photo, voice message or file was sent during the dialogue and not kept (it can go to
#: an advisor only once the request is sent): the thanks remind of it. No answer either.
MEDIA_LATER = "media_later"
#: The trade offered and the words typed while "Do you mean …?" asks about a trade typed
#: with a slip (bot.dialogue.trade_guess). No answer: Back from there leaves it behind.
TRADE_GUESS = "trade_guess"
#: The name typed with a digit in it, while the person is asked whether the digit belongs
#: to it (bot.dialogue.name_digits). No answer: the same words sent again are the name.
NAME_DIGITS = "name_digits"
#: Why a person is asked before leaving a half-filled dialogue.
LEAVE_INTENTS = frozenset({"menu", "start"})

INFO_CODES = frozenset(info_pages.TOPICS) | {info_pages.PAY, info_pages.OFFICES}

CONTACT_KEYS = tuple(q.key for q in CONTACT_QUESTIONS)
#: Answers a step keeps only until the next one (a postal code waiting for "yes").
TRANSIENT_KEYS = frozenset({"plz_guess", "plz_places", "plz_town", TRADE_GUESS, NAME_DIGITS})
#: The answer that marks a question answered on the way and never shown (the phone number
#: typed with the name, dialogue.moves.advance): the count of questions goes on without it.
#: Its key, or a list of keys where more than one was (an age typed at the menu, then a
#: certificate at the trade question).
NOT_SHOWN = "not_shown"
#: Marks the age answered on the way (NOT_SHOWN) as the child's, said with the parent's
#: words that chose "Asking for my child" ("Meine Tochter ist 15"): an age typed at the
#: main menu alone is the person's own, and a parent is asked the child's. No answer.
CHILDS_AGE_SAID = "childs_age_said"
#: The question at hand when a correction opened an earlier question (WhatsApp for a
#: mobile number corrected at the meeting question, bot.dialogue.earlier_corrected): the
#: opened question's answer leads back to it. No answer.
RESUME = "resume_at"
#: Marks that an answer was typed over the ticks of a question RESUME opened (the trades
#: after "ich möchte den Beruf ändern"): the next one typed ticks beside it. No answer.
RETYPED = "resume_retyped"
#: Contact answers a lead keeps in columns of its own, not in its ``answers``.
COLUMN_KEYS = frozenset({"name", "phone", "email", "time", "callback_lang"})
#: Answers that identify a person; a lead keeps them apart from the topic answers.
PERSONAL_KEYS = COLUMN_KEYS | {"consent"}


def not_shown(answers: Mapping[str, Any]) -> tuple[str, ...]:
    """The keys of the questions answered on the way and never shown (NOT_SHOWN)."""
    marked = answers.get(NOT_SHOWN)
    if isinstance(marked, str):
        return (marked,)
    return tuple(str(each) for each in marked) if isinstance(marked, list) else ()


def mark_not_shown(answers: dict[str, Any], key: str) -> None:
    """Question ``key`` answered on the way, beside any other marked so (one key stays a
    key, as stored before several were)."""
    marked = [*not_shown(answers), key] if key not in not_shown(answers) else not_shown(answers)
    answers[NOT_SHOWN] = marked[0] if len(marked) == 1 else list(marked)


def unmark_not_shown(answers: dict[str, Any], key: str) -> None:
    """Question ``key`` shown after all (Back from the next step): counted from now on."""
    marked = [each for each in not_shown(answers) if each != key]
    if not marked:
        answers.pop(NOT_SHOWN, None)
    else:
        answers[NOT_SHOWN] = marked[0] if len(marked) == 1 else marked


def flow_named(key: str | None) -> Flow | None:
    """The flow with this key, if there is one."""
    return FLOWS.get(key) if key else None


_CONTACT_BY_KEY = {question.key: question for question in CONTACT_QUESTIONS}


def find_question(flow: Flow | None, key: str) -> Question | None:
    """The flow's question with this key, or the contact question; None without a flow."""
    if flow is None:
        return None
    question = flow.question(key)
    return question if question is not None else _CONTACT_BY_KEY.get(key)


#: Each flow's screens with the question of each question screen, by the flow's id; the
#: flow is kept with them, so an id is never taken for another flow's. Worked out once:
#: every render and step reads them (a render counted the questions asked by looking
#: each screen's question up again, 14 lookups per screen shown).
_SEQUENCES: dict[int, tuple[Flow, tuple[str, ...], dict[str, Question]]] = {}


def _planned(flow: Flow) -> tuple[Flow, tuple[str, ...], dict[str, Question]]:
    known = _SEQUENCES.get(id(flow))
    if known is not None and known[0] is flow:
        return known
    own = [ScreenId.QUESTION.of(q.key) for q in flow.questions]
    before, after = ([], own) if flow.consent_first else (own, [])
    screens = (
        *before,
        ScreenId.CONSENT.value,
        *after,
        *(ScreenId.QUESTION.of(q.key) for q in CONTACT_QUESTIONS),
        ScreenId.SUMMARY.value,
    )
    questions: dict[str, Question] = {}
    for screen in screens:
        screen_id, key = split_screen(screen)
        question = find_question(flow, key) if screen_id is ScreenId.QUESTION else None
        if question is not None:
            questions[screen] = question
    planned = _SEQUENCES[id(flow)] = (flow, screens, questions)
    return planned


def sequence(flow: Flow) -> tuple[str, ...]:
    """The screens of a lead dialogue in order."""
    return _planned(flow)[1]


def answer_pages(arg: str) -> tuple[str, ...] | None:
    """The pages an answer screen offers (``dual,pay`` -> both); None if not valid."""
    pages = tuple(arg.split(",")) if arg else ()
    if len(pages) > 2 or not set(pages) <= INFO_CODES:
        return None
    return pages


#: What the open request that answers are added to keeps as it is: its place (so its
#: office) and its contact details. Asked again, a new postal code promised an office
#: the addition never went to (bot.dialogue.lead leaves these out of it).
KEPT_BY_REQUEST = frozenset({POSTAL_KEY, *CONTACT_KEYS})


def asked(question: Question, flow: Flow, answers: Mapping[str, Any]) -> bool:
    """Whether the dialogue asks ``question`` for these answers (not only from the summary)."""
    if ADDING in answers and question.key in KEPT_BY_REQUEST:
        return False
    ask_when: Condition | None = getattr(question, "ask_when", None)
    wanted = question.ask or (ask_when is not None and ask_when.holds(flow.key, answers))
    return wanted and applies(question, flow.key, answers)


def question_count(flow: Flow, answers: Mapping[str, Any], key: str) -> tuple[int, int]:
    """Question ``key``'s number and the total promised: "Question 3 of 12". The total is
    what the first question promised, the longest way through the dialogue; it neither
    rises at a tap ("Asking for my child" adds the child's situation) nor shrinks when an
    answer leaves a question out (the sector that goes with the trade, WhatsApp for a
    landline: "Question 10 of 11" after "Question 9 of 12"). The number counts the
    questions asked, one by one ("3 of 12" after "2 of 12", never a gap that reads like a
    question missed), so a dialogue that leaves questions out ends early: "11 of 12", then
    the summary. The question itself counts even where only the summary asks it.
    """
    questions, deciding, decided = _decisions(flow.key)
    at = [q.key for q in questions].index(key)
    # A question answered on the way and never shown is no number the person saw: "Question
    # 9 of 12" came after "7 of 12" when the phone number was typed with the name.
    now = [
        question.key == key
        or (asked(question, flow, answers) and question.key not in not_shown(answers))
        for question in questions
    ]
    given = tuple(
        (decider, tuple(value) if isinstance(value, list) else value)
        for decider in deciding
        if (value := answers.get(decider)) is not None
    )
    # The others, asked or not by the answers given (a landline: no WhatsApp question).
    fixed = tuple(
        is_asked for is_asked, by_button in zip(now, decided, strict=True) if not by_button
    )
    adding = ADDING in answers
    # From this question to the end, the longest way the answers given leave open.
    left = _most(flow.key, given, fixed, adding, at)
    # What the first question promised: nothing answered yet.
    before_any = {ADDING: True} if adding else {}
    promised = _most(
        flow.key,
        (),
        tuple(
            asked(question, flow, before_any)
            for question, by_button in zip(questions, decided, strict=True)
            if not by_button
        ),
        adding,
        0,
    )
    # An answer that adds a question the promise did not count (the web's e-mail instead
    # of a phone) makes the total larger, never a number smaller than the questions asked.
    before = sum(now[:at])
    return before + 1, max(promised, before + left)


@lru_cache(maxsize=512)
def _most(
    flow_key: str,
    given: tuple[tuple[str, Any], ...],
    fixed: tuple[bool, ...],
    adding: bool,
    start: int,
) -> int:
    """How many questions are asked from the ``start``-th on (that one counted), the
    longest way where an answer still to come decides it."""
    flow = FLOWS[flow_key]
    questions, deciding, decided = _decisions(flow_key)
    others = iter(fixed)
    # Whether each question is asked where no answer to come decides it; None where one may.
    known = [None if by_button else next(others) for by_button in decided]

    def walk(begin: int, answers: dict[str, Any]) -> int:
        counted = 0
        for at in range(begin, len(questions)):
            question = questions[at]
            shown = at == start or (
                asked(question, flow, answers) if known[at] is None else known[at]
            )
            if not shown:
                continue
            counted += 1
            if question.key in deciding and question.key not in answers:
                # Each answer it may get, with the questions that answer brings.
                several = not isinstance(question, Choice)
                ways = (
                    walk(at + 1, {**answers, question.key: [o.code] if several else o.code})
                    for o in getattr(question, "options", ())
                )
                return counted + max(ways, default=0)
        return counted

    answers: dict[str, Any] = {key: list(v) if isinstance(v, tuple) else v for key, v in given}
    if adding:
        answers[ADDING] = True
    return walk(start, answers)


@lru_cache(maxsize=16)
def _decisions(flow_key: str) -> tuple[tuple[Question, ...], frozenset[str], tuple[bool, ...]]:
    """The flow's questions in order, the keys of the buttons whose answers decide whether
    one of them is asked ("situation": the child's), and for each question whether such an
    answer decides it."""
    flow = FLOWS[flow_key]
    questions = tuple(
        q for s, q in _planned(flow)[2].items() if split_screen(s)[0] is ScreenId.QUESTION
    )

    def reads(question: Question) -> set[str]:
        when = getattr(question, "when", None)
        conditions = getattr(when, "conditions", (when,)) if when is not None else ()
        return {c.key for c in conditions if isinstance(c, AnswerIn)}

    deciding = frozenset(
        key
        for question in questions
        for key in reads(question)
        if isinstance(find_question(flow, key), Buttons)
    )
    return questions, deciding, tuple(bool(reads(q) & deciding) for q in questions)


def screen_asked(flow: Flow, screen: str, answers: Mapping[str, Any]) -> bool:
    """Whether a screen of :func:`sequence` is part of the dialogue for these answers."""
    question = _planned(flow)[2].get(screen)
    if question is not None:
        return asked(question, flow, answers)
    # Every question the flow can find is planned: an unplanned "q:" screen has none.
    return split_screen(screen)[0] is not ScreenId.QUESTION


def first_open(flow: Flow, answers: Mapping[str, Any]) -> str | None:
    """The first screen whose answer a lead still needs; None when all are there."""
    for screen in sequence(flow):
        if screen == ScreenId.SUMMARY:
            return None
        if screen == ScreenId.CONSENT:
            if not consent_given(answers):
                return screen
            continue
        question = find_question(flow, split_screen(screen)[1])
        if question is None or getattr(question, "optional", False):
            continue
        if asked(question, flow, answers) and not answered(question, flow, answers):
            return screen
    return None


def answered(question: Question, flow: Flow, answers: Mapping[str, Any]) -> bool:
    """Whether ``question`` has an answer that still stands: an edit can take an option
    away (no phone number any more, so no "By phone"), and then it is asked again."""
    if question.key not in answers:
        return False
    if not isinstance(question, Choice):
        return True
    value = answers[question.key]
    return not any(o.code == value and not applies(o, flow.key, answers) for o in question.options)


def following(flow: Flow, screen: str, answers: Mapping[str, Any]) -> str:
    """The screen after ``screen`` in the dialogue, skipping questions that do not apply."""
    screens = sequence(flow)
    for target in screens[screens.index(screen) + 1 :]:
        if target == ScreenId.CONSENT and consent_given(answers):
            continue
        if screen_asked(flow, target, answers):
            return target
    return ScreenId.SUMMARY


def questions_of(flow: Flow) -> tuple[Question, ...]:
    """The flow's questions and the contact questions, in dialogue order."""
    return (*flow.questions, *CONTACT_QUESTIONS)


#: Contact questions whose answers a lead keeps in ``answers`` (no column of their own).
ANSWERED_CONTACT = tuple(q for q in CONTACT_QUESTIONS if q.key not in COLUMN_KEYS)


def lead_questions(flow: Flow) -> tuple[Question, ...]:
    """Every question whose answer a lead's ``answers`` may hold: shown, exported, erased."""
    return (*flow.known, *ANSWERED_CONTACT)


def answered_by(flow_key: str | None, answers: Mapping[str, Any]) -> list[Question]:
    """The questions a lead's ``answers`` answer, each key once: its own flow's first, then
    another flow's whose answers the person added to it (bot.dialogue.returning)."""
    flow = flow_named(flow_key)
    if flow is None:
        return []
    others = [f for f in FLOWS.values() if f is not flow]
    shown: dict[str, Question] = {}
    for question in (q for f in (flow, *others) for q in lead_questions(f)):
        if question.key in answers:
            shown.setdefault(question.key, question)
    return list(shown.values())


#: Answer keys of typed text in every flow: removed on erasure like the "other" texts.
FREE_TEXT_KEYS = frozenset(
    q.key
    for flow in FLOWS.values()
    for q in (*flow.known, *CONTACT_QUESTIONS)
    if isinstance(q, FreeText) and q.key not in COLUMN_KEYS
)


@lru_cache(maxsize=4096)  # pure, and asked for every screen in a state's history per step
def screen_exists(flow_key: str | None, has_lead: bool, screen: str) -> bool:
    """Whether ``screen`` can be shown to a conversation in this flow (with or without lead)."""
    screen_id, arg = split_screen(screen)
    if screen_id is None:
        return False
    needs = NEEDS[screen_id]
    if needs is Needs.LEAD:
        return has_lead
    if screen_id is ScreenId.INFO_PAGE:
        return arg in INFO_CODES
    if screen_id is ScreenId.ANSWER:
        return answer_pages(arg) is not None
    if screen_id is ScreenId.CHOOSE:
        return arg in FLOWS
    if screen_id is ScreenId.LEAVE and arg not in LEAVE_INTENTS:
        return False
    if needs is Needs.NOTHING:
        return True
    flow = flow_named(flow_key)
    if flow is None:
        return False
    if screen_id is ScreenId.QUESTION:
        return find_question(flow, arg) is not None
    if screen_id is ScreenId.OTHER:
        return getattr(find_question(flow, arg), "other", None) is not None
    return True
