"""Operator commands: online backup and restore of SQLite, retention purge, the daily job."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
from datetime import UTC, timedelta
from functools import partial
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.__main__ import main
from bot.advisor import claims, wording
from bot.app import build_application, build_services
from bot.config import Settings
from bot.dialogue.service import Dialogue
from bot.dialogue.state import Start
from bot.privacy import retention
from bot.privacy.rights import PurgeReport
from bot.services import BotContext
from db.models import (
    AdvisorAccount,
    AdvisorSession,
    AltchaSolution,
    AuditEvent,
    InboundUpdate,
    Lead,
    User,
)
from db.session import normalize_url, sqlite_file_path
from tests.conftest import external_database_url
from tests.dialogue_driver import NOW, Person, make_dialogue, walk_to_summary
from tests.telegram_harness import TOKEN

sqlite_only = pytest.mark.skipif(
    external_database_url() is not None, reason="backups of a SQLite file"
)


def database_file(database_url: str) -> Path:
    path = sqlite_file_path(normalize_url(database_url))
    assert path is not None
    return path


async def send_a_lead(sessionmaker: async_sessionmaker[AsyncSession], user_id: str) -> None:
    person = Person(make_dialogue(sessionmaker), user_id)
    await walk_to_summary(person)
    await person.press("Send")


async def run_cli(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, database_url: str, *args: str
) -> int:
    """``python -m bot ARGS`` in this process (in a thread: it runs its own event loop)."""
    monkeypatch.chdir(tmp_path)  # no .env from the repository
    monkeypatch.setenv("DATABASE_URL", database_url)
    # The dialogue driver's clock: leads stamped by it are judged by it.
    return await asyncio.to_thread(partial(main, list(args), clock=lambda: NOW))


@sqlite_only
async def test_online_backup_of_a_live_database_and_restore(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    await send_a_lead(sessionmaker, "2001")
    live = database_file(database_url)
    # The lead is still in the write-ahead log, not yet in the main file.
    assert live.with_name(live.name + "-wal").stat().st_size > 0

    # The bot keeps writing while the backup runs in its own process.
    writer = make_dialogue(sessionmaker)
    writing = asyncio.create_task(keep_talking(writer))
    target = tmp_path / "backups" / "kausa-2026-11-25.db"
    target.parent.mkdir()
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "backup",
        str(target),
        cwd=tmp_path,
        env={"DATABASE_URL": database_url, "PATH": ""},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await process.communicate()
    writing.cancel()
    # Let the writer finish unwinding before the fixture disposes of its engine.
    with contextlib.suppress(asyncio.CancelledError):
        await writing
    await writer.close()
    assert process.returncode == 0, output.decode()
    assert f"backup written to {target}" in output.decode() and "1 leads" in output.decode()

    # One self-contained file, readable by its owner only, that passes SQLite's check.
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not target.with_name(target.name + "-wal").exists()
    with sqlite3.connect(target) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert copy.execute("SELECT name FROM leads").fetchall() == [("Ayşe Yılmaz",)]
    assert list(target.parent.iterdir()) == [target]  # no partial file left behind

    # Restore as docs/operations.md says: bot stopped, file copied in place, WAL files gone.
    await sessionmaker.kw["bind"].dispose()
    for suffix in ("-wal", "-shm"):
        live.with_name(live.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(target, live)
    services = build_services(Settings(database_url=database_url, _env_file=None))  # type: ignore[call-arg]
    try:
        async with services.sessionmaker() as session:
            names = (await session.execute(sa.select(Lead.name))).scalars().all()
        assert names == ["Ayşe Yılmaz"]
        person = Person(services.dialogue, "2002")
        await person.send(Start("en"))  # and the restored database takes new writes
    finally:
        await services.close()


async def keep_talking(dialogue: Dialogue) -> None:
    person = Person(dialogue, "2003")
    while True:
        await person.send(Start("en"))
        await asyncio.sleep(0)


async def backup_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, database_url: str, capsys: Any, target: str
) -> str:
    """``python -m bot backup TARGET`` refused: exit code 2 and one line, no traceback."""
    assert await run_cli(monkeypatch, tmp_path, database_url, "backup", target) == 2
    err = str(capsys.readouterr().err)
    assert "Traceback" not in err and err.startswith("error: ")
    return err


@sqlite_only
async def test_backup_never_overwrites_a_file(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    existing = tmp_path / "kausa.db"
    existing.write_bytes(b"yesterday's backup")
    refused = await backup_refused(monkeypatch, tmp_path, database_url, capsys, str(existing))
    assert "already exists" in refused
    assert existing.read_bytes() == b"yesterday's backup"


@sqlite_only
async def test_a_backup_to_a_symbolic_link_is_written_to_the_file_it_names(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    # backups/latest.db, a link to tonight's file on the backup volume: the link was
    # replaced by the copy, and the volume never got it.
    volume = tmp_path / "volume"
    volume.mkdir()
    tonight = volume / "kausa-2026-12-05.db"
    link = tmp_path / "latest.db"
    link.symlink_to(tonight)
    assert await run_cli(monkeypatch, tmp_path, database_url, "backup", str(link)) == 0
    assert f"backup written to {tonight} " in capsys.readouterr().out
    assert link.is_symlink() and link.readlink() == tonight
    with sqlite3.connect(tonight) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert stat.S_IMODE(tonight.stat().st_mode) == 0o600
    assert list(volume.iterdir()) == [tonight]  # no partial file left behind


@sqlite_only
async def test_a_copy_left_by_a_killed_backup_goes_with_the_nightly_purge(
    database_url: str,
    sessionmaker: async_sessionmaker[AsyncSession],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """DPO: `backup` killed half-way (a reboot, the OOM killer) left `.NAME.partial`, a
    copy of every person's data; only the backup timer's directory was cleaned of it. The
    purge now sweeps every directory an audited backup wrote to; a copy still being
    written stays."""
    await send_a_lead(sessionmaker, "2005")
    backups = tmp_path / "manual"
    backups.mkdir()
    assert await run_cli(monkeypatch, tmp_path, database_url, "backup", "manual/first.db") == 0
    for name, minutes_old in ((".second.db.partial", 60), (".third.db.partial", 1)):
        left = backups / name
        left.write_bytes(b"SQLite format 3\x00" + bytes(100))
        left.chmod(0o600)
        os.utime(left, (NOW.timestamp() - minutes_old * 60,) * 2)
    assert await run_cli(monkeypatch, tmp_path, database_url, "purge") == 0
    assert sorted(path.name for path in backups.iterdir()) == [".third.db.partial", "first.db"]


@sqlite_only
async def test_a_backup_is_audited_under_the_administrator_who_took_it(
    database_url: str,
    sessionmaker: async_sessionmaker[AsyncSession],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
) -> None:
    # A copy of every person's data left no trace of who took it; "export" did.
    await send_a_lead(sessionmaker, "2004")
    monkeypatch.setenv("SUDO_USER", "admin-lina")
    copy = tmp_path / "kausa-2026-11-25.db"
    assert await run_cli(monkeypatch, tmp_path, database_url, "backup", str(copy)) == 0
    # A refused backup wrote no copy, so it is not recorded as one.
    await backup_refused(monkeypatch, tmp_path, database_url, capsys, str(copy))
    async with sessionmaker() as session:
        events = (
            (await session.execute(sa.select(AuditEvent).where(AuditEvent.action == "backup")))
            .scalars()
            .all()
        )
    assert [(e.actor_name, e.lead_id, e.detail) for e in events] == [
        ("admin-lina", None, {"via": "cli", "file": str(copy), "leads": 1})
    ]
    assert events[0].created_at.replace(tzinfo=UTC) == NOW
    # How the trail names it, in the advisors' German.
    assert wording.action_name("backup", None) == "Datenbank gesichert (Kopie aller Daten)"


@sqlite_only
@pytest.mark.parametrize(
    ("target", "says"),
    [
        # The kausa user writing to a directory of root's (here /proc, which not even root
        # may write): a traceback ending in "FileNotFoundError: '/proc/.kausa.db.partial'".
        ("/proc/kausa.db", "/proc/kausa.db: No such file or directory; choose a directory"),
        # "backup /var/lib/kausa-bot/backups" said "… already exists; choose a new file
        # name", as if a backup were there to be kept.
        ("{tmp}", "{tmp} is a directory: name a new file in it, e.g. {tmp}/kausa-"),
    ],
)
async def test_a_backup_the_bot_cannot_write_there_says_what_to_do(
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
    target: str,
    says: str,
) -> None:
    target = target.format(tmp=tmp_path)
    err = await backup_refused(monkeypatch, tmp_path, database_url, capsys, target)
    assert says.format(tmp=tmp_path) in err


async def test_backup_of_postgresql_points_to_pg_dump(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    url = "postgresql+asyncpg://kausa@127.0.0.1:1/kausa"
    assert await run_cli(monkeypatch, tmp_path, url, "backup", str(tmp_path / "x.db")) == 2
    assert "pg_dump" in capsys.readouterr().err


async def test_purge_command_dry_run_then_for_real(
    database_url: str,
    sessionmaker: async_sessionmaker[AsyncSession],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
) -> None:
    await send_a_lead(sessionmaker, "2101")
    await send_a_lead(sessionmaker, "2102")
    now = NOW
    async with sessionmaker() as session, session.begin():
        first = (await session.execute(sa.select(Lead).order_by(Lead.id))).scalars().first()
        assert first is not None
        first.status, first.closed_at = "done", now - timedelta(days=181)
        session.add(
            InboundUpdate(update_id=999_999_001, state="done", processed_at=now - timedelta(days=8))
        )
        # The web chat's spam-check proofs: one long expired, one of a session active now.
        session.add(
            AltchaSolution(signature="old", session="a" * 64, solved_at=now - timedelta(days=2))
        )
        session.add(
            AltchaSolution(
                signature="fresh", session="b" * 64, solved_at=now - timedelta(minutes=5)
            )
        )
        old_id = first.id

    assert await run_cli(monkeypatch, tmp_path, database_url, "purge", "--dry-run") == 0
    dry = capsys.readouterr().out
    assert f"would remove personal data of 1 closed lead(s) (ids {old_id})" in dry
    assert "would remove 1 old processed-update id(s)" in dry
    assert "would remove 1 expired spam-check proof(s) of the web chat" in dry
    async with sessionmaker() as session:
        assert (await session.get(Lead, old_id)).name == "Ayşe Yılmaz"  # type: ignore[union-attr]
        assert await session.scalar(sa.select(sa.func.count()).select_from(InboundUpdate))

    assert await run_cli(monkeypatch, tmp_path, database_url, "purge") == 0
    done = capsys.readouterr().out
    assert f"removed personal data of 1 closed lead(s) (ids {old_id})" in done
    assert "removed 1 expired spam-check proof(s) of the web chat" in done
    async with sessionmaker() as session:
        proofs = (await session.scalars(sa.select(AltchaSolution.signature))).all()
        rows = (await session.execute(sa.select(Lead).order_by(Lead.id))).scalars().all()
        kept_updates = await session.scalar(
            sa.select(sa.func.count())
            .select_from(InboundUpdate)
            .where(InboundUpdate.update_id == 999_999_001)
        )
    assert [(lead.name is None, lead.anonymized_at is not None) for lead in rows] == [
        (True, True),
        (False, False),
    ]
    assert kept_updates == 0
    assert proofs == ["fresh"]


async def test_retention_runs_daily_in_the_bot(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    settings = Settings(
        telegram_bot_token=TOKEN,
        database_url=database_url,
        timezone="Europe/Berlin",
        _env_file=None,  # type: ignore[call-arg]
    )
    app = build_application(build_services(settings, clock=lambda: NOW))
    assert app.job_queue is not None
    (job,) = [j for j in app.job_queue.jobs() if j.name == retention.JOB_NAME]
    trigger = job.job.trigger
    assert (str(trigger.fields[5]), str(trigger.fields[6])) == ("3", "30")  # 03:30 ...
    assert trigger.timezone == ZoneInfo("Europe/Berlin")  # ... Saxon time

    await send_a_lead(sessionmaker, "2201")
    async with sessionmaker() as session, session.begin():
        lead = (await session.execute(sa.select(Lead))).scalar_one()
        lead.status, lead.closed_at = "withdrawn", NOW - timedelta(days=365)
    try:
        await retention.daily_job(BotContext(app))
    finally:
        await app.bot_data.services.close()
    async with sessionmaker() as session:
        lead = (await session.execute(sa.select(Lead))).scalar_one()
        users = await session.scalar(sa.select(sa.func.count()).select_from(User))
    assert lead.name is None and lead.anonymized_at is not None
    assert users == 1  # the person's user row goes with the 30-day rule, not this one


def test_every_setting_is_documented_and_the_example_loads() -> None:
    root = Path(__file__).resolve().parents[1]
    example = (root / ".env.example").read_text(encoding="utf-8")
    readme = (root / "README.md").read_text(encoding="utf-8")
    for name in Settings.model_fields:
        assert f"\n{name.upper()}=" in example, name
    for name in ("WEBHOOK_URL", "WEBHOOK_SECRET", "HEALTH_PORT", "TELEGRAM_MAX_RATE"):
        assert f"`{name}`" in readme, name
    settings = Settings(_env_file=root / ".env.example")  # type: ignore[call-arg]
    assert settings.health_port is None and settings.telegram_max_rate == 25


def test_each_setting_of_the_example_is_set_in_one_place(tmp_path: Path) -> None:
    """An operator fills in the example from the top: WEB_PUBLIC_URL stood in it twice,
    and the second, empty line (read last, by python-dotenv and systemd alike) undid
    the address filled in above."""
    example = (Path(__file__).resolve().parents[1] / ".env.example").read_text(encoding="utf-8")
    names = [line.split("=", 1)[0] for line in example.splitlines() if line[:1].isupper()]
    assert sorted({name for name in names if names.count(name) > 1}) == []
    address = "https://chat.example.org"
    filled = example.replace("\nWEB_PUBLIC_URL=\n", f"\nWEB_PUBLIC_URL={address}\n", 1)
    env = tmp_path / "env"
    env.write_text(filled, encoding="utf-8")
    settings = Settings(_env_file=env)  # type: ignore[call-arg]
    assert settings.web_public_url == address


async def test_the_daily_run_removes_expired_inbox_sessions(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    # A session ends 8 hours after its last request (docs/privacy.md, "Data inventory"), but its row
    # went only at someone's next login or its own cookie's next request: a week without a
    # login kept every expired session with its account and times.
    async with sessionmaker() as session, session.begin():
        account = AdvisorAccount(login="anna", name="Anna", office="leipzig", password_hash="x")
        session.add(account)
        await session.flush()
        for token, seen in (("idle", timedelta(hours=9)), ("live", timedelta(hours=1))):
            session.add(
                AdvisorSession(token_hash=token, account_id=account.id, last_seen_at=NOW - seen)
            )
    dry = await retention.run(sessionmaker, 180, now=NOW, dry_run=True)
    result = await retention.run(sessionmaker, 180, now=NOW)
    async with sessionmaker() as session:
        kept = (await session.scalars(sa.select(AdvisorSession.token_hash))).all()
    assert (dry.advisor_sessions, result.advisor_sessions, kept) == (1, 1, ["live"])
    assert "removed 1 expired inbox session(s)" in result.describe(dry_run=False)


async def test_audit_days_removes_the_advisors_names_from_the_audit_trail_after_it(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    # The audit trail kept every login and every advisor's name for ever (docs/privacy.md, "Data
    # inventory": "delete old rows by hand"), and rows deleted by hand could make an open
    # request look idle to the retention (bot.privacy.idle reads them) or empty the
    # statistics. AUDIT_DAYS now sets the period: logins, logouts and account changes
    # older than it go; a closed request's rows stay for its history, without whom (an
    # erasure on request still reads as one); an open request's stay as they are, for
    # the work on it (who took it, who read it).
    old, recent = NOW - timedelta(days=400), NOW - timedelta(days=10)
    async with sessionmaker() as session, session.begin():
        closed, still_open = (
            Lead(flow="business", answers={}, language="de", channel="telegram", status=status)
            for status in ("done", "claimed")
        )
        session.add_all([closed, still_open])
        await session.flush()
        for at in (old, recent):
            session.add(AuditEvent(action="login", actor_name="anna", created_at=at))
            for lead in (closed, still_open):
                session.add(
                    AuditEvent(
                        lead_id=lead.id,
                        action="claimed",
                        actor_id=7,
                        actor_name="Anna",
                        created_at=at,
                    )
                )
        session.add(
            AuditEvent(lead_id=closed.id, action="erased", actor_name="Anna", created_at=old)
        )
    kept_for_ever = await retention.run(sessionmaker, 180, now=NOW)
    assert kept_for_ever.audit_events == 0
    dry = await retention.run(sessionmaker, 180, now=NOW, audit_days=365, dry_run=True)
    result = await retention.run(sessionmaker, 180, now=NOW, audit_days=365)
    async with sessionmaker() as session:
        rows = await session.execute(
            sa.select(
                AuditEvent.lead_id, AuditEvent.action, AuditEvent.actor_id, AuditEvent.actor_name
            )
            # The login (no lead) first on both databases: PostgreSQL puts NULLs last.
            .order_by(AuditEvent.lead_id.asc().nulls_first(), AuditEvent.created_at, AuditEvent.id)
        )
        trail = [tuple(row) for row in rows]
        erased_on_request = await claims.was_erased_on_request(session, closed.id)
    assert trail == [
        (None, "login", None, "anna"),
        (closed.id, "claimed", None, ""),
        (closed.id, "erased", None, ""),
        (closed.id, "claimed", 7, "Anna"),
        (still_open.id, "claimed", 7, "Anna"),
        (still_open.id, "claimed", 7, "Anna"),
    ]
    assert erased_on_request
    assert (dry.audit_events, result.audit_events) == (3, 3)
    assert "3 audit event(s) older than 365 days" in result.describe(dry_run=False)


def test_purge_says_one_day_for_audit_days_1() -> None:
    # DPO: with AUDIT_DAYS=1 the purge printed "… audit event(s) older than 1 days".
    def line(days: int) -> str:
        run = retention.RetentionRun(PurgeReport(), audit_events=2, audit_days=days)
        return run.describe(dry_run=False).splitlines()[-1]

    assert line(1) == "removed the advisors from 2 audit event(s) older than 1 day"
    assert line(2) == "removed the advisors from 2 audit event(s) older than 2 days"


@sqlite_only
async def test_a_backup_killed_in_a_new_directory_leaves_no_copy_after_the_purge(
    database_url: str,
    sessionmaker: async_sessionmaker[AsyncSession],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """DPO: `backup /dir/x.db` killed (SIGKILL: no `except` runs) in a directory no backup
    had finished in left `/dir/.x.db.partial`, a copy of every person's data, for good: its
    audit row came only after the copy, and the purge sweeps audited directories only."""
    await send_a_lead(sessionmaker, "2006")
    manual = tmp_path / "manual"
    manual.mkdir()
    killed = (
        "import os, signal, sys\n"
        "from bot.ops import backup\n"
        "backup._copy = lambda source, copy: os.kill(os.getpid(), signal.SIGKILL)\n"
        "from bot.__main__ import main\n"
        "sys.exit(main(['backup', sys.argv[1]]))\n"
    )
    env = {**os.environ, "DATABASE_URL": database_url}
    run = await asyncio.to_thread(
        partial(subprocess.run, [sys.executable, "-c", killed, str(manual / "x.db")], env=env)
    )
    assert run.returncode == -signal.SIGKILL
    (left,) = manual.iterdir()
    assert left.name.startswith(".x.db.") and left.name.endswith(".partial")
    os.utime(left, (NOW.timestamp() - 3600,) * 2)  # an hour before the night's purge
    assert await run_cli(monkeypatch, tmp_path, database_url, "purge") == 0
    assert list(manual.iterdir()) == []
    # The trail says who began it and where; no number of leads: it never finished.
    async with sessionmaker() as session:
        events = (
            await session.scalars(sa.select(AuditEvent).where(AuditEvent.action == "backup"))
        ).all()
    assert [e.detail for e in events] == [{"via": "cli", "file": str(manual / "x.db")}]


@sqlite_only
async def test_two_backups_to_one_name_leave_one_whole_private_copy(
    database_url: str,
    sessionmaker: async_sessionmaker[AsyncSession],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Operator: a second `backup x.db` while the first still copied removed the first's
    `.x.db.partial`; the first wrote on into a new file with the umask's permissions and
    renamed it over the second's finished copy. Now each copies into a name of its own, and
    the one that finishes last is told the file exists (it is never replaced)."""
    from bot.config import ConfigError
    from bot.ops import backup

    await send_a_lead(sessionmaker, "2007")
    target = tmp_path / "x.db"
    copy = backup._copy
    seconds: list[backup.Backup] = []

    def first_copy(source: Path, destination: Path) -> int:
        # The second backup starts and ends while the first copies.
        monkeypatch.setattr(backup, "_copy", copy)
        seconds.append(backup.backup_sqlite(database_url, target, now=NOW))
        return copy(source, destination)

    monkeypatch.setattr(backup, "_copy", first_copy)
    with pytest.raises(ConfigError, match="already exists"):
        backup.backup_sqlite(database_url, target, now=NOW)
    assert seconds[0].path == target
    assert [name for name in os.listdir(tmp_path) if name.startswith(".x.db")] == []
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with sqlite3.connect(target) as copied:
        assert copied.execute("SELECT count(*) FROM leads").fetchone() == (1,)


