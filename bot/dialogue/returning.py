"""A person who comes back: their open request, /status, and no silent duplicate.

Pure, like the rest of the engine: the person's requests come in through
``Context.requests`` (read by the service), and adding answers to an open request
goes out as ``Result.addition``.
"""

from __future__ import annotations

from bot.dialogue.keys import (
    BUSINESS_LABEL,
    CALLBACK_LABEL,
    HOME_ONLY,
    INFO_KEY,
    NAV,
    YOUNG_LABEL,
    Key,
    Keys,
)
from bot.dialogue.moves import back, go, half_filled, home, start_flow
from bot.dialogue.state import Addition, Context, Handler, Request, Result, State
from bot.dialogue.texts import STATUS_TEXTS, WELCOME, city_name
from bot.flows import FLOWS
from bot.flows.ask import ASK, QUESTION
from bot.flows.business import BUSINESS
from bot.flows.callback import CALLBACK
from bot.flows.navigation import ADDING, Code, ScreenId, split_screen
from bot.flows.young import YOUNG
from bot.i18n import N_, Translator

WRITE_LABEL = N_("Write to my advisor")
NEW_LABEL = N_("New request")
ADD_LABEL = N_("Add to my request")
LEAVE_LABEL = N_("Yes, leave")
STAY_LABEL = N_("No, continue")
WRITE_KEY = Key(WRITE_LABEL, Code.WRITE, "✉️ ")


def open_request(ctx: Context) -> Request | None:
    """The person's newest open request, if any."""
    return next((r for r in ctx.requests if r.open), None)


def restart(state: State, ctx: Context, result: Result) -> None:
    """``/start``: the open request if there is one, else the greeting and language choice."""
    home(state)
    if open_request(ctx) is not None:
        state.screen = ScreenId.OPEN
        return
    state.screen = ScreenId.LANG
    result.notify(WELCOME)


def leave_or_ask(state: State, ctx: Context, result: Result, intent: str) -> None:
    """Main menu or ``/start`` (``intent``): ask first when answers would be dropped."""
    if half_filled(state):
        go(state, ScreenId.LEAVE.of(intent))
    elif intent == "start":
        restart(state, ctx, result)
    else:
        home(state)


def _leave(state: State, ctx: Context, result: Result, arg: str) -> None:
    # "Yes, leave": the answers go, and a message typed for the dialogue's request with
    # them (the menu keeps one typed there for a dialogue chosen next).
    result.drop_held = True
    intent = split_screen(state.screen)[1]
    if intent == "start":
        restart(state, ctx, result)
    else:
        home(state)


def _stay(state: State, ctx: Context, result: Result, arg: str) -> None:
    back(state)


def begin(state: State, ctx: Context, result: Result, key: str) -> None:
    """Start a flow; with an open request, ask first whether to add to it."""
    if open_request(ctx) is not None:
        go(state, ScreenId.CHOOSE.of(key))
    else:
        _create(state, ctx, result, key)


def _create(state: State, ctx: Context, result: Result, key: str) -> None:
    flow = FLOWS[key]
    start_flow(state, flow)
    if flow.consent_first:
        result.notify(flow.intro)


def _add(state: State, ctx: Context, result: Result, key: str) -> None:
    request = open_request(ctx)
    if request is None:
        # Closed meanwhile: then it is a new request after all.
        _create(state, ctx, result, key)
        return
    if key == ASK.key:
        # The typed question is the addition; without it, they write to the advisor.
        if ctx.held_question:
            added(state, result, Addition(request.id, ASK.key, {QUESTION.key: ctx.held_question}))
        else:
            go(state, ScreenId.WRITE)
        return
    start_flow(state, FLOWS[key])
    state.answers[ADDING] = str(request.id)


def added(state: State, result: Result, addition: Addition) -> None:
    """The answers go to the open request; the person sees where they went."""
    result.addition = addition
    show_added(state, addition.lead_id)


def show_added(state: State, lead_id: int) -> None:
    """The "added to your request" screen, the dialogue's answers done with."""
    state.answers = {}
    state.history = []
    state.editing = False
    state.lead_id = lead_id
    state.screen = ScreenId.ADDED


# -- texts and buttons ---------------------------------------------------------------


def _status(request: Request, t: Translator) -> str:
    known = STATUS_TEXTS.get(request.status)
    return t.gettext(known) if known else request.status


def _office(request: Request, ctx: Context, t: Translator) -> str:
    office = ctx.offices.get(request.office or "")
    return city_name(office.city, t) if office else ""


