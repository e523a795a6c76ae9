"""The conversation on Telegram: a person's messages to their advisor, an advisor's to the person.

Handlers only translate Telegram messages into :class:`Content` and call
bot/conversation/log.py; the outbox delivers what it stored.
"""

from __future__ import annotations

import logging
from contextlib import AbstractAsyncContextManager
from functools import partial
from typing import Any

from telegram import Bot, Message, MessageEntity, Update, User
from telegram.error import TelegramError

from bot.advisor import asked, copies, held, phone_set, replies, work
from bot.advisor.asked import Topic
from bot.conversation import log as conversation_log
from bot.conversation.content import (
    Content,
    NoteTag,
    is_note,
    note_command,
    note_said,
    note_tag,
    written_tag,
)
from bot.conversation.log import Advisor, RelayResult, Route, Taken, Written
from bot.conversation.ordering import in_order
from bot.dialogue import number_changed
from bot.dialogue.texts import EDIT_NOT_PASSED, SENT_TO_ADVISOR
from bot.i18n import negotiate, translator
from bot.ops import jobs
from bot.ops.logs import exception_chain
from bot.outbox import botapi
from bot.services import BotContext
from bot.validation import lead_named
from db.vocabulary import MessageKind

log = logging.getLogger(__name__)


def content_of(message: Message) -> Content:
    """What a Telegram message holds, as the conversation log keeps it (file ids only)."""
    linked: list[str | None] = [MessageEntity.TEXT_LINK]
    caption = _with_links(message.caption, message.parse_caption_entities(linked))
    if message.text is not None:
        return Content(MessageKind.TEXT, _with_links(message.text, message.parse_entities(linked)))
    if message.voice is not None:
        voice = message.voice
        return Content(MessageKind.VOICE, caption, voice.file_id, duration=_seconds(voice))
    if message.audio is not None:
        audio = message.audio
        return Content(MessageKind.AUDIO, caption, audio.file_id, audio.file_name, _seconds(audio))
    if message.photo:
        return Content(MessageKind.PHOTO, caption, message.photo[-1].file_id)
    if message.document is not None:
        document = message.document
        return Content(MessageKind.DOCUMENT, caption, document.file_id, document.file_name)
    if message.video is not None:
        video = message.video
        return Content(MessageKind.VIDEO, caption, video.file_id, duration=_seconds(video))
    if message.video_note is not None:
        note = message.video_note
        return Content(MessageKind.VIDEO_NOTE, None, note.file_id, duration=_seconds(note))
    if message.contact is not None:
        contact = message.contact
        name = " ".join(part for part in (contact.first_name, contact.last_name) if part)
        return Content(MessageKind.CONTACT, f"{name} {contact.phone_number}".strip())
    if message.location is not None:
        where = message.location
        return Content(MessageKind.LOCATION, f"{where.latitude:.5f}, {where.longitude:.5f}")
    if message.sticker is not None:
        return Content(MessageKind.STICKER, message.sticker.emoji, message.sticker.file_id)
    return Content(MessageKind.OTHER, caption)


def _with_links(text: str | None, links: dict[MessageEntity, str]) -> str | None:
    """The text with the address of each of its links ("hier klicken" linked to a form)
    written out under it: the log keeps plain text, and the link was lost on the way."""
    if text is None or not links:
        return text
    lines = [f"🔗 {words}: {entity.url}" for entity, words in links.items() if entity.url]
    return "\n\n".join([text, "\n".join(lines)]) if lines else text


def _seconds(medium: object) -> int | None:
    # python-telegram-bot 22 gives a timedelta (or int, by its setting); the log keeps seconds.
    value = getattr(medium, "duration", None)
    if value is None:
        return None
    return int(value.total_seconds()) if hasattr(value, "total_seconds") else int(value)


# -- the person ----------------------------------------------------------------------


