"""End to end over real HTTP: the bot's Application against the local fake Bot API."""

from __future__ import annotations

import json
import logging

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.app import DESCRIPTION, SHORT_DESCRIPTION, publish_profile
from bot.dialogue.engine import WELCOME
from bot.dialogue.typed import KEPT
from bot.i18n import LANGUAGES, translator
from bot.ops.logs import configure_logging
from db.models import Lead, OutboxMessage, User
from testkit.fake_bot_api import FakeBotAPI
from tests.telegram_harness import (
    TOKEN,
    Chat,
    callback_request_until_name,
    running_bot,
    settings_for,
)


async def stored_leads(sessionmaker: async_sessionmaker[AsyncSession]) -> list[Lead]:
    async with sessionmaker() as session:
        return list((await session.execute(sa.select(Lead).order_by(Lead.id))).scalars())


async def test_business_owner_in_german(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    async with FakeBotAPI() as fake, running_bot(settings_for(fake, database_url)):
        chat = Chat(fake, 501, "de")
        welcome = await chat.command("/start")
        assert welcome.text.startswith("Hallo!")
        assert welcome.button_texts[:6] == [
            "Deutsch",
            "العربية",
            "Türkçe",
            "Tiếng Việt",
            "Українська",
            "English",
        ]
        menu = await chat.press("Deutsch")
        assert "Wie können wir Ihnen helfen?" in menu.text
        company = await chat.press("For businesses")
        assert "Wie heißt Ihr Betrieb?" in company.text
        assert "🏠 Hauptmenü" in company.button_texts and "↩️ Zurück" in company.button_texts
        await chat.type("Öztürk Grill")
        # A trade in their own words tells no sector: the sector question follows.
        sector = await chat.type("Fachkraft für Speiseeis")
        assert "Branche" in sector.text
        await chat.press("Restaurant, café or hotel")
        guess = await chat.type("4109")
        assert "Meinen Sie 04109?" in guess.text
        experience = await chat.press("Yes")
        assert "Leipzig" in experience.text
        start = await chat.press("Not yet, but we have a trainer")
        await chat.press(start.button_texts[1])  # the second start offered
        await chat.press("Several things")
        ticked = await chat.press("Finding an apprentice")
        assert ticked.edited and "✅ " + chat._("Finding an apprentice") in ticked.button_texts
        consent = await chat.press("Done")
        assert "ARBEIT UND LEBEN Sachsen e.V." in consent.text
        await chat.press("Yes, I agree")
        await chat.type("Mehmet Öztürk")
        await chat.type("0341 1234567")
        await chat.press("At my business")
        await chat.press("Morning")
        await chat.press("Preferred language")
        summary = await chat.press("Türkçe")
        assert "Mehmet Öztürk" in summary.text and "+49 341 1234567" in summary.text
        assert "Gastronomie" in summary.text
        assert "Vormittags (08:00–12:00)" in summary.text
        done = await chat.press("Send request")
        leads = await stored_leads(sessionmaker)
        assert len(leads) == 1
        assert f"{leads[0].id}" in done.text and "Leipzig" in done.text
        assert leads[0].language == "de" and leads[0].office == "leipzig"
        assert leads[0].answers["needs"] == ["find"]
        assert leads[0].answers["trades_other"] == "Fachkraft für Speiseeis"
        assert leads[0].callback_language == "tr"
        # Every button tap was answered, so no phone shows a spinner.
        presses = [c for c in fake.calls if c.method == "answerCallbackQuery"]
        assert len(presses) >= 12
    async with sessionmaker() as session:
        outbox = (await session.execute(sa.select(OutboxMessage))).scalars().all()
    assert [o.kind for o in outbox] == ["lead_new"]


async def test_young_person_in_arabic(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    async with FakeBotAPI() as fake, running_bot(settings_for(fake, database_url)):
        chat = Chat(fake, 502, "ar")
        welcome = await chat.command("/start")
        assert welcome.text == chat._(WELCOME) + "\n\n" + chat._("Please choose your language.")
        assert chat._(WELCOME) != WELCOME
        menu = await chat.press("العربية")
        assert chat._("How can we help you?") in menu.text
        await chat.press("For young people and parents")
        await chat.press("Looking for an apprenticeship")
        await chat.press("18 to 24")
        await chat.press("Koch/Köchin")
        await chat.press("A certificate from abroad")
        await chat.press("B1")
        consent = await chat.type("٠٩١١١")  # Arabic-Indic digits, as an Arabic keyboard types
        assert "\u2068Chemnitz\u2069" in consent.text
        await chat.press("Yes, I agree")
        await chat.type("أحمد")
        await chat.press("Contact me here in Telegram")
        await chat.press("Video call")
        summary = await chat.press("Any time")
        # A name in Arabic script: the summary asks for its spelling as in the passport.
        assert chat._("Name in Latin letters") in " ".join(summary.button_texts)
        latin = await chat.press("Name in Latin letters")
        assert (
            chat._(
                "Please also write your name in Latin letters, as in your passport. Or tap “Skip”."
            )
            in latin.text
        )
        summary = await chat.type("Ahmad")
        assert chat._("Please check your details:") in summary.text
        assert "Ahmad" in summary.text
        assert "\u2068" + "09111" + "\u2069" in summary.text
        done = await chat.press("Send request")
        assert "Chemnitz" in done.text
        lead = (await stored_leads(sessionmaker))[0]
        assert (lead.flow, lead.office, lead.language) == ("young", "chemnitz", "ar")
        assert lead.contact_via_telegram and lead.name == "أحمد"
        assert lead.answers["name_latin"] == "Ahmad" and lead.answers["trade"] == "koch"


async def test_callback_request_in_ukrainian_with_mistakes(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    async with FakeBotAPI() as fake, running_bot(settings_for(fake, database_url)):
        chat = Chat(fake, 503, "uk", language_code="uk-UA")
        await chat.command("/start")
        await chat.press("Українська")
        await chat.press("Request a callback")
        puzzled = await chat.type("Що мені натиснути?")
        # Kept for the advisor like any question on the way, and the way on is said.
        assert chat._(KEPT) in puzzled.text
        assert "натисніть одну з кнопок нижче" in puzzled.text
        assert "Хто звертається?" in puzzled.text
        fake.user_sticker(503)
        sticker = await chat._next()
        assert chat._("I can only understand text messages and button taps here.") in sticker.text
        await chat.press("A young person")
        await chat.press("18 to 24")
        await chat.type("Проблема з договором")
        outside = await chat.type("06108")
        assert "ZuSA" in outside.text
        await chat.press("Enter a different postal code")
        await chat.type("01067")
        await chat.press("Yes, I agree")
        await chat.type("Олена Коваленко")  # no Latin spelling: it is offered on the summary
        bad_phone = await chat.type("123")
        assert (
            chat._(
                "This does not look like a phone number. Please write it with the area code, "
                "or with +49 or another country code."
            )
            in bad_phone.text
        )
        whatsapp = await chat.type("+380 67 123 4567")  # a mobile
        assert "WhatsApp" in whatsapp.text
        await chat.press("Yes")
        await chat.press("By phone")
        await chat.press("Afternoon")
        await chat.press("E-mail")
        summary = await chat.type("olena@example.org")
        assert "Олена Коваленко" in summary.text
        await chat.press("Send request")
        lead = (await stored_leads(sessionmaker))[0]
        assert (lead.flow, lead.office, lead.phone) == ("callback", "dresden", "+380671234567")
        assert lead.email == "olena@example.org"
        assert lead.answers["topic"] == "Проблема з договором"
        assert lead.answers["whatsapp"] == "yes" and "name_latin" not in lead.answers
        # The first postal code was in Saxony-Anhalt; the second one counts.
        assert "region" not in lead.answers


async def test_stale_button_and_group_chat_are_handled(database_url: str) -> None:
    async with FakeBotAPI() as fake, running_bot(settings_for(fake, database_url)):
        chat = Chat(fake, 504, "en")
        first = await chat.command("/start")
        await chat.press("English")
        fake.user_press(
            504, first.button("Deutsch").callback_data or "", message_id=first.message_id
        )
        stale = await chat._next()
        assert "This button belongs to an earlier message" in stale.text
        # A stranger added the bot to a group: it stays silent there.
        fake.group_message(-100999, 777, "/start")
        fake.user_message(504, "/menu")
        await chat._next()
        assert fake.sent(-100999) == []


async def test_a_restart_continues_at_the_same_step(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    async with FakeBotAPI() as fake:
        chat = Chat(fake, 505, "en")
        async with running_bot(settings_for(fake, database_url)):
            await chat.command("/start")
            await chat.press("English")
            await chat.press("For businesses")
            await chat.type("Novak Elektro")
            await chat.press("Elektroniker/in")
            await chat.type("01067")
        # The process is gone; a new one starts on the same database.
        async with running_bot(settings_for(fake, database_url)):
            start = await chat.press("Yes, we train right now")
            assert "When should the training start?" in start.text
            await chat.press(start.button_texts[0])  # the first start offered
            await chat.press("Support during training")
            await chat.press("Yes, I agree")
            await chat.type("Jan Novak")
            await chat.type("0351 1234567")
            await chat.press("By phone")
            summary = await chat.press("Any time")
            assert "Trades: Electronics technician (Elektroniker/in)" in summary.text
            assert "Postal code: 01067" in summary.text
            await chat.press("Send request")
    leads = await stored_leads(sessionmaker)
    assert len(leads) == 1 and leads[0].office == "dresden"
    assert leads[0].answers["trades"] == ["elektro"]


async def test_a_refused_profile_is_logged_by_the_error_type(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Telegram's refusal can quote the text it was sent: the log names its type only."""
    caplog.set_level(logging.WARNING, logger="bot.app")
    async with FakeBotAPI() as fake, running_bot(settings_for(fake, database_url)) as app:
        fake.fail_next("setMyCommands", 400, times=7, description="Bad Request: said «Omar»")
        await publish_profile(app.bot)

    assert "could not publish the bot profile for default (BadRequest)" in caplog.text
    assert "Omar" not in caplog.text


async def test_command_menu_and_descriptions_are_published_per_language(
    database_url: str,
) -> None:
    async with FakeBotAPI() as fake, running_bot(settings_for(fake, database_url)) as app:
        await publish_profile(app.bot)
        commands = {c.params.get("language_code"): c.params for c in fake.calls_to("setMyCommands")}
        descriptions = {
            c.params.get("language_code"): c.params["description"]
            for c in fake.calls_to("setMyDescription")
        }
        shorts = {
            c.params.get("language_code"): c.params["short_description"]
            for c in fake.calls_to("setMyShortDescription")
        }
    assert set(commands) == {None, *LANGUAGES}
    for lang in LANGUAGES:
        t = translator(lang)
        names = [c["command"] for c in commands[lang]["commands"]]
        assert names == [
            "start",
            "menu",
            "language",
            "status",
            "privacy",
            "mydata",
            "delete",
            "help",
        ]
        assert commands[lang]["commands"][1]["description"] == t.gettext("Back to the main menu")
        assert descriptions[lang] == t.gettext(DESCRIPTION) and len(descriptions[lang]) <= 512
        assert shorts[lang] == t.gettext(SHORT_DESCRIPTION) and len(shorts[lang]) <= 120
    assert descriptions[None] == descriptions["de"]
    assert len(set(descriptions.values())) == len(LANGUAGES)


async def test_logs_of_a_full_dialogue_hold_no_personal_data(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    configure_logging("DEBUG")
    caplog.set_level(logging.DEBUG)
    async with FakeBotAPI() as fake, running_bot(settings_for(fake, database_url)):
        chat = Chat(fake, 506, "en")
        await callback_request_until_name(chat)
        await chat.type("Zeynep Secretname")
        await chat.type("0341 9876543")
        await chat.press("By phone")
        await chat.press("Any time")
        await chat.press("E-mail")
        await chat.type("zeynep.secret@example.org")
        await chat.press("Send request")
        await chat.command("/mydata")
    logged = caplog.text
    assert "lead" in logged  # the log is not simply empty
    for secret in ("Secretname", "9876543", "zeynep.secret", "04109", TOKEN, "TEST-token"):
        assert secret not in logged, secret


async def test_blocking_and_unblocking_the_bot(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    async with FakeBotAPI() as fake, running_bot(settings_for(fake, database_url)):
        chat = Chat(fake, 507, "en")
        await chat.command("/start")
        fake.my_chat_member_kicked(507)

        async def blocked() -> bool:
            async with sessionmaker() as session:
                return bool((await session.execute(sa.select(User.blocked))).scalar_one())

        await fake.wait_for(blocked)
        fake.my_chat_member_unblocked(507)

        async def unblocked() -> bool:
            return not await blocked()

        await fake.wait_for(unblocked)


async def test_mydata_and_delete_in_telegram(
    database_url: str, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    async with FakeBotAPI() as fake, running_bot(settings_for(fake, database_url)):
        chat = Chat(fake, 508, "uk")
        await chat.command("/start")
        await chat.press("Українська")
        await chat.press("Request a callback")
        await chat.press("A parent")
        await chat.press("16 or 17")
        await chat.press("Skip")
        await chat.type("04109")
        await chat.press("Yes, I agree")
        await chat.type("Ірина Шевченко")
        await chat.press("Contact me here in Telegram")
        await chat.press("At the KAUSA office")
        await chat.press("Any time")
        await chat.press("Name in Latin letters")  # offered on the summary
        await chat.type("Iryna Shevchenko")
        await chat.press("Send request")
        fake.user_message(508, "/mydata")
        messages = await fake.wait_sent(508, chat.seen + 2)
        chat.seen = len(messages)
        data_text = messages[-2].text
        assert chat._("This is everything we have stored about you:") in data_text
        assert "Ірина Шевченко" in data_text and "Iryna Shevchenko" in data_text
        assert chat._("At the KAUSA office") in data_text
        [document] = await fake.wait_for(lambda: fake.documents(508))
        assert document.filename == "kausa-my-data.json"
        assert json.loads(document.content)["leads"][0]["name"] == "Ірина Шевченко"
        confirm = await chat.command("/delete")
        assert confirm.button_texts[0] == chat._("Yes, delete everything")
        bye = await chat.press("Yes, delete everything")
        # DPO: the summary with the name and number stays above it in the chat (the bot
        # keeps no ids of its messages there): said so, for a phone shared with others.
        assert bye.text == chat._(
            "All your data has been deleted. If you write to us again, we start from the beginning."
        ) + "\n\n" + chat._("The messages above stay in this chat until you delete it in Telegram.")
        assert bye.buttons == []
    async with sessionmaker() as session:
        lead = (await session.execute(sa.select(Lead))).scalar_one()
        users = (await session.execute(sa.select(sa.func.count(User.id)))).scalar_one()
    assert lead.name is None and lead.status == "withdrawn" and users == 0


async def test_a_command_with_a_sign_after_it_is_that_command(database_url: str) -> None:
    # Telegram ends a command at the first sign that is not a letter, digit or "_": "/start?"
    # and "/menu!" are /start and /menu there (and in its list of commands), not unknown.
    async with FakeBotAPI() as fake, running_bot(settings_for(fake, database_url)):
        chat = Chat(fake, 506, "en")
        first = await chat.command("/start?")
        assert first.text.startswith("Hello! This is KAUSA Saxony.")
        await chat.press("English")
        menu = await chat.command("/menu!")
        assert menu.text.startswith("How can we help you?")
        assert "🏢 For businesses" in menu.button_texts
