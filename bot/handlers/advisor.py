"""The advisors' side on Telegram, in their groups: buttons, commands, reply relay.

Handlers act only in configured advisor groups and only for configured
advisors; the work itself is in :mod:`bot.advisor.work`, the texts in
:mod:`bot.advisor.view`, and whatever must reach a person goes through the
outbox (:mod:`bot.outbox.worker`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Coroutine, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from telegram import (
    BotCommand,
    BotCommandScopeChat,
    CallbackQuery,
    InputFile,
    Message,
    ReplyParameters,
    Update,
)
from telegram import User as TelegramUser
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.advisor import (
    by_name,
    cards,
    claims,
    copies,
    erasure,
    export,
    handover,
    held,
    listing,
    phone_set,
    replies,
    reports,
    request_numbers,
    view,
    work,
)
from bot.advisor.roster import Advisors
from bot.advisor.wording import polite, spelled
from bot.conversation import log as conversation_log
from bot.conversation import topics
from bot.conversation.content import (
    NOTE_COMMANDS,
    NoteTag,
    is_note,
    note_command,
    note_said,
    note_tag,
    written_tag,
)
from bot.conversation.ordering import in_order
from bot.dialogue.state import Screen
from bot.handlers import conversation, presses
from bot.ops import jobs
from bot.ops.logs import exception_chain
from bot.outbox import botapi, groups
from bot.services import BotApplication, BotContext
from bot.validation import record_id, written_lead_number
from db.models import Lead
from db.vocabulary import CLOSED_STATUSES, CopyKind

log = logging.getLogger(__name__)

GROUPS = filters.ChatType.GROUPS


def _actor(user: TelegramUser) -> work.Actor:
    return work.Actor(user.id, user.full_name, user.first_name)


def _advisors(context: BotContext) -> Advisors:
    return context.services.advisors


def _sessionmaker(context: BotContext) -> work.Sessions:
    return context.services.sessionmaker


class _AdvisorHere(filters.MessageFilter):
    """The sender may act in this group: an advisor of one of its offices, or of all
    (``anywhere``: an advisor of any office, in her own chat with the bot)."""

    def __init__(self, advisors: Advisors, *, anywhere: bool = False) -> None:
        super().__init__(name="advisor_anywhere" if anywhere else "advisor_here")
        self._advisors = advisors
        self._anywhere = anywhere

    def filter(self, message: Message) -> bool:
        user = message.from_user
        if user is None:
            return False
        if self._anywhere:
            return self._advisors.is_advisor(user.id)
        return self._advisors.may_act_in(user.id, message.chat.id)


#: The words of an advisor's commands that have no other meaning in a person's chat
#: ("/help" and "/start" are a person's too, as an advisor trying the bot uses them).
_ADVISOR_WORDS = frozenset(
    {name for name, _ in replies.COMMANDS} | (replies.HELP_COMMANDS - {"help", "start"})
)


# -- buttons -------------------------------------------------------------------


async def on_button(update: Update, context: BotContext) -> None:
    """Übernehmen, Erreicht, Nicht erreicht, Erledigt, Zurück an Team."""
    query = update.callback_query
    if query is None or query.message is None:
        return
    chat = query.message.chat
    advisors = _advisors(context)
    if chat.id not in advisors.chats:
        if chat.type != chat.PRIVATE:
            # A stray button elsewhere; the person side owns private chats.
            await presses.answer(query)
        return
    parsed = view.parse_callback(query.data or "")
    if parsed is None:
        await presses.answer(query, replies.STALE_BUTTON, alert=True)
        return
    action, lead_id = parsed
    if action not in view.STATUS_ACTIONS:
        await _on_handover_button(context, query, action, lead_id)
        return
    try:
        outcome = await work.act(
            _sessionmaker(context),
            work.GroupAccess(advisors, chat.id),
            lead_id=lead_id,
            action=action,
            actor=_actor(query.from_user),
            now=context.services.clock(),
            update_id=update.update_id,
        )
    except Exception as error:
        # Rolled back: every press gets an answer, and pressing again works.
        await presses.answer(query, replies.TRY_AGAIN, alert=True)
        if context.services.outage.failed(error):
            return  # the database is away: logged once per outage
        raise
    context.services.outage.recovered()
    lead = outcome.lead
    await presses.answer(query, *_press_answer(outcome))
    if lead is None:
        return
    card = await _show_lead(context, lead, chat.id)
    pressed = query.message.message_id
    if outcome.changed and card is not None and pressed != card:
        # A reminder's button: the lead message now carries the buttons that matter.
        # (No card stored yet: the tap was on the card itself, just posted.)
        try:
            await context.bot.edit_message_reply_markup(chat.id, pressed, reply_markup=None)
        except TelegramError:
            log.info("could not clear the buttons of reminder message for lead %s", lead.id)
    if outcome.changed:
        jobs.kick(context.application)
    if outcome.changed and action in (view.DONE, view.REOPEN) and lead.topic_id is not None:
        # A done lead's topic is closed, and opened again with the lead.
        await topics.set_open(context.bot, chat.id, lead.topic_id, is_open=action == view.REOPEN)


async def _on_handover_button(
    context: BotContext, query: CallbackQuery, action: str, lead_id: int
) -> None:
    """ "Weitergeben" shows the other offices in place of the card's buttons, "Abbrechen"
    brings them back, an office's button hands the lead over (bot.advisor.handover)."""
    assert query.message is not None
    chat_id, pressed = query.message.chat.id, query.message.message_id
    advisors = _advisors(context)
    if not advisors.may_act_in(query.from_user.id, chat_id):
        await presses.answer(query, replies.refusal(advisors.cities_of(chat_id)), alert=True)
        return
    lead = await handover.current(_sessionmaker(context), lead_id)
    if lead is None:
        await presses.answer(query, replies.STALE_BUTTON, alert=True)
        return
    if action == view.HANDOVER and lead.status in CLOSED_STATUSES:
        await presses.answer(query, replies.HANDOVER_CLOSED, alert=True)
        return
    if action in (view.HANDOVER, view.BACK):
        await presses.answer(query)
        await _choice_buttons(context, chat_id, pressed, lead_id, offer=action == view.HANDOVER)
        return
    services = context.services
    try:
        outcome = await handover.hand_over(
            _sessionmaker(context),
            work.GroupAccess(advisors, chat_id),
            advisors,
            lead_id=lead_id,
            office=action.removeprefix(view.TO),
            actor=_actor(query.from_user),
            now=services.clock(),
            mail=services.settings.smtp_host is not None,
        )
    except Exception as error:
        # Rolled back: the tap is answered, and tapping again works (as on_button does).
        await presses.answer(query, replies.TRY_AGAIN, alert=True)
        if services.outage.failed(error):
            return
        raise
    await presses.answer(query, outcome.answer, alert=outcome.alert)
    if outcome.changed:
        jobs.kick(context.application)  # the card is cut down, the other office told
    elif outcome.lead is not None:
        await _choice_buttons(context, chat_id, pressed, lead_id, offer=False)


async def _choice_buttons(
    context: BotContext, chat_id: int, pressed: int, lead_id: int, *, offer: bool
) -> None:
    """The office choice on a card (``offer``), or the card's own buttons back, in the
    card's turn and drawn from the lead as it is then: drawn from the lead as the tap
    had read it, "Abbrechen" landed after a colleague's "Übernehmen" and offered
    "Übernehmen" again on a card that named him."""
    async with work.card_turn(lead_id):
        lead = await handover.current(_sessionmaker(context), lead_id)
        advisors = _advisors(context)
        if lead is None or not advisors.serves(chat_id, lead.office):
            return  # handed over meanwhile: the card is cut down, without buttons
        if offer:
            cities = advisors.cities()
            others = {key: city for key, city in cities.items() if key != lead.office}
            screen = view.handover_buttons(lead, others)
        else:
            screen = Screen("", view.buttons(lead))
        await _buttons(context, chat_id, pressed, screen)


async def _buttons(context: BotContext, chat_id: int, message_id: int, screen: Screen) -> None:
    """Show ``screen``'s buttons on a card; a card Telegram will not edit keeps its own."""
    try:
        await botapi.edit_buttons(context.bot, chat_id, message_id, screen)
    except TelegramError as error:
        log.info("could not change the buttons of a card (%s)", type(error).__name__)


def _press_answer(outcome: work.Outcome) -> tuple[str, bool]:
    """The press's answer and whether it is an alert. A lead erased (/delete, retention)
    says so: a tap on its card, left on a phone after its topic was deleted, was told
    "Diese Anfrage ist bereits abgeschlossen", as if someone had closed it."""
    lead = outcome.lead
    if lead is not None and lead.anonymized_at is not None:
        return replies.lead_erased(lead.id), True
    return outcome.answer, outcome.alert