async def from_person(update: Update, context: BotContext) -> Taken:
    """Pass a person's message to their advisor when it belongs there; say where it belongs
    (and the person's language, when it was taken).

    Button presses and commands always belong to the dialogue.
    """
    message, user = update.message, update.effective_user
    if message is None or user is None or (message.text or "").startswith("/"):
        return Taken(Route.DIALOGUE)
    reply = message.reply_to_message
    bot_id = context.bot.id
    reply_to = (
        reply.message_id
        if reply is not None and reply.from_user is not None and reply.from_user.id == bot_id
        else None
    )
    # An error propagates: the transaction was rolled back, and the caller apologizes.
    # The caller holds the person's turn (bot.handlers.user), so their messages are logged
    # in the order they came.
    taken = await conversation_log.from_person(
        context.services.sessionmaker,
        external_id=str(user.id),
        content=content_of(message),
        written=Written(message.chat_id, message.message_id, reply_to),
        update_id=update.update_id,
        now=context.services.clock(),
        leadless=context.services.dialogue.leadless,
    )
    if taken.route is not Route.TAKEN:
        return taken
    jobs.kick(context.application)
    if context.services.albums.first(message.chat_id, message.media_group_id):
        # "Meine Nummer hat sich geändert" without the number: the new one is asked for.
        said = number_changed.receipt(message.text or "")
        await _tell_person(context, message.chat_id, taken.language or user.language_code, said)
    return taken


async def _tell_person(
    context: BotContext, chat_id: int, language: str | None, msgid: str = SENT_TO_ADVISOR
) -> None:
    """The receipt (or ``msgid``) to the person, in ``language`` as Telegram gives it."""
    await say(context.bot, chat_id, negotiate(language), msgid, what="receipt")


async def say(bot: Bot, chat_id: int, lang: str, msgid: str, *, what: str) -> None:
    """One fixed sentence to a person in ``lang``; a failure to send it is only logged:
    what they wrote or did is stored already. ``what`` names it in the log."""
    text = translator(lang).gettext(msgid)
    try:
        await botapi.deliver(partial(botapi.send_text, bot, chat_id, text), what=what)
    except TelegramError as error:
        log.warning("could not send the %s (%s)", what, type(error).__name__)


async def on_person_edit(update: Update, context: BotContext) -> None:
    """A person edited a message: its new words go after it to the advisor, or the person
    learns that the change reaches nobody (an answer the dialogue has taken already)."""
    message, user = update.edited_message, update.effective_user
    if message is None or user is None or message.chat_id != user.id:
        return
    try:
        corrected = await _edited(update, context, message, None)
    except Exception:
        log.exception("could not log the edit of update %s", update.update_id)
        return
    language = corrected.language or user.language_code
    if corrected.status == "queued":
        jobs.kick(context.application)
        await _tell_person(context, message.chat_id, language)
    elif corrected.status == "not_logged":
        await _tell_person(context, message.chat_id, language, EDIT_NOT_PASSED)


# -- the advisors ---------------------------------------------------------------------


async def on_group_message(update: Update, context: BotContext) -> None:
    """An advisor wrote in a lead's topic, or replied to a lead's message: on to the person."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    result = await _relay_from_advisor(update, context, message, user)
    # "// Tel 0176 …" in a lead's topic: kept as a note (nothing said), the command that
    # makes it the request's number offered.
    if result is not None and message.text:
        await _offer_phone(context, message, result, message.text)


async def _relay_from_advisor(
    update: Update, context: BotContext, message: Message, user: User
) -> RelayResult | None:
    """Pass ``message`` on as written now (a note stays in the group), and tell the advisor
    what kept it back; None for a message in no lead's topic and no reply."""
    async with topic_turn(message):
        return await _relay(update, context, message, user)


