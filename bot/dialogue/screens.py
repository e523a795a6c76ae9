"""Rendering: the message and buttons a person sees for a dialogue state."""

from __future__ import annotations

from bot.dialogue.pages import page_of
from bot.dialogue.state import Button, Context, Notice, Screen, State
from bot.dialogue.texts import city_name
from bot.i18n import Translator, translator


def render(state: State, ctx: Context, notices: list[Notice] | None = None) -> Screen:
    """The message for the state's current screen, after any notices."""
    t = translator(state.lang or "de")
    page = page_of(state)
    parts = [
        t.gettext(n.message).format(**{k: _value(k, v, t) for k, v in n.params})
        for n in notices or ()
    ]
    parts.append(page.text(state, ctx, t))
    # Marked after composing: a line may start with an emoji or a /command, not translated text.
    text = t.bidi("\n\n".join(parts))
    return Screen(text=text[:4096], keyboard=keyboard(state, t))


def _value(name: str, value: str, t: Translator) -> str:
    # An office's city has a usual form in some scripts; every other value stays as typed.
    return city_name(value, t) if name == "city" else t.isolate(value)


def keyboard(state: State, t: Translator) -> tuple[tuple[Button, ...], ...]:
    """The state's buttons with labels in the language and callback data ``<seq>:<code>``."""
    rows = page_of(state).keys_for(state)
    return tuple(
        tuple(Button(key.text(t), f"{state.seq}:{key.code}") for key in row) for row in rows
    )