async def _show_lead(context: BotContext, lead: Lead, chat_id: int) -> int | None:
    """Edit the lead's message in the group in place; leave it to the outbox if that fails.
    The card's message id as stored now (None: none, or not stored yet).

    Presses are handled side by side, and each drew the card as its own press had read the
    lead: a slow edit of an earlier press ("Nicht erreicht") landed after a later one's
    ("Erreicht") and the card showed the older status for good. One edit of a card at a
    time, each drawn from the lead as it is when its turn comes, so the last to land shows
    the latest state. The erasure's edits take the turn too (bot.outbox.erasure): an edit
    drawn before /delete lands before them, never after.
    """
    async with work.card_turn(lead.id):
        drawn = await work.card_now(_sessionmaker(context), _advisors(context), lead.id)
        if isinstance(drawn, work.Undrawn):
            if _on_its_way(context, chat_id, drawn):
                # A tap the moment the card appeared here (after a hand-over too), before
                # the outbox stored which message it is: the outbox draws it once it knows.
                await work.enqueue_refresh(_sessionmaker(context), lead.id)
            else:
                # Erased, gone or handed over meanwhile: no card here to refresh (one was
                # queued for a card that is no more).
                log.info("no card of lead %s to show (%s)", lead.id, drawn.reason)
            return None
        try:
            await botapi.edit_lead_message(context.bot, *drawn)
        except BadRequest as exc:
            # The type only: Telegram's refusal can quote the card it was sent (a name).
            log.warning("could not edit the message of lead %s (%s)", lead.id, exception_chain(exc))
        except TelegramError:
            log.warning("could not edit the message of lead %s now; the outbox will", lead.id)
            await work.enqueue_refresh(_sessionmaker(context), lead.id)
        return drawn.message_id


def _on_its_way(context: BotContext, chat_id: int, undrawn: work.Undrawn) -> bool:
    """Whether the lead's card in ``chat_id`` is still to be stored (not erased, not gone,
    not handed over to an office another chat serves)."""
    if undrawn.reason is work.NoCard.NOT_YET:
        return True
    return undrawn.reason is work.NoCard.MOVED and _advisors(context).serves(
        chat_id, undrawn.office
    )


# -- commands ------------------------------------------------------------------


def _thread(message: Message) -> int | None:
    return message.message_thread_id if message.is_topic_message else None


async def _reply(message: Message, text: str) -> int:
    return await botapi.send_notification(
        message.get_bot(),
        message.chat_id,
        text,
        reply_to=message.message_id,
        thread_id=_thread(message),
    )


async def _reply_about(
    context: BotContext,
    message: Message,
    text: str,
    lead_ids: Sequence[int],
    *,
    read_at: datetime,
    kind: CopyKind = CopyKind.TEXT,
) -> None:
    """Answer with the data of the leads read at ``read_at``, and record the answer so
    /delete and retention reach it."""
    message_id = await _reply(message, text)
    await copies.remember(
        _sessionmaker(context),
        lead_ids,
        message.chat_id,
        message_id,
        context.services.clock(),
        read_at=read_at,
        thread_id=_thread(message),
        kind=kind,
    )


def _sender(update: Update) -> tuple[Message, TelegramUser]:
    """The command's message and its sender (the filters let only such updates in)."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        raise ValueError("an advisor command without a message or sender")
    return message, user


def _office_names(advisors: Advisors) -> dict[str, str]:
    return {key: office.city for key, office in advisors.offices.items()}


def _numbered(
    args: Sequence[str], *, asked: bool = False, exclaimed: bool = False
) -> tuple[str | None, list[str]]:
    """The digits of the lead number a command's words start with ("12", "#12", "# 12",
    "Nr. 12", "Anfrage Nr. 12": "/lead Nr. 12" was answered with the usage), and the
    words after it. ``asked``: a "?" or "!" after the number is let be ("/lead Nr. 12?");
    ``exclaimed``: a "!" only, read as a "." ("/weitergeben 1! Dresden" is done, a "?"
    only asks about it)."""
    signs = "?!" if asked else "!" if exclaimed else ""
    for taken in (1, 2, 3):
        if len(args) < taken:
            break
        written = " ".join(args[:taken])
        digits = written_lead_number(written.rstrip(signs))
        if digits is not None:
            return digits, list(args[taken:])
    return None, list(args)


def _lead_number(digits: str) -> int | None:
    """The lead number of the digits an advisor typed, or None. A number past every
    lead's (a phone number pasted in its place) is none: the database refused such a
    number, and the command went unanswered."""
    return record_id(digits)


async def _phone_refused(
    message: Message, args: Sequence[str], command: str, words: str = ""
) -> bool:
    """Whether the words after ``command`` start with a phone number, then answered with
    how to find its request: "/loeschen 0341123456" asked to erase request 341. ``words``:
    what the command keeps, shown after the request's number in the command to copy."""
    typed = by_name.phone_written(args)
    if typed is not None:
        await _reply(message, replies.phone_not_lead_number(command, typed, words))
    return typed is not None


async def _named_lead(
    context: BotContext,
    message: Message,
    usage: str,
    *,
    words_after: bool = False,
    args: Sequence[str] | None = None,
) -> int | None:
    """The lead a command names by its number alone ("/lead 12"), or in a lead's topic or
    replying to its message by none; None once answered with ``usage`` or as not here.
    A "?" or "!" after the number is let be ("/lead 1?", "/loeschen 1?"): reading changes
    nothing, and an erasure is asked about first. ``words_after``: words after the number
    ("/lead 1 bitte") are let be (/loeschen lets only polite words be, and checks that
    first). ``args``: the command's words as the command read them (its own by default)."""
    args = context.args or [] if args is None else args
    digits, rest = _numbered(args, asked=True)
    numbered = digits is not None and (words_after or not rest)
    # In a lead's topic "/lead" alone is that lead (it was answered how to write it).
    topic_lead = await conversation.lead_here(context, message) if not args else None
    if not numbered and topic_lead is None:
        await _reply(message, usage)
        return None
    lead_id = _lead_number(digits) if digits is not None else topic_lead
    if lead_id is None:
        await _reply(message, replies.NOT_IN_THIS_GROUP)
    return lead_id


async def on_leads(update: Update, context: BotContext) -> None:
    """/leads: the open leads of this group's offices ("/leads neu", "/leads meine",
    "/leads Dresden": some of them, bot.advisor.listing); "/leads 12" (an s too many) is
    "/lead 12": the number says which one, and the whole list came."""
    message, user = _sender(update)
    # "/leads 1?", "/leads 1 bitte", "/leads 1,2": the number says which one, as "/lead 1?"
    # reads it.
    digits, _rest = _numbered(request_numbers.numbers_apart(context.args or []), asked=True)
    if digits is not None:
        await on_lead(update, context)
        return
    advisors = _advisors(context)
    served = advisors.offices_of(message.chat.id)
    choice = listing.chosen(context.args or [], advisors.offices, served, user.id)
    if isinstance(choice, listing.Unknown):
        elsewhere = advisors.office_name(choice.office) if choice.office else None
        how = replies.leads_usage(choice.word, advisors.cities_of(message.chat.id), elsewhere)
        name = by_name.searched(context.args or [])
        searchable = any(not advisors.minimal(key) for key in served)
        if elsewhere is None and searchable and _name_only(context.args or [], name):
            # "/leads Omar", an s too many as in "/leads 12": looked up as "/lead Omar"
            # („Omar“ was no word of /leads'); none with the name: how /leads is written.
            await _lead_by_name(context, message, user, name, None, none=how)
            return
        await _reply(message, how)
        return
    await _leads_chosen(context, message, choice)


async def _leads_chosen(context: BotContext, message: Message, choice: listing.Choice) -> None:
    """The open leads /leads lists for ``choice``, their personal data's copies recorded."""
    advisors = _advisors(context)
    now = context.services.clock()
    rows = await work.open_leads(
        _sessionmaker(context), choice.offices, choice.statuses, choice.claimed_by
    )
    rows = cards.list_rows(rows, advisors)
    text = reports.leads_list(rows, _office_names(advisors), now, choice.heading, choice.none)
    # Only the rows that carry a name hold personal data.
    named = [row.id for row in rows if row.name]
    await _reply_about(context, message, text, named, read_at=now, kind=CopyKind.LIST)