@sqlite_only
async def test_the_purge_names_finished_exports_and_backups_kept_past_their_period(
    database_url: str,
    sessionmaker: async_sessionmaker[AsyncSession],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """DPO: `export --output /var/lib/kausa-bot/leads.csv` and a backup by hand outside the
    timer's directory were kept for good: the purge reaches neither, and nothing said they
    were there. It names those older than RETENTION_DAYS (exports) and BACKUP_DAYS
    (backups) that still exist; younger ones, and ones deleted since, are not named."""
    await send_a_lead(sessionmaker, "2008")
    monkeypatch.setenv("RETENTION_DAYS", "30")
    monkeypatch.setenv("BACKUP_DAYS", "14")
    for args in (
        ("export", "--output", "old.csv"),
        ("export", "--output", "fresh.csv"),
        ("export", "--output", "gone.csv"),
        ("backup", "old.db"),
        ("backup", "fresh.db"),
    ):
        assert await run_cli(monkeypatch, tmp_path, database_url, *args) == 0
    (tmp_path / "gone.csv").unlink()
    # `export --output - > piped.csv`, what `export` advises for XLSX at a terminal: a file
    # on the server too, which its audit row did not name (bot/ops/redirected.py).
    command = [sys.executable, "-m", "bot", "export", "--output", "-"]
    with (tmp_path / "piped.csv").open("wb") as into:
        env = {**os.environ, "DATABASE_URL": database_url}
        piped = partial(subprocess.run, command, env=env, stdout=into, cwd=tmp_path)
        assert (await asyncio.to_thread(piped)).returncode == 0
    assert "1234567" in (tmp_path / "piped.csv").read_text(encoding="utf-8-sig")
    aged = (("old.csv", 31), ("fresh.csv", 29), ("old.db", 15), ("fresh.db", 13), ("piped.csv", 40))
    for name, days in aged:
        os.utime(tmp_path / name, (NOW.timestamp() - days * 86400,) * 2)
    capsys.readouterr()
    with caplog.at_level(logging.WARNING):
        assert await run_cli(monkeypatch, tmp_path, database_url, "purge") == 0
    out = capsys.readouterr().out
    named = [line for line in out.splitlines() if line.startswith("warning:")]
    assert named == [
        f"warning: {tmp_path / 'old.csv'}: an export 31 days old, older than RETENTION_DAYS "
        "(30), is still on the server; the purge does not delete it: delete it once it has "
        "served",
        f"warning: {tmp_path / 'old.db'}: a backup 15 days old, older than BACKUP_DAYS (14), "
        "is still on the server; the purge does not delete it: delete it once it has served",
        f"warning: {tmp_path / 'piped.csv'}: an export 40 days old, older than RETENTION_DAYS "
        "(30), is still on the server; the purge does not delete it: delete it once it has "
        "served",
    ]
    # Printed, not logged as well: a terminal showed each line twice (stdout and stderr).
    logged = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert [line for line in logged if "still on the server" in line] == []
    # The running bot's nightly run has no output of its own: its log names them.
    caplog.clear()
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=database_url,
        retention_days=30,
        backup_days=14,
    )
    services = build_services(settings, clock=lambda: NOW)
    try:
        with caplog.at_level(logging.WARNING):
            await retention.nightly(services)
    finally:
        await services.close()
    logged = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert [line for line in logged if "still on the server" in line] == [
        line.removeprefix("warning: ") for line in named
    ]


