"""The statements every step runs, on the driver (db.steps, db.direct): what they store."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from db import direct, news, repository, steps
from db.models import AuditEvent, Conversation, FunnelCount, InboundUpdate, User
from db.news import News
from tests.stored_users import NOW, stored_user

Sessions = async_sessionmaker[AsyncSession]


async def test_people_of_a_group_are_read_in_one_query_and_their_names_refreshed(
    db_engine: AsyncEngine, sessionmaker: Sessions
) -> None:
    async with direct.transaction(db_engine) as tx:
        profiles = {"501": ("olena", "Olena"), "502": (None, "Ali"), "503": (None, None)}
        await steps.add_people(tx, "telegram", profiles, NOW)
        found = await steps.people_with_state(tx, "telegram", ["501", "502", "503"])
        await steps.save_states(tx, [(found["501"][0].id, {"screen": "lang"})], NOW)
    async with direct.transaction(db_engine) as tx:
        again = await steps.people_with_state(
            tx,
            "telegram",
            ["501", "502", "504"],
            {"501": ("olena_k", None), "502": (None, "Ali Kaya")},
        )
        # Only known people; a person's state, or None before their first saved step.
        assert sorted(again) == ["501", "502"]
        olena, state = again["501"]
        assert state == {"screen": "lang"} and again["502"][1] is None
        # None keeps the stored name.
        assert (olena.username, olena.first_name) == ("olena_k", "Olena")
        olena.speaks("uk")
        await steps.save_people(tx, [row for row, _ in again.values()], NOW)
    async with sessionmaker() as session:
        rows = await session.execute(sa.select(User.external_id, User.first_name, User.language))
        assert sorted(rows.all()) == [
            ("501", "Olena", "uk"),
            ("502", "Ali Kaya", None),
            ("503", None, None),
        ]
        olena_row = await session.scalar(sa.select(User).where(User.external_id == "501"))
        assert olena_row is not None and olena_row.updated_at == NOW


async def test_adding_people_leaves_someone_inserted_meanwhile_alone(
    db_engine: AsyncEngine, sessionmaker: Sessions
) -> None:
    async with sessionmaker() as session, session.begin():
        winner = await stored_user(session, "telegram", "505", first_name="First")
        session.add(Conversation(user_id=winner.id, state={"screen": "menu"}, updated_at=NOW))
    # Another transaction inserted 505 after this one found it missing.
    async with direct.transaction(db_engine) as tx:
        added = await steps.add_people(
            tx, "telegram", {"505": (None, "Late"), "506": ("new", None)}, NOW
        )
        found = await steps.people_with_state(tx, "telegram", ["505", "506"])
        # Only the row it inserted comes back, as stored and without a state yet.
        assert sorted(added) == ["506"] and added["506"][1] is None
        new = added["506"][0]
        assert (new.id, new.username, new.first_name, new.language) == (
            found["506"][0].id,
            "new",
            None,
            None,
        )
        assert found["505"][0].id == winner.id and found["505"][1] == {"screen": "menu"}
        assert found["505"][0].first_name == "First" and found["506"][0].username == "new"
    async with sessionmaker() as session:
        assert await session.scalar(sa.select(sa.func.count()).select_from(User)) == 2


async def test_claims_of_a_group_and_their_release(
    db_engine: AsyncEngine, sessionmaker: Sessions
) -> None:
    async with direct.transaction(db_engine) as tx:
        assert await steps.claim_updates(tx, [10, 11], NOW, state="done") == {10, 11}
    async with direct.transaction(db_engine) as tx:
        # 11 is a redelivery; 12 and 13 are new.
        claimed = await steps.claim_updates(
            tx, [11, 12, 13], NOW, state="stepped", reply_after={12: 7}, chats={12: 512}
        )
        assert claimed == {12, 13}
        await repository.release_updates(tx.connection, [13])  # its step failed
        assert await steps.claim_updates(tx, [], NOW, state="done") == set()
    async with sessionmaker() as session:
        rows = {r.update_id: r for r in await session.scalars(sa.select(InboundUpdate))}
    assert sorted(rows) == [10, 11, 12]
    assert (rows[12].state, rows[12].reply_after, rows[12].processed_at) == ("stepped", 7, NOW)
    # Claimed before the inbox stored it (bot.inbox.feed): where its reply goes is kept.
    assert rows[12].chat_id == 512
    assert rows[11].state == "done"


async def test_a_groups_claim_and_read_find_its_people_of_every_channel_and_its_new_updates(
    db_engine: AsyncEngine, sessionmaker: Sessions
) -> None:
    async with direct.transaction(db_engine) as tx:
        await steps.add_people(tx, "telegram", {"601": (None, "Mai"), "602": (None, None)}, NOW)
        await steps.add_people(tx, "web", {"601": (None, None)}, NOW)
        mai = (await steps.people_with_state(tx, "telegram", ["601"]))["601"][0]
        await steps.save_states(tx, [(mai.id, {"screen": "menu"})], NOW)
        assert await steps.claim_updates(tx, [40], NOW, state="done") == {40}
    people = {"telegram": ["601", "602", "603"], "web": ["601"]}
    async with direct.transaction(db_engine) as tx:
        # 40 is a redelivery, 41 is new; 603 has never written.
        claimed, found = await steps.claim_and_read(
            tx, [40, 41], NOW, people, state="stepped", chats={41: 601}
        )
        assert claimed == {41}
        assert sorted(found) == [("telegram", "601"), ("telegram", "602"), ("web", "601")]
        assert found[("telegram", "601")][0].first_name == "Mai"
        assert found[("telegram", "601")][1] == {"screen": "menu"}
        assert found[("web", "601")][1] is None
        assert found[("telegram", "601")][0].id != found[("web", "601")][0].id
        # A group without update ids (the web chat's steps) reads only.
        none, web = await steps.claim_and_read(tx, [], NOW, {"web": ["601"]}, state="stepped")
        assert none == set() and list(web) == [("web", "601")]
    async with sessionmaker() as session:
        rows = {r.update_id: r for r in await session.scalars(sa.select(InboundUpdate))}
    assert (rows[41].state, rows[41].chat_id, rows[41].processed_at) == ("stepped", 601, NOW)
    assert rows[40].state == "done"


async def test_a_groups_writes_store_its_funnel_names_and_states_and_only_what_changed(
    db_engine: AsyncEngine, sessionmaker: Sessions
) -> None:
    day = date(2026, 11, 25)
    async with direct.transaction(db_engine) as tx:
        await steps.add_people(tx, "telegram", {"611": ("old", "Olena"), "612": (None, "Ali")}, NOW)
        await steps.count_funnel(tx, [(day, "young", "uk", "start", 1)])
    later = NOW.replace(hour=NOW.hour + 1)
    async with direct.transaction(db_engine) as tx:
        found = await steps.people_with_state(
            tx, "telegram", ["611", "612"], {"611": ("olena_k", None)}
        )
        olena, ali = found["611"][0], found["612"][0]
        olena.speaks("uk")
        totals = [(day, "young", "uk", "start", 2), (day, "young", "uk", "q:name", 1)]
        states = [(olena.id, {"screen": "q:name"}), (ali.id, {"screen": "menu"})]
        heard: list[str] = []

        def statement(conn: object, cursor: object, sql: str, *_: object) -> None:
            heard.append(sql.split()[0])

        event.listen(db_engine.sync_engine, "before_cursor_execute", statement)
        try:
            await steps.save_group(tx, totals, [olena, ali], states, later)
        finally:
            event.remove(db_engine.sync_engine, "before_cursor_execute", statement)
        assert not olena.changed
    # PostgreSQL: one round trip for the three writes; SQLite: one statement each.
    postgres = db_engine.dialect.name == "postgresql"
    assert heard == (["WITH"] if postgres else ["INSERT", "UPDATE", "INSERT"])
    async with direct.transaction(db_engine) as tx:
        # Nothing reached, nobody changed: only the states.
        await steps.save_group(tx, [], [olena, ali], [(ali.id, {"screen": "lang"})], later)
        # Nothing at all to write: no statement, no error.
        await steps.save_group(tx, [], [], [], later)
    async with sessionmaker() as session:
        users = {
            u.external_id: (u.username, u.first_name, u.language, u.updated_at)
            for u in await session.scalars(sa.select(User))
        }
        conversations = {c.user_id: c.state for c in await session.scalars(sa.select(Conversation))}
        funnel = dict((await session.execute(sa.select(FunnelCount.step, FunnelCount.count))).all())
    assert users == {"611": ("olena_k", "Olena", "uk", later), "612": (None, "Ali", None, NOW)}
    assert conversations == {olena.id: {"screen": "q:name"}, ali.id: {"screen": "lang"}}
    assert funnel == {"start": 3, "q:name": 1}


async def test_a_group_without_a_transaction_reads_then_claims_and_writes_as_one_statement(
    db_engine: AsyncEngine, sessionmaker: Sessions
) -> None:
    if db_engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only: SQLite's statements cost no round trip")
    day = date(2026, 11, 25)
    held = direct.Held(db_engine)
    async with held.transaction() as tx:
        await steps.add_people(tx, "telegram", {"621": (None, "Lan"), "622": (None, "Oleh")}, NOW)
        found = await steps.people_with_state(tx, "telegram", ["621", "622"])
        await steps.save_states(tx, [(found["621"][0].id, {"screen": "menu"})], NOW)
        assert await steps.claim_updates(tx, [50], NOW, state="done") == {50}
        await steps.receive_updates(tx, [(51, 621, "{}"), (52, 622, "{}")], NOW)
    lan, oleh = found["621"][0], found["622"][0]
    heard: list[str] = []

    def statement(conn: object, cursor: object, sql: str, *_: object) -> None:
        heard.append(sql.split()[0])

    event.listen(db_engine.sync_engine, "before_cursor_execute", statement)
    try:
        async with held.statements() as db:
            # 50 was stepped before (a redelivery); 51 and 52 were only received.
            taken, read = await steps.read_group(db, [50, 51, 52], {"telegram": ["621", "622"]})
            assert taken == {50}
            assert read[("telegram", "621")][1] == {"screen": "menu"}
            # Meanwhile 52 is stepped elsewhere: its state must not be overwritten here.
            async with direct.transaction(db_engine) as other:
                await steps.claim_updates(other, [52], NOW, state="stepped")
                await steps.save_states(other, [(oleh.id, {"screen": "elsewhere"})], NOW)
            lan.speaks("vi")
            claimed = await steps.claim_and_save(
                db,
                [51, 52],
                NOW,
                state="stepped",
                reply_after={51: 7},
                chats={51: 621},
                totals=[(day, "young", "vi", "start", 1)],
                people=[lan, oleh],
                states=[(lan.id, {"screen": "q:age"}, 51), (oleh.id, {"screen": "q:x"}, 52)],
            )
            assert claimed == {51}
            # No transaction is left open: another connection sees the write at once.
            async with sessionmaker() as session:
                assert await session.scalar(
                    sa.select(Conversation.state).where(Conversation.user_id == lan.id)
                ) == {"screen": "q:age"}
            # A web step answers no update: its state is written whatever was claimed.
            assert (
                await steps.claim_and_save(
                    db,
                    [],
                    NOW,
                    state="stepped",
                    reply_after={},
                    chats={},
                    totals=[],
                    people=[],
                    states=[(oleh.id, {"screen": "web"}, None)],
                )
                == set()
            )
    finally:
        event.remove(db_engine.sync_engine, "before_cursor_execute", statement)
        await held.release()
    # The group's statements: the read and the one that claims and writes (the listener
    # hears the other transaction's two INSERTs and the check's SELECT too).
    assert heard == ["SELECT", "INSERT", "INSERT", "WITH", "SELECT", "INSERT"]
    async with sessionmaker() as session:
        conversations = {c.user_id: c.state for c in await session.scalars(sa.select(Conversation))}
        rows = {r.update_id: r for r in await session.scalars(sa.select(InboundUpdate))}
        funnel = dict((await session.execute(sa.select(FunnelCount.step, FunnelCount.count))).all())
        language = await session.scalar(sa.select(User.language).where(User.id == lan.id))
    assert conversations == {lan.id: {"screen": "q:age"}, oleh.id: {"screen": "web"}}
    assert (rows[51].state, rows[51].chat_id, rows[51].reply_after) == ("stepped", 621, 7)
    assert rows[50].state == "done" and funnel == {"start": 1} and language == "vi"


async def test_received_updates_are_stored_once_and_finished_without_their_text(
    db_engine: AsyncEngine, sessionmaker: Sessions
) -> None:
    async with direct.transaction(db_engine) as tx:
        new = await steps.receive_updates(tx, [(20, 5, '{"a":1}'), (21, None, "{}")], NOW)
        assert new == {20, 21}
    async with direct.transaction(db_engine) as tx:
        # 21 again (a redelivery) is not new; 22 is.
        assert await steps.receive_updates(tx, [(21, None, "{}"), (22, 6, "{}")], NOW) == {22}
        # The inbox's chat stays (a claim's chat only fills a row the claim creates).
        await steps.claim_updates(tx, [20], NOW, state="stepped", chats={20: 999})
    async with sessionmaker() as session:
        claimed = await session.get(InboundUpdate, 20)
        assert claimed is not None and claimed.chat_id == 5
    async with direct.transaction(db_engine) as tx:
        await steps.finish_updates(tx, [20, 21])
    async with sessionmaker() as session:
        rows = {r.update_id: r for r in await session.scalars(sa.select(InboundUpdate))}
    assert (rows[20].state, rows[20].payload, rows[20].processed_at) == ("done", None, NOW)
    # A finished row keeps only its id: the person's chat goes with the text.
    assert rows[20].chat_id is None
    assert (rows[21].state, rows[21].payload, rows[21].processed_at) == ("done", None, None)
    assert (rows[22].state, rows[22].payload, rows[22].chat_id) == ("received", "{}", 6)
    assert rows[22].received_at == NOW


async def test_funnel_counts_add_up_across_groups(
    db_engine: AsyncEngine, sessionmaker: Sessions
) -> None:
    day = date(2026, 11, 25)
    for n in (2, 3):
        async with direct.transaction(db_engine) as tx:
            await steps.count_funnel(tx, [(day, "business", "de", "consent", n)])
    async with sessionmaker() as session:
        counts = (await session.execute(sa.select(FunnelCount.day, FunnelCount.count))).all()
    assert counts == [(day, 5)]


async def test_requests_of_a_group_come_newest_first(
    db_engine: AsyncEngine, sessionmaker: Sessions
) -> None:
    async with sessionmaker() as session, session.begin():
        user = await stored_user(session, "telegram", "507")
        for office in ("leipzig", "dresden"):
            await repository.create_lead(
                session,
                user_id=user.id,
                flow="young",
                answers={},
                office=office,
                language="de",
                channel="telegram",
            )
    async with direct.transaction(db_engine) as tx:
        found = await steps.requests_of(tx, [user.id, user.id + 100])
    assert [office for _, _, office in found[user.id]] == ["dresden", "leipzig"]
    assert found[user.id + 100] == []


async def test_a_driver_error_is_sqlalchemys_and_rolls_back_the_whole_transaction(
    db_engine: AsyncEngine, sessionmaker: Sessions
) -> None:
    with pytest.raises(IntegrityError):
        async with direct.transaction(db_engine) as tx:
            await steps.receive_updates(tx, [(30, None, "{}")], NOW)
            await steps.save_states(tx, [(999_999, {"screen": "menu"})], NOW)  # no such user
    async with sessionmaker() as session:
        assert await session.scalar(sa.select(sa.func.count()).select_from(InboundUpdate)) == 0
    # The pool's connection works on.
    async with direct.transaction(db_engine) as tx:
        assert await steps.receive_updates(tx, [(30, None, "{}")], NOW) == {30}


async def test_the_orm_session_writes_in_the_same_transaction_and_news_wait_for_the_commit(
    db_engine: AsyncEngine, sessionmaker: Sessions
) -> None:
    with news.HUB.listen() as heard:
        with pytest.raises(RuntimeError):
            async with direct.transaction(db_engine) as tx:
                await steps.add_people(tx, "web", {"w1": (None, None)}, NOW)
                session = tx.session()
                async with session.begin_nested():
                    session.add(AuditEvent(action="inside", created_at=NOW))
                    news.note(session, News(1, "leipzig"))
                raise RuntimeError("the step failed after its effects")
        assert heard.empty()
        async with direct.transaction(db_engine) as tx:
            await steps.add_people(tx, "web", {"w2": (None, None)}, NOW)
            session = tx.session()
            async with session.begin_nested():
                session.add(AuditEvent(action="kept", created_at=NOW))
                news.note(session, News(2, "leipzig"))
            assert heard.empty()  # not before the commit
        assert heard.get_nowait() == News(2, "leipzig")
    async with sessionmaker() as session:
        assert (await session.scalars(sa.select(AuditEvent.action))).all() == ["kept"]
        assert (await session.scalars(sa.select(User.external_id))).all() == ["w2"]


async def test_listeners_of_sqlalchemys_statements_hear_the_drivers_too(
    db_engine: AsyncEngine,
) -> None:
    heard: list[str] = []

    def statement(conn: object, cursor: object, sql: str, *_: object) -> None:
        heard.append(sql.split()[0])

    event.listen(db_engine.sync_engine, "before_cursor_execute", statement)
    try:
        async with direct.transaction(db_engine) as tx:
            await steps.receive_updates(tx, [(40, None, "{}")], NOW)
            await steps.finish_updates(tx, [40])
    finally:
        event.remove(db_engine.sync_engine, "before_cursor_execute", statement)
    assert heard == ["INSERT", "UPDATE"]


def test_placeholders_number_every_value_once() -> None:
    assert direct.placeholders(2, 3) == "($1, $2, $3), ($4, $5, $6)"
    assert direct.numbered(3, start=2) == "$2, $3, $4"