async def on_lead(update: Update, context: BotContext) -> None:
    """/lead N: one lead of this group with its history."""
    message, user = _sender(update)
    # "/lead 1,2": the numbers apart, read as "/lead 1, 2" (how /lead is written came).
    args = request_numbers.numbers_apart(context.args or [])
    name = by_name.searched(args)
    # "/lead 0341 1234567 Kaya": the number, the words after it let be (lead 341 came).
    written = by_name.phone_written(args)
    phone = by_name.phone_in(written) if written is not None else None
    name = written if written is not None and phone is not None else name
    # "/lead Nr.", "/lead #": no name; the number is missing (said how /lead is written).
    name = name if phone is not None or by_name.is_name(name) else ""
    named_then_numbered = by_name.name_then_numbers(args) if phone is None else None
    if named_then_numbered is not None:
        # "/lead Omar 2": request 2 if it is Omar's, else Omar's ("Omar 2" was no name).
        name, (digits, *others) = named_then_numbered

        def not_this_one(rows: Sequence[reports.LeadRow]) -> str:
            return replies.not_with_the_name(digits, name, _numbers(rows))

        example = f"/lead {digits}"
        number = _lead_number(digits)
        await _lead_by_name(
            context, message, user, name, None, not_this_one, example, number=number
        )
        if others:
            # "/lead Omar 1 2": as "/lead 1 2", each further number a command of its own
            # (no request with „Omar 1 2“ in the name was found).
            await _reply(message, replies.one_lead_at_a_time(others))
        return
    if name and (phone is not None or _numbered(args, asked=True)[0] is None):
        # "/lead Mehmet": a caller gave their name (only the usage came); "/lead 0341
        # 123456" their number (lead 341 came).
        await _lead_by_name(context, message, user, name, phone)
        return
    # "/lead 1?", "/lead 1 bitte": the number is clear (they were told how to write it).
    lead_id = await _named_lead(context, message, replies.LEAD_USAGE, words_after=True, args=args)
    if lead_id is not None:
        await _lead_detail(context, message, user, lead_id)
        # "/lead 1 2": request 1 came, and nothing said of 2.
        others, _words = request_numbers.further_numbers(_numbered(args, asked=True)[1])
        if others:
            await _reply(message, replies.one_lead_at_a_time(others))


async def _lead_by_name(
    context: BotContext,
    message: Message,
    user: TelegramUser,
    name: str,
    phone: str | None,
    to_copy: Callable[[Sequence[reports.LeadRow]], str] | None = None,
    example: str = "/lead 12",
    none: str | None = None,
    *,
    number: int | None = None,
) -> None:
    """ "/lead Mehmet" (or "/lead 0341 123456", ``phone`` its digits): the one request of
    the group with the name (or number) shown as "/lead 12" shows it, several listed
    briefly, none said so. Offices that keep personal data out of Telegram are searched in
    the inbox only (a hit would pair a name with a number). ``to_copy``: another command
    by a name ("/loeschen Omar"), which acts by number only: every request found is
    listed, ended by the commands with their numbers; ``example``: that command with a
    number, for none found (``none``: the answer then, if another). ``number``: a
    request's number typed after the name ("/lead Omar 2"), shown if it is one found."""
    advisors = _advisors(context)
    served = advisors.offices_of(message.chat.id)
    offices = [office for office in served if not advisors.minimal(office)]
    if not offices:
        await _reply(message, replies.lead_name_in_inbox(advisors.web_url))
        return
    rows = await by_name.leads_named(_sessionmaker(context), offices, name, phone=phone)
    by = by_name.searched_by(name, phone)
    if not rows and to_copy is None and by == "name":
        choice = listing.chosen(name.split(), advisors.offices, served, user.id)
        if isinstance(choice, listing.Choice):
            # "/lead neu", "/lead meine", "/lead alle": /leads' words, its s left out, were
            # looked up as a name ("keine Anfrage mit „neu“ im Namen").
            await _leads_chosen(context, message, choice)
            return
    if not rows:
        await _reply(message, none or replies.lead_name_none(name, by=by, example=example))
        return
    if number is not None and any(row.id == number for row in rows):
        await _lead_detail(context, message, user, number)
        return
    if len(rows) == 1 and to_copy is None:
        await _lead_detail(context, message, user, rows[0].id)
        return
    now = context.services.clock()
    shown = rows[: by_name.LIMIT]
    text = reports.named_list(
        shown,
        _office_names(advisors),
        now,
        name,
        more=len(rows) > len(shown),
        by=by,
        **({"to_copy": to_copy(shown)} if to_copy else {}),
    )
    await _reply_about(
        context, message, text, [row.id for row in shown], read_at=now, kind=CopyKind.LIST
    )


def _numbers(rows: Sequence[reports.LeadRow]) -> list[str]:
    """The requests' numbers, as a command to copy writes them."""
    return [str(row.id) for row in rows]


def _name_only(words: Sequence[str], name: str) -> bool:
    """Whether a command's ``words`` are a person's name alone ("Omar Said"): no digit,
    no polite word alone."""
    digitless = not any(ch.isdigit() for ch in name)
    return digitless and by_name.is_name(name) and not polite(words)


async def _lead_detail(
    context: BotContext, message: Message, user: TelegramUser, lead_id: int
) -> None:
    """One lead of this group with its history, its reading audited (or where it went)."""
    advisors = _advisors(context)
    now = context.services.clock()
    found = await work.read_lead(
        _sessionmaker(context),
        work.GroupAccess(advisors, message.chat.id),
        lead_id=lead_id,
        actor=_actor(user),
        now=now,
    )
    if found is None:
        # Handed over from here: where it went ("gibt es nicht" told who had just done it).
        access = work.GroupAccess(advisors, message.chat.id)
        went = await work.went_to(_sessionmaker(context), access, lead_id)
        if went is None:
            await _reply(message, replies.NOT_IN_THIS_GROUP)
        else:
            await _reply(message, replies.now_with(lead_id, advisors.office_name(went)))
        return
    lead, history, messages, _undelivered = found
    async with _sessionmaker(context)() as session:
        came = await claims.came_from(session, lead.id)  # as on the card
    detail = cards.lead_detail(lead, advisors, history, messages, came)
    await _reply_about(context, message, detail, [lead.id], read_at=now)


async def on_stats(update: Update, context: BotContext) -> None:
    """/stats: this group's offices' leads of the last 7 and 30 days, and their outbox backlog."""
    message, _user = _sender(update)
    advisors = _advisors(context)
    # "/stats Woche", "/stats 30": the figures of 7 and 30 days, as plain /stats shows them.
    words = reports.stats_words(context.args or [])
    chosen = _named_offices(words, advisors, advisors.offices_of(message.chat.id))
    if isinstance(chosen, str):
        cities, elsewhere = advisors.cities_of(message.chat.id), _elsewhere(chosen, advisors)
        await _reply(message, replies.stats_usage(chosen, cities, elsewhere))
        return
    periods, failed, pending = await work.statistics(
        _sessionmaker(context), context.services.clock(), chosen
    )
    names = _office_names(advisors)
    refusing = groups.unreachable_offices(context.services.outbox)
    # Plain /stats names every refusing group (another office's advisors can tell it);
    # "/stats Dresden" named Leipzig's too, when asked about Dresden's figures.
    asked = refusing if not words else [key for key in refusing if key in chosen]
    unreachable = [names.get(k, k) for k in asked]
    text = reports.stats_text(
        periods, names, failed=failed, pending=pending, unreachable=unreachable
    )
    await _reply(message, text)


