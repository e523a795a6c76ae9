"""Scheduled work on python-telegram-bot's JobQueue: the outbox and the reminders.

The callbacks here only fetch their arguments from the application and call
plain async functions (:func:`bot.outbox.worker.deliver_due`,
:func:`bot.advisor.reminders.check_reminders`) with the current time, so tests call
those directly with an advanced clock. All state lives in the database, so
nothing is lost when the process restarts.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram.ext import Application, CallbackContext, ContextTypes

from bot.advisor import reminders
from bot.config import Settings
from bot.outbox import worker
from bot.outbox.courier import Courier
from db.models import utcnow

log = logging.getLogger(__name__)

OUTBOX_KEY = "outbox"
JOBS_KEY = "jobs"
OUTBOX_INTERVAL = 3.0
REMINDER_INTERVAL = 60.0


def start(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Schedule the outbox worker and the reminder check (called from post_init)."""
    queue = application.job_queue
    if queue is None:  # pragma: no cover - the job-queue extra is a dependency
        log.error("python-telegram-bot has no JobQueue: install python-telegram-bot[job-queue]")
        return
    application.bot_data[JOBS_KEY] = True
    # A second instance may start while a slow run (paced by the rate limiter) goes on; it
    # returns at once instead of APScheduler logging a skipped run every few seconds.
    queue.run_repeating(
        _outbox_job,
        interval=OUTBOX_INTERVAL,
        first=1.0,
        name="outbox",
        job_kwargs={"max_instances": 2, "coalesce": True},
    )
    queue.run_repeating(_reminder_job, interval=REMINDER_INTERVAL, first=15.0, name="reminders")


def kick(context: CallbackContext[Any, Any, Any, Any]) -> None:
    """Deliver the outbox now rather than at the next interval (after an advisor's action)."""
    if context.bot_data.get(JOBS_KEY) and context.job_queue is not None:
        context.job_queue.run_once(_outbox_now, 0, name="outbox-now")


async def _outbox_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    outbox: Courier = context.bot_data[OUTBOX_KEY]
    if outbox.lock.locked():
        return  # a run (or a kick) is busy; the next interval picks up the rest
    await _outbox_now(context)


async def _outbox_now(context: ContextTypes.DEFAULT_TYPE) -> None:
    outbox: Courier = context.bot_data[OUTBOX_KEY]
    runtime = context.bot_data.get("runtime")
    if runtime is None:
        return
    await worker.deliver_due(runtime.sessionmaker, context.bot, utcnow(), outbox)


async def _reminder_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    settings: Settings = context.bot_data["settings"]
    runtime = context.bot_data.get("runtime")
    if runtime is None:
        return
    fired = await reminders.check_reminders(
        runtime.sessionmaker,
        utcnow(),
        unclaimed_hours=settings.reminder_unclaimed_hours,
        claimed_days=settings.reminder_claimed_days,
        tz=settings.timezone,
    )
    if fired:
        kick(context)
