"""A lead's forum topic in its office's advisor chat, when that chat has topics.

Whether a chat has topics is learnt from getChat's ``is_forum`` the first time a
lead of that chat is announced, and remembered for the life of the process: it
is known before the first lead's card is sent (the first message's
``is_topic_message`` would come too late for it), and turning topics on or off
takes effect at the next start.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from telegram import Bot
from telegram.error import TelegramError

from bot.advisor.wording import FLOW_NAMES
from bot.i18n import NATIVE_NAMES
from bot.outbox import botapi

log = logging.getLogger(__name__)


@dataclass
class Forums:
    """What one running bot knows about the advisor chats' topics."""

    #: chat id -> whether it is a forum (getChat's is_forum).
    known: dict[int, bool] = field(default_factory=dict)
    #: (lead id, chat id) -> a topic created whose card is not recorded yet: a retry
    #: reuses it, in that chat only (a lead handed over meanwhile gets one in its new chat).
    opened: dict[tuple[int, int], int] = field(default_factory=dict)
    #: (chat id, topic id) -> the lead of such a topic. An advisor may write in a topic
    #: the moment it appears, before its card (and with it the topic) is stored as the
    #: lead's; her message then reached nobody.
    new: dict[tuple[int, int], int] = field(default_factory=dict)

    def open(self, lead_id: int, chat_id: int, thread: int) -> None:
        """The lead's topic was created in ``chat_id``; its card is on its way."""
        self.opened[(lead_id, chat_id)] = thread
        self.new[(chat_id, thread)] = lead_id

    def recorded(self, lead_id: int) -> None:
        """The lead's card and topic are stored: the database knows the topic now."""
        for key in [key for key in self.opened if key[0] == lead_id]:
            del self.opened[key]
        for place in [place for place, lead in self.new.items() if lead == lead_id]:
            del self.new[place]

    def lead_of_new(self, chat_id: int, thread: int) -> int | None:
        """The lead of a topic created but not stored yet (None: no such topic)."""
        return self.new.get((chat_id, thread))

    async def is_forum(self, bot: Bot, chat_id: int) -> bool:
        """Whether ``chat_id`` has topics (asked once per chat and process)."""
        if chat_id not in self.known:
            self.known[chat_id] = await botapi.is_forum(bot, chat_id)
        return self.known[chat_id]


def topic_name(lead_id: int, city: str, flow: str, language: str) -> str:
    """ "#123 Leipzig · Betrieb · Türkçe": no personal data, so the chat list may show it."""
    flow_name = FLOW_NAMES.get(flow, flow)
    return f"#{lead_id} {city} · {flow_name} · {NATIVE_NAMES.get(language, language)}"


async def announce(
    bot: Bot,
    forums: Forums,
    chat_id: int,
    lead_id: int,
    name: str,
    send_card: Callable[[int | None], Awaitable[int]],
) -> tuple[int | None, int]:
    """Open the lead's topic (in a forum) and post its card there, pinned.

    Returns (topic id or None, the card's message id). The pin is a courtesy:
    a chat where the bot may not pin still gets the card.
    """
    thread = None
    if await forums.is_forum(bot, chat_id):
        thread = forums.opened.get((lead_id, chat_id)) or await botapi.create_topic(
            bot, chat_id, name
        )
        forums.open(lead_id, chat_id, thread)
    message_id = await send_card(thread)
    if thread is not None:
        try:
            await botapi.pin(bot, chat_id, message_id)
        except TelegramError as error:
            log.warning("could not pin the card of lead %s (%s)", lead_id, type(error).__name__)
    return thread, message_id


async def set_open(bot: Bot, chat_id: int, thread_id: int, *, is_open: bool) -> None:
    """Close ("Erledigt") or reopen (the person writes again) a lead's topic, best effort."""
    method = "reopenForumTopic" if is_open else "closeForumTopic"
    try:
        await botapi.topic_call(bot, method, chat_id, thread_id)
    except TelegramError as error:
        log.warning("%s in chat %s failed (%s)", method, chat_id, type(error).__name__)
