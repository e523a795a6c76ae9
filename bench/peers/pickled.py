"""The python-telegram-bot idiom: a ConversationHandler, the state in user_data, PicklePersistence.

The engine, the screens and the Bot API calls are the bot's own (bot.dialogue.engine,
bot.handlers.user.show); the state of each person lives in ``context.user_data`` and
python-telegram-bot's PicklePersistence writes it to a file:

* ``flush_every_update=False``: on the library's default timer (every 60 s). A
  crash loses up to a minute of every person's answers and leads, so this is not
  durable, but it is what most bots run.
* ``flush_every_update=True``: ``Application.update_persistence()`` before each
  reply, the only way to make the idiom durable. PicklePersistence then writes
  its whole file (every person's data) once per step.

Leads are kept in ``bot_data`` (in the same file); no database is involved.
"""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, cast

from telegram import Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackContext,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    PicklePersistence,
    filters,
)
from telegram.request import BaseRequest
from telegram.warnings import PTBUserWarning

from bot.dialogue import engine
from bot.dialogue.service import Reply
from bot.dialogue.state import Context, State
from bot.handlers.user import CHANNEL, _event, show
from bot.i18n import DEFAULT_LANGUAGE
from bot.outbox import botapi

#: The only ConversationHandler state: the engine knows the screens.
DIALOGUE = 1
Ctx = CallbackContext[Any, dict[Any, Any], dict[Any, Any], dict[Any, Any]]


class PickledBot:
    """The handlers of the peer; ``context_for`` gives the engine its offices and clock."""

    def __init__(self, context_for: Any, *, flush_every_update: bool) -> None:
        self.context_for = context_for
        self.flush_every_update = flush_every_update

    async def step(self, update: Update, context: Ctx) -> int:
        """One step: state from user_data, the engine, state back, (flush,) reply."""
        chat = update.effective_chat
        assert chat is not None and context.user_data is not None
        state = State.from_dict(context.user_data.get("state"))
        ctx: Context = self.context_for(CHANNEL)
        result = engine.step(state, _event(update), ctx)
        new = result.state
        if result.lead is not None:
            leads = context.bot_data.setdefault("leads", [])
            leads.append(result.lead)
            new.lead_id = len(leads)
        context.user_data["state"] = new.to_dict()
        if self.flush_every_update:
            await context.application.update_persistence()
        if update.callback_query is not None:
            await botapi.answer_press(context.bot, update.callback_query.id)
        reply = Reply(
            screen=engine.render(new, ctx, result.notices),
            language=new.lang or DEFAULT_LANGUAGE,
            same_screen=state.screen == new.screen and not result.notices,
        )
        await show(cast(Any, context), chat.id, reply, update)
        return DIALOGUE


def conversation(bot: PickledBot) -> ConversationHandler[Any]:
    """/start enters the conversation; every text and button press is a step in it."""
    with warnings.catch_warnings():
        # The per_message advice is about tracking several messages; one state needs none.
        warnings.simplefilter("ignore", PTBUserWarning)
        return ConversationHandler(
            entry_points=[CommandHandler("start", bot.step)],
            states={
                DIALOGUE: [
                    CallbackQueryHandler(bot.step),
                    MessageHandler(filters.TEXT & filters.ChatType.PRIVATE, bot.step),
                ]
            },
            fallbacks=[],
            name="dialogue",
            persistent=True,
        )


@asynccontextmanager
async def pickled_application(
    request: BaseRequest,
    base_url: str,
    token: str,
    directory: Path,
    context_for: Any,
    *,
    flush_every_update: bool,
    concurrent_updates: int,
) -> AsyncIterator[Application[Any, Any, Any, Any, Any, Any]]:
    """The peer's Application, started, so the persistence's 60 s timer runs as in production."""
    persistence = PicklePersistence(directory / "bot.pickle")
    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(base_url)
        .request(request)
        .get_updates_request(request)
        .persistence(persistence)
        .concurrent_updates(concurrent_updates)
        .build()
    )
    peer = PickledBot(context_for, flush_every_update=flush_every_update)
    application.add_handler(conversation(peer))
    async with application:
        await application.start()
        try:
            yield application
        finally:
            await application.stop()
