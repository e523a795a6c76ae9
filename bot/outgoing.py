"""The person's screens as plain Bot API calls.

python-telegram-bot's ``send_message`` builds an ``InlineKeyboardMarkup`` of
button objects, serializes it back to a dict, and parses Telegram's answer
into a ``Message`` with its whole keyboard again. For a screen with ten
buttons that was 0.8 ms of CPU per step against 0.1 ms for the same request
sent as JSON (bench/README.md), and the returned message is never used.
So the screens the dialogue sends on every step go through
``Bot.do_api_request`` with the keyboard as the JSON Telegram expects.
Errors are the library's own (BadRequest, RetryAfter, Forbidden, ...) and
the application's rate limiter still applies: both happen below this call.
"""

from __future__ import annotations

import warnings
from typing import Any

from telegram import Bot
from telegram.warnings import PTBUserWarning

from bot.engine import Screen

# do_api_request warns when it is used for a method the library wraps; here that
# is the point (see above), so this one warning is silenced and no other.
warnings.filterwarnings(
    "ignore",
    message=r"Please use 'Bot\.\w+' instead of 'Bot\.do_api_request",
    category=PTBUserWarning,
)


def inline_keyboard(screen: Screen) -> dict[str, Any] | None:
    """The screen's buttons as Telegram's ``InlineKeyboardMarkup`` JSON object."""
    if not screen.keyboard:
        return None
    return {
        "inline_keyboard": [
            [{"text": button.label, "callback_data": button.data} for button in row]
            for row in screen.keyboard
        ]
    }


def _with_keyboard(params: dict[str, Any], keyboard: dict[str, Any] | None) -> dict[str, Any]:
    if keyboard is not None:
        params["reply_markup"] = keyboard
    return params


async def send_text(
    bot: Bot, chat_id: int, text: str, keyboard: dict[str, Any] | None = None
) -> None:
    """sendMessage with an optional inline keyboard."""
    params = _with_keyboard({"chat_id": chat_id, "text": text}, keyboard)
    await bot.do_api_request("sendMessage", params)


async def edit_text(
    bot: Bot, chat_id: int, message_id: int, text: str, keyboard: dict[str, Any] | None = None
) -> None:
    """editMessageText: the message with new text and keyboard, in place."""
    params = {"chat_id": chat_id, "message_id": message_id, "text": text}
    await bot.do_api_request("editMessageText", _with_keyboard(params, keyboard))


async def answer_press(bot: Bot, callback_query_id: str) -> None:
    """answerCallbackQuery without a text: stops the spinner on the pressed button."""
    await bot.do_api_request("answerCallbackQuery", {"callback_query_id": callback_query_id})
