"""The longer texts of the fixed pages, each built from one message per sentence."""

from __future__ import annotations

from bot.dialogue.state import ABANDONED_DAYS, SESSION_COOKIE_DAYS, Context, State
from bot.flows import info as info_pages
from bot.flows.contact import BY_EMAIL, TELEGRAM
from bot.flows.navigation import MEDIA_LATER, SENT_CONTACT
from bot.i18n import N_, Translator
from db.vocabulary import LeadStatus

#: Told when typed text is longer than the step takes; a channel with a text field gives
#: the text back to shorten (bot.dialogue.service.Reply.given_back).
#: Says how long the text is: "at most 1000" alone left the person guessing how much to cut.
TOO_LONG = N_("This text is too long: {length} of at most {max} characters. Please shorten it.")

#: Usual native forms of the office cities in non-Latin scripts (German name added once).
LOCAL_CITY_NAMES: dict[str, dict[str, str]] = {
    "uk": {"Dresden": "Дрезден", "Leipzig": "Лейпциг", "Chemnitz": "Хемніц"},
    "ar": {"Dresden": "دريسدن", "Leipzig": "لايبزيغ", "Chemnitz": "كيمنتس"},
}

WELCOME = N_(
    "Hello! This is KAUSA Saxony. We help businesses train apprentices, and we help "
    "young people find and finish an apprenticeship (Ausbildung)."
)

#: A request's status as the person reads it (/status, /mydata); advisors read German.
STATUS_TEXTS: dict[str, str] = {
    LeadStatus.NEW: N_("received"),
    LeadStatus.CLAIMED: N_("an advisor is working on it"),
    LeadStatus.REACHED: N_("an advisor is working on it"),
    LeadStatus.NOT_REACHED: N_("an advisor is working on it"),
    LeadStatus.DONE: N_("completed"),
    LeadStatus.WITHDRAWN: N_("withdrawn"),
    LeadStatus.EXPIRED: N_("ended without a reply; your details have been deleted"),
}

#: The commands shown in /help and in Telegram's command menu.
COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", N_("Start again and choose the language")),
    ("menu", N_("Back to the main menu")),
    ("language", N_("Change the language")),
    ("status", N_("Show your requests and their status")),
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
            "👪 " + _("You are a parent and are asking for your child."),
            "ℹ️ " + _("Information about training in Germany."),
            "📞 " + _("An advisor calls you back."),
        ]
    )


