"""The person's side end to end over HTTP: typed questions, coming back, the shared phone."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from bot.flows.ask import ASK
from db.models import Conversation, Lead
from testkit.fake_bot_api import FakeBotAPI
from tests.advisor_desk import LEIPZIG_GROUP, Desk, desk_settings, running_desk
from tests.telegram_harness import Chat


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
        await chat.type("أحمد")
        await chat.press("Contact me here in Telegram")
        await chat.press("Skip")
        await chat.press("Any time")
        summary = await chat.press("العربية")
        assert "مطعمي" in summary.text
        await chat.press("Send")
        (lead,) = await stored_leads(desk)
        assert (lead.flow, lead.office, lead.language) == ("ask", "leipzig", "ar")
        assert lead.answers["question"] == question
        await desk.deliver()
        card = (await fake.wait_sent(LEIPZIG_GROUP, 1))[0]
        assert "Frage an die Beratung" in card.text and "مطعمي" in card.text
