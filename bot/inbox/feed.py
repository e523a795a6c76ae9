"""python-telegram-bot fed from the inbox: store before acknowledging, mark done after handling.

Both ways updates arrive end in ``update_queue.put``: the Updater's polling loop
asks Telegram for the next batch (which confirms the previous one) only after
every ``put`` returned, and the webhook server answers 200 only after ``put``
returned. :class:`InboxQueue` commits the update to the inbox inside ``put`` (a
polled batch was stored whole before, bot.inbox.polling), so Telegram is never
told of an update that is not stored. The Application's
own dispatcher then runs the handlers; :class:`InboxApplication` marks the row
done after them, and a dialogue step has already claimed it in its own
transaction (bot.dialogue.service), so a redelivered update is stepped once. A
person's message or press that comes by webhook is handled first, and that claim
stores it (:meth:`InboxQueue.hand_over`).
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application

from bot.dialogue import engine
from bot.dialogue.state import State
from bot.handlers.user import CHANNEL
from bot.inbox.store import Inbox
from bot.ops.outage import Outage
from bot.outbox import botapi, screens
from bot.services import BotApplication
from db import repository
from db.vocabulary import InboxState

log = logging.getLogger(__name__)

#: Seconds between attempts to store an update while the database refuses writes.
_FIRST_RETRY = 0.2
_LAST_RETRY = 5.0


class InboxQueue(asyncio.Queue[object]):
    """The application's update queue: an update is queued once committed to the inbox,
    or (one whose handlers claim its id themselves) to be stored by that claim."""

    def __init__(self, inbox: Inbox, outage: Outage) -> None:
        super().__init__()
        self.inbox = inbox
        self.outage = outage
        #: Told once about an update that cannot be stored yet (bot.app: an apology).
        self.on_stuck: Callable[[Update], Awaitable[None]] | None = None
        #: Whether every handler of an update claims its id in the transaction that keeps
        #: its effect (bot.app: bot.handlers.user.claims_its_update).
        self.claimed_by_handlers: Callable[[Update], bool] = lambda update: False

    async def put(self, item: object) -> None:
        """Store an update and queue it; a redelivery already stored is skipped.

        Returns only once the update is stored: until then Telegram keeps it (the
        polling loop does not confirm it, the webhook does not answer 200).
        """
        if isinstance(item, Update):
            await self.hand_over(item, partial(super().put, item))
        else:
            await super().put(item)

    async def hand_over(
        self, update: Update, handle: Callable[[], Awaitable[None]], raw: str | None = None
    ) -> None:
        """Store ``update`` (Telegram's JSON ``raw``, if at hand) and ``handle`` it; return
        once both are done.

        An update whose handlers claim its id themselves (a person's message or press:
        the dialogue's step, a message passed to an advisor) is handled first: a step's
        claim stores its row in the step's own transaction, so the inbox's separate commit
        (a wait for the disk in every step, bench/README.md "Round 15") is left out. Only
        one handled without such a claim is stored afterwards. Telegram is answered in
        either case only once the row is stored, and a redelivery is a claim that finds
        the id taken. A polled update is stored first (its batch was, or failed to be),
        and so is every update during an outage: it waits for the database instead of
        being answered "please try again".
        """
        early = not self.outage.down and not self.inbox.fetched(update.update_id)
        kept = (
            self.inbox.expect(update.update_id)
            if early and self.claimed_by_handlers(update)
            else None
        )
        if kept is not None:
            try:
                await handle()
            except BaseException:
                self.inbox.abandon(update.update_id)
                raise
            if not await kept:
                await self._store(update, raw, tell=False)
            return
        if not await self._store(update, raw):
            log.info("update %s is in the inbox already (a redelivery)", update.update_id)
            return
        await handle()

    async def _store(self, update: Update, raw: str | None = None, *, tell: bool = True) -> bool:
        delay = _FIRST_RETRY
        told = False
        while True:
            try:
                stored = await self.inbox.receive(update, raw)
            except Exception as error:  # PTB's polling loop would end on it: retry instead
                if not told:
                    told = True
                    if not self.outage.failed(error):
                        log.warning(
                            "could not store update %s in the inbox, retrying (%s)",
                            update.update_id,
                            type(error).__name__,
                        )
                    if tell and self.on_stuck is not None:
                        await self.on_stuck(update)
            else:
                self.outage.recovered()
                return stored
            await asyncio.sleep(delay)
            delay = min(delay * 2, _LAST_RETRY)

    async def replay(self, update: Update) -> None:
        """Queue an update that is in the inbox already (a restart's leftovers)."""
        await super().put(update)


class InboxApplication(Application[Any, Any, Any, Any, Any, Any]):
    """python-telegram-bot's Application, marking each inbox row done once handled."""

    def __init__(self, *, inbox: Inbox, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.inbox = inbox
        #: Set while bot.ops.runner serves this application: stop_running() sets it.
        self.stop_requested: asyncio.Event | None = None

    def stop_running(self) -> None:
        """Stop serving (the bot stops itself, bot.ops.instance): through bot.ops.runner's
        event when it serves, which never stops the loop under a pending start-up phase."""
        if self.stop_requested is not None:
            self.stop_requested.set()
        else:
            super().stop_running()

    async def stop(self) -> None:
        """Stop taking outbox work first: Application.stop waits for running jobs, and a
        backlog paced at Telegram's rate would hold SIGTERM past systemd's stop timeout."""
        self.bot_data.services.outbox.stopping = True
        await super().stop()

    async def shutdown(self) -> None:
        """Write the last done marks while the database is still open, then shut down."""
        await self.inbox.close()
        await super().shutdown()

    async def process_update(self, update: object) -> None:
        """Run the handlers, then mark the update done (its reply has been sent by then)."""
        try:
            await super().process_update(update)
        except BaseException:
            if isinstance(update, Update):
                self.inbox.abandon(update.update_id)
            raise
        if isinstance(update, Update):
            self.inbox.finish(update.update_id)


def inbox_of(application: BotApplication) -> Inbox:
    """The inbox ``application`` is fed from."""
    if not isinstance(application, InboxApplication):
        raise TypeError("the application was not built by bot.app.build_application")
    return application.inbox


async def recover(application: BotApplication) -> None:
    """Before new updates: send the replies a crash left owed, queue the updates left waiting.

    A stepped row's step is committed but its reply may not have reached the person:
    they get their current screen, unless it is found after the newest message id the
    row recorded (bot.outbox.screens.send_owed: Telegram has no idempotency key).
    Waiting rows go to the queue in order.
    """
    inbox = inbox_of(application)
    queue = application.update_queue
    owed: dict[int, list[int]] = {}
    after: dict[int, int | None] = {}
    replayed = answered = 0
    for row in await inbox.waiting():
        if row.state == InboxState.STEPPED and row.chat_id is not None:
            owed.setdefault(row.chat_id, []).append(row.update_id)
            after[row.chat_id] = row.reply_after  # the newest step's
        elif row.state == InboxState.RECEIVED and row.payload and isinstance(queue, InboxQueue):
            await queue.replay(Update.de_json(json.loads(row.payload), application.bot))
            replayed += 1
        else:
            # Nothing to replay or answer (no payload, or no chat to answer in).
            inbox.finish(row.update_id)
    for chat_id, update_ids in owed.items():
        await _show_current_screen(application, chat_id, after.get(chat_id))
        answered += 1
        for update_id in update_ids:
            inbox.finish(update_id)
    await inbox.flush()
    if replayed or answered:
        log.info(
            "inbox at start: %d update(s) queued again, %d reply(ies) sent", replayed, answered
        )


async def _show_current_screen(
    application: BotApplication, chat_id: int, after: int | None
) -> None:
    services = application.bot_data.services
    async with services.sessionmaker() as session:
        found = await repository.users_with_state(session, CHANNEL, [str(chat_id)])
    stored = found.get(str(chat_id))
    if stored is None or stored[1] is None:
        return  # erased meanwhile: nothing left to show
    state = State.from_dict(stored[1])
    screen = engine.render(state, services.dialogue.context(CHANNEL), [])
    keyboard = botapi.inline_keyboard(screen)
    send = partial(botapi.send_owed, application.bot, chat_id, screen.text, keyboard, after)
    try:
        await botapi.deliver(send, what="screen")
    except TelegramError as error:
        # The person's next tap, even the same one again, is then answered with the screen.
        screens.person_chat(application.bot, chat_id).behind = True
        log.warning("could not send an owed reply (%s)", type(error).__name__)