async def on_export(update: Update, context: BotContext) -> None:
    """/export: this group's leads as a CSV file; "/export 12" only lead 12 (the whole
    group's file came, the number ignored); "/export Excel" as an XLSX file."""
    message, user = _sender(update)
    advisors = _advisors(context)
    fmt, args = export.format_named(request_numbers.numbers_apart(context.args or []))
    args = export.every_dropped(args)
    if await _phone_refused(message, args, "export"):
        return
    digits, rest = _numbered(args, asked=True)
    further, _words = request_numbers.further_numbers(rest)
    if digits is not None and further:
        # "/export 1 2" was told „2“ is no word of /export's, "/export 1,2" that „1,2“ is.
        await _reply(message, replies.export_one_at_a_time([digits, *further], fmt))
        return
    served = advisors.offices_of(message.chat.id)
    chosen = _named_offices(args, advisors, served) if digits is None else list(served)
    # "/export 12 Leipzig" in Leipzig's group: the office is the request's own (it was told
    # Leipzig's requests are not in this group).
    after = _named_offices(rest, advisors, served) if digits is not None and rest else None
    unknown = after if isinstance(after, str) else chosen if isinstance(chosen, str) else None
    # "/export neu", "/export meine": the requests /leads lists so ("neu" was no word of
    # /export's).
    listed = listing.chosen(args, advisors.offices, served, user.id) if digits is None else None
    picked = listed if unknown is not None and isinstance(listed, listing.Choice) else None
    if picked is not None:
        chosen, unknown = list(picked.offices), None
    if unknown is not None:
        cities, elsewhere = advisors.cities_of(message.chat.id), _elsewhere(unknown, advisors)
        how = replies.export_usage(unknown, cities, elsewhere)
        # "/export Omar 2", "/export Omar 1 2": Omar's requests, each "/export N" to copy.
        named_then_numbered = by_name.name_then_numbers(args)
        name = named_then_numbered[0] if named_then_numbered else by_name.searched(args)
        by_a_name = named_then_numbered is not None or _name_only(args, name)
        searchable = any(not advisors.minimal(key) for key in served)
        if digits is None and elsewhere is None and searchable and by_a_name:
            # "/export Omar" was told „Omar“ is no word of /export's: the requests with the
            # name are listed, each "/export N" to copy (none: that answer, as before).
            def by_number(rows: Sequence[reports.LeadRow]) -> str:
                return replies.export_by_number(_numbers(rows), fmt)

            await _lead_by_name(context, message, user, name, None, by_number, none=how)
            return
        await _reply(message, how)
        return
    served = tuple(chosen)
    # An office with minimal cards keeps its leads' data out of Telegram: no file either.
    offices = [o for o in served if not advisors.minimal(o)]
    if not offices:
        await _reply(message, replies.export_in_inbox(advisors.web_url))
        return
    one = _lead_number(digits) if digits is not None else None
    if digits is not None:
        lead = await handover.current(_sessionmaker(context), one) if one else None
        if lead is None or lead.office not in served:
            await _reply(message, replies.NOT_IN_THIS_GROUP)
            return
        if lead.office not in offices:
            await _reply(message, replies.export_in_inbox(advisors.web_url))
            return
    if picked is not None and not await work.open_leads(
        _sessionmaker(context), offices, picked.statuses, picked.claimed_by
    ):
        # "/export meine" with none taken: as /leads meine says it, not an empty file.
        await _reply(message, picked.none)
        return
    # A group of several offices: the file says whose requests it leaves out, and where.
    left_out = [advisors.cities().get(o, o) for o in served if advisors.minimal(o)]
    now = context.services.clock()
    lead_ids: list[int] = []
    content, count = await export.export(
        _sessionmaker(context),
        fmt=fmt,
        offices=offices,
        tz=advisors.timezone,
        now=now,
        actor=_actor(user),
        via="telegram",
        cities=advisors.cities(),
        shown=lead_ids,
        where=[Lead.id == one] if one is not None else _picked(picked),
        filters={"lead": str(one)} if one is not None else _picked_filters(picked),
    )
    only = offices[0] if len(offices) == 1 else None
    if one is not None:
        name, caption = f"kausa-anfrage-{one}-stand-{now.date().isoformat()}.{fmt}", ""
    else:
        name = export.filename(fmt, only, None, now)
        caption = replies.left_out_of_export(left_out)
    sent = await context.bot.send_document(
        message.chat.id,
        InputFile(content, filename=name),
        caption=replies.export_caption(count, one, _picked_heading(picked)) + caption,
        reply_parameters=ReplyParameters(message.message_id, allow_sending_without_reply=True),
    )
    # The file holds every exported lead's data: /delete and retention remove it too.
    await copies.remember(
        _sessionmaker(context),
        lead_ids,
        message.chat_id,
        sent.message_id,
        now,
        read_at=now,
        kind=CopyKind.EXPORT,
    )


def _picked(picked: listing.Choice | None) -> list[sa.ColumnElement[bool]]:
    """The requests "/export neu" or "/export meine" chose, as /leads would list them
    (every request when none were chosen)."""
    if picked is None:
        return []
    where: list[sa.ColumnElement[bool]] = [Lead.status.in_(picked.statuses)]
    if picked.claimed_by is not None:
        where.append(Lead.claimed_by == picked.claimed_by)
    return where


def _picked_filters(picked: listing.Choice | None) -> dict[str, str] | None:
    """How "/export neu" chose the requests, for the audit trail."""
    if picked is None:
        return None
    filters = {"status": ",".join(picked.statuses)}
    return filters | ({"claimed_by": str(picked.claimed_by)} if picked.claimed_by else {})


def _picked_heading(picked: listing.Choice | None) -> str | None:
    """What the file of "/export neu" holds, as /leads neu heads its list."""
    return picked.heading if picked is not None else None


def _elsewhere(word: str, advisors: Advisors) -> str | None:
    """The city of the office ``word`` names, where the group's command refused it as
    another group's (None: no office's name)."""
    office = listing.office_read(word, advisors.offices)
    return advisors.office_name(office) if office is not None else None


def _named_offices(
    args: Sequence[str], advisors: Advisors, served: Sequence[str]
) -> list[str] | str:
    """The offices of this group "/export Chemnitz" or "/stats Chemnitz" names (all: none
    named), or the first word that names none of them ("/export Chemnitz" sent both
    offices' requests, "/stats Chemnitz" counted both)."""
    named: list[str] = []
    for word in args:
        if spelled(word) in listing.AROUND_OFFICE:
            # "Büro Chemnitz", "Buero Chemnitz", "für Chemnitz" ("Buero" was unknown).
            continue
        office = listing.office_read(word, advisors.offices)
        if office is None or office not in served:
            return word
        named.append(office)
    return [key for key in served if key in named] or list(served)


async def on_handover(update: Update, context: BotContext) -> None:
    """/weitergeben N BÜRO [Grund]: give a lead of this group to another office."""
    message, user = _sender(update)
    advisors = _advisors(context)
    # "/weitergeben 1,2 Dresden": the numbers apart, to be told one goes per command.
    args = request_numbers.numbers_apart(context.args or [])
    if await _phone_refused(message, args, "weitergeben"):
        return
    # "/weitergeben 1! Dresden": the "!" is a full stop, as after the office.
    digits, words = _numbered(args, exclaimed=True)
    others, words = request_numbers.further_numbers(words)
    first = handover.office_first(args, advisors.offices) if digits is None else None
    if first is not None and await _phone_refused(message, first[1], "weitergeben", first[0]):
        # "/weitergeben Dresden 01": the office first, then a phone number (request 1).
        return
    if first is not None and _numbered(first[1], exclaimed=True)[0] is not None:
        # "/weitergeben Dresden 12": the office before the number (the usage answered it).
        office_said, after = first
        digits, said_after = _numbered(after, exclaimed=True)
        others, said_after = request_numbers.further_numbers(said_after)
        words = [office_said, *said_after]
    by_a_name = handover.name_first(args, advisors.offices) if digits is None else None
    if (
        by_a_name is not None
        and by_name.is_name(by_name.searched(by_a_name[0]))
        and not polite(by_a_name[0])
    ):
        # "/weitergeben Omar Dresden" got the usage: a caller gives the name. Their
        # requests are listed, each with the command to copy.
        name_words, from_office = by_a_name
        office, reason = handover.office_and_reason(from_office, advisors.offices)
        # "/weitergeben Omar Dresdn": the office likely meant, in the commands to copy.
        mistyped = handover.office_word(from_office) if office is None else None
        meant = handover.office_meant(mistyped, advisors.offices) if mistyped else None
        office = office or next((k for k, c in advisors.cities().items() if c == meant), None)
        to = advisors.cities().get(office or "")

        def to_copy(rows: Sequence[reports.LeadRow]) -> str:
            # "/weitergeben Omar Leipzig" in Leipzig's group offered "/weitergeben 1
            # Leipzig", which is then refused: those already there are said so.
            there = [str(row.id) for row in rows if office is not None and row.office == office]
            others = [str(row.id) for row in rows if str(row.id) not in there]
            said = replies.hand_over_by_number(others, to, reason, there=there)
            return replies.office_meant_first(mistyped, to) + said if mistyped else said

        # Nothing found: the example goes to another office than this group's only one.
        own = advisors.offices_of(message.chat_id) == (office,)
        example = f"/weitergeben 12 {'BÜRO' if own or not to else to}"
        name = by_name.searched(name_words)
        await _lead_by_name(context, message, user, name, None, to_copy, example)
        return
    if digits is not None and others:
        # "/weitergeben 1 2 Dresden": 'Ein Büro „2“ gibt es nicht' ("Dresden 1 2" handed
        # request 1 over, "2" its reason).
        office, reason = handover.office_and_reason(words, advisors.offices)
        city = advisors.cities().get(office) if office else None
        await _reply(message, replies.handover_one_at_a_time([digits, *others], city, reason))
        return
    numbered = digits is not None
    asked_digits, asked_words = _numbered(args, asked=True)
    if not numbered and asked_digits is not None:
        # "/weitergeben 12? Dresden": a hand-over is done at once, not guessed from a
        # question (the usage, with every office, did not say what was wrong).
        office_asked, _reason = handover.office_and_reason(asked_words, advisors.offices)
        if await _there_already(context, message, asked_digits, office_asked):
            return
        city = advisors.cities().get(office_asked) if office_asked else None
        await _reply(message, replies.handover_asked(asked_digits, city, asked_words))
        return
    # In a lead's topic the number may be left out: "/weitergeben Dresden".
    topic_lead = None if numbered else await conversation.lead_here(context, message)
    office, reason = handover.office_and_reason(words, advisors.offices)
    typed = handover.office_word(words)
    asked_office = handover.office_named(typed.rstrip("?!"), advisors.offices)
    named = digits if digits is not None else (str(topic_lead) if topic_lead else None)
    if office is None and named is not None and typed.endswith("?") and asked_office:
        # "/weitergeben 12 Dresden?", "/weitergeben Dresden?" in the lead's topic: asked,
        # not said ("Ein Büro „Dresden?“ gibt es nicht").
        if await _there_already(context, message, named, asked_office):
            return
        city = advisors.cities().get(asked_office)
        said = [word.rstrip("?") if word == typed else word for word in words]
        await _reply(message, replies.handover_asked(named, city, said))
        return
    if office is None and typed and (numbered or topic_lead is not None):
        # An office there is not ("Görlitz"): the usage said nothing of it.
        cities = list(advisors.cities().values())
        meant = handover.office_meant(typed, advisors.offices)
        # The command as it would have worked, its reason kept: copied, nothing retyped.
        number = f"{digits} " if digits is not None else ""
        command = f"/weitergeben {number}{meant} {reason}".strip() if meant else ""
        await _reply(message, replies.no_such_office(typed, cities, meant, command))
        return
    by_name_only = by_name.searched(words)
    if (
        office is None
        and not numbered
        and topic_lead is None
        and _name_only(words, by_name_only)
        and handover.office_meant(typed, advisors.offices) is None
        and any(not advisors.minimal(key) for key in advisors.offices_of(message.chat_id))
    ):
        # "/weitergeben Omar Said", the office not yet said, got how it is written: the
        # requests with the name are listed, each with BÜRO to fill in.
        cities = list(advisors.cities().values())

        def with_office(rows: Sequence[reports.LeadRow]) -> str:
            return replies.hand_over_by_number(_numbers(rows), None, "", cities)

        # None with the name ("/weitergeben Görlitz"): how it is written, as before.
        how = handover.usage(advisors, message.chat_id)
        await _lead_by_name(context, message, user, by_name_only, None, with_office, none=how)
        return
    if office is None or not (numbered or topic_lead is not None):
        # "/weitergeben 12" or, in the lead's topic, "/weitergeben": the office is missing.
        named_lead = _lead_number(digits) if digits is not None else topic_lead
        how = handover.usage(advisors, message.chat_id, named_lead, typed=digits or "")
        await _reply(message, how)
        return
    lead_id = _lead_number(digits) if digits is not None else topic_lead
    if lead_id is None:
        await _reply(message, replies.NOT_IN_THIS_GROUP)
        return
    services = context.services
    outcome = await handover.hand_over(
        _sessionmaker(context),
        work.GroupAccess(advisors, message.chat.id),
        advisors,
        lead_id=lead_id,
        office=office,
        actor=_actor(user),
        now=services.clock(),
        mail=services.settings.smtp_host is not None,
        reason=reason,
    )
    await _reply(message, outcome.answer)
    if outcome.changed:
        jobs.kick(context.application)


