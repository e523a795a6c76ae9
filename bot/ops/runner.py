"""Run the Telegram application until SIGTERM/SIGINT or ``stop_running()``, then stop it
in order: no new updates, the ones in progress finish, the database closes last.

python-telegram-bot's ``run_polling`` raises SystemExit from its signal handler and runs
each start-up and shutdown phase with its own ``run_until_complete``. A signal that lands in
the loop turn in which a start-up phase completes (post_init sending an owed reply, say)
leaves that phase's "stop the loop" callback queued; the shutdown's next
``run_until_complete`` then ends at once with "Event loop stopped before Future completed":
exit 1, the inbox's last done marks and the database's close skipped. Seen when SIGTERM came
within milliseconds of a restart's owed reply. Here a signal only sets an event, and start,
wait and stop are awaited in one coroutine, so there is no such turn.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Awaitable, Callable
from typing import Any

from telegram.error import TelegramError
from telegram.ext import Application
from telegram.request import BaseRequest

from bot.inbox.feed import InboxApplication

AnyApplication = Application[Any, Any, Any, Any, Any, Any]
#: Stops taking updates (polling or the webhook server).
StopUpdates = Callable[[], Awaitable[Any]]
#: Starts taking updates; returns how to stop.
StartUpdates = Callable[[AnyApplication], Awaitable[StopUpdates]]


def run(application: AnyApplication, start_updates: StartUpdates) -> None:
    """Serve ``application`` until a stop signal or ``application.stop_running()``."""
    asyncio.run(_serve(application, start_updates))


async def start_polling(application: AnyApplication) -> StopUpdates:
    """Long polling, as ``run_polling`` starts it (getUpdates errors reach the error handler)."""
    updater = application.updater
    if updater is None:
        raise RuntimeError("long polling needs the application's Updater")

    def error_callback(error: TelegramError) -> None:
        application.create_task(application.process_error(error=error, update=None))

    await updater.start_polling(
        allowed_updates=None, drop_pending_updates=False, error_callback=error_callback
    )
    return updater.stop


async def _serve(application: AnyApplication, start_updates: StartUpdates) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for number in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(number, stop.set)
    if isinstance(application, InboxApplication):
        application.stop_requested = stop  # its stop_running() sets the event
    try:
        try:
            await application.initialize()
        except Exception:
            # getMe failed (Telegram unreachable): the library shuts its Bot API clients
            # down only after a successful start, and their sessions were reported unclosed.
            await asyncio.gather(*(request.shutdown() for request in _requests(application)))
            raise
        async with application:  # initialized above; shutdown on the way out
            post_init = application.post_init
            if post_init is not None and not await _unless_stopped(stop, post_init(application)):
                return  # stopped while starting (waiting for the instance lock, say)
            if stop.is_set():
                return
            stop_updates = await start_updates(application)
            await application.start()
            try:
                await stop.wait()
            finally:
                # No new updates first; then the ones in progress finish (Application.stop).
                await stop_updates()
                await application.stop()
                if application.post_stop is not None:
                    await application.post_stop(application)
    finally:
        if isinstance(application, InboxApplication):
            application.stop_requested = None
        if application.post_shutdown is not None:
            await application.post_shutdown(application)


def _requests(application: AnyApplication) -> tuple[BaseRequest, ...]:
    # python-telegram-bot keeps getUpdates' client and the other calls' in Bot._request.
    return tuple(getattr(application.bot, "_request", ()))


async def _unless_stopped(stop: asyncio.Event, work: Awaitable[None]) -> bool:
    """Await ``work`` unless a stop comes first, which cancels it; True if it finished."""
    task = asyncio.ensure_future(work)
    stopped = asyncio.ensure_future(stop.wait())
    await asyncio.wait({task, stopped}, return_when=asyncio.FIRST_COMPLETED)
    if task.done():
        stopped.cancel()
        task.result()  # its exception, if it failed
        return True
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    return False
