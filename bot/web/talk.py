"""A web person's own messages to their advisor, as bot/handlers/conversation.py is for Telegram.

Once a person has a request, what they type that the dialogue does not expect goes to
the conversation log (bot/conversation/log.py) and from there, through the outbox,
to their advisors' group topic or card and the inbox: the same planners as Telegram
(bot/outbox/talk.py). The chat then shows the current screen again with a receipt.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.conversation import log as conversation_log
from bot.conversation.content import Content
from bot.conversation.log import Route
from bot.conversation.ordering import in_order
from bot.dialogue import number_changed
from bot.dialogue.leadless import Leadless
from bot.dialogue.service import Reply
from bot.i18n import translator
from db.vocabulary import MessageKind, MessageOrigin

CHANNEL = "web"


async def to_advisor(
    sessionmaker: async_sessionmaker[AsyncSession],
    person: str,
    text: str,
    now: datetime,
    leadless: Leadless | None = None,
) -> str | None:
    """Log ``text`` for the advisors of the person's request when it belongs there.

    Returns the person's language when it was taken, None when it is the dialogue's.
    ``leadless`` (the dialogue's) answers without a transaction for someone who never
    sent a request, as on Telegram.
    """
    async with in_order((CHANNEL, person)):
        taken = await conversation_log.from_person(
            sessionmaker,
            channel=CHANNEL,
            external_id=person,
            content=Content(MessageKind.TEXT, text),
            written=MessageOrigin.WEB,
            update_id=None,
            now=now,
            leadless=leadless,
        )
    if taken.route is not Route.TAKEN:
        return None
    return taken.language or ""


def receipt(current: Reply, language: str, text: str = "", *, asked: bool = False) -> Reply:
    """The screen the person is at, after the kind note that their advisor has the message
    (``text``; the new number asked for when it says the number changed without it).
    ``asked``: ``current`` is what the words asked for too (/delete's question, /mydata's
    copy), shown whole under the note."""
    lang = language or current.language
    note = translator(lang).gettext(number_changed.receipt(text))
    if asked:
        return replace(current, before=(note, *current.before), same_screen=False)
    # The screen stays where it was: the text field was used for the advisor, not an answer.
    return replace(current, before=(note,), same_screen=True, attachment=None)
