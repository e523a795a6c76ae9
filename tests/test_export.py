"""Export of leads with answers and status history: CSV, XLSX and the command line."""

from __future__ import annotations

import asyncio
import csv
import io
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.__main__ import main
from bot.advisor import export
from bot.validation import dialled_from_germany
from db import repository
from db.models import AuditEvent, ConversationMessage

REPO = Path(__file__).resolve().parents[1]
Sessions = async_sessionmaker[AsyncSession]

BASE: dict[str, Any] = {
    "flow": "business",
    "answers": {"sector": "other", "sector_other": '=HYPERLINK("x")', "employees": "10-49"},
    "office": "leipzig",
    "postal_code": "04109",
    "language": "ar",
    "channel": "telegram",
    "name": "Mehmet Öztürk",
    "phone": "+493411234567",
    "email": "m@example.org",
    "preferred_time": "afternoon",
    "callback_language": "de",
}


async def seed(sessionmaker: Sessions) -> dict[str, int]:
    """Leads in two offices and years, one with a claim in its history."""
    async with sessionmaker() as session, session.begin():
        ids = {}
        for key, fields in {
            "leipzig": {"created_at": datetime(2026, 2, 3, 9, tzinfo=UTC)},
            "old": {"created_at": datetime(2025, 12, 31, 9, tzinfo=UTC), "name": "Alt"},
            "dresden": {"created_at": datetime(2026, 2, 4, 9, tzinfo=UTC), "office": "dresden"},
            "young": {
                "created_at": datetime(2026, 3, 1, 9, tzinfo=UTC),
                "flow": "young",
                "answers": {"situation": "looking", "german": "b1"},
                "name": "Olena",
                "status": "claimed",
                "claimed_by_name": "Anna Schmidt",
            },
        }.items():
            lead = await repository.create_lead(session, **{**BASE, **fields})
            ids[key] = lead.id
        session.add(
            AuditEvent(
                lead_id=ids["young"],
                actor_id=7001,
                actor_name="Anna Schmidt",
                action="claimed",
                created_at=datetime(2026, 3, 2, 10, tzinfo=UTC),
            )
        )
    return ids


async def test_collect_filters_and_renders_in_german(sessionmaker: Sessions) -> None:
    ids = await seed(sessionmaker)
    table = await export.collect(
        sessionmaker, since=date(2026, 1, 1), offices=["leipzig"], cities={"leipzig": "Leipzig"}
    )
    assert [row[0] for row in table.rows] == [ids["leipzig"], ids["young"]]
    header = table.header
    # Each title once: "Gespräch" headed both how to meet and the conversation (QA).
    assert len(header) == len(set(header))
    business, young = (dict(zip(header, row, strict=True)) for row in table.rows)
    # The office as the inbox names it (the CSV showed the key "leipzig").
    assert business["Büro"] == "Leipzig" and business["Art"] == "Betrieb"
    assert business["Branche"] == '=HYPERLINK("x")'
    assert business["Beschäftigte"] == "10 bis 49"
    assert business["Telefon"] == "0341 1234567" and business["Sprache im Bot"] == "Arabisch"
    assert business["Gesprächssprache"] == "Deutsch" and business["Erreichbar"].startswith("Nachm")
    assert business["Eingang"] == "03.02.2026, 10:00"  # Berlin time
    assert young["Anliegen"] == "Junge Person" and young["Status"] == "übernommen"
    assert young["Übernommen von"] == "Anna Schmidt"
    assert young["Verlauf"] == "02.03.2026, 11:00 übernommen (Anna Schmidt)"
    assert young["Branche"] == "" and young["Deutschniveau"] == "B1"


