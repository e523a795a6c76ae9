"""The keyboards of the bot's own messages leave a received update before python-telegram-bot
parses it and before the inbox stores it (bot.inbox.lean), by polling and by webhook alike."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from telegram import Update

from bot.app import build_services
from bot.inbox.lean import lean
from bot.inbox.store import Inbox
from db.models import utcnow
from testkit.fake_bot_api import FakeBotAPI
from tests.live_bot import conversation, settled
from tests.telegram_harness import running_bot, settings_for
from tests.test_inbox_batch import batch, polling, stored
from tests.test_webhook import start_update, webhook_bot

Sessions = async_sessionmaker[AsyncSession]
PERSON = 7301
KEYBOARD = {
    "inline_keyboard": [
        [
            {"text": "Deutsch", "callback_data": "1:l:de"},
            {"text": "English", "callback_data": "1:l:en"},
        ]
    ]
}


def bot_message(message_id: int, chat_id: int = PERSON) -> dict[str, Any]:
    return {
        "message_id": message_id,
        "date": 1_700_000_000,
        "chat": {"id": chat_id, "type": "private", "first_name": "Lina"},
        "from": {"id": 123, "is_bot": True, "first_name": "KAUSA"},
        "text": "Please choose your language.",
        "reply_markup": copy.deepcopy(KEYBOARD),
    }


def press(update_id: int, data: str = "1:l:en") -> dict[str, Any]:
    return {
        "update_id": update_id,
        "callback_query": {
            "id": f"cq{update_id}",
            "from": {"id": PERSON, "is_bot": False, "first_name": "Lina"},
            "chat_instance": "ci",
            "data": data,
            "message": bot_message(41),
        },
    }


def test_a_press_keeps_what_the_bot_reads_and_loses_the_keyboard() -> None:
    update = press(900)
    assert lean(update) is True
    parsed = Update.de_json(update, None)
    query = parsed.callback_query
    assert query is not None and query.message is not None
    assert (query.data, query.id, query.message.message_id, query.message.chat.id) == (
        "1:l:en",
        "cq900",
        41,
        PERSON,
    )
    assert query.message.reply_markup is None
    assert "reply_markup" not in json.dumps(update)


def test_a_reply_to_a_bot_message_loses_that_message_s_keyboard() -> None:
    update = start_update(901, PERSON, text="When can we talk?")
    update["message"]["reply_to_message"] = bot_message(40)
    assert lean(update) is True
    message = Update.de_json(update, None).message
    assert message is not None and message.reply_to_message is not None
    assert message.text == "When can we talk?"
    assert message.reply_to_message.message_id == 40
    assert message.reply_to_message.reply_markup is None


def test_an_update_without_a_repeated_keyboard_is_left_as_it_came() -> None:
    update = start_update(902, PERSON)
    before = copy.deepcopy(update)
    assert lean(update) is False
    assert update == before


async def test_a_polled_batch_is_parsed_and_stored_without_the_keyboards(
    sessionmaker: Sessions,
) -> None:
    inbox = Inbox(sessionmaker, utcnow)
    updates = [press(910), *batch(911)]
    async with polling(inbox, copy.deepcopy(updates)) as bot:
        pressed, typed = await bot.get_updates()
    query = pressed.callback_query
    assert query is not None and query.message is not None
    assert (query.data, query.message.message_id, query.message.reply_markup) == (
        "1:l:en",
        41,
        None,
    )
    assert typed.message is not None
    assert (typed.message.text, typed.message.chat.id) == ("/start", 7000)
    rows = await stored(sessionmaker)
    kept = json.loads(rows[910].payload or "")
    assert kept["callback_query"]["message"]["message_id"] == 41
    assert "reply_markup" not in kept["callback_query"]["message"]
    await inbox.close()


async def test_each_polled_update_is_parsed_once_for_the_bot(
    sessionmaker: Sessions, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Parsing is most of what taking an update costs: checking that python-telegram-bot
    # can read it, then letting it read it again, cost a quarter of a step.
    parsed: list[int] = []
    de_json = Update.de_json

    def counted(data: dict[str, Any], bot: Any = None) -> Update:
        parsed.append(data["update_id"])
        return de_json(data, bot)

    monkeypatch.setattr(Update, "de_json", counted)
    inbox = Inbox(sessionmaker, utcnow)
    async with polling(inbox, [press(920), *batch(921, 922)]) as bot:
        polled = await bot.get_updates()
    assert parsed == [920, 921, 922]
    assert all(update.get_bot() is bot for update in polled)
    await inbox.close()


@contextmanager
def inbox_inserts(engine: AsyncEngine) -> Iterator[list[str]]:
    """The parameters of every inbox insert meanwhile (a received update, a claim), as text."""
    seen: list[str] = []

    def heard(conn: Any, cursor: Any, statement: str, params: Any, *args: Any) -> None:
        # On PostgreSQL a claim is a WITH query of the group's read (db.steps).
        if "INSERT INTO INBOUND_UPDATES" in statement.upper():
            seen.append(repr(params))

    event.listen(engine.sync_engine, "before_cursor_execute", heard)
    try:
        yield seen
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", heard)


async def test_a_press_polled_from_telegram_works_and_its_keyboard_is_not_stored(
    database_url: str, sessionmaker: Sessions
) -> None:
    async with FakeBotAPI() as fake:
        settings = settings_for(fake, database_url)
        services = build_services(settings)
        async with running_bot(settings, services=services) as app:
            fake.user_message(PERSON, "/start", language_code="en")
            await fake.wait_sent(PERSON, 1)
            await settled(app, fake)
            with inbox_inserts(services.engine) as inserts:
                fake.user_press_button(PERSON, "English")
                await fake.wait_sent(PERSON, 2)
                await settled(app, fake)
    received = [params for params in inserts if "callback_query" in params]
    assert len(received) == 1 and "inline_keyboard" not in received[0]
    assert (await conversation(sessionmaker, PERSON) or {}).get("lang") == "en"


async def test_a_press_posted_to_the_webhook_works_and_its_keyboard_is_not_stored(
    database_url: str, sessionmaker: Sessions
) -> None:
    async with FakeBotAPI() as fake:
        async with webhook_bot(fake, database_url) as (app, post):
            assert (await post(start_update(930, PERSON))).ok
            welcome = (await fake.wait_sent(PERSON, 1))[0]
            await settled(app, fake)
            tapped = press(931, data=welcome.button("English").callback_data or "")
            tapped["callback_query"]["message"] = fake.message(PERSON, welcome.message_id)
            assert "reply_markup" in tapped["callback_query"]["message"]
            with inbox_inserts(app.bot_data.services.engine) as inserts:
                assert (await post(tapped)).ok
                await fake.wait_sent(PERSON, 2)
                await settled(app, fake)
    # The step's claim stored the press (bot.inbox.feed): its JSON, keyboard and all, was
    # never written.
    assert inserts and not any("callback_query" in params for params in inserts)
    assert not any("inline_keyboard" in params for params in inserts)
    assert (await conversation(sessionmaker, PERSON) or {}).get("lang") == "en"


def test_a_press_in_the_person_s_chat_keeps_no_words_of_the_pressed_message() -> None:
    # The summary screen shows the person's own details: neither parsed at every press nor
    # stored a second time in the inbox.
    update = press(940)
    message = update["callback_query"]["message"]
    message["text"] = "Ihre Angaben:\nName: Lina Haddad\nTelefon: 0176 1234567"
    message["entities"] = [{"type": "bold", "offset": 0, "length": 13}]
    assert lean(update) is True
    assert update["callback_query"]["message"] == {
        "message_id": 41,
        "date": 1_700_000_000,
        "chat": {"id": PERSON, "type": "private"},
    }
    query = Update.de_json(update, None).callback_query
    assert query is not None and query.message is not None
    assert (query.message.message_id, query.message.chat.id) == (41, PERSON)
    assert query.message.chat.type == "private"


def test_a_press_in_an_advisors_group_keeps_the_whole_message() -> None:
    # An advisor's handler reads the message a question replies to, and its topic.
    update = press(941)
    message = update["callback_query"]["message"]
    message["chat"] = {"id": -1001, "type": "supergroup", "title": "KAUSA Leipzig"}
    message["message_thread_id"] = 7
    message["reply_to_message"] = {"message_id": 40, "date": 1, "chat": message["chat"]}
    before = copy.deepcopy(message)
    assert lean(update) is True  # its keyboard only
    del before["reply_markup"]
    assert update["callback_query"]["message"] == before


def test_a_reply_in_the_person_s_chat_keeps_no_words_of_the_replied_message() -> None:
    # Replying to the summary screen repeated the person's own details in the update: a
    # handler reads only which message of the bot's it answers (bot.handlers.conversation).
    update = start_update(942, PERSON, text="Die Nummer stimmt nicht")
    replied = bot_message(40)
    replied["text"] = "Ihre Angaben:\nName: Lina Haddad\nTelefon: 0176 1234567"
    replied["entities"] = [{"type": "phone_number", "offset": 38, "length": 12}]
    update["message"]["reply_to_message"] = replied
    assert lean(update) is True
    assert update["message"]["reply_to_message"] == {
        "message_id": 40,
        "date": 1_700_000_000,
        "chat": {"id": PERSON, "type": "private"},
        "from": {"id": 123, "is_bot": True, "first_name": "KAUSA"},
    }
    message = Update.de_json(update, None).message
    assert message is not None and message.reply_to_message is not None
    assert message.text == "Die Nummer stimmt nicht"
    assert message.reply_to_message.message_id == 40
    assert message.reply_to_message.from_user is not None
    assert message.reply_to_message.from_user.id == 123


def test_a_quote_in_the_person_s_chat_is_not_kept() -> None:
    # A reply may quote part of the bot's message: on the summary, the person's number.
    update = start_update(944, PERSON, text="Diese ist falsch")
    update["message"]["reply_to_message"] = bot_message(40)
    update["message"]["quote"] = {"text": "0176 1234567", "position": 38, "is_manual": True}
    assert lean(update) is True
    assert "quote" not in update["message"]
    message = Update.de_json(update, None).message
    assert message is not None and message.text == "Diese ist falsch"
    assert message.reply_to_message is not None and message.reply_to_message.message_id == 40


def test_a_reply_in_an_advisors_group_keeps_the_replied_message() -> None:
    # An advisor's reply is read for the bot's question about a held message and its topic.
    update = start_update(943, -1001, text="ja")
    update["message"]["chat"] = {"id": -1001, "type": "supergroup", "title": "KAUSA Leipzig"}
    replied = bot_message(40, chat_id=-1001)
    replied["chat"] = update["message"]["chat"]
    update["message"]["reply_to_message"] = replied
    before = copy.deepcopy(replied)
    assert lean(update) is True  # its keyboard only
    del before["reply_markup"]
    assert update["message"]["reply_to_message"] == before
