"""The chat page after a reload shows the conversation in the order it happened: messages
written while a screen stayed come below it, each with the receipt the person saw."""

from __future__ import annotations

from datetime import timedelta

from bot.services import Services
from tests.test_web_waiting import Clock, client, clock, services  # noqa: F401 - fixtures
from tests.web_person import WebClient, at_the_summary, page_text

FIRST = "Ich bin ab 9 Uhr im Laden erreichbar."
SECOND = "Am Montag passt es mir am besten."
RECEIPT = "Sent to your advisor."


async def test_messages_after_the_request_stay_below_it_with_their_receipts(
    client: WebClient,  # noqa: F811 - the fixture
    services: Services,  # noqa: F811 - the fixture
    clock: Clock,  # noqa: F811 - the fixture
) -> None:
    person = await at_the_summary(client)
    thanks = (await person.press("Send"))["text"].split("\n")[0]
    clock.now += timedelta(minutes=1)
    assert RECEIPT in (await person.type(FIRST))["before"]
    clock.now += timedelta(minutes=1)
    await person.type(SECOND)

    shown = page_text(await person.open())
    # As they were seen: the thanks with the request number, then each message and its
    # receipt (a reload drew both messages above the thanks, without receipts).
    assert shown.index(thanks) < shown.index(FIRST) < shown.index(SECOND)
    assert shown.count(RECEIPT) == 2
    assert shown.index(FIRST) < shown.index(RECEIPT) < shown.index(SECOND)
