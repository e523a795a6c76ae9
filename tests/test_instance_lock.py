"""One bot process per database, and per token: the instance lock and 409 Conflict.

A second ``python -m bot run`` on the same database waits before it fetches an update;
a process that meets Telegram's 409 Conflict stops instead of retrying forever.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.ops.instance import CONFLICT_EXIT, CONFLICT_LIMIT, ConflictGuard, InstanceLock
from db.models import InboundUpdate, User
from db.session import create_engine
from tests.live_bot import BotProcess, RecordingFake

WAITING = "another bot process runs on this database"


async def test_a_second_lock_on_the_database_waits_until_the_first_is_released(
    database_url: str,
) -> None:
    first_engine, second_engine = create_engine(database_url), create_engine(database_url)
    first, second = InstanceLock(first_engine), InstanceLock(second_engine)
    try:
        assert await first.try_acquire()
        assert not await second.try_acquire()
        waiting = asyncio.create_task(second.acquire(interval=0.05))
        await asyncio.sleep(0.3)
        assert not waiting.done() and not second.held
        await first.release()
        await asyncio.wait_for(waiting, 5)
        assert second.held
        # Released by the second, the lock can be taken again.
        await second.release()
        assert await first.try_acquire()
    finally:
        await first.release()
        await second.release()
        await first_engine.dispose()
        await second_engine.dispose()


async def users(sessionmaker: async_sessionmaker[AsyncSession]) -> list[str]:
    async with sessionmaker() as session:
        return list((await session.execute(sa.select(User.external_id))).scalars())


@asynccontextmanager
async def one_serving_one_waiting(
    fake: RecordingFake, database_url: str, tmp_path: Path
) -> AsyncIterator[tuple[BotProcess, BotProcess, int]]:
    """Two bot processes on one database: the first polling, the second waiting for the
    instance lock; with the polls the first made before the second started."""
    first = BotProcess(fake, database_url, tmp_path)
    second = BotProcess(fake, database_url, tmp_path)
    try:
        await first.start()
        polls_before = len(fake.calls_to("deleteWebhook"))
        await second.start(ready=False)
        await second.wait_for_log(WAITING)
        yield first, second, polls_before
    finally:
        await first.close()
        await second.close()


async def test_a_second_bot_process_waits_and_takes_over_when_the_first_stops(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    async with (
        RecordingFake() as fake,
        one_serving_one_waiting(fake, database_url, tmp_path) as (first, second, polls_before),
    ):
        # The waiting process fetches nothing: the person is answered once, by the first.
        fake.user_message(731, "/start", language_code="en")
        answers = await fake.wait_sent(731, 1, timeout=15)
        assert len(fake.calls_to("deleteWebhook")) == polls_before

        assert await first.terminate() == 0, first.log()
        # The second takes over and answers what comes next.
        await fake.wait_for(
            lambda: len(fake.calls_to("deleteWebhook")) > polls_before,
            timeout=30,
            message="the second process to start polling",
        )
        fake.user_message(731, "/help")
        answers = await fake.wait_sent(731, 2, timeout=15)
        assert answers[0].text.startswith("Hello!") and "/menu" in answers[1].text
        await asyncio.sleep(0.5)
        assert len(fake.sent(731)) == 2
        assert await users(sessionmaker) == ["731"]
        async with sessionmaker() as session:
            stored = await session.execute(sa.select(sa.func.count(InboundUpdate.update_id)))
            assert stored.scalar_one() == 2
        assert await second.terminate() == 0, second.log()
        log = second.log()
        assert log.count(WAITING) == 1
        assert "the other bot process has stopped; starting" in log


async def test_sigterm_stops_a_bot_process_that_waits_for_the_instance_lock(
    database_url: str, tmp_path: Path
) -> None:
    # systemd stopping the waiting process of a restart overlap: it must not hang until the
    # first one is gone (its start-up is cancelled, bot.ops.runner) nor leave a traceback.
    async with (
        RecordingFake() as fake,
        one_serving_one_waiting(fake, database_url, tmp_path) as (first, second, _),
    ):
        assert await second.terminate() == 0, second.log()
        assert "Traceback" not in second.log()
        # The first is untouched: it still answers.
        fake.user_message(732, "/start", language_code="en")
        assert (await fake.wait_sent(732, 1, timeout=15))[0].text.startswith("Hello!")
        assert await first.terminate() == 0, first.log()


async def test_a_lasting_409_conflict_stops_the_bot_with_exit_code_3(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    async with RecordingFake() as fake:
        # Someone else polls with this token: every getUpdates is refused with 409.
        fake.fail_next("getUpdates", 409, times=1000)
        process = BotProcess(fake, database_url, tmp_path)
        try:
            await process.start()
            assert await process.wait(timeout=60) == CONFLICT_EXIT
        finally:
            await process.close()
        log = process.log()
        assert log.count("Telegram answered 409 Conflict to getUpdates") == 1
        assert log.count(f"stopping: {CONFLICT_LIMIT} conflicts") == 1
        assert "unexpected Conflict" not in log and "Traceback" not in log
        # The polling loop may start one more request while the stop is under way.
        assert len(fake.failed_calls) in (CONFLICT_LIMIT, CONFLICT_LIMIT + 1)
        assert await users(sessionmaker) == []


def test_one_or_two_conflicts_do_not_stop_the_bot() -> None:
    # A killed process's last long poll may still be open at Telegram for a moment.
    now = [0.0]
    guard = ConflictGuard(limit=3, window=60, clock=lambda: now[0])
    assert not guard.conflict()
    now[0] = 30
    assert not guard.conflict()
    now[0] = 100  # the first two are out of the window
    assert not guard.conflict()
    now[0] = 101
    assert not guard.conflict()
    now[0] = 102
    assert guard.conflict()
