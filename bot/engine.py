"""The dialogue engine: pure functions from (state, event) to (state, screen).

No I/O, no Telegram types, no clock: everything the engine needs comes in through
:class:`Context`, and everything it wants done (store a lead) goes out as an effect.
Channels turn their updates into :data:`Event` values and :class:`Screen` values
into messages; the service layer persists state and applies effects.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from bot.flows import FLOWS
from bot.flows import info as info_pages
from bot.flows.contact import CONTACT_QUESTIONS
from bot.flows.model import Choice, Flow, FreeText, MultiChoice, Option, PostalCode, Question
from bot.i18n import LANGUAGES, N_, NATIVE_NAMES, Translator, negotiate, translator
from bot.offices import Office
from bot.routing import PostalKind, classify_postal_code

MAX_TEXT = 300
MAX_NAME = 100
MAX_HISTORY = 40
CONSENT_VERSION = "2026-11-v1"

# Screens that are not questions.
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
PRIVACY = "privacy"

BACK = "b"
HOME = "m"

# -- events ------------------------------------------------------------------


@dataclass(frozen=True)
class Start:
    """``/start``: greet and offer the language choice."""

    language_code: str | None = None


@dataclass(frozen=True)
class Command:
    """Any other slash command, by name without the slash."""

    name: str


@dataclass(frozen=True)
class Press:
    """A button press with its raw callback data."""

    data: str


@dataclass(frozen=True)
class Text:
    """A typed message."""

    text: str


@dataclass(frozen=True)
class Unsupported:
    """Anything else: a sticker, a photo, a voice message ..."""

    kind: str = "other"


Event = Start | Command | Press | Text | Unsupported

# -- state -------------------------------------------------------------------


@dataclass
class State:
    """Where one person is in the dialogue; stored as JSON after every step."""

    lang: str | None = None
    screen: str = LANG
    flow: str | None = None
    answers: dict[str, Any] = field(default_factory=dict)
    history: list[str] = field(default_factory=list)
    editing: bool = False
    seq: int = 0
    office: str | None = None
    lead_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form stored in the database."""
        return {
            "lang": self.lang,
            "screen": self.screen,
            "flow": self.flow,
            "answers": self.answers,
            "history": self.history,
            "editing": self.editing,
            "seq": self.seq,
            "office": self.office,
            "lead_id": self.lead_id,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> State:
        """Rebuild a state; anything malformed gives a fresh start, never an error."""
        if not isinstance(data, Mapping):
            return cls()
        state = cls()
        lang = data.get("lang")
        state.lang = lang if lang in LANGUAGES else None
        flow = data.get("flow")
        state.flow = flow if flow in FLOWS else None
        answers = data.get("answers")
        state.answers = dict(answers) if isinstance(answers, Mapping) else {}
        history = data.get("history")
        if isinstance(history, list):
            state.history = [h for h in history if isinstance(h, str)][-MAX_HISTORY:]
        state.editing = bool(data.get("editing", False))
        seq = data.get("seq")
        state.seq = seq if isinstance(seq, int) and not isinstance(seq, bool) else 0
        office = data.get("office")
        state.office = office if isinstance(office, str) else None
        lead_id = data.get("lead_id")
        state.lead_id = lead_id if isinstance(lead_id, int) else None
        screen = data.get("screen")
        state.screen = screen if isinstance(screen, str) and _screen_exists(state, screen) else (
            MENU if state.lang else LANG
        )
        return state


# -- context, output and effects ----------------------------------------------


@dataclass(frozen=True)
class Privacy:
    """What the privacy notice names; from configuration."""

    controller: str
    policy_url: str = ""
    retention_days: int = 180


@dataclass(frozen=True)
class Context:
    """Everything outside the engine that a step may read."""

    offices: Mapping[str, Office]
    privacy: Privacy
    now: datetime
    channel: str = "telegram"


@dataclass(frozen=True)
class Button:
    """One button: the label the person sees and the data that comes back."""

    label: str
    data: str


@dataclass(frozen=True)
class Screen:
    """What the person sees after a step: one message with its buttons."""

    text: str
    keyboard: tuple[tuple[Button, ...], ...] = ()

    def button_data(self) -> set[str]:
        """All callback data on this screen."""
        return {b.data for row in self.keyboard for b in row}


@dataclass(frozen=True)
class LeadDraft:
    """Everything a new lead is made of; the service stores it with its outbox row."""

    flow: str
    office: str | None
    postal_code: str | None
    answers: dict[str, Any]
    language: str
    name: str
    phone: str | None
    email: str | None
    contact_via_telegram: bool
    preferred_time: str | None
    callback_language: str | None
    consent_version: str
    consent_language: str
    consent_at: datetime


@dataclass(frozen=True)
class Notice:
    """A short message shown above the screen, e.g. why an input was not taken."""

    message: str
    params: tuple[tuple[str, str], ...] = ()


@dataclass
class Result:
    """The outcome of one step before rendering."""

    state: State
    notices: list[Notice] = field(default_factory=list)
    lead: LeadDraft | None = None

    def notify(self, message: str, **params: str) -> None:
        """Add a notice; ``params`` fill its named placeholders."""
        self.notices.append(Notice(message, tuple(params.items())))


# -- helpers -----------------------------------------------------------------

_CONTACT_KEYS = tuple(q.key for q in CONTACT_QUESTIONS)
_PERSONAL_KEYS = frozenset(_CONTACT_KEYS) | {"consent"}


def _flow(state: State) -> Flow | None:
    return FLOWS.get(state.flow) if state.flow else None


def _question(state: State, key: str) -> Question | None:
    flow = _flow(state)
    if flow is None:
        return None
    question = flow.question(key)
    if question is not None:
        return question
    for contact in CONTACT_QUESTIONS:
        if contact.key == key:
            return contact
    return None


def _sequence(flow: Flow) -> list[str]:
    """The screens of a lead dialogue in order."""
    return [f"q:{q.key}" for q in flow.questions] + [CONSENT] + [
        f"q:{q.key}" for q in CONTACT_QUESTIONS
    ] + [SUMMARY]


def _screen_exists(state: State, screen: str) -> bool:
    if screen in (LANG, MENU, HELP, INFO, PRIVACY):
        return True
    if screen.startswith("i:"):
        return screen[2:] in info_pages.TOPICS or screen[2:] in (info_pages.PAY,
                                                                   info_pages.OFFICES)
    if screen == DONE:
        return state.lead_id is not None
    if state.flow is None:
        return False
    if screen in (CONSENT, REFUSED, SUMMARY, OUTSIDE, BORDER):
        return True
    if screen.startswith(("q:", "o:")):
        question = _question(state, screen[2:])
        return question is not None and (
            screen.startswith("q:") or getattr(question, "other", None) is not None
        )
    return False


_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]")


