"""Erasures survive a restore (docs/operations.md, "Restore"): every erasure at a person's
wish is journaled outside the database, and a start after a backup from before it was
restored in place erases the person again (bot.privacy.erasure_journal, restored)."""

from __future__ import annotations

import logging
import shutil
import stat
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.advisor import claims
from bot.app import build_services, reapply_erasures
from bot.config import ConfigError
from bot.dialogue.state import Command
from bot.ops.backup import backup_sqlite
from bot.privacy import erasure_journal, retention, rights
from bot.services import Services
from db import repository
from db.models import AuditEvent, Lead, RetiredSession, User
from tests.dialogue_driver import NOW, Person
from tests.test_desk_http import settings_for
from tests.test_privacy import COMPANY, EMAIL, FREE_TEXT, NAME, PHONE, business_lead

PERSON = "4242424242"
#: What the journal must never hold, and the restored database no longer after the start.
PERSONAL = (PERSON, NAME, "1234567", EMAIL, FREE_TEXT, COMPANY, "ayse_y", "Ayşe")


def started(url: str, tmp_path: Path, clock: Callable[[], datetime] = lambda: NOW) -> Services:
    return build_services(settings_for(url, tmp_path), clock=clock)


async def requested(url: str, tmp_path: Path, person: str = PERSON) -> None:
    services = started(url, tmp_path)
    try:
        await business_lead(Person(services.dialogue, person))
    finally:
        await services.close()


async def deleted(url: str, tmp_path: Path, person: str = PERSON) -> None:
    """The person's own /delete, confirmed."""
    services = started(url, tmp_path)
    try:
        someone = Person(services.dialogue, person)
        await someone.send(Command("delete"))
        screen = await someone.press("Yes, delete everything")
        assert "All your data has been deleted" in screen.text
    finally:
        await services.close()