def topic_turn(message: Message) -> AbstractAsyncContextManager[None]:
    """The turn of the lead topic ``message`` is in (outside a topic: of the group's
    replies).

    A topic's messages and taps one at a time: the bot's question about a held message is
    open (asked.asked) only once it is sent, and a "ja" typed, or a tap on its buttons,
    the moment it appears must find it open: the "ja" went to the person, and the tap
    settled nothing, so that the question stayed open for good. In a group without topics
    the same holds for replies to a held message; and a reply looks its held message's
    question up before it is logged, so without the turn a quick second reply was logged
    before the first (four notes written in a row stood in another order).
    """
    topic = _topic_of(message)
    return in_order(("replies", message.chat_id) if topic is None else ("topic", *topic))


async def _relay(
    update: Update, context: BotContext, message: Message, user: User
) -> RelayResult | None:
    reply = message.reply_to_message
    reply_to, topic = place(message)
    if reply_to is None and topic is None:
        return None
    # A reply to the question about a held message (bot.advisor.held) is about its lead:
    # it reached no one, the question being no message of the lead's.
    question = (
        held.of_markup(reply.reply_markup)
        if reply is not None and _from_the_bot(reply, context)
        else None
    )
    if (
        question is not None
        and reply is not None
        and message.text
        and held.is_short_answer(message.text)
    ):
        await _answer(message, await _tap_please(context, reply, user.id, question))
        return None
    #: A colleague's held message whose author still decides alone: minutes left.
    author_decides: int | None = None
    # In a group without topics a held message is no lead's until it is decided: its
    # stored question says whose it is (a reply to it went nowhere).
    held_lead = None if question is not None else await _lead_of_held(context, message)
    #: The held message replied to in a group without topics: only its question counts.
    held_about = reply_to if held_lead is not None and topic is None else None
    if (
        question is None
        # Replying to the held message itself rather than to the question is the same
        # answer: "ja" under one's own "Note: …" went to the person.
        and (
            (topic is not None and (reply_to is None or (reply is not None and _held_back(reply))))
            or held_about is not None
        )
        and message.text
        and held.is_short_answer(message.text)
    ):
        here = (message.chat_id, topic)
        # In a forum one writes rather than replies: "ja" answers the bot's open question
        # asked of this advisor; a colleague's once its author's time is over, as her tap
        # would (after 30 minutes a bare "ja" under the question went to the person).
        # While the author decides alone, a colleague's "ja" is for the person, and she is
        # told so: she sees the question's buttons in the topic and may have meant them.
        if (
            await asked.is_open(context.services.sessionmaker, here, user.id, held_about)
            and await _still_asked(context, here, user.id, held_about)
        ) or (author_decides := await _colleagues_ask(context, here, user.id, held_about)) == 0:
            await _answer(message, replies.held_open_in_topic(message.text))
            return None
    if question is not None and note_tag(message.text or message.caption) is NoteTag.NONE:
        went = await work.went_to(
            context.services.sessionmaker,
            work.GroupAccess(context.services.advisors, message.chat_id),
            question.lead_id,
        )
        if went is not None:
            # Handed over since it was asked: asked again, with buttons for a lead no
            # longer here, the advisor learnt where it went only from her tap.
            city = context.services.advisors.office_name(went)
            await _answer(message, replies.moved_not_passed(question.lead_id, city))
            return None
        # "Nein, das ist für die Person" answers the bot, not the person: asked in turn.
        await _ask(context, message, replies.REPLY_TO_QUESTION, question.lead_id)
        return None
    written = Written(message.chat_id, message.message_id, reply_to, topic)
    lead_id = question.lead_id if question is not None else _new_topic_lead(context, message)
    lead_id = held_lead if held_about is not None else lead_id
    try:
        async with in_order(message.chat_id):
            result = await conversation_log.from_advisor(
                context.services.sessionmaker,
                context.services.advisors,
                content=content_of(message),
                written=written,
                advisor=Advisor(user.id, user.full_name, user.first_name),
                update_id=update.update_id,
                now=context.services.clock(),
                lead_id=lead_id,
                addressed=_addressed(message),
                to_the_bot=reply_to is not None and _from_the_bot(reply, context),
                to_a_colleague=reply_to is not None and _from_a_colleague(reply, user, context),
                # A sticker or a photo without words under a held message: for whom?
                wordless_to_held=held_lead is not None and not (message.text or message.caption),
            )
    except Exception as exc:
        # Rolled back: the advisor learns it, instead of believing the person got the text.
        log.warning("could not relay update %s (%s)", update.update_id, type(exc).__name__)
        await _answer(message, replies.RELAY_FAILED)
        return None
    if result.status == "queued":
        jobs.kick(context.application)
        if result.colleague is not None:
            await _answer(message, replies.colleague_has(result.lead_id, result.colleague))
        elif author_decides and message.text:
            await _answer(
                message, replies.passed_while_author_decides(message.text, author_decides)
            )
    elif result.status == "moved" and result.lead_id is not None:
        city = context.services.advisors.office_name(result.office)
        await _answer(message, replies.moved_not_passed(result.lead_id, city))
    elif result.status == "not_lead" and reply_to is not None and _from_the_bot(reply, context):
        # A real reply: in a topic every message "replies" to its first, the bot's own
        # where the bot opened the topic.
        named = _named_by_the_bot(context, reply)
        told = (
            replies.NOT_A_LEAD_MESSAGE if named is None else await _notice(context, message, named)
        )
        await _answer(message, told)
    elif result.status == "not_lead":
        await _lost(message, reply if reply_to is not None else None, topic)
    elif result.status == "refused":
        advisors = context.services.advisors
        city = advisors.office_name(result.office)
        await _answer(message, replies.not_advisor([city], advisors.own_cities(user.id)))
    elif result.status == "unsure_note" and result.lead_id is not None:
        tag = written_tag(message.text or message.caption or "")
        await _ask(context, message, replies.unsure_note(tag, buttons=True), result.lead_id)
    elif result.status == "reply_to_note" and result.lead_id is not None:
        await _ask(context, message, replies.REPLY_TO_NOTE, result.lead_id)
    elif result.status == "addressed" and result.lead_id is not None:
        await _ask(context, message, replies.ADDRESSED, result.lead_id)
    elif result.status == "reply_to_colleague" and result.lead_id is not None:
        await _ask(context, message, replies.REPLY_TO_COLLEAGUE, result.lead_id)
    elif result.status == "reply_to_card" and result.lead_id is not None:
        await _ask(context, message, replies.REPLY_TO_CARD, result.lead_id)
    elif result.status == "reply_to_held" and result.lead_id is not None:
        await _ask(context, message, replies.WORDLESS_REPLY_TO_HELD, result.lead_id)
    elif result.status == "reply_to_hint" and result.lead_id is not None:
        await _ask(context, message, replies.REPLY_TO_QUESTION, result.lead_id)
    elif result.status in replies.GONE:
        await _answer(message, replies.GONE[result.status])
    elif result.status == "empty":
        # "// ." in a lead's topic: as empty as "/notiz ." there.
        await _answer(message, replies.NOTE_EMPTY_HERE)
    elif result.status == "signs_only":
        # "." under a colleague's note: the advisor wrote no note, so "the note is empty"
        # would not say what happened.
        await _answer(message, replies.SIGNS_ONLY)
    elif result.status == "unreachable" and result.lead_id is not None:
        await _answer(message, replies.not_reachable_on_telegram(result.lead_id))
    elif result.status == "text_only":
        # Once per album (three photos gave three warnings), and its caption is named:
        # it did not go either.
        if context.services.albums.first(message.chat_id, message.media_group_id):
            captioned = bool(message.caption)
            await _answer(message, replies.text_only_to_web(result.lead_id, captioned=captioned))
    if question is not None and result.status == "note" and reply is not None:
        # Answered with a note: the held one must not follow it by a tap later.
        await _settle(context, reply)
    return result