def clean_text(text: str) -> str:
    """Drop control and invisible characters and squeeze whitespace."""
    text = _INVISIBLE.sub("", text)
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    return " ".join(text.split())


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def parse_phone(text: str) -> str | None:
    """A valid phone number in E.164, German numbers without +49 accepted."""
    try:
        number = phonenumbers.parse(text.translate(_DIGITS), "DE")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def parse_email(text: str) -> str | None:
    """A syntactically valid e-mail address, normalized; no DNS lookup."""
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        return None


def display_phone(e164: str) -> str:
    """An E.164 number written the international way with spaces."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


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
    state = State.from_dict(state.to_dict())
    state.seq += 1
    result = Result(state)
    if isinstance(event, Start):
        if state.lang is None:
            state.lang = negotiate(event.language_code)
        _home(state)
        state.screen = LANG
        result.notify(N_(
            "Hello! This is KAUSA Saxony. We help businesses to train apprentices and "
            "young people to find and finish an apprenticeship (Ausbildung)."
        ))
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
    else:
        result.notify(N_("I do not know this command. /help shows what I can do."))


def _stale(result: Result) -> None:
    result.notify(
        N_("This button belongs to an earlier message. Here is the current step again.")
    )


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
    before = State.from_dict(state.to_dict())
    before.seq -= 1
    return render(before, ctx)


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


# -- rendering ---------------------------------------------------------------


def render(state: State, ctx: Context, notices: list[Notice] | None = None) -> Screen:
    """The message for the state's current screen, after any notices."""
    t = translator(state.lang or "de")
    body, keyboard = _render_screen(state, ctx, t)
    parts = [
        t.gettext(n.message).format(**{k: t.isolate(v) for k, v in n.params})
        for n in notices or ()
    ]
    parts.append(body)
    text = "\n\n".join(parts)
    seq = state.seq
    rows = tuple(
        tuple(Button(label, f"{seq}:{code}") for label, code in row) for row in keyboard
    )
    return Screen(text=text[:4096], keyboard=rows)


