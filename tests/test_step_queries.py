"""The queries every dialogue step runs, in their one-round-trip forms (db/repository.py)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db import repository as repo
from db.models import Conversation, User

Sessions = async_sessionmaker[AsyncSession]


async def test_user_with_state_creates_then_finds(sessionmaker: Sessions) -> None:
    async with sessionmaker() as session, session.begin():
        user, state = await repo.get_or_create_user_with_state(
            session, "telegram", "501", language_hint="uk-UA", username="olena", first_name="Olena"
        )
        assert state is None
        await repo.save_state(session, user.id, {"screen": "lang"})
    async with sessionmaker() as session, session.begin():
        again, state = await repo.get_or_create_user_with_state(
            session, "telegram", "501", language_hint="de", username="olena_k"
        )
        assert again.id == user.id
        assert state == {"screen": "lang"}
        # Same rules as get_or_create_user: a hint never overrides, None keeps the name.
        assert again.language == "uk-UA"
        assert again.username == "olena_k"
        assert again.first_name == "Olena"
    async with sessionmaker() as session:
        stored = await repo.get_user(session, "telegram", "501")
        assert stored is not None and stored.username == "olena_k"
        assert await session.scalar(sa.select(sa.func.count()).select_from(User)) == 1


async def test_user_with_state_recovers_from_insert_race(
    sessionmaker: Sessions, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with sessionmaker() as session, session.begin():
        winner = await repo.get_or_create_user(session, "telegram", "502")
        await repo.save_state(session, winner.id, {"screen": "menu"})
    # Simulate the other transaction committing between our SELECT and our INSERT.
    stale = (
        sa.select(User, Conversation.state)
        .outerjoin(Conversation, Conversation.user_id == User.id)
        .where(sa.false())
    )
    monkeypatch.setattr(repo, "_SELECT_USER_WITH_STATE", stale)
    async with sessionmaker() as session, session.begin():
        # Work done before the race must survive the failed insert.
        await repo.audit(session, action="before_race")
        user, state = await repo.get_or_create_user_with_state(
            session, "telegram", "502", first_name="Late"
        )
        assert user.id == winner.id
        assert user.first_name == "Late"
        assert state == {"screen": "menu"}
    async with sessionmaker() as session:
        assert await session.scalar(sa.select(sa.func.count()).select_from(User)) == 1


async def test_save_state_updates_a_conversation_loaded_in_the_session(
    sessionmaker: Sessions,
) -> None:
    async with sessionmaker() as session, session.begin():
        user = await repo.get_or_create_user(session, "telegram", "503")
        await repo.save_state(session, user.id, {"seq": 1})
    async with sessionmaker() as session, session.begin():
        loaded = await session.get(Conversation, user.id)
        assert loaded is not None and loaded.state == {"seq": 1}
        await repo.save_state(session, user.id, {"seq": 2})
        assert loaded.state == {"seq": 2}
    async with sessionmaker() as session:
        assert await repo.load_state(session, user.id) == {"seq": 2}
