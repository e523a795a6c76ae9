"""Hostile and odd input: at the engine, and end to end through the fake Bot API.

Nothing a person (or someone forging requests) sends may crash a step, leak into
another person's chat, break a message's formatting, or reach the database as
anything but plain data.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.dialogue.state import Press, Text
from bot.terminal import parse_input
from bot.validation import clean_message, clean_text
from db.models import Lead, User
from testkit.fake_bot_api import FakeBotAPI, SentMessage
from tests.dialogue_driver import Driver, callback_until_name
from tests.live_bot import conversation, leads, settled, started_bot
from tests.telegram_harness import Chat, callback_request_until_name, settings_for

LONGEST = "A" * 4096
EMOJI_ONLY = "🙂🎉👩‍🔧🇩🇪"
RTL_NAME = "\u202eأحمد\u200b علي\u200f"
MARKUP_NAME = "<b>Ali</a> *_bold_* [x](tg://user?id=1) `code`"
SQL_NAME = "Robert'); DROP TABLE leads;--"
CONTROL_NAME = "Ali\x00\x07\x1b[31m Veli\r\n"
STALE = "This button belongs to an earlier message"


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def at_the_name_question() -> Driver:
    return callback_until_name(Driver())


# -- the engine ----------------------------------------------------------------


def test_the_too_long_sentence_says_how_long_the_text_is() -> None:
    # QA: "at most 100 characters" alone left the person guessing how much to cut.
    d = at_the_name_question()
    d.type("A" * 5040)
    assert "This text is too long: 5,040 of at most 100 characters." in d.text
    d = Driver()
    d.press("Deutsch")
    d.type("B" * 1200)  # in the menu, a question of at most 1000 characters
    assert "Dieser Text ist zu lang: 1.200 von höchstens 1.000 Zeichen." in d.text


def test_a_4096_character_text_is_refused_politely_everywhere() -> None:
    d = at_the_name_question()
    d.type(LONGEST)
    assert d.state.screen == "q:name" and "name" not in d.state.answers
    assert "This text is too long: 4,096 of at most 100 characters." in d.text
    d = Driver()
    d.press("English")
    d.press("For businesses")
    d.type("Kiosk Anna")
    d.type(LONGEST)  # as the trade, typed on the question itself
    assert "This text is too long: 4,096 of at most 1,000 characters." in d.text
    assert d.state.screen == "q:trades"
    d = Driver()
    d.press("English")
    d.type(LONGEST)
    # In the menu, text is taken as a question: this one is too long to be one.
    assert "This text is too long: 4,096 of at most 1,000 characters." in d.text
    assert d.state.screen == "menu"
    assert utf16_length(d.text) <= 4096


def test_only_emoji_is_no_name_and_no_postal_code() -> None:
    d = at_the_name_question()
    d.type(EMOJI_ONLY)
    assert d.state.screen == "q:name"
    d = Driver()
    d.press("English")
    d.press("Request a callback")
    d.press("A business")
    d.press("Skip")
    d.type(EMOJI_ONLY)
    assert "A postal code has five digits" in d.text


def test_invisible_and_direction_characters_are_removed_from_names() -> None:
    d = at_the_name_question()
    d.type(RTL_NAME)
    assert d.state.answers["name"] == "أحمد علي"


def test_joiners_inside_an_emoji_or_a_word_are_kept_and_loose_ones_dropped() -> None:
    # "💇‍♀️" was stored as "💇♀️" (two symbols), and the Persian "می‌خواهم" lost its
    # non-joiner: the stored value differed from what was typed.
    assert clean_text("Friseurin 💇\u200d♀️") == "Friseurin 💇\u200d♀️"
    assert clean_message("Koch 👩\u200d🍳\nمی\u200cخواهم") == "Koch 👩\u200d🍳\nمی\u200cخواهم"
    # Alone, or at a word's edge, a joiner joins nothing and shows nothing.
    assert clean_text("\u200b\u200d\ufeff") == ""
    assert clean_text("Ahmad \u200d Ali\u200c") == "Ahmad Ali"
    d = at_the_name_question()
    d.type("\u200d")
    assert "name" not in d.state.answers


def test_markup_and_sql_in_names_are_kept_as_plain_text() -> None:
    for name in (MARKUP_NAME, SQL_NAME):
        d = at_the_name_question()
        d.type(name)
        if any(ch.isdigit() for ch in name):
            # "id=1": asked whether the number belongs to the name; sent again, it does.
            assert "has a number in it" in d.text and "name" not in d.state.answers
            d.type(name)
        assert d.state.answers["name"] == name
        d.type("0341 1234567")
        d.press("By phone")
        d.press("Any time")
        # Shown as typed, never interpreted.
        assert f"Name: {name}\n" in d.text


def test_control_characters_never_reach_the_state() -> None:
    d = at_the_name_question()
    d.type(CONTROL_NAME)
    # "[31m" holds a number: asked about, shown without the control characters.
    assert "“Ali [31m Veli” has a number in it" in d.text
    d.type(CONTROL_NAME)
    assert d.state.answers["name"] == "Ali [31m Veli"
    d.send(Text("\x00"))
    assert all(ch.isprintable() for ch in d.text.replace("\n", ""))


def test_callback_data_of_someone_elses_dialogue_is_only_a_stale_button() -> None:
    ayse, ben = Driver(), Driver()
    ayse.press("English")
    ayse.press("For businesses")
    sector = ayse.screen.keyboard[0][0].data
    ben.press("English")
    before = ben.state
    ben.send(Press(sector))
    assert STALE in ben.text
    assert ben.state.screen == before.screen and ben.state.answers == before.answers


# -- end to end --------------------------------------------------------------------


async def walk_to_summary(chat: Chat, name: str) -> SentMessage:
    await callback_request_until_name(chat)
    asked = await chat.type(name)
    if "has a number in it" in asked.text:
        await chat.type(name)  # the number belongs to the name: sent again
    await chat.type("0341 1234567")
    await chat.press("By phone")
    return await chat.press("Any time")


async def test_hostile_names_and_texts_end_to_end(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    name = f"{MARKUP_NAME} {SQL_NAME}"
    async with FakeBotAPI() as fake, started_bot(settings_for(fake, database_url)):
        chat = Chat(fake, 801, "en")
        # Telegram profile names are chosen by the person too.
        fake.user_message(
            801, "/start", language_code="en", first_name="<b>\x00Evil</b>", username="evil_user"
        )
        await chat._next()
        for odd in (LONGEST, EMOJI_ONLY, RTL_NAME, "\x00\x1b[2J", "\u200b\u200b"):
            answer = await chat.type(odd)
            # The app's language taken as chosen: each is answered at the main menu (words
            # without a page are offered to an advisor).
            assert "How can we help you?" in answer.text or "An advisor can" in answer.text
        summary = await walk_to_summary(chat, name)
        assert f"Name: {name}\n" in summary.text
        # Plain text messages: nothing the person typed is parsed as HTML or Markdown.
        assert all(m.parse_mode is None for m in fake.sent(801))
        done = await chat.press("Send request")
        assert "Thank you!" in done.text
    stored = await leads(sessionmaker)
    assert [lead.name for lead in stored] == [name]
    async with sessionmaker() as session:
        # The table the name tried to drop is still there, and so is every lead.
        assert await session.scalar(sa.select(sa.func.count()).select_from(Lead)) == 1
        user = (await session.execute(sa.select(User))).scalar_one()
    assert user.first_name == "<b> Evil</b>"


async def test_forged_and_stale_buttons_touch_nobody_elses_dialogue(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    async with FakeBotAPI() as fake, started_bot(settings_for(fake, database_url)) as app:
        ayse, ben = Chat(fake, 811, "en"), Chat(fake, 812, "en")
        await ayse.command("/start")
        await ayse.press("English")
        sectors = await ayse.press("For businesses")
        await ben.command("/start")
        ben_menu = await ben.press("English")
        ayse_state = await conversation(sessionmaker, 811)
        ben_state = await conversation(sessionmaker, 812)

        # A forged request: Ben "presses" a button on a message in Ayşe's chat.
        gastro = sectors.button("Back").callback_data or ""
        fake.group_press(811, 812, gastro, sectors.message_id)
        # Ben sends Ayşe's callback data from his own chat.
        fake.user_press(812, gastro, message_id=ben_menu.message_id)
        stale = await ben._next()
        assert STALE in stale.text and "How can we help you?" in stale.text
        # A person presses an advisor button (copied from a group) in their private chat.
        fake.user_press(812, "adv:claim:1", message_id=ben_menu.message_id)
        assert STALE in (await ben._next()).text
        await settled(app, fake)
        assert len(fake.sent(811)) == ayse.seen  # nothing reached Ayşe's chat
        assert await conversation(sessionmaker, 811) == ayse_state
        after = await conversation(sessionmaker, 812)
        assert after is not None and ben_state is not None
        assert (after["screen"], after["answers"]) == (ben_state["screen"], ben_state["answers"])


async def test_buttons_of_an_old_dialogue_do_not_send_a_lead_twice(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    async with FakeBotAPI() as fake, started_bot(settings_for(fake, database_url)) as app:
        chat = Chat(fake, 821, "en")
        summary = await walk_to_summary(chat, "Jan Novak")
        await chat.press("Send request")
        # The same tap again (the person's retap) changes nothing and shows nothing.
        fake.user_press(
            821, summary.button("Send").callback_data or "", message_id=summary.message_id
        )
        await settled(app, fake)
        assert len(fake.sent(821)) == chat.seen
        # A tap of the summary's other button is no repeat: that button is stale.
        fake.user_press(
            821, summary.button("Back").callback_data or "", message_id=summary.message_id
        )
        again = await chat._next()
        assert STALE in again.text and "Thank you!" in again.text
        first = fake.sent(821)[0]
        fake.user_press(
            821, first.button("Deutsch").callback_data or "", message_id=first.message_id
        )
        assert STALE in (await chat._next()).text
    assert len(await leads(sessionmaker)) == 1


async def test_the_bot_stays_silent_in_a_group_a_stranger_added_it_to(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    group, stranger = -100777000, 831
    async with FakeBotAPI() as fake, started_bot(settings_for(fake, database_url)) as app:
        for text in ("/start", "/help@kausa_test_bot", "/menu", "/leads", "/export", "Hallo?"):
            fake.group_message(group, stranger, text, title="Random group")
        fake.group_press(group, stranger, "0:l:en", 1)
        fake.group_press(group, stranger, "adv:claim:1", 1)
        await settled(app, fake)
        sends = [c for c in fake.calls + fake.failed_calls if c.chat_id == group]
        assert sends == []
        # The person side kept no trace of the stranger either.
        assert await conversation(sessionmaker, stranger) is None


async def test_a_caption_under_a_photo_during_the_dialogue_reaches_the_summary(
    database_url: str,
) -> None:
    async with FakeBotAPI() as fake, started_bot(settings_for(fake, database_url)):
        chat = Chat(fake, 821, "en")
        await callback_request_until_name(chat)
        seen = len(fake.sent(821))
        fake.user_media(821, "photo", caption="My certificate from Syria")
        told = (await fake.wait_sent(821, seen + 1))[-1]
        chat.seen = len(fake.sent(821))
        await chat.type("Lina Haddad")
        await chat.type("0341 1234567")
        await chat.press("By phone")
        summary = await chat.press("Any time")
    assert "We have noted the words you wrote with it" in told.text
    assert "Your message for the advisor: My certificate from Syria" in summary.text


def test_a_digit_that_is_no_number_typed_in_the_terminal_is_text() -> None:
    # "²" is a digit to str.isdigit(), which int() refuses: the terminal chat ended with
    # a ValueError instead of taking it as text.
    d = Driver("en")
    assert parse_input("²", d.screen, None) == Text("²")
