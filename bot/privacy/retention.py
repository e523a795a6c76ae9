"""Retention: personal data of closed leads is removed RETENTION_DAYS after closing, and
of open leads on which nothing happened for RETENTION_DAYS (bot.privacy.idle).

The same run serves ``python -m bot purge`` and a daily job in the running bot.
What is due is derived from the database each time, so a restart or a missed
night loses nothing: the next run catches up.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.desk import sessions as desk_sessions
from bot.dialogue.state import SESSION_COOKIE_DAYS
from bot.privacy import erasure_journal, kept_files, leftovers, rights
from bot.privacy.kept_files import KeptFile
from bot.privacy.rights import PurgeReport
from bot.services import BotApplication, BotContext, Services
from db import repository
from db.names import compact_search_index

log = logging.getLogger(__name__)

#: Telegram redelivers an update for at most a day; older dedup ids are dead weight.
PROCESSED_UPDATES_KEPT = timedelta(days=7)
#: A web session's spam-check proof: expired after 20 minutes (bot.web.proof.LIFETIME) and
#: then no longer replayable; kept a day so that a session in the middle of a dialogue
#: at the nightly run need not prove itself again.
PROOFS_KEPT = timedelta(days=1)
#: Local time of the daily run: a quiet hour.
DAILY_AT = time(3, 30)
#: The time between two runs (the daily job, or `python -m bot purge` from a daily cron):
#: each run removes what would pass RETENTION_DAYS before the next one.
EVERY = timedelta(days=1)
JOB_NAME = "retention"


def removed_at(due: datetime, tz: str, *, now: datetime) -> datetime:
    """When the daily run removes what is due at ``due``: the first run at
    :data:`DAILY_AT` from which ``due`` is less than :data:`EVERY` away, and not before
    ``now`` (what is overdue goes at the next run)."""
    return _next_run(max(due - EVERY, now), tz)


def _next_run(after: datetime, tz: str) -> datetime:
    """The first daily run at :data:`DAILY_AT` at or after ``after``."""
    zone = ZoneInfo(tz)
    local = after.astimezone(zone)
    run = datetime.combine(local.date(), DAILY_AT, zone)
    return run if run >= local else datetime.combine(local.date() + EVERY, DAILY_AT, zone)


@dataclass
class RetentionRun:
    """What one run removed (or, on a dry run, would remove)."""

    purge: PurgeReport
    processed_updates: int = 0
    proofs: int = 0
    advisor_sessions: int = 0
    #: Audit rows taken out of the trail (AUDIT_DAYS): deleted, or left without whom.
    audit_events: int = 0
    audit_days: int | None = None
    #: Temporary files interrupted exports and backups left (bot.privacy.leftovers).
    export_files: int = 0
    #: Finished exports and backups older than their period, still on the server.
    kept: list[KeptFile] = field(default_factory=list)

    def describe(self, *, dry_run: bool) -> str:
        """One line per kind of data, for the command line."""
        verb = "would remove" if dry_run else "removed"
        leads = self.purge.leads
        ids = _ids(leads)
        return "\n".join(
            [
                f"{verb} personal data of {len(leads)} closed lead(s){ids}",
                f"{verb} personal data of {len(self.purge.idle)} open lead(s) without "
                f"activity{_ids(self.purge.idle)}",
                f"{verb} {self.purge.conversations} abandoned conversation(s)",
                f"{verb} {self.purge.users} user(s) whose requests hold no personal data",
                f"{verb} {self.processed_updates} old processed-update id(s)",
                f"{verb} {self.proofs} expired spam-check proof(s) of the web chat",
                f"{verb} {self.advisor_sessions} expired inbox session(s)",
                f"{verb} {self.export_files} temporary file(s) left by interrupted exports "
                "or backups",
                (
                    f"{verb} the advisors from {self.audit_events} audit event(s) older than "
                    f"{self.audit_days} day{'' if self.audit_days == 1 else 's'}"
                    if self.audit_days
                    else "audit events are kept without a limit (AUDIT_DAYS is not set)"
                ),
                *(f"warning: {file.warning()}" for file in self.kept),
            ]
        )


def _ids(leads: list[int]) -> str:
    return f" (ids {', '.join(map(str, leads))})" if leads else ""


async def run(
    sessionmaker: async_sessionmaker[AsyncSession],
    retention_days: int,
    *,
    now: datetime,
    dry_run: bool = False,
    audit_days: int | None = None,
    backup_days: int | None = None,
) -> RetentionRun:
    """Purge what is due at ``now`` in one transaction; a dry run counts, then rolls back.
    ``audit_days`` (AUDIT_DAYS): how long the audit trail names the advisors; None: always.
    Finished exports older than ``retention_days`` and backups older than ``backup_days``
    (BACKUP_DAYS; None: not looked for) still on the server are named in the result: the
    command line prints them, the nightly run logs them (both did, and a terminal showed
    each twice)."""
    async with sessionmaker() as session:
        report = await rights.purge(session, now, retention_days, dry_run=dry_run, until_next=EVERY)
        updates = await repository.purge_processed_updates(
            session, older_than=now - PROCESSED_UPDATES_KEPT
        )
        proofs = await repository.purge_proofs(session, solved_before=now - PROOFS_KEPT)
        # An erased session's cookie has expired: nothing left to start anew.
        await repository.purge_retired_sessions(
            session, retired_before=now - timedelta(days=SESSION_COOKIE_DAYS)
        )
        advisor_sessions = await desk_sessions.delete_expired(session, now)
        # Read before the audit is aged: an export's row may go tonight, its file too.
        rows = await leftovers.written_rows(session)
        written = leftovers.files_of(rows)
        # A file still there keeps its row (without whom), so that every night names it.
        audit_events = (
            await repository.age_audit(
                session,
                before=now - timedelta(days=audit_days),
                spare=leftovers.still_there(rows),
            )
            if audit_days
            else 0
        )
        if dry_run:
            await session.rollback()
        else:
            # Names erased today (here or by /delete) leave the search index's pages too.
            await compact_search_index(session)
            await session.commit()
    files = leftovers.sweep(leftovers.directories_of(written), now, dry_run=dry_run)
    kept = kept_files.kept_too_long(
        written, now, retention_days=retention_days, backup_days=backup_days
    )
    return RetentionRun(
        report, updates, proofs, advisor_sessions, audit_events, audit_days, len(files), kept
    )


class Nightly:
    """When the daily run is due in a process without python-telegram-bot's JobQueue
    (`python -m bot web`, which serves the web chat and the inbox without Telegram): at
    :data:`DAILY_AT` in ``tz``, from the first such hour after ``now``."""

    def __init__(self, tz: str, now: datetime) -> None:
        self._tz = tz
        self._next = _next_run(now, tz)

    def due(self, now: datetime) -> bool:
        """Whether the run is due at ``now``; True once per night, also after a pause."""
        if now < self._next:
            return False
        self._next = _next_run(now + timedelta(seconds=1), self._tz)
        return True


async def daily_job(context: BotContext) -> None:
    """The JobQueue callback: :func:`nightly`."""
    await nightly(context.services)


async def nightly(services: Services) -> None:
    """Purge what is due now, and log counts (never personal data)."""
    settings = services.settings
    now = services.clock()
    # Only a start dropped them: a bot running for months kept every line (the ids, an
    # advisor's too) past BACKUP_DAYS. Here, in the one bot process, not in `purge`,
    # another process, which could drop a line the bot appends meanwhile.
    journal = erasure_journal.path_for(settings.database_url, settings.erasure_journal)
    if journal is not None:
        erasure_journal.drop_outdated(journal, now, settings.backup_days)
    result = await run(
        services.sessionmaker,
        settings.retention_days,
        now=now,
        audit_days=settings.audit_days,
        backup_days=settings.backup_days,
    )
    log.info(
        "retention: %d closed and %d idle open lead(s) anonymized, %d conversation(s), "
        "%d user(s), %d proof(s), %d inbox session(s) and %d temporary file(s) removed, "
        "%d audit event(s) aged",
        len(result.purge.leads),
        len(result.purge.idle),
        result.purge.conversations,
        result.purge.users,
        result.proofs,
        result.advisor_sessions,
        result.export_files,
        result.audit_events,
    )
    for file in result.kept:
        log.warning("%s", file.warning())


def schedule(application: BotApplication) -> None:
    """Run :func:`daily_job` every night at :data:`DAILY_AT` in TIMEZONE."""
    if application.job_queue is None:
        # Without python-telegram-bot's job-queue extra: run `python -m bot purge` from cron.
        log.warning("no JobQueue: schedule `python -m bot purge` daily instead")
        return
    at = DAILY_AT.replace(tzinfo=ZoneInfo(application.bot_data.services.settings.timezone))
    application.job_queue.run_daily(daily_job, at, name=JOB_NAME)
