"""A person's screen is sent once, also when Telegram's answer to the send is lost.

A read timeout on sendMessage leaves the bot not knowing whether Telegram took the
message (the Bot API has no idempotency key). Sending again shows the same screen
twice in a row. Instead, before a second attempt the bot looks for the first one:
in a private chat, message ids count up one by one, so the lost message can only be
one of the next ids after the newest one this process knows there. Editing such an
id to the very same text and buttons answers "message is not modified" exactly when
the first attempt arrived; "not found" means nothing came after it, and the person's
own messages cannot be edited by the bot. Every send of this process to that chat
holds the chat's lock (:func:`person_chat`), so no other message of the bot can sit
at those ids; only if none of them is the screen is it sent again.
Where the ids after the known one belong to other messages than this chat's, the
look finds nothing and the screen is sent again: never worse than without the look.

After a restart (:func:`send_owed`) the newest id comes from the inbox row of the step
whose reply is owed, and no lock has kept other messages of the bot from the ids after
it, so the look compares the buttons first (see :func:`_arrived`).
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from telegram import Bot
from telegram.error import BadRequest, TelegramError, TimedOut

from bot.outbox.per_bot import PerBot

log = logging.getLogger(__name__)

#: How many ids after the newest known one may hold the lost screen: the person may
#: have typed a message or two meanwhile.
LOOK_AHEAD = 3
#: Tries of one look at an id, when its answer is lost too.
PROBE_ATTEMPTS = 3
#: Person chats remembered per bot: the least recently used are forgotten first.
CHATS_KEPT = 10_000


@dataclass
class PersonChat:
    """What this process knows of one person's chat."""

    #: Held by every send to the chat, so the ids after ``newest`` are the person's
    #: or the screen's being looked for.
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    #: The highest message id known in the chat (sent by the bot or by the person).
    newest: int = 0
    #: The reply to the person's last step was not delivered: a repeat of their tap
    #: (bot.dialogue.engine) then sends the current screen instead of nothing.
    behind: bool = False


_CONTENT = frozenset({"text", "parse_mode", "reply_markup", "link_preview_options", "entities"})

#: Each Bot object's person chats (bot.outbox.per_bot: by identity, gone with the Bot).
_CHATS: PerBot[OrderedDict[int, PersonChat]] = PerBot(OrderedDict)


def person_chat(bot: Bot, chat_id: int) -> PersonChat:
    """The chat's record (created on first use)."""
    chats = _CHATS.of(bot)
    chat = chats.get(chat_id)
    if chat is None:
        chat = chats[chat_id] = PersonChat()
        if len(chats) > CHATS_KEPT:
            oldest, record = next(iter(chats.items()))
            if not record.lock.locked():
                del chats[oldest]
    chats.move_to_end(chat_id)
    return chat


def noted(bot: Bot, chat_id: int, message_id: int | None) -> None:
    """Remember a message id seen in a person's chat (an update, or a sent message)."""
    if chat_id > 0 and message_id is not None:
        chat = person_chat(bot, chat_id)
        chat.newest = max(chat.newest, message_id)


async def _found(bot: Bot, chat_id: int, after: int, params: dict[str, Any]) -> int | None:
    """The id of the screen an earlier attempt delivered after ``after``, if it did."""
    # What an edit can carry of the send: the shown content, nothing about placement.
    content = {key: value for key, value in params.items() if key in _CONTENT}
    for message_id in range(after + 1, after + 1 + LOOK_AHEAD):
        found = await _is_it(bot, {**content, "chat_id": chat_id, "message_id": message_id})
        if found is not None:
            return message_id if found else None
    return None


