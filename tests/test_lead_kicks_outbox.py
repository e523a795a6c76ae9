"""A committed lead sends its advisor notification at once, not at the next outbox run.

The dialogue service announces the lead (``Dialogue.on_lead``), so every channel
starts delivery the same way; the composition root points it at the outbox job.
"""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import terminal
from bot.ops import jobs
from db.models import Lead
from testkit.fake_bot_api import FakeBotAPI
from tests import dialogue_driver
from tests.telegram_harness import Chat, callback_request_until_name, running_bot, settings_for


async def test_only_the_step_that_commits_a_lead_kicks_the_outbox(
    database_url: str,
    sessionmaker: async_sessionmaker[AsyncSession],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kicks: list[Any] = []
    monkeypatch.setattr(jobs, "kick", kicks.append)
    async with FakeBotAPI() as fake, running_bot(settings_for(fake, database_url)) as app:
        chat = Chat(fake, 7001, "en")
        # Every step up to the summary: no lead yet, no kick.
        await callback_request_until_name(chat)
        await chat.type("Ayşe Yılmaz")
        await chat.type("0341 1234567")
        await chat.press("By phone")
        summary = await chat.press("Any time")
        assert chat._("Please check your details:") in summary.text
        assert kicks == []
        await chat.press("Send request")
        assert kicks == [app]
    async with sessionmaker() as session:
        names = (await session.scalars(sa.select(Lead.name))).all()
    assert names == ["Ayşe Yılmaz"]


async def test_a_lead_from_the_terminal_is_announced_the_same_way(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    announced: list[int] = []
    dialogue = dialogue_driver.make_dialogue(sessionmaker)
    dialogue.on_lead = announced.append
    person = dialogue_driver.Person(dialogue, "local", channel=terminal.CHANNEL)
    await dialogue_driver.walk_to_summary(person)
    assert announced == []
    await person.press("Send")
    async with sessionmaker() as session:
        stored = (await session.execute(sa.select(Lead.id, Lead.channel))).all()
    assert [(lead_id, terminal.CHANNEL) for lead_id in announced] == [tuple(r) for r in stored]
    assert len(announced) == 1
