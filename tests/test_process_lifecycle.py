"""The real ``python -m bot run`` process: stopped with SIGTERM, killed with SIGKILL,
started in webhook mode; the fake Bot API runs in the test, the bot in a child process."""

from __future__ import annotations

import signal
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiohttp
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from testkit.fake_bot_api import SentMessage
from tests.live_bot import (
    BotProcess,
    RecordingFake,
    conversation,
    free_port,
    leads,
    listening,
    outbox,
)
from tests.telegram_harness import Chat, callback_request_until_name

NAME = "Ayşe Yılmaz"
PHONE = "0176 12345678"  # a mobile: the WhatsApp question follows


@asynccontextmanager
async def bot_process(
    fake: RecordingFake, database_url: str, workdir: Path, *args: str, **env: str
) -> AsyncIterator[BotProcess]:
    process = BotProcess(fake, database_url, workdir, *args, env=env)
    try:
        yield await process.start()
    finally:
        await process.close()


async def up_to_the_phone_question(chat: Chat) -> SentMessage:
    await callback_request_until_name(chat)
    return await chat.type(NAME)


async def up_to_the_summary(chat: Chat) -> SentMessage:
    await up_to_the_phone_question(chat)
    await chat.type(PHONE)
    await chat.press("No")
    await chat.press("By phone")
    return await chat.press("Any time")


async def screen(sessionmaker: async_sessionmaker[AsyncSession], user_id: int) -> str | None:
    state = await conversation(sessionmaker, user_id)
    return state["screen"] if state else None


