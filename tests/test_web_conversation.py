"""A web person's conversation with their advisor, over HTTP against a running bot on the
fake Bot API: what they type after a request is logged and reaches the advisors' topic
or the lead card, with a receipt in the chat; an advisor's answer in the group reaches
their chat (live and on the next visit); /delete erases it all."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import sqlalchemy as sa
from aiohttp.test_utils import TestClient, TestServer

from bot.conversation import log as conversation_log
from bot.conversation.log import Advisor
from bot.i18n import translator
from bot.privacy import rights
from bot.services import Services
from bot.web import chat
from bot.web.app import build_web_app
from db.models import ConversationMessage, Lead
from testkit.fake_bot_api import FakeBotAPI
from tests.advisor_desk import ANNA, LEIPZIG_GROUP, Desk, desk_settings, running_desk
from tests.test_advisor_relay import logged
from tests.test_mydata import CITIES
from tests.test_web_chat import UNLIMITED, client, services
from tests.test_web_delivery import deliver, next_event, web_lead
from tests.web_person import WebClient, WebPerson, page_text

__all__ = ["client", "services"]  # the web chat's fixtures

QUESTION = "Brauche ich für die Ausbildung einen Meister im Betrieb?"
ANSWER = "Guten Tag, nein: ein Ausbilder mit Eignung genügt. Ich rufe Sie an."


@asynccontextmanager
async def web_desk(
    fake: FakeBotAPI, database_url: str, tmp_path: Path
) -> AsyncIterator[tuple[Desk, WebClient]]:
    """The bot on the fake Bot API, and its web chat over the same services."""
    async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
        app = build_web_app(desk.services, extra=[chat.register], limits=UNLIMITED)
        app[chat.CHAT].proof.cost = 1
        async with TestClient(TestServer(app)) as client:
            yield desk, client


def plain(text: object) -> str:
    return re.sub(r"<[^>]+>", "", str(text or ""))


async def test_a_web_persons_message_reaches_the_topic_and_the_answer_their_chat(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        fake.make_forum(LEIPZIG_GROUP)
        async with web_desk(fake, database_url, tmp_path) as (desk, client):
            person = WebPerson(client)
            done = await web_lead(person, email=False)
            await desk.deliver()  # the lead card opens its topic
            lead = await desk.lead(1)
            assert lead.channel == "web" and lead.topic_id is not None
            kicked: list[bool] = []
            desk.services.kick_outbox = lambda: kicked.append(True)

            after = await person.type(QUESTION)
            await desk.deliver()
            in_topic = fake.in_topic(LEIPZIG_GROUP, lead.topic_id)

            fake.group_message(LEIPZIG_GROUP, ANNA, ANSWER, thread_id=lead.topic_id)
            await fake.wait_for(lambda: _count(desk, 2), message="the advisor's answer logged")
            async with client.get("/chat/events") as stream:
                await desk.deliver()
                live = await next_event(stream)
            page = page_text(await person.open())
            log = await logged(desk)

    # The chat: the receipt, and the screen they were at, not a new question.
    assert after["before"] == ["Sent to your advisor."]
    assert after["text"] == done["text"]
    assert kicked == [True]
    # The advisors: the person's words in the lead's topic, under the card.
    assert plain(in_topic[-1]["text"]).endswith(QUESTION)
    assert "(Anfrage #1)" in plain(in_topic[-1]["text"])
    # The log holds both, for this lead and this channel.
    assert [(m.direction, m.channel, m.text) for m in log] == [
        ("from_person", "web", QUESTION),
        ("to_person", "web", ANSWER),
    ]
    assert all(m.delivered_at is not None for m in log)
    # The answer arrives in the open chat, and stays on the next visit beside the question.
    assert live == {
        "id": log[1].id,
        "text": ANSWER,
        "notice": False,
        "mine": False,
        "name": "Test",
        "city": "Leipzig",
    }
    # Who writes, as on Telegram.
    assert "Message from Test, KAUSA Leipzig:" in page
    assert page.index(QUESTION) < page.index(ANSWER)


async def _count(desk: Desk, count: int) -> bool:
    return len(await logged(desk)) >= count


async def test_without_topics_the_message_goes_under_the_card_and_a_reply_comes_back(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake, web_desk(fake, database_url, tmp_path) as (desk, client):
        person = WebPerson(client)
        await web_lead(person, email=False)
        await desk.deliver()
        card = (await desk.lead(1)).advisor_message_id
        await person.type(QUESTION)
        await desk.deliver()
        copy = fake.sent(LEIPZIG_GROUP)[-1]
        # Anna swipes to reply to the person's message in the group.
        fake.group_message(LEIPZIG_GROUP, ANNA, ANSWER, reply_to_message_id=copy.message_id)
        await fake.wait_for(lambda: _count(desk, 2), message="the reply logged")
        await desk.deliver()
        page = page_text(await person.open())
    assert card is not None
    assert copy.params["reply_parameters"]["message_id"] == card
    assert QUESTION in plain(copy.text)
    assert ANSWER in page


async def test_before_a_request_typed_text_stays_in_the_dialogue(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake, web_desk(fake, database_url, tmp_path) as (desk, client):
        person = WebPerson(client)
        await person.open()
        await person.press("English")
        screen = await person.type("Wie lange dauert eine Ausbildung?")
        log = await logged(desk)
    assert log == []
    assert "Sent to your advisor." not in screen["before"]


async def test_delete_erases_a_web_persons_conversation(database_url: str, tmp_path: Path) -> None:
    async with FakeBotAPI() as fake, web_desk(fake, database_url, tmp_path) as (desk, client):
        person = WebPerson(client)
        await web_lead(person, email=False)
        await desk.deliver()
        await person.type(QUESTION)
        await desk.deliver()
        fake.group_message(
            LEIPZIG_GROUP, ANNA, ANSWER, reply_to_message_id=fake.sent(LEIPZIG_GROUP)[-1].message_id
        )
        await fake.wait_for(lambda: _count(desk, 2), message="the reply logged")
        await desk.deliver()
        assert ANSWER in page_text(await person.open())
        await person.step({"command": "delete"})
        await person.press("Yes, delete everything")
        async with desk.services.sessionmaker() as session:
            left = (await session.scalars(sa.select(ConversationMessage))).all()
            lead = (await session.scalars(sa.select(Lead))).one()
        page = page_text(await person.open())
    assert left == []
    assert lead.anonymized_at is not None
    assert QUESTION not in page and ANSWER not in page


async def test_my_data_of_a_web_person_names_the_website_chat_not_telegram(
    client: WebClient, services: Services
) -> None:
    person = WebPerson(client)
    await web_lead(person, email=False)
    data = await person.step({"command": "mydata"})
    text = "\n".join(data["before"])
    copy = json.loads(data["attachment"]["content"])
    german = rights.describe(copy, translator("de"), CITIES)
    assert "Channel: Website chat" in text
    assert "Telegram" not in text
    assert "Ayşe Yılmaz" in text
    assert "Kanal: Website-Chat" in german and "Telegram" not in german
    # The JSON copy names no Telegram field, not even an empty one.
    assert "telegram" not in data["attachment"]["content"].lower()
    assert set(copy["profile"]) == {"channel", "id", "language", "stop_contact", "created_at"}
    [lead] = copy["leads"]
    assert (lead["name"], lead["phone"], lead["email"]) == ("Ayşe Yılmaz", "+493411234567", None)


async def test_an_answer_from_the_web_inbox_reaches_the_web_chat_and_a_note_does_not(
    client: WebClient, services: Services
) -> None:
    person = WebPerson(client)
    await web_lead(person, email=False)
    anna = Advisor(7001, "Anna Schmidt", "Anna")
    async with services.sessionmaker() as session, session.begin():
        lead = (await session.scalars(sa.select(Lead))).one()
        for text, note in ((ANSWER, False), ("ruft morgen an", True)):
            result = await conversation_log.from_inbox(
                session, lead, text=text, advisor=anna, now=services.clock(), note=note
            )
            assert result.status == ("note" if note else "queued")
    before = page_text(await person.open())
    await deliver(services)
    after = page_text(await person.open())
    assert ANSWER not in before  # shown once delivered
    assert ANSWER in after and "ruft morgen an" not in after


async def test_privacy_rights_typed_after_a_request_reach_the_advisor_and_are_served(
    client: WebClient, services: Services
) -> None:
    # "show me my data" and "please delete my data" got "Sent to your advisor." and the
    # same screen: an advisor can neither send the copy nor delete. The words still reach
    # the advisor; the copy and /delete's question follow (the web chat, as Telegram).
    person = WebPerson(client)
    await web_lead(person, email=False)
    shown = await person.type("show me my data")
    assert shown["before"][0] == "Sent to your advisor."
    assert "This is everything we have stored about you:" in "\n".join(shown["before"])
    [lead] = json.loads(shown["attachment"]["content"])["leads"]
    assert [m["text"] for m in lead["conversation"]] == ["show me my data"]
    asked = await person.type("please delete my data")
    async with services.sessionmaker() as session:
        log = (await session.scalars(sa.select(ConversationMessage.text))).all()
    assert asked["before"] == ["Sent to your advisor."]
    assert "Do you want us to delete all your data?" in asked["text"]
    assert log == ["show me my data", "please delete my data"]
    farewell = await person.press("Yes, delete everything")
    assert "All your data has been deleted" in farewell["text"]
