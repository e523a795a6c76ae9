"""Updates without the bot's own messages repeated in full: less to parse, less to keep.

Telegram repeats the pressed message in every callback query, and the replied-to
message in a reply, each with its whole inline keyboard. The bot never reads
those keyboards (it knows its own screens; a handler needs the message's id and
chat), yet python-telegram-bot builds an object for every button of them: with
screens of about seven buttons that was a tenth of a step's CPU in the in-process
step run (bench/README.md, "Round 7"). The inbox would store them too. Both ways
updates arrive (polling: bot.inbox.polling.read_batch; webhook: bot.ops.webhook) drop
them before parsing.

A press in a person's own chat keeps even less of the pressed message: its id, date and
chat are all a handler reads there (which screen was tapped, and where to answer). Its
words and their formatting went through python-telegram-bot's parse at every press, and
into the inbox: on the summary screen they are the person's own details (name, phone
number), which then sat in a second table until the inbox's rows expired. Advisors'
presses in their groups keep the whole message (bot.handlers.advisor reads the message a
question replies to, and its topic). A reply in a person's own chat keeps as little of the
message it replies to: its id, date, chat and author are all bot.handlers.conversation
reads (which message of the bot's it answers), and a reply to the summary repeated the
person's details just the same.
"""

from __future__ import annotations

from typing import Any

#: The start of button data a handler reads (bot.advisor.held.PREFIX).
KEPT = "held:"
#: What a handler reads of the message whose button a person pressed in their own chat.
_PRESSED_KEPT = ("message_id", "date", "chat")
#: What it reads of that chat (python-telegram-bot needs its type to build it).
_CHAT_KEPT = ("id", "type")
#: What a handler reads of the message a person replies to in their own chat.
_REPLIED_KEPT = ("message_id", "date", "chat", "from")
#: Of its author: whether it is the bot (python-telegram-bot needs the first name).
_AUTHOR_KEPT = ("id", "is_bot", "first_name")
#: Where a person's message carries words of the bot's: a reply's quote of the replied
#: message (on the summary, the person's own number). No handler reads it.
_QUOTE = "quote"
#: Where a received update carries a message of the bot's, keyboard and all.
_CARRIERS = (
    ("callback_query", "message"),
    ("message", "reply_to_message"),
    ("edited_message", "reply_to_message"),
)


def _read(markup: Any) -> bool:
    """Whether a handler reads this keyboard: the question about a held message names the
    message and its lead only there (bot.advisor.held), and a reply to it needs them."""
    rows = markup.get("inline_keyboard") if isinstance(markup, dict) else None
    return any(
        str(button.get("callback_data", "")).startswith(KEPT)
        for row in rows or ()
        for button in row
        if isinstance(button, dict)
    )


def _private_chat(message: Any) -> dict[str, Any] | None:
    """The chat of ``message`` if it is a message in a person's own chat, else None."""
    chat = message.get("chat") if isinstance(message, dict) else None
    return chat if isinstance(chat, dict) and chat.get("type") == "private" else None


def _trimmed(carrier: Any, inner: str, kept: tuple[str, ...]) -> bool:
    """Trim ``carrier[inner]``, a message in a person's own chat, to its ``kept`` keys
    (in place); True if something was dropped."""
    message = carrier.get(inner) if isinstance(carrier, dict) else None
    chat = _private_chat(message)
    if not isinstance(message, dict) or chat is None:
        return False
    trimmed = {key: message[key] for key in kept if key in message}
    trimmed["chat"] = {key: chat[key] for key in _CHAT_KEPT if key in chat}
    author = message.get("from")
    if isinstance(author, dict) and "from" in trimmed:
        trimmed["from"] = {key: author[key] for key in _AUTHOR_KEPT if key in author}
    carrier[inner] = trimmed
    return trimmed != message


def _unquoted(message: Any) -> bool:
    """Drop the quote from ``message`` if it was written in a person's own chat (in
    place); True if there was one."""
    if not isinstance(message, dict) or _QUOTE not in message or _private_chat(message) is None:
        return False
    del message[_QUOTE]
    return True


def lean(update: dict[str, Any]) -> bool:
    """Drop the repeated inline keyboards from ``update``, and the words of a message
    pressed, replied to or quoted in a person's own chat (in place); True if there were
    any."""
    dropped = _trimmed(update.get("callback_query"), "message", _PRESSED_KEPT)
    for outer in ("message", "edited_message"):
        dropped = _trimmed(update.get(outer), "reply_to_message", _REPLIED_KEPT) or dropped
        dropped = _unquoted(update.get(outer)) or dropped
    for outer, inner in _CARRIERS:
        carrier = update.get(outer)
        message = carrier.get(inner) if isinstance(carrier, dict) else None
        if not isinstance(message, dict) or _read(message.get("reply_markup")):
            continue
        if message.pop("reply_markup", None) is not None:
            dropped = True
    return dropped
