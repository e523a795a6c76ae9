"""The longer texts of the fixed pages, each built from one message per sentence."""

from __future__ import annotations

from bot.dialogue.state import Context, State
from bot.flows import info as info_pages
from bot.flows.contact import TELEGRAM
from bot.i18n import N_, Translator

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


def menu_text(state: State, ctx: Context, t: Translator) -> str:
    """The main menu: what each way forward is for."""
    _ = t.gettext
    return "\n".join(
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


def help_text(state: State, ctx: Context, t: Translator) -> str:
    """/help: the commands that always work."""
    _ = t.gettext
    lines = [_("I guide you step by step with buttons. These commands always work:"), ""]
    lines += [f"/{name} – {_(description)}" for name, description in COMMANDS]
    return "\n".join(lines)


def privacy_text(state: State, ctx: Context, t: Translator) -> str:
    """The privacy notice, from the configured controller and retention."""
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


def info_page_text(code: str, t: Translator, ctx: Context) -> str:
    """One information page: the minimum pay table, the offices, or a topic."""
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
        return "\n\n".join([_("Our offices"), offices_text(t, ctx, None)])
    topic = info_pages.TOPICS[code]
    return "\n\n".join([_(topic.title), *(_(p) for p in topic.paragraphs)])


def offices_text(t: Translator, ctx: Context, keys: list[str] | None) -> str:
    """The contact blocks of the offices with these keys (all offices for None)."""
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


def done_text(state: State, ctx: Context, t: Translator) -> str:
    """The thank-you after a lead was sent: its number and who will get in touch."""
    _ = t.gettext
    office = ctx.offices.get(state.office) if state.office else None
    city = t.isolate(office.city) if office else ""
    parts = [
        _("Thank you! We have received your request. Your request number is {number}.").format(
            number=t.isolate(str(state.lead_id))
        )
    ]
    if state.answers.get("contact") == TELEGRAM.code:
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
            _("We will send you a message here as soon as an advisor has taken on your request.")
        )
    parts.append(_("You can see your data with /mydata and delete it with /delete at any time."))
    return "\n\n".join(parts)


# What the outbox tells the person outside the dialogue (bot.outbox.plans).
CLAIMED_TEXT = N_(
    "Good news: {name} from KAUSA has taken on your request and will contact you soon."
)
RELAY_INTRO = N_("Message from your KAUSA advisor:")
RELAY_HINT = N_("You can answer by replying to this message.")
