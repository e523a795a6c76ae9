"""The person's side on Telegram: updates in, engine screens out.

Handlers only translate between python-telegram-bot and the dialogue service;
the flows and their rules live in the engine.
"""

from __future__ import annotations

import asyncio
import logging
from functools import partial

from telegram import Bot, ChatMember, Contact, InputFile, Message, MessageEntity, Update, User
from telegram.error import BadRequest, TelegramError
from telegram.ext import CallbackQueryHandler, ChatMemberHandler, MessageHandler, filters

from bot.advisor import view
from bot.conversation.log import Route
from bot.conversation.ordering import in_order
from bot.conversation.rights_wish import right_asked
from bot.dialogue.service import Profile, Reply
from bot.dialogue.state import (
    Command,
    Event,
    Location,
    Press,
    SharedContact,
    Start,
    Text,
    Unsupported,
)
from bot.dialogue.texts import SORRY
from bot.handlers import conversation
from bot.i18n import negotiate, translator
from bot.ops.logs import exception_chain
from bot.ops.pace import SLOW_DOWN, Pace
from bot.outbox import botapi, screens
from bot.services import BotApplication, BotContext, Services
from bot.validation import clean_text

log = logging.getLogger(__name__)

CHANNEL = "telegram"
_LANGUAGES_KEPT = 10_000
PRIVATE = filters.ChatType.PRIVATE


def _event(update: Update) -> Event:
    query = update.callback_query
    if query is not None:
        return Press(query.data or "", query.message.message_id if query.message else None)
    message = update.effective_message
    if message is not None and message.contact is not None:
        return _shared_contact(message.contact, update.effective_user)
    if message is not None and message.location is not None:
        return Location(message.location.latitude, message.location.longitude)
    if message is None or not message.text:
        if message is None:
            return Unsupported()
        # The caption only: a sticker's "text" is its emoji.
        return Unsupported(conversation.content_of(message).kind, message.caption)
    text = message.text
    if text.startswith("/"):
        name = _command_name(message, text)
        if name == "start":
            user = update.effective_user
            return Start(user.language_code if user else None)
        return Command(name)
    return Text(text)


def _command_name(message: Message, text: str) -> str:
    """The command as Telegram marks it: "/start?" is /start there, "/menu@KausaBot" /menu."""
    for entity in message.entities:
        if entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0:
            # A command is Latin letters, digits and "_": its UTF-16 length is its length.
            return text[1 : entity.length].split("@", 1)[0].lower()
    return text[1:].split(maxsplit=1)[0].split("@", 1)[0].lower() if len(text) > 1 else ""


def _shared_contact(contact: Contact, sender: User | None) -> Event:
    # Only the sender's own number: a forwarded card of someone else is not theirs to give.
    own = sender is not None and contact.user_id == sender.id
    return SharedContact(contact.phone_number, own)


async def on_update(update: Update, context: BotContext) -> None:
    """Every private-chat update of a person goes through here."""
    user = update.effective_user
    chat = update.effective_chat
    if user is None or chat is None or chat.type != chat.PRIVATE:
        return
    if chat.id != user.id:
        # A private chat belongs to one person: a press "from" someone else is forged.
        log.warning("ignored update %s: sender is not the chat's owner", update.update_id)
        return
    # The newest message id in the chat: where a reply whose answer gets lost is looked for.
    if update.message is not None:
        screens.noted(context.bot, chat.id, update.message.message_id)
    album = update.message.media_group_id if update.message is not None else None
    pace = context.services.pace.check(user.id, context.services.clock(), album)
    if pace is not Pace.TAKE:
        # Past the limit: told once, then nothing is stepped, stored or sent this window.
        if pace is Pace.WARN:
            log.info("update %s: a person writes too fast, told to slow down", update.update_id)
            await tell(context.bot, context.services, update, SLOW_DOWN, what="slow down")
        return
    # The person's turn, from routing to reply: a message typed while their "Send request"
    # was stored was routed before it (no request yet: the dialogue's), and answered as a
    # question without an information page instead of reaching their advisor; and /help
    # typed after /mydata came between the copy of the data and the screen under it.
    async with in_order(chat.id):
        reply = await _routed_and_stepped(update, context, user, chat.id)
        if reply is not None:
            _remember_language(context, user.id, reply.language)
            await _reply(context, chat.id, reply, update)


