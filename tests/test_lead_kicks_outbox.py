"""A committed lead sends its advisor notification at once, not at the next outbox run."""

from __future__ import annotations

import random
from typing import Any

import pytest

from bench.steps import Walker, bot_target
from bench.users import Person, callback
from bot.ops import jobs


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
        assert len(kicks) == 1
        assert list(target.lead_committed) != []