Row = list[tuple[str, str]]


def _nav(t: Translator, back: bool = True) -> Row:
    _ = t.gettext
    row = [("↩️ " + _("Back"), BACK)] if back else []
    row.append(("🏠 " + _("Main menu"), HOME))
    return row


def _render_screen(state: State, ctx: Context, t: Translator) -> tuple[str, list[Row]]:
    _ = t.gettext
    screen = state.screen
    if screen == LANG:
        rows = _columns([(NATIVE_NAMES[lang], f"l:{lang}") for lang in LANGUAGES], 2)
        return _("Please choose your language."), [*rows, _nav(t, back=bool(state.history))]
    if screen == MENU:
        return _menu(t)
    if screen == HELP:
        return _help(t), [_nav(t)]
    if screen == PRIVACY:
        return _privacy_notice(t, ctx), [_nav(t)]
    if screen == INFO:
        rows = [[(_(label), f"t:{code}")] for code, label in info_pages.MENU]
        return _("What would you like to know?"), [*rows, _nav(t)]
    if screen.startswith("i:"):
        return _info_page(screen[2:], t, ctx), [
            [("🏢 " + _("For businesses"), "f:business")],
            [("🎓 " + _("For young people"), "f:young")],
            _nav(t),
        ]
    if screen == DONE:
        return _done(state, ctx, t), [[("ℹ️ " + _("Information"), "t:")], _nav(t, back=False)]
    if screen == REFUSED:
        text = "\n\n".join([
            _("All right. We have not stored any personal data."),
            _("You can still read our information or contact an office directly:"),
            _offices_text(t, ctx, [state.office] if state.office else None),
        ])
        return text, [
            [(_("Start again"), "r")],
            [("ℹ️ " + _("Information"), "t:")],
            _nav(t, back=False),
        ]
    return _render_flow_screen(state, ctx, t)


def _columns(items: list[tuple[str, str]], columns: int) -> list[Row]:
    return [items[i : i + columns] for i in range(0, len(items), columns)]


def _menu(t: Translator) -> tuple[str, list[Row]]:
    _ = t.gettext
    text = "\n".join([
        _("How can we help you?"),
        "",
        "🏢 " + _("You run a business and want to train apprentices."),
        "🎓 " + _("You are looking for an apprenticeship, or you are an apprentice and need help."),
        "ℹ️ " + _("Information about training in Germany."),
        "📞 " + _("An advisor calls you back."),
    ])
    return text, [
        [("🏢 " + _("For businesses"), "f:business")],
        [("🎓 " + _("For young people"), "f:young")],
        [("ℹ️ " + _("Information"), "t:")],
        [("📞 " + _("Request a callback"), "f:callback")],
        [("🌐 " + _("Language"), "lang")],
    ]


def _help(t: Translator) -> str:
    _ = t.gettext
    lines = [_("I guide you step by step with buttons. These commands always work:"), ""]
    lines += [f"/{name} – {_(description)}" for name, description in COMMANDS]
    return "\n".join(lines)


#: The commands shown in /help and in Telegram's command menu.
COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", N_("Start again and choose the language")),
    ("menu", N_("Back to the main menu")),
    ("language", N_("Change the language")),
    ("privacy", N_("How we protect your data")),
    ("help", N_("Show this help")),
)


