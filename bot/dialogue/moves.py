"""How a step moves a conversation between screens, keeping the path for Back."""

from __future__ import annotations

from bot.dialogue.state import MAX_HISTORY, Result, State
from bot.flows.consent import consent_given, for_a_child
from bot.flows.contact import BY_EMAIL, EMAIL, PHONE, WITHOUT_CHAT
from bot.flows.model import Flow
from bot.flows.navigation import (
    ADDING,
    CHILDS_AGE_SAID,
    MEDIA_LATER,
    RESUME,
    RETYPED,
    ScreenId,
    first_open,
    flow_named,
    following,
    mark_not_shown,
    not_shown,
    screen_exists,
    sequence,
    split_screen,
    unmark_not_shown,
)
from bot.flows.young import AGE

#: The screens of a lead dialogue under way: typed text there answers the step.
DIALOGUE_SCREENS = frozenset(
    {
        ScreenId.QUESTION,
        ScreenId.OTHER,
        ScreenId.CONSENT,
        ScreenId.SUMMARY,
        ScreenId.BORDER,
        ScreenId.OUTSIDE,
        ScreenId.PLZ_GUESS,
        ScreenId.TRADE_GUESS,
        ScreenId.PLACE,
        ScreenId.PICK_OFFICE,
    }
)


def missing(state: State, flow: Flow) -> str | None:
    """The first screen whose answer a lead still needs, if any."""
    screen = first_open(flow, state.answers)
    if screen is not None or state.channel not in WITHOUT_CHAT:
        return screen
    # On the web, "e-mail instead of phone" makes the e-mail address required.
    by_email = state.answers.get(PHONE.key) == BY_EMAIL.code
    return ScreenId.QUESTION.of(EMAIL.key) if by_email and EMAIL.key not in state.answers else None


def in_dialogue(state: State) -> bool:
    """Whether the person is in the middle of a lead dialogue."""
    return state.flow is not None and is_dialogue_screen(state.screen)


def aside_from_dialogue(state: State) -> bool:
    """Whether the person stepped aside from a lead dialogue (/help, /privacy ...) that
    Back leads into again."""
    return state.flow is not None and any(is_dialogue_screen(s) for s in state.history)


def is_dialogue_screen(screen: str) -> bool:
    """Whether ``screen`` is one of a lead dialogue's (a question, the summary ...)."""
    return split_screen(screen)[0] in DIALOGUE_SCREENS


def half_filled(state: State) -> bool:
    """In a dialogue with answers that leaving would drop."""
    return in_dialogue(state) and any(key not in (ADDING, MEDIA_LATER) for key in state.answers)


def go(state: State, target: str) -> None:
    """Move forward, keeping a history path without loops for Back."""
    path = [*state.history, state.screen]
    if target in path:
        path = path[: path.index(target)]
    state.history = path[-MAX_HISTORY:]
    state.screen = target


def edit(state: State, key: str) -> None:
    """From the summary to question ``key``, whose answer leads back to the summary."""
    # Not go(): the path must keep the summary so Back returns to it.
    state.editing = True
    state.history.append(ScreenId.SUMMARY)
    state.screen = ScreenId.QUESTION.of(key)


def home(state: State) -> None:
    """Back to the main menu, forgetting the flow and its answers."""
    state.screen = ScreenId.MENU
    state.history = []
    state.flow = None
    state.answers = {}
    state.editing = False
    state.office = None


def home_told(state: State, result: Result, said: bool, told: str) -> bool:
    """Outside a dialogue, words that ``said`` something a page cannot answer ("remove my
    number", "stop contacting me"): ``told`` at the main menu. False, and nothing done,
    when they did not."""
    if not said:
        return False
    home(state)
    result.notify(told)
    return True


def back(state: State) -> None:
    """One screen back along the path, or home when there is none."""
    if not state.history:
        home(state)
        return
    screen_id, key = split_screen(state.screen)
    resume = state.answers.get(RESUME)
    if isinstance(resume, str) and screen_id is ScreenId.QUESTION and state.answers.get(key):
        # A question opened by words at a later one ("ich möchte den Beruf ändern"):
        # Back returns there, its answer as it is (it went to the question before it).
        advance(state, key)
        return
    if state.history[-1] == ScreenId.MENU and half_filled(state):
        # Back past a dialogue's first question drops its answers: ask first, as the
        # main menu button does.
        go(state, ScreenId.LEAVE.of("menu"))
        return
    state.screen = state.history.pop()
    if state.screen == ScreenId.SUMMARY:
        state.editing = False
    elif state.screen == ScreenId.MENU:
        home(state)


