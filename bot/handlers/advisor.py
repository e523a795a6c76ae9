"""The advisors' side on Telegram, in their groups: buttons, commands, reply relay.

Handlers act only in configured advisor groups and only for configured
advisors; the work itself is in :mod:`bot.advisor.work`, the texts in
:mod:`bot.advisor.view`, and whatever must reach a person goes through the
outbox (:mod:`bot.outbox.worker`).
"""

from __future__ import annotations

import logging
from typing import Any

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
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.advisor import export, view, work
from bot.advisor.roster import Advisors
from bot.config import Settings
from bot.i18n import N_, translator
from bot.ops import jobs
from bot.outbox import botapi
from bot.outbox.courier import Courier
from bot.outbox.mail import MailServer
from db.models import Lead, utcnow

log = logging.getLogger(__name__)

ADVISORS_KEY = "advisors"
GROUPS = filters.ChatType.GROUPS
COMMANDS = (
    ("leads", "Offene Anfragen dieses Büros"),
    ("lead", "Eine Anfrage mit Verlauf: /lead NUMMER"),
    ("stats", "Statistik der letzten 7 und 30 Tage"),
    ("export", "Anfragen dieses Büros als CSV-Datei"),
)
NOT_ADVISOR = "Nur eingetragene Beraterinnen und Berater können das."
PASSED_ON = N_("Thank you, your answer has been passed on to your advisor.")


def _actor(user: TelegramUser) -> work.Actor:
    return work.Actor(user.id, user.full_name, user.first_name)


def _advisors(context: ContextTypes.DEFAULT_TYPE) -> Advisors:
    advisors: Advisors = context.bot_data[ADVISORS_KEY]
    return advisors


def _sessionmaker(context: ContextTypes.DEFAULT_TYPE) -> work.Sessions:
    sessionmaker: work.Sessions = context.bot_data["runtime"].sessionmaker
    return sessionmaker


def _may_act_here(advisors: Advisors, user_id: int, chat_id: int) -> bool:
    return any(advisors.is_advisor(user_id, office) for office in advisors.offices_of(chat_id)) or (
        user_id in advisors.global_ids
    )


# -- buttons -------------------------------------------------------------------


async def _answer(query: CallbackQuery, text: str | None = None, alert: bool = False) -> None:
    try:
        await query.answer(text[:200] if text else None, show_alert=alert)
    except TelegramError:
        log.info("could not answer an advisor's callback query")


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Übernehmen, Erreicht, Nicht erreicht, Erledigt, Zurück an Team."""
    query = update.callback_query
    if query is None or query.message is None:
        return
    chat = query.message.chat
    advisors = _advisors(context)
    if chat.id not in advisors.chats:
        if chat.type != chat.PRIVATE:
            await _answer(query)  # a stray button elsewhere; the person side owns private chats
        return
    parsed = view.parse_callback(query.data or "")
    if parsed is None:
        await _answer(query, "Dieser Knopf ist veraltet.", alert=True)
        return
    action, lead_id = parsed
    outcome = await work.act(
        _sessionmaker(context),
        advisors,
        chat_id=chat.id,
        lead_id=lead_id,
        action=action,
        actor=_actor(query.from_user),
        now=utcnow(),
    )
    await _answer(query, outcome.answer, alert=outcome.alert)
    lead = outcome.lead
    if lead is None:
        return
    await _show_lead(context, lead)
    pressed = query.message.message_id
    if outcome.changed and pressed != lead.advisor_message_id:
        # A reminder's button: the lead message now carries the buttons that matter.
        try:
            await context.bot.edit_message_reply_markup(chat.id, pressed, reply_markup=None)
        except TelegramError:
            log.info("could not clear the buttons of reminder message for lead %s", lead.id)
    if outcome.changed:
        jobs.kick(context)


async def _show_lead(context: ContextTypes.DEFAULT_TYPE, lead: Lead) -> None:
    """Edit the lead's message in the group in place; leave it to the outbox if that fails."""
    if lead.advisor_message_chat_id is None or lead.advisor_message_id is None:
        return
    advisors = _advisors(context)
    screen = view.lead_message(lead, advisors.office_name(lead.office), advisors.timezone)
    try:
        await botapi.edit_lead_message(
            context.bot, lead.advisor_message_chat_id, lead.advisor_message_id, screen
        )
    except BadRequest as exc:
        log.warning("could not edit the message of lead %s: %s", lead.id, exc.message)
    except TelegramError:
        log.warning("could not edit the message of lead %s now; the outbox will", lead.id)
        await work.enqueue_refresh(_sessionmaker(context), lead.id)


# -- commands ------------------------------------------------------------------


async def _reply(message: Message, text: str) -> None:
    thread = message.message_thread_id if message.is_topic_message else None
    await botapi.send_notification(
        message.get_bot(), message.chat_id, text, reply_to=message.message_id, thread_id=thread
    )


