"""A person who comes back: the open request, adding to it, leaving a dialogue, /status."""

from __future__ import annotations

from dataclasses import replace

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.dialogue.state import Command, Press, Request, Start
from bot.dialogue.texts import STATUS_TEXTS
from bot.i18n import translator
from db.models import Lead, OutboxMessage
from db.vocabulary import LeadStatus, OutboxKind
from tests.dialogue_driver import (
    Driver,
    Person,
    make_dialogue,
    start_label,
    walk_to_summary,
)

OPEN = Request(12, "claimed", "leipzig", True)
CLOSED = Request(7, "done", "dresden", False)


def returning(lang_button: str = "English", code: str = "en") -> Driver:
    """A person in the menu whose request 12 (Leipzig) is open and 7 is closed."""
    d = Driver(code)
    d.press(lang_button)
    d.ctx = replace(d.ctx, requests=(OPEN, CLOSED))
    return d


def test_start_with_an_open_request_shows_it_with_its_ways_forward() -> None:
    d = returning()
    d.send(Start("en"))
    assert d.state.screen == "open"
    assert "You have an open request." in d.text
    assert "Request number: 12" in d.text
    assert "Status: an advisor is working on it" in d.text
    assert "KAUSA office Leipzig" in d.text
    assert d.labels() == ["✉️ Write to my advisor", "➕ New request", "🏠 Main menu"]
    d.press("Write to my advisor")
    assert "Simply write your message here in this chat." in d.text


def test_start_in_another_language_names_the_status_in_it() -> None:
    d = returning("Українська", "uk")
    d.send(Start("uk"))
    t = translator("uk")
    assert t.gettext("an advisor is working on it") in d.text
    assert t.gettext("an advisor is working on it") != "an advisor is working on it"
    assert "Лейпциг" in d.text


def test_start_without_an_open_request_greets_as_before() -> None:
    d = returning()
    d.ctx = replace(d.ctx, requests=(CLOSED,))
    d.send(Start("en"))
    assert d.state.screen == "lang"


def test_starting_a_flow_with_an_open_request_asks_first_and_new_makes_a_new_one() -> None:
    d = returning()
    d.press("For businesses")
    assert d.state.screen == "c:business"
    assert "You already have an open request (number 12)" in d.text
    assert d.labels()[:2] == ["📎 Add to my request", "➕ New request"]
    d.press("New request")
    assert d.state.screen == "q:company" and "add_to" not in d.state.answers


def test_new_request_from_the_open_request_starts_without_asking_again() -> None:
    d = returning()
    d.send(Start("en"))
    d.press("New request")
    assert d.state.screen == "new"
    d.press("Request a callback")
    assert d.state.screen == "q:role"


def test_adding_to_the_open_request_skips_consent_and_contact_and_stores_no_lead() -> None:
    d = returning()
    d.press("For businesses")
    d.press("Add to my request")
    assert "Question 1 of 6" in d.text
    d.type("Yılmaz Döner")
    d.press("Koch/Köchin")
    # The request keeps its place and office: no postal code, no other office promised.
    assert "Question 3 of 6" in d.text and "postal code" not in d.text
    d.press("Not yet, and no trainer yet")
    d.press(start_label(d.ctx.now, 1))
    d.press("Finding an apprentice")
    assert d.state.screen == "summary"
    assert "Postal code" not in d.text
    assert "These answers will be added to your request number 12." in d.text
    assert "Name:" not in d.text
    d.press("Send")
    assert d.result is not None and d.leads == []
    addition = d.result.addition
    assert addition is not None and (addition.lead_id, addition.flow) == (12, "business")
    assert addition.answers["company"] == "Yılmaz Döner" and addition.answers["trades"] == ["koch"]
    assert "plz" not in addition.answers and "start" in addition.answers
    assert d.state.screen == "added" and d.state.answers == {}
    assert "We have added this to your request number 12." in d.text