def open_text(state: State, ctx: Context, t: Translator) -> str:
    """The open request: number, status and office."""
    _ = t.gettext
    request = open_request(ctx)
    if request is None:
        return _("You have no open request at the moment.")
    lines = [
        _("Welcome back! You have an open request."),
        "",
        _("Request number: {number}").format(number=t.isolate(str(request.id))),
        _("Status: {status}").format(status=_status(request, t)),
    ]
    city = _office(request, ctx, t)
    if city:
        lines.append(_("KAUSA office {city}").format(city=city))
    return "\n".join(lines)


def write_text(state: State, ctx: Context, t: Translator) -> str:
    """How to write to the advisor: simply type (the Telegram channel passes it on)."""
    if open_request(ctx) is None:
        return t.gettext(N_("You have no open request at the moment."))
    return t.gettext(
        N_("Simply write your message here in this chat. We will pass it on to your advisor.")
    )


def open_keys(state: State) -> Keys:
    return ((WRITE_KEY,), (Key(NEW_LABEL, Code.NEW_REQUEST, "➕ "),), HOME_ONLY)


def status_text(state: State, ctx: Context, t: Translator) -> str:
    """/status: every request the person has, newest first."""
    _ = t.gettext
    if not ctx.requests:
        return _("You have not sent a request yet.")
    lines = [_("Your requests:"), ""]
    for request in ctx.requests:
        status = _status(request, t)
        number = t.isolate(str(request.id))
        city = _office(request, ctx, t)
        if city:
            line = _("Request {number}: {status} (KAUSA office {city})").format(
                number=number, status=status, city=city
            )
        else:
            line = _("Request {number}: {status}").format(number=number, status=status)
        lines.append(line)
    return "\n".join(lines)


def status_screen(ctx: Context) -> str:
    """/status: with "write to my advisor" only while a request is open."""
    return ScreenId.STATUS if open_request(ctx) else ScreenId.STATUS_CLOSED


def status_keys(state: State) -> Keys:
    return ((WRITE_KEY,), NAV)


def choose_text(state: State, ctx: Context, t: Translator) -> str:
    """Asked before a flow starts while a request is open."""
    request = open_request(ctx)
    number = t.isolate(str(request.id)) if request else ""
    return t.gettext(
        N_(
            "You already have an open request (number {number}). Shall we add your new "
            "answers to it, or is this a new request?"
        )
    ).format(number=number)


def choose_keys(state: State) -> Keys:
    key = split_screen(state.screen)[1]
    return (
        (Key(ADD_LABEL, Code.ADD.of(key), "📎 "),),
        (Key(NEW_LABEL, Code.CREATE.of(key), "➕ "),),
        NAV,
    )


NEW_KEYS: Keys = (
    (Key(BUSINESS_LABEL, Code.CREATE.of(BUSINESS.key), "🏢 "),),
    (Key(YOUNG_LABEL, Code.CREATE.of(YOUNG.key), "🎓 "),),
    (Key(CALLBACK_LABEL, Code.CREATE.of(CALLBACK.key), "📞 "),),
    NAV,
)

#: No "Main menu" here: it would do what "Yes, leave" does, where the tap that opened
#: this question was, so a double tap on "Main menu" would drop the answers unasked.
LEAVE_KEYS: Keys = ((Key(LEAVE_LABEL, Code.YES), Key(STAY_LABEL, Code.NO)),)

ADDED_KEYS: Keys = ((INFO_KEY,), HOME_ONLY)


def added_text(state: State, ctx: Context, t: Translator) -> str:
    """After answers were added to the open request."""
    return t.gettext(
        N_(
            "Thank you. We have added this to your request number {number}. "
            "Your advisor has been told."
        )
    ).format(number=t.isolate(str(state.lead_id)))


# -- presses ---------------------------------------------------------------------------

ON_LEAVE: dict[Code, Handler] = {Code.YES: _leave, Code.NO: _stay}
ON_CHOOSE: dict[Code, Handler] = {Code.ADD: _add, Code.CREATE: _create}
ON_CREATE: dict[Code, Handler] = {Code.CREATE: _create}
ON_WRITE: dict[Code, Handler] = {
    Code.WRITE: lambda state, ctx, result, arg: go(state, ScreenId.WRITE),
    Code.NEW_REQUEST: lambda state, ctx, result, arg: go(state, ScreenId.NEW),
}