async def _there_already(
    context: BotContext, message: Message, digits: str, office: str | None
) -> bool:
    """Whether the request ``digits`` of this group is with ``office`` already, then said
    so: "/weitergeben 1 Leipzig?" in Leipzig's group was offered "/weitergeben 1
    Leipzig" to send, which is then refused."""
    lead_id = _lead_number(digits)
    lead = await handover.current(_sessionmaker(context), lead_id) if lead_id else None
    advisors = _advisors(context)
    if lead is None or office is None or lead.office != office:
        return False
    if not advisors.serves(message.chat.id, lead.office):
        return False
    await _reply(message, replies.handover_same_office(lead.id, advisors.office_name(office)))
    return True


async def on_erase(update: Update, context: BotContext) -> None:
    """/loeschen N: a person's data erased at their request (a call, a letter, a parent of
    a minor), as their /delete erases them; asked first, with buttons (on_erase_button)."""
    message, user = _sender(update)
    # "/loeschen 1,2": the numbers apart, to be told one request goes per command.
    args = request_numbers.numbers_apart(context.args or [])
    if await _phone_refused(message, args, "loeschen"):
        return
    digits, rest = _numbered(args, asked=True)
    further, _words = request_numbers.further_numbers(rest)
    if digits is not None and further:
        # "/loeschen 1,2" was answered with the usage, "/loeschen 1 2" with only "1" to copy.
        await _reply(message, replies.erase_one_at_a_time([digits, *further]))
        return
    if digits is not None and not polite(rest):
        # "/loeschen 1 Kaya": the usage said "NUMMER", though a number was there.
        await _reply(message, replies.erase_number_only(digits))
        return
    if digits is None and erasure.asks_for_all(args):
        # "/loeschen alle" was looked up as a name: nothing erased, how erasure goes.
        await _reply(message, replies.erase_not_all(context.services.settings.retention_days))
        return
    # "/loeschen Omar 2": Omar's requests, each to erase by its number („Omar 2“ was none).
    named_then_numbered = by_name.name_then_numbers(args)
    name = named_then_numbered[0] if named_then_numbered else by_name.searched(args)
    if digits is None and by_name.is_name(name) and not polite(args):
        # "/loeschen Omar", "/loeschen omar@web.de" got the usage: a caller gives the name.
        # Their requests are listed to erase by number, never by the name.
        await _lead_by_name(
            context,
            message,
            user,
            name,
            None,
            lambda rows: replies.erase_by_number(_numbers(rows)),
            "/loeschen 12",
        )
        return
    # "/loeschen 1 bitte": asked as "/loeschen 1" is.
    lead_id = await _named_lead(context, message, replies.ERASE_USAGE, words_after=True, args=args)
    if lead_id is None:
        return
    advisors = _advisors(context)
    access = work.GroupAccess(advisors, message.chat.id)
    found = await erasure.reach(
        _sessionmaker(context),
        access,
        lead_id=lead_id,
        actor=_actor(user),
        now=context.services.clock(),
    )
    if found is None:
        went = await work.went_to(_sessionmaker(context), access, lead_id)
        gone = replies.now_with(lead_id, advisors.office_name(went)) if went else None
        await _reply(message, gone or replies.NOT_IN_THIS_GROUP)
        return
    if not found.requests:
        await _reply(message, replies.erased_already(lead_id))
        return
    others = [number for number, _office in found.requests if number != lead_id]
    await botapi.send_notification(
        message.get_bot(),
        message.chat_id,
        replies.erase_question(lead_id, others),
        botapi.inline_keyboard(erasure.question_buttons(lead_id)),
        reply_to=message.message_id,
        thread_id=_thread(message),
    )


async def on_phone(update: Update, context: BotContext) -> None:
    """/nummer N TELEFON: the request's phone number changed by an advisor (the person
    gave a new one in a call; a note with it left the card's old one). In a lead's topic
    or replying to its message the request's number may be left out."""
    message, user = _sender(update)
    args = context.args or []
    # "/nummer 0176 …" in a lead's topic: the phone number, no request's number.
    digits, words = (None, args) if by_name.phone_written(args) else _numbered(args)
    lead_id = _lead_number(digits) if digits is not None else None
    if digits is None:
        lead_id = await conversation.lead_here(context, message)
    typed = " ".join(words)
    if digits is not None and lead_id is None:
        await _reply(message, replies.NOT_IN_THIS_GROUP)
        return
    if lead_id is None or not typed:
        # "/nummer 1", the phone number not typed: how the command is written.
        await _reply(message, replies.PHONE_USAGE)
        return
    number = phone_set.typed_number(typed)
    if number is None:
        await _reply(message, replies.phone_invalid(typed))
        return
    advisors = _advisors(context)
    access = work.GroupAccess(advisors, message.chat.id)
    result = await phone_set.set_phone(
        _sessionmaker(context),
        access,
        lead_id=lead_id,
        number=number,
        actor=_actor(user),
        now=context.services.clock(),
    )
    went = (
        await work.went_to(_sessionmaker(context), access, lead_id)
        if result == replies.NOT_IN_THIS_GROUP
        else None
    )
    if went is not None:
        # Handed over from here: where it went ("gibt es nicht" was untrue).
        result = replies.now_with(lead_id, advisors.office_name(went))
    answers = {
        "set": replies.phone_set(lead_id),
        "same": replies.phone_same(lead_id),
        "gone": replies.phone_gone(lead_id),
    }
    await _reply(message, answers.get(result, result))
    if result == "set":
        jobs.kick(context.application)