async def test_csv_and_xlsx_keep_formulas_from_running(sessionmaker: Sessions) -> None:
    await seed(sessionmaker)
    table = await export.collect(sessionmaker, offices=["leipzig"])
    content = export.to_csv(table)
    assert content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 1 + 3
    branch = rows[0].index("Branche")
    assert rows[1][branch] == '\'=HYPERLINK("x")'

    workbook = load_workbook(io.BytesIO(export.to_xlsx(table)))
    sheet = workbook["Anfragen"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == table.header
    cell = sheet.cell(row=2, column=branch + 1)
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("x")'
    names = [row[table.header.index("Name")] for row in values[1:]]
    assert names == ["Alt", "Mehmet Öztürk", "Olena"]


async def test_phone_numbers_and_usernames_need_no_apostrophe(sessionmaker: Sessions) -> None:
    # "'+49 341 1234567" and "'@ayse_y": the formula guard fired on validated values, and
    # Excel showed the apostrophe, so copying or dialling the number failed.
    async with sessionmaker() as session, session.begin():
        for phone, username in (("+493411234567", "ayse_y"), ("+905321234567", None)):
            await repository.create_lead(
                session,
                **{**BASE, "phone": phone, "telegram_username": username, "name": "-Ayşe"},
            )
    table = await export.collect(sessionmaker)
    rows = list(csv.reader(io.StringIO(export.to_csv(table).decode("utf-8-sig")), delimiter=";"))
    phone, telegram, name = (rows[0].index(title) for title in ("Telefon", "Telegram", "Name"))
    sheet = load_workbook(io.BytesIO(export.to_xlsx(table)))["Anfragen"]
    cells = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]

    # As dialled from Germany: a German number with its area code, a foreign one with 00.
    assert [(row[phone], row[telegram]) for row in rows[1:]] == [
        ("0341 1234567", "t.me/ayse_y"),
        ("00 90 532 123 45 67", ""),
    ]
    assert [(row[phone], row[telegram]) for row in cells] == [
        ("0341 1234567", "t.me/ayse_y"),
        ("00 90 532 123 45 67", None),
    ]
    # What people typed keeps the guard.
    assert rows[1][name] == "'-Ayşe"


def run_export(args: list[str], cwd: Path, database_url: str) -> subprocess.CompletedProcess[bytes]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    environment["DATABASE_URL"] = database_url
    # The administrator behind the docs' `kausa-bot` function (docs/operations.md).
    environment["SUDO_USER"] = "admin-lina"
    return subprocess.run(
        [sys.executable, "-m", "bot", "export", *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        timeout=120,
        check=False,
    )


async def test_command_line_export(
    database_url: str, sessionmaker: Sessions, tmp_path: Path
) -> None:
    ids = await seed(sessionmaker)
    target = tmp_path / "leads.xlsx"
    args = ["--since", "2026-01-01", "--office", "leipzig", "--format", "xlsx"]
    result = await asyncio.to_thread(
        run_export, [*args, "--output", str(target)], tmp_path, database_url
    )
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().strip() == f"wrote 2 lead(s) to {target}"
    sheet = load_workbook(target)["Anfragen"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [row[0] for row in rows] == [ids["leipzig"], ids["young"]]
    assert {row[2] for row in rows} == {"Leipzig"}  # the office by its configured city

    piped = await asyncio.to_thread(
        run_export, ["--format", "csv", "--output", "-"], tmp_path, database_url
    )
    assert piped.returncode == 0
    assert len(piped.stdout.decode("utf-8-sig").strip().splitlines()) == 1 + 4

    async with sessionmaker() as session:
        events = (
            await session.execute(sa.select(AuditEvent).where(AuditEvent.action == "export"))
        ).scalars()
        events = list(events)
        details = [event.detail for event in events]
    # Who wrote a file with everyone's names and numbers: the audit named no one.
    assert [event.actor_name for event in events] == ["admin-lina", "admin-lina"]
    assert details == [
        {
            "via": "cli",
            "format": "xlsx",
            "offices": ["leipzig"],
            "since": "2026-01-01",
            "count": 2,
            # Where it went, as a backup's row says: the purge sweeps that directory.
            "file": str(target),
        },
        {"via": "cli", "format": "csv", "offices": "all", "since": None, "count": 4},
    ]


def test_an_xlsx_file_is_not_written_onto_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # "export --format xlsx --output -" typed at a terminal filled it with binary noise.
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'kausa.db'}")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["export", "--format", "xlsx", "--output", "-"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("error: an XLSX file cannot be shown on a terminal:")
    assert "--output leads.xlsx" in captured.err


def test_command_line_rejects_a_wrong_date(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "--since", "gestern"])
    assert exit_info.value.code == 2
    assert "expected a date like 2026-01-01" in capsys.readouterr().err


def test_a_short_number_that_dialling_would_write_without_its_zero_stays_international() -> None:
    # QA, 2026-12-04 (second round): "+49 344939" came out as "344939", which Excel reads
    # as a number and nobody can dial.
    assert dialled_from_germany("+49344939") == "+49 344939"
    assert dialled_from_germany("+493411234567") == "0341 1234567"