def restore(database: Path, backup: Path) -> None:
    """docs/operations.md's steps: the old files moved away, the backup copied in place."""
    for suffix in ("", "-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(backup, database)


async def start(url: str, tmp_path: Path, now: datetime = NOW) -> None:
    """``run``'s and ``web``'s start, up to the first update."""
    services = started(url, tmp_path, clock=lambda: now)
    try:
        await reapply_erasures(services)
    finally:
        await services.close()


async def stored(url: str, tmp_path: Path) -> tuple[list[str], list[tuple[str | None, ...]]]:
    """The people (their ids) and each lead's personal values."""
    services = started(url, tmp_path)
    try:
        async with services.sessionmaker() as session:
            people = list(await session.scalars(sa.select(User.external_id)))
            leads = (await session.execute(sa.select(Lead.name, Lead.phone, Lead.email))).all()
            return people, [tuple(lead) for lead in leads]
    finally:
        await services.close()


async def reapplied(url: str, tmp_path: Path) -> int:
    services = started(url, tmp_path)
    try:
        async with services.sessionmaker() as session:
            return int(
                await session.scalar(
                    sa.select(sa.func.count())
                    .select_from(AuditEvent)
                    .where(AuditEvent.action == "erasure_reapplied")
                )
                or 0
            )
    finally:
        await services.close()


def migrated(template: Path, tmp_path: Path) -> tuple[Path, str]:
    database = tmp_path / "kausa.db"
    shutil.copyfile(template, database)
    return database, f"sqlite+aiosqlite:///{database}"


async def test_a_person_who_deleted_is_erased_again_after_a_restore(
    _sqlite_template: Path, tmp_path: Path
) -> None:
    database, url = migrated(_sqlite_template, tmp_path)
    await requested(url, tmp_path)
    backup = backup_sqlite(url, tmp_path / "kausa-backup.db", now=NOW).path
    await deleted(url, tmp_path)
    assert await stored(url, tmp_path) == ([], [(None, None, None)])

    restore(database, backup)
    # The backup brings the person back, as the DPO's audit found ...
    assert (await stored(url, tmp_path))[0] == [PERSON]
    await start(url, tmp_path, NOW + timedelta(hours=1))
    # ... and the start erases them again, audited as such.
    assert await stored(url, tmp_path) == ([], [(None, None, None)])
    assert await reapplied(url, tmp_path) == 1
    content = database.read_bytes()  # the last connection closed wrote the WAL into it
    for word in (NAME, PHONE, "1234567", EMAIL):
        assert word.encode() not in content, word

    # A second start finds nothing to do: the rows are erased already.
    await start(url, tmp_path, NOW + timedelta(hours=2))
    assert await reapplied(url, tmp_path) == 1

    # The journal beside the database: the owner's only, ids and times, nothing personal.
    journal = tmp_path / "kausa.db.erasures"
    assert stat.S_IMODE(journal.stat().st_mode) == 0o600
    text = journal.read_text(encoding="utf-8")
    assert '"channel": "telegram"' in text
    for value in PERSONAL:
        assert value not in text, value


async def test_someone_who_got_the_freed_number_after_the_restore_is_not_erased(
    _sqlite_template: Path, tmp_path: Path
) -> None:
    # The backup predates the erased person's request: the restore frees its number and
    # their users row's id, and the next person gets them. They asked for nothing.
    database, url = migrated(_sqlite_template, tmp_path)
    backup = backup_sqlite(url, tmp_path / "kausa-backup.db", now=NOW).path
    await requested(url, tmp_path)
    await deleted(url, tmp_path)
    restore(database, backup)
    await start(url, tmp_path, NOW + timedelta(hours=1))

    later = NOW + timedelta(hours=2)
    services = started(url, tmp_path, clock=lambda: later)
    try:
        await business_lead(Person(services.dialogue, "5151515151"))
    finally:
        await services.close()
    await start(url, tmp_path, NOW + timedelta(hours=3))
    people, leads = await stored(url, tmp_path)
    assert people == ["5151515151"]
    assert leads == [(NAME, "+493411234567", EMAIL)]
    assert await reapplied(url, tmp_path) == 0


async def test_an_entry_older_than_any_backup_is_dropped(
    _sqlite_template: Path, tmp_path: Path
) -> None:
    _database, url = migrated(_sqlite_template, tmp_path)
    await requested(url, tmp_path)
    await deleted(url, tmp_path)
    journal = tmp_path / "kausa.db.erasures"
    assert journal.read_text(encoding="utf-8").count("\n") == 1
    await start(url, tmp_path, NOW + timedelta(days=13))
    assert journal.read_text(encoding="utf-8").count("\n") == 1
    # BACKUP_DAYS (14) later no copy from before the erasure is kept.
    await start(url, tmp_path, NOW + timedelta(days=15))
    assert journal.read_text(encoding="utf-8") == ""
    assert stat.S_IMODE(journal.stat().st_mode) == 0o600


async def test_a_web_person_an_advisor_erased_is_erased_again_and_starts_anew(
    _sqlite_template: Path, tmp_path: Path
) -> None:
    # The inbox's "Personenbezogene Daten löschen" and /loeschen go through the same erasure.
    session_hash = "c0ffee" * 10
    database, url = migrated(_sqlite_template, tmp_path)
    services = started(url, tmp_path)
    try:
        await business_lead(Person(services.dialogue, session_hash, "web"))
    finally:
        await services.close()
    backup = backup_sqlite(url, tmp_path / "kausa-backup.db", now=NOW).path
    services = started(url, tmp_path)
    try:
        async with services.sessionmaker() as session, session.begin():
            lead = (await session.scalars(sa.select(Lead))).one()
            by = rights.OnRequest(77, "Anna Beispiel", "inbox")
            await rights.erase_person_of(session, lead, NOW, by)
    finally:
        await services.close()
    restore(database, backup)
    await start(url, tmp_path, NOW + timedelta(hours=1))
    assert await stored(url, tmp_path) == ([], [(None, None, None)])
    services = started(url, tmp_path)
    try:
        async with services.sessionmaker() as session:
            retired = await repository.retired_sessions(session, NOW - timedelta(days=1))
    finally:
        await services.close()
    # The browser's old cookie begins a new session, as after the first erasure.
    assert [key for key, _at in retired] == [RetiredSession.key(session_hash)]
    text = (tmp_path / "kausa.db.erasures").read_text(encoding="utf-8")
    assert '"channel": "web"' in text
    for value in (session_hash, "Anna", *PERSONAL):
        assert value not in text, value


async def test_a_journal_the_bot_cannot_write_is_said_at_start_naming_the_setting(
    _sqlite_template: Path, tmp_path: Path
) -> None:
    # Found at the first /delete, the person's erasure would have failed instead.
    _database, url = migrated(_sqlite_template, tmp_path)
    settings = settings_for(url, tmp_path).model_copy(
        update={"erasure_journal": tmp_path / "missing" / "kausa.erasures"}
    )
    services = build_services(settings, clock=lambda: NOW)
    try:
        with pytest.raises(ConfigError, match="ERASURE_JOURNAL"):
            await reapply_erasures(services)
    finally:
        await services.close()


def _operations_doc() -> str:
    """docs/operations.md with its lines joined: what the operator reads."""
    operations = Path(__file__).resolve().parents[1] / "docs" / "operations.md"
    return " ".join(operations.read_text(encoding="utf-8").split())


async def test_postgresql_without_a_journal_says_once_what_to_set_and_why(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Operator on PostgreSQL: the start said "ERASURE_JOURNAL is not set: erasures made
    since a backup come back if it is restored", not what to set it to. The line names the
    setting, a file for it and why, as docs/operations.md does; once per start."""
    url = "postgresql+asyncpg://kausa@127.0.0.1:1/kausa"  # never opened: no journal to read
    services = build_services(settings_for(url, tmp_path), clock=lambda: NOW)
    try:
        with caplog.at_level(logging.WARNING):
            await reapply_erasures(services)
    finally:
        await services.close()
    (line,) = [r.getMessage() for r in caplog.records if "ERASURE_JOURNAL" in r.getMessage()]
    example = "/var/lib/kausa-bot/kausa.erasures"
    assert f"set ERASURE_JOURNAL to a file on this server, e.g. {example}" in line
    assert "erased since a backup are back" in line
    said = _operations_doc()
    assert f"set `ERASURE_JOURNAL` to a file on the bot's server (for example `{example}`" in said
    assert f"set ERASURE_JOURNAL to a file on this server, e.g. {example}, …" in said


async def test_an_advisors_erasure_reapplied_after_a_restore_names_the_advisors_id(
    _sqlite_template: Path, tmp_path: Path
) -> None:
    """DPO: an erasure an advisor made at the person's request (`/loeschen`, the inbox) and
    a restored backup undid was re-applied with an audit row that named nobody: who asked
    for it was lost. The journal keeps the advisor's id (the audit's, never a name), and
    the re-applied row names it with where it was made; a journal line from before has
    none, and is still re-applied."""
    database, url = migrated(_sqlite_template, tmp_path)
    await requested(url, tmp_path)
    await requested(url, tmp_path, person="5151515151")
    backup = backup_sqlite(url, tmp_path / "kausa-backup.db", now=NOW).path
    services = started(url, tmp_path)
    try:
        async with services.sessionmaker() as session, session.begin():
            lead = (await session.scalars(sa.select(Lead).order_by(Lead.id))).first()
            assert lead is not None
            by = rights.OnRequest(-7, "Anna Beispiel", "inbox")
            await rights.erase_person_of(session, lead, NOW, by)
    finally:
        await services.close()
    await deleted(url, tmp_path, person="5151515151")
    journal = tmp_path / "kausa.db.erasures"
    advisors, own = journal.read_text(encoding="utf-8").splitlines()
    # The person's own /delete is written as every line was before: it must still be read.
    assert '"by": -7' in advisors and '"by"' not in own
    assert "Anna" not in advisors

    restore(database, backup)
    await start(url, tmp_path, NOW + timedelta(hours=1))
    services = started(url, tmp_path)
    try:
        async with services.sessionmaker() as session:
            rows = (
                await session.execute(
                    sa.select(AuditEvent.lead_id, AuditEvent.actor_id, AuditEvent.detail)
                    .where(AuditEvent.action == "erasure_reapplied")
                    .order_by(AuditEvent.lead_id)
                )
            ).all()
    finally:
        await services.close()
    erased_at = NOW.isoformat()
    assert [(actor, detail) for _lead, actor, detail in rows] == [
        (-7, {"erased_at": erased_at, "via": "inbox"}),
        (None, {"erased_at": erased_at}),
    ]
    # The advisors' card and the inbox say "Daten auf Wunsch gelöscht" for the advisor's,
    # as before the restore, not that the person withdrew it; the person's own stays so.
    services = started(url, tmp_path)
    try:
        async with services.sessionmaker() as session:
            on_request = [
                await claims.was_erased_on_request(session, lead) for lead, _a, _d in rows
            ]
    finally:
        await services.close()
    assert on_request == [True, False]


async def test_the_nightly_run_drops_journal_lines_older_than_any_backup(
    _sqlite_template: Path, tmp_path: Path
) -> None:
    """DPO: privacy.md says lines older than BACKUP_DAYS are dropped, but only a start
    dropped them: a bot that ran for months kept every erasure's ids (and the advisor's)
    until its next restart. The nightly run drops them too."""
    _database, url = migrated(_sqlite_template, tmp_path)
    journal = tmp_path / "kausa.db.erasures"
    old = erasure_journal.Entry(NOW - timedelta(days=15), 1, "telegram", (1,), -7, "inbox")
    recent = erasure_journal.Entry(NOW - timedelta(days=13), 2, "web", (2,))
    for entry in (old, recent):
        erasure_journal.append(journal, entry)
    services = started(url, tmp_path)
    try:
        await retention.nightly(services)
    finally:
        await services.close()
    assert erasure_journal.read(journal) == [recent]
    assert stat.S_IMODE(journal.stat().st_mode) == 0o600
