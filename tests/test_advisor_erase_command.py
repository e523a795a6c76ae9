"""/loeschen N in an advisor group: a person's data erased at their request (a call, a
letter, a parent of a minor), as their own /delete erases them, after a confirming button;
refused, as /lead and /weitergeben are, to anyone who is no advisor of the lead's office."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.conversation.content import REOPEN_DAYS
from bot.handlers import erased_notice
from bot.i18n import translator
from db.models import Lead
from db.vocabulary import LeadStatus
from testkit.fake_bot_api import FakeBotAPI
from tests.advisor_desk import (
    ANNA,
    BERND,
    DRESDEN_GROUP,
    LEIPZIG_GROUP,
    STRANGER,
    add_lead,
    desk_settings,
    running_desk,
)
from tests.advisor_desk import submit_callback_lead as submit
from tests.test_advisor_commands import command
from tests.test_privacy import all_values

PERSON = 5006
YES = "Ja, endgültig löschen"


async def test_an_advisor_erases_a_persons_data_from_the_group_after_asking(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            await submit(fake, PERSON, email="ayse@example.org")
            await desk.deliver()
            await fake.wait_sent(LEIPZIG_GROUP, 1)
            fake._user(ANNA, first_name="Anna", last_name="Schmidt")
            asked = await command(desk, LEIPZIG_GROUP, ANNA, "/loeschen 1")
            stranger = await command(desk, LEIPZIG_GROUP, STRANGER, "/loeschen 1")
            bernd = await command(desk, LEIPZIG_GROUP, BERND, "/loeschen 1")
            elsewhere = await command(desk, DRESDEN_GROUP, BERND, "/loeschen 1")
            usage = await command(desk, LEIPZIG_GROUP, ANNA, "/loeschen")
            refused_press = await desk.press(LEIPZIG_GROUP, STRANGER, asked, YES)
            refused = await desk.answer_of(refused_press)
            kept = await desk.user(PERSON)
            seen = len(fake.sent(LEIPZIG_GROUP))
            pressed = await desk.press(LEIPZIG_GROUP, ANNA, asked, YES)
            answered = await desk.answer_of(pressed)
            settled = (await fake.wait_sent(LEIPZIG_GROUP, seen + 1))[seen]
            again = await desk.answer_of(await desk.press(LEIPZIG_GROUP, ANNA, asked, YES))
            gone = await desk.user(PERSON)
            lead = await desk.lead(1)
            audit = [(e.action, e.actor_id, e.detail) for e in await desk.audit(1)]
            kinds = [row.kind for row in await desk.outbox_rows() if row.lead_id == 1]

    # Asked first, without the person's data (the group's messages are not recorded).
    assert "Anfrage #1" in asked.plain_text and "/delete" in asked.plain_text
    assert "Ayşe" not in asked.plain_text and "1234567" not in asked.plain_text
    assert asked.button_texts == ["🗑 Ja, endgültig löschen", "✖️ Abbrechen"]
    assert kept is not None  # asking, and a stranger's tap, erase nothing
    assert stranger.plain_text.startswith("Nur eingetragene Beraterinnen und Berater")
    assert bernd.plain_text.startswith(stranger.plain_text)
    assert bernd.plain_text.endswith("Sie sind für das Büro Dresden eingetragen.")
    assert "gibt es in dieser Gruppe nicht" in elsewhere.plain_text
    assert "/loeschen NUMMER" in usage.plain_text
    assert refused["show_alert"] and "Nur eingetragene" in refused["text"]
    # Erased as by /delete: the person gone, the request withdrawn and anonymous.
    assert settled.edited and settled.message_id == asked.message_id
    assert "gelöscht" in settled.plain_text and settled.button_texts == []
    assert "gelöscht" in answered["text"]
    assert gone is None
    assert (lead.status, lead.name, lead.phone, lead.email) == ("withdrawn", None, None, None)
    assert lead.anonymized_at is not None and lead.office == "leipzig"
    assert "lead_withdrawn" in kinds and "group_erase" in kinds
    assert ("erased", ANNA, {"via": "telegram"}) in audit
    assert "bereits gelöscht" in again["text"]


async def test_yes_after_a_colleague_erased_says_it_was_erased_already(
    database_url: str, tmp_path: Path
) -> None:
    """Anna and Bernd each asked /loeschen 1; Anna tapped "Ja" first. Bernd's "Ja" then
    got the note "bereits gelöscht", and his question stayed as it was, asking still, with
    its buttons: it now says that the data were erased already, without buttons."""
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path, advisor_ids=[ANNA, BERND])
        async with running_desk(settings, fake) as desk:
            await submit(fake, PERSON)
            await desk.deliver()
            await fake.wait_sent(LEIPZIG_GROUP, 1)
            annas = await command(desk, LEIPZIG_GROUP, ANNA, "/loeschen 1")
            bernds = await command(desk, LEIPZIG_GROUP, BERND, "/loeschen 1")
            seen = len(fake.sent(LEIPZIG_GROUP))
            await desk.press(LEIPZIG_GROUP, ANNA, annas, YES)
            await fake.wait_sent(LEIPZIG_GROUP, seen + 1)
            seen = len(fake.sent(LEIPZIG_GROUP))
            answer = await desk.answer_of(await desk.press(LEIPZIG_GROUP, BERND, bernds, YES))
            settled = next(
                message
                for message in (await fake.wait_sent(LEIPZIG_GROUP, seen + 1))[seen:]
                if message.message_id == bernds.message_id
            )

    assert "bereits gelöscht" in answer["text"]
    assert settled.edited and settled.button_texts == []
    assert settled.plain_text == "Die personenbezogenen Daten von Anfrage #1 sind bereits gelöscht."


async def test_cancelled_the_erasure_erases_nothing(database_url: str, tmp_path: Path) -> None:
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            await submit(fake, PERSON)
            await desk.deliver()
            await fake.wait_sent(LEIPZIG_GROUP, 1)
            asked = await command(desk, LEIPZIG_GROUP, ANNA, "/loeschen #1")
            seen = len(fake.sent(LEIPZIG_GROUP))
            await desk.press(LEIPZIG_GROUP, ANNA, asked, "Abbrechen")
            settled = (await fake.wait_sent(LEIPZIG_GROUP, seen + 1))[seen]
            kept = await desk.user(PERSON)
            lead = await desk.lead(1)

    assert "Nicht gelöscht" in settled.plain_text and settled.button_texts == []
    assert kept is not None and lead.name == "Ayşe Yılmaz" and lead.anonymized_at is None


async def test_a_question_typed_before_loeschen_does_not_come_back_with_the_next_request(
    database_url: str, tmp_path: Path
) -> None:
    """A question typed at the menu waits in memory for the person's next request; an
    erasure forgets it, as their own /delete does. Erased from the group, it must not come
    back with the request the person sends afterwards ("Your message for the advisor:
    … Aylin?"), nor be stored with it."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            chat = await submit(fake, PERSON)
            await desk.deliver()
            await fake.wait_sent(LEIPZIG_GROUP, 1)
            # Done weeks ago: what the person types now is the dialogue's, not the advisor's.
            async with desk.services.sessionmaker() as session, session.begin():
                lead = await session.get(Lead, 1)
                assert lead is not None
                lead.status = LeadStatus.DONE
                lead.closed_at = desk.services.clock() - timedelta(days=REOPEN_DAYS + 1)
            await chat.command("/start")
            await chat.press("English")
            await chat.type("Was kostet die Beratung für meine Tochter Aylin?")
            asked = await command(desk, LEIPZIG_GROUP, ANNA, "/loeschen 1")
            seen = len(fake.sent(LEIPZIG_GROUP))
            await desk.press(LEIPZIG_GROUP, ANNA, asked, YES)
            settled = (await fake.wait_sent(LEIPZIG_GROUP, seen + 1))[seen]
            # The person is told in their chat (bot.handlers.erased_notice), then writes.
            told = (await fake.wait_sent(PERSON, chat.seen + 1))[chat.seen]
            chat.seen += 1
            await chat.type("Hallo")
            await chat.press("Request a callback")
            await chat.press("A business")
            await chat.press("Skip")
            await chat.type("04109")
            await chat.press("Yes, I agree")
            await chat.type("Ayşe Yılmaz")
            await chat.type("0341 1234567")  # a landline: no WhatsApp question
            await chat.press("By phone")
            summary = await chat.press("Any time")
            await chat.press("Send request")
            stored = await all_values(desk.services.sessionmaker)

    assert "sind gelöscht" in settled.plain_text
    assert told.text == translator("en").gettext(erased_notice.ERASED_ON_REQUEST)
    assert "Ayşe Yılmaz" in summary.plain_text and "Aylin" not in summary.plain_text
    assert "Ayşe Yılmaz" in stored and "Aylin" not in stored


async def test_after_loeschen_the_card_and_a_reply_say_the_data_were_erased_on_request(
    database_url: str, tmp_path: Path
) -> None:
    """In a group without topics the card stays, edited to its erased form. After Anna's
    "Ja, endgültig löschen" it said "Die Person hat ihre Anfrage zurückgezogen", and a
    reply to it was told "Nicht weitergegeben: Die Person hat ihre Anfrage zurückgezogen":
    the person had only asked the office to delete their data. Both now say so."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            await submit(fake, PERSON)
            await desk.deliver()
            [card] = await fake.wait_sent(LEIPZIG_GROUP, 1)
            asked = await command(desk, LEIPZIG_GROUP, ANNA, "/loeschen 1")
            seen = len(fake.sent(LEIPZIG_GROUP))
            await desk.press(LEIPZIG_GROUP, ANNA, asked, YES)
            await fake.wait_sent(LEIPZIG_GROUP, seen + 1)
            await desk.deliver()
            await desk.deliver()
            shown = str(fake.message(LEIPZIG_GROUP, card.message_id)["text"])
            seen = len(fake.sent(LEIPZIG_GROUP))
            fake.group_message(LEIPZIG_GROUP, ANNA, "Wann passt es?", card.message_id)
            told = (await fake.wait_sent(LEIPZIG_GROUP, seen + 1))[-1]
            detail = await command(desk, LEIPZIG_GROUP, ANNA, "/lead 1")

    # /lead 1 shows the card as the group sees it.
    assert "Daten auf Wunsch gelöscht" in detail.plain_text
    assert "Die Person hat ihre Anfrage zurückgezogen" not in detail.plain_text
    assert shown == (
        "🗑 <b>Anfrage #1</b> – Daten auf Wunsch gelöscht\n"
        "Die personenbezogenen Daten der Person sind auf ihren Wunsch gelöscht; die offene "
        "Anfrage ist damit zurückgezogen. Bitte nicht mehr kontaktieren."
    )
    assert told.plain_text == (
        "Nicht weitergegeben: Die personenbezogenen Daten der Person sind auf ihren Wunsch "
        "gelöscht; bitte nicht mehr kontaktieren."
    )


async def test_a_phone_number_is_never_read_as_the_request_to_erase_export_or_hand_over(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/loeschen 0341123456" asked to erase request 341, and "/export 01" sent request
    1's file: a number with a leading 0 or + is a phone number, never a request's. Refused,
    with how to find the request by that number."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            await submit(fake, PERSON)
            await desk.deliver()
            await fake.wait_sent(LEIPZIG_GROUP, 1)
            typed = [
                "/loeschen 01",
                "/loeschen 0341 123456",
                "/export 01",
                "/weitergeben 01 Dresden",
            ]
            said = {text: await command(desk, LEIPZIG_GROUP, ANNA, text) for text in typed}
            plus = await command(desk, LEIPZIG_GROUP, ANNA, "/loeschen +49 341 123456")
            lead = await desk.lead(1)

    assert said["/loeschen 01"].plain_text.startswith(
        "„01“: Mit 0 oder + vorne ist das eine Telefonnummer, keine Nummer einer Anfrage."
    )
    assert "/lead 0341 123456" in said["/loeschen 0341 123456"].plain_text
    assert "/loeschen 12" in said["/loeschen 0341 123456"].plain_text
    assert said["/export 01"].plain_text.startswith("„01“: Mit 0 oder + vorne")
    assert "/export 12" in said["/export 01"].plain_text
    assert said["/weitergeben 01 Dresden"].plain_text.startswith("„01“: Mit 0")
    assert "/lead 01" in said["/weitergeben 01 Dresden"].plain_text
    assert "/lead +49 341 123456" in plus.plain_text
    assert all(reply.button_texts == [] for reply in [*said.values(), plus])
    assert fake.documents(LEIPZIG_GROUP) == []
    assert (lead.office, lead.status) == ("leipzig", "new")


async def test_a_yes_after_a_colleague_handed_the_request_over_says_where_it_is(
    database_url: str, tmp_path: Path
) -> None:
    """QA: Anna asked "/loeschen 1"; before she tapped "Ja, endgültig löschen" a colleague
    typed "/weitergeben 1 Dresden". Her tap was told "Diese Anfrage gibt es in dieser
    Gruppe nicht", and the question kept its buttons. It says where the request is now,
    and the question says so without its buttons; nothing is erased here."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id = await add_lead(desk.services.sessionmaker, timedelta(hours=1))
            await desk.deliver()
            await fake.wait_sent(LEIPZIG_GROUP, 1)
            asked = await command(desk, LEIPZIG_GROUP, ANNA, f"/loeschen {lead_id}")
            await command(desk, LEIPZIG_GROUP, ANNA, f"/weitergeben {lead_id} Dresden")
            answered = await desk.answer_of(await desk.press(LEIPZIG_GROUP, ANNA, asked, YES))
            await fake.wait_for(
                lambda: "Dresden" in str(fake.message(LEIPZIG_GROUP, asked.message_id))
            )
            question = fake.message(LEIPZIG_GROUP, asked.message_id) or {}
            lead = await desk.lead(lead_id)

    said = f"Nicht gelöscht: Anfrage #{lead_id} ist jetzt beim Büro Dresden."
    assert answered["text"] == said
    assert question["text"] == said
    assert not question.get("reply_markup", {}).get("inline_keyboard")
    assert lead is not None and lead.name is not None and lead.office == "dresden"


async def test_a_number_with_more_after_it_is_asked_about_or_told_to_stand_alone(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/loeschen 1 bitte" and "/loeschen 1 2" were told "Bitte so: /loeschen NUMMER",
    though a number was there. "bitte" is a polite word: asked as "/loeschen 1" is. After
    another number the advisor is told kindly that only the number may follow, and
    nothing is asked or erased."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id = await add_lead(desk.services.sessionmaker, timedelta(hours=1))
            await desk.deliver()
            await fake.wait_sent(LEIPZIG_GROUP, 1)
            polite = await command(desk, LEIPZIG_GROUP, ANNA, f"/loeschen {lead_id} bitte")
            two = await command(desk, LEIPZIG_GROUP, ANNA, f"/loeschen {lead_id} 2")
            lead = await desk.lead(lead_id)

    assert f"Anfrage #{lead_id}" in polite.plain_text
    assert polite.button_texts == ["🗑 Ja, endgültig löschen", "✖️ Abbrechen"]
    assert "Bitte so" not in two.plain_text and two.button_texts == []
    assert "nur die Nummer" in two.plain_text
    assert f"/loeschen {lead_id}" in two.plain_text
    assert lead is not None and lead.name is not None


async def test_several_numbers_erase_none_and_say_one_request_per_command(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/loeschen 1,2" was told "Bitte so: /loeschen NUMMER", though the numbers were
    there. Erasing stays one request per command, each asked about first: nothing is
    asked or erased, and the advisor is told so with each command to copy, as
    "/weitergeben 1,2 Dresden" is."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id = await add_lead(desk.services.sessionmaker, timedelta(hours=1))
            await desk.deliver()
            await fake.wait_sent(LEIPZIG_GROUP, 1)
            answers = []
            for between in (",", ";", "/", " ", ", ", " und #"):
                typed = f"/loeschen {lead_id}{between}2"
                answers.append(await command(desk, LEIPZIG_GROUP, ANNA, typed))
            lead = await desk.lead(lead_id)

    for answer in answers:
        assert answer.plain_text.startswith("Nicht gelöscht: Nach /loeschen bitte nur die Nummer")
        assert "eine Anfrage je Befehl" in answer.plain_text
        assert f"/loeschen {lead_id}, /loeschen 2" in answer.plain_text
        assert answer.button_texts == []
    assert lead is not None and lead.name is not None


#: "/loeschen" with words asking to erase every request.
ERASE_ALL = (
    "/loeschen alle",
    "/loeschen ALLES!",
    "/loeschen alle Anfragen",
    "/loeschen sämtliche Daten",
)


async def test_erase_all_says_nothing_was_erased_and_how_erasure_works(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/loeschen alle" (to clear the list) was told there is no request with „alle“
    in the name, as if the bot had looked for someone to erase. It is told that nothing
    was erased, that an erasure is a person's wish and goes one request at a time, each
    asked about first, and that the bot erases closed requests by itself after the
    retention time."""
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path, retention_days=90)
        async with running_desk(settings, fake) as desk:
            lead_id = await add_lead(desk.services.sessionmaker, timedelta(hours=1))
            await desk.deliver()
            await fake.wait_sent(LEIPZIG_GROUP, 1)
            answers = [await command(desk, LEIPZIG_GROUP, ANNA, text) for text in ERASE_ALL]
            lead = await desk.lead(lead_id)

    for answer in answers:
        said = answer.plain_text
        assert said.startswith("⚠️ Nichts gelöscht.")
        assert "eine Anfrage je Befehl" in said and "/loeschen 12" in said
        assert "auf Wunsch der Person" in said
        assert "90 Tage" in said
        assert "im Namen" not in said and answer.button_texts == []
    assert lead is not None and lead.name is not None