async def test_the_messages_of_a_lead_handed_over_say_which_office_wrote_them(
    sessionmaker: Sessions,
) -> None:
    """QA: Dresden's export of a lead Leipzig had handed over listed Leipzig's message
    under the advisor's name only, as if written in Dresden."""
    async with sessionmaker() as session, session.begin():
        lead = await repository.create_lead(
            session,
            **{**BASE, "office": "dresden", "created_at": datetime(2026, 2, 3, 9, tzinfo=UTC)},
        )
        for office, name, text in (
            ("leipzig", "Anna", "Rufe Montag an"),
            ("dresden", "Bernd", "Hier Dresden"),
        ):
            session.add(
                ConversationMessage(
                    lead_id=lead.id,
                    direction="to_person",
                    channel="telegram",
                    kind="text",
                    text=text,
                    advisor_name=name,
                    advisor_office=office,
                    created_at=datetime(2026, 2, 3, 10, tzinfo=UTC),
                )
            )
    cities = {"leipzig": "Leipzig", "dresden": "Dresden"}
    table = await export.collect(sessionmaker, offices=["dresden"], cities=cities)
    [row] = [dict(zip(table.header, values, strict=True)) for values in table.rows]
    assert row["Nachrichten"].splitlines() == [
        "03.02. 11:00 Anna (Büro Leipzig): Rufe Montag an",
        "03.02. 11:00 Bernd: Hier Dresden",
    ]


async def test_an_export_file_is_readable_by_its_owner_only(
    database_url: str, sessionmaker: Sessions, tmp_path: Path
) -> None:
    """Names, numbers and messages: like a backup, the file is the owner's alone, also
    under the usual umask 022 and when an older export of the same name is overwritten
    (it was written 0644, readable by every user of the server)."""
    await seed(sessionmaker)
    older = tmp_path / "older.csv"
    older.write_bytes(b"")
    older.chmod(0o644)
    previous = os.umask(0o022)
    try:
        written = []
        for args in (["--format", "xlsx"], ["--output", str(older)]):
            result = await asyncio.to_thread(run_export, args, tmp_path, database_url)
            assert result.returncode == 0, result.stderr.decode()
            # "wrote 4 lead(s) to kausa-leads-alle-stand-….xlsx", relative to its cwd
            written.append(tmp_path / result.stdout.decode().strip().split(" to ", 1)[1])
    finally:
        os.umask(previous)
    assert written[1] == older
    assert {path.name: oct(path.stat().st_mode & 0o777) for path in written} == {
        path.name: "0o600" for path in written
    }
    assert older.read_bytes().startswith("\ufeffNr.".encode())


@pytest.mark.parametrize("where", ["missing/leads.csv", "."])
async def test_an_export_to_a_place_it_cannot_write_says_so_before_it_is_audited(
    database_url: str, sessionmaker: Sessions, tmp_path: Path, where: str
) -> None:
    """A mistyped directory (or a directory as --output) ended in a traceback, after the
    audit trail had recorded an export that was never written."""
    await seed(sessionmaker)
    result = await asyncio.to_thread(
        run_export, ["--output", str(tmp_path / where)], tmp_path, database_url
    )
    assert result.returncode == 2
    assert result.stdout == b""
    error = result.stderr.decode().strip()
    assert "Traceback" not in error
    assert error.startswith(f"error: cannot write the export to {tmp_path / where}: ")
    assert error.endswith("; choose a file in an existing directory with --output")
    async with sessionmaker() as session:
        audited = await session.scalar(
            sa.select(sa.func.count()).where(AuditEvent.action == "export")
        )
    assert audited == 0


