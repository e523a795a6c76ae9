"""The process's hub of committed leads and messages (db/news.py): what listeners hear."""

from __future__ import annotations

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db import news, repository
from tests.advisor_desk import LEAD

Sessions = async_sessionmaker[AsyncSession]


async def test_a_lead_is_told_after_its_commit_and_never_after_a_rollback(
    sessionmaker: Sessions,
) -> None:
    with news.HUB.listen() as queue:
        async with sessionmaker() as session, session.begin():
            kept = await repository.create_lead(session, **LEAD)
            told_before_commit = queue.qsize()
        with pytest.raises(RuntimeError):
            async with sessionmaker() as session, session.begin():
                await repository.create_lead(session, **LEAD)
                raise RuntimeError("the step failed")
        heard = [queue.get_nowait() for _ in range(queue.qsize())]
    assert told_before_commit == 0
    assert heard == [news.News(kept.id, "leipzig")]
    assert news.HUB.listeners == 0  # the listener is gone with its block


def test_a_listener_that_falls_behind_is_told_to_reload() -> None:
    hub = news.Hub()
    with hub.listen() as queue:
        hub.publish([news.News(n, "leipzig") for n in range(1, news.BACKLOG + 5)])
        heard = [queue.get_nowait() for _ in range(queue.qsize())]
    assert len(heard) == news.BACKLOG
    assert heard[-1] is news.OVERFLOW