async def test_sigterm_finishes_the_step_in_progress_then_exits(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    async with RecordingFake() as fake:
        chat = Chat(fake, 701, "en")
        async with bot_process(fake, database_url, tmp_path) as first:
            summary = await up_to_the_summary(chat)
            # Telegram is slow to take the confirmation: SIGTERM arrives while it is on its way.
            fake.delay_next("sendMessage", 1.5)
            fake.user_press(701, summary.button("Send").callback_data or "")
            await fake.wait_for(lambda: leads(sessionmaker), message="the lead to be stored")
            first.signal(signal.SIGTERM)
            # A message that arrives during shutdown is answered by whichever process takes it.
            fake.user_message(702, "/start", language_code="en")
            assert await first.wait() == 0, first.log()
            log = first.log()
        # The step in progress was finished: the person got the confirmation, once.
        done = fake.sent(701)[-1]
        stored = await leads(sessionmaker)
        assert len(stored) == 1 and f"{stored[0].id}" in done.text
        assert [m.text for m in fake.sent(701)].count(done.text) == 1
        assert [o.kind for o in await outbox(sessionmaker)] == ["lead_new"]
        assert await screen(sessionmaker, 701) == "done"
        assert "Application.stop() complete" in log
        # Nothing personal in the log, even though the dialogue carried a name and a number.
        assert NAME not in log and "12345678" not in log

        async with bot_process(fake, database_url, tmp_path) as second:
            await fake.wait_sent(702, 1, timeout=15)
            fake.user_message(702, "/help")
            answers = await fake.wait_sent(702, 2, timeout=15)
            assert answers[0].text.startswith("Hello!") and "/menu" in answers[1].text
            assert len(answers) == 2
            assert await second.terminate() == 0, second.log()[-3000:]


async def test_sigkill_mid_dialogue_loses_no_answer_and_duplicates_no_lead(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    async with RecordingFake() as fake:
        chat = Chat(fake, 711, "en")
        async with bot_process(fake, database_url, tmp_path) as first:
            phone_question = await up_to_the_phone_question(chat)
            # The answer is stored, then the process dies before its reply reaches Telegram.
            fake.delay_next("sendMessage", 30)
            fake.user_message(711, PHONE)

            async def phone_stored() -> bool:
                return await screen(sessionmaker, 711) == "q:whatsapp"

            await fake.wait_for(phone_stored, message="the phone number to be stored")
            assert await first.kill() == -signal.SIGKILL
        fake.clear_faults()

        async with bot_process(fake, database_url, tmp_path) as second:
            # The person saw no answer and taps the last button they have: the bot shows
            # the step it is really at, with nothing typed before lost.
            button = phone_question.button("Contact me here in Telegram")
            chat.seen = len(fake.sent(711))
            fake.user_press(711, button.callback_data or "", message_id=phone_question.message_id)
            current = await chat._next()
            assert "This button belongs to an earlier message" in current.text
            assert "WhatsApp" in current.text
            await chat.press("No")
            await chat.press("By phone")
            summary = await chat.press("Any time")
            assert NAME in summary.text and "+49 176 12345678" in summary.text

            # Killed again right after the lead is stored, before the confirmation is out.
            fake.delay_next("sendMessage", 30)
            send = fake.user_press(711, summary.button("Send").callback_data or "")
            await fake.wait_for(lambda: leads(sessionmaker), message="the lead to be stored")
            assert await second.kill() == -signal.SIGKILL
        fake.clear_faults()

        async with bot_process(fake, database_url, tmp_path) as third:
            # The confirmation owed arrives at start, without a tap.
            stored = await leads(sessionmaker)
            assert len(stored) == 1
            confirmation = fake.last_message(711)
            assert f"Your request number is {stored[0].id}" in confirmation.text
            # Telegram delivers the unconfirmed update again: it is recognised, not repeated.
            chat.seen = len(fake.sent(711))
            fake.redeliver(send)
            # The person taps "Send" once more: the same tap, answered already; nothing new.
            fake.user_press(711, summary.button("Send").callback_data or "")
            menu = await chat.press("Main menu")
            assert "How can we help you?" in menu.text
            assert fake.sent(711)[-2:] == [confirmation, menu]
            assert len(await leads(sessionmaker)) == 1
            assert (stored[0].name, stored[0].phone) == (NAME, "+4917612345678")
            assert [o.kind for o in await outbox(sessionmaker)] == ["lead_new"]
            assert await third.terminate() == 0, third.log()[-3000:]


async def test_webhook_process_with_health_endpoint(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    webhook_port, health_port = free_port(), free_port()
    secret = "process-secret_1"
    async with RecordingFake() as fake:
        async with bot_process(
            fake,
            database_url,
            tmp_path,
            "--webhook",
            WEBHOOK_URL="https://bot.example.org/tg",
            WEBHOOK_SECRET=secret,
            WEBHOOK_PORT=str(webhook_port),
            HEALTH_PORT=str(health_port),
        ) as process:
            assert fake.calls_to("setWebhook")[-1].params["secret_token"] == secret
            from tests.test_webhook import start_update

            # Telegram is told the URL first; the server starts listening right after.
            await listening(webhook_port)
            await listening(health_port)
            async with aiohttp.ClientSession() as http:
                url = f"http://127.0.0.1:{webhook_port}/tg"
                refused = await http.post(url, json=start_update(1, 721))
                assert refused.status == 403
                headers = {"X-Telegram-Bot-Api-Secret-Token": secret}
                accepted = await http.post(url, json=start_update(2, 722), headers=headers)
                assert accepted.status == 200
                await fake.wait_sent(722, 1, timeout=15)
                async with http.get(f"http://127.0.0.1:{health_port}/healthz") as health:
                    assert health.status == 200
                    assert await health.json() == {
                        "database": "ok",
                        "outbox_pending": 0,
                        "outbox_failed": 0,
                        "outbox_pending_by_kind": {},
                        "groups_unreachable": [],
                    }
            assert fake.sent(721) == []
            assert await process.terminate() == 0, process.log()


async def refused_start(
    fake: RecordingFake, database_url: str, workdir: Path, *args: str, **env: str
) -> str:
    """The one error line of a start that ends at once with exit code 2, no traceback."""
    process = BotProcess(fake, database_url, workdir, *args, env=env)
    try:
        await process.start(ready=False)
        code = await process.wait(60)
    finally:
        await process.close()
    log = process.log()
    assert code == 2 and "Traceback" not in log, log
    errors = [line for line in log.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, log
    return errors[0]


@pytest.mark.parametrize("setting", ["HEALTH_PORT", "WEBHOOK_PORT"])
async def test_a_port_another_program_holds_is_one_line_naming_it(
    database_url: str, tmp_path: Path, setting: str
) -> None:
    # A WEBHOOK_PORT another program listened on ended with "cannot listen (Address
    # already in use): … choose another WEB_PORT or WEBHOOK_PORT or HEALTH_PORT": no port,
    # and three settings to look through.
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        held = holder.getsockname()[1]
        ports = {"HEALTH_PORT": str(free_port()), "WEBHOOK_PORT": str(free_port())}
        ports[setting] = str(held)
        async with RecordingFake() as fake:
            error = await refused_start(
                fake,
                database_url,
                tmp_path,
                "--webhook",
                WEBHOOK_URL="https://bot.example.org/tg",
                WEBHOOK_SECRET="process-secret_1",
                WEBHOOK_LISTEN="127.0.0.1",
                HEALTH_LISTEN="127.0.0.1",
                **ports,
            )
    assert str(held) in error and setting in error
    assert not any(other in error for other in {*ports, "WEB_PORT"} - {setting})


async def test_one_port_for_two_servers_is_one_line_naming_both_settings(
    database_url: str, tmp_path: Path
) -> None:
    # HEALTH_PORT set to the web chat's 8080: "cannot listen on 127.0.0.1:8080 (WEB_PORT or
    # HEALTH_PORT): another program holds that port", and no other program held it.
    port = str(free_port())
    async with RecordingFake() as fake:
        error = await refused_start(
            fake, database_url, tmp_path, WEB_ENABLED="true", WEB_PORT=port, HEALTH_PORT=port
        )
        assert not fake.calls_to("getUpdates")  # refused before anything was fetched
    assert "WEB_PORT and HEALTH_PORT are both " + port in error
    assert "another program" not in error
