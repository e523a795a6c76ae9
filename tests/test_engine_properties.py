"""Property-based tests of the pure engine (hypothesis).

Whatever a person sends, in any order, the engine never raises, the state it
keeps survives the trip through the database, and the screen it shows fits a
Telegram message and always offers a way forward: at least one button, and a
way to the main menu from every other screen.
"""

from __future__ import annotations

import copy
import itertools
import json

import hypothesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.dialogue.engine import render, step
from bot.dialogue.state import (
    Command,
    Event,
    Press,
    Result,
    Screen,
    Start,
    State,
    Text,
    Unsupported,
)
from bot.flows.navigation import Code, ScreenId, split_screen
from tests.dialogue_driver import context

CTX = context()

# Inputs that move a dialogue on, so random walks reach the deep screens too.
MEANINGFUL_TEXTS = [
    "04109",
    "01067",
    "09111",
    "06108",
    "07919",
    "01945",
    "٠٩١١١",
    "Ayşe Yılmaz",
    "أحمد",
    "Олена",
    "0341 1234567",
    "+49 151 23456789",
    "+380 44 123 4567",
    "ayse@example.org",
    "Skip",
]
# Inputs that have broken bots before.
HOSTILE_TEXTS = [
    "<b>bold</b></a>",
    "*_[x](y)_*",
    "'); DROP TABLE leads;--",
    "\x00\x07\x1b[31m",
    "\u202eevil\u202c",
    "\u200b\u200d\ufeff",
    "🙂" * 50,
    "\ud800",
    "A" * 4096,
    "🇩🇪" * 2048,
]
COMMAND_NAMES = ["menu", "language", "help", "privacy", "delete", "mydata", "start", "nope"]
LANGUAGE_CODES = [None, "de", "ar-EG", "uk", "tr", "vi", "en-GB", "pt-BR", "", "x" * 40]

texts = st.one_of(
    st.sampled_from(MEANINGFUL_TEXTS + HOSTILE_TEXTS),
    st.text(max_size=40),
    st.builds(lambda s, n: (s * n)[:4096], st.text(min_size=1, max_size=8), st.integers(1, 700)),
)
random_data = st.one_of(
    st.text(max_size=70),
    st.from_regex(r"\d{1,3}:[a-z]{1,4}(:[a-z_]{0,12})?", fullmatch=True),
)
KINDS = ["press"] * 8 + ["stale", "random", "text", "text", "label", "command", "start", "other"]


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def check_screen(state: State, screen: Screen) -> None:
    assert screen.text.strip()
    assert utf16_length(screen.text) <= 4096
    buttons = [b for row in screen.keyboard for b in row]
    assert buttons, f"no way forward on {state.screen}"
    for button in buttons:
        assert button.label.strip()
        assert 1 <= len(button.data.encode()) <= 64 and button.data.isascii()
    # The question about leaving a dialogue answers "yes, to the menu" with its own button.
    home = Code.YES if split_screen(state.screen)[0] is ScreenId.LEAVE else Code.HOME
    if state.screen != ScreenId.MENU:
        assert any(b.data.endswith(f":{home}") for b in buttons), f"no menu on {state.screen}"


def check_state(state: State) -> None:
    stored = json.loads(json.dumps(state.to_dict()))
    assert State.from_dict(stored) == state


def draw_event(data: st.DataObject, state: State, screen: Screen, seen: list[str]) -> Event:
    kind = data.draw(st.sampled_from(KINDS), label="kind")
    current = sorted(screen.button_data())
    if kind == "press" and current:
        return Press(data.draw(st.sampled_from(current), label="button"))
    if kind == "stale" and seen:
        return Press(data.draw(st.sampled_from(seen), label="stale button"))
    if kind == "random":
        return Press(data.draw(random_data, label="forged data"))
    if kind == "label":
        labels = [b.label for row in screen.keyboard for b in row]
        return Text(data.draw(st.sampled_from(labels), label="typed label"))
    if kind == "command":
        name = data.draw(st.one_of(st.sampled_from(COMMAND_NAMES), st.text(max_size=20)))
        return Command(name)
    if kind == "start":
        return Start(data.draw(st.sampled_from(LANGUAGE_CODES), label="language_code"))
    if kind == "other":
        return Unsupported(data.draw(st.sampled_from(["sticker", "photo", "voice", "other"])))
    return Text(data.draw(texts, label="text"))


