"""A Telegram person whose data an advisor erased at their request is told so in their chat.

An advisor's erasure (bot.advisor.erasure: the inbox, ``/loeschen``) happens outside the
person's chat. Their own ``/delete`` ends with the farewell; after an advisor's, the chat
stayed as it was: the summary with their name and number, and last "We will send you a
message here as soon as an advisor has taken on your request". Nothing came, and nothing
said that the data were gone, nor that the messages above stay in the chat: the bot keeps
no ids of its messages there (and could delete one only within 48 hours), so only the
person can delete them, in Telegram.

Sent at once, in the conversation's language, and not through the outbox: the erasure
left no Telegram id of the person in the database, and an outbox row would keep one until
sent. A notice that fails (the bot blocked, Telegram down, a restart) is not sent again;
the advisor tells the person in any case (docs/privacy.md).
"""

from __future__ import annotations

import asyncio
import logging

from telegram.error import TelegramError

from bot.i18n import DEFAULT_LANGUAGE, N_, translator
from bot.services import BotApplication

log = logging.getLogger(__name__)

#: The channel whose people are told here (bot.handlers.user.CHANNEL).
CHANNEL = "telegram"

ERASED_ON_REQUEST = N_(
    "As you asked us, KAUSA has deleted all your data. The messages above stay in this chat "
    "until you delete it in Telegram. If you write to us again, we start from the beginning."
)


def register(application: BotApplication) -> None:
    """Tell each Telegram person an advisor erases, once the erasure is committed."""
    sending: set[asyncio.Task[None]] = set()

    def erased(channel: str, external_id: str, language: str | None) -> None:
        if channel != CHANNEL or not external_id.isdigit():
            return
        lang = language or DEFAULT_LANGUAGE
        task = asyncio.get_running_loop().create_task(_tell(application, int(external_id), lang))
        # Kept until done: a task only the loop refers to may be collected mid-send.
        sending.add(task)
        task.add_done_callback(sending.discard)

    application.bot_data.services.dialogue.on_erased.append(erased)


async def _tell(application: BotApplication, chat_id: int, lang: str) -> None:
    try:
        await application.bot.send_message(chat_id, translator(lang).gettext(ERASED_ON_REQUEST))
    except TelegramError as error:
        # No id in the log: the person is erased.
        log.warning("the notice of an erasure on request was not sent (%s)", type(error).__name__)
