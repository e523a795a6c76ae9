"""What a person with a request sends goes to their advisor, unless it answers the question
the dialogue shows them (bot.conversation.log.from_person): then it is the dialogue's."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.conversation import log as conversation_log
from bot.conversation.content import Content
from bot.conversation.log import Route, Taken, Written
from bot.dialogue.quota import DAY
from bot.dialogue.state import Command, Start
from db.models import ConversationMessage
from db.vocabulary import MessageDirection, MessageKind
from tests.dialogue_driver import NOW, Person, make_dialogue
from tests.test_privacy import business_lead

Sessions = async_sessionmaker[AsyncSession]


async def sent(sessionmaker: Sessions, person: Person, content: Content, message_id: int) -> Taken:
    return await conversation_log.from_person(
        sessionmaker,
        external_id=person.user_id,
        content=content,
        written=Written(int(person.user_id), message_id),
        update_id=None,
        now=NOW,
    )


async def logged(sessionmaker: Sessions) -> list[str | None]:
    async with sessionmaker() as session:
        stmt = sa.select(ConversationMessage.text).order_by(ConversationMessage.id)
        return list(await session.scalars(stmt))


async def test_an_answer_to_the_question_on_screen_stays_in_the_dialogue(
    sessionmaker: Sessions,
) -> None:
    dialogue = make_dialogue(sessionmaker)
    person = Person(dialogue)
    await business_lead(person)
    # Between questions, a typed text is for the advisor of the request.
    between = await sent(sessionmaker, person, Content(MessageKind.TEXT, "Any news?"), 80)
    assert between.route is Route.TAKEN
    await person.send(Start("en"))
    await person.press("New request")
    await person.press("For businesses")  # the first question: the company's name
    answer = await sent(sessionmaker, person, Content(MessageKind.TEXT, "Bäckerei Yılmaz"), 81)
    assert answer.route is Route.DIALOGUE
    # A sticker answers no question: it still goes to the advisor.
    sticker = Content(MessageKind.STICKER, "👍", "sticker-file-id")
    assert (await sent(sessionmaker, person, sticker, 82)).route is Route.TAKEN
    assert await logged(sessionmaker) == ["Any news?", "👍"]


async def test_someone_never_seen_has_no_advisor_to_write_to(sessionmaker: Sessions) -> None:
    stranger = Person(make_dialogue(sessionmaker))
    typed = await sent(sessionmaker, stranger, Content(MessageKind.TEXT, "Hello?"), 1)
    photo = await sent(sessionmaker, stranger, Content(MessageKind.PHOTO, None, "photo-id"), 2)
    assert (typed.route, photo.route) == (Route.FREE_TEXT, Route.DIALOGUE)
    assert await logged(sessionmaker) == []


async def lead_of(sessionmaker: Sessions, text: str) -> int:
    async with sessionmaker() as session:
        stmt = sa.select(ConversationMessage.lead_id).where(ConversationMessage.text == text)
        return (await session.scalars(stmt)).one()


async def test_with_two_requests_a_message_goes_to_the_one_talked_about_last(
    sessionmaker: Sessions,
) -> None:
    # Two open requests a day apart (sent together, the second would join the first).
    day = [NOW]
    person = Person(make_dialogue(sessionmaker, lambda: day[0]))
    await business_lead(person)
    day[0] = NOW + DAY
    await business_lead(person)
    first = await sent(sessionmaker, person, Content(MessageKind.TEXT, "Any news?"), 90)
    assert first.route is Route.TAKEN
    assert await lead_of(sessionmaker, "Any news?") == 2  # the newer, without a word yet
    # The first request's advisor writes after that: the person's answer is for them.
    async with sessionmaker() as session, session.begin():
        session.add(
            ConversationMessage(
                lead_id=1,
                direction=MessageDirection.TO_PERSON,
                channel="telegram",
                kind=MessageKind.TEXT,
                text="Hallo, hier Anna. Wann passt es?",
                created_at=NOW + DAY + timedelta(hours=1),
            )
        )
    await sent(sessionmaker, person, Content(MessageKind.TEXT, "Morgen um 10 passt."), 91)
    assert await lead_of(sessionmaker, "Morgen um 10 passt.") == 1


async def test_a_buttons_label_typed_is_its_tap_not_a_message_for_the_advisor(
    sessionmaker: Sessions,
) -> None:
    person = Person(make_dialogue(sessionmaker))
    await business_lead(person)
    await person.send(Command("delete"))
    label = Content(MessageKind.TEXT, "Yes, delete everything")
    typed = await sent(sessionmaker, person, label, 92)
    assert typed.route is Route.DIALOGUE
    # Words that are no button of the screen still reach the advisor.
    other = await sent(sessionmaker, person, Content(MessageKind.TEXT, "Please call me"), 93)
    assert other.route is Route.TAKEN
    assert await logged(sessionmaker) == ["Please call me"]


async def test_a_correction_of_my_data_after_the_request_reaches_the_advisor(
    sessionmaker: Sessions,
) -> None:
    # QA, 2026-12-04: served as /mydata, "my data … new phone" never reached the advisor.
    dialogue = make_dialogue(sessionmaker)
    person = Person(dialogue)
    await business_lead(person)
    text = "Please update my data, new phone 0176 1234567"
    taken = await sent(sessionmaker, person, Content(MessageKind.TEXT, text), 80)
    assert taken.route is Route.TAKEN
    assert await logged(sessionmaker) == [text]


async def test_a_language_asked_for_after_the_request_changes_it_and_goes_to_no_advisor(
    sessionmaker: Sessions,
) -> None:
    # "auf Deutsch bitte" under "We have received your request" went to the advisor as a
    # message, and the bot went on in English.
    person = Person(make_dialogue(sessionmaker))
    await business_lead(person)
    for message_id, words in enumerate(("auf Deutsch bitte", "Türkçe lütfen"), 94):
        asked = await sent(sessionmaker, person, Content(MessageKind.TEXT, words), message_id)
        assert asked.route is Route.DIALOGUE
    shown = await person.type("auf Deutsch bitte")
    assert "Vielen Dank" in shown.text or "Anfrage" in shown.text
    assert await logged(sessionmaker) == []
    # A message that only names a language is still the advisor's.
    other = await sent(sessionmaker, person, Content(MessageKind.TEXT, "Ich spreche Deutsch"), 96)
    assert other.route is Route.TAKEN