async def _reply(context: BotContext, chat_id: int, reply: Reply, update: Update) -> None:
    """Show the step's reply, unless it is on the screen already."""
    record = screens.person_chat(context.bot, chat_id)
    if reply.repeat and not record.behind:
        return  # the answer to this tap is on the screen already; the spinner is stopped
    try:
        await show(context, chat_id, reply, update)
    except TelegramError as error:
        # The step is stored; the person's next input (the same tap too) shows it again.
        record.behind = True
        # The type only: Telegram's refusal can quote the text it was sent (a tag, a word).
        log.warning(
            "could not deliver the reply to update %s (%s)",
            update.update_id,
            exception_chain(error),
        )
    else:
        record.behind = False


async def _routed_and_stepped(
    update: Update, context: BotContext, user: User, chat_id: int
) -> Reply | None:
    """Pass the update to the person's advisor, or step the dialogue with it: the reply to
    show (None: nothing to show). The caller holds the person's turn."""
    # Whatever a person with a request sends outside a question goes to their advisor.
    try:
        taken = await conversation.from_person(update, context)
    except Exception:
        log.exception("could not log the message of update %s", update.update_id)
        await tell(context.bot, context.services, update, SORRY, what="apology")
        return None
    event = _event(update)
    update_id: int | None = update.update_id
    if taken.route is Route.TAKEN:
        right = right_asked(event.text, taken.language) if isinstance(event, Text) else None
        if right is None:
            return None
        # An advisor can neither delete nor send the copy: the right's command after the
        # receipt (the update is the message's, claimed with it).
        event, update_id = Command(right), None
    # Anything else is the dialogue's: a typed question outside a question step is
    # matched to the information pages there (bot/dialogue/typed.py).
    dialogue = context.services.dialogue
    profile = Profile(user.language_code, _plain(user.username), _plain(user.first_name))
    # A press is answered while its step commits, not after: the answer only stops the
    # spinner, right whatever the step's outcome, and its round trip to Telegram was a
    # second one in every press's latency (bench/README.md, "p99"). By webhook, the
    # response Telegram waits for until the step is stored answers it (bot.inbox.replies).
    query = update.callback_query
    answering = (
        asyncio.create_task(_answer(context, update))
        if query is not None
        and not context.services.webhook_replies.answer_press(update.update_id, query.id)
        else None
    )
    try:
        # The step runs before any network call, so one person's updates keep their order.
        reply = await dialogue.handle(
            CHANNEL,
            str(user.id),
            event,
            profile,
            update_id=update_id,
            reply_after=_reply_after(context.bot, chat_id, update),
            chat_id=chat_id,
        )
    except Exception as error:
        # The step was rolled back (its update id too), so trying again works. The
        # database being away is logged once per outage (bot.ops.outage), a bug each time.
        if not context.services.outage.failed(error):
            log.exception("step failed for update %s", update.update_id)
        await tell(context.bot, context.services, update, SORRY, what="apology")
        return None
    finally:
        if answering is not None:
            await answering
    context.services.outage.recovered()
    return reply


def claims_its_update(update: Update) -> bool:
    """Whether every handler of ``update`` claims its id in the transaction that keeps its
    effect: a person's message or press in their private chat (the dialogue's step, or the
    message passed to their advisor). Such an update may be handled before the inbox
    stores it (bot.inbox.feed): the claim stores it, and a redelivery is a claim that
    finds the id taken."""
    chat = update.effective_chat
    if chat is None or chat.type != chat.PRIVATE:
        return False
    if update.message is not None:
        return True
    query = update.callback_query
    # An advisor's button (bot/handlers/advisor.py) has handlers of its own.
    return query is not None and not (query.data or "").startswith(f"{view.PREFIX}:")


def _reply_after(bot: Bot, chat_id: int, update: Update) -> int | None:
    """The newest message id known in the chat: the reply to this update comes after it.

    The person's own message, or the message whose button was pressed, counts too, so the
    first update after a restart (when this process has sent nothing to the chat yet) has
    one: a reply owed after a crash is then looked for there (bot.inbox.feed.recover).
    """
    message = update.effective_message
    here = message.message_id if message is not None else 0
    return max(screens.person_chat(bot, chat_id).newest, here) or None


async def apologize(bot: Bot, services: Services, update: Update) -> None:
    """Tell the person their input could not be taken now, in the language last seen."""
    await tell(bot, services, update, SORRY, what="apology")


