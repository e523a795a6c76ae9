"""A person gives a new phone number after their request: the advisors call the new one."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from bot.advisor.reports import history_line
from bot.dialogue.number_changed import new_number
from testkit.fake_bot_api import FakeBotAPI, SentMessage
from tests.advisor_desk import (
    LEIPZIG_GROUP,
    Desk,
    desk_settings,
    running_desk,
    submit_callback_lead,
)
from tests.live_bot import settled
from tests.test_notify_minimal import INBOX, leipzig_minimal

PERSON = 5004


@asynccontextmanager
async def requested(
    database_url: str, tmp_path: Path, lang: str
) -> AsyncIterator[tuple[FakeBotAPI, Desk, SentMessage]]:
    """A running desk with the person's callback request in ``lang`` announced: the fake,
    the desk and the card."""
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings, fake) as desk:
            await submit_callback_lead(fake, PERSON, lang=lang)
            await desk.deliver()
            yield fake, desk, await desk.group_says(LEIPZIG_GROUP, 1)


async def test_a_new_number_after_the_request_is_stored_and_shown_on_the_card(
    database_url: str, tmp_path: Path
) -> None:
    """QA: after her request a person wrote "meine Nummer hat sich geändert", then the
    number. The card kept the old number (a tappable link an advisor calls from), and so
    did the lead's contact, the inbox and the export."""
    async with requested(database_url, tmp_path, "de") as (fake, desk, card):
        assert "+49 341 1234567" in card.plain_text
        for words in ("meine Nummer hat sich geändert", "0176 12345678"):
            seen = len(fake.sent(PERSON))
            fake.user_message(PERSON, words)
            await fake.wait_sent(PERSON, seen + 1)
            await desk.deliver()
        await settled(desk.app, fake)
        lead = await desk.lead(1)
        shown = fake.message(LEIPZIG_GROUP, card.message_id)
        group = [m.plain_text for m in fake.sent(LEIPZIG_GROUP)]
        history = await desk.audit(1)

    assert lead.phone == "+4917612345678"
    # The lead's history says when the number changed (the advisor called the old one).
    lines = [history_line(event, "Europe/Berlin") for event in history]
    assert len([line for line in lines if "neue Telefonnummer von der Person" in line]) == 1
    assert shown is not None
    assert '<a href="tel:+4917612345678">+49 176 12345678</a>' in str(shown["text"])
    assert "+49 341 1234567" not in str(shown["text"])
    assert any(text.startswith("📞 Neue Telefonnummer") for text in group)


@pytest.mark.parametrize(
    ("text", "before", "new"),
    [
        ("0176 12345678", "meine Nummer hat sich geändert", "+4917612345678"),
        ("meine neue Nummer ist 0176 12345678", None, "+4917612345678"),
        ("telefon numaram değişti: 0176 12345678", None, "+4917612345678"),
        # A number without saying it is new: maybe a colleague's, a school's.
        ("0176 12345678", "Wann rufen Sie an?", None),
        ("0176 12345678", None, None),
        # The old one named: no change.
        ("Nummer geändert, die alte 0341 1234567 geht nicht mehr", None, None),
        # Words beside it after the announcement: for the advisor to read.
        ("0176 12345678 ist die von meinem Mann", "neue Nummer", None),
    ],
)
def test_which_number_is_the_new_one(text: str, before: str | None, new: str | None) -> None:
    assert new_number(text, before, "+493411234567") == new


async def test_a_minimal_office_hears_of_the_new_number_without_seeing_it(
    database_url: str, tmp_path: Path
) -> None:
    """An office that keeps personal data out of Telegram shows no number on its card: the
    notice said the new one "steht jetzt auf der Karte", where it never stands."""
    async with FakeBotAPI() as fake:
        toml = leipzig_minimal()
        settings = desk_settings(fake, database_url, tmp_path, toml, web_public_url=INBOX + "/")
        async with running_desk(settings, fake) as desk:
            await submit_callback_lead(fake, PERSON, lang="de")
            await desk.deliver()
            await desk.group_says(LEIPZIG_GROUP, 1)
            seen = len(fake.sent(PERSON))
            fake.user_message(PERSON, "Meine neue Nummer ist 0176 12345678")
            await fake.wait_sent(PERSON, seen + 1)
            await desk.deliver()
            await settled(desk.app, fake)
            lead = await desk.lead(1)
            group = fake.sent(LEIPZIG_GROUP)

    assert lead.phone == "+4917612345678"
    notice = next(m.plain_text for m in group if m.plain_text.startswith("📞"))
    assert notice == (
        "📞 Neue Telefonnummer (Anfrage #1): Die Person hat eine neue Nummer geschrieben; "
        "sie ist jetzt bei der Anfrage gespeichert. Bitte die neue Nummer anrufen."
    )
    assert not any("12345678" in m.text for m in group)


async def test_a_new_number_shared_as_a_contact_is_taken_too(
    database_url: str, tmp_path: Path
) -> None:
    """After "telefon numaram değişti" the person shared their new number with Telegram's
    "Contact" button, as many do: the card kept the old number."""
    async with requested(database_url, tmp_path, "tr") as (fake, desk, card):
        seen = len(fake.sent(PERSON))
        fake.user_message(PERSON, "telefon numaram değişti")
        await fake.wait_sent(PERSON, seen + 1)
        fake.user_contact(PERSON, "+4917612345678", contact_user_id=PERSON)
        await fake.wait_sent(PERSON, seen + 2)
        await desk.deliver()
        await settled(desk.app, fake)
        lead = await desk.lead(1)
        shown = fake.message(LEIPZIG_GROUP, card.message_id)

    assert lead.phone == "+4917612345678"
    assert shown is not None and "+49 176 12345678" in str(shown["text"])
