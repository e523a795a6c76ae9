"""The command line as an operator uses it: real subprocesses."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.dialogue.state import Start
from bot.terminal import format_screen, parse_input
from tests.command_line import run_bot
from tests.dialogue_driver import Driver

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("token", [None, "not-a-token", "123:short"])
def test_run_without_a_valid_token_fails_in_one_line(tmp_path: Path, token: str | None) -> None:
    env = {} if token is None else {"TELEGRAM_BOT_TOKEN": token}
    result = run_bot(["run"], tmp_path, **env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "TELEGRAM_BOT_TOKEN" in lines[0]
    assert "Traceback" not in result.stderr
    if token:
        assert token not in result.stderr


def test_chat_walks_a_dialogue_to_a_stored_lead(tmp_path: Path) -> None:
    # Button numbers and typed answers, exactly as someone at the terminal would enter them.
    script = (
        "\n".join(
            [
                "1",  # English is preselected by --lang; menu: For businesses
                "Kaya Markt",
                "4",  # "Verkäufer/in": one tap answers
                "04109",
                "1",
                "1",  # we train now, this year
                "2",  # "Finding an apprentice": one tap answers
                "1",  # consent
                "Ali Kaya",
                "0341 1234567",
                "1",  # by phone
                "1",  # morning
                "1",  # Send
            ]
        )
        + "\n"
    )
    result = run_bot(["chat", "--lang", "en"], tmp_path, stdin=script)
    assert result.returncode == 0, result.stderr
    assert "How can we help you?" in result.stdout
    assert "Your request number is 1." in result.stdout
    with sqlite3.connect(tmp_path / "data" / "kausa.db") as db:
        rows = db.execute("select name, office, channel from leads").fetchall()
    assert rows == [("Ali Kaya", "leipzig", "cli")]


def test_my_data_at_the_terminal_names_the_terminal_chat(tmp_path: Path) -> None:
    result = run_bot(["chat", "--lang", "de"], tmp_path, stdin="/mydata\n")
    assert result.returncode == 0, result.stderr
    assert "Kanal: Terminal-Chat" in result.stdout
    assert "cli" not in result.stdout


def test_coming_back_with_lang_mid_dialogue_goes_on_where_it_was(tmp_path: Path) -> None:
    first = run_bot(["chat", "--lang", "en"], tmp_path, stdin="1\nKaya Markt\n")
    assert first.returncode == 0, first.stderr
    again = run_bot(["chat", "--lang", "en"], tmp_path, stdin="")
    assert again.returncode == 0, again.stderr
    assert "earlier message" not in again.stdout
    assert "Do you want to leave?" in again.stdout  # /start mid-dialogue asks first


def test_terminal_rendering_numbers_the_buttons() -> None:
    d = Driver("en")
    text = format_screen(d.screen)
    assert "[1] Deutsch" in text and "[6] English" in text
    assert parse_input("6", d.screen, None).data.endswith("l:en")  # type: ignore[union-attr]
    assert parse_input("/start", d.screen, "ar") == Start("ar")


@pytest.mark.parametrize(
    ("url", "says"),
    [
        # Nothing listens on port 1: PostgreSQL not installed or on another port.
        ("postgresql://kausa:s3cret-pw@127.0.0.1:1/kausa", "PostgreSQL on 127.0.0.1:1"),
        ("mysql://kausa:s3cret-pw@localhost/kausa", "must be a SQLite URL"),
        ("kausa.db", "must be a SQLite URL"),
    ],
)
def test_a_database_that_cannot_be_opened_is_one_line_naming_database_url(
    tmp_path: Path, url: str, says: str
) -> None:
    # An operator's typo in DATABASE_URL printed a traceback from inside Alembic or asyncpg.
    result = run_bot(["db", "upgrade"], tmp_path, DATABASE_URL=url)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "DATABASE_URL" in errors[0] and says in errors[0]
    assert "s3cret-pw" not in result.stderr


@pytest.mark.parametrize("command", [["db", "upgrade"], ["purge"]])
def test_a_directory_as_the_sqlite_database_is_named_a_directory(
    tmp_path: Path, command: list[str]
) -> None:
    # DATABASE_URL=sqlite+aiosqlite:////tmp said "unable to open database file" (and
    # purge: "no database file"), sending the operator to check the permissions.
    url = f"sqlite+aiosqlite:///{tmp_path}"
    result = run_bot(command, tmp_path, DATABASE_URL=url)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"error: DATABASE_URL names a directory, {tmp_path}, not a SQLite file: add the "
        f"file's name, such as {url}/kausa.db"
    ]


@pytest.mark.parametrize("command", [["purge", "--dry-run"], ["backup", "copy.db"]])
def test_a_file_that_is_no_sqlite_database_is_named_so(tmp_path: Path, command: list[str]) -> None:
    # DATABASE_URL naming a pg_dump file, or a file damaged on disk: a traceback ending in
    # "sqlite3.DatabaseError: file is not a database".
    path = tmp_path / "kausa.db"
    path.write_bytes(b"PGDMP" + bytes(4096))
    result = run_bot(command, tmp_path, DATABASE_URL=f"sqlite+aiosqlite:///{path}")
    assert result.returncode == 2
    [error] = result.stderr.splitlines()
    assert error.startswith(
        f"error: cannot open the database in DATABASE_URL (the SQLite file {path}): "
        "file is not a database; "
    )
    assert "docs/operations.md, 'Restore'" in error
    assert not (tmp_path / "copy.db").exists()


@pytest.mark.parametrize("command", [["purge", "--dry-run"], ["advisors", "list"]])
def test_a_database_not_created_yet_says_how_to_create_it(
    tmp_path: Path, command: list[str]
) -> None:
    # An operator following docs/operations.md runs `kausa-bot purge --dry-run` (the bot's
    # settings, through systemd-run) before the service's first start: told only to "run
    # this command with the bot's settings", which they did, they were stuck.
    path = tmp_path / "state" / "kausa.db"
    result = run_bot(command, tmp_path, DATABASE_URL=f"sqlite+aiosqlite:///{path}")
    assert result.returncode == 2
    [error] = result.stderr.splitlines()
    assert error.startswith(f"error: no database file at {path} (DATABASE_URL)")
    assert "python -m bot db upgrade" in error and "first start" in error
    # The command it names records the administrator in the audit of `advisors`, as the
    # docs' kausa-bot function does (without it the audit named "kausa").
    assert '-E SUDO_USER="$USER"' in error
    assert not path.exists()


def test_telegram_unreachable_at_start_is_one_line_and_the_service_may_retry(
    tmp_path: Path,
) -> None:
    # A firewall or a mistyped TELEGRAM_BASE_URL printed three chained tracebacks and
    # "Unclosed client session" errors.
    token = "123456:" + "a" * 35
    result = run_bot(
        ["run"], tmp_path, TELEGRAM_BOT_TOKEN=token, TELEGRAM_BASE_URL="http://127.0.0.1:1/bot"
    )
    assert result.returncode == 1  # not 2: the unit file restarts, the network may return
    assert "Traceback" not in result.stderr and "Unclosed" not in result.stderr
    assert " ERROR " not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "TELEGRAM_BASE_URL" in errors[0]
    assert "127.0.0.1:1" in errors[0]
    assert token not in result.stderr


def test_catalogs_that_cannot_be_written_say_how_to_compile_them(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The unit file keeps /opt read-only: after `git pull` without `i18n compile` the
    # start failed with a traceback from inside Babel.
    import bot.__main__ as cli

    mo = "/opt/kausa-bot/locales/de/LC_MESSAGES/messages.mo.42.tmp"

    def read_only() -> list[Path]:
        raise OSError(30, "Read-only file system", mo)

    monkeypatch.setattr(cli, "compile_catalogs", read_only)
    assert cli.main(["i18n", "compile"]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("error: ") and "\n" not in error
    assert mo in error and "Read-only file system" in error and "i18n compile" in error


@pytest.mark.parametrize(
    "command",
    [
        ["purge"],
        ["export", "--output", "-"],
        # `advisors add` created the account in a new, empty database beside the
        # administrator and said "created": nobody could log in with it.
        ["advisors", "add", "anna", "--office", "leipzig"],
        ["advisors", "list"],
    ],
)
def test_purge_and_export_without_the_bots_database_say_so(
    tmp_path: Path, command: list[str]
) -> None:
    # Run by hand without the bot's settings (sudo -u kausa does not read
    # /etc/kausa-bot/env), purge created an empty data/kausa.db and said "removed 0".
    result = run_bot(command, tmp_path, stdin="a long enough password 123\n")
    assert result.returncode == 2
    assert not (tmp_path / "data" / "kausa.db").exists()
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "DATABASE_URL" in errors[0] and "data/kausa.db" in errors[0]
    assert "removed" not in result.stdout


def test_a_port_another_program_holds_is_named_with_its_setting(tmp_path: Path) -> None:
    # `web` (and `run`) on a WEB_PORT that another program listens on ended with
    # aiohttp's traceback.
    import socket

    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        result = run_bot(["web"], tmp_path, WEB_PORT=str(port))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "WEB_PORT" in errors[0] and str(port) in errors[0]


@pytest.mark.parametrize(
    ("command", "said"),
    [
        (["db", "--help"], "upgrade: create or migrate the tables"),
        (["i18n", "--help"], "check: are all six catalogs complete and usable"),
        (["export", "--help"], "csv (default) or xlsx"),
        (["backup", "--help"], "for PostgreSQL use pg_dump"),
    ],
)
def test_every_subcommand_help_says_what_its_choices_do(
    capsys: pytest.CaptureFixture[str], command: list[str], said: str
) -> None:
    # `db --help` listed "{upgrade}" and `i18n --help` "{compile,check}" without a word.
    from bot.__main__ import main

    with pytest.raises(SystemExit):
        main(command)
    assert said in " ".join(capsys.readouterr().out.split())


def test_the_purge_names_an_export_kept_too_long_once_on_the_terminal(tmp_path: Path) -> None:
    """Operator: `python -m bot purge` at a terminal printed the warning about an old
    export twice, once in its own output and once more from the logger on stderr."""
    import os

    assert run_bot(["db", "upgrade"], tmp_path).returncode == 0
    assert run_bot(["export", "--output", "leads.csv"], tmp_path).returncode == 0
    # The child processes read the real clock, this test may run on a moved one
    # (KAUSA_TEST_DAYS_AHEAD): 40 days before the file was written by the child's clock.
    exported = tmp_path / "leads.csv"
    old = exported.stat().st_mtime - 40 * 86400
    os.utime(exported, (old, old))
    result = run_bot(["purge"], tmp_path, RETENTION_DAYS="30")
    assert result.returncode == 0, result.stderr
    terminal = result.stdout + result.stderr
    assert terminal.count("an export 40 days old, older than RETENTION_DAYS (30)") == 1
