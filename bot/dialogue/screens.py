"""Rendering: the message and buttons a person sees for a dialogue state."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.dialogue.state import (
    BACK,
    BORDER,
    CONSENT,
    DONE,
    ERASE,
    HELP,
    HOME,
    INFO,
    LANG,
    MENU,
    OUTSIDE,
    PRIVACY,
    REFUSED,
    SUMMARY,
    Button,
    Context,
    Notice,
    Screen,
    State,
    _flow,
    _question,
    _sequence,
)
from bot.flows import info as info_pages
from bot.flows.contact import CONTACT_QUESTIONS
from bot.flows.model import Choice, Flow, FreeText, MultiChoice, Option, Question
from bot.i18n import LANGUAGES, N_, NATIVE_NAMES, Translator, translator
from bot.validation import display_phone

# Button labels: kept here so the catalog check can hold them to a phone's width.
BACK_LABEL = N_("Back")
MENU_LABEL = N_("Main menu")
BUSINESS_LABEL = N_("For businesses")
YOUNG_LABEL = N_("For young people")
INFO_LABEL = N_("Information")
RESTART_LABEL = N_("Start again")
CALLBACK_LABEL = N_("Request a callback")
LANGUAGE_LABEL = N_("Language")
OTHER_PLZ_LABEL = N_("Enter a different postal code")
AGREE_LABEL = N_("Yes, I agree")
NO_LABEL = N_("No")
YES_LABEL = N_("Yes")
DONE_LABEL = N_("Done")
SEND_LABEL = N_("Send")
ERASE_LABEL = N_("Yes, delete everything")
KEEP_LABEL = N_("No, keep my data")
BUTTON_TEXTS: tuple[str, ...] = (
    ERASE_LABEL,
    KEEP_LABEL,
    BACK_LABEL,
    MENU_LABEL,
    BUSINESS_LABEL,
    YOUNG_LABEL,
    INFO_LABEL,
    RESTART_LABEL,
    CALLBACK_LABEL,
    LANGUAGE_LABEL,
    OTHER_PLZ_LABEL,
    AGREE_LABEL,
    NO_LABEL,
    YES_LABEL,
    DONE_LABEL,
    SEND_LABEL,
)


def render(state: State, ctx: Context, notices: list[Notice] | None = None) -> Screen:
    """The message for the state's current screen, after any notices."""
    t = translator(state.lang or "de")
    body, keyboard = _render_screen(state, ctx, t)
    parts = [
        t.gettext(n.message).format(**{k: t.isolate(v) for k, v in n.params}) for n in notices or ()
    ]
    parts.append(body)
    text = "\n\n".join(parts)
    seq = state.seq
    rows = tuple(tuple(Button(label, f"{seq}:{code}") for label, code in row) for row in keyboard)
    return Screen(text=text[:4096], keyboard=rows)


Row = list[tuple[str, str]]


def _nav(t: Translator, back: bool = True) -> Row:
    _ = t.gettext
    row = [("↩️ " + _(BACK_LABEL), BACK)] if back else []
    row.append(("🏠 " + _(MENU_LABEL), HOME))
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
    if screen == ERASE:
        text = _(
            "Do you want us to delete all your data? Your open requests will be withdrawn, "
            "and an advisor can no longer contact you."
        )
        return text, [[(_(ERASE_LABEL), "y")], [(_(KEEP_LABEL), "n")], _nav(t)]
    if screen == INFO:
        rows = [[(_(label), f"t:{code}")] for code, label in info_pages.MENU]
        return _("What would you like to know?"), [*rows, _nav(t)]
    if screen.startswith("i:"):
        return _info_page(screen[2:], t, ctx), [
            [("🏢 " + _(BUSINESS_LABEL), "f:business")],
            [("🎓 " + _(YOUNG_LABEL), "f:young")],
            _nav(t),
        ]
    if screen == DONE:
        return _done(state, ctx, t), [[("ℹ️ " + _(INFO_LABEL), "t:")], _nav(t, back=False)]
    if screen == REFUSED:
        text = "\n\n".join(
            [
                _("All right. We have not stored any personal data."),
                _("You can still read our information or contact an office directly:"),
                _offices_text(t, ctx, [state.office] if state.office else None),
            ]
        )
        return text, [
            [(_(RESTART_LABEL), "r")],
            [("ℹ️ " + _(INFO_LABEL), "t:")],
            _nav(t, back=False),
        ]
    return _render_flow_screen(state, ctx, t)


def _columns(items: list[tuple[str, str]], columns: int) -> list[Row]:
    return [items[i : i + columns] for i in range(0, len(items), columns)]


