"""Updates without the inline keyboards the bot sent itself: less to parse, less to keep.

Telegram repeats the pressed message in every callback query, and the replied-to
message in a reply, each with its whole inline keyboard. The bot never reads
those keyboards (it knows its own screens; a handler needs the message's id and
chat), yet python-telegram-bot builds an object for every button of them: with
screens of about seven buttons that was a tenth of a step's CPU in the in-process
step run (bench/README.md, "Round 7"). The inbox would store them too. Both ways
updates arrive (polling: bot.inbox.polling.read_batch; webhook: bot.ops.webhook) drop
them before parsing.
"""

from __future__ import annotations

from typing import Any

#: The start of button data a handler reads (bot.advisor.held.PREFIX).
KEPT = "held:"
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


def lean(update: dict[str, Any]) -> bool:
    """Drop the repeated inline keyboards from ``update`` (in place); True if there were any."""
    dropped = False
    for outer, inner in _CARRIERS:
        carrier = update.get(outer)
        message = carrier.get(inner) if isinstance(carrier, dict) else None
        if not isinstance(message, dict) or _read(message.get("reply_markup")):
            continue
        if message.pop("reply_markup", None) is not None:
            dropped = True
    return dropped
