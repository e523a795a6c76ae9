"""Every Bot API call the bot makes, and how it is paced and retried.

Sending policy, case by case, for a message to a person:

* 429 Too Many Requests: Telegram did not process the request and says when to
  try again. :func:`rate_limiter`'s AIORateLimiter waits ``retry_after`` and
  sends again (up to ``max_retries`` times).
* 5xx answers, refused or reset connections, connect and pool timeouts:
  Telegram did not take the message, so sending it again cannot show it twice.
  :func:`deliver` retries after a short pause.
* A read timeout (the request went out, the answer did not come back):
  Telegram may or may not have taken the message, and the Bot API has no
  idempotency key to ask. In a person's chat the bot looks for it first
  (:mod:`bot.outbox.screens`: an edit to the same content of the next message
  ids answers "not modified" exactly when it arrived) and sends it again only
  when it is not there; an edit (the screen being edited in place) is simply
  repeated, "not modified" counting as done.
* 400 Bad Request, 403 Forbidden (blocked): sending again gets the same answer,
  so these are not retried.

Messages go out as plain JSON through ``Bot.do_api_request``, with one
Screen-to-keyboard mapping (:func:`inline_keyboard`): python-telegram-bot's
``send_message`` builds button objects, serializes them back to a dict and
parses the returned ``Message`` the bot never uses, 0.8 ms of CPU against
0.1 ms for a ten-button screen (bench/README.md). Errors are the library's own
and the rate limiter still applies: both happen below this call. The person's
screens use :func:`send_text` and :func:`edit_text`; the outbox and the
advisor groups use :func:`send_notification` and :func:`edit_lead_message`
(HTML, no link previews). Every edit treats Telegram's "message is not
modified" as done: the message already shows what was asked.

The conversation state is committed before anything is sent, so even a message
that cannot be delivered loses no answer and no lead.
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from telegram import Bot, InputMedia, Message
from telegram.error import BadRequest, NetworkError, TelegramError
from telegram.ext import AIORateLimiter
from telegram.warnings import PTBUserWarning

from bot.conversation.content import DELIVERED_REACTION
from bot.dialogue.state import Screen
from bot.outbox import screens

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Pauses before the second and third attempt of a send.
RETRY_DELAYS: tuple[float, ...] = (0.5, 2.0)


def rate_limiter(
    max_per_second: float, *, group_per_minute: float = 20.0, max_retries: int = 3
) -> AIORateLimiter:
    """A limiter that lets at most ``max_per_second`` messages out in any one second,
    and at most ``group_per_minute`` into any one group chat in a minute.

    AIORateLimiter's overall limit is a leaky bucket: in any window of T seconds
    it passes its capacity plus rate × T requests. With its defaults (30 per
    1 s) that is up to about 60 in the first second of a burst, twice what
    Telegram allows. A small capacity with the rest as steady rate keeps every
    one-second window within ``max_per_second`` while still answering a quiet
    bot's first few messages without delay.
    """
    if max_per_second < 2:
        raise ValueError("max_per_second must be at least 2")
    burst = max(1.0, float(int(max_per_second // 10)))
    steady = max_per_second - burst
    return AIORateLimiter(
        overall_max_rate=burst,
        overall_time_period=burst / steady,
        group_max_rate=group_per_minute,
        group_time_period=60,
        max_retries=max_retries,
    )


def is_transient(error: BaseException) -> bool:
    """Whether sending again may succeed: network trouble or a Telegram server error.

    BadRequest is a NetworkError subclass in python-telegram-bot but means the
    request itself was wrong; RetryAfter is handled by the rate limiter.
    """
    return isinstance(error, NetworkError) and not isinstance(error, BadRequest)


async def deliver(
    send: Callable[[], Awaitable[T]],
    *,
    what: str,
    delays: tuple[float, ...] | None = None,
) -> T:
    """Run ``send`` and retry it on transient errors; re-raise anything else.

    ``what`` names the message kind for the log (never its text); ``delays``
    defaults to :data:`RETRY_DELAYS`.
    """
    for delay in (*(RETRY_DELAYS if delays is None else delays), None):
        try:
            return await send()
        except TelegramError as error:
            if delay is None or not is_transient(error):
                raise
            log.warning(
                "sending %s failed (%s); retrying in %.1f s", what, type(error).__name__, delay
            )
            await asyncio.sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises


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


def share_phone_keyboard(label: str) -> dict[str, Any]:
    """A reply keyboard with Telegram's own "share my phone number" button, used once."""
    return {
        "keyboard": [[{"text": label, "request_contact": True}]],
        "resize_keyboard": True,
        "one_time_keyboard": True,
    }


#: Takes a reply keyboard (the share button) away again.
REMOVE_KEYBOARD: dict[str, Any] = {"remove_keyboard": True}


def _with_keyboard(params: dict[str, Any], keyboard: dict[str, Any] | None) -> dict[str, Any]:
    if keyboard is not None:
        params["reply_markup"] = keyboard
    return params


