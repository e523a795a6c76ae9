"""Rendering: the message and buttons a person sees for a dialogue state."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from bot.dialogue.keys import Key
from bot.dialogue.pages import page_of
from bot.dialogue.questions import answer_field, asks_for_text, contact_question
from bot.dialogue.state import Button, Context, Notice, Screen, State
from bot.dialogue.texts import city_name
from bot.flows.contact import PHONE, TELEGRAM
from bot.flows.model import first_start_year
from bot.i18n import N_, Translator, translator


def render(
    state: State,
    ctx: Context,
    notices: list[Notice] | None = None,
    *,
    shown: str | None = None,
) -> Screen:
    """The message for the state's current screen, after any notices.

    ``shown`` is the screen the person saw before this step: the same one again under
    a notice is asked again, without its intro.
    """
    t = translator(state.lang or "de")
    if notices and shown == state.screen:
        ctx = replace(ctx, again=True)
    page = page_of(state)
    parts = [
        t.gettext(n.message).format(**{k: _value(k, v, t) for k, v in n.params})
        for n in notices or ()
    ]
    parts.append(page.text(state, ctx, t))
    # Marked after composing: a line may start with an emoji or a /command, not translated text.
    text = t.bidi("\n\n".join(parts))
    return Screen(
        text=text[:4096],
        keyboard=keyboard(state, t, ctx.local_now.date()),
        accepts_contact=contact_question(state) is not None,
        typing=asks_for_text(state),
        field=answer_field(state),
    )


#: The values that name a place: an office's city among them is written as the language
#: writes it ("01067 Leipzig": "Dresden" and "Leipzig" in Arabic and Ukrainian letters).
_PLACES = frozenset({"city", "town", "named"})
#: Counts, written as the language writes numbers ("5.040" in German, "5,040" in English).
_COUNTS = frozenset({"length", "max"})


def _value(name: str, value: str, t: Translator) -> str:
    # An office's city has a usual form in some scripts; a button's label (``choice``) is
    # in the person's language; every other value stays as typed, and so does a choice
    # that is no label (a phone number: "+49 176 12345678" read "12345678 176 +49" in
    # Arabic when not isolated).
    if name in _PLACES:
        return city_name(value, t)
    if name in _COUNTS:
        return t.isolate(t.number(int(value)))
    if name == "choice" and t.gettext(value) != value:
        return t.gettext(value)
    return t.isolate(value)


def keyboard(state: State, t: Translator, today: date) -> tuple[tuple[Button, ...], ...]:
    """The state's buttons with labels in the language and callback data ``<seq>:<code>``;
    ``today`` (Saxony's date) is the year a year option counts from."""
    rows = page_of(state).keys_for(state)
    return tuple(
        tuple(Button(_label(key, t, today), f"{state.seq}:{key.code}", key.pressed) for key in row)
        for row in rows
    )


def _label(key: Key, t: Translator, today: date) -> str:
    if key.option is not None and key.option.year is not None:
        return str(first_start_year(today) + key.option.year)
    return key.text(t)


#: Under the phone question: the button only Telegram has, and the words above it.
SHARE_PROMPT = N_("Or share the phone number of this Telegram account with the button below.")
SHARE_LABEL = N_("Share my phone number")
#: When the phone question is left, its keyboard goes with one of these.
KEYBOARD_GONE = {
    "phone": N_("Thank you. We have your phone number."),
    TELEGRAM.code: N_("All right. We will write to you here in Telegram."),
    "": N_("All right."),
}


@dataclass(frozen=True)
class KeyboardChange:
    """The phone step's share button appears (``show``) or goes, with a short message."""

    show: bool
    text: str
    label: str = SHARE_LABEL


def keyboard_change(had_contact: bool, state: State, screen: Screen) -> KeyboardChange | None:
    """Whether a step shows or removes the share button (message ids, to translate)."""
    if screen.accepts_contact and not had_contact:
        return KeyboardChange(show=True, text=SHARE_PROMPT)
    if had_contact and not screen.accepts_contact:
        answer = state.answers.get(PHONE.key)
        if not isinstance(answer, str):
            way = ""  # left without an answer: Back, the menu
        elif answer == TELEGRAM.code:
            way = TELEGRAM.code
        else:
            way = "phone"
        return KeyboardChange(show=False, text=KEYBOARD_GONE[way])
    return None
