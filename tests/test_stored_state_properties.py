"""Property-based test of the pure engine on stored states (hypothesis).

A corrupted or outdated row in the database must not lock a person out: any stored
state loads, renders and goes on as tests/test_engine_properties.py's walks do. A module
of its own so that CI's workers run the two properties side by side (each takes tens of
seconds; one module runs on one worker).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.dialogue.state import State
from tests.test_engine_properties import PROPERTY_SETTINGS, check_state, walk

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)
STATE_KEYS = ["lang", "screen", "flow", "answers", "history", "editing", "seq", "office"]
screen_names = st.sampled_from(
    ["lang", "menu", "summary", "done", "consent", "q:plz", "q:name", "o:sector", "i:pay", "x"]
)
ANSWER_KEYS = [
    "sector",
    "needs",
    "plz",
    "employees",
    "name",
    "phone",
    "email",
    "consent",
    "time",
    "callback_lang",
    "sector_other",
    "contact",
    "region",
    "who",
]
stored_answers = st.dictionaries(
    st.sampled_from(ANSWER_KEYS),
    st.one_of(
        json_values,
        st.lists(st.sampled_from(["find", "gastro", "x"]), max_size=3),
        st.fixed_dictionaries(
            {"version": st.text(max_size=5), "lang": st.text(max_size=3)},
            optional={"at": st.sampled_from(["2026-11-25T10:00:00+00:00", "yesterday"])},
        ),
    ),
)
stored_states = st.dictionaries(
    st.sampled_from([*STATE_KEYS, "lead_id", "junk"]),
    st.one_of(
        json_values,
        stored_answers,
        screen_names,
        st.sampled_from(["de", "ar", "business", "young", "callback", "leipzig"]),
        st.lists(screen_names, max_size=6),
    ),
)


@PROPERTY_SETTINGS
@given(stored=stored_states, data=st.data())
def test_any_stored_state_loads_renders_and_goes_on(
    stored: dict[str, object], data: st.DataObject
) -> None:
    # A corrupted or outdated row in the database must not lock a person out.
    state = State.from_dict(stored)
    check_state(state)
    walk(data, state)
