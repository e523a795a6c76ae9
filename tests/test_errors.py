"""What the logs show when something goes wrong: no token, no personal data, ids only."""

from __future__ import annotations

import asyncio
import io
import logging
import os
import subprocess
import sys
from pathlib import Path

import aiohttp
import pytest
from telegram import Update
from telegram.ext import TypeHandler

from bot.services import BotContext
from db.vocabulary import InboxState
from testkit.fake_bot_api import FakeBotAPI
from tests.live_bot import free_port, settled, started_bot
from tests.telegram_harness import TOKEN, settings_for
from tests.test_inbox import Sessions, inbox_rows
from tests.test_webhook import SECRET, start_update, webhook_settings

PERSONAL = ("Lina", "Kowalski", "0151 2345678")


@pytest.mark.parametrize(
    ("fake_token", "base_path"),
    [("999:revoked-token_abcdefghijklmnopqrstuv", "/bot"), (None, "/bott")],
    ids=["401-revoked-token", "404-mistyped-base-url"],
)
async def test_a_rejected_token_ends_the_start_with_one_line_without_it(
    tmp_path: Path, fake_token: str | None, base_path: str
) -> None:
    async with FakeBotAPI(token=fake_token) as fake:
        env = {
            "PATH": os.environ.get("PATH", ""),
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_BASE_URL": f"{fake.url}{base_path}",
            "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
        }
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            cwd=tmp_path,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        output = (await asyncio.wait_for(process.communicate(), 60))[0].decode()
    assert process.returncode == 2, output
    assert TOKEN not in output and TOKEN.split(":")[1] not in output
    assert "Traceback" not in output
    errors = [line for line in output.splitlines() if line.startswith("error:")]
    assert errors == [
        "error: Telegram rejected the bot token (getMe answered 401 or 404): "
        "check TELEGRAM_BOT_TOKEN and TELEGRAM_BASE_URL"
    ]


async def test_an_unexpected_exception_is_logged_once_with_the_update_id_only(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    async def boom(update: object, context: BotContext) -> None:
        raise ValueError("Lina Kowalski, 0151 2345678")

    caplog.set_level(logging.INFO)
    async with FakeBotAPI() as fake, started_bot(settings_for(fake, database_url)) as app:
        app.add_handler(TypeHandler(Update, boom), group=-5)
        update_id = fake.user_message(701, "Lina Kowalski 0151 2345678")
        await fake.wait_for(
            lambda: any("unexpected" in r.getMessage() for r in caplog.records), timeout=10
        )
        await asyncio.sleep(0.2)
    reports = [r for r in caplog.records if "unexpected" in r.getMessage()]
    assert len(reports) == 1
    assert f"update {update_id} (message)" in reports[0].getMessage()
    assert "ValueError" in reports[0].getMessage()
    assert "No error handlers are registered" not in caplog.text
    for secret in PERSONAL:
        assert secret not in caplog.text


def _unparseable(update_id: int) -> dict[str, object]:
    # A message without its chat: python-telegram-bot cannot build an Update from it.
    person = {"id": 702, "is_bot": False, "first_name": "Lina", "last_name": "Kowalski"}
    return {"update_id": update_id, "message": {"text": "0151 2345678", "from": person}}


async def test_an_unparseable_polled_update_is_skipped_stored_and_logged_by_id_and_type(
    database_url: str, sessionmaker: Sessions, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    async with FakeBotAPI() as fake:
        async with started_bot(settings_for(fake, database_url)) as app:
            fake.push_update(_unparseable(4711))
            fake.push_update(start_update(4712, 704))
            # Polling goes on past it: the next person is answered.
            await fake.wait_sent(704, 1)
            await settled(app, fake)
        assert fake.pending_updates == 0  # confirmed to Telegram: not fetched again
    rows = {row.update_id: row for row in await inbox_rows(sessionmaker)}
    assert rows[4711].state == InboxState.DONE and rows[4712].state == InboxState.DONE
    assert "update 4711 (message)" in caplog.text
    assert fake.sent(702) == []
    for secret in PERSONAL:
        assert secret not in caplog.text
        assert secret not in (rows[4711].payload or "")


async def test_an_unparseable_webhook_update_is_refused_and_logged_by_id_and_type(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram/updates"
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    async with FakeBotAPI() as fake:
        settings = webhook_settings(fake, database_url, port)
        async with started_bot(settings, webhook=True), aiohttp.ClientSession() as http:
            refused = await http.post(url, json=_unparseable(4712), headers=headers)
            accepted = await http.post(url, json=start_update(4713, 703), headers=headers)
            await fake.wait_sent(703, 1)
    assert (refused.status, accepted.status) == (400, 200)
    assert "update 4712 (message)" in caplog.text
    for secret in PERSONAL:
        assert secret not in caplog.text


def test_the_running_bot_logs_no_exception_message_and_no_token() -> None:
    from bot.ops.errors import TokenFilter

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(TokenFilter(TOKEN))
    logger = logging.getLogger("tests.guarded")
    logger.addHandler(handler)
    try:
        try:
            raise ValueError("INSERT failed: parameters ('Lina Kowalski', '0151 2345678')")
        except ValueError:
            logger.exception("step failed for update %s", 4714)
        logger.warning("GET https://api.telegram.org/bot%s/getMe", TOKEN)
    finally:
        logger.removeHandler(handler)
    written = stream.getvalue()
    assert "step failed for update 4714" in written and "ValueError" in written
    assert "<token>" in written and TOKEN not in written
    for secret in PERSONAL:
        assert secret not in written


def test_every_command_logs_an_exception_without_its_message() -> None:
    # `python -m bot web` (no token: no TokenFilter) logged aiohttp's "Error handling
    # request" and "the nightly retention run failed" with the exception's message, where
    # PostgreSQL writes "DETAIL: Failing row contains (…, 'Lina Kowalski', …)".
    from bot.ops.logs import configure_logging

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        configure_logging("INFO")
        try:
            raise ValueError("DETAIL: Failing row contains (7, 'Lina Kowalski', '0151 2345678')")
        except ValueError:
            logging.getLogger("aiohttp.server").exception("Error handling request")
    finally:
        root.removeHandler(handler)
    written = stream.getvalue()
    assert "Error handling request" in written
    assert "ValueError (message not logged)" in written and "test_errors.py" in written
    for secret in PERSONAL:
        assert secret not in written


def test_the_start_logs_no_line_per_alembic_plugin(tmp_path: Path) -> None:
    # `python -m bot web` and `run` began with eleven lines "alembic.runtime.plugins: setup
    # plugin alembic.autogenerate.…" at INFO, above the warnings an operator must read.
    # A process of its own: alembic sets its plugins up once per process, as at a start.
    url = f"sqlite+aiosqlite:///{tmp_path / 'kausa.db'}"
    started = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from bot.ops.logs import configure_logging; "
            "configure_logging('INFO'); from db.migrate import upgrade_sync; "
            "upgrade_sync(sys.argv[1])",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )
    assert "Running upgrade" in started.stderr  # what the migration did is still told
    assert "setup plugin" not in started.stderr