async def _lost(message: Message, reply: Message | None, topic: int | None) -> None:
    """Tell the advisor that ``message``, about no lead, went nowhere, where it was meant
    for one: a reply to a message held back for its unsure tag (in a group without topics
    that message names no lead), or a note. Both were dropped without a word, the advisor
    believing them sent or kept. The team's other talk is left alone."""
    words = message.text or message.caption
    if reply is not None and _held_back(reply):
        await _answer(message, replies.REPLY_TO_HELD)
    elif is_note(words):
        await _answer(
            message, replies.NOTE_WITHOUT_LEAD if topic is None else replies.NOTE_IN_NO_LEAD_TOPIC
        )


def _held_back(message: Message) -> bool:
    """Whether ``message``, an advisor's in no conversation, reads as one the bot held
    back ("Note: …", "Notiz – …": a tag that may be a note or not)."""
    author = message.from_user
    words = message.text or message.caption
    return author is not None and not author.is_bot and note_tag(words) is NoteTag.UNSURE


async def _lead_of_held(context: BotContext, message: Message) -> int | None:
    """The lead of the held message ``message`` replies to, as the bot's open question
    about it names it (None: no such question)."""
    reply_to, _topic = place(message)
    if reply_to is None:
        return None
    return await asked.lead_of_held(context.services.sessionmaker, message.chat_id, reply_to)