def help_text(state: State, ctx: Context, t: Translator) -> str:
    """/help: the commands that always work."""
    _ = t.gettext
    lines = [_("I'll guide you step by step with buttons. These commands always work:"), ""]
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
    ]
    if ctx.privacy.contact:
        # PRIVACY_CONTACT was documented as shown here, and was not: the notice named no
        # one to ask (GDPR Art. 13 asks for the contact details).
        parts.append(
            _("Questions about your data: {contact}").format(contact=t.isolate(ctx.privacy.contact))
        )
    parts += [
        _(
            "We store your answers, your name and how to reach you, so that a KAUSA "
            "advisor can contact you and advise you. We do not pass your data on to "
            "anyone else."
        ),
    ]
    if ctx.channel == "telegram":
        # Stored from the first update on, before any consent: the notice named only the
        # answers, the name and how to reach the person.
        parts.append(
            _(
                "From your first message on, we store your Telegram name, username and "
                "user ID, so that we can answer you here."
            )
        )
        parts.append(
            _(
                "Your messages here also pass through Telegram's servers. Telegram's own "
                "privacy policy applies to them."
            )
        )
    elif ctx.channel == "web":
        # The Telegram notice names what is kept from the first message on; the web one
        # named nothing, while the chat sets a cookie and keys the conversation by it.
        parts.append(
            _(
                "This chat keeps a cookie in your browser that holds only a random session "
                "number, so that you can continue where you left off. From your first step "
                "on, we store the conversation under a code computed from this number."
            )
        )
        # How long the cookie stays was said nowhere (a storage period the person is owed).
        parts.append(
            t.ngettext(
                "Your browser deletes this cookie {days} day after your last visit.",
                "Your browser deletes this cookie {days} days after your last visit.",
                SESSION_COOKIE_DAYS,
            ).format(days=t.number(SESSION_COOKIE_DAYS))
        )
        # The cookie was said to be all the browser keeps; the script keeps words typed and
        # not sent in the tab's storage too (static/chat.js, a reload keeps them).
        parts.append(
            _(
                "Words you have typed and not sent yet are kept in this browser tab only, so "
                "that a reload does not lose them, until you send them, delete your data or "
                "close the tab."
            )
        )
        # The rate limits keep each request's address in memory (bot/web/limits.py): the
        # notice named the cookie and the tab's words, not the address.
        parts.append(
            _(
                "For a short time after each request, this chat keeps your device's IP "
                "address in memory, only to protect the chat from too many requests. It is "
                "not saved."
            )
        )
    if ctx.channel != "telegram" and ctx.privacy.advisors_on_telegram:
        # The web chat's requests and messages go to the same advisor groups.
        parts.append(
            _(
                "Our advisors receive your request and your messages in a closed Telegram "
                "group. So your request and messages also pass through Telegram's servers, "
                "where Telegram's own privacy policy applies."
            )
        )
    if ctx.privacy.advisors_by_email:
        # The notice said "We do not pass your data on to anyone else" and named Telegram,
        # while an office's mailbox received each request with the name and number too.
        parts.append(
            _(
                "Our advisors also receive your request, with your name and how to reach "
                "you, by e-mail in their office's mailbox."
            )
        )
    if ctx.privacy.machine_translation:
        # The notice said "We do not pass your data on to anyone else" with every
        # message of the conversation going to the translation server too.
        parts.append(
            _(
                "Messages between you and our advisors are translated automatically on a "
                "translation server, so that both sides can read them."
            )
        )
    parts += [
        t.ngettext(
            "We delete your data at the latest {days} day after your request is closed.",
            "We delete your data at the latest {days} days after your request is closed.",
            days,
        ).format(days=t.number(days)),
        # A request nobody closes is erased too (bot.privacy.idle): the sentence above
        # alone promised nothing for it.
        t.ngettext(
            "If nothing happens with your open request for {days} day (no message between "
            "you and your advisor, no step taken by an advisor), we delete your data as well.",
            "If nothing happens with your open request for {days} days (no message between "
            "you and your advisor, no step taken by an advisor), we delete your data as well.",
            days,
        ).format(days=t.number(days)),
        # What a conversation left without a request keeps was said nowhere.
        t.ngettext(
            "If you do not send a request, we delete everything we have stored about you "
            "{days} day after your last message.",
            "If you do not send a request, we delete everything we have stored about you "
            "{days} days after your last message.",
            ABANDONED_DAYS,
        ).format(days=t.number(ABANDONED_DAYS)),
        # What deletion keeps (docs/privacy.md: the statistics row): the person was told
        # "All your data has been deleted" and the notice named nothing that stays.
        _(
            "When we delete your data, we keep only anonymous figures for our statistics: "
            "the kind of request, the answers you chose with buttons, the postal code, the "
            "languages and the dates (your consent included), without your name and without "
            "how to reach you."
        ),
        _(
            "You have the right to see your data, to have it corrected or deleted, and "
            "to withdraw your consent at any time."
        ),
        # Read as a data protection officer reads it: restriction, what a withdrawal leaves
        # lawful, and the right to complain were missing (GDPR Art. 13(2)(b) to (d)).
        _(
            "You can also have the use of your data restricted. Withdrawing your consent "
            "does not make what we did with your data before it unlawful. You can complain "
            "to a data protection supervisory authority."
        ),
        _("You can see your data with /mydata and delete it with /delete at any time."),
    ]
    if ctx.privacy.policy_url:
        parts.append(_("Full privacy policy: {url}").format(url=t.isolate(ctx.privacy.policy_url)))
    else:
        # Without a policy this notice is all the person reads, and deletion does not reach
        # into the backups (docs/privacy.md, "Where data lives"); a policy names the period itself.
        parts.append(
            t.ngettext(
                "After we delete your data, they can remain in our backup copies for up to "
                "{days} day, until those copies are deleted too.",
                "After we delete your data, they can remain in our backup copies for up to "
                "{days} days, until those copies are deleted too.",
                ctx.privacy.backup_days,
            ).format(days=t.number(ctx.privacy.backup_days))
        )
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
        today = ctx.local_now.date()
        for year, amounts in info_pages.pay_tables(today).items():
            lines.append("")
            lines.append(_("Training starts in {year}:").format(year=year))
            for number, amount in enumerate(amounts, start=1):
                lines.append(
                    _("Year {number}: {amount}").format(number=number, amount=t.money(amount))
                )
        unpublished = info_pages.first_unpublished_year(today)
        if unpublished is not None:
            lines.append("")
            lines.append(
                _(
                    "Training starting in {year} or later: new minimum amounts apply. "
                    "Your advisor knows them."
                ).format(year=unpublished)
            )
        return "\n".join(lines)
    if code == info_pages.OFFICES:
        return "\n\n".join([_("Our offices"), offices_text(t, ctx, None), _(info_pages.REACH)])
    topic = info_pages.TOPICS[code]
    return "\n\n".join([_(topic.title), *(_(p) for p in topic.paragraphs)])


def offices_text(t: Translator, ctx: Context, keys: list[str] | None) -> str:
    """The contact blocks of the offices with these keys (all offices for None)."""
    _ = t.gettext
    blocks = []
    examples = False
    for key in keys or list(ctx.offices):
        office = ctx.offices.get(key)
        if office is None:
            continue
        lines = [_("KAUSA office {city}").format(city=city_name(office.city, t))]
        if office.has_contacts:
            for value in (office.address, office.phone, office.email, office.hours):
                if value:
                    lines.append(t.isolate(value))
        else:
            examples = examples or office.placeholder
            lines.append(_("Contact details: see kausa-sachsen.de"))
        blocks.append("\n".join(lines))
    if not blocks:
        # Never a page without a way to reach KAUSA: the website is the general contact.
        blocks.append(_("Contact details: see kausa-sachsen.de"))
    if examples:
        blocks.append(
            _(
                "The contact details in this bot are still examples. You can find the "
                "current contacts at kausa-sachsen.de."
            )
        )
    return "\n\n".join(blocks)


