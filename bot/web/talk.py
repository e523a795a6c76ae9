"""A web person's message to their advisor: typed after the request, outside a question.

As on Telegram (bot/handlers/conversation.py): the text is logged for the lead's
advisors (bot/conversation/log.py, origin ``web``: no Telegram message behind it) and
the outbox takes it to the office's group; the person stays on their screen and reads
where the message went.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.conversation import log as conversation_log
from bot.conversation.content import Content
from bot.dialogue.service import Dialogue, Reply
from bot.dialogue.texts import SENT_TO_ADVISOR
from bot.i18n import translator
from db.vocabulary import MessageKind, MessageOrigin

CHANNEL = "web"


async def to_advisor(
    sessionmaker: async_sessionmaker[AsyncSession],
    dialogue: Dialogue,
    person: str,
    text: str,
    *,
    now: datetime,
) -> Reply | None:
    """The current screen with a receipt once ``text`` is logged for the advisors; None
    when it belongs to the dialogue (no request, or an answer to the current question)."""
    taken = await conversation_log.from_person(
        sessionmaker,
        external_id=person,
        content=Content(MessageKind.TEXT, text),
        written=MessageOrigin.WEB,
        update_id=None,
        now=now,
        channel=CHANNEL,
    )
    if taken.route is not conversation_log.Route.TAKEN:
        return None
    reply = await dialogue.current(CHANNEL, person)
    if reply is None:  # the lead is there, so is the person: only a race ends here
        return None
    receipt = translator(taken.language or reply.language).gettext(SENT_TO_ADVISOR)
    return replace(reply, before=(*reply.before, receipt), same_screen=True)