def _new_topic_lead(context: BotContext, message: Message) -> int | None:
    """The lead of the topic ``message`` was written in, when the topic appeared a moment
    ago and its card is still on its way: the database does not know it yet."""
    topic = _topic_of(message)
    return None if topic is None else context.services.outbox.forums.lead_of_new(*topic)


def place(message: Message) -> tuple[int | None, int | None]:
    """The message ``message`` replies to, and its topic (None: none)."""
    reply = message.reply_to_message
    # In a forum every message "replies" to its topic's first message; only real replies count.
    reply_to = (
        reply.message_id
        if reply is not None and not (message.is_topic_message and reply.forum_topic_created)
        else None
    )
    return reply_to, message.message_thread_id if message.is_topic_message else None


async def lead_here(context: BotContext, message: Message) -> int | None:
    """The lead whose topic ``message`` was written in, or whose message (its card, one of
    its conversation, a held message or the bot's question about it) it replies to; None:
    neither. There a command needs no number: in a group without topics "/lead" replying
    to a card, or to the bot's question about a held message, was answered with how to
    write it."""
    sessionmaker = context.services.sessionmaker
    reply_to, thread = place(message)
    if thread is not None:
        found = await conversation_log.lead_of_topic(sessionmaker, message.chat_id, thread)
        # A topic that appeared a moment ago is stored as the lead's only with its card.
        found = found or _new_topic_lead(context, message)
        if found is not None:
            return found
    if reply_to is None:
        return None
    found = await conversation_log.lead_of_reply(sessionmaker, message.chat_id, reply_to)
    return found or await _named_elsewhere(context, message, reply_to)


async def _named_elsewhere(context: BotContext, message: Message, reply_to: int) -> int | None:
    """The lead of the message ``reply_to`` that is none of its conversation: a held
    message is no lead's until it is decided (its open question says whose), and the
    bot's notice about a request ("📞 Neue Telefonnummer (Anfrage #12)") names it."""
    held_lead = await asked.lead_of_message(
        context.services.sessionmaker, message.chat_id, reply_to
    )
    reply = message.reply_to_message
    # A question no longer open (its lead handed over since) still names it in its buttons.
    question = (
        held.of_markup(reply.reply_markup)
        if reply is not None and _from_the_bot(reply, context)
        else None
    )
    asked_about = question.lead_id if question is not None else None
    return held_lead or asked_about or _named_by_the_bot(context, reply)


async def _notice(context: BotContext, message: Message, lead_id: int) -> str:
    """Told of a reply to the bot's notice about ``lead_id``: where the lead went, if it
    was handed over from here (the question about a held message says so once the lead
    has gone: "Ist für die Person" under it was told it answered a notice); else that the
    notice is no message of the person's."""
    advisors = context.services.advisors
    access = work.GroupAccess(advisors, message.chat_id)
    went = await work.went_to(context.services.sessionmaker, access, lead_id)
    if went is not None:
        return replies.moved_not_passed(lead_id, advisors.office_name(went))
    return replies.notice_not_passed(lead_id)