async def send_text(
    bot: Bot, chat_id: int, text: str, keyboard: dict[str, Any] | None = None
) -> None:
    """sendMessage with an optional inline keyboard; in a person's chat, an attempt
    whose answer was lost but that arrived is not repeated (bot.outbox.screens)."""
    await screens.send_once(bot, chat_id, _with_keyboard({"text": text}, keyboard))


async def send_owed(
    bot: Bot, chat_id: int, text: str, keyboard: dict[str, Any] | None, after: int | None
) -> None:
    """A screen a crash left owed: sent unless it arrived after message ``after``
    (bot.outbox.screens.send_owed)."""
    await screens.send_owed(bot, chat_id, _with_keyboard({"text": text}, keyboard), after)


def is_not_modified(error: BadRequest) -> bool:
    """Whether Telegram refused an edit because the message already shows it."""
    return "not modified" in error.message.lower()


def is_gone(error: BadRequest) -> bool:
    """Whether Telegram refused a call because the message or chat no longer exists."""
    return "not found" in error.message.lower()


async def _edit(bot: Bot, params: dict[str, Any]) -> None:
    try:
        await bot.do_api_request("editMessageText", params)
    except BadRequest as error:
        # Also what a retry finds when the first try went through but its answer was lost.
        if not is_not_modified(error):
            raise


async def edit_buttons(bot: Bot, chat_id: int, message_id: int, screen: Screen) -> None:
    """editMessageReplyMarkup: only the message's buttons, as ``screen`` has them."""
    params = {
        "chat_id": chat_id,
        "message_id": message_id,
        "reply_markup": inline_keyboard(screen) or {"inline_keyboard": []},
    }
    try:
        await bot.do_api_request("editMessageReplyMarkup", params)
    except BadRequest as error:
        if not is_not_modified(error):
            raise


async def still_there(bot: Bot, chat_id: int, message_id: int, keyboard: dict[str, Any]) -> bool:
    """Whether the bot's message ``message_id``, which shows ``keyboard``, is still in the
    chat: Telegram tells no bot of a message deleted by hand. Setting the buttons it shows
    answers "not modified", or "not found" once it is gone; any other failure counts as
    there (it was, when last known)."""
    params = {"chat_id": chat_id, "message_id": message_id, "reply_markup": keyboard}
    try:
        await bot.do_api_request("editMessageReplyMarkup", params)
    except BadRequest as error:
        return not is_gone(error)
    except TelegramError:
        return True
    return True


async def edit_text(
    bot: Bot, chat_id: int, message_id: int, text: str, keyboard: dict[str, Any] | None = None
) -> None:
    """editMessageText: the message with new text and keyboard, in place."""
    params = {"chat_id": chat_id, "message_id": message_id, "text": text}
    await _edit(bot, _with_keyboard(params, keyboard))


async def answer_press(bot: Bot, callback_query_id: str) -> None:
    """answerCallbackQuery without a text: stops the spinner on the pressed button."""
    await bot.do_api_request("answerCallbackQuery", {"callback_query_id": callback_query_id})


# Advisor texts carry links (tel:, mailto:) that must not unfold into previews.
_NO_PREVIEW = {"is_disabled": True}


async def send_notification(
    bot: Bot,
    chat_id: int,
    text: str,
    keyboard: dict[str, Any] | None = None,
    *,
    reply_to: int | None = None,
    thread_id: int | None = None,
    html_mode: bool = True,
) -> int:
    """sendMessage for the outbox and the advisor groups, without link previews.

    ``reply_to`` quotes that message if it still exists; ``thread_id`` keeps a
    reply in its forum topic. Returns the new message's id.
    """
    params: dict[str, Any] = {"chat_id": chat_id, "text": text}
    if html_mode:
        params["parse_mode"] = "HTML"
    params["link_preview_options"] = _NO_PREVIEW
    if reply_to is not None:
        # The message may have been deleted meanwhile: then send without quoting.
        params["reply_parameters"] = {"message_id": reply_to, "allow_sending_without_reply": True}
    if thread_id is not None:
        params["message_thread_id"] = thread_id
    params = _with_keyboard(params, keyboard)
    chat_id = params.pop("chat_id")
    return await screens.send_once(bot, chat_id, params)


async def edit_lead_message(bot: Bot, chat_id: int, message_id: int, screen: Screen) -> None:
    """Show ``screen`` (HTML and its buttons) in the advisors' lead message, in place.

    Raises BadRequest when the message is gone (:func:`is_gone`) or refused.
    """
    params = {
        "chat_id": chat_id,
        "message_id": message_id,
        "text": screen.text,
        "parse_mode": "HTML",
        "link_preview_options": _NO_PREVIEW,
    }
    await _edit(bot, _with_keyboard(params, inline_keyboard(screen)))


# -- the conversation: copies of messages, reactions, forum topics --------------------


