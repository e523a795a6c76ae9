"""SIGTERM under a backlog of advisor notifications: the bot stops taking outbox work,
exits cleanly, and the next start sends the rest, each card once."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests.advisor_desk import LEIPZIG_GROUP, add_lead, offices_toml
from tests.live_bot import BotProcess, RecordingFake, due_for_the_bot_process, outbox

BACKLOG = 40


async def test_sigterm_leaves_the_outbox_backlog_for_the_next_start(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    offices = tmp_path / "offices.toml"
    offices.write_text(offices_toml(), encoding="utf-8")
    for n in range(BACKLOG):
        await add_lead(sessionmaker, timedelta(minutes=BACKLOG - n), name=f"Person {n}")
    await due_for_the_bot_process(sessionmaker)
    async with RecordingFake() as fake:
        env = {"OFFICES_FILE": str(offices)}
        # Telegram takes half a second per card: the backlog would need 20 s.
        fake.delay_next("sendMessage", 0.5, times=BACKLOG)
        first = BotProcess(fake, database_url, tmp_path, env=env)
        try:
            await first.start()
            await fake.wait_for(
                lambda: fake.sent(LEIPZIG_GROUP), timeout=30, message="the first card"
            )
            assert await first.terminate() == 0, first.log()
        finally:
            await first.close()
        sent_before_restart = len(fake.sent(LEIPZIG_GROUP))
        rows = await outbox(sessionmaker)
        waiting = [r for r in rows if r.status == "pending"]
        # Stopped after the card on its way; the rest waits, claimed by nobody.
        assert 0 < sent_before_restart < BACKLOG
        assert len(waiting) == BACKLOG - sent_before_restart
        assert all(r.claimed_by is None for r in waiting)

        fake.clear_faults()
        second = BotProcess(fake, database_url, tmp_path, env=env)
        try:
            await second.start()
            # A group takes about 20 messages a minute after its first burst (the bot's
            # limiter), so the rest may need two minutes: waited for, not timed.
            await fake.wait_for(
                lambda: len(fake.sent(LEIPZIG_GROUP)) >= BACKLOG, timeout=240, message="the rest"
            )
            assert await second.terminate() == 0, second.log()
        finally:
            await second.close()
    numbers = [re.search(r"Anfrage #(\d+)", m.text) for m in fake.sent(LEIPZIG_GROUP)]
    ids = [int(found.group(1)) for found in numbers if found]
    assert sorted(ids) == list(range(1, BACKLOG + 1))  # every card once
    assert {r.status for r in await outbox(sessionmaker)} == {"sent"}