async def test_an_export_that_fails_while_reading_leaves_the_older_file_as_it_was(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file was opened (and emptied) before the leads were read: a failed read left an
    empty file, and an older export of that name was lost."""
    exports = tmp_path / "exports"
    exports.mkdir()
    older = exports / "leads.csv"
    older.write_bytes(b"the export of yesterday")
    monkeypatch.setenv("DATABASE_URL", database_url)

    async def unreadable(*_args: object, **_kwargs: object) -> tuple[bytes, int]:
        raise OSError("disk I/O error")

    monkeypatch.setattr(export, "export", unreadable)
    with pytest.raises(OSError, match="disk I/O error"):
        await asyncio.to_thread(main, ["export", "--format", "csv", "--output", str(older)])
    assert older.read_bytes() == b"the export of yesterday"
    assert [path.name for path in exports.iterdir()] == ["leads.csv"]  # no half-written file


@pytest.mark.parametrize("target_exists", [True, False])
async def test_an_export_to_a_symbolic_link_is_written_to_the_file_it_names(
    database_url: str, sessionmaker: Sessions, tmp_path: Path, target_exists: bool
) -> None:
    """--output current.csv, a link to a file on the shared export volume: the link was
    replaced by a file of its own, and the file it named kept the older export."""
    await seed(sessionmaker)
    share = tmp_path / "share"
    share.mkdir()
    target = share / "leads.csv"
    if target_exists:
        target.write_bytes(b"the export of yesterday")
    link = tmp_path / "current.csv"
    link.symlink_to(target)
    result = await asyncio.to_thread(run_export, ["--output", str(link)], tmp_path, database_url)
    assert result.returncode == 0, result.stderr.decode()
    assert link.is_symlink() and link.readlink() == target
    assert target.read_bytes().startswith("\ufeffNr.".encode())
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert sorted(path.name for path in share.iterdir()) == ["leads.csv"]  # no temporary left


async def test_a_file_left_by_a_killed_export_is_removed_by_the_next_export_there(
    database_url: str, sessionmaker: Sessions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """QA: `export` killed mid-way (SIGKILL, the OOM killer) left its temporary file
    `.leads.csv.k3x9a_0q` beside the output, with names and numbers, and nothing ever
    deleted it. The next export into that directory now removes such a file once it is
    older than an export takes; another export's file still being written, and files of
    other kinds, stay."""
    await seed(sessionmaker)
    now = datetime(2026, 3, 5, 9, tzinfo=UTC)
    exports = tmp_path / "exports"
    exports.mkdir()

    def left(name: str, content: bytes, minutes_old: int, mode: int = 0o600) -> None:
        file = exports / name
        file.write_bytes(content)
        file.chmod(mode)
        then = now.timestamp() - minutes_old * 60
        os.utime(file, (then, then))

    left(".leads.csv.k3x9a_0q", "\ufeffNr.;Name\n1;Mehmet Öztürk".encode(), 60)
    left(".kausa-leads.xlsx.p2m8z1rt", b"", 24 * 60)  # killed before it wrote anything
    left(".other.xlsx.w7c4e2ab", b"PK\x03\x04", 1)  # an export still writing it
    left(".kausa.db.20261204", b"SQLite format 3\x00", 60)  # not an export's
    left(".notes.abcd1234", "\ufeffmine".encode(), 60, mode=0o644)  # not an export's either
    monkeypatch.setenv("DATABASE_URL", database_url)
    arguments = ["export", "--format", "csv", "--output", str(exports / "leads.csv")]
    assert await asyncio.to_thread(main, arguments, clock=lambda: now) == 0
    assert sorted(path.name for path in exports.iterdir()) == [
        ".kausa.db.20261204",
        ".notes.abcd1234",
        ".other.xlsx.w7c4e2ab",
        "leads.csv",
    ]


async def test_a_file_left_by_a_killed_export_goes_with_the_nightly_purge(
    database_url: str,
    sessionmaker: Sessions,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """DPO: an export into a directory no later export wrote to kept its killed
    temporary file (names and numbers) for good; only the next export there removed it.
    The purge now sweeps every directory an audited export wrote to."""
    await seed(sessionmaker)
    now = datetime(2026, 3, 5, 9, tzinfo=UTC)
    exports = tmp_path / "exports"
    exports.mkdir()
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.chdir(tmp_path)
    arguments = ["export", "--format", "csv", "--output", "exports/leads.csv"]
    assert await asyncio.to_thread(main, arguments, clock=lambda: now) == 0
    async with sessionmaker() as session:
        detail = await session.scalar(
            sa.select(AuditEvent.detail).where(AuditEvent.action == "export")
        )
    assert detail is not None and detail["file"] == str(exports / "leads.csv")
    # Later that day an export there is killed before its rename: nothing exports there since.
    killed = exports / ".leads.csv.k3x9a_0q"
    killed.write_bytes("\ufeffNr.;Name\n1;Mehmet Öztürk".encode())
    killed.chmod(0o600)
    os.utime(killed, (now.timestamp() + 3600, now.timestamp() + 3600))
    night = datetime(2026, 3, 6, 2, 30, tzinfo=UTC)
    capsys.readouterr()
    assert await asyncio.to_thread(main, ["purge", "--dry-run"], clock=lambda: night) == 0
    assert (
        "would remove 1 temporary file(s) left by interrupted exports or backups"
        in capsys.readouterr().out
    )
    assert killed.exists()
    assert await asyncio.to_thread(main, ["purge"], clock=lambda: night) == 0
    assert (
        "removed 1 temporary file(s) left by interrupted exports or backups"
        in capsys.readouterr().out
    )
    assert sorted(path.name for path in exports.iterdir()) == ["leads.csv"]
