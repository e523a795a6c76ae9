"""A person's retap (the same button on the same message, while no answer came) is a
repeat: it changes nothing and, where the answer arrived, shows nothing new (issue 15)."""

from __future__ import annotations

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.dialogue.engine import step
from bot.dialogue.state import Press, State, Text
from bot.outbox import botapi
from testkit.fake_bot_api import FakeBotAPI
from tests.dialogue_driver import Driver
from tests.live_bot import conversation, settled, started_bot
from tests.telegram_harness import Chat, settings_for

STALE = "This button belongs to an earlier message"
SECTOR_QUESTION = "What is the name of your business?"

Sessions = async_sessionmaker[AsyncSession]


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    # Production pauses 0.5 s and 2 s between attempts; the policy is the same.
    monkeypatch.setattr(botapi, "RETRY_DELAYS", (0.05, 0.1))


def at_the_menu() -> tuple[Driver, str]:
    """A person at the main menu, and the callback data of "For businesses" there."""
    d = Driver("en")
    d.press("English")
    [data] = [b.data for row in d.screen.keyboard for b in row if "For businesses" in b.label]
    return d, data


# -- the engine --------------------------------------------------------------------


def test_the_same_tap_on_the_same_message_is_a_repeat_that_changes_nothing() -> None:
    d, data = at_the_menu()
    first = step(d.state, Press(data, message_id=7), d.ctx)
    assert not first.repeat and first.state.screen == "q:company"
    again = step(first.state, Press(data, message_id=7), d.ctx)
    assert again.repeat and again.notices == [] and again.lead is None
    assert again.state == first.state
    # The state survives storage with the tap it took: a restart still knows the repeat.
    stored = State.from_dict(first.state.to_dict())
    assert step(stored, Press(data, message_id=7), d.ctx).repeat


def test_the_same_button_on_another_message_is_a_step_of_its_own() -> None:
    d, data = at_the_menu()
    first = step(d.state, Press(data, message_id=7), d.ctx)
    other = step(first.state, Press(data, message_id=9), d.ctx)
    assert not other.repeat
    assert [n.message for n in other.notices] == [
        "This button belongs to an earlier message. Here is the current step again."
    ]


def test_without_a_message_id_no_tap_is_a_repeat() -> None:
    # The terminal and the web chat know no message: they answer as they always did.
    d, data = at_the_menu()
    first = step(d.state, Press(data), d.ctx)
    again = step(first.state, Press(data), d.ctx)
    assert not again.repeat and again.notices and again.state.taken is None


def test_typed_text_repeated_is_a_step_each_time() -> None:
    d = Driver("en")
    d.press("English")
    d.press("For businesses")
    first = step(d.state, Text("Bäckerei Sonne"), d.ctx)
    assert first.state.answers["company"] == "Bäckerei Sonne"
    again = step(first.state, Text("Bäckerei Sonne"), d.ctx)
    assert not again.repeat and again.state.screen != first.state.screen


def test_a_tap_between_clears_the_repeat() -> None:
    d, data = at_the_menu()
    first = step(d.state, Press(data, message_id=7), d.ctx)
    typed = step(first.state, Text("Bäckerei Sonne"), d.ctx)
    assert typed.state.taken is None
    assert not step(typed.state, Press(data, message_id=7), d.ctx).repeat


# -- on Telegram -------------------------------------------------------------------


async def menu_of(chat: Chat) -> None:
    await chat.command("/start")
    await chat.press("English")


async def business_tap(chat: Chat) -> tuple[int, str]:
    """At the main menu: its message id and the data of its "For businesses" button."""
    await menu_of(chat)
    menu = chat.fake.last_message(chat.user_id)
    return menu.message_id, menu.button("For businesses").callback_data or ""


async def test_a_repeated_tap_sends_no_new_screen_and_keeps_the_state(
    database_url: str, sessionmaker: Sessions
) -> None:
    async with FakeBotAPI() as fake, started_bot(settings_for(fake, database_url)) as app:
        chat = Chat(fake, 941, "en")
        menu, data = await business_tap(chat)
        fake.user_press(941, data, message_id=menu)
        question = await chat._next()
        assert SECTOR_QUESTION in question.text
        stored = await conversation(sessionmaker, 941)
        for _ in range(3):
            fake.user_press(941, data, message_id=menu)
        await fake.wait_calls("answerCallbackQuery", 5)  # "English", the tap, 3 repeats
        await settled(app, fake)
        assert len(fake.sent(941)) == chat.seen  # nothing new in the chat
        assert await conversation(sessionmaker, 941) == stored
        # The person goes on from the screen they have.
        assert "Question 2" in (await chat.type("Bäckerei Sonne")).text


async def test_a_repeat_after_an_undelivered_answer_sends_the_screen_once(
    database_url: str, sessionmaker: Sessions
) -> None:
    async with FakeBotAPI() as fake, started_bot(settings_for(fake, database_url)) as app:
        chat = Chat(fake, 942, "en")
        menu, data = await business_tap(chat)
        shown_before = fake.last_message(942)
        fake.fail_next("sendMessage", 500, times=3)  # every attempt of the answer fails
        fake.user_press(942, data, message_id=menu)
        await fake.wait_for(lambda: len(fake.failed_calls) >= 3)
        await settled(app, fake)
        assert fake.last_message(942) == shown_before
        fake.user_press(942, data, message_id=menu)
        shown = await chat._next()
        assert SECTOR_QUESTION in shown.text and STALE not in shown.text
        # Delivered now: a further repeat shows nothing more.
        fake.user_press(942, data, message_id=menu)
        await fake.wait_calls("answerCallbackQuery", 4)
        await settled(app, fake)
        assert len(fake.sent(942)) == chat.seen
        assert (await conversation(sessionmaker, 942) or {})["screen"] == "q:company"


async def test_a_different_tap_is_a_normal_step(database_url: str, sessionmaker: Sessions) -> None:
    async with FakeBotAPI() as fake, started_bot(settings_for(fake, database_url)):
        chat = Chat(fake, 943, "en")
        await menu_of(chat)
        menu = fake.last_message(943)
        await chat.press("For businesses")
        # Another button of the menu: no repeat, so the person hears it is an old message.
        fake.user_press(
            943, menu.button("Request a callback").callback_data or "", message_id=menu.message_id
        )
        stale = await chat._next()
        assert STALE in stale.text and SECTOR_QUESTION in stale.text
        # A button of the current screen is a step.
        back = await chat.press("Back")
        assert "How can we help you?" in back.text
        assert (await conversation(sessionmaker, 943) or {})["screen"] == "menu"


async def test_typed_text_repeated_is_answered_each_time(
    database_url: str, sessionmaker: Sessions
) -> None:
    async with FakeBotAPI() as fake, started_bot(settings_for(fake, database_url)):
        chat = Chat(fake, 944, "en")
        await menu_of(chat)
        await chat.press("For businesses")
        first = await chat.type("Bäckerei Sonne")
        second = await chat.type("Bäckerei Sonne")
        assert "Question 2" in first.text and second.message_id != first.message_id
        state = await conversation(sessionmaker, 944) or {}
        assert state["answers"]["company"] == "Bäckerei Sonne"
