"""Every button an advisor taps is answered: until ``answerCallbackQuery`` comes, the
advisor's app shows a spinner on the button, and a press that ends in an error or in
no handler at all left it spinning with no word on why nothing happened.

Handlers answer with :func:`answer`; :func:`answered` wraps a handler so that a press it
leaves unanswered (an exception included) still gets a short reason.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from contextvars import ContextVar
from typing import Any, TypeVar

from telegram import CallbackQuery, Update
from telegram.error import TelegramError

from bot.advisor import replies

log = logging.getLogger(__name__)

C = TypeVar("C")

#: Whether the press being handled has its answer (each update runs in a context of its own).
_done: ContextVar[list[bool] | None] = ContextVar("advisor_press_answered", default=None)


async def answer(query: CallbackQuery, text: str | None = None, alert: bool = False) -> None:
    """Answer the press (Telegram shows at most 200 characters); a failure is only logged."""
    done = _done.get()
    if done is not None:
        done[0] = True
    try:
        await query.answer(text[:200] if text else None, show_alert=alert)
    except TelegramError:
        log.info("could not answer an advisor's callback query")


def answered(
    handler: Callable[[Update, C], Coroutine[Any, Any, None]],
) -> Callable[[Update, C], Coroutine[Any, Any, None]]:
    """``handler`` whose press is answered whatever happens: "try again" after an error,
    "stale button" when it ended without a word. A press in a private chat is the
    person side's to answer (bot.handlers.user)."""

    async def run(update: Update, context: C) -> None:
        done = [False]
        token = _done.set(done)
        try:
            await handler(update, context)
        except Exception:
            await _unanswered(update, done, replies.TRY_AGAIN)
            raise
        else:
            await _unanswered(update, done, replies.STALE_BUTTON)
        finally:
            _done.reset(token)

    return run


async def _unanswered(update: Update, done: list[bool], text: str) -> None:
    query, chat = update.callback_query, update.effective_chat
    if query is None or done[0] or (chat is not None and chat.type == chat.PRIVATE):
        return
    await answer(query, text, alert=True)
