"""The person's side on Telegram: updates in, engine screens out.

Handlers only translate between python-telegram-bot and the dialogue service;
the flows and their rules live in the engine.
"""

from __future__ import annotations

import logging

from telegram import ChatMember, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.engine import Command, Event, Press, Screen, Start, Text, Unsupported
from bot.i18n import N_, negotiate, translator
from bot.service import Dialogue, Profile, Reply

log = logging.getLogger(__name__)

CHANNEL = "telegram"
DIALOGUE_KEY = "dialogue"
PRIVATE = filters.ChatType.PRIVATE


def keyboard(screen: Screen) -> InlineKeyboardMarkup | None:
    """The screen's buttons as an inline keyboard."""
    if not screen.keyboard:
        return None
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(b.label, callback_data=b.data) for b in row]
            for row in screen.keyboard
        ]
    )


def _event(update: Update) -> Event:
    query = update.callback_query
    if query is not None:
        return Press(query.data or "")
    message = update.effective_message
    if message is None or not message.text:
        kind = "sticker" if message is not None and message.sticker else "other"
        return Unsupported(kind)
    text = message.text
    if text.startswith("/"):
        name = text[1:].split(maxsplit=1)[0].split("@", 1)[0].lower() if len(text) > 1 else ""
        if name == "start":
            user = update.effective_user
            return Start(user.language_code if user else None)
        return Command(name)
    return Text(text)


async def on_update(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every private-chat update of a person goes through here."""
    user = update.effective_user
    chat = update.effective_chat
    if user is None or chat is None or chat.type != chat.PRIVATE:
        return
    dialogue: Dialogue = context.bot_data[DIALOGUE_KEY]
    profile = Profile(user.language_code, user.username, user.first_name)
    try:
        # The step runs before any network call, so one person's updates keep their order.
        reply = await dialogue.handle(
            CHANNEL, str(user.id), _event(update), profile, update_id=update.update_id
        )
    except Exception:
        # The step was rolled back; tell the person in their language and keep going.
        log.exception("step failed for update %s", update.update_id)
        _ = translator(negotiate(user.language_code)).gettext
        await context.bot.send_message(
            chat.id, _(N_("Sorry, something went wrong on our side. Please try again in a moment."))
        )
        return
    finally:
        await _answer(update)
    if reply is None:
        return
    await show(context, chat.id, reply, update)


async def _answer(update: Update) -> None:
    """Answer a button press, or the person's app keeps showing a spinner on it."""
    if update.callback_query is None:
        return
    try:
        await update.callback_query.answer()
    except TelegramError:
        log.info("could not answer a callback query (too old or already answered)")


async def show(
    context: ContextTypes.DEFAULT_TYPE, chat_id: int, reply: Reply, update: Update
) -> None:
    """Send the screen, or edit the message in place when only its ticks changed."""
    query = update.callback_query
    markup = keyboard(reply.screen)
    for text in reply.before:
        await context.bot.send_message(chat_id, text)
    if reply.attachment is not None:
        filename, content = reply.attachment
        await context.bot.send_document(chat_id, InputFile(content, filename=filename))
    if reply.same_screen and query is not None and query.message is not None:
        try:
            await context.bot.edit_message_text(
                reply.screen.text,
                chat_id=chat_id,
                message_id=query.message.message_id,
                reply_markup=markup,
            )
            return
        except BadRequest:
            log.info("could not edit message in place; sending a new one")
    await context.bot.send_message(chat_id, reply.screen.text, reply_markup=markup)


async def on_membership(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Telegram's "stop bot" means: stop contacting this person; restarting undoes it."""
    change = update.my_chat_member
    if change is None or change.chat.type != change.chat.PRIVATE:
        return
    dialogue: Dialogue = context.bot_data[DIALOGUE_KEY]
    stopped = change.new_chat_member.status == ChatMember.BANNED
    await dialogue.stop_contact(CHANNEL, str(change.from_user.id), stop=stopped)
    log.info("a user %s the bot", "blocked" if stopped else "unblocked")


def register(application: Application) -> None:
    """Attach the person-side handlers (private chats only)."""
    # Commands are parsed in _event too, so every input shares one path.
    application.add_handler(ChatMemberHandler(on_membership, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_handler(CallbackQueryHandler(on_update), group=1)
    # Edited messages are not new answers: re-reading an old one would answer the wrong step.
    application.add_handler(
        MessageHandler(PRIVATE & filters.UpdateType.MESSAGE, on_update), group=1
    )
