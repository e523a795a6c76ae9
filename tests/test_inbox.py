"""The durable inbox: no update is confirmed before it is stored, none is stepped twice,
and a committed step's reply reaches the person even when the process dies first."""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Update

from db.models import InboundUpdate
from db.session import normalize_url, sqlite_file_path
from db.vocabulary import InboxState
from tests.advisor_desk import (
    ANNA,
    LEIPZIG_GROUP,
    desk_settings,
    running_desk,
    submit_callback_lead,
)
from tests.live_bot import RecordingFake, conversation, free_port, leads, listening, outbox, settled
from tests.telegram_harness import Chat, running_bot, settings_for
from tests.test_group_erasure import PERSON as WRITER
from tests.test_group_erasure import person_writes
from tests.test_process_lifecycle import bot_process, screen, up_to_the_summary
from tests.test_webhook import start_update

Sessions = async_sessionmaker[AsyncSession]
PERSON = 5003


async def inbox_rows(sessionmaker: Sessions) -> list[InboundUpdate]:
    async with sessionmaker() as session:
        stmt = sa.select(InboundUpdate).order_by(InboundUpdate.update_id)
        return list((await session.scalars(stmt)).all())


async def waiting(sessionmaker: Sessions) -> list[int]:
    return [r.update_id for r in await inbox_rows(sessionmaker) if r.state != InboxState.DONE]


# -- in one process ----------------------------------------------------------------


async def test_a_handled_update_is_done_and_its_text_forgotten(
    database_url: str, sessionmaker: Sessions
) -> None:
    async with RecordingFake() as fake, running_bot(settings_for(fake, database_url)) as app:
        chat = Chat(fake, 751, "en")
        await chat.command("/start")
        await settled(app, fake)
    [row] = await inbox_rows(sessionmaker)
    # The chat goes too: only the id keeps the update from being handled twice.
    assert (row.chat_id, row.state, row.payload) == (None, InboxState.DONE, None)
    assert row.processed_at is not None  # a step was committed for it


async def test_after_delete_no_handled_update_holds_the_persons_telegram_id(
    database_url: str, sessionmaker: Sessions
) -> None:
    # "All your data has been deleted", and the person's Telegram id stayed on every
    # update they had sent, for the 7 days of the dedup.
    async with RecordingFake() as fake, running_bot(settings_for(fake, database_url)) as app:
        chat = Chat(fake, 754, "en")
        await chat.command("/start")
        await chat.press("English")
        await chat.command("/delete")
        farewell = await chat.press("Yes, delete everything")
        assert "All your data has been deleted" in farewell.text
        await settled(app, fake)
    rows = await inbox_rows(sessionmaker)
    assert len(rows) == 4 and {row.state for row in rows} == {InboxState.DONE}
    assert [row.chat_id for row in rows if row.chat_id is not None] == []


async def test_updates_left_by_a_crash_are_processed_and_owed_replies_sent_at_start(
    database_url: str, sessionmaker: Sessions
) -> None:
    async with RecordingFake() as fake:
        settings = settings_for(fake, database_url)
        async with running_bot(settings) as app:
            chat = Chat(fake, 752, "en")
            await chat.command("/start")
            menu = await chat.press("English")
            await settled(app, fake)
        # What a crash leaves: one update stored but not stepped (753's /start), and one
        # step committed whose reply never went out (752's last one: its menu never came).
        fake.lose(752, menu.message_id)
        async with sessionmaker() as session, session.begin():
            row = await session.get(InboundUpdate, max(fake.pushed))
            assert row is not None
            # A row that never got done keeps its chat (done rows forget it).
            row.state, row.chat_id = InboxState.STEPPED, 752
            session.add(
                InboundUpdate(
                    update_id=max(fake.pushed) + 1,
                    chat_id=753,
                    payload=json.dumps(start_update(max(fake.pushed) + 1, 753)),
                    state=InboxState.RECEIVED,
                )
            )
        sent_752 = len(fake.sent(752))
        async with running_bot(settings, jobs=True) as app:
            # Nobody taps: the owed screen and the waiting update's answer arrive by themselves.
            owed = (await fake.wait_sent(752, sent_752 + 1))[-1]
            assert owed.text == menu.text
            [hello] = await fake.wait_sent(753, 1)
            assert hello.text.startswith("Hello!")
            await settled(app, fake)
        assert await waiting(sessionmaker) == []
        assert len(fake.sent(752)) == sent_752 + 1
        assert await conversation(sessionmaker, 753) is not None


