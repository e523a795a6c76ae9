"""An advisor gives a request its new phone number after a call ("/nummer 12 0176 …")."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.advisor.reports import history_line
from db.vocabulary import AuditAction
from testkit.fake_bot_api import FakeBotAPI
from tests.advisor_desk import ANNA, LEIPZIG_GROUP, add_lead, desk_settings, running_desk
from tests.live_bot import settled
from tests.test_advisor_commands import command
from tests.test_conversation import open_forum_lead
from tests.test_notify_minimal import INBOX, leipzig_minimal


async def test_a_note_with_a_new_number_offers_the_command_that_changes_it(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/notiz 1 neue Nummer: +49 176 12345678" was kept only as a note: the card kept
    the old number, and "/lead 0176 12345678" found nothing. The note stays a note, and
    its answer offers "/nummer 1 +49 176 12345678"; sent, the request has the number,
    the history says who changed it, and the card shows it."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id = await add_lead(desk.services.sessionmaker, timedelta(hours=2), name="Omar")
            await desk.deliver()
            card = (await fake.wait_sent(LEIPZIG_GROUP, 1))[0]
            noted = await command(
                desk, LEIPZIG_GROUP, ANNA, f"/notiz {lead_id} neue Nummer: +49 176 12345678"
            )
            before = await desk.lead(lead_id)
            invalid = await command(desk, LEIPZIG_GROUP, ANNA, f"/nummer {lead_id} 0176 12")
            untyped = await command(desk, LEIPZIG_GROUP, ANNA, f"/nummer {lead_id}")
            changed = await command(
                desk, LEIPZIG_GROUP, ANNA, f"/nummer {lead_id} +49 176 12345678"
            )
            again = await command(desk, LEIPZIG_GROUP, ANNA, f"/nummer {lead_id} 0176 12345678")
            await desk.deliver()
            await settled(desk.app, fake)
            found = await command(desk, LEIPZIG_GROUP, ANNA, "/lead 0176 12345678")
            lead = await desk.lead(lead_id)
            history = await desk.audit(lead_id)
            shown = fake.message(LEIPZIG_GROUP, card.message_id)

    assert noted.plain_text.startswith("📝 Als interne Notiz gespeichert.")
    assert f"/nummer {lead_id} +49 176 12345678" in noted.plain_text
    assert before.phone != "+4917612345678"
    assert invalid.plain_text.startswith("⚠️ Nicht geändert")
    assert untyped.plain_text.startswith("Bitte so: /nummer NUMMER TELEFON")
    assert changed.plain_text.startswith(f"📞 Anfrage #{lead_id}: Neue Telefonnummer gespeichert")
    assert again.plain_text == f"Anfrage #{lead_id} hat diese Telefonnummer schon."
    assert lead.phone == "+4917612345678"
    assert f"#{lead_id}" in found.plain_text and "Verlauf" in found.plain_text
    [event] = [e for e in history if e.action == AuditAction.PHONE_SET]
    assert event.actor_id == ANNA
    assert "Telefonnummer geändert" in history_line(event, "Europe/Berlin")
    assert shown is not None
    assert '<a href="tel:+4917612345678">+49 176 12345678</a>' in str(shown["text"])


async def test_a_number_noted_in_a_topic_offers_the_command_there(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "// Tel 0176 12345678" in a lead's topic was kept as a note and nothing more. The
    bot offers "/nummer 1 …" under it; "/nummer 0176 …" in the topic (no request's number)
    changes the topic's request."""
    async with FakeBotAPI() as fake:
        fake.make_forum(LEIPZIG_GROUP)
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            _chat, topic = await open_forum_lead(fake, desk, "de")
            before = len(fake.in_topic(LEIPZIG_GROUP, topic))
            fake.group_message(LEIPZIG_GROUP, ANNA, "// Tel 0176 12345678", thread_id=topic)
            await fake.wait_for(lambda: len(fake.in_topic(LEIPZIG_GROUP, topic)) > before + 1)
            offered = fake.in_topic(LEIPZIG_GROUP, topic)[-1]
            fake.group_message(LEIPZIG_GROUP, ANNA, "/nummer 0176 12345678", thread_id=topic)
            await fake.wait_for(lambda: len(fake.in_topic(LEIPZIG_GROUP, topic)) > before + 3)
            changed = fake.in_topic(LEIPZIG_GROUP, topic)[-1]
            lead = await desk.lead(1)

    assert "/nummer 1 +49 176 12345678" in str(offered.get("text"))
    assert "Neue Telefonnummer gespeichert" in str(changed.get("text"))
    assert lead.phone == "+4917612345678"


async def test_a_phone_command_named_otherwise_is_pointed_to_nummer(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/telefon 1 0176 12345678" and "/handynummer 1 …" (as an advisor names it) got
    the whole list of commands; they are asked "Meinten Sie /nummer?"."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id = await add_lead(desk.services.sessionmaker, timedelta(hours=2), name="Omar")
            answers = [
                await command(desk, LEIPZIG_GROUP, ANNA, f"/{word} {lead_id} 0176 12345678")
                for word in ("telefon", "Handynummer", "tel")
            ]

    for answer in answers:
        assert "Meinten Sie /nummer?" in answer.plain_text


async def test_an_office_without_personal_data_in_telegram_is_told_no_number(
    database_url: str, tmp_path: Path
) -> None:
    """An office that keeps personal data out of Telegram: the bot writes no number there
    (the offer says TELEFON), and "/nummer" does not say the card shows it, where it never
    stands."""
    async with FakeBotAPI() as fake:
        settings = desk_settings(
            fake, database_url, tmp_path, leipzig_minimal(), web_public_url=INBOX + "/"
        )
        async with running_desk(settings, fake) as desk:
            lead_id = await add_lead(desk.services.sessionmaker, timedelta(hours=2), name="Omar")
            noted = await command(desk, LEIPZIG_GROUP, ANNA, f"/notiz {lead_id} Tel 0176 7654321")
            changed = await command(desk, LEIPZIG_GROUP, ANNA, f"/nummer {lead_id} 0176 7654321")
            lead = await desk.lead(lead_id)

    assert f"/nummer {lead_id} TELEFON" in noted.plain_text
    assert "7654321" not in noted.plain_text
    assert changed.plain_text == f"📞 Anfrage #{lead_id}: Neue Telefonnummer gespeichert."
    assert lead.phone == "+491767654321"


async def test_a_number_for_a_request_handed_over_says_where_it_went(
    database_url: str, tmp_path: Path
) -> None:
    """ "/nummer 1 0176 …" in Leipzig's group after request 1 went to Dresden: told where
    it is now (it was "gibt es in dieser Gruppe nicht"), the number not changed."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id = await add_lead(desk.services.sessionmaker, timedelta(hours=2), name="Omar")
            await command(desk, LEIPZIG_GROUP, ANNA, f"/weitergeben {lead_id} Dresden")
            told = await command(desk, LEIPZIG_GROUP, ANNA, f"/nummer {lead_id} 0176 7654321")
            lead = await desk.lead(lead_id)

    assert "Dresden" in told.plain_text and f"#{lead_id}" in told.plain_text
    assert lead.phone != "+491767654321"
