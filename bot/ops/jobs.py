"""Scheduled work on python-telegram-bot's JobQueue: the outbox and the reminders.

The callbacks here only fetch their arguments from the services and call
plain async functions (:func:`bot.outbox.worker.deliver_due`,
:func:`bot.advisor.reminders.check_reminders`,
:func:`bot.advisor.erasure_warning.warn_before_erasure`) with the services' clock, so tests
call those directly with an advanced clock. All state lives in the database, so
nothing is lost when the process restarts.
"""

from __future__ import annotations

import logging

from bot.advisor import erasure_warning, reminders
from bot.outbox import worker
from bot.services import BotApplication, BotContext

log = logging.getLogger(__name__)

OUTBOX_INTERVAL = 3.0
REMINDER_INTERVAL = 60.0


def start(application: BotApplication) -> None:
    """Schedule the outbox worker and the reminder check (called from post_init)."""
    queue = application.job_queue
    if queue is None:  # pragma: no cover - the job-queue extra is a dependency
        log.error("python-telegram-bot has no JobQueue: install python-telegram-bot[job-queue]")
        return
    application.bot_data.services.jobs_running = True
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


def kick(application: BotApplication) -> None:
    """Deliver the outbox now rather than at the next interval (after a lead or an action)."""
    if application.bot_data.services.jobs_running and application.job_queue is not None:
        application.job_queue.run_once(_outbox_now, 0, name="outbox-now")


async def _outbox_job(context: BotContext) -> None:
    if context.services.outbox.lock.locked():
        return  # a run (or a kick) is busy; the next interval picks up the rest
    await _outbox_now(context)


async def _outbox_now(context: BotContext) -> None:
    services = context.services
    try:
        await worker.deliver_due(
            services.sessionmaker, context.bot, services.clock(), services.outbox
        )
    except Exception as error:
        # The database is away: the next run tries again; logged once per outage.
        if not services.outage.failed(error):
            raise


async def _reminder_job(context: BotContext) -> None:
    services = context.services
    settings = services.settings
    try:
        now = services.clock()
        fired = await reminders.check_reminders(
            services.sessionmaker,
            now,
            unclaimed_hours=settings.reminder_unclaimed_hours,
            claimed_days=settings.reminder_claimed_days,
            tz=settings.timezone,
        )
        warned = await erasure_warning.warn_before_erasure(
            services.sessionmaker,
            now,
            retention_days=settings.retention_days,
            tz=settings.timezone,
            # An office without a group is told in the web inbox and by mail, as under `web`.
            advisors=services.advisors,
            smtp=bool(settings.smtp_host),
        )
    except Exception as error:
        if not services.outage.failed(error):
            raise
        return
    if fired or warned:
        kick(context.application)