async def test_a_redelivered_not_reached_press_counts_once(
    database_url: str, tmp_path: Path
) -> None:
    async with RecordingFake() as fake:
        settings = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings, fake) as desk:
            await submit_callback_lead(fake, PERSON)
            await desk.deliver()
            [announced] = await fake.wait_sent(LEIPZIG_GROUP, 1)
            fake._user(ANNA, first_name="Anna", last_name="Schmidt")
            await desk.press(LEIPZIG_GROUP, ANNA, announced, "Übernehmen")
            claimed = await desk.group_says(LEIPZIG_GROUP, 2)
            press = await desk.press(LEIPZIG_GROUP, ANNA, claimed, "Nicht erreicht")
            once = await desk.group_says(LEIPZIG_GROUP, 3)
            assert "nicht erreicht (1 Versuch)" in once.plain_text
            # Telegram delivers the press again, and a replay races it past the inbox.
            fake.redeliver(press)
            await settled(desk.app, fake)
            await desk.app.process_update(Update.de_json(fake.pushed[press], desk.app.bot))
            await settled(desk.app, fake)
            lead = await desk.lead(1)
            actions = [e.action for e in await desk.audit(1)]
        assert lead.attempts == 1
        assert actions.count("not_reached") == 1
        assert all("2 Versuche" not in m.plain_text for m in fake.sent(LEIPZIG_GROUP))


async def test_a_redelivered_advisor_reply_reaches_the_person_once(
    database_url: str, tmp_path: Path
) -> None:
    async with RecordingFake() as fake:
        settings = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings, fake) as desk:
            await submit_callback_lead(fake, PERSON, phone=None, name="Omar")
            await desk.deliver()
            [announced] = await fake.wait_sent(LEIPZIG_GROUP, 1)
            seen = len(fake.sent(PERSON))
            reply = fake.group_message(
                LEIPZIG_GROUP, ANNA, "Passt Montag 10 Uhr?", announced.message_id
            )
            await settled(desk.app, fake)
            fake.redeliver(reply)
            await settled(desk.app, fake)
            await desk.app.process_update(Update.de_json(fake.pushed[reply], desk.app.bot))
            await desk.deliver()
            await settled(desk.app, fake)
            rows = [r for r in await desk.outbox_rows() if r.kind == "message_to_person"]
        relayed = [m for m in fake.sent(PERSON)[seen:] if "Passt Montag 10 Uhr?" in m.plain_text]
        assert len(relayed) == 1
        assert len(rows) == 1


# -- the real process, killed ------------------------------------------------------------


async def test_killed_right_after_send_the_confirmation_arrives_without_a_second_tap(
    database_url: str, sessionmaker: Sessions, tmp_path: Path
) -> None:
    async with RecordingFake() as fake:
        chat = Chat(fake, 731, "en")
        async with bot_process(fake, database_url, tmp_path) as first:
            summary = await up_to_the_summary(chat)
            # The lead is committed; the process dies before the confirmation is out. Every
            # send is held: the advisor card (outbox) may race the confirmation to be first.
            fake.delay_next("sendMessage", 30, times=10)
            fake.user_press(731, summary.button("Send").callback_data or "")
            await fake.wait_for(lambda: leads(sessionmaker), message="the lead to be stored")
            assert await first.kill() == -signal.SIGKILL
        fake.clear_faults()
        seen = len(fake.sent(731))

        async with bot_process(fake, database_url, tmp_path) as second:
            # The phone stays in the pocket: the confirmation comes after the restart.
            confirmation = (await fake.wait_sent(731, seen + 1, timeout=15))[-1]
            stored = await leads(sessionmaker)
            assert len(stored) == 1 and f"{stored[0].id}" in confirmation.text
            await fake.wait_for(lambda: fake.pending_updates == 0, message="every update confirmed")
            assert await second.terminate() == 0, second.log()[-3000:]
        assert [m.text for m in fake.sent(731)].count(confirmation.text) == 1
        assert len(fake.sent(731)) == seen + 1
        assert [o.kind for o in await outbox(sessionmaker)] == ["lead_new"]
        assert await screen(sessionmaker, 731) == "done"
        assert await waiting(sessionmaker) == []