def _menu(t: Translator) -> tuple[str, list[Row]]:
    _ = t.gettext
    text = "\n".join(
        [
            _("How can we help you?"),
            "",
            "🏢 " + _("You run a business and want to train apprentices."),
            "🎓 "
            + _("You are looking for an apprenticeship, or you are an apprentice and need help."),
            "ℹ️ " + _("Information about training in Germany."),
            "📞 " + _("An advisor calls you back."),
        ]
    )
    return text, [
        [("🏢 " + _(BUSINESS_LABEL), "f:business")],
        [("🎓 " + _(YOUNG_LABEL), "f:young")],
        [("ℹ️ " + _(INFO_LABEL), "t:")],
        [("📞 " + _(CALLBACK_LABEL), "f:callback")],
        [("🌐 " + _(LANGUAGE_LABEL), "lang")],
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
    ("mydata", N_("See the data we have stored about you")),
    ("delete", N_("Delete your data")),
    ("help", N_("Show this help")),
)


def _privacy_notice(t: Translator, ctx: Context) -> str:
    _ = t.gettext
    days = ctx.privacy.retention_days
    parts = [
        _("Your privacy"),
        _("Responsible for your data: {controller}").format(
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
        _("You can see your data with /mydata and delete it with /delete at any time."),
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
    if ctx.channel == "telegram":
        parts.append(
            _(
                "We will send you a message here as soon as an advisor has taken on your "
                "request."
            )
        )
    parts.append(_("You can see your data with /mydata and delete it with /delete at any time."))
    return "\n\n".join(parts)


def _render_flow_screen(state: State, ctx: Context, t: Translator) -> tuple[str, list[Row]]:
    _ = t.gettext
    flow = _flow(state)
    screen = state.screen
    assert flow is not None  # _screen_exists guarantees a flow for these screens
    if screen == CONSENT:
        text = "\n\n".join(
            [
                _privacy_notice(t, ctx),
                _("Do you agree that we store your details for this purpose?"),
            ]
        )
        return text, [[(_(AGREE_LABEL), "y"), (_(NO_LABEL), "n")], _nav(t)]
    if screen == BORDER:
        text = _("This postal code is near the border of Saxony. Is the place in Saxony?")
        return text, [[(_(YES_LABEL), "y"), (_(NO_LABEL), "n")], _nav(t)]
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
            [(_(OTHER_PLZ_LABEL), "p")],
            [("ℹ️ " + _(INFO_LABEL), "t:")],
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
    lines.append(_("Question {current} of {total}").format(current=position, total=len(sequence)))
    lines.append(_(question.prompt))
    text = "\n\n".join([*lines[:-2], "\n".join(lines[-2:])])
    rows: list[Row] = []
    if isinstance(question, Choice):
        rows = _columns(_option_buttons(question.options, t, lambda code: False), question.columns)
    elif isinstance(question, MultiChoice):
        chosen = set(state.answers.get(question.key, []))
        rows = _columns(
            _option_buttons(question.options, t, lambda code: code in chosen), question.columns
        )
        rows.append([("✔️ " + _(DONE_LABEL), "d")])
    elif isinstance(question, FreeText) and question.alternative is not None:
        rows = [[(_(question.alternative.label), f"a:{question.alternative.code}")]]
    return text, [*rows, _nav(t)]


def _option_buttons(
    options: tuple[Option, ...], t: Translator, ticked: Any
) -> list[tuple[str, str]]:
    return [
        (("✅ " if ticked(o.code) else "") + option_label(o, t), f"o:{o.code}") for o in options
    ]


def option_label(option: Option, t: Translator) -> str:
    """An option's label in the language, with its time range if it has one."""
    label = t.gettext(option.label)
    if option.hours is None:
        return label
    return f"{label} ({t.hours(*option.hours)})"


def answer_text(question: Question, answers: Mapping[str, Any], t: Translator) -> str:
    """One answer as the person (or, in German, an advisor) reads it."""
    _ = t.gettext
    value = answers.get(question.key)
    if isinstance(question, Choice | MultiChoice):
        labels = {o.code: o for o in question.options}
        codes = value if isinstance(value, list) else [value]
        shown = []
        for code in codes:
            if code == question.other and answers.get(f"{question.key}_other"):
                shown.append(t.isolate(str(answers[f"{question.key}_other"])))
            elif code in labels:
                shown.append(option_label(labels[code], t))
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
        [("📨 " + _(SEND_LABEL), "s")],
        *_columns(edits, 2),
        _nav(t),
    ]


# -- what the outbox tells the person (bot.outbox.plans) ---------------------------

CLAIMED_TEXT = N_(
    "Good news: {name} from KAUSA has taken on your request and will contact you soon."
)
RELAY_INTRO = N_("Message from your KAUSA advisor:")
RELAY_HINT = N_("You can answer by replying to this message.")
