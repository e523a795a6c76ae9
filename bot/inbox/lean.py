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

#: Where a received update carries a message of the bot's, keyboard and all.
_CARRIERS = (
    ("callback_query", "message"),
    ("message", "reply_to_message"),
    ("edited_message", "reply_to_message"),
)


def lean(update: dict[str, Any]) -> bool:
    """Drop the repeated inline keyboards from ``update`` (in place); True if there were any."""
    dropped = False
    for outer, inner in _CARRIERS:
        carrier = update.get(outer)
        message = carrier.get(inner) if isinstance(carrier, dict) else None
        if isinstance(message, dict) and message.pop("reply_markup", None) is not None:
            dropped = True
    return dropped