async def on_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/leads, /lead N, /stats and /export in an advisor group."""
    message, user, chat = update.effective_message, update.effective_user, update.effective_chat
    if message is None or user is None or chat is None or not message.text:
        return
    advisors = _advisors(context)
    if chat.id not in advisors.chats:
        return
    if not _may_act_here(advisors, user.id, chat.id):
        await _reply(message, NOT_ADVISOR)
        return
    name = message.text.split(maxsplit=1)[0][1:].split("@", 1)[0].lower()
    sessionmaker = _sessionmaker(context)
    offices = advisors.offices_of(chat.id)
    now = utcnow()
    names = {key: office.city for key, office in advisors.offices.items()}
    if name == "leads":
        rows = await work.open_leads(sessionmaker, offices)
        await _reply(message, view.leads_list(rows, names, now))
    elif name == "lead":
        args = context.args or []
        if len(args) != 1 or not args[0].lstrip("#").isdigit():
            await _reply(message, "Bitte so: /lead NUMMER, z. B. /lead 12")
            return
        found = await work.read_lead(
            sessionmaker,
            advisors,
            chat_id=chat.id,
            lead_id=int(args[0].lstrip("#")),
            actor=_actor(user),
            now=now,
        )
        if found is None:
            await _reply(message, "Diese Anfrage gibt es in dieser Gruppe nicht.")
            return
        lead, history = found
        office = advisors.office_name(lead.office)
        await _reply(message, view.lead_detail(lead, office, history, advisors.timezone))
    elif name == "stats":
        periods, failed, pending = await work.statistics(sessionmaker, now)
        await _reply(message, view.stats_text(periods, names, failed=failed, pending=pending))
    elif name == "export":
        content, count = await export.export(
            sessionmaker,
            fmt="csv",
            offices=offices,
            tz=advisors.timezone,
            now=now,
            actor=_actor(user),
            via="telegram",
        )
        only = offices[0] if len(offices) == 1 else None
        await context.bot.send_document(
            chat.id,
            InputFile(content, filename=export.filename("csv", only, None, now)),
            caption=f"Export: {count} Anfrage(n)",
            reply_parameters=ReplyParameters(message.message_id, allow_sending_without_reply=True),
        )


# -- reply relay ---------------------------------------------------------------


async def on_group_reply(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An advisor replied to a lead's message: pass the text to the person."""
    message, user, chat = update.effective_message, update.effective_user, update.effective_chat
    if message is None or user is None or chat is None or not message.text:
        return
    advisors = _advisors(context)
    target = message.reply_to_message
    if chat.id not in advisors.chats or target is None or target.from_user is None:
        return
    if target.from_user.id != context.bot.id:
        return
    result = await work.relay_to_person(
        _sessionmaker(context),
        advisors,
        chat_id=chat.id,
        reply_to=target.message_id,
        text=message.text,
        actor=_actor(user),
        now=utcnow(),
    )
    if result.status == "queued":
        jobs.kick(context)
    elif result.status == "refused":
        await _reply(message, NOT_ADVISOR)
    elif result.status == "closed":
        await _reply(
            message, "Die Person hat ihre Anfrage zurückgezogen; bitte nicht mehr kontaktieren."
        )
    elif result.status == "unreachable":
        await _reply(
            message,
            f"Anfrage #{result.lead_id}: Die Person ist über Telegram nicht erreichbar "
            "(Bot blockiert oder Anfrage nicht über Telegram). Bitte telefonisch oder per E-Mail.",
        )


async def relay_from_person(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """The person replied to an advisor's message: pass it to the group.

    Called first by the person-side handler; returns False when the update is
    not such a reply, and the dialogue handles it as usual.
    """
    message, chat = update.message, update.effective_chat
    if message is None or chat is None or not message.text or message.text.startswith("/"):
        return False
    target = message.reply_to_message
    if target is None or target.from_user is None or target.from_user.id != context.bot.id:
        return False
    try:
        language = await work.relay_from_person(
            _sessionmaker(context),
            chat_id=chat.id,
            reply_to=target.message_id,
            text=message.text,
            update_id=update.update_id,
            now=utcnow(),
        )
    except Exception:
        # Rolled back; the dialogue takes the update and apologises if the database is down.
        log.exception("could not relay the reply of update %s", update.update_id)
        return False
    if language is None:
        return False
    jobs.kick(context)
    chat_id, thanks = chat.id, translator(language).gettext(PASSED_ON)
    try:
        await botapi.deliver(lambda: context.bot.send_message(chat_id, thanks), what="relay")
    except TelegramError as error:
        log.warning("could not confirm a relayed reply (%s)", type(error).__name__)
    return True


# -- wiring --------------------------------------------------------------------


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Attach the advisor handlers (group 0, advisor groups only) and their settings."""
    settings: Settings = application.bot_data["settings"]
    advisors = Advisors.from_settings(settings)
    application.bot_data[ADVISORS_KEY] = advisors
    application.bot_data[jobs.OUTBOX_KEY] = Courier(
        advisors,
        mail=MailServer.from_settings(settings),
        unclaimed_hours=settings.reminder_unclaimed_hours,
        claimed_days=settings.reminder_claimed_days,
    )
    application.add_handler(CallbackQueryHandler(on_button, pattern=f"^{view.PREFIX}:"), group=0)
    application.add_handler(
        CommandHandler([name for name, _ in COMMANDS], on_command, filters=GROUPS), group=0
    )
    application.add_handler(
        MessageHandler(
            GROUPS & filters.UpdateType.MESSAGE & filters.REPLY & filters.TEXT & ~filters.COMMAND,
            on_group_reply,
        ),
        group=0,
    )


async def publish_commands(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Show the advisor commands (German) in each advisor group's command menu."""
    advisors: Advisors = application.bot_data[ADVISORS_KEY]
    commands = [BotCommand(name, text) for name, text in COMMANDS]
    for chat_id in sorted(advisors.chats):
        try:
            await application.bot.set_my_commands(commands, scope=BotCommandScopeChat(chat_id))
        except TelegramError as exc:
            # The bot may not be in that group yet; the commands work without the menu.
            log.warning("could not publish advisor commands in chat %s: %s", chat_id, exc.message)
