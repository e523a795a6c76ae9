"""How a step moves a conversation between screens, keeping the path for Back."""

from __future__ import annotations

from bot.dialogue.state import MAX_HISTORY, State
from bot.flows.model import Flow
from bot.flows.navigation import ScreenId, flow_named, following


def go(state: State, target: str) -> None:
    """Move forward, keeping a history path without loops for Back."""
    path = [*state.history, state.screen]
    if target in path:
        path = path[: path.index(target)]
    state.history = path[-MAX_HISTORY:]
    state.screen = target


def home(state: State) -> None:
    """Back to the main menu, forgetting the flow and its answers."""
    state.screen = ScreenId.MENU
    state.history = []
    state.flow = None
    state.answers = {}
    state.editing = False
    state.office = None


def back(state: State) -> None:
    """One screen back along the path, or home when there is none."""
    if not state.history:
        home(state)
        return
    state.screen = state.history.pop()
    if state.screen == ScreenId.SUMMARY:
        state.editing = False
    elif state.screen == ScreenId.MENU:
        home(state)


def start_flow(state: State, flow: Flow) -> None:
    """Begin ``flow`` at its first question with no answers."""
    state.flow = flow.key
    state.answers = {}
    state.editing = False
    state.office = None
    go(state, ScreenId.QUESTION.of(flow.questions[0].key))


def advance(state: State, key: str) -> None:
    """Go to the screen after question ``key`` (or back to the summary when editing)."""
    flow = flow_named(state.flow)
    if flow is None:
        home(state)
        return
    if state.editing:
        state.editing = False
        go(state, ScreenId.SUMMARY)
        return
    go(state, following(flow, ScreenId.QUESTION.of(key), state.answers))