@sqlite_only
async def test_an_export_older_than_audit_days_is_still_named_every_night(
    database_url: str,
    sessionmaker: async_sessionmaker[AsyncSession],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """DPO: with AUDIT_DAYS shorter than an export's age the first night deleted the
    export's audit row, and from the next night on the file, still on the server with names
    and numbers, was named no more. Its row now stays without whom while the file is there,
    and goes the night after the file was deleted."""
    await send_a_lead(sessionmaker, "2009")
    monkeypatch.setenv("SUDO_USER", "admin-anna")
    assert await run_cli(monkeypatch, tmp_path, database_url, "export", "--output", "x.csv") == 0
    exported = NOW - timedelta(days=40)
    os.utime(tmp_path / "x.csv", (exported.timestamp(),) * 2)
    async with sessionmaker() as session, session.begin():
        await session.execute(
            sa.update(AuditEvent).where(AuditEvent.action == "export").values(created_at=exported)
        )
    nights = [
        await retention.run(sessionmaker, 30, now=NOW + timedelta(days=night), audit_days=10)
        for night in (0, 1)
    ]
    assert [[file.path.name for file in run.kept] for run in nights] == [["x.csv"], ["x.csv"]]
    async with sessionmaker() as session:
        rows = (
            await session.execute(
                sa.select(AuditEvent.actor_id, AuditEvent.actor_name, AuditEvent.detail).where(
                    AuditEvent.action == "export"
                )
            )
        ).all()
    # Kept for the file's sake, but AUDIT_DAYS still takes whom out.
    assert [(actor_id, name, detail["file"]) for actor_id, name, detail in rows] == [
        (None, "", str(tmp_path / "x.csv"))
    ]
    (tmp_path / "x.csv").unlink()
    await retention.run(sessionmaker, 30, now=NOW + timedelta(days=2), audit_days=10)
    async with sessionmaker() as session:
        left = await session.scalar(sa.select(sa.func.count()).where(AuditEvent.action == "export"))
    assert left == 0