async def test_webhook_killed_before_the_step_commits_processes_the_redelivery_once(
    database_url: str, sessionmaker: Sessions, tmp_path: Path
) -> None:
    port, secret = free_port(), "inbox-secret_1"
    env = {
        "WEBHOOK_URL": "https://bot.example.org/tg",
        "WEBHOOK_SECRET": secret,
        "WEBHOOK_PORT": str(port),
    }
    url = f"http://127.0.0.1:{port}/tg"
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret}
    update = start_update(9001, 761)
    async with RecordingFake() as fake, aiohttp.ClientSession() as http:
        async with bot_process(fake, database_url, tmp_path, "--webhook", **env) as first:
            await listening(port)
            async with _held_step(database_url, sessionmaker):
                post = asyncio.ensure_future(http.post(url, json=update, headers=headers))
                await asyncio.sleep(1.5)  # the bot has the POST; its step cannot commit
                assert await first.kill() == -signal.SIGKILL
            with contextlib.suppress(aiohttp.ClientError):
                (await post).release()
        assert fake.sent(761) == []
        assert await conversation(sessionmaker, 761) is None

        async with bot_process(fake, database_url, tmp_path, "--webhook", **env) as second:
            await listening(port)
            # Telegram posts the update again (it may already be in the inbox).
            async with http.post(url, json=update, headers=headers) as again:
                assert again.status == 200
            [hello] = await fake.wait_sent(761, 1, timeout=15)
            assert hello.text.startswith("Hello!")
            async with http.post(url, json=update, headers=headers) as third:
                assert third.status == 200
            await asyncio.sleep(0.5)
            assert await second.terminate() == 0, second.log()[-3000:]
        assert len(fake.sent(761)) == 1
        assert await conversation(sessionmaker, 761) is not None
        assert await waiting(sessionmaker) == []


@contextlib.asynccontextmanager
async def _held_step(database_url: str, sessionmaker: Sessions) -> AsyncIterator[None]:
    """Keep the bot's step from committing: SQLite's write lock, or a lock on conversations."""
    path = sqlite_file_path(normalize_url(database_url))
    if path is not None:
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            holder.rollback()
            holder.close()
        return
    async with sessionmaker() as session, session.begin():
        await session.execute(sa.text("LOCK TABLE conversations IN ACCESS EXCLUSIVE MODE"))
        yield


async def test_a_message_passed_on_to_the_advisors_leaves_no_words_in_the_inbox(
    database_url: str, tmp_path: Path, sessionmaker: Sessions
) -> None:
    # Claimed as done in its own step, the update's raw JSON (the person's words and
    # Telegram id) was never cleared: kept for the dedup's 7 days, also after /delete.
    async with RecordingFake() as fake:
        settings = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings, fake) as desk:
            await submit_callback_lead(fake, WRITER)
            await desk.deliver()
            await person_writes(desk, "Mein Handy: 0176 5550000")
    rows = await inbox_rows(sessionmaker)
    assert rows and {row.state for row in rows} == {InboxState.DONE}
    assert [(row.update_id, row.payload, row.chat_id) for row in rows if row.payload] == []
    assert [row.update_id for row in rows if row.chat_id is not None] == []
