"""/mydata and /delete (or the wish in words) from someone the bot does not know: never
met, or their data deleted. Nothing is shown or deleted, and nothing is stored to say so.

Pure. Run as a first step, either command stored the person anew (a Telegram name and
id again, seconds after "All your data has been deleted") only to show a copy of that
new record, or to ask whether to delete it; under it came the language screen, with
nothing to say why.
"""

from __future__ import annotations

from bot.dialogue.state import Command, Event, Press
from bot.dialogue.wish_read import WishRead
from bot.flows.navigation import Code
from bot.i18n import N_

#: Said above the greeting, whose language choice is the way to begin anew.
NOTHING_STORED = N_("We have no data stored about you.")

#: The privacy rights that have nothing to act on for someone unknown.
_RIGHTS = frozenset({"mydata", "delete"})


def asks_for_own_data(event: Event, read: WishRead | None) -> bool:
    """Whether ``event`` asks for a copy of one's data or their deletion: the command, or
    the wish typed in words (``read``, bot.dialogue.wish_read; in the language it was read
    in, or German or English): "Bitte löschen Sie meine Daten" as someone's first words
    stored them only to ask whether to delete that new record."""
    if isinstance(event, Command):
        return event.name in _RIGHTS
    return read is not None and read.right in _RIGHTS


def confirms_erasure(event: Event) -> bool:
    """Whether ``event`` is the tap on "Yes, delete everything". From someone the bot
    does not know it repeats a deletion already done (the second form of a double click
    that reached a restarted bot, with the deleted session's cookie): taken as a first
    step, it stored the deleted web session's code again, under "This button belongs to
    an earlier message"."""
    return isinstance(event, Press) and event.data.partition(":")[2] == Code.ERASE
