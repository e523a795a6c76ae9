"""One chat's turn: its messages logged in the order they arrived, whatever the channel.

Updates and web requests run concurrently, so without it two messages of one chat
could commit, and be delivered, in swapped order. The same turns keep a person's
Telegram update routed, stepped and answered before their next (bot.handlers.user),
a lead topic's messages and taps one at a time (bot.handlers.conversation.topic_turn),
and a card's edits (bot.advisor.work.card_turn).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Hashable
from contextlib import asynccontextmanager

#: chat key -> (lock, how many hold or wait for it).
_IN_ORDER: dict[Hashable, tuple[asyncio.Lock, list[int]]] = {}


@asynccontextmanager
async def in_order(chat: Hashable) -> AsyncIterator[None]:
    """Hold ``chat``'s turn (a Telegram chat id, or a web person's key) while logging."""
    lock, users = _IN_ORDER.setdefault(chat, (asyncio.Lock(), [0]))
    users[0] += 1
    try:
        async with lock:
            yield
    finally:
        users[0] -= 1
        if users[0] == 0:
            del _IN_ORDER[chat]  # nobody waits: a quiet chat keeps no lock