def _privacy_notice(t: Translator, ctx: Context) -> str:
    _ = t.gettext
    days = ctx.privacy.retention_days
    parts = [
        _("Your privacy"),
        _("Responsible for your data: {controller}.").format(
            controller=t.isolate(ctx.privacy.controller)
        ),
        _(
            "We store your answers, your name and how to reach you, so that a KAUSA "
            "advisor can contact you and advise you. We do not pass your data on to "
            "anyone else."
        ),
        t.ngettext(
            "We delete your data at the latest {days} day after your request is closed.",
            "We delete your data at the latest {days} days after your request is closed.",
            days,
        ).format(days=t.number(days)),
        _(
            "You have the right to see your data, to have it corrected or deleted, and "
            "to withdraw your consent at any time."
        ),
    ]
    if ctx.privacy.policy_url:
        parts.append(_("Full privacy policy: {url}").format(url=t.isolate(ctx.privacy.policy_url)))
    return "\n\n".join(parts)


def _info_page(code: str, t: Translator, ctx: Context) -> str:
    _ = t.gettext
    if code == info_pages.PAY:
        lines = [
            _("Minimum training pay (Mindestausbildungsvergütung)"),
            "",
            _(
                "By law, apprentices get at least this much per month. It depends on the "
                "year in which the training starts. Companies bound by a collective "
                "agreement may pay the agreed rate."
            ),
        ]
        for year, amounts in sorted(info_pages.MINIMUM_PAY.items()):
            lines.append("")
            lines.append(_("Training starts in {year}:").format(year=year))
            for number, amount in enumerate(amounts, start=1):
                lines.append(
                    _("Year {number}: {amount}").format(number=number, amount=t.money(amount))
                )
        return "\n".join(lines)
    if code == info_pages.OFFICES:
        return "\n\n".join([_("Our offices"), _offices_text(t, ctx, None)])
    topic = info_pages.TOPICS[code]
    return "\n\n".join([_(topic.title), *(_(p) for p in topic.paragraphs)])


def _offices_text(t: Translator, ctx: Context, keys: list[str] | None) -> str:
    _ = t.gettext
    blocks = []
    for key in keys or list(ctx.offices):
        office = ctx.offices.get(key)
        if office is None:
            continue
        lines = [_("KAUSA office {city}").format(city=t.isolate(office.city))]
        if office.has_contacts:
            for value in (office.address, office.phone, office.email, office.hours):
                if value:
                    lines.append(t.isolate(value))
        else:
            lines.append(_("Contact details: see kausa-sachsen.de"))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _done(state: State, ctx: Context, t: Translator) -> str:
    _ = t.gettext
    office = ctx.offices.get(state.office) if state.office else None
    city = t.isolate(office.city) if office else ""
    parts = [
        _("Thank you! We have received your request. Your request number is {number}.").format(
            number=t.isolate(str(state.lead_id))
        )
    ]
    if state.answers.get("contact") == "tg":
        parts.append(
            _("An advisor from the KAUSA office in {city} will write to you here.").format(
                city=city
            )
        )
    else:
        parts.append(
            _("An advisor from the KAUSA office in {city} will call you.").format(city=city)
        )
    return "\n\n".join(parts)