async def on_erase_button(update: Update, context: BotContext) -> None:
    """ "Ja, endgültig löschen" or "Abbrechen" under /loeschen's question."""
    query = update.callback_query
    if query is None or not isinstance(query.message, Message):
        return
    question = query.message
    advisors = _advisors(context)
    press = erasure.parse(query.data or "")
    if question.chat.id not in advisors.chats or press is None:
        await presses.answer(query, replies.STALE_BUTTON, alert=True)
        return
    if not advisors.may_act_in(query.from_user.id, question.chat.id):
        refused = replies.refusal(advisors.cities_of(question.chat.id))
        await presses.answer(query, refused, alert=True)
        return
    choice, lead_id = press
    if choice == erasure.NO:
        await presses.answer(query)
        await _settle_question(context, question, replies.erase_cancelled(lead_id))
        return
    services = context.services
    actor = _actor(query.from_user)
    try:
        erased = await erasure.erase(
            _sessionmaker(context),
            services.dialogue,
            work.GroupAccess(advisors, question.chat.id),
            lead_id=lead_id,
            actor=actor,
            now=services.clock(),
            via="telegram",
        )
    except Exception as error:
        # Rolled back: the tap is answered, and tapping again works (as on_button does).
        await presses.answer(query, replies.TRY_AGAIN, alert=True)
        if services.outage.failed(error):
            return
        raise
    if erased is None:
        # A colleague handed it over since the question: where it is, the question too.
        access = work.GroupAccess(advisors, question.chat.id)
        went = await work.went_to(_sessionmaker(context), access, lead_id)
        if went is None:
            await presses.answer(query, replies.NOT_IN_THIS_GROUP, alert=True)
            return
        moved = replies.not_erased_now_with(lead_id, advisors.office_name(went))
        await presses.answer(query, moved, alert=True)
        await _settle_question(context, question, moved)
        return
    if not erased.numbers:
        # A colleague's "Ja" or retention came first: this question says so, not asking on.
        await presses.answer(query, replies.erased_already(lead_id))
        await _settle_question(context, question, replies.erased_already(lead_id))
        return
    await presses.answer(query, replies.ERASED_ANSWER)
    # Before the outbox runs: in a lead's topic the question goes with the topic.
    said = replies.erased_by(lead_id, erased.numbers, actor.name)
    await _settle_question(context, question, said)
    jobs.kick(context.application)  # the card edited, the group's copies removed


async def _settle_question(context: BotContext, question: Message, text: str) -> None:
    """The question replaced by what became of it, without its buttons."""
    try:
        await botapi.edit_text(context.bot, question.chat.id, question.message_id, text)
    except TelegramError as error:
        log.info("could not settle a question (%s)", type(error).__name__)


def _command_length(message: Message) -> int | None:
    """How long the command ``message`` starts with is, as Telegram marked it (None: not
    marked, "/übernehmen")."""
    entity = message.entities[0] if message.entities else None
    if entity is None or entity.type != entity.BOT_COMMAND or entity.offset != 0:
        return None
    return entity.length


def glued_words(text: str, length: int) -> list[str]:
    """The words after a command Telegram marked ``length`` long: it ends the command at the
    first sign that is no Latin letter, digit or "_", and what is glued to it ("#12" of
    "/lead#12", ":12" of "/lead:12") was no word at all after it (python-telegram-bot
    splits at spaces). A "?" or "!" alone ("/leads?") is no word."""
    after = text[length:]
    words = after.split()
    if not words or after[0].isspace():
        return words
    glued = words[0].lstrip(",;:-–")
    return words[1:] if not glued.strip("?!.") else [glued, *words[1:]]


def _glued_read(
    handler: Callable[[Update, BotContext], Coroutine[Any, Any, None]],
) -> Callable[[Update, BotContext], Coroutine[Any, Any, None]]:
    """``handler`` with the words glued to its command read as words (glued_words)."""

    async def read(update: Update, context: BotContext) -> None:
        message = update.effective_message
        length = _command_length(message) if message is not None else None
        if message is not None and message.text and length is not None:
            context.args = glued_words(message.text, length)
        context.args = without_bot_name(context.args or [], context.bot.username or "")
        await handler(update, context)

    return read


def without_bot_name(words: Sequence[str], bot_name: str) -> list[str]:
    """``words`` without the bot's own name, typed apart from its command ("/leads
    @kausa_bot", picked from Telegram's list after a space) or after a word ("/leads
    neu@kausa_bot"): it was taken for a word the command does not know."""
    if not bot_name:
        return list(words)
    addressed = f"@{bot_name}".casefold()
    kept = []
    for word in words:
        if word.casefold().endswith(addressed):
            word = word[: -len(addressed)]
        if word:
            kept.append(word)
    return kept


def _command_word(context: BotContext, message: Message) -> str | None:
    """The command ``message`` starts with, without "/" and the bot's name, as Telegram
    marked it ("/lead1?" is "/lead1"); None: another bot's ("/poll@other_bot"), left to
    that bot."""
    length = _command_length(message)
    text = message.text or ""
    word = (text[:length] if length else text.split(maxsplit=1)[0]).removeprefix("/")
    command, _, addressee = word.partition("@")
    if addressee and addressee.lower() != (context.bot.username or "").lower():
        return None
    return command


async def on_unknown_command(update: Update, context: BotContext) -> None:
    """A command the bot does not know, from an advisor: a typo ("/weitergebn") or a
    guess ("/notiz") went unanswered, and the advisor could not tell it from a bot that
    had not heard. Another bot's command ("/poll@other_bot") is left to that bot."""
    message, _user = _sender(update)
    command = _command_word(context, message)
    if command is None:
        return
    noted = await conversation.note_by_command(update, context)
    if noted is not None:
        # "/notiz Rückruf morgen" in a lead's topic: kept as the note it says it is, or
        # told why not (in the topic of a lead handed over: "Die Notiz ist leer" before).
        await _note_answered(context, message, noted)
        return
    if note_command(message.text) is not None:
        if await conversation.lead_here(context, message) is None:
            # Replying to nothing in a group without topics, or in a topic of no lead (the
            # team's "Allgemein"): there "/notiz 12 …" was a command the bot did not know.
            await _numbered_note(update, context, message)
        else:
            # "/notiz" alone in a lead's topic: the command is known there ("Den Befehl
            # /notiz gibt es nicht" was untrue); what is missing is the note.
            await _reply(message, replies.NOTE_EMPTY_HERE)
        return
    # "/erledigt 12", "/erledigt#12": the number names the lead whose button was meant.
    length = _command_length(message)
    text = message.text or ""
    digits, _rest = _numbered(glued_words(text, length) if length else text.split()[1:])
    if digits is None and replies.is_button_typed(command):
        # "/erledigt" under the card or in the lead's topic: that lead's button.
        here = await conversation.lead_here(context, message)
        digits = str(here) if here is not None else None
    await _reply(message, replies.unknown_command(command, digits))


async def _numbered_note(update: Update, context: BotContext, message: Message) -> None:
    """ "/notiz 12 Rückruf morgen" outside a lead's topic and replying to none of its
    messages (a group without topics, a team topic): kept as a note of lead 12, as
    "/lead 12" shows it. Without a number the advisor learns that it was not kept, and
    how to write it: the words were lost behind the list of commands."""
    body = note_command(message.text) or ""
    words = body.split()
    # "/notiz 0341 123456 Rückruf erbeten": a phone number (the note on request 341).
    if await _phone_refused(message, words, "notiz", body.strip()):
        return
    # "/notiz 12 - 15 Uhr anrufen": a note on request 12, no range of requests.
    numbers, after = request_numbers.listed(request_numbers.numbers_apart(words, ranges=False))
    if numbers:
        # "/notiz 1,2 Geschwister" was asked "Zu welcher Anfrage?", the numbers there.
        await _reply(message, replies.note_one_at_a_time(numbers, " ".join(after)))
        return
    # "/notiz 12? Rückruf": "Zu welcher Anfrage?" with the number there; a note reaches
    # no one, so the number is taken however it is asked.
    digits, rest = _numbered(words, asked=True)
    lead_id = _lead_number(digits) if digits is not None else None
    if lead_id is None or not note_said(" ".join(rest)):
        # "/notiz 12" alone (or "/notiz 12 .") named its lead: what is missing is the note.
        unkept = replies.NOTE_IN_NO_LEAD_TOPIC if _thread(message) else replies.NOTE_WITHOUT_LEAD
        if digits is None and await _note_by_name(update, context, words, body.strip(), unkept):
            return
        await _reply(message, replies.NOTE_EMPTY if lead_id is not None else unkept)
        return
    # The words after the number as written, their lines kept.
    text = body.strip().split(maxsplit=len(words) - len(rest))[-1]
    result = await conversation.keep_note(update, context, text, lead_id)
    if result is not None:
        await _note_answered(context, message, result)