async def copy_message(
    bot: Bot,
    chat_id: int,
    from_chat_id: int,
    message_id: int,
    *,
    caption: str | None = None,
    thread_id: int | None = None,
    reply_to: int | None = None,
) -> int:
    """copyMessage: the medium itself (voice, photo, PDF ...), not a forward; its new id.

    ``caption`` (HTML) replaces the original caption; None keeps it.
    """
    params: dict[str, Any] = {
        "chat_id": chat_id,
        "from_chat_id": from_chat_id,
        "message_id": message_id,
    }
    if caption is not None:
        params["caption"] = caption
        params["parse_mode"] = "HTML"
    if thread_id is not None:
        params["message_thread_id"] = thread_id
    if reply_to is not None:
        params["reply_parameters"] = {"message_id": reply_to, "allow_sending_without_reply": True}
    if chat_id <= 0:
        message = await bot.do_api_request("copyMessage", params)
        return int(message["message_id"])
    # In a person's chat under its lock, so a lost screen's id is never a copy's (screens).
    chat = screens.person_chat(bot, chat_id)
    async with chat.lock:
        message = await bot.do_api_request("copyMessage", params)
        chat.newest = max(chat.newest, int(message["message_id"]))
    return int(message["message_id"])


async def react(bot: Bot, chat_id: int, message_id: int, emoji: str) -> None:
    """setMessageReaction with one emoji (from Telegram's allowed set)."""
    params = {
        "chat_id": chat_id,
        "message_id": message_id,
        "reaction": [{"type": "emoji", "emoji": emoji}],
    }
    await bot.do_api_request("setMessageReaction", params)


async def tick_delivered(bot: Bot, chat_id: int, message_id: int) -> None:
    """The advisor's message in the group gets its 👌: it reached the person. A tick that
    fails is logged, never raised: the person has the message, which must not go twice."""
    try:
        await react(bot, chat_id, message_id, DELIVERED_REACTION)
    except TelegramError as error:
        log.warning("could not confirm a delivered message (%s)", type(error).__name__)


async def is_forum(bot: Bot, chat_id: int) -> bool:
    """getChat: whether the chat is a supergroup with topics."""
    chat = await bot.do_api_request("getChat", {"chat_id": chat_id})
    return bool(chat.get("is_forum"))


async def create_topic(bot: Bot, chat_id: int, name: str) -> int:
    """createForumTopic (name at most 128 characters); the topic's message_thread_id."""
    topic = await bot.do_api_request("createForumTopic", {"chat_id": chat_id, "name": name[:128]})
    return int(topic["message_thread_id"])


async def topic_call(bot: Bot, method: str, chat_id: int, thread_id: int) -> None:
    """closeForumTopic or reopenForumTopic; "not modified" (already so) counts as done."""
    try:
        await bot.do_api_request(method, {"chat_id": chat_id, "message_thread_id": thread_id})
    except BadRequest as error:
        if "not_modified" not in error.message.lower().replace(" ", "_"):
            raise


async def pin(bot: Bot, chat_id: int, message_id: int) -> None:
    """pinChatMessage without notifying the group."""
    params = {"chat_id": chat_id, "message_id": message_id, "disable_notification": True}
    await bot.do_api_request("pinChatMessage", params)


def is_thread_gone(error: BadRequest) -> bool:
    """Whether Telegram refused a send because its forum topic was deleted."""
    return "thread not found" in error.message.lower()


# -- removing what the bot posted (/delete, retention) ---------------------------------


async def delete_message(bot: Bot, chat_id: int, message_id: int) -> None:
    """deleteMessage (Telegram allows it for 48 hours); raises BadRequest when refused."""
    await bot.do_api_request("deleteMessage", {"chat_id": chat_id, "message_id": message_id})


async def delete_topic(bot: Bot, chat_id: int, thread_id: int) -> None:
    """deleteForumTopic: the topic with every message in it, at any age."""
    params = {"chat_id": chat_id, "message_thread_id": thread_id}
    await bot.do_api_request("deleteForumTopic", params)


async def replace_medium(
    bot: Bot, chat_id: int, message_id: int, media: InputMedia
) -> Message | None:
    """editMessageMedia: the message shows ``media`` (and its caption), without buttons.

    The edited message (with the new file's id), or None when it already showed it.
    """
    try:
        edited = await bot.edit_message_media(media, chat_id=chat_id, message_id=message_id)
    except BadRequest as error:
        if not is_not_modified(error):
            raise
        return None
    return edited if isinstance(edited, Message) else None


async def replace_content(
    bot: Bot, chat_id: int, message_id: int, text: str, medium: bool, *, html_mode: bool = False
) -> None:
    """Overwrite a message's text (or a medium's caption) with ``text``, without buttons."""
    params: dict[str, Any] = {"chat_id": chat_id, "message_id": message_id}
    if html_mode:
        params["parse_mode"] = "HTML"
    if medium:
        params_caption: dict[str, Any] = {**params, "caption": text}
        try:
            await bot.do_api_request("editMessageCaption", params_caption)
        except BadRequest as error:
            if not is_not_modified(error):
                raise
        return
    await _edit(bot, {**params, "text": text})
