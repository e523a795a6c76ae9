"""The dialogue engine: pure functions from (state, event) to (state, screen).

No I/O, no Telegram types, no clock: everything the engine needs comes in through
:class:`Context`, and everything it wants done (store a lead) goes out in the
:class:`Result`. Channels turn their updates into events and screens into
messages; the service layer persists state and stores leads.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from bot.dialogue.screens import COMMANDS, render
from bot.dialogue.state import (
    _PERSONAL_KEYS,
    BACK,
    BORDER,
    CONSENT,
    CONSENT_VERSION,
    DONE,
    ERASE,
    HELP,
    HOME,
    INFO,
    LANG,
    MAX_HISTORY,
    MAX_NAME,
    MAX_TEXT,
    MENU,
    OUTSIDE,
    PRIVACY,
    REFUSED,
    SUMMARY,
    Button,
    Command,
    Context,
    Event,
    LeadDraft,
    Notice,
    Press,
    Privacy,
    Result,
    Screen,
    Start,
    State,
    Text,
    Unsupported,
    _flow,
    _question,
    _sequence,
)
from bot.flows import FLOWS
from bot.flows.contact import CONTACT_QUESTIONS
from bot.flows.model import Choice, Flow, FreeText, MultiChoice, PostalCode
from bot.i18n import N_, negotiate
from bot.routing import PostalKind, classify_postal_code
from bot.validation import clean_text, parse_email, parse_phone

WELCOME = N_(
    "Hello! This is KAUSA Saxony. We help businesses to train apprentices and "
    "young people to find and finish an apprenticeship (Ausbildung)."
)

__all__ = [
    "COMMANDS",
    "WELCOME",
    "Button",
    "Command",
    "Context",
    "Event",
    "LeadDraft",
    "Notice",
    "Press",
    "Privacy",
    "Result",
    "Screen",
    "Start",
    "State",
    "Text",
    "Unsupported",
    "render",
    "step",
]


def _go(state: State, target: str) -> None:
    """Move forward, keeping a history path without loops for Back."""
    path = [*state.history, state.screen]
    if target in path:
        path = path[: path.index(target)]
    state.history = path[-MAX_HISTORY:]
    state.screen = target


def _home(state: State) -> None:
    state.screen = MENU
    state.history = []
    state.flow = None
    state.answers = {}
    state.editing = False
    state.office = None


def _start_flow(state: State, flow: Flow) -> None:
    state.flow = flow.key
    state.answers = {}
    state.editing = False
    state.office = None
    _go(state, f"q:{flow.questions[0].key}")


def _advance(state: State, key: str) -> None:
    """Go to the screen after question ``key`` (or back to the summary when editing)."""
    flow = _flow(state)
    if flow is None:
        _home(state)
        return
    if state.editing:
        state.editing = False
        _go(state, SUMMARY)
        return
    sequence = _sequence(flow)
    here = sequence.index(f"q:{key}")
    target = sequence[here + 1]
    if target == CONSENT and "consent" in state.answers:
        target = sequence[here + 2]
    _go(state, target)


# -- the step ----------------------------------------------------------------


def step(state: State, event: Event, ctx: Context) -> Result:
    """Apply one event to a copy of ``state``; never raises for any input."""
    state = state.copy()
    state.seq += 1
    result = Result(state)
    if isinstance(event, Start):
        if state.lang is None:
            state.lang = negotiate(event.language_code)
        _home(state)
        state.screen = LANG
        result.notify(WELCOME)
        return result
    if state.lang is None:
        state.lang = negotiate(None)
    if isinstance(event, Command):
        _command(state, event.name, result)
    elif isinstance(event, Press):
        _press(state, event.data, ctx, result)
    elif isinstance(event, Text):
        _text(state, event.text, ctx, result)
    else:
        result.notify(N_("I can only read text messages and buttons here."))
    return result


def _command(state: State, name: str, result: Result) -> None:
    if name == "menu":
        _home(state)
    elif name == "language":
        _go(state, LANG)
    elif name == "help":
        _go(state, HELP)
    elif name == "privacy":
        _go(state, PRIVACY)
    elif name == "delete":
        _go(state, ERASE)
    elif name == "mydata":
        result.export = True
    else:
        result.notify(N_("I do not know this command. /help shows what I can do."))


def _stale(result: Result) -> None:
    result.notify(N_("This button belongs to an earlier message. Here is the current step again."))


def _press(state: State, data: str, ctx: Context, result: Result) -> None:
    seq_text, _, code = data.partition(":")
    valid = _previous_screen(state, ctx).button_data()
    if data not in valid or not seq_text.isdigit():
        _stale(result)
        return
    if code == HOME:
        _home(state)
    elif code == BACK:
        _back(state)
    elif code.startswith("l:"):
        _choose_language(state, code[2:])
    elif code.startswith("f:"):
        _start_flow(state, FLOWS[code[2:]])
    elif code.startswith("t:"):
        _go(state, f"i:{code[2:]}" if code[2:] else INFO)
    elif code == "lang":
        _go(state, LANG)
    else:
        _screen_press(state, code, ctx, result)


def _previous_screen(state: State, ctx: Context) -> Screen:
    """The screen the person saw before this step (``step`` already bumped seq)."""
    # A shallow copy is enough (render only reads) and much cheaper than a JSON
    # round trip through State.from_dict on every button press.
    return render(replace(state, seq=state.seq - 1), ctx)


def _back(state: State) -> None:
    if not state.history:
        _home(state)
        return
    state.screen = state.history.pop()
    if state.screen == SUMMARY:
        state.editing = False
    elif state.screen == MENU:
        _home(state)


def _choose_language(state: State, lang: str) -> None:
    state.lang = lang
    if state.history and state.history[-1] != LANG:
        state.screen = state.history.pop()
        if state.screen == MENU:
            _home(state)
    else:
        _home(state)


def _screen_press(state: State, code: str, ctx: Context, result: Result) -> None:
    screen = state.screen
    if screen.startswith("q:"):
        question = _question(state, screen[2:])
        if isinstance(question, Choice):
            _answer_choice(state, question, code[2:], result)
        elif isinstance(question, MultiChoice):
            _toggle(state, question, code, result)
        elif isinstance(question, FreeText) and question.alternative is not None:
            state.answers[question.key] = question.alternative.code
            _advance(state, question.key)
    elif screen == BORDER:
        if code == "y":
            state.office = "dresden"
            _advance(state, "plz")
        else:
            _go(state, OUTSIDE)
    elif screen == OUTSIDE and code == "p":
        _go(state, "q:plz")
    elif screen == ERASE:
        if code == "y":
            result.erase = True
        else:
            result.notify(N_("Nothing was deleted."))
            _back(state)
    elif screen == CONSENT:
        if code == "y":
            state.answers["consent"] = {
                "version": CONSENT_VERSION,
                "lang": state.lang,
                "at": ctx.now.isoformat(),
            }
            _go(state, f"q:{CONTACT_QUESTIONS[0].key}")
        else:
            state.answers = {}
            state.history = []
            state.editing = False
            state.screen = REFUSED
    elif screen == REFUSED and code == "r":
        flow = _flow(state)
        if flow is not None:
            _start_flow(state, flow)
    elif screen == SUMMARY:
        if code.startswith("e:"):
            # Not _go: the path must keep the summary so Back returns to it.
            state.editing = True
            state.history.append(SUMMARY)
            state.screen = f"q:{code[2:]}"
        elif code == "s":
            _submit(state, ctx, result)


def _answer_choice(state: State, question: Choice, code: str, result: Result) -> None:
    state.answers[question.key] = code
    if question.other is not None and code != question.other:
        state.answers.pop(f"{question.key}_other", None)
    notice = question.notices.get(code)
    if notice:
        result.notify(notice)
    if code == question.other:
        _go(state, f"o:{question.key}")
    else:
        _advance(state, question.key)


def _toggle(state: State, question: MultiChoice, code: str, result: Result) -> None:
    chosen = [c for c in state.answers.get(question.key, []) if isinstance(c, str)]
    if code == "d":
        if not chosen:
            result.notify(N_("Please choose at least one answer, then tap “Done”."))
        elif question.other is not None and question.other in chosen:
            _go(state, f"o:{question.key}")
        else:
            state.answers.pop(f"{question.key}_other", None)
            _advance(state, question.key)
        return
    option = code[2:]
    if option in chosen:
        chosen.remove(option)
    else:
        chosen.append(option)
    order = [o.code for o in question.options]
    state.answers[question.key] = sorted(chosen, key=order.index)


def _text(state: State, raw: str, ctx: Context, result: Result) -> None:
    text = clean_text(raw)
    screen = state.screen
    if screen.startswith("o:"):
        if _fits(text, MAX_TEXT, result):
            state.answers[f"{screen[2:]}_other"] = text
            _advance(state, screen[2:])
        return
    if screen.startswith("q:"):
        question = _question(state, screen[2:])
        if isinstance(question, PostalCode):
            _answer_postal_code(state, question, text, ctx, result)
            return
        if isinstance(question, FreeText):
            _answer_free_text(state, question, text, result)
            return
    # Someone typed a button's label instead of tapping it: take it as the tap.
    folded = text.casefold()
    for row in _previous_screen(state, ctx).keyboard:
        for button in row:
            if folded and _strip_marks(button.label).casefold() == folded:
                _press(state, button.data, ctx, result)
                return
    result.notify(N_("Please tap one of the buttons below."))


_LEADING_MARKS = re.compile(r"^\W+")


def _strip_marks(label: str) -> str:
    """A button label without its leading emoji, as someone would type it."""
    return _LEADING_MARKS.sub("", label)


def _fits(text: str, limit: int, result: Result) -> bool:
    if not text:
        result.notify(N_("Please write a few words."))
        return False
    if len(text) > limit:
        result.notify(
            N_("This text is too long. Please write at most {max} characters."), max=str(limit)
        )
        return False
    return True


def _answer_postal_code(
    state: State, question: PostalCode, text: str, ctx: Context, result: Result
) -> None:
    check = classify_postal_code(text)
    if check.kind is PostalKind.FORMAT:
        result.notify(N_("A postal code has five digits, for example 04109."))
        return
    if check.kind is PostalKind.UNKNOWN:
        result.notify(N_("I could not find this postal code. Please check it."))
        return
    state.answers[question.key] = check.postal_code
    if check.kind is PostalKind.SAXONY:
        state.office = check.office
        office = ctx.offices.get(check.office or "")
        result.notify(
            N_("Thank you. The KAUSA office in {city} is responsible for you."),
            city=office.city if office else "",
        )
        _advance(state, question.key)
    elif check.kind is PostalKind.BORDER:
        _go(state, BORDER)
    else:
        state.answers["region"] = "st" if check.kind is PostalKind.SACHSEN_ANHALT else "other"
        state.office = None
        _go(state, OUTSIDE)


def _answer_free_text(state: State, question: FreeText, text: str, result: Result) -> None:
    value: str | None
    if question.validator == "name":
        value = text if 2 <= len(text) <= MAX_NAME and any(c.isalpha() for c in text) else None
        error = N_("Please write your name (at least two letters).")
    elif question.validator == "phone":
        value = parse_phone(text)
        error = N_(
            "This does not look like a phone number. Please write it with the area code, "
            "or with +49 or another country code."
        )
    else:
        value = parse_email(text) if len(text) <= 254 else None
        error = N_("This e-mail address does not look right. Please check it, or tap “Skip”.")
    if value is None:
        result.notify(error)
        return
    state.answers[question.key] = value
    _advance(state, question.key)


def _missing(state: State, flow: Flow) -> str | None:
    """The first screen whose answer a lead still needs, if any."""
    for screen in _sequence(flow):
        if screen == SUMMARY:
            return None
        if screen == CONSENT:
            if "consent" not in state.answers:
                return CONSENT
            continue
        key = screen[2:]
        if key == "email":
            continue
        if key not in state.answers:
            return screen
    return None


def _submit(state: State, ctx: Context, result: Result) -> None:
    flow = _flow(state)
    if flow is None:
        _home(state)
        return
    missing = _missing(state, flow)
    if missing is not None or state.office is None:
        _go(state, missing or "q:plz")
        return
    answers = state.answers
    consent = answers["consent"]
    phone = answers.get("phone")
    email = answers.get("email")
    topic = {k: v for k, v in answers.items() if k not in _PERSONAL_KEYS and k != "plz"}
    result.lead = LeadDraft(
        flow=flow.key,
        office=state.office,
        postal_code=answers.get("plz"),
        answers=topic,
        language=state.lang or "de",
        name=answers["name"],
        phone=phone if phone != "tg" else None,
        email=email if email != "skip" else None,
        contact_via_telegram=phone == "tg",
        preferred_time=answers.get("time"),
        callback_language=answers.get("callback_lang"),
        consent_version=consent["version"],
        consent_language=consent["lang"],
        consent_at=datetime.fromisoformat(consent["at"]),
    )
    # The lead now holds the answers; the conversation keeps nothing personal.
    state.answers = {"contact": "tg" if phone == "tg" else "phone"}
    state.history = []
    state.editing = False
    state.screen = DONE
