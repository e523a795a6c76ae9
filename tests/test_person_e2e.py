"""The person's side end to end over HTTP: typed questions, coming back, the shared phone."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from bot.flows.ask import ASK
from db.models import Conversation, Lead
from testkit.fake_bot_api import FakeBotAPI
from tests.advisor_desk import (
    LEIPZIG_GROUP,
    Desk,
    desk_settings,
    running_desk,
    submit_callback_lead,
)
from tests.telegram_harness import Chat, callback_request_until_name


async def stored_states(desk: Desk) -> str:
    async with desk.services.sessionmaker() as session:
        rows = await session.execute(sa.select(Conversation.state))
        return " ".join(str(state) for state in rows.scalars())


async def stored_leads(desk: Desk) -> list[Lead]:
    async with desk.services.sessionmaker() as session:
        return list((await session.execute(sa.select(Lead).order_by(Lead.id))).scalars())


async def test_typed_question_is_answered_by_a_page_then_becomes_a_request(
    database_url: str, tmp_path: Path
) -> None:
    question = "كم يكلف المتدرب في مطعمي؟"
    async with (
        FakeBotAPI() as fake,
        running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk,
    ):
        chat = Chat(fake, 601, "ar")
        await chat.command("/start")
        await chat.press("العربية")
        page = await chat.type(question)
        assert chat._("Minimum training pay (Mindestausbildungsvergütung)") in page.text
        assert chat._("Ask an advisor") in " ".join(page.button_texts)
        # Nothing personal is stored before consent: the question is not in the state.
        assert "مطعمي" not in await stored_states(desk)
        consent = await chat.press("Ask an advisor")
        assert chat._(ASK.intro) in consent.text
        assert "مطعمي" not in await stored_states(desk)
        plz = await chat.press("Yes, I agree")
        assert chat._("What is your postal code (PLZ)? For example: 09111") in plz.text
        await chat.type("04109")
        await chat.type("أحمد")  # its Latin spelling is offered on the summary, not asked
        await chat.press("Contact me here in Telegram")
        await chat.press("Video call")
        summary = await chat.press("Any time")
        assert "مطعمي" in summary.text
        await chat.press("Send request")
        (lead,) = await stored_leads(desk)
        assert (lead.flow, lead.office, lead.language) == ("ask", "leipzig", "ar")
        assert lead.answers["question"] == question
        await desk.deliver()
        card = (await fake.wait_sent(LEIPZIG_GROUP, 1))[0]
        assert "Frage an die Beratung" in card.text and "مطعمي" in card.text


async def test_a_returning_person_sees_the_open_request_and_a_second_start_adds_to_it(
    database_url: str, tmp_path: Path
) -> None:
    async with (
        FakeBotAPI() as fake,
        running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk,
    ):
        chat = await submit_callback_lead(fake, 602, lang="tr")
        await desk.deliver()
        (lead,) = await stored_leads(desk)
        back = await chat.command("/start")
        assert chat._("Welcome back! You have an open request.") in back.text
        assert chat._("Request number: {number}").format(number=lead.id) in back.text
        assert chat._("received") in back.text and "Leipzig" in back.text
        assert back.button_texts == [
            "✉️ " + chat._("Write to my advisor"),
            "➕ " + chat._("New request"),
            "🏠 " + chat._("Main menu"),
        ]
        await chat.press("Main menu")
        choose = await chat.press("For businesses")
        assert chat._("Add to my request") in " ".join(choose.button_texts)
        # The business dialogue's own questions (issue 14), then straight to the summary.
        await chat.press("Add to my request")
        await chat.type("Anadolu Lokantası")
        await chat.press("Koch/Köchin")
        await chat.type("04109")
        start = await chat.press("Not yet, and no trainer yet")
        await chat.press(start.button_texts[1])  # the second start offered
        summary = await chat.press("Finding an apprentice")
        assert chat._("Name") + ":" not in summary.text
        assert chat._("WhatsApp") + ":" not in summary.text
        added = await chat.press("Send request")
        assert str(lead.id) in added.text
        (same,) = await stored_leads(desk)
        assert same.id == lead.id and same.answers["company"] == "Anadolu Lokantası"
        assert same.answers["trades"] == ["koch"] and same.answers["role"] == "business"
        await desk.deliver()
        group = await fake.wait_sent(LEIPZIG_GROUP, 2)
        assert any("hat ihre Anfrage ergänzt" in m.text for m in group)
        # The card was brought up to date with the added answers.
        assert any(
            m.edited and "Anadolu Lokantası" in m.text and "Koch/Köchin" in m.text
            for m in fake.sent(LEIPZIG_GROUP)
        )
        status = await chat.command("/status")
        assert chat._("Your requests:") in status.text and str(lead.id) in status.text


async def test_the_phone_step_takes_the_persons_own_shared_contact(
    database_url: str, tmp_path: Path
) -> None:
    async with (
        FakeBotAPI() as fake,
        running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk,
    ):
        chat = Chat(fake, 603, "en")
        await callback_request_until_name(chat)
        phone_step = await chat.type("Mehmet Öztürk")
        # The share button comes in its own message just before the phone question.
        offer = fake.sent(603)[-2]
        assert offer.reply_keyboard == [["📱 " + chat._("Share my phone number")]]
        button = offer.params["reply_markup"]["keyboard"][0][0]
        assert button["request_contact"] is True
        assert chat._("Contact me here in Telegram") in " ".join(phone_step.button_texts)

        fake.user_contact(603, "+4917099999999", contact_user_id=777)
        refused = await chat._next()
        assert (
            chat._(
                "This is someone else's contact. Please share your own phone number, or type "
                "the number we should call."
            )
            in refused.text
        )

        fake.user_contact(603, "4915112345678", contact_user_id=603)
        whatsapp = await chat._next()
        assert chat._("May we also write to you on WhatsApp at this number?") in whatsapp.text
        gone = fake.sent(603)[-2]
        assert gone.remove_keyboard and gone.text == chat._("Thank you. We have your phone number.")
        await chat.press("Yes")
        await chat.press("By phone")
        await chat.press("Any time")
        await chat.press("Send request")
        (lead,) = await stored_leads(desk)
        assert lead.phone == "+4915112345678"