async def _is_it(bot: Bot, params: dict[str, Any]) -> bool | None:
    """True: the message shows exactly this; False: there is no message; None: another
    (the person's own) message. A lost answer to this edit is asked again (it is
    harmless to repeat), a slow server being the usual cause of both."""
    for attempt in range(PROBE_ATTEMPTS):
        try:
            await bot.do_api_request("editMessageText", params)
        except BadRequest as error:
            text = error.message.lower()
            if "not modified" in text:
                return True  # the very same screen: the first attempt arrived
            if "not found" in text:
                return False  # nothing there: the first attempt did not arrive
            return None  # the person's own message: look at the next id
        except TimedOut:
            if attempt + 1 < PROBE_ATTEMPTS:
                continue
            return False
        except TelegramError:
            return False
        # Edited: under the chat's lock only the lost screen can be there.
        log.warning("an earlier attempt's screen differed and was brought up to date")
        return True
    return False


async def _arrived(bot: Bot, chat_id: int, after: int, params: dict[str, Any]) -> int | None:
    """After a restart: the id of the owed screen if it arrived after ``after``.

    The ids after ``after`` may hold other messages of the bot (a text sent before the
    screen, an advisor's message passed on): an edit of the text would overwrite one of
    them. So the buttons are compared first: editMessageReplyMarkup with the screen's
    keyboard answers "not modified" only on a message that has exactly these buttons; a
    message without them that got them has them taken off again. Without a keyboard
    there is nothing safe to compare, and the screen is sent again.
    """
    markup = params.get("reply_markup")
    if not markup or "inline_keyboard" not in markup:
        return None
    content = {key: value for key, value in params.items() if key in _CONTENT}
    for message_id in range(after + 1, after + 1 + LOOK_AHEAD):
        target = {"chat_id": chat_id, "message_id": message_id}
        try:
            await bot.do_api_request("editMessageReplyMarkup", {**target, "reply_markup": markup})
        except BadRequest as error:
            text = error.message.lower()
            if "not modified" in text:
                # The screen's buttons: its text is brought up to date if it differs.
                await _is_it(bot, {**content, **target})
                return message_id
            if "not found" in text:
                return None  # nothing there: the screen did not arrive
            continue  # the person's own message
        except TelegramError:
            return None
        try:
            await bot.do_api_request("editMessageReplyMarkup", target)
        except TelegramError as error:
            log.warning("could not take buttons off a message again (%s)", type(error).__name__)
    return None


async def send_owed(bot: Bot, chat_id: int, params: dict[str, Any], after: int | None) -> int:
    """A screen owed after a restart: looked for after ``after`` (the newest id known when
    its step committed), sent only when it did not arrive; its message id."""
    chat = person_chat(bot, chat_id)
    # One hold of the lock for the look and the send: no other message between them.
    async with chat.lock:
        found = await _arrived(bot, chat_id, after, params) if after else None
        chat.newest = max(chat.newest, after or 0, found or 0)
        if found is not None:
            log.info("an owed reply had arrived before the restart; not sent again")
            return found
        return await _send_locked(bot, chat, chat_id, params)


async def send_once(bot: Bot, chat_id: int, params: dict[str, Any]) -> int:
    """One sendMessage of ``params`` to ``chat_id``; its message id.

    In a person's chat, a read timeout is followed by a look for the message (see
    above): found, it counts as sent; else TimedOut is raised for the caller's retry.
    """
    if chat_id <= 0:  # a group: nothing to look for, no lock needed
        message = await bot.do_api_request("sendMessage", {**params, "chat_id": chat_id})
        return int(message["message_id"])
    chat = person_chat(bot, chat_id)
    async with chat.lock:
        return await _send_locked(bot, chat, chat_id, params)


async def _send_locked(bot: Bot, chat: PersonChat, chat_id: int, params: dict[str, Any]) -> int:
    """:func:`send_once` in a person's chat, its lock held by the caller."""
    after = chat.newest
    try:
        message = await bot.do_api_request("sendMessage", {**params, "chat_id": chat_id})
    except TimedOut:
        # Without a known id to start from, ids cannot be told apart: send again.
        found = await _found(bot, chat_id, after, params) if after else None
        if found is None:
            raise
        log.info("a message whose answer was lost had arrived; not sent again")
        chat.newest = max(chat.newest, found)
        return found
    message_id = int(message["message_id"])
    chat.newest = max(chat.newest, message_id)
    return message_id
