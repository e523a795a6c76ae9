"""The bot as it runs in production, for fault tests: in-process with a chosen
transport, or as a real ``python -m bot run`` process that can be signalled."""

from __future__ import annotations

import asyncio
import copy
import itertools
import os
import signal
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import time_machine
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.services import BotApplication
from db.models import Conversation, Lead, OutboxMessage, User
from testkit.fake_bot_api import FakeBotAPI, JSONDict

# Re-exported: the tests that start servers import them from here.
from testkit.ports import free_port as free_port
from testkit.ports import listening as listening
from tests.command_line import start_bot
from tests.telegram_harness import TOKEN, running_bot

REPO_ROOT = Path(__file__).resolve().parents[1]


class RecordingFake(FakeBotAPI):
    """The fake Bot API that also keeps every update it queued, to deliver one again."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.pushed: dict[int, JSONDict] = {}

    def push_update(self, update: JSONDict) -> int:
        update_id = super().push_update(update)
        self.pushed.setdefault(update_id, copy.deepcopy({**update, "update_id": update_id}))
        return update_id

    def redeliver(self, update_id: int) -> None:
        """Queue update ``update_id`` once more, as Telegram does when it got no confirmation."""
        super().push_update(copy.deepcopy(self.pushed[update_id]))


#: The in-process bot, as every end-to-end test runs it.
started_bot = running_bot


async def settled(app: BotApplication, fake: FakeBotAPI, rounds: int = 5) -> None:
    """Wait until every queued update was fetched and handled (stable for a few checks)."""
    quiet = 0
    for _ in range(2000):
        busy = (
            fake.pending_updates
            or not app.update_queue.empty()
            or app.update_processor.current_concurrent_updates
        )
        quiet = 0 if busy else quiet + 1
        if quiet >= rounds:
            return
        await asyncio.sleep(0.02)
    raise AssertionError("the bot did not settle")


# -- the database, as the tests inspect it ---------------------------------------


async def conversation(
    sessionmaker: async_sessionmaker[AsyncSession], telegram_id: int
) -> dict[str, Any] | None:
    """The stored dialogue state of a Telegram user, or None."""
    async with sessionmaker() as session:
        stmt = (
            sa.select(Conversation.state)
            .join(User, User.id == Conversation.user_id)
            .where(User.external_id == str(telegram_id))
        )
        return (await session.execute(stmt)).scalar_one_or_none()


async def leads(sessionmaker: async_sessionmaker[AsyncSession]) -> list[Lead]:
    async with sessionmaker() as session:
        return list((await session.execute(sa.select(Lead).order_by(Lead.id))).scalars())


async def outbox(sessionmaker: async_sessionmaker[AsyncSession]) -> list[OutboxMessage]:
    async with sessionmaker() as session:
        stmt = sa.select(OutboxMessage).order_by(OutboxMessage.id)
        return list((await session.execute(stmt)).scalars())


# -- a real process ----------------------------------------------------------------


#: Numbers the child processes' logs (per test run; each test has its own workdir).
_LOG_NUMBERS = itertools.count()


class BotProcess:
    """``python -m bot run`` in a process of its own, against the fake Bot API: a fork of
    the pytest worker's fork server (tests/forkserver.py), which has imported the bot once.
    It is signalled by its process id; its exit code is the one the server writes."""

    def __init__(
        self,
        fake: FakeBotAPI,
        database_url: str,
        workdir: Path,
        *args: str,
        env: dict[str, str] | None = None,
    ) -> None:
        self.fake = fake
        self.args = args
        self.workdir = workdir
        # A log of its own: two processes made before either started (one serving, one
        # waiting) both took bot-0.log, and the first's lines overwrote the second's.
        self.log_path = workdir / f"bot-{next(_LOG_NUMBERS)}.log"
        self.env = {
            # Only what the bot needs: nothing from a developer's environment leaks in.
            "PATH": os.environ.get("PATH", ""),
            "HOME": os.environ.get("HOME", str(workdir)),
            "PYTHONUNBUFFERED": "1",
            # This checkout's code, not the one the virtualenv's editable install names.
            "PYTHONPATH": str(REPO_ROOT),
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_BASE_URL": f"{fake.url}/bot",
            "DATABASE_URL": database_url,
            "LOG_LEVEL": "INFO",
            "WEB_ENABLED": "false",
            # The suite's group pace (tests/conftest.py), so a backlog is not paced at 20/min.
            "TELEGRAM_GROUP_MAX_PER_MINUTE": os.environ.get("TELEGRAM_GROUP_MAX_PER_MINUTE", ""),
            **(env or {}),
        }
        # Where the fork server writes the exit code when the process has ended.
        self.status_path = self.log_path.with_suffix(".status")
        self.pid: int | None = None

    async def start(self, *, ready: bool = True) -> BotProcess:
        """Start the process and wait until it polls (or has set its webhook).

        ``ready=False`` returns once the process is started (one that is to wait at start).
        """
        ready_method = "setWebhook" if "--webhook" in self.args else "deleteWebhook"
        before = len(self.fake.calls_to(ready_method))
        # A fork of the worker's process that has imported the bot (tests/forkserver.py):
        # a process of its own, as `python -m bot run` is, without a second of imports.
        self.pid = start_bot(
            {
                "args": ["run", *self.args],
                "cwd": str(self.workdir),  # no .env from the repository
                "env": self.env,
                "stdin": os.devnull,
                "stdout": str(self.log_path),
                "stderr": "stdout",
                "status": str(self.status_path),
            }
        )
        if not ready:
            return self
        try:
            await self.fake.wait_for(
                lambda: len(self.fake.calls_to(ready_method)) > before or self._exited(),
                timeout=60,
                message="the bot process to start",
            )
        except AssertionError:
            raise AssertionError(f"bot did not start:\n{self.log()}") from None
        if self._exited():
            raise AssertionError(f"bot exited at start:\n{self.log()}")
        return self

    @property
    def returncode(self) -> int | None:
        """The exit code once the process has ended (negative: killed by that signal)."""
        try:
            return int(self.status_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None

    def _exited(self) -> bool:
        return self.pid is not None and self.returncode is not None

    def signal(self, number: int) -> None:
        assert self.pid is not None
        if not self._exited():
            os.kill(self.pid, number)

    async def wait(self, timeout: float = 30.0) -> int:  # noqa: ASYNC109
        """Wait for the process to end; its exit code (negative: killed by that signal)."""
        try:
            return await asyncio.wait_for(self._ended(), timeout)
        except TimeoutError:
            self.signal(signal.SIGKILL)
            await self._ended()
            raise AssertionError(f"bot did not exit within {timeout}s:\n{self.log()}") from None

    async def _ended(self) -> int:
        assert self.pid is not None
        # The fork server's waiter writes the file; no event of this loop says when.
        while (code := self.returncode) is None:  # noqa: ASYNC110
            await asyncio.sleep(0.01)
        return code

    async def terminate(self) -> int:
        """SIGTERM, as systemd sends on stop; returns the exit code."""
        self.signal(signal.SIGTERM)
        return await self.wait()

    async def kill(self) -> int:
        """SIGKILL: the process ends on the spot, as in a crash or an OOM kill."""
        self.signal(signal.SIGKILL)
        return await self.wait()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    async def wait_for_log(self, text: str, timeout: float = 30.0) -> None:  # noqa: ASYNC109
        """Wait until the process has logged ``text``."""
        await self.fake.wait_for(
            lambda: text in self.log() or self._exited(),
            timeout=timeout,
            message=f"the bot to log {text!r}",
        )
        assert text in self.log(), self.log()

    async def close(self) -> None:
        """Make sure the process is gone (end of a test, also when it failed)."""
        if self.pid is not None and not self._exited():
            self.signal(signal.SIGKILL)
            await self._ended()


async def due_for_the_bot_process(sessionmaker: async_sessionmaker[AsyncSession]) -> None:
    """Make every waiting outbox row due by the clock of a bot started as a child process.

    Rows written here carry this test's clock, which KAUSA_TEST_DAYS_AHEAD moves ahead;
    a child process keeps the real clock and would find them due only in N days.
    """
    hatch = time_machine.escape_hatch
    real_now = (hatch.datetime.datetime if hatch.is_travelling() else datetime).now(UTC)
    async with sessionmaker() as session, session.begin():
        await session.execute(sa.update(OutboxMessage).values(next_attempt_at=real_now))
