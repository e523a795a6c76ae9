"""A plain form sent again (a reload after a POST without JavaScript) steps no further:
a message to the advisor is logged once (bot.web.resent)."""

from __future__ import annotations

import re

import sqlalchemy as sa

from bot.services import Services
from db.models import ConversationMessage
from tests.test_web_waiting import client, clock, send_form, services  # noqa: F401 - fixtures
from tests.web_person import WebClient, at_the_summary, page_text

WORDS = "Ich bin ab 9 Uhr im Laden erreichbar."


def once_of(page: str) -> str:
    found = re.search(r'name="once" value="([^"]+)"', page)
    assert found is not None, "no form token on the page"
    return found[1]


async def test_a_message_sent_again_by_a_reload_reaches_the_advisor_once(
    client: WebClient,  # noqa: F811 - the fixture
    services: Services,  # noqa: F811 - the fixture
) -> None:
    person = await at_the_summary(client)
    await person.press("Send")
    page = await person.open()
    token = once_of(page)

    status, first = await send_form(person, text=WORDS, once=token)
    assert status == 200 and "Sent to your advisor." in page_text(first)
    # The browser's reload after the POST sends the same form again.
    status, again = await send_form(person, text=WORDS, once=token)
    assert status == 200 and WORDS in page_text(again)
    async with services.sessionmaker() as session:
        logged = (await session.scalars(sa.select(ConversationMessage.text))).all()
    assert logged == [WORDS]
    # A new form (a new page's token) is a new message.
    status, _ = await send_form(person, text=WORDS, once=once_of(again))
    async with services.sessionmaker() as session:
        assert len((await session.scalars(sa.select(ConversationMessage.text))).all()) == 2


async def test_yes_delete_sent_twice_shows_the_farewell_both_times(
    client: WebClient,  # noqa: F811 - the fixture
    services: Services,  # noqa: F811 - the fixture
) -> None:
    # A double click sent the form twice: the second answer (the browser shows the last)
    # was the greeting, so the person never saw that their data were deleted.
    person = await at_the_summary(client)
    status, asked = await send_form(person, command="delete", once=once_of(await person.open()))
    found = re.search(r'name="press" value="([^"]+)"[^>]*>\s*Yes, delete everything', asked)
    assert status == 200 and found is not None, asked
    token = once_of(asked)
    _, first = await send_form(person, press=found[1], once=token)
    _, second = await send_form(person, press=found[1], once=token)
    assert "All your data has been deleted" in page_text(first)
    assert "All your data has been deleted" in page_text(second)