async def _note_by_name(
    update: Update, context: BotContext, words: Sequence[str], note: str, unkept: str
) -> bool:
    """Whether a note headed by a person's name ("/notiz Omar ruft zurück", no number)
    was answered with the requests of that name, each "/notiz N" with the note to copy, as
    "/loeschen Omar" lists them: it was only asked "Zu welcher Anfrage?". Nothing is kept
    by a name (two Omars)."""
    message, user = _sender(update)
    advisors = _advisors(context)
    served = advisors.offices_of(message.chat.id)
    offices = [office for office in served if not advisors.minimal(office)]
    name = await by_name.name_heading(_sessionmaker(context), offices, words) if offices else None
    if name is None:
        return False

    def to_copy(rows: Sequence[reports.LeadRow]) -> str:
        return replies.note_by_number(_numbers(rows), note)

    await _lead_by_name(context, message, user, name, None, to_copy, none=unkept)
    return True


async def _note_answered(
    context: BotContext, message: Message, result: conversation_log.RelayResult
) -> None:
    """Say why a note command's note was not kept (kept, it was said so already): a
    withdrawn lead was "Diese Anfrage gibt es in dieser Gruppe nicht". A kept note's
    command edited since keeps its first words, and says so."""
    if result.status == "duplicate" and message.edit_date is not None:
        await _reply(message, replies.NOTE_EDIT_NOT_KEPT)
    elif result.status not in ("note", "duplicate"):
        await _reply(message, _held_refusal(context, result))


async def on_loose_note(update: Update, context: BotContext) -> None:
    """A message headed "//" or "#notiz" in the group, outside a lead's topic and replying
    to nothing (a group without topics): it belongs to no lead, and went unanswered, the
    advisor believing it kept. The team's other talk there is left alone."""
    message, _user = _sender(update)
    if is_note(message.text or message.caption):
        await _reply(message, replies.NOTE_WITHOUT_LEAD)


async def on_private_command(update: Update, context: BotContext) -> None:
    """An advisor's command in her own chat with the bot ("/leads", "/notiz 12 Rückruf"):
    it was "Diesen Befehl kenne ich nicht" and a person's first screen, a note kept
    nowhere. Told where it works; any other command stays the dialogue's."""
    message, user = _sender(update)
    command = _command_word(context, message)
    note = note_command(message.text) is not None
    if command is None or not (
        note or command.casefold() in _ADVISOR_WORDS or replies.is_button_typed(command)
    ):
        return
    own = _advisors(context).own_cities(user.id)
    await _reply(message, replies.in_private_chat(own, note=note))
    raise ApplicationHandlerStop


async def on_refused(update: Update, context: BotContext) -> None:
    """An advisor command from someone who is no advisor of this group: told whose
    advisors may (an advisor of another office, also where she is registered)."""
    message, user = _sender(update)
    advisors = _advisors(context)
    cities = advisors.cities_of(message.chat_id)
    await _reply(message, replies.not_advisor(cities, advisors.own_cities(user.id)))


async def on_refused_help(update: Update, context: BotContext) -> None:
    """Another command from someone who is no advisor of this group: "/hilfe" of another
    office's advisor (or a command she mistyped) went unanswered, as if the bot had not
    heard; she learns whose group it is. A member's own command is answered only when it
    asks the bot for help; another bot's ("/poll@other_bot") is left to that bot."""
    message, user = _sender(update)
    command = _command_word(context, message)
    if command is None:
        return
    advisors = _advisors(context)
    own = advisors.own_cities(user.id)
    cities = advisors.cities_of(message.chat_id)
    if own:
        await _reply(message, replies.help_elsewhere(cities, own))
    elif command.lower() in replies.HELP_COMMANDS:
        await _reply(message, replies.not_advisor(cities))


async def _on_other_press(update: Update, context: BotContext) -> None:
    """A button no handler here knows: presses.answered calls it stale (in a group)."""


# -- the question about a held message (bot.advisor.held) ----------------------

#: What the advisor's answer did, as the settled question says it.
_HELD_OUTCOMES = {
    "note": ("als interne Notiz gespeichert", replies.HELD_NOTED),
    "queued": ("an die Person gesendet", replies.HELD_SENT),
}


async def on_held_button(update: Update, context: BotContext) -> None:
    """ "📝 Als interne Notiz speichern" or "➡️ An die Person senden" under the question
    about a message held back for its unsure tag: the held message goes that way."""
    query = update.callback_query
    if query is None or not isinstance(query.message, Message):
        return
    question = query.message
    press = held.parse(query.data or "")
    if question.chat.id not in _advisors(context).chats or press is None:
        await presses.answer(query, replies.STALE_BUTTON, alert=True)
        return
    # In the topic's turn: a tap the moment the question appears waits until it is stored.
    async with conversation.topic_turn(question):
        await _held_pressed(update, context, query, question, press)


async def _held_pressed(
    update: Update,
    context: BotContext,
    query: CallbackQuery,
    question: Message,
    press: held.Held,
) -> None:
    written = question.reply_to_message
    if written is None or written.message_id != press.message_id:
        await conversation.settled(context, question)
        await presses.answer(query, replies.HELD_GONE, alert=True)
        return
    author = written.from_user
    if author is None:
        await presses.answer(query, replies.HELD_NOT_YOURS, alert=True)
        return
    # The words are the author's, and so is the name the person reads: hers to decide
    # first; then a colleague's, so that the person does not wait for her return.
    now = context.services.clock()
    minutes = held.minutes_for_author(author.id, query.from_user.id, written.date, now)
    if minutes:
        await presses.answer(
            query, replies.held_author_first(author.first_name, minutes), alert=True
        )
        return
    try:
        result = await _relay_held(update, context, written, press)
    except sa.exc.IntegrityError:
        # A colleague's tap at the same moment logged it first: it went once.
        result = conversation_log.RelayResult("duplicate", press.lead_id)
    except Exception:
        await presses.answer(query, replies.TRY_AGAIN, alert=True)
        raise
    await _held_answered(context, query, question, written, result)


async def _relay_held(
    update: Update, context: BotContext, written: Message, press: held.Held
) -> conversation_log.RelayResult:
    author = written.from_user
    assert author is not None  # checked by the caller
    topic = written.message_thread_id if written.is_topic_message else None
    async with in_order(written.chat_id):
        return await conversation_log.from_advisor(
            _sessionmaker(context),
            _advisors(context),
            content=conversation.content_of(written),
            written=conversation_log.Written(written.chat_id, written.message_id, None, topic),
            advisor=conversation_log.Advisor(author.id, author.full_name, author.first_name),
            update_id=update.update_id,
            now=context.services.clock(),
            lead_id=press.lead_id,
            as_note=press.choice is held.Choice.NOTE,
        )


async def _held_answered(
    context: BotContext,
    query: CallbackQuery,
    question: Message,
    written: Message,
    result: conversation_log.RelayResult,
) -> None:
    """Answer the press, and settle the question (its buttons gone) once the message went."""
    if result.status != "refused":
        # Answered, or never to be (the lead closed or moved): no longer open in its topic,
        # nor another question about the same held message.
        await conversation.settled(context, question, written.message_id)
    outcome = _HELD_OUTCOMES.get(result.status)
    if outcome is None:
        await presses.answer(
            query, _held_refusal(context, result), alert=result.status != "duplicate"
        )
        if result.status == "duplicate":
            await _take_buttons_off(question)
        elif result.status == "empty":
            # "Note: ." said to be a note is none: "An die Person senden" would send it.
            await _settle_question(context, question, replies.held_empty(_held_tag(written)))
        elif result.status == "moved" or result.status in replies.GONE:
            # Never to be answered: a question the hand-over could not reach (asked
            # outside a topic before migration 0019 stored such questions) kept its
            # buttons for the next advisor to tap.
            await _settle_gone(context, question, result)
        return
    if result.status == "queued":
        jobs.kick(context.application)
    await presses.answer(query, outcome[1])
    author = written.from_user
    for_author = author.full_name if author and author.id != query.from_user.id else None
    text = replies.held_settled(
        _held_tag(written), outcome[0], query.from_user.full_name, for_author
    )
    try:
        await question.edit_text(text, parse_mode="HTML", reply_markup=None)
    except TelegramError as error:
        log.info("could not settle a held message's question (%s)", type(error).__name__)


def _held_tag(written: Message) -> str:
    """The unsure tag the held message begins with ("#nozit", "Note:"), or "" (a reply
    to a note, held for that)."""
    words = written.text or written.caption or ""
    return written_tag(words) if note_tag(words) is NoteTag.UNSURE else ""


async def _settle_gone(
    context: BotContext, question: Message, result: conversation_log.RelayResult
) -> None:
    """The question about a held message whose lead moved or went: as the hand-over
    leaves its stored questions (where it went), or without its buttons."""
    if result.status != "moved" or result.lead_id is None:
        await _take_buttons_off(question)
        return
    city = _advisors(context).office_name(result.office)
    try:
        await question.edit_text(
            replies.held_moved(result.lead_id, city), parse_mode="HTML", reply_markup=None
        )
    except TelegramError as error:
        log.info("could not settle a held message's question (%s)", type(error).__name__)