def city_name(city: str, t: Translator) -> str:
    """An office's city as the language writes it, with the German name in brackets."""
    local = LOCAL_CITY_NAMES.get(t.lang, {}).get(city)
    return f"{local} ({t.isolate(city)})" if local else t.isolate(city)


def place_name(name: str, detail: str, t: Translator) -> str:
    """A place with its state (and code) in brackets, "Leipzig (Sachsen)"; an office's
    city as the language writes it, its German name in the brackets too: "لايبزيغ
    (Leipzig, Sachsen)", as every other screen names it."""
    local = LOCAL_CITY_NAMES.get(t.lang, {}).get(name)
    return f"{local} ({t.isolate(f'{name}, {detail}')})" if local else f"{name} ({detail})"


def done_text(state: State, ctx: Context, t: Translator) -> str:
    """The thank-you after a lead was sent: its number and who will get in touch."""
    _ = t.gettext
    office = ctx.offices.get(state.office) if state.office else None
    city = city_name(office.city, t) if office else ""
    parts = [
        _("Thank you! We have received your request. Your request number is {number}.").format(
            number=t.isolate(str(state.lead_id))
        )
    ]
    if state.answers.get(SENT_CONTACT) == TELEGRAM.code:
        parts.append(
            _("An advisor from the KAUSA office in {city} will write to you here.").format(
                city=city
            )
        )
    elif state.answers.get(SENT_CONTACT) == BY_EMAIL.code:
        parts.append(
            _("An advisor from the KAUSA office in {city} will write to you by e-mail.").format(
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
        if state.answers.get(MEDIA_LATER):
            # Sent during the questions and not kept, with "send this again" then.
            parts.append(
                _(
                    "You sent a photo, a voice message or a file earlier. You can send it "
                    "again now: it goes to your advisor."
                )
            )
    parts.append(_("You can see your data with /mydata and delete it with /delete at any time."))
    return "\n\n".join(parts)


#: When a step failed on the bot's side, in every channel (Telegram, the web chat).
SORRY = N_("Sorry, something went wrong on our side. Please try again in a moment.")

# What the outbox tells the person outside the dialogue (bot.outbox.plans).
CLAIMED_TEXT = N_(
    "Good news: {name} from KAUSA has taken on your request and will contact you soon."
)
#: An advisor handed the request to another office (bot.advisor.handover).
HANDED_OVER_TEXT = N_(
    "Your request {number} is now with the KAUSA office in {city}. An advisor from there "
    "will contact you."
)


def handed_over_text(t: Translator, number: int, city: str) -> str:
    """The person's news that another office has their request now (``city`` in German)."""
    return t.gettext(HANDED_OVER_TEXT).format(
        number=t.isolate(str(number)), city=city_name(city, t)
    )


RELAY_INTRO = N_("Message from your KAUSA advisor:")
RELAY_HINT = N_("You can answer by replying to this message.")
#: Introduces an advisor's first message to the person (the advisor's first name, the office).
MESSAGE_INTRO = N_("Message from {name}, KAUSA {city}:")
#: The state for "{city}" there, where the advisor's office is not known (any longer).
SAXONY = N_("Saxony")
#: Marks a machine translation of an advisor's message (German follows: "Maschinelle Übersetzung").
MACHINE_TRANSLATION = N_("Machine translation")
#: The receipt for anything a person with a request sends outside the dialogue.
SENT_TO_ADVISOR = N_("Sent to your advisor.")
#: Heads an advisor's edited message, sent again as a reply to the one it corrects.
CORRECTED_BY = N_("Corrected message from {name}:")
#: Told when a person edits a message that was not passed on (an answer to the dialogue,
#: a message before any request): the edit would otherwise be lost without a word.
#: In the middle of a dialogue too: "send the correction as a new message" alone sent it
#: as the answer to the next question (the name typed again where the phone was asked).
EDIT_NOT_PASSED = N_(
    "Sorry, we cannot see changes to a message you have already sent. Before you send your "
    "request, you can change any answer with ✏️ at the end. After that, please send a "
    "correction as a new message."
)
#: Media sent while a request is being filled in: not kept yet, and when to send it again
#: (the general notice below sent a person half-way through a request to a callback).
MEDIA_DURING_REQUEST = N_(
    "I can pass this on to an advisor only after you have sent your request, so I have not "
    "kept it. Please answer the questions below and send your request, then send this again."
)
#: Media from someone without a request: not kept, and how to reach an advisor instead.
NO_REQUEST_MEDIA = N_(
    "I can pass photos, voice messages, files and locations on to an advisor only once you "
    "have sent us a request, so I have not kept this. To reach an advisor, request a callback, "
    "or contact one of our offices (Information → Our offices)."
)