def _render_flow_screen(state: State, ctx: Context, t: Translator) -> tuple[str, list[Row]]:
    _ = t.gettext
    flow = _flow(state)
    screen = state.screen
    assert flow is not None  # _screen_exists guarantees a flow for these screens
    if screen == CONSENT:
        text = "\n\n".join([
            _privacy_notice(t, ctx),
            _("Do you agree that we store your details for this purpose?"),
        ])
        return text, [[(_("Yes, I agree"), "y"), (_("No"), "n")], _nav(t)]
    if screen == BORDER:
        text = _("This postal code is near the border of Saxony. Is the place in Saxony?")
        return text, [[(_("Yes"), "y"), (_("No"), "n")], _nav(t)]
    if screen == OUTSIDE:
        if state.answers.get("region") == "st":
            text = _(
                "This postal code is in Saxony-Anhalt. Please contact the KAUSA-Landesstelle "
                "Sachsen-Anhalt (ZuSA). It has offices in Magdeburg, Halle and Dessau."
            )
        else:
            text = _(
                "This postal code is not in Saxony. KAUSA Saxony can only advise businesses "
                "and people in Saxony. Other federal states may have a KAUSA office too: "
                "see jobstarter.de."
            )
        return text, [
            [(_("Enter a different postal code"), "p")],
            [("ℹ️ " + _("Information"), "t:")],
            _nav(t, back=False),
        ]
    if screen == SUMMARY:
        return _summary(state, flow, t)
    key = screen[2:]
    question = _question(state, key)
    assert question is not None
    if screen.startswith("o:"):
        prompt = getattr(question, "other_prompt", None) or N_("Please write a few words.")
        return _(prompt), [_nav(t)]
    return _question_screen(state, flow, question, t)


def _question_screen(
    state: State, flow: Flow, question: Question, t: Translator
) -> tuple[str, list[Row]]:
    _ = t.gettext
    sequence = [s for s in _sequence(flow) if s.startswith("q:")]
    position = sequence.index(f"q:{question.key}") + 1
    lines = []
    if position == 1 and not state.editing:
        lines.append(_(flow.intro))
    lines.append(
        _("Question {current} of {total}").format(current=position, total=len(sequence))
    )
    lines.append(_(question.prompt))
    text = "\n\n".join([*lines[:-2], "\n".join(lines[-2:])])
    rows: list[Row] = []
    if isinstance(question, Choice):
        rows = _columns(_option_buttons(question.options, t, lambda code: False),
                        question.columns)
    elif isinstance(question, MultiChoice):
        chosen = set(state.answers.get(question.key, []))
        rows = _columns(
            _option_buttons(question.options, t, lambda code: code in chosen), question.columns
        )
        rows.append([("✔️ " + _("Done"), "d")])
    elif isinstance(question, FreeText) and question.alternative is not None:
        rows = [[(_(question.alternative.label), f"a:{question.alternative.code}")]]
    return text, [*rows, _nav(t)]


def _option_buttons(
    options: tuple[Option, ...], t: Translator, ticked: Any
) -> list[tuple[str, str]]:
    return [
        (("✅ " if ticked(o.code) else "") + t.gettext(o.label), f"o:{o.code}") for o in options
    ]


def answer_text(question: Question, answers: Mapping[str, Any], t: Translator) -> str:
    """One answer as the person (or, in German, an advisor) reads it."""
    _ = t.gettext
    value = answers.get(question.key)
    if isinstance(question, Choice | MultiChoice):
        labels = {o.code: o.label for o in question.options}
        codes = value if isinstance(value, list) else [value]
        shown = []
        for code in codes:
            if code == question.other and answers.get(f"{question.key}_other"):
                shown.append(t.isolate(str(answers[f"{question.key}_other"])))
            elif code in labels:
                shown.append(_(labels[code]))
        return ", ".join(shown)
    if isinstance(question, FreeText):
        if question.alternative is not None and value == question.alternative.code:
            return _("not given") if question.key == "email" else _(question.alternative.label)
        if question.key == "phone" and isinstance(value, str):
            return t.isolate(display_phone(value))
    return t.isolate(str(value)) if value is not None else ""


def _summary(state: State, flow: Flow, t: Translator) -> tuple[str, list[Row]]:
    _ = t.gettext
    lines = [_("Please check your details:"), ""]
    edits: list[tuple[str, str]] = []
    for question in (*flow.questions, *CONTACT_QUESTIONS):
        if question.key not in state.answers:
            continue
        lines.append(f"{_(question.label)}: {answer_text(question, state.answers, t)}")
        edits.append(("✏️ " + _(question.label), f"e:{question.key}"))
    lines += ["", _("Is everything correct? Then tap “Send”. To change an answer, tap ✏️.")]
    return "\n".join(lines), [
        [("📨 " + _("Send"), "s")],
        *_columns(edits, 2),
        _nav(t),
    ]