def on_from_edit(state: State, flow: Flow) -> None:
    """After an answer changed from the summary: a question the change made necessary (a
    child now at school: the trade wanted; "e-mail instead of phone": the address; after
    "for my child", the answers about the child), then the summary, without another "Send"."""
    needed = missing(state, flow)
    if needed is not None and needed != ScreenId.CONSENT:
        _go_editing(state, needed)
        return
    state.editing = False
    go(state, ScreenId.SUMMARY)


def _go_editing(state: State, target: str) -> None:
    """:func:`go` within an edit: Back leads through the edit's questions to the summary.
    (go() cut the path at the question's earlier place, before the summary, and Back then
    offered to leave the dialogue.)"""
    if ScreenId.SUMMARY not in state.history:
        go(state, target)
        return
    cut = len(state.history) - state.history[::-1].index(ScreenId.SUMMARY)
    path = [*state.history[cut:], state.screen]
    if target in path:
        path = path[: path.index(target)]
    state.history = [*state.history[:cut], *path][-MAX_HISTORY:]
    state.screen = target


def start_flow(state: State, flow: Flow) -> None:
    """Begin ``flow`` at its first screen (question, or consent) with no answers."""
    state.flow = flow.key
    state.answers = {}
    state.editing = False
    state.office = None
    # Back must not lead into the questions of a flow left behind.
    has_lead = state.lead_id is not None
    state.history = [h for h in state.history if screen_exists(flow.key, has_lead, h)]
    go(state, sequence(flow)[0])


def _past_answered_early(state: State, flow: Flow, target: str) -> str:
    """``target``, or the first screen after it that is no question answered before it
    came (NOT_SHOWN: an age typed at the main menu, a certificate at the trade question),
    each passed on the path so that Back asks it."""
    early = not_shown(state.answers)
    childs = CHILDS_AGE_SAID in state.answers
    at_the_age = target == ScreenId.QUESTION.of(AGE.key)
    if AGE.key in early and at_the_age and for_a_child(state.answers) and not childs:
        # The age typed before the situation (bot.dialogue.age_first) was the person's
        # own: a parent is asked their child's.
        unmark_not_shown(state.answers, AGE.key)
        del state.answers[AGE.key]
        return target
    while _answered_early(state, target, early):
        # Typed before its question (an age at the main menu): not asked; Back asks it.
        go(state, target)
        target = following(flow, target, state.answers)
    return target


def _answered_early(state: State, screen: str, early: tuple[str, ...]) -> bool:
    """Whether ``screen`` asks one of the questions ``early`` that has its answer."""
    screen_id, key = split_screen(screen)
    return screen_id is ScreenId.QUESTION and key in early and key in state.answers


def advance(state: State, key: str) -> None:
    """Go to the screen after question ``key`` (or back to the summary when editing)."""
    flow = flow_named(state.flow)
    if flow is None:
        home(state)
        return
    if state.editing:
        if consent_given(state.answers) or ADDING in state.answers:
            on_from_edit(state, flow)
        else:
            # An age edited to under 16 needs a parent's consent, not the one given
            # before; still editing, so agreeing goes on (on_from_edit).
            _go_editing(state, ScreenId.CONSENT)
        return
    # Shown after all (Back from the next step): counted from now on.
    unmark_not_shown(state.answers, key)
    target = following(flow, ScreenId.QUESTION.of(key), state.answers)
    resume = state.answers.pop(RESUME, None)
    state.answers.pop(RETYPED, None)
    if isinstance(resume, str) and resume in sequence(flow):
        # After a question a correction opened (bot.dialogue.earlier_corrected): on past
        # the questions answered already to the one the correction was typed at, each on
        # the path, so that Back goes through them as on the normal way.
        order = sequence(flow)
        while (
            target in order
            and order.index(target) < order.index(resume)
            and split_screen(target)[1] in state.answers
        ):
            go(state, target)
            target = following(flow, target, state.answers)
    target = _past_answered_early(state, flow, target)
    if target == ScreenId.QUESTION.of(PHONE.key) and PHONE.key in state.answers:
        # Typed with the name or the business's name (free_text.name_with_phone): not
        # asked again. The summary shows it with its ✏️; Back from the next step asks it.
        go(state, target)
        mark_not_shown(state.answers, PHONE.key)
        target = following(flow, target, state.answers)
    if target == ScreenId.CONSENT and ADDING in state.answers:
        # Added to an open request: its consent and contact details are already there.
        target = ScreenId.SUMMARY
    go(state, target)