def test_a_number_typed_on_the_summary_of_an_addition_is_kept_as_a_note() -> None:
    # The addition asks no contact details: the number goes to the advisor with it.
    d = returning()
    d.press("For businesses")
    d.press("Add to my request")
    d.type("Yılmaz Döner")
    d.press("Koch/Köchin")
    d.press("Not yet, and no trainer yet")
    d.press(start_label(d.ctx.now, 1))
    d.press("Finding an apprentice")
    d.type("0176 12345678")
    assert d.state.screen == "summary" and "phone" not in d.state.answers
    assert "Your message for the advisor: 0176 12345678" in d.text


def test_an_age_under_16_added_to_the_open_request_needs_a_parent_to_agree() -> None:
    d = returning()
    for label in ("Request a callback", "Add to my request", "A young person", "Under 16"):
        d.press(label)
    d.press("Skip")
    d.press("Send")
    # Not added yet: as in a request of its own, a parent agrees first (GDPR Art. 8).
    assert d.state.screen == "consent" and d.result is not None and d.result.addition is None
    d.press("I am the parent: I agree")
    assert d.state.screen == "summary"
    d.press("Send")
    addition = d.result.addition
    assert addition is not None and addition.answers["consent_by"] == "parent"
    assert "consent" not in addition.answers  # the request keeps its own consent record


def test_a_question_typed_while_adding_to_the_open_request_goes_with_the_addition() -> None:
    d = returning()
    d.press("For businesses")
    d.press("Add to my request")
    d.type("Yılmaz Döner")
    d.press("Koch/Köchin")
    d.type("Do I need a halal certificate for the kitchen?")
    # Promised: "It goes to the advisor with your request".
    assert "we have noted your question" in d.text
    d.press("Not yet, and no trainer yet")
    d.press(start_label(d.ctx.now, 1))
    d.press("Finding an apprentice")
    assert "Do I need a halal certificate for the kitchen?" in d.text  # on the summary
    d.press("Send")
    addition = d.result.addition if d.result is not None else None
    assert addition is not None
    assert addition.answers["question"] == "Do I need a halal certificate for the kitchen?"


def test_a_typed_question_can_be_added_to_the_open_request() -> None:
    d = returning()
    d.type("Do I need a work permit for my apprentice?")
    d.press("Ask an advisor")
    assert d.state.screen == "c:ask"
    d.press("Add to my request")
    assert d.result is not None and d.result.addition is not None
    assert d.result.addition.answers == {"question": "Do I need a work permit for my apprentice?"}
    assert d.state.screen == "added"


def test_leaving_a_half_filled_dialogue_asks_first() -> None:
    d = Driver()
    d.press("English")
    d.press("For businesses")
    # Nothing answered yet: nothing to lose, no question.
    d.press("Main menu")
    assert d.state.screen == "menu"
    d.press("For businesses")
    d.type("Yılmaz Döner")
    d.command("menu")
    assert d.state.screen == "x:menu"
    assert "the answers you have given so far will be deleted" in d.text
    d.press("No, continue")
    assert d.state.screen == "q:trades" and d.state.answers["company"] == "Yılmaz Döner"
    # /language is no leaving: it returns to the step with the answers.
    d.command("language")
    d.press("Deutsch")
    assert d.state.screen == "q:trades" and d.state.answers["company"] == "Yılmaz Döner"
    d.send(Start("de"))
    assert d.state.screen == "x:start"
    d.press(translator("de").gettext("Yes, leave"))
    assert d.state.screen == "lang" and d.state.answers == {}


def test_a_double_tap_on_main_menu_keeps_the_answers() -> None:
    d = Driver()
    d.press("English")
    d.press("For businesses")
    d.type("Yılmaz Döner")
    tap = Press(next(b.data for row in d.screen.keyboard for b in row if "Main menu" in b.label))
    d.send(tap)
    assert d.state.screen == "x:menu"
    # Only the two answers to the question: nothing under the finger leaves unasked.
    assert d.labels() == ["Yes, leave", "No, continue"]
    d.send(tap)  # the second tap of the double tap, still on the question's button
    assert d.state.screen == "x:menu" and d.state.answers["company"] == "Yılmaz Döner"
    d.press("No, continue")
    assert d.state.screen == "q:trades" and d.state.answers["company"] == "Yılmaz Döner"