async def _take_buttons_off(question: Message) -> None:
    try:
        await question.edit_reply_markup(reply_markup=None)
    except TelegramError as error:
        log.info("could not take the buttons off a question (%s)", type(error).__name__)


def _held_refusal(context: BotContext, result: conversation_log.RelayResult) -> str:
    """Why the held message (or a note command's note) went nowhere, in the words the
    group hears for any reply."""
    if result.status == "moved" and result.lead_id is not None:
        city = _advisors(context).office_name(result.office)
        return replies.moved_not_passed(result.lead_id, city)
    if result.status == "text_only":
        return replies.text_only_to_web(result.lead_id)
    if result.status == "unreachable":
        return replies.not_reachable_on_telegram(result.lead_id)
    return {
        "duplicate": replies.HELD_DONE_ALREADY,
        # "Note: ." kept as a note: nothing after the tag, as "// ." in the topic.
        "empty": replies.NOTE_EMPTY_HERE,
        "refused": replies.not_advisor([_advisors(context).office_name(result.office)]),
        **replies.GONE,
    }.get(result.status, replies.NOT_IN_THIS_GROUP)


# -- wiring --------------------------------------------------------------------


#: The advisor commands and their handlers, in menu order (replies.COMMANDS).
_COMMAND_HANDLERS: dict[str, Callable[[Update, BotContext], Coroutine[Any, Any, None]]] = {
    "leads": on_leads,
    "lead": on_lead,
    "stats": on_stats,
    "export": on_export,
    "weitergeben": on_handover,
    "loeschen": on_erase,
    "nummer": on_phone,
}


#: A word meant as a command that Telegram does not mark as one: "/" and a letter.
_NOT_A_COMMAND = re.compile(r"^/[^\W\d_]")


#: An advisor command typed with a space after its slash ("/ lead 2", "/  Leads"), or with
#: a backslash ("\lead 2"): no command to Telegram, it went unanswered, or to the person
#: in a lead's topic.
_ADVISOR_COMMAND_WORDS = sorted([*_COMMAND_HANDLERS, *NOTE_COMMANDS], key=len, reverse=True)
_SPACED_COMMAND = re.compile(
    rf"^(?:/\s+|\\\s*)({'|'.join(_ADVISOR_COMMAND_WORDS)})(?![\w])(.*)",
    re.IGNORECASE | re.DOTALL,
)


async def on_spaced_command(update: Update, context: BotContext) -> None:
    """ "/ lead 2": read as "/lead 2" (a list or a card changes nothing, and /loeschen
    asks first); a note so typed ("/ notiz 2 Rückruf") is kept nowhere, and the advisor
    gets the command to copy. Never passed on to the person."""
    message, _user = _sender(update)
    spaced = _SPACED_COMMAND.match(message.text or "")
    if spaced is None:  # the handler's filter let it in: not so
        return
    word, rest = spaced[1].casefold(), spaced[2]
    handler = _COMMAND_HANDLERS.get(word)
    if handler is None:
        await _reply(message, replies.spaced_note(f"/{word} {rest.strip()}".strip()))
        return
    context.args = without_bot_name(rest.split(), context.bot.username or "")
    await handler(update, context)


async def on_unmarked_command(update: Update, context: BotContext) -> None:
    """A command Telegram did not mark as one: "/ lead 2" read as the command, "/übernehmen"
    answered as a command the bot does not know."""
    message, _user = _sender(update)
    if _SPACED_COMMAND.match(message.text or ""):
        await on_spaced_command(update, context)
    else:
        await on_unknown_command(update, context)


def register(application: BotApplication) -> None:
    """Attach the advisor handlers (group 0, in the configured advisor groups only)."""
    advisors = application.bot_data.services.advisors
    # No configured group: filters.Chat without ids lets nothing through.
    in_advisor_group = GROUPS & filters.Chat(chat_id=advisors.chats)
    advisor_here = _AdvisorHere(advisors)
    application.add_handler(
        CallbackQueryHandler(presses.answered(on_button), pattern=f"^{view.PREFIX}:"), group=0
    )
    application.add_handler(
        CallbackQueryHandler(presses.answered(on_held_button), pattern=f"^{held.PREFIX}:"),
        group=0,
    )
    application.add_handler(
        CallbackQueryHandler(presses.answered(on_erase_button), pattern=f"^{erasure.PREFIX}:"),
        group=0,
    )
    # Any other button in a group (an older bot's): answered as stale, never left spinning.
    application.add_handler(CallbackQueryHandler(presses.answered(_on_other_press)), group=0)
    for name, _ in replies.COMMANDS:
        application.add_handler(
            CommandHandler(
                name,
                _glued_read(_COMMAND_HANDLERS[name]),
                filters=in_advisor_group & advisor_here,
            ),
            group=0,
        )
    # A note command too: "/notiz 1 Rückruf" of another office's advisor went unanswered,
    # and he believed it kept.
    refused = [*_COMMAND_HANDLERS, *sorted(NOTE_COMMANDS)]
    application.add_handler(
        CommandHandler(refused, on_refused, filters=in_advisor_group & ~advisor_here),
        group=0,
    )
    # Any other command of someone who may not act here: "/hilfe" of another office's
    # advisor went unanswered.
    application.add_handler(
        MessageHandler(
            in_advisor_group & ~advisor_here & filters.UpdateType.MESSAGE & filters.COMMAND,
            on_refused_help,
        ),
        group=0,
    )
    # Any other command of an advisor: what the bot knows (one of its own starts with "/"
    # and a letter; "// note" is none). Edited too, as the bot's own commands are: "/notiz
    # 1" told "leer" and edited into "/notiz 1 Rückruf" went unanswered, and unkept.
    application.add_handler(
        MessageHandler(
            in_advisor_group & advisor_here & filters.UpdateType.MESSAGES & filters.COMMAND,
            on_unknown_command,
        ),
        group=0,
    )
    # "/übernehmen", "/Büro": Telegram makes no command of a word with a letter outside
    # Latin, so it went to the person as a reply, or unanswered; it is answered as a typo.
    # Nor of "/ lead 2", a space after the slash: read as the command (it went to the
    # person in a lead's topic).
    application.add_handler(
        MessageHandler(
            in_advisor_group
            & advisor_here
            & filters.UpdateType.MESSAGE
            & ~filters.COMMAND
            & (filters.Regex(_NOT_A_COMMAND) | filters.Regex(_SPACED_COMMAND)),
            on_unmarked_command,
        ),
        group=0,
    )
    # An advisor's command in her own chat with the bot: told it works in the group (the
    # dialogue's handlers, group 1, then leave it).
    application.add_handler(
        MessageHandler(
            filters.ChatType.PRIVATE
            & filters.UpdateType.MESSAGE
            & filters.COMMAND
            & _AdvisorHere(advisors, anywhere=True),
            on_private_command,
        ),
        group=0,
    )
    # A lead's topic, or a reply to one of its messages: text and media go to the person.
    application.add_handler(
        MessageHandler(
            in_advisor_group
            & filters.UpdateType.MESSAGE
            & (filters.REPLY | filters.IS_TOPIC_MESSAGE)
            & ~filters.COMMAND
            & ~filters.StatusUpdate.ALL,
            conversation.on_group_message,
        ),
        group=0,
    )
    # A note written to no lead: told that it was not kept.
    application.add_handler(
        MessageHandler(
            in_advisor_group
            & advisor_here
            & filters.UpdateType.MESSAGE
            & ~filters.REPLY
            & ~filters.IS_TOPIC_MESSAGE
            & ~filters.COMMAND
            & (filters.TEXT | filters.CAPTION),
            on_loose_note,
        ),
        group=0,
    )
    # An edit of a message passed on to the person: the correction follows it.
    application.add_handler(
        MessageHandler(
            in_advisor_group & filters.UpdateType.EDITED_MESSAGE & ~filters.COMMAND,
            conversation.on_group_edit,
        ),
        group=0,
    )


async def publish_commands(application: BotApplication) -> None:
    """Show the advisor commands (German) in each advisor group's command menu."""
    advisors = application.bot_data.services.advisors
    commands = [BotCommand(name, text) for name, text in replies.COMMANDS]
    for chat_id in sorted(advisors.chats):
        try:
            await application.bot.set_my_commands(commands, scope=BotCommandScopeChat(chat_id))
        except TelegramError as exc:
            # The bot may not be in that group yet; the commands work without the menu.
            log.warning(
                "could not publish advisor commands in chat %s (%s)",
                chat_id,
                exception_chain(exc),
            )