async def tell(bot: Bot, services: Services, update: Update, msgid: str, *, what: str) -> None:
    """Send one fixed sentence to the person, in the language last seen (no database read)."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None or chat.type != chat.PRIVATE:
        return
    lang = services.recent_languages.get(user.id) or negotiate(user.language_code)
    await conversation.say(bot, chat.id, lang, msgid, what=what)


def _plain(name: str | None) -> str | None:
    """A display name without control or invisible characters (PostgreSQL rejects NUL)."""
    if name is None:
        return None
    return clean_text(name) or None


def _remember_language(context: BotContext, user_id: int, lang: str) -> None:
    languages = context.services.recent_languages
    languages[user_id] = lang
    languages.move_to_end(user_id)
    while len(languages) > _LANGUAGES_KEPT:
        languages.popitem(last=False)


async def _answer(context: BotContext, update: Update) -> None:
    """Answer a button press, or the person's app keeps showing a spinner on it."""
    if update.callback_query is None:
        return
    try:
        await botapi.answer_press(context.bot, update.callback_query.id)
    except TelegramError:
        log.info("could not answer a callback query (too old or already answered)")


async def show(context: BotContext, chat_id: int, reply: Reply, update: Update) -> None:
    """Send the screen, or edit the message in place when only its ticks changed."""
    query = update.callback_query
    markup = botapi.inline_keyboard(reply.screen)
    bot = context.bot
    # Each send is retried on its own (bot.outbox.botapi), so a retry never repeats earlier parts.
    for text in reply.before:
        await botapi.deliver(partial(botapi.send_text, bot, chat_id, text), what="text")
    if reply.keyboard is not None:
        await _share_button(bot, chat_id, reply)
    if reply.attachment is not None:
        filename, content = reply.attachment
        await botapi.deliver(
            lambda: bot.send_document(chat_id, InputFile(content, filename=filename)),
            what="document",
        )
    # A repeat is shown because its first answer never arrived: as a new message, at the
    # bottom of the chat, rather than as an edit of a message further up.
    if reply.same_screen and not reply.repeat and query is not None and query.message is not None:
        message_id = query.message.message_id
        try:
            # An edit an earlier attempt already made counts as done (botapi.edit_text).
            await botapi.deliver(
                partial(botapi.edit_text, bot, chat_id, message_id, reply.screen.text, markup),
                what="edit",
            )
            return
        except BadRequest:
            log.info("could not edit message in place; sending a new one")
    await botapi.deliver(
        partial(botapi.send_text, bot, chat_id, reply.screen.text, markup), what="screen"
    )


async def _share_button(bot: Bot, chat_id: int, reply: Reply) -> None:
    """The phone step's "share my phone number" button, or its removal, before the screen.

    A reply keyboard needs a message of its own: the screen's message has inline buttons.
    """
    change = reply.keyboard
    assert change is not None
    t = translator(reply.language)
    markup = (
        botapi.share_phone_keyboard("📱 " + t.gettext(change.label))
        if change.show
        else botapi.REMOVE_KEYBOARD
    )
    text = t.bidi(t.gettext(change.text))
    await botapi.deliver(partial(botapi.send_text, bot, chat_id, text, markup), what="keyboard")


async def on_membership(update: Update, context: BotContext) -> None:
    """Telegram's "stop bot" means: stop contacting this person; restarting undoes it."""
    change = update.my_chat_member
    if change is None or change.chat.type != change.chat.PRIVATE:
        return
    dialogue = context.services.dialogue
    stopped = change.new_chat_member.status == ChatMember.BANNED
    await dialogue.stop_contact(CHANNEL, str(change.from_user.id), stop=stopped)
    log.info("a user %s the bot", "blocked" if stopped else "unblocked")


def register(application: BotApplication) -> None:
    """Attach the person-side handlers (private chats only)."""
    # Commands are parsed in _event too, so every input shares one path.
    application.add_handler(ChatMemberHandler(on_membership, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_handler(CallbackQueryHandler(on_update), group=1)
    # Edited messages are not new answers: re-reading an old one would answer the wrong step.
    application.add_handler(
        MessageHandler(PRIVATE & filters.UpdateType.MESSAGE, on_update), group=1
    )
    # An edit follows the message to the advisor, or the person learns it reaches nobody.
    application.add_handler(
        MessageHandler(PRIVATE & filters.UpdateType.EDITED_MESSAGE, conversation.on_person_edit),
        group=1,
    )