def apply(state: State, event: Event, lead_ids: itertools.count[int]) -> tuple[State, Result]:
    """One step as the service runs it: a new lead gets an id, erasure forgets everything."""
    before = copy.deepcopy(state.to_dict())
    result = step(state, event, CTX)
    # The step works on a copy: the state it was given (the stored one) is untouched.
    assert state.to_dict() == before
    state = result.state
    if result.lead is not None:
        assert result.lead.name and result.lead.office
        state.lead_id = next(lead_ids)
    if result.erase:
        state = State()
    return state, result


def walk(data: st.DataObject, state: State) -> None:
    """Send a random sequence of inputs, checking every state and screen on the way."""
    lead_ids = itertools.count(1)
    screen = render(state, CTX)
    check_screen(state, screen)
    seen: list[str] = []
    for _ in range(data.draw(st.integers(1, 40), label="steps")):
        event = draw_event(data, state, screen, seen)
        seen.extend(sorted(screen.button_data()))
        state, result = apply(state, event, lead_ids)
        check_state(state)
        screen = render(state, CTX, result.notices)
        check_screen(state, screen)
        # Shown by `pytest --hypothesis-show-statistics`: which screens the walks reach.
        hypothesis.event(
            state.screen if state.screen[:2] not in ("q:", "o:", "i:") else state.screen[:2]
        )
    # From wherever the walk ended, the menu is one command or one tap away (and one
    # "Yes, leave" more when answers would be dropped).
    assert to_menu(state, Command("menu")).screen == ScreenId.MENU
    home = [b.data for row in screen.keyboard for b in row if b.data.endswith(f":{Code.HOME}")]
    if home:
        assert to_menu(state, Press(home[0])).screen == ScreenId.MENU


def to_menu(state: State, event: Event) -> State:
    """The state after ``event``, confirming a question about leaving a dialogue."""
    after = step(state, event, CTX).state
    if after.screen == ScreenId.LEAVE.of("menu"):
        after = step(after, Press(f"{after.seq}:{Code.YES}"), CTX).state
    return after


# The callback request from the first tap to "Send": walks start somewhere along it, so
# the deep screens (consent, contact questions, summary, done) get their share of chaos.
HAPPY_PATH: list[Event | str] = [
    Start("en"),
    "English",
    "Request a callback",
    "A business",
    "Skip",
    Text("04109"),
    "Yes, I agree",
    Text("Ayşe Yılmaz"),
    Text("0341 1234567"),  # a landline: no WhatsApp question
    "At my business",
    "Any time",
    "Preferred language",
    "Deutsch",
    "Send",
]


def along_the_happy_path(steps: int) -> State:
    """The state after the first ``steps`` inputs of :data:`HAPPY_PATH`."""
    state = State()
    lead_ids = itertools.count(1)
    for item in HAPPY_PATH[:steps]:
        if isinstance(item, str):
            screen = render(state, CTX)
            item = next(Press(b.data) for row in screen.keyboard for b in row if item in b.label)
        state, _ = apply(state, item, lead_ids)
    return state


PROPERTY_SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@PROPERTY_SETTINGS
@given(data=st.data())
def test_any_sequence_of_inputs_keeps_a_valid_state_with_a_way_forward(
    data: st.DataObject,
) -> None:
    start = data.draw(st.integers(0, len(HAPPY_PATH)), label="happy steps first")
    walk(data, along_the_happy_path(start))
