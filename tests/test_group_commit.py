"""Group commit: concurrent steps share a transaction, and each keeps its own outcome."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.dialogue import engine
from bot.dialogue.group_commit import GroupCommit
from bot.dialogue.state import Command, Start
from db import direct, steps
from db.direct import Direct
from db.models import Conversation, InboundUpdate, User
from tests.dialogue_driver import NOW, make_dialogue

Sessions = async_sessionmaker[AsyncSession]


class Recorder:
    """A ``run`` that records its groups; an item "fail" fails alone, "boom" fails all."""

    def __init__(self) -> None:
        self.groups: list[list[str]] = []
        self.release = asyncio.Event()

    async def run(self, items: list[str]) -> list[str | Exception]:
        self.groups.append(items)
        await self.release.wait()
        if "boom" in items:
            raise RuntimeError("the transaction failed")
        return [ValueError(item) if item == "fail" else item.upper() for item in items]


async def test_items_arriving_during_a_group_form_the_next_one() -> None:
    recorder = Recorder()
    group: GroupCommit[str, str] = GroupCommit(recorder.run)
    first = asyncio.create_task(group.submit("a"))
    await asyncio.sleep(0)
    later = [asyncio.create_task(group.submit(item)) for item in ("b", "fail", "c")]
    await asyncio.sleep(0)
    recorder.release.set()
    assert await first == "A"
    assert await later[0] == "B" and await later[2] == "C"
    with pytest.raises(ValueError, match="fail"):
        await later[1]
    assert recorder.groups == [["a"], ["b", "fail", "c"]]


async def test_a_failed_group_fails_each_of_its_callers_and_the_next_group_runs() -> None:
    recorder = Recorder()
    recorder.release.set()
    group: GroupCommit[str, str] = GroupCommit(recorder.run)
    results = await asyncio.gather(group.submit("x"), group.submit("boom"), return_exceptions=True)
    assert [type(r) for r in results] == [RuntimeError, RuntimeError]
    assert await group.submit("y") == "Y"


async def test_groups_are_capped_and_a_cancelled_waiting_item_never_runs() -> None:
    recorder = Recorder()
    group: GroupCommit[str, str] = GroupCommit(recorder.run, max_size=2)
    running = asyncio.create_task(group.submit("a"))
    await asyncio.sleep(0)
    waiting = {item: asyncio.create_task(group.submit(item)) for item in "bcde"}
    await asyncio.sleep(0)
    waiting["c"].cancel()
    await asyncio.sleep(0)
    recorder.release.set()
    assert await running == "A"
    assert [await waiting[item] for item in "bde"] == ["B", "D", "E"]
    assert recorder.groups == [["a"], ["b", "d"], ["e"]]
    await group.wait_idle()


async def test_one_group_runs_at_a_time_and_every_item_runs_whenever_it_arrives() -> None:
    # Items arrive at every point of the worker's life, also just as it finds nothing
    # left and ends: each must run (a worker that leaves late would leave one waiting).
    rhythm = random.Random(1)
    running = 0
    most = 0

    async def run(items: list[int]) -> list[int | Exception]:
        nonlocal running, most
        running += 1
        most = max(most, running)
        for _ in range(rhythm.randrange(3)):
            await asyncio.sleep(0)
        running -= 1
        return [item * 2 for item in items]

    group: GroupCommit[int, int] = GroupCommit(run)

    async def person(first: int) -> list[int]:
        answers = []
        for item in range(first, first + 30):
            for _ in range(rhythm.randrange(3)):
                await asyncio.sleep(0)
            answers.append(await group.submit(item))
        return answers

    results = await asyncio.wait_for(
        asyncio.gather(*(person(100 * n) for n in range(8))), timeout=10
    )
    assert results == [[2 * item for item in range(100 * n, 100 * n + 30)] for n in range(8)]
    assert most == 1
    await group.wait_idle()


# -- the dialogue's groups -------------------------------------------------------------


async def _state(sessionmaker: Sessions) -> dict[str, Any]:
    async with sessionmaker() as session:
        rows = await session.execute(sa.select(Conversation.user_id, Conversation.state))
        return {user_id: state for user_id, state in rows.all()}


async def test_many_people_at_once_share_transactions_and_all_are_stored(
    sessionmaker: Sessions, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogue = make_dialogue(sessionmaker)
    groups: list[int] = []
    real_save_group, real_claim_and_save = steps.save_group, steps.claim_and_save

    async def counting(tx: Direct, totals: Any, people: Any, states: Any, now: datetime) -> None:
        groups.append(len(states))
        await real_save_group(tx, totals, people, states, now)

    async def counting_claims(db: Direct, *args: Any, **kwargs: Any) -> set[int]:
        # PostgreSQL's groups without a transaction (bot.dialogue.service._quick).
        groups.append(len(kwargs["states"]))
        return await real_claim_and_save(db, *args, **kwargs)

    monkeypatch.setattr(steps, "save_group", counting)
    monkeypatch.setattr(steps, "claim_and_save", counting_claims)
    people = [str(2000 + n) for n in range(40)]
    replies = await asyncio.gather(
        *(dialogue.handle("telegram", p, Start("en"), update_id=n) for n, p in enumerate(people))
    )
    assert all(r is not None and "Hello! This is KAUSA Saxony" in r.screen.text for r in replies)
    # 40 first contacts in far fewer transactions than 40.
    assert sum(groups) == 40 and len(groups) < 10
    assert len(await _state(sessionmaker)) == 40


async def test_one_failing_step_fails_alone_and_its_update_can_be_retried(
    sessionmaker: Sessions, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogue = make_dialogue(sessionmaker)
    for n in range(3):
        await dialogue.handle("telegram", str(3000 + n), Start("en"), update_id=100 + n)
    real_step = engine.step

    def step(state: Any, event: Any, ctx: Any) -> Any:
        if event == Command("privacy"):
            raise RuntimeError("a bug in one screen")
        return real_step(state, event, ctx)

    monkeypatch.setattr(engine, "step", step)
    results = await asyncio.gather(
        dialogue.handle("telegram", "3000", Command("help"), update_id=200),
        dialogue.handle("telegram", "3001", Command("privacy"), update_id=201),
        dialogue.handle("telegram", "3002", Command("help"), update_id=202),
        return_exceptions=True,
    )
    assert isinstance(results[1], RuntimeError)
    assert all(r is not None and "/menu" in r.screen.text for r in (results[0], results[2]))
    async with sessionmaker() as session:
        ids = set((await session.execute(sa.select(InboundUpdate.update_id))).scalars())
    assert {200, 202} <= ids and 201 not in ids
    monkeypatch.undo()
    # The same update again is processed, not taken for a redelivery.
    again = await dialogue.handle("telegram", "3001", Command("privacy"), update_id=201)
    assert again is not None and "privacy" in again.screen.text.lower()


#: What PostgreSQL says about a row it refuses: the row itself.
BAD_ROW = "DETAIL:  Failing row contains (4001, 'Lina Kowalski', 0151 2345678)."


async def test_a_failed_group_transaction_is_retried_step_by_step(
    sessionmaker: Sessions, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    dialogue = make_dialogue(sessionmaker)
    real_save_group, real_claim_and_save = steps.save_group, steps.claim_and_save
    tried: list[int] = []

    async def fails_for_groups(
        tx: Direct, totals: Any, people: Any, states: Any, now: datetime
    ) -> None:
        tried.append(len(states))
        if len(states) > 1:
            raise sa.exc.OperationalError("INSERT", {}, Exception(BAD_ROW))
        await real_save_group(tx, totals, people, states, now)

    async def claims_fail_for_groups(db: Direct, *args: Any, **kwargs: Any) -> set[int]:
        # The same on PostgreSQL's groups without a transaction.
        tried.append(len(kwargs["states"]))
        if len(kwargs["states"]) > 1:
            raise sa.exc.OperationalError("INSERT", {}, Exception(BAD_ROW))
        return await real_claim_and_save(db, *args, **kwargs)

    monkeypatch.setattr(steps, "save_group", fails_for_groups)
    monkeypatch.setattr(steps, "claim_and_save", claims_fail_for_groups)
    blocker = asyncio.create_task(dialogue.handle("telegram", "4000", Start("en"), update_id=1))
    await asyncio.sleep(0)
    rest = [
        dialogue.handle("telegram", str(4001 + n), Start("de"), update_id=2 + n) for n in range(4)
    ]
    replies = [await blocker, *await asyncio.gather(*rest)]
    assert all(r is not None for r in replies)
    # The four who waited formed a group, which failed and was retried one by one.
    assert max(tried) == 4 and tried.count(1) == 5
    assert len(await _state(sessionmaker)) == 5
    # Logged by its type only: PostgreSQL's text quotes the row (it was logged whole).
    assert "a group of 4 steps failed (OperationalError)" in caplog.text
    assert "Lina Kowalski" not in caplog.text


@contextmanager
def _heard(sessionmaker: Sessions) -> Iterator[list[str]]:
    """The first word of each statement sent to the database inside the block."""
    heard: list[str] = []

    def statement(conn: object, cursor: object, sql: str, *_: object) -> None:
        heard.append(sql.split()[0])

    engine = direct.engine_of(sessionmaker)
    event.listen(engine.sync_engine, "before_cursor_execute", statement)
    try:
        yield heard
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", statement)


def _postgres_only(sessionmaker: Sessions) -> None:
    if direct.engine_of(sessionmaker).dialect.name != "postgresql":
        pytest.skip("PostgreSQL only: on SQLite every group takes its transaction")


async def test_known_peoples_steps_take_two_statements_on_postgresql(
    sessionmaker: Sessions,
) -> None:
    _postgres_only(sessionmaker)
    dialogue = make_dialogue(sessionmaker)
    people = [str(5000 + n) for n in range(3)]
    for n, person in enumerate(people):  # first contacts
        await dialogue.handle("telegram", person, Start("en"), update_id=n)
    with _heard(sessionmaker) as heard:
        replies = await asyncio.gather(
            *(
                dialogue.handle("telegram", p, Command("help"), update_id=10 + n)
                for n, p in enumerate(people)
            )
        )
    assert all(r is not None and "/menu" in r.screen.text for r in replies)
    # Each group: its read, then one statement that claims and writes (no BEGIN, no COMMIT).
    groups = len(heard) // 2
    assert heard == ["SELECT", "WITH"] * groups and 1 <= groups <= 3
    assert {s["screen"] for s in (await _state(sessionmaker)).values()} == {"help"}
    async with sessionmaker() as session:
        states = dict(
            (await session.execute(sa.select(InboundUpdate.update_id, InboundUpdate.state))).all()
        )
    assert {states[10 + n] for n in range(3)} == {"stepped"}


async def test_first_contacts_take_three_statements_and_no_transaction_on_postgresql(
    sessionmaker: Sessions,
) -> None:
    _postgres_only(sessionmaker)
    dialogue = make_dialogue(sessionmaker)
    for n, known in enumerate(("5050", "5053")):  # known from here on
        await dialogue.handle("telegram", known, Start("en"), update_id=n)
    with _heard(sessionmaker) as heard:
        blocker = asyncio.create_task(
            dialogue.handle("telegram", "5050", Command("help"), update_id=2)
        )
        await asyncio.sleep(0)
        # Two first contacts and a known person in the group after it.
        replies = await asyncio.gather(
            dialogue.handle("telegram", "5051", Start("en"), update_id=3),
            dialogue.handle("telegram", "5052", Start("de"), update_id=4),
            dialogue.handle("telegram", "5053", Command("privacy"), update_id=5),
        )
        first = await blocker
    assert first is not None and "/menu" in first.screen.text
    assert replies[0] is not None and "Hello! This is KAUSA Saxony" in replies[0].screen.text
    assert replies[1] is not None and "Hallo! Hier ist KAUSA Sachsen" in replies[1].screen.text
    assert replies[2] is not None and "privacy" in replies[2].screen.text.lower()
    # The first group: its read and its claim with the writes. The next: the read, the
    # first contacts' INSERT (it returns their rows), then the claim with every write; no
    # BEGIN, no COMMIT, and the known person's step in it waits for nothing more.
    assert heard == ["SELECT", "WITH", "SELECT", "INSERT", "WITH"]
    async with sessionmaker() as session:
        users = dict((await session.execute(sa.select(User.external_id, User.id))).all())
        states = dict(
            (await session.execute(sa.select(InboundUpdate.update_id, InboundUpdate.state))).all()
        )
    stored = await _state(sessionmaker)
    assert sorted(users) == ["5050", "5051", "5052", "5053"]
    assert stored[users["5051"]]["lang"] == "en" and stored[users["5052"]]["lang"] == "de"
    assert {states[n] for n in range(2, 6)} == {"stepped"}


async def test_an_update_stepped_elsewhere_meanwhile_is_not_stepped_twice(
    sessionmaker: Sessions, monkeypatch: pytest.MonkeyPatch
) -> None:
    _postgres_only(sessionmaker)
    dialogue = make_dialogue(sessionmaker)
    await dialogue.handle("telegram", "5100", Start("en"), update_id=1)
    before = await _state(sessionmaker)
    real_read = steps.read_group

    async def read_then_taken(db: Direct, update_ids: Any, people: Any) -> Any:
        found = await real_read(db, update_ids, people)
        # Another process steps the same update between this group's two statements.
        async with direct.transaction(direct.engine_of(sessionmaker)) as other:
            await steps.claim_updates(other, update_ids, NOW, state="stepped")
        return found

    monkeypatch.setattr(steps, "read_group", read_then_taken)
    reply = await dialogue.handle("telegram", "5100", Command("help"), update_id=2)
    # Taken for a redelivery: nothing shown, and the state stays as the other step left it.
    assert reply is None
    assert await _state(sessionmaker) == before
