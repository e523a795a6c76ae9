"""The queries every dialogue step runs, in their one-round-trip forms (db/repository.py)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db import repository as repo
from db.models import AuditEvent, InboundUpdate, User
from tests.stored_users import NOW, stored_user

Sessions = async_sessionmaker[AsyncSession]


async def test_users_with_state_finds_a_group_in_one_query(sessionmaker: Sessions) -> None:
    async with sessionmaker() as session, session.begin():
        await repo.add_users(
            session,
            "telegram",
            {"501": ("olena", "Olena"), "502": (None, "Ali"), "503": (None, None)},
            NOW,
        )
        found = await repo.users_with_state(session, "telegram", ["501", "502", "503"])
        await repo.save_states(session, [(found["501"][0].id, {"screen": "lang"})], NOW)
    async with sessionmaker() as session, session.begin():
        again = await repo.users_with_state(
            session,
            "telegram",
            ["501", "502", "504"],
            profiles={"501": ("olena_k", None), "502": (None, "Ali Kaya")},
        )
        # Only known people; a person's state, or None before their first saved step.
        assert sorted(again) == ["501", "502"]
        olena, state = again["501"]
        assert state == {"screen": "lang"} and again["502"][1] is None
        # None keeps the stored name.
        assert (olena.username, olena.first_name) == ("olena_k", "Olena")
    async with sessionmaker() as session:
        names = dict((await session.execute(sa.select(User.external_id, User.first_name))).all())
        assert names == {"501": "Olena", "502": "Ali Kaya", "503": None}


async def test_add_users_leaves_someone_inserted_meanwhile_alone(sessionmaker: Sessions) -> None:
    async with sessionmaker() as session, session.begin():
        winner = await stored_user(session, "telegram", "505", first_name="First")
        await repo.save_states(session, [(winner.id, {"screen": "menu"})], NOW)
    # Another transaction inserted 505 after this one found it missing.
    async with sessionmaker() as session, session.begin():
        await repo.audit(session, action="before_race")
        await repo.add_users(
            session, "telegram", {"505": (None, "Late"), "506": ("new", None)}, NOW
        )
        found = await repo.users_with_state(session, "telegram", ["505", "506"])
        assert found["505"][0].id == winner.id and found["505"][1] == {"screen": "menu"}
        assert found["505"][0].first_name == "First" and found["506"][0].username == "new"
    async with sessionmaker() as session:
        assert await session.scalar(sa.select(sa.func.count()).select_from(User)) == 2
        assert await session.scalar(sa.select(sa.func.count()).select_from(AuditEvent)) == 1


async def test_claims_of_a_group_and_their_release(sessionmaker: Sessions) -> None:
    async with sessionmaker() as session, session.begin():
        assert await repo.claim_updates(session, [10, 11], NOW) == {10, 11}
    async with sessionmaker() as session, session.begin():
        # 11 is a redelivery; 12 and 13 are new.
        assert await repo.claim_updates(session, [11, 12, 13], NOW) == {12, 13}
        await repo.release_updates(session, [13])  # its step failed
        assert await repo.claim_updates(session, [], NOW) == set()
    async with sessionmaker() as session:
        ids = (await session.execute(sa.select(InboundUpdate.update_id))).scalars().all()
        assert sorted(ids) == [10, 11, 12]