def test_status_lists_every_request_in_the_language() -> None:
    d = returning()
    d.send(Command("status"))
    assert "Request 12: an advisor is working on it (KAUSA office Leipzig)" in d.text
    assert "Request 7: completed (KAUSA office Dresden)" in d.text
    assert "✉️ Write to my advisor" in d.labels()
    d.ctx = replace(d.ctx, requests=(CLOSED,))
    d.press("Write to my advisor")
    # Nobody to write to: said so, rather than promising a reply.
    assert "You have no open request at the moment." in d.text
    d.ctx = replace(d.ctx, requests=())
    d.send(Command("status"))
    assert "You have not sent a request yet." in d.text
    # And no button that leads only to "you have no open request".
    assert "✉️ Write to my advisor" not in d.labels()
    d.ctx = replace(d.ctx, requests=(CLOSED,))
    d.send(Command("status"))
    assert "Request 7: completed (KAUSA office Dresden)" in d.text
    assert "✉️ Write to my advisor" not in d.labels()


def test_every_lead_status_has_a_text_for_the_person() -> None:
    assert set(STATUS_TEXTS) == {status.value for status in LeadStatus}


async def test_the_service_reads_the_open_request_and_adds_only_while_it_is_open(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    person = Person(make_dialogue(sessionmaker))
    await walk_to_summary(person)
    await person.press("Send")
    again = await person.send(Start("en"))
    assert "Request number: 1" in again.text and "Status: received" in again.text
    await person.press("Main menu")
    await person.press("Request a callback")
    await person.press("Add to my request")
    await person.press("A young person")
    await person.press("18 to 24")
    await person.press("Skip")  # no topic; the request keeps its postal code
    async with sessionmaker() as session, session.begin():
        await session.execute(sa.update(Lead).values(status=LeadStatus.DONE))
    # Closed by an advisor meanwhile: nothing is merged into it, and nobody is told.
    told = await person.press("Send")
    assert "Your request was closed in the meantime, so nothing was added to it." in told.text
    assert "How can we help you?" in told.text
    async with sessionmaker() as session:
        lead = (await session.execute(sa.select(Lead))).scalar_one()
        kinds = [row.kind for row in (await session.execute(sa.select(OutboxMessage))).scalars()]
    assert lead.answers["role"] == "business"
    assert kinds == [OutboxKind.LEAD_NEW]


async def test_a_topic_added_to_the_open_request_joins_the_first_one(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    person = Person(make_dialogue(sessionmaker))
    await walk_to_summary(person)  # a business's callback, its topic skipped
    await person.press("Send")
    for topic in ("Ausbildung als Koch", "Und die Berufsschule?", None):
        await person.send(Start("en"))
        for label in ("Main menu", "Request a callback", "Add to my request", "A business"):
            await person.press(label)
        # The last time no topic ("Skip"): the earlier ones stay.
        await (person.type(topic) if topic else person.press("Skip"))
        await person.press("Send")
    async with sessionmaker() as session:
        lead = (await session.execute(sa.select(Lead))).scalar_one()
    assert lead.answers["topic"] == "Ausbildung als Koch\nUnd die Berufsschule?"


async def test_a_reloaded_summary_still_shows_the_question_typed_on_the_way(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    dialogue = make_dialogue(sessionmaker)
    person = Person(dialogue)
    await person.send(Start("en"))
    await person.press("English")
    await person.press("Request a callback")
    await person.press("A business")
    await person.press("Skip")
    await person.type("04109")
    # A question where a tap is expected: held for the request, in memory.
    assert "noted your question" in (await person.type("Do you advise on Saturdays?")).text
    await person.press("Yes, I agree")
    await person.type("Ayşe Yılmaz")
    await person.type("0341 1234567")
    for label in ("By phone", "Any time", "Preferred language", "Deutsch"):
        summary = await person.press(label)
    assert "Your message for the advisor: Do you advise on Saturdays?" in summary.text
    # The web page reloaded: the screen as stored, rendered without a step.
    reloaded = await dialogue.current("telegram", person.user_id)
    assert reloaded is not None
    assert "Your message for the advisor: Do you advise on Saturdays?" in reloaded.screen.text
