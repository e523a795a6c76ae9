"""Polled updates: each parsed once, and the whole batch stored before the Updater sees it.

python-telegram-bot's ``Bot.get_updates`` decodes Telegram's answer and parses every
update; the inbox must store the batch before that answer reaches the Updater, and
must also know that python-telegram-bot can parse each update (one it cannot would
fail the whole batch, and the Updater would ask for the same offset forever).
Done in the transport alone, that was a second JSON decode, a second parse and a
re-encode of every batch that had a keyboard to drop: 9-17 % of a polled step's CPU
as fast as answered (bench/README.md, "Round 9"). Here the transport keeps the decoded batch
and hands python-telegram-bot an empty one, and :class:`InboxBot` parses each update
once, with itself as the bot, stores the batch and returns the updates.
"""

from __future__ import annotations

import asyncio
import json
import logging
from http import HTTPStatus
from typing import Any

from telegram import Bot, Update
from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.ext import ExtBot
from telegram.request import BaseRequest, RequestData

from bot.inbox.lean import lean
from bot.inbox.store import Inbox, Row, dumps
from bot.ops.errors import describe_updates

log = logging.getLogger(__name__)

#: What the transport hands python-telegram-bot in place of a batch it keeps.
_NO_UPDATES = b'{"ok":true,"result":[]}'


class PolledBatches(BaseRequest):
    """The transport of getUpdates: it keeps each answer's updates for :class:`InboxBot`.

    python-telegram-bot still makes the call (its parameters, timeouts and error
    mapping) and is answered with no updates; the updates wait in :attr:`kept`.
    """

    def __init__(self, inner: BaseRequest) -> None:
        self._inner = inner
        #: The decoded updates of the last answer, until the bot takes them.
        self.kept: list[Any] | None = None

    @property
    def read_timeout(self) -> float | None:
        """The wrapped transport's read timeout."""
        return self._inner.read_timeout

    async def initialize(self) -> None:
        """Initialize the wrapped transport."""
        await self._inner.initialize()

    async def shutdown(self) -> None:
        """Shut the wrapped transport down."""
        await self._inner.shutdown()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send through the wrapped transport; keep getUpdates' updates."""
        status, payload = await self._inner.do_request(
            url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
        )
        if status != HTTPStatus.OK or not url.endswith("/getUpdates"):
            return status, payload
        try:
            result = json.loads(payload).get("result")
        except (ValueError, AttributeError):
            return status, payload  # not Telegram's answer: python-telegram-bot reports it
        if not isinstance(result, list):
            return status, payload
        self.kept = result
        return status, _NO_UPDATES

    def take(self) -> list[Any]:
        """The updates of the last answer (none if it had none or failed)."""
        kept, self.kept = self.kept, None
        return kept or []


class InboxBot(ExtBot[Any]):
    """python-telegram-bot's bot, whose getUpdates parses each update once and
    returns a batch only once the inbox has it (see the module)."""

    __slots__ = ("_batches", "_inbox", "_polling")

    def __init__(self, *, inbox: Inbox, get_updates_request: BaseRequest, **kwargs: Any) -> None:
        batches = PolledBatches(get_updates_request)
        super().__init__(get_updates_request=batches, **kwargs)
        self._batches = batches
        self._inbox = inbox
        #: The Updater polls one call at a time; a second caller waits, so that each
        #: takes the batch of its own call.
        self._polling = asyncio.Lock()

    async def get_updates(self, *args: Any, **kwargs: Any) -> tuple[Update, ...]:
        """Telegram's next batch, each update parsed once and the batch stored in the inbox."""
        async with self._polling:
            self._batches.take()  # nothing left over from a call that failed
            await super().get_updates(*args, **kwargs)
            items = self._batches.take()
        updates, rows = read_batch(items, self)
        await self._inbox.receive_batch(rows)
        for update in updates:
            self.insert_callback_data(update)  # as ExtBot.get_updates does
        return updates


def read_batch(items: list[Any], bot: Bot | None) -> tuple[tuple[Update, ...], list[Row]]:
    """Each update of a getUpdates answer parsed, and as the inbox stores it (its JSON as
    Telegram sent it: serializing a parsed update again costs more than the insert),
    both without the keyboards of the bot's own messages (bot.inbox.lean).

    One update python-telegram-bot cannot parse would fail the whole batch, and the
    Updater would then ask for the same offset again, forever: polling would stop at
    it. Such an update is replaced by its bare id, so it is stored, marked done like
    any other, and the offset moves on. Its content is not kept or logged (it can hold
    what a person typed); its id and type are.
    """
    updates: list[Update] = []
    rows: list[Row] = []
    for item in items:
        if isinstance(item, dict):
            lean(item)
        try:
            update = Update.de_json(item, bot)
        except Exception:  # whatever the library raises on it, the update is unreadable
            log.warning(
                "skipped an update python-telegram-bot cannot read: %s", describe_updates(item)
            )
            update_id = item.get("update_id") if isinstance(item, dict) else None
            if not isinstance(update_id, int):
                continue  # nothing to store, nor to confirm: Telegram sends none such
            bare = {"update_id": update_id}
            updates.append(Update.de_json(bare, bot))
            rows.append((update_id, None, dumps(bare)))
            continue
        chat = update.effective_chat
        updates.append(update)
        rows.append((update.update_id, chat.id if chat else None, dumps(item)))
    return tuple(updates), rows