def _named_by_the_bot(context: BotContext, message: Message | None) -> int | None:
    """The one request a message of the bot's names (None: another's, or none)."""
    if message is None or not _from_the_bot(message, context):
        return None
    return lead_named(message.text or message.caption)


async def note_by_command(update: Update, context: BotContext) -> RelayResult | None:
    """ "/notiz Rückruf morgen" in a lead's topic, or replying to one of its messages: kept
    as the internal note it says it is. What became of it; None: no such note command, or
    about no lead (else the command is unknown)."""
    message = update.effective_message
    if message is None or not message.text:
        return None
    # "/notiz ." is as empty as "/notiz" (answered so by the unknown command's handler).
    body = note_said(note_command(message.text) or "")
    reply_to, topic = place(message)
    if not body or (reply_to is None and topic is None):
        return None
    # A held message, the bot's question about it, or its notice: they name their lead.
    named = await _named_elsewhere(context, message, reply_to) if reply_to is not None else None
    result = await keep_note(update, context, body, _new_topic_lead(context, message) or named)
    return None if result is None or result.status == "not_lead" else result


async def keep_note(
    update: Update, context: BotContext, body: str, lead_id: int | None
) -> RelayResult | None:
    """Keep ``body`` of a note command as an internal note of ``lead_id`` (None: the lead
    of the command's topic or of the message it replies to), and say so once kept."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return None
    reply_to, topic = place(message)
    async with in_order(message.chat_id):
        result = await conversation_log.from_advisor(
            context.services.sessionmaker,
            context.services.advisors,
            content=Content(MessageKind.TEXT, body),
            written=Written(message.chat_id, message.message_id, reply_to, topic),
            advisor=Advisor(user.id, user.full_name, user.first_name),
            update_id=update.update_id,
            now=context.services.clock(),
            lead_id=lead_id,
            as_note=True,
        )
    if result.status == "note":
        # "/notiz 1 neue Nummer: 0176 …": the command that makes it the request's number.
        if not await _offer_phone(context, message, result, body, replies.HELD_NOTED):
            await _answer(message, replies.HELD_NOTED)
    return result


async def _offer_phone(
    context: BotContext, message: Message, result: RelayResult, note: str, said: str = ""
) -> bool:
    """Under a kept note holding a phone number (after ``said``): the command that makes
    it the request's (the card kept the old one, and "/lead 0176 …" found nothing); the
    answer recorded so that /delete and retention reach the number. Whether offered."""
    if result.status != "note" or result.lead_id is None:
        return False
    advisors = context.services.advisors
    sessionmaker = context.services.sessionmaker
    offered = await phone_set.offer(sessionmaker, result.lead_id, note, advisors.minimal)
    if offered is None:
        return False
    answer_id = await _answer(message, f"{said}\n{offered}".strip())
    if answer_id is not None:
        now = context.services.clock()
        thread = message.message_thread_id if message.is_topic_message else None
        await copies.remember(
            sessionmaker,
            [result.lead_id],
            message.chat_id,
            answer_id,
            now,
            read_at=now,
            thread_id=thread,
        )
    return True


async def _ask(context: BotContext, message: Message, text: str, lead_id: int) -> None:
    """Ask how the held ``message`` is meant, with the two buttons (bot.advisor.held); the
    question counts as open for its author until it is answered (in a topic; in a group
    without topics, for replies to the held message)."""
    # The time asked is before the question goes out: the author's time runs from there.
    now = context.services.clock()
    author = message.from_user
    author_id = author.id if author is not None else None
    question = await _answer(message, text, held.keyboard(lead_id, message.message_id, author_id))
    if question is not None and author is not None:
        sessionmaker = context.services.sessionmaker
        await asked.asked(
            sessionmaker, _place_of(message), question, message.message_id, lead_id, author.id, now
        )


async def _tap_please(
    context: BotContext, question: Message, advisor_id: int, buttons: held.Held
) -> str:
    """What an advisor's bare answer replying to the bot's ``question`` is told: to tap
    under it; a colleague of the advisor it is asked of (the author its ``buttons`` name),
    while she decides alone, that it is not hers yet (she was sent to the buttons, and
    her tap was refused). Its lead handed over since (a question asked outside a topic
    before migration 0019 kept its buttons): where the lead went, not to tap."""
    advisors = context.services.advisors
    access = work.GroupAccess(advisors, question.chat_id)
    went = await work.went_to(context.services.sessionmaker, access, buttons.lead_id)
    if went is not None:
        return replies.moved_not_passed(buttons.lead_id, advisors.office_name(went))
    author = buttons.author_id
    if author is None:
        # Buttons from before they named the author: the question as stored in its topic.
        author = await asked.asked_of(
            context.services.sessionmaker, question.chat_id, question.message_id
        )
    # The question came seconds after the held message: its date stands for the message's.
    now = context.services.clock()
    minutes = (
        held.minutes_for_author(author, advisor_id, question.date, now) if author is not None else 0
    )
    return replies.held_author_first_reply(minutes) if minutes else replies.HELD_TAP_PLEASE


async def _still_asked(
    context: BotContext, topic: Topic, advisor_id: int, held_id: int | None
) -> bool:
    """Whether a question open in ``topic`` for ``advisor_id`` is still there to be
    tapped. One deleted by hand (Telegram tells no bot) is settled: every bare "Ja" typed
    in the topic was held back for it, with a pointer to buttons nobody could see any more."""
    sessionmaker, there = context.services.sessionmaker, False
    for question in await asked.open_in(sessionmaker, topic, advisor_id, held_id):
        keyboard = held.keyboard(question.lead_id, question.held_id, question.asked_of)
        if await botapi.still_there(context.bot, topic[0], question.question_id, keyboard):
            there = True
        else:
            await asked.settled(sessionmaker, topic, question.question_id)
    return there


async def _colleagues_ask(
    context: BotContext, topic: Topic, advisor_id: int, held_id: int | None
) -> int | None:
    """The bot's questions in ``topic`` about colleagues' held messages, still there to be
    tapped: 0 when ``advisor_id`` may answer one now (its author's time is over), else the
    fewest minutes an author still decides alone; None: no such question."""
    sessionmaker, now = context.services.sessionmaker, context.services.clock()
    left: list[int] = []
    for question in await asked.open_for_others(sessionmaker, topic, advisor_id, held_id):
        author = question.asked_of
        if author is None:
            continue  # asked of anyone (before 0018): open_in's, never a colleague's
        keyboard = held.keyboard(question.lead_id, question.held_id, author)
        if await botapi.still_there(context.bot, topic[0], question.question_id, keyboard):
            left.append(held.minutes_for_author(author, advisor_id, question.asked_at, now))
        else:
            await asked.settled(sessionmaker, topic, question.question_id)
    return min(left, default=None)


def _addressed(message: Message) -> bool:
    """Whether ``message`` starts with an @name ("@carla rufst du an?"): a member of the
    group, which the person is not."""
    entities = message.entities or message.caption_entities
    mentions = (MessageEntity.MENTION, MessageEntity.TEXT_MENTION)
    return any(entity.offset == 0 and entity.type in mentions for entity in entities)


def _topic_of(message: Message) -> tuple[int, int] | None:
    if not message.is_topic_message or message.message_thread_id is None:
        return None
    return message.chat_id, message.message_thread_id


def _place_of(message: Message) -> Topic:
    """The topic of ``message``, or its group without topics (thread None)."""
    return _topic_of(message) or (message.chat_id, None)


async def settled(context: BotContext, question: Message, held_id: int | None = None) -> None:
    """The question about a held message is answered (with ``held_id``: the held message
    was decided, and so is any other question about it): a bare "ja" in its topic is the
    person's again."""
    sessionmaker = context.services.sessionmaker
    await asked.settled(sessionmaker, _place_of(question), question.message_id, held_id)


async def _settle(context: BotContext, question: Message) -> None:
    await settled(context, question)
    try:
        await context.bot.edit_message_reply_markup(question.chat_id, question.message_id)
    except TelegramError as error:
        log.info("could not take the buttons off a question (%s)", type(error).__name__)


async def on_group_edit(update: Update, context: BotContext) -> None:
    """An advisor edited a message the bot passed on: the correction follows it."""
    message, user = update.edited_message, update.effective_user
    if message is None or user is None:
        return
    try:
        advisor = Advisor(user.id, user.full_name, user.first_name)
        corrected = await _edited(update, context, message, advisor)
    except Exception as exc:
        # The type only: an error's text can quote the edited words.
        log.warning(
            "could not relay the edit of update %s (%s)", update.update_id, exception_chain(exc)
        )
        await _answer(message, replies.RELAY_FAILED)
        return
    if corrected.status == "not_logged":
        # Never passed on (held back for an unsure tag, say): the edit is how the advisor
        # sends it again, as Telegram lets one correct; it was dropped without a word.
        async with topic_turn(message):
            relayed = await _relay(update, context, message, user)
            if relayed is not None and relayed.status in ("note", "queued"):
                # Passed on by its edit: its question is answered.
                sessionmaker = context.services.sessionmaker
                await asked.sent_otherwise(sessionmaker, _place_of(message), message.message_id)
        if relayed is not None and relayed.status == "note":
            await _answer(message, replies.EDIT_NOTED)
    elif corrected.status == "queued":
        jobs.kick(context.application)
    elif corrected.status == "edit_as_note":
        await _answer(message, replies.EDIT_KEPT_AS_NOTE)
    elif corrected.status == "unsure_note":
        await _answer(message, replies.unsure_note(written_tag(content_of(message).text or "")))
    elif corrected.status == "web":
        await _answer(message, replies.EDIT_NOT_TO_WEB)
    elif corrected.status in replies.GONE:
        await _answer(message, replies.GONE[corrected.status])
    elif corrected.status == "unreachable":
        await _answer(message, replies.not_reachable_on_telegram(corrected.lead_id))
    elif corrected.status == "moved" and corrected.lead_id is not None:
        city = context.services.advisors.office_name(corrected.office)
        await _answer(message, replies.moved_not_passed(corrected.lead_id, city))


def _from_the_bot(message: Message | None, context: BotContext) -> bool:
    # Advisors answering each other in the group are no business of the bot's.
    sender = message.from_user if message is not None else None
    return sender is not None and sender.id == context.bot.id


def _from_a_colleague(message: Message | None, writer: User, context: BotContext) -> bool:
    """Whether ``message`` was written by another member of the group: never the person,
    whose words the bot brings in."""
    sender = message.from_user if message is not None else None
    return sender is not None and not sender.is_bot and sender.id not in (writer.id, context.bot.id)


async def _edited(
    update: Update, context: BotContext, message: Message, editor: Advisor | None
) -> RelayResult:
    """Log the edit of ``message`` (by the person, or by the advisor ``editor``)."""
    async with in_order(message.chat_id):
        return await conversation_log.edited(
            context.services.sessionmaker,
            context.services.advisors,
            text=content_of(message).text,
            written=Written(message.chat_id, message.message_id),
            editor=editor,
            update_id=update.update_id,
            now=context.services.clock(),
        )


async def _answer(
    message: Message, text: str, keyboard: dict[str, Any] | None = None
) -> int | None:
    """Answer ``message`` in its group (and topic); the answer's id, None if it failed."""
    thread = message.message_thread_id if message.is_topic_message else None
    try:
        return await botapi.send_notification(
            message.get_bot(),
            message.chat_id,
            text,
            keyboard,
            reply_to=message.message_id,
            thread_id=thread,
        )
    except TelegramError as error:
        log.warning("could not answer in an advisor group (%s)", type(error).__name__)
        return None
