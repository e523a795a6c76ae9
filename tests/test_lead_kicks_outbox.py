"""A committed lead sends its advisor notification at once, not at the next outbox run.

The dialogue service announces the lead (``Dialogue.on_lead``), so every channel
starts delivery the same way; the composition root points it at the outbox job.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bench.steps import Walker, bot_target
from bench.users import Person, callback
from bot import terminal
from bot.ops import jobs
from db.models import Lead
from tests import dialogue_driver


async def test_only_the_step_that_commits_a_lead_kicks_the_outbox(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    kicks: list[Any] = []
    monkeypatch.setattr(jobs, "kick", kicks.append)
    async with bot_target(database_url) as target:
        walker = Walker(target)
        person = Person(7001, "en")
        script = callback("en", random.Random(1))
        # Every step up to the summary: no lead yet, no kick.
        assert await walker.play(person, script[:-1])
        assert kicks == []
        assert await walker.play(person, script[-1:])  # "Send"
        assert kicks == [target.application]
        assert list(target.lead_committed) != []


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
