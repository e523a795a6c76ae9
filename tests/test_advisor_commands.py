"""/leads, /lead N, /stats and /export in an advisor group, over HTTP."""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.advisor import replies, reports
from bot.handlers import advisor
from db.models import ConversationMessage, Lead
from testkit.fake_bot_api import FakeBotAPI, SentMessage
from tests.advisor_desk import (
    ANNA,
    BERND,
    DRESDEN_GROUP,
    LEIPZIG_GROUP,
    STRANGER,
    Desk,
    add_lead,
    desk_settings,
    offices_toml,
    running_desk,
)
from tests.live_bot import settled

#: A person who is no advisor, in their private chat with the bot.
PERSON_ID = 4242


async def command(desk: Desk, chat_id: int, user_id: int, text: str) -> SentMessage:
    """Write a command in a group and return the bot's reply."""
    seen = len(desk.fake.sent(chat_id))
    desk.fake.group_message(chat_id, user_id, text)
    return (await desk.fake.wait_sent(chat_id, seen + 1))[-1]


async def commands(desk: Desk, texts: Sequence[str]) -> list[SentMessage]:
    """Anna writes each command in Leipzig's group: the bot's reply to each."""
    return [await command(desk, LEIPZIG_GROUP, ANNA, text) for text in texts]


async def test_leads_lead_stats_and_export(database_url: str, tmp_path: Path) -> None:
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings, fake) as desk:
            sessions = desk.services.sessionmaker
            recent = await add_lead(sessions, timedelta(hours=3))
            older = await add_lead(
                sessions,
                timedelta(days=10),
                flow="young",
                language="uk",
                answers={"situation": "parent"},
                name="Olena",
            )
            dresden = await add_lead(sessions, timedelta(hours=1), office="dresden", name="D")
            closed = await add_lead(sessions, timedelta(days=2), status="done", name="Z")
            await desk.deliver()
            await fake.wait_sent(LEIPZIG_GROUP, 3)
            [announced] = [m for m in fake.sent(LEIPZIG_GROUP) if f"#{recent}" in m.text]
            fake._user(ANNA, first_name="Anna", last_name="Schmidt")
            await desk.press(LEIPZIG_GROUP, ANNA, announced, "Übernehmen")
            await fake.wait_sent(LEIPZIG_GROUP, 4)

            listing = await command(desk, LEIPZIG_GROUP, ANNA, "/leads")
            detail = await command(desk, LEIPZIG_GROUP, ANNA, f"/lead {recent}")
            elsewhere = await command(desk, LEIPZIG_GROUP, ANNA, f"/lead {dresden}")
            usage = await command(desk, LEIPZIG_GROUP, ANNA, "/lead")
            stats = await command(desk, LEIPZIG_GROUP, ANNA, "/stats@kausa_test_bot")
            refused = await command(desk, LEIPZIG_GROUP, STRANGER, "/leads")
            desk.fake.group_message(LEIPZIG_GROUP, ANNA, "/export")
            [document] = await fake.wait_for(lambda: fake.documents(LEIPZIG_GROUP))
            audit = await desk.audit()

    # /leads: this office's open leads, oldest first, with status and age.
    lines = listing.plain_text.splitlines()
    assert lines[0] == "Offene Anfragen (2), älteste zuerst:"
    assert lines[2].startswith(f"#{older} · neu · Leipzig · Junge Person · Olena · seit 10 Tg.")
    assert lines[3].startswith(f"#{recent} · übernommen (Anna Schmidt) · Leipzig · Betrieb")
    assert lines[3].endswith("seit 3 Std.")
    assert f"#{dresden}" not in listing.text and f"#{closed}" not in listing.text

    # /lead N: everything, the free text escaped, the history, and the reading is audited.
    assert "Mehmet Öztürk" in detail.plain_text
    assert "Döner &amp; Co &lt;GmbH&gt;" in detail.text
    assert "Beschäftigte: 1 bis 9" in detail.plain_text or "1 bis 9" in detail.plain_text
    assert "Verlauf" in detail.plain_text
    assert "in der Gruppe angekündigt" in detail.plain_text
    assert "übernommen – Anna Schmidt" in detail.plain_text
    assert ("read", recent, ANNA) in [(e.action, e.lead_id, e.actor_id) for e in audit]
    assert "gibt es in dieser Gruppe nicht" in elsewhere.plain_text
    assert "/lead NUMMER" in usage.plain_text

    # /stats: counts for 7 and 30 days over this group's offices only (not Dresden's lead).
    table = stats.plain_text
    assert "7 Tage  30 Tage" in table
    assert [line.split() for line in table.splitlines() if "gesamt" in line] == [
        ["Anfragen", "gesamt", "2", "3"]
    ]
    assert "Junge Person" in table and "Ukrainisch" in table and "Leipzig" in table
    assert "Dresden" not in table
    assert "Keine fehlgeschlagenen Benachrichtigungen" in table

    assert "Nur eingetragene Beraterinnen und Berater" in refused.plain_text

    # /export: this office's leads (open and closed) as CSV, and an audit event.
    assert document.filename is not None and document.filename.endswith(".csv")
    rows = list(csv.reader(io.StringIO(document.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Nr.", "Eingang", "Büro"]
    numbers = [int(row[0]) for row in rows[1:]]
    assert sorted(numbers) == sorted([recent, older, closed])
    export_events = [e for e in audit if e.action == "export"]
    assert export_events and export_events[0].actor_id == ANNA
    assert fake.sent(DRESDEN_GROUP)[0].text.count("Anfrage #") == 1


async def test_commands_answer_only_in_advisor_groups(database_url: str, tmp_path: Path) -> None:
    elsewhere = -1009999999999  # a group the bot was added to, but no office's
    everywhere = 7500  # an advisor for all offices (ADVISOR_IDS)
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path, advisor_ids=frozenset({everywhere}))
        async with running_desk(settings, fake) as desk:
            for text in ("/leads", "/lead 1", "/stats", "/export"):
                fake.group_message(elsewhere, ANNA, text)
                fake.group_message(elsewhere, everywhere, text)
            stats = await command(desk, DRESDEN_GROUP, everywhere, "/stats")
            await settled(desk.app, fake)

    assert fake.sent(elsewhere) == [] and fake.documents(elsewhere) == []
    assert "7 Tage  30 Tage" in stats.plain_text


async def test_a_number_too_long_for_a_lead_is_answered(database_url: str, tmp_path: Path) -> None:
    """QA: a phone number pasted in place of the lead's number (or any 20 digits) got no
    answer at all: the database refused the number, and the command failed."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead = await command(desk, LEIPZIG_GROUP, ANNA, "/lead 491761234567890123456")
            moved = await command(
                desk, LEIPZIG_GROUP, ANNA, "/weitergeben #491761234567890123456 Dresden"
            )

    assert lead.plain_text == "Diese Anfrage gibt es in dieser Gruppe nicht."
    assert moved.plain_text == "Diese Anfrage gibt es in dieser Gruppe nicht."


async def test_a_button_with_a_number_too_long_for_a_lead_is_stale(
    database_url: str, tmp_path: Path
) -> None:
    """A button's data with a number no lead can have (a client that sends its own) was
    answered "Das hat gerade nicht geklappt" and failed in the handler: the database
    refused the number, as it did /lead's."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            await add_lead(desk.services.sessionmaker, timedelta(hours=1))
            await desk.deliver()
            card = await desk.group_says(LEIPZIG_GROUP, 1)
            answers = []
            for action in ("claim", "handover", "to-dresden"):
                data = f"adv:{action}:491761234567890123456"
                pressed = fake.group_press(LEIPZIG_GROUP, ANNA, data, card.message_id)
                answers.append((await desk.answer_of(pressed)).get("text"))

    assert answers == ["Dieser Knopf ist veraltet."] * 3


async def test_a_mistyped_command_is_answered_with_the_commands(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/weitergebn 12 Dresden", "/leds" or "/notiz …" got no answer at all: the
    advisor could not tell a typo from a bot that had not heard."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            typo = await command(desk, LEIPZIG_GROUP, ANNA, "/weitergebn 12 Dresden")
            note = await command(desk, LEIPZIG_GROUP, ANNA, "/notiz Person nicht erreicht")
            helped = await command(desk, LEIPZIG_GROUP, ANNA, "/hilfe")
            # Another bot's command, and a member who is no advisor: not the bot's to answer.
            seen = len(fake.sent(LEIPZIG_GROUP))
            fake.group_message(LEIPZIG_GROUP, ANNA, "/poll@other_bot Mittag?")
            fake.group_message(LEIPZIG_GROUP, STRANGER, "/leds")
            await settled(desk.app, fake)
            after = fake.sent(LEIPZIG_GROUP)[seen:]

    assert typo.plain_text.startswith("Den Befehl /weitergebn gibt es nicht.")
    assert "/weitergeben NUMMER BÜRO" in typo.plain_text and "/lead NUMMER" in typo.plain_text
    # A note of no lead: the answer says it was not kept, and how one is written.
    assert note.plain_text.startswith("⚠️ Nicht gespeichert: Zu welcher Anfrage?")
    assert "mit // am Anfang" in note.plain_text
    assert helped.plain_text.startswith("Befehle in dieser Gruppe:")
    assert after == []


async def test_a_lead_number_written_as_in_a_letter_is_understood(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/lead Nr. 12", "/lead # 12" and "/weitergeben Nr. 12 Dresden" (the number as
    it stands in a letter or an e-mail) were answered with how to write the command."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            number = await add_lead(desk.services.sessionmaker, timedelta(hours=1))
            await desk.deliver()
            await fake.wait_sent(LEIPZIG_GROUP, 1)
            shown = [
                await command(desk, LEIPZIG_GROUP, ANNA, f"/lead {written}")
                for written in (
                    f"Nr. {number}",
                    f"# {number}",
                    f"Nr.{number}",
                    f"nr {number}",
                    # The inbox page's heading, copied: "Anfrage #12".
                    f"Anfrage #{number}",
                    f"Anfrage Nr. {number}",
                )
            ]
            moved = await command(
                desk, LEIPZIG_GROUP, ANNA, f"/weitergeben Anfrage #{number}, Dresden wohnt in Pirna"
            )
            lead = await desk.lead(number)

    for answer in shown:
        assert "Bitte so" not in answer.plain_text
        assert f"#{number}" in answer.plain_text and "Mehmet Öztürk" in answer.plain_text
    assert f"Anfrage #{number} ist jetzt beim Büro Dresden" in moved.plain_text
    assert lead is not None and lead.office == "dresden"


async def test_a_command_with_an_umlaut_is_answered_not_sent_to_the_person(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/übernehmen" as a reply to the lead's card (Telegram makes no command of a
    word with "ü") went to the person as the advisor's message; a typo of a command got
    the whole list without the one meant."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            await add_lead(desk.services.sessionmaker, timedelta(hours=1))
            await desk.deliver()
            [card] = await fake.wait_sent(LEIPZIG_GROUP, 1)
            seen = len(fake.sent(LEIPZIG_GROUP))
            fake.group_message(LEIPZIG_GROUP, ANNA, "/übernehmen", card.message_id)
            umlaut = (await fake.wait_sent(LEIPZIG_GROUP, seen + 1))[-1]
            typo = await command(desk, LEIPZIG_GROUP, ANNA, "/weitergebn 1 Dresden")
            lad = await command(desk, LEIPZIG_GROUP, ANNA, "/lad 1")
            between = await command(desk, LEIPZIG_GROUP, ANNA, "/leas")
            joined = await command(desk, LEIPZIG_GROUP, ANNA, "/lead12")
            # Telegram makes no command of "/lead/12" (a "/" follows): no guess came.
            slashed = await command(desk, LEIPZIG_GROUP, ANNA, "/lead/12")
            mine = await command(desk, LEIPZIG_GROUP, ANNA, "/leads/meine")
            await settled(desk.app, fake)
            rows = await desk.outbox_rows()

    assert umlaut.plain_text.startswith("„Übernehmen“ ist ein Knopf, kein Befehl")
    # Replying to the card: that request's.
    assert "unter der Nachricht der Anfrage #1 tippen" in umlaut.plain_text
    assert [row.kind for row in rows if row.kind.startswith("message_")] == []
    assert typo.plain_text.startswith(
        "Den Befehl /weitergebn gibt es nicht. Meinten Sie /weitergeben?"
    )
    assert "Meinten Sie /lead?" in lad.plain_text
    # "/leas": "/lead" or "/leads"? No guess.
    assert "Meinten Sie" not in between.plain_text
    assert "Meinten Sie /lead 12?" in joined.plain_text
    assert slashed.plain_text.startswith("Den Befehl /lead/12 gibt es nicht. Meinten Sie /lead 12?")
    assert "Meinten Sie /leads meine?" in mine.plain_text


def test_stats_without_any_request_say_so_instead_of_empty_headings() -> None:
    # /stats of an office whose only lead had been handed over: "Status / Büro / Sprache /
    # Art" with nothing under any of them.
    empty = [reports.Stats(days, 0, {}, {}, {}, {}) for days in (7, 30)]
    text = reports.stats_text(empty, {"leipzig": "Leipzig"}, failed=[], pending=0)
    assert "Noch keine Anfragen in diesen Zeiträumen." in text
    assert "Sprache" not in text and "Büro" not in text
    some = [reports.Stats(7, 1, {"new": 1}, {"leipzig": 1}, {"de": 1}, {"young": 1})]
    shown = reports.stats_text(some, {"leipzig": "Leipzig"}, failed=[], pending=0)
    assert "Sprache" in shown and "Noch keine Anfragen" not in shown


async def test_a_command_replying_to_a_card_in_a_group_without_topics_needs_no_number(
    database_url: str, tmp_path: Path
) -> None:
    """QA: in an office chat without topics Anna replied "/lead" to a lead's card, and
    "/weitergeben Dresden" to it, as she does in a lead's topic: both were answered with
    how to write them, the number missing, though the card she replied to names its
    lead. A command replying to a lead's card (or one of its messages) is about that lead."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id = await add_lead(desk.services.sessionmaker, timedelta(hours=1), name="Omar")
            await desk.deliver()
            [card] = await fake.wait_sent(LEIPZIG_GROUP, 1)
            seen = len(fake.sent(LEIPZIG_GROUP))
            fake.group_message(LEIPZIG_GROUP, ANNA, "/lead", card.message_id)
            detail = (await fake.wait_sent(LEIPZIG_GROUP, seen + 1))[-1]
            fake.group_message(LEIPZIG_GROUP, ANNA, "/weitergeben Dresden", card.message_id)
            moved = (await fake.wait_sent(LEIPZIG_GROUP, seen + 2))[-1]

    assert f"Anfrage #{lead_id}" in detail.plain_text and "Omar" in detail.plain_text
    assert moved.plain_text.startswith(f"↪️ Anfrage #{lead_id} ist jetzt beim Büro Dresden")


async def announced_lead(desk: Desk) -> int:
    """Lead "Omar" of Leipzig, its card in the group: its number."""
    lead_id = await add_lead(desk.services.sessionmaker, timedelta(hours=1), name="Omar")
    await desk.deliver()
    await desk.fake.wait_sent(LEIPZIG_GROUP, 1)
    return lead_id


async def conversation_rows(desk: Desk) -> list[ConversationMessage]:
    """Every message and note logged, oldest first."""
    async with desk.services.sessionmaker() as session:
        query = sa.select(ConversationMessage).order_by(ConversationMessage.id)
        return list((await session.execute(query)).scalars())


async def test_a_note_command_with_a_number_is_kept_in_a_group_without_topics(
    database_url: str, tmp_path: Path
) -> None:
    """QA: in an office chat without topics Anna typed "/notiz 1 Rückruf morgen 10 Uhr"
    (as "/lead 1" works) and "/notiz Rückruf Freitag" without a lead: both were answered
    "Den Befehl /notiz gibt es nicht" with the list of commands, and her words were kept
    nowhere. With a lead's number the note is kept on that lead; without one she is told
    it was not kept and how to write it."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id = await announced_lead(desk)
            kept = await command(desk, LEIPZIG_GROUP, ANNA, f"/notiz {lead_id} Rückruf\nmorgen")
            lost = await command(desk, LEIPZIG_GROUP, ANNA, "/notiz Rückruf Freitag")
            elsewhere = await command(desk, LEIPZIG_GROUP, ANNA, "/notiz 999 Rückruf Freitag")
            empty = await command(desk, LEIPZIG_GROUP, ANNA, f"/notiz {lead_id}")
            rows = await conversation_rows(desk)

    assert kept.plain_text == "📝 Als interne Notiz gespeichert."
    assert [(r.lead_id, r.direction, r.text) for r in rows] == [
        (lead_id, "note", "Rückruf\nmorgen")
    ]
    assert lost.plain_text.startswith("⚠️ Nicht gespeichert: Zu welcher Anfrage?")
    assert "/notiz 12 Rückruf morgen" in lost.plain_text
    assert elsewhere.plain_text == "Diese Anfrage gibt es in dieser Gruppe nicht."
    # The number was given: what is missing is the note, not the lead.
    assert empty.plain_text.startswith("⚠️ Nicht gespeichert: Die Notiz ist leer.")


async def test_a_note_command_for_a_list_of_requests_keeps_none_and_says_one_each(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/notiz 1,2 Geschwister, gemeinsam beraten" was answered "Zu welcher Anfrage?"
    though both numbers were there. A note belongs to one request: nothing is kept, and
    the advisor gets each command to copy with the note. "/notiz 1 2 Anrufe" stays a
    note of request 1 (a count may begin a note)."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id = await announced_lead(desk)
            typed = [f"/notiz {lead_id}{x}2 Geschwister" for x in (",", ", ", " und ", "/")]
            listed = await commands(desk, typed)
            counted = await command(desk, LEIPZIG_GROUP, ANNA, f"/notiz {lead_id} 2 Anrufe")
            rows = await conversation_rows(desk)

    for answer in listed:
        assert answer.plain_text.startswith("⚠️ Nicht gespeichert: Eine Notiz gehört zu einer")
        assert f"/notiz {lead_id} Geschwister, /notiz 2 Geschwister" in answer.plain_text
    assert counted.plain_text == "📝 Als interne Notiz gespeichert."
    assert [(r.lead_id, r.text) for r in rows] == [(lead_id, "2 Anrufe")]


async def test_a_note_of_signs_only_is_empty(database_url: str, tmp_path: Path) -> None:
    """QA: "/notiz 1 ." kept a note that was only "."; a note with no letter or digit is
    as empty as "/notiz 1", and answered so."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id = await announced_lead(desk)
            empty = await command(desk, LEIPZIG_GROUP, ANNA, f"/notiz {lead_id}")
            dot = await command(desk, LEIPZIG_GROUP, ANNA, f"/notiz {lead_id} .")
            signs = await command(desk, LEIPZIG_GROUP, ANNA, f"/notiz {lead_id} - ?!")
            kept = await command(desk, LEIPZIG_GROUP, ANNA, f"/notiz {lead_id} 14 Uhr")
            rows = await conversation_rows(desk)

    assert empty.plain_text.startswith("⚠️ Nicht gespeichert: Die Notiz ist leer.")
    assert dot.plain_text == signs.plain_text == empty.plain_text
    assert kept.plain_text == "📝 Als interne Notiz gespeichert."
    assert [(r.lead_id, r.direction, r.text) for r in rows] == [(lead_id, "note", "14 Uhr")]


async def test_a_phone_number_after_the_note_command_is_not_read_as_the_request(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/notiz 0341 123456 Rückruf erbeten" outside a lead's topic kept the note on
    request 341 (the area code read as its number), "/notiz 01 Rückruf" on request 1. A
    number with its 0 or + is a phone number: the advisor is asked which request, as
    /loeschen asks, and nothing is kept."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            await announced_lead(desk)
            area = await command(desk, LEIPZIG_GROUP, ANNA, "/notiz 0341 123456 Rückruf erbeten")
            one = await command(desk, LEIPZIG_GROUP, ANNA, "/notiz 01 Rückruf")
            rows = await conversation_rows(desk)

    assert area.plain_text.startswith(
        "„0341 123456“: Mit 0 oder + vorne ist das eine Telefonnummer, keine Nummer einer Anfrage."
    )
    assert "/lead 0341 123456" in area.plain_text
    # The note as typed, the phone number in it, follows the number to copy.
    assert "/notiz 12 0341 123456 Rückruf erbeten" in area.plain_text
    assert one.plain_text.startswith("„01“: Mit 0 oder + vorne")
    assert rows == []


async def test_a_note_written_to_no_lead_in_a_group_without_topics_is_told_so(
    database_url: str, tmp_path: Path
) -> None:
    """QA: in an office chat without topics Anna wrote "// Rückruf morgen 10 Uhr" without
    replying to a card: nothing happened, and she believed it kept with the lead. A note
    that belongs to no lead is answered that it was not kept, and how; the team's other
    talk in the chat is left alone."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            told = await command(desk, LEIPZIG_GROUP, ANNA, "// Rückruf morgen 10 Uhr")
            seen = len(fake.sent(LEIPZIG_GROUP))
            fake.group_message(LEIPZIG_GROUP, ANNA, "Wer macht heute Mittag?")
            await settled(desk.app, fake)
            after = fake.sent(LEIPZIG_GROUP)[seen:]

    assert told.plain_text.startswith("⚠️ Nicht gespeichert: Zu welcher Anfrage?")
    assert after == []


async def test_a_note_command_of_someone_who_may_not_act_here_is_refused_aloud(
    database_url: str, tmp_path: Path
) -> None:
    """QA: Bernd, an advisor of Dresden, wrote "/notiz 1 Rückruf morgen" in Leipzig's chat
    (a member who is no advisor likewise): nothing happened, and he believed it kept,
    while "/lead 1" and "// …" told him he may not. Refused aloud as well; nothing kept."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id = await announced_lead(desk)
            bernd = await command(desk, LEIPZIG_GROUP, BERND, f"/notiz {lead_id} Rückruf morgen")
            stranger = await command(desk, LEIPZIG_GROUP, STRANGER, f"/notiz {lead_id} Rückruf")
            rows = await conversation_rows(desk)

    assert stranger.plain_text == (
        "Nur eingetragene Beraterinnen und Berater des Büros Leipzig können das."
    )
    assert bernd.plain_text == stranger.plain_text + " Sie sind für das Büro Dresden eingetragen."
    assert rows == []


async def test_another_offices_advisor_learns_that_this_office_decides(
    database_url: str, tmp_path: Path
) -> None:
    """QA: Bernd, registered for Dresden, typed "/lead 1" in Leipzig's chat and was told
    "Nur eingetragene Beraterinnen und Berater können das." He is registered: the refusal
    names whose advisors may."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id = await announced_lead(desk)
            refused = await command(desk, LEIPZIG_GROUP, BERND, f"/lead {lead_id}")

    assert refused.plain_text == (
        "Nur eingetragene Beraterinnen und Berater des Büros Leipzig können das. "
        "Sie sind für das Büro Dresden eingetragen."
    )


async def test_the_help_names_every_command_the_group_has(
    database_url: str, tmp_path: Path
) -> None:
    """QA: /hilfe listed /leads, /lead, /stats, /export and /weitergeben, but not /notiz
    NUMMER, which keeps a note on a lead from anywhere in the chat (and which the bot
    itself suggests when a note belongs to no lead)."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            helped = await command(desk, LEIPZIG_GROUP, ANNA, "/hilfe")

    commands = [line.split()[0] for line in helped.plain_text.splitlines()[1:] if line[0] == "/"]
    assert commands == [
        "/leads",
        "/lead",
        "/stats",
        "/export",
        "/weitergeben",
        "/loeschen",
        "/notiz",
        "/nummer",
    ]
    assert "/notiz NUMMER Text – interne Notiz" in helped.plain_text


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("statistik", "/stats"),
        ("weiterleiten", "/weitergeben"),
        ("übergeben", "/weitergeben"),
        ("anfragen", "/leads"),
        ("anfrage12", "/lead 12"),
        ("exportieren", "/export"),
        ("delete", "/loeschen"),
        ("lösche", "/loeschen"),
        ("entfernen", "/loeschen"),
        # QA: the umlaut written out, as on a keyboard without it: no guess came.
        ("uebergeben", "/weitergeben"),
        ("loesche", "/loeschen"),
        ("uebernommen", "/leads übernommen"),
        ("Statistik", "/stats"),
    ],
)
def test_a_command_said_in_other_german_words_is_guessed(typed: str, meant: str) -> None:
    """QA: "/statistik", "/weiterleiten 12 Dresden", "/anfrage 12" (the German words for
    what the commands do) got "gibt es nicht" and the list, with no guess: a guess came
    only for a letter or two off."""
    assert f"Meinten Sie {meant}?" in replies.unknown_command(typed)


async def test_a_note_command_on_a_withdrawn_request_says_it_was_withdrawn(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/notiz 4 Rückruf" on a request the person withdrew was answered "Diese Anfrage
    gibt es in dieser Gruppe nicht.", while "/lead 4" showed it: it was withdrawn."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            sessions = desk.services.sessionmaker
            withdrawn = await add_lead(sessions, timedelta(days=1), status="withdrawn", name="W")
            told = await command(desk, LEIPZIG_GROUP, ANNA, f"/notiz {withdrawn} Rückruf")
            rows = await conversation_rows(desk)

    assert told.plain_text == replies.WITHDRAWN_NOT_PASSED
    assert rows == []


async def held_under_the_card(desk: Desk) -> tuple[int, SentMessage]:
    """Lead "Omar" announced, and Anna's "Note: Büro Freitag zu" replying to its card held
    back: the lead's number and the bot's question."""
    lead_id = await announced_lead(desk)
    [card] = desk.fake.sent(LEIPZIG_GROUP)
    desk.fake.group_message(LEIPZIG_GROUP, ANNA, "Note: Büro Freitag zu", card.message_id)
    return lead_id, await desk.group_says(LEIPZIG_GROUP, 2)


async def test_a_command_replying_to_a_held_message_or_its_question_needs_no_number(
    database_url: str, tmp_path: Path
) -> None:
    """QA: in an office chat without topics Anna's "Note: Büro Freitag zu" replying to a
    lead's card was held back and asked about. "/lead" replying to the bot's question, or
    to her held message, was answered with how to write it, and "/notiz …" replying to
    them with "Zu welcher Anfrage?": both name their lead, as a reply to them goes to it."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id, question = await held_under_the_card(desk)
            held = question.reply_to_message_id
            answers = []
            for text, reply_to in (
                ("/lead", question.message_id),
                ("/lead", held),
                ("/notiz Rückruf morgen", question.message_id),
                ("/weitergeben Dresden", held),
            ):
                seen = len(fake.sent(LEIPZIG_GROUP))
                fake.group_message(LEIPZIG_GROUP, ANNA, text, reply_to)
                answers.append((await fake.wait_sent(LEIPZIG_GROUP, seen + 1))[-1].plain_text)
            rows = await conversation_rows(desk)

    on_question, on_held, noted, moved = answers
    assert on_question.startswith(f"📨 Anfrage #{lead_id}") and "Omar" in on_question
    assert on_held == on_question
    assert noted == "📝 Als interne Notiz gespeichert."
    assert [(r.lead_id, r.direction, r.text) for r in rows] == [(lead_id, "note", "Rückruf morgen")]
    assert moved.startswith(f"↪️ Anfrage #{lead_id} ist jetzt beim Büro Dresden")


async def test_help_from_another_offices_advisor_or_a_member_is_answered_kindly(
    database_url: str, tmp_path: Path
) -> None:
    """QA: Bernd, registered for Dresden, typed "/hilfe" (and "/help", "/befehle", a
    mistyped "/leadz 1") in Leipzig's chat: no answer at all, while "/lead 1" told him he
    may not. He learns which office the group serves and where he is registered; a member
    who is no advisor, that only Leipzig's advisors may; another bot's command stays that
    bot's."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            told = [
                (await command(desk, LEIPZIG_GROUP, BERND, typed)).plain_text
                for typed in ("/hilfe", "/help", "/befehle", "/leadz 1")
            ]
            stranger = await command(desk, LEIPZIG_GROUP, STRANGER, "/hilfe")
            seen = len(fake.sent(LEIPZIG_GROUP))
            fake.group_message(LEIPZIG_GROUP, BERND, "/poll@other_bot")
            await settled(desk.app, fake)
            after = fake.sent(LEIPZIG_GROUP)[seen:]

    assert (
        told
        == [
            "Diese Gruppe gehört zum Büro Leipzig; die Befehle hier können nur dessen eingetragene "
            "Beraterinnen und Berater nutzen. Sie sind für das Büro Dresden eingetragen; "
            "/hilfe zeigt die Befehle in dessen Gruppe."
        ]
        * 4
    )
    assert stranger.plain_text == (
        "Nur eingetragene Beraterinnen und Berater des Büros Leipzig können das."
    )
    assert after == []


async def test_a_group_of_two_offices_names_them_where_it_said_this_office(
    database_url: str, tmp_path: Path
) -> None:
    """QA: one chat serves Leipzig and Chemnitz. Anna (Leipzig) tapped "Übernehmen" on a
    Chemnitz card and replied to it, and Bernd (Dresden) typed "/lead"; each was told
    "Nur eingetragene Beraterinnen und Berater dieses Büros": which of the two? The
    answers name the office, and the command menu says "dieser Gruppe"."""
    chats: dict[str, int | None] = {
        "dresden": DRESDEN_GROUP,
        "chemnitz": LEIPZIG_GROUP,
        "leipzig": LEIPZIG_GROUP,
    }
    toml = offices_toml(chats=chats)
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path, toml)
        async with running_desk(settings, fake) as desk:
            sessions = desk.services.sessionmaker
            lead_id = await add_lead(
                sessions, timedelta(hours=1), office="chemnitz", postal_code="09111", name="C"
            )
            await desk.deliver()
            [card] = await fake.wait_sent(LEIPZIG_GROUP, 1)
            tapped = await desk.answer_of(await desk.press(LEIPZIG_GROUP, ANNA, card, "Übernehmen"))
            seen = len(fake.sent(LEIPZIG_GROUP))
            fake.group_message(LEIPZIG_GROUP, ANNA, "Guten Tag!", card.message_id)
            replied = (await fake.wait_sent(LEIPZIG_GROUP, seen + 1))[-1]
            bernd = await command(desk, LEIPZIG_GROUP, BERND, f"/lead {lead_id}")

    assert tapped["text"] == (
        "Nur eingetragene Beraterinnen und Berater des Büros Chemnitz können Anfragen bearbeiten."
    )
    assert replied.plain_text == (
        "Nur eingetragene Beraterinnen und Berater des Büros Chemnitz können das. "
        "Sie sind für das Büro Leipzig eingetragen."
    )
    assert bernd.plain_text == (
        "Nur eingetragene Beraterinnen und Berater der Büros Chemnitz und Leipzig können das. "
        "Sie sind für das Büro Dresden eingetragen."
    )
    # The menu each group is shown (publish_commands) says "dieser Gruppe".
    described = dict(replies.COMMANDS)
    assert not [text for text in described.values() if "dieses Büros" in text]
    assert described["leads"] == "Offene Anfragen dieser Gruppe"


async def test_leads_with_a_number_shows_that_request(database_url: str, tmp_path: Path) -> None:
    """QA: Anna typed "/leads 1" (an s too many) and got the whole list: the number says
    which request she wanted, as "/lead 1" shows it."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id = await announced_lead(desk)
            shown = await command(desk, LEIPZIG_GROUP, ANNA, f"/leads #{lead_id}")
            listing = await command(desk, LEIPZIG_GROUP, ANNA, "/leads")

    assert shown.plain_text.startswith(f"📨 Anfrage #{lead_id}") and "Omar" in shown.plain_text
    assert listing.plain_text.startswith("Offene Anfragen (1)")


async def test_a_reply_to_the_question_about_a_held_message_of_a_lead_handed_over_says_where(
    database_url: str, tmp_path: Path
) -> None:
    """QA: Anna's "Note: Büro Freitag zu" under a card was held back and asked about; a
    colleague handed the request over to Dresden meanwhile. Her "Ist für die Person"
    replying to the question was asked about once more, with buttons for a request no
    longer here, and her "/lead" replying to it was answered with how to write it. Both
    say where it went, as a reply to the card does."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id, question = await held_under_the_card(desk)
            await command(desk, LEIPZIG_GROUP, ANNA, f"/weitergeben {lead_id} Dresden")
            await desk.deliver()
            answers = []
            for text in ("Ist für die Person", "/lead"):
                seen = len(fake.sent(LEIPZIG_GROUP))
                fake.group_message(LEIPZIG_GROUP, ANNA, text, question.message_id)
                answers.append((await fake.wait_sent(LEIPZIG_GROUP, seen + 1))[-1])
            rows = await conversation_rows(desk)

    said, shown = answers
    assert (
        said.plain_text == f"⚠️ Nicht weitergegeben: Anfrage #{lead_id} ist jetzt beim Büro Dresden."
    )
    assert said.buttons == []
    assert shown.plain_text == f"Anfrage #{lead_id} ist jetzt beim Büro Dresden."
    assert rows == []


async def test_a_mistyped_note_command_is_kept_as_the_note_it_means(
    database_url: str, tmp_path: Path
) -> None:
    """QA: Anna typed "/notitz Rückruf morgen" replying to a card, "/noitz 1 Rückruf" and
    "/notiz1 Freitag" (the space left out) in an office chat without topics: each was
    "Den Befehl … gibt es nicht" with the list of commands, no guess, and her words were
    kept nowhere. A letter off the note command is the note command, as "#notitz" is a
    note; a note never reaches the person, so nothing can go astray."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id = await announced_lead(desk)
            [card] = fake.sent(LEIPZIG_GROUP)
            told = []
            for text, reply_to in (
                ("/notitz Rückruf morgen", card.message_id),
                (f"/noitz {lead_id} Rückruf", None),
                (f"/notiz{lead_id} Freitag", None),
                (f"/notiz {lead_id}? Rückruf Montag", None),
                # QA: the plural and a "_" (Telegram's space) were two letters off: lost.
                (f"/notizen {lead_id} Termin", None),
                (f"/interne_notiz {lead_id} Absage", None),
            ):
                seen = len(fake.sent(LEIPZIG_GROUP))
                fake.group_message(LEIPZIG_GROUP, ANNA, text, reply_to)
                told.append((await fake.wait_sent(LEIPZIG_GROUP, seen + 1))[-1].plain_text)
            rows = await conversation_rows(desk)

    assert told == ["📝 Als interne Notiz gespeichert."] * 6
    assert [(r.lead_id, r.direction, r.text) for r in rows] == [
        (lead_id, "note", "Rückruf morgen"),
        (lead_id, "note", "Rückruf"),
        (lead_id, "note", "Freitag"),
        (lead_id, "note", "Rückruf Montag"),
        (lead_id, "note", "Termin"),
        (lead_id, "note", "Absage"),
    ]


async def edited(desk: Desk, text: str) -> list[str]:
    """Anna edits her last message in the group into ``text``: what the bot says to it."""
    fake = desk.fake
    seen = len(fake.sent(LEIPZIG_GROUP))
    fake.edit_message(LEIPZIG_GROUP, fake.newest_from(LEIPZIG_GROUP, ANNA), text)
    await settled(desk.app, fake)
    return [m.plain_text for m in fake.sent(LEIPZIG_GROUP)[seen:]]


async def test_a_command_corrected_by_editing_it_is_answered(
    database_url: str, tmp_path: Path
) -> None:
    """QA: Anna's "/notiz 1" was told "Die Notiz ist leer"; she edited it into "/notiz 1
    Rückruf morgen", as Telegram lets one correct, and nothing happened: she believed it
    kept. An edited command is answered as written now; a note kept already says that
    its edit is not, rather than keep the first words silently."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id = await announced_lead(desk)
            empty = await command(desk, LEIPZIG_GROUP, ANNA, f"/notiz {lead_id}")
            kept = await edited(desk, f"/notiz {lead_id} Rückruf morgen")
            again = await edited(desk, f"/notiz {lead_id} Rückruf übermorgen")
            await command(desk, LEIPZIG_GROUP, ANNA, f"/leda {lead_id}")
            shown = await edited(desk, f"/lead {lead_id}")
            rows = await conversation_rows(desk)

    assert empty.plain_text.startswith("⚠️ Nicht gespeichert: Die Notiz ist leer.")
    assert kept == ["📝 Als interne Notiz gespeichert."]
    assert again == [
        "⚠️ Die Notiz ist schon gespeichert, wie zuerst geschrieben; die Änderung nicht. "
        "Bitte als neue Notiz schreiben."
    ]
    assert [(r.lead_id, r.direction, r.text) for r in rows] == [(lead_id, "note", "Rückruf morgen")]
    assert len(shown) == 1 and shown[0].startswith(f"📨 Anfrage #{lead_id}")


async def test_a_lead_number_with_words_after_it_shows_the_lead(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/lead 1?", "/lead 1 bitte" and "/lead #1 bitte" were answered with how to write
    the command, though the number was clear. Reading a lead changes nothing: the words
    after its number are let be."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            number = await announced_lead(desk)
            shown = [
                await command(desk, LEIPZIG_GROUP, ANNA, f"/lead {written}")
                for written in (f"{number}?", f"{number} bitte", f"#{number} bitte")
            ]

    for answer in shown:
        assert "Bitte so" not in answer.plain_text
        assert f"#{number}" in answer.plain_text and "Omar" in answer.plain_text


@pytest.mark.parametrize(
    ("digits", "other_digits"),
    [
        ("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"),
        # QA: "/lead １" (full-width, as a Chinese or Japanese keyboard types it) too.
        ("０１２３４５６７８９", "０１２３４５６７８９"),
    ],
)
async def test_a_lead_number_in_arabic_persian_or_full_width_digits_is_read_as_its_number(
    database_url: str, tmp_path: Path, digits: str, other_digits: str
) -> None:
    """QA: "/lead ١" (an Arabic-Indic "1", as an Arabic keyboard types it) was told "Diese
    Anfrage gibt es in dieser Gruppe nicht". Arabic-Indic, Persian and full-width digits
    are read as digits; a phone number in them is still no request's number."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            number = await announced_lead(desk)
            written = str(number).translate(str.maketrans("0123456789", digits))
            other = str(number).translate(str.maketrans("0123456789", other_digits))
            shown = [
                await command(desk, LEIPZIG_GROUP, ANNA, text)
                for text in (f"/lead {written}", f"/leads #{other}", f"/lead Nr. {written}?")
            ]
            typed = "0341 123456".translate(str.maketrans("0123456789", digits))
            phone = await command(desk, LEIPZIG_GROUP, ANNA, f"/loeschen {typed}")

    for answer in shown:
        assert "gibt es in dieser Gruppe nicht" not in answer.plain_text
        assert f"#{number}" in answer.plain_text and "Omar" in answer.plain_text
    assert "/lead 0341 123456" in phone.plain_text and phone.button_texts == []


async def test_two_lead_numbers_show_the_first_and_say_one_is_read_at_a_time(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/lead 1 2" and "/leads 1 2" showed request 1 and said nothing of 2, as if it
    were not there. Request 1 is shown, and the advisor is told that one number is read
    at a time, with the command for the other."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            number = await announced_lead(desk)
            said: dict[str, list[str]] = {}
            for text in (f"/lead {number} 2", f"/leads {number}, 2", f"/lead {number} bitte"):
                seen = len(fake.sent(LEIPZIG_GROUP))
                fake.group_message(LEIPZIG_GROUP, ANNA, text)
                await fake.wait_sent(LEIPZIG_GROUP, seen + 1)
                await settled(desk.app, fake)
                said[text] = [m.plain_text for m in fake.sent(LEIPZIG_GROUP)[seen:]]

    for text in (f"/lead {number} 2", f"/leads {number}, 2"):
        shown, told = said[text]
        assert f"#{number}" in shown and "Omar" in shown
        assert "eine Nummer" in told and "/lead 2" in told
    assert len(said[f"/lead {number} bitte"]) == 1


async def test_lead_numbers_joined_by_a_comma_show_the_first_and_say_one_is_read(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/lead 1,2" and "/leads 1,2" (a comma, no space) got how /lead is written.
    Request 1 is shown and the advisor is told one number is read at a time, as for
    "/lead 1 2". QA: so are "/lead 1;2" and "/lead 1/2" (they got the usage too)."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            number = await announced_lead(desk)
            said: dict[str, list[str]] = {}
            typed = (f"/lead {number},2", f"/leads {number},#2", f"/lead {number};2")
            for text in (*typed, f"/lead {number}/2", f"/leads {number};#2"):
                seen = len(fake.sent(LEIPZIG_GROUP))
                fake.group_message(LEIPZIG_GROUP, ANNA, text)
                await fake.wait_sent(LEIPZIG_GROUP, seen + 1)
                await settled(desk.app, fake)
                said[text] = [m.plain_text for m in fake.sent(LEIPZIG_GROUP)[seen:]]

    for answers in said.values():
        shown, told = answers
        assert f"#{number}" in shown and "Omar" in shown
        assert "eine Nummer" in told and "/lead 2" in told


async def test_a_range_of_request_numbers_is_read_as_a_list(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/lead 1-2", "/loeschen 1-2" and "/weitergeben 1-3 Dresden" got how the command
    is written, and "/lead 1 bis 3" showed request 1, saying nothing of 2 and 3. They are
    answered as "/lead 1,2" is: one request per command, each command to copy."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            number = await announced_lead(desk)
            said: dict[str, list[str]] = {}
            for text in (f"/lead {number}-{number + 1}", f"/lead {number} bis {number + 2}"):
                seen = len(fake.sent(LEIPZIG_GROUP))
                fake.group_message(LEIPZIG_GROUP, ANNA, text)
                await fake.wait_sent(LEIPZIG_GROUP, seen + 1)
                await settled(desk.app, fake)
                said[text] = [m.plain_text for m in fake.sent(LEIPZIG_GROUP)[seen:]]
            erase, hand_over = await commands(desk, ["/loeschen 1-2", "/weitergeben 1-3 Dresden"])

    shown, told = said[f"/lead {number}-{number + 1}"]
    assert f"#{number}" in shown and "Omar" in shown
    assert "eine Nummer" in told and f"/lead {number + 1}" in told
    shown, told = said[f"/lead {number} bis {number + 2}"]
    assert f"#{number}" in shown
    assert f"/lead {number + 1}" in told and f"/lead {number + 2}" in told
    assert erase.plain_text.startswith("Nicht gelöscht: Nach /loeschen bitte nur die Nummer")
    assert "/loeschen 1" in erase.plain_text and "/loeschen 2" in erase.plain_text
    assert hand_over.plain_text.startswith("Nicht weitergegeben: Je Befehl wird eine Anfrage")
    for n in (1, 2, 3):
        assert f"/weitergeben {n} Dresden" in hand_over.plain_text


async def test_a_cards_button_typed_as_a_command_is_pointed_to_the_button(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/erledigt 12", "/übernehmen 12" and "/uebernehmen 12" got the whole list of
    commands. They are the card's buttons: the answer says so, as "Meinten Sie …?" does
    for another typo."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            answers = [
                await command(desk, LEIPZIG_GROUP, ANNA, typed)
                for typed in ("/erledigt 12", "/übernehmen 12", "/uebernehmen 12", "/Erledigt")
            ]

    done, taken, taken_ascii, bare = (answer.plain_text for answer in answers)
    assert done.startswith("„Erledigt“ ist ein Knopf, kein Befehl")
    assert "unter der Nachricht der Anfrage #12" in done and "/lead 12" in done
    assert taken.startswith("„Übernehmen“ ist ein Knopf") and "/lead 12" in taken
    assert taken_ascii == taken
    assert bare.startswith("„Erledigt“ ist ein Knopf") and "/lead NUMMER" in bare
    for answer in (done, taken, bare):
        assert "/stats" not in answer


@pytest.mark.parametrize(
    ("typed", "button"),
    [
        ("nichterreicht", "Nicht erreicht"),
        ("nicht_erreicht", "Nicht erreicht"),
        ("zurück", "Zurück an Team"),
        ("zurueckgeben", "Zurück an Team"),
        ("wiederoeffnen", "Wieder öffnen"),
        ("wieder_öffnen", "Wieder öffnen"),
    ],
)
def test_every_cards_button_typed_as_a_command_is_pointed_to(typed: str, button: str) -> None:
    """QA: "/erreicht 12" was told it is the card's button, but "/nichterreicht 12",
    "/zurueck 12" and "/wiederoeffnen 12" got "gibt es nicht" and the whole list, with
    no guess: the card's other buttons are pointed to as well."""
    said = replies.unknown_command(typed, "12")

    assert said.startswith(f"„{button}“ ist ein Knopf, kein Befehl")
    assert "unter der Nachricht der Anfrage #12" in said


async def test_a_list_filter_or_closing_typed_as_a_command_gets_the_way_meant(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/meine" and "/neu" (the filters of /leads) and "/schliessen 12" (for the
    card's Erledigt) got the whole list of commands without a guess, where "/offen" was
    told "Meinten Sie /leads?"."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            mine, new, closing, umlaut = [
                await command(desk, LEIPZIG_GROUP, ANNA, typed)
                for typed in ("/meine", "/neu", "/schliessen 12", "/schließen")
            ]

    assert mine.plain_text.startswith("Den Befehl /meine gibt es nicht. Meinten Sie /leads meine?")
    assert "Meinten Sie /leads neu?" in new.plain_text
    assert closing.plain_text.startswith("„Erledigt“ ist ein Knopf, kein Befehl")
    assert "unter der Nachricht der Anfrage #12" in closing.plain_text
    assert umlaut.plain_text.startswith("„Erledigt“ ist ein Knopf, kein Befehl")


async def test_stats_or_export_of_another_groups_office_says_whose_are_here(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/stats Dresden" and "/export Dresden" in Leipzig's group were told
    "„Dresden“ kennt /stats nicht", as if there were no such office; "/leads Dresden"
    said that Dresden's requests are not in this group."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            stats = await command(desk, LEIPZIG_GROUP, ANNA, "/stats Dresden")
            export = await command(desk, LEIPZIG_GROUP, ANNA, "/export Dresden")
            unknown = await command(desk, LEIPZIG_GROUP, ANNA, "/stats Umsatz")

    assert stats.plain_text == (
        "Die Statistik des Büros Dresden gibt es nicht in dieser Gruppe; /stats zeigt hier "
        "die des Büros Leipzig für die letzten 7 und 30 Tage."
    )
    assert export.plain_text == (
        "Die Anfragen des Büros Dresden stehen nicht in dieser Gruppe; /export schickt hier "
        "die des Büros Leipzig (offene und abgeschlossene) als CSV-Datei, /export 12 nur "
        "die Anfrage 12."
    )
    assert unknown.plain_text.startswith("„Umsatz“ kennt /stats nicht.")


async def test_a_button_typed_under_the_card_names_that_request(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/erledigt" as a reply to a request's card (or in its topic) was told to tap
    under "der Nachricht der Anfrage", and "/lead NUMMER" shows one: the bot knew which."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id = await add_lead(desk.services.sessionmaker, timedelta(hours=1))
            await desk.deliver()
            [card] = await fake.wait_sent(LEIPZIG_GROUP, 1)
            fake.group_message(LEIPZIG_GROUP, ANNA, "/erledigt", card.message_id)
            told = await desk.group_says(LEIPZIG_GROUP, 2)

    assert told.plain_text == (
        f"„Erledigt“ ist ein Knopf, kein Befehl: bitte unter der Nachricht der Anfrage "
        f"#{lead_id} tippen (in der Gruppe oder im Thema der Anfrage). /lead {lead_id} zeigt "
        "sie mit Verlauf."
    )


async def test_a_number_asked_with_a_question_mark_is_taken_or_kindly_corrected(
    database_url: str, tmp_path: Path
) -> None:
    """QA: between two calls Anna typed "/leads 1?" and got the whole list, "/lead Nr. 1?"
    and "/loeschen 1?" got how to write them, and "/weitergeben 1? Dresden" the usage with
    every office. Reading and /loeschen (which asks first) take the number as "/lead 1?"
    does; a hand-over, done at once, is not guessed from a question: she is told the
    command to send."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id = await announced_lead(desk)
            told = [
                await command(desk, LEIPZIG_GROUP, ANNA, text)
                for text in (
                    f"/leads {lead_id}?",
                    f"/leads #{lead_id}!",
                    f"/lead Nr. {lead_id}?",
                    f"/loeschen {lead_id}?",
                    f"/weitergeben {lead_id}? Dresden",
                    f"/weitergeben {lead_id} an Dresden?",
                )
            ]
            # Replying to the card, as in the lead's topic, the number left out.
            [card] = fake.sent(LEIPZIG_GROUP)[:1]
            seen = len(fake.sent(LEIPZIG_GROUP))
            fake.group_message(LEIPZIG_GROUP, ANNA, "/weitergeben Dresden?", card.message_id)
            under_the_card = (await fake.wait_sent(LEIPZIG_GROUP, seen + 1))[-1]
            audit = await desk.audit()

    listed, exclaimed, named, erase, handed, asked = told
    for shown in (listed, exclaimed, named):
        assert shown.plain_text.startswith(f"📨 Anfrage #{lead_id}"), shown.plain_text
    assert erase.plain_text.startswith(f"🗑 Anfrage #{lead_id}: personenbezogene Daten")
    assert "🗑 Ja, endgültig löschen" in erase.button_texts
    assert handed.plain_text == (
        f"Anfrage #{lead_id} an das Büro Dresden weitergeben? Dann bitte ohne Fragezeichen "
        f"senden: /weitergeben {lead_id} Dresden"
    )
    assert asked.plain_text == (
        f"Anfrage #{lead_id} an das Büro Dresden weitergeben? Dann bitte ohne Fragezeichen "
        f"senden: /weitergeben {lead_id} an Dresden"
    )
    assert under_the_card.plain_text == (
        f"Anfrage #{lead_id} an das Büro Dresden weitergeben? Dann bitte ohne Fragezeichen "
        f"senden: /weitergeben {lead_id} Dresden"
    )
    assert [e.action for e in audit if e.action.startswith("hand")] == []


@asynccontextmanager
async def two_offices_desk(database_url: str, tmp_path: Path) -> AsyncIterator[Desk]:
    """The running desk with one group serving Leipzig and Chemnitz (Dresden its own)."""
    chats: dict[str, int | None] = {
        "dresden": DRESDEN_GROUP,
        "chemnitz": LEIPZIG_GROUP,
        "leipzig": LEIPZIG_GROUP,
    }
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path, offices_toml(chats=chats))
        async with running_desk(settings, fake) as desk:
            yield desk


async def said_in_two_offices_group(
    database_url: str, tmp_path: Path, typed: Sequence[str]
) -> tuple[list[int], dict[str, str]]:
    """In a group serving Leipzig and Chemnitz, with a new request of each and one of
    Leipzig Anna has taken (their numbers, in that order): what the bot said to each of
    Anna's ``typed`` commands."""
    async with two_offices_desk(database_url, tmp_path) as desk:
        sessions = desk.services.sessionmaker
        leads = [
            await add_lead(sessions, timedelta(hours=3), name="L"),
            await add_lead(
                sessions, timedelta(hours=2), office="chemnitz", postal_code="09111", name="C"
            ),
            await add_lead(
                sessions, timedelta(hours=1), status="claimed", claimed_by=ANNA,
                claimed_by_name="Anna Schmidt", name="A",
            ),
        ]  # fmt: skip
        await desk.deliver()
        await desk.fake.wait_sent(LEIPZIG_GROUP, 3)
        said = {text: (await command(desk, LEIPZIG_GROUP, ANNA, text)).plain_text for text in typed}
    return leads, said


def numbers(text: str) -> list[int]:
    """The request numbers a /leads list shows."""
    return [int(line[1:].split()[0]) for line in text.splitlines() if line.startswith("#")]


async def test_leads_with_words_lists_what_they_ask_for(database_url: str, tmp_path: Path) -> None:
    """QA: between two calls Anna (a group of Leipzig and Chemnitz) typed "/leads Chemnitz",
    "/leads neu", "/leads meine": each time the whole list came, the words ignored without
    a word. They choose now; an office of another group, or a word /leads does not know,
    is answered with what /leads understands."""
    typed = [
        "/leads Chemnitz",
        "/leads neu",
        "/leads meine",
        "/leads offen",
        "/leads Dresden",
        "/leads morgen",
    ]
    [new_here, chemnitz, annas], said = await said_in_two_offices_group(
        database_url, tmp_path, typed
    )

    assert said["/leads Chemnitz"].startswith("Offene Anfragen des Büros Chemnitz (1)")
    assert numbers(said["/leads Chemnitz"]) == [chemnitz]
    assert said["/leads neu"].startswith("Neue Anfragen (2)")
    assert numbers(said["/leads neu"]) == [new_here, chemnitz]
    assert said["/leads meine"].startswith("Ihre offenen Anfragen (1)")
    assert numbers(said["/leads meine"]) == [annas]
    assert numbers(said["/leads offen"]) == [new_here, chemnitz, annas]
    assert said["/leads Dresden"].startswith(
        "Die Anfragen des Büros Dresden stehen nicht in dieser Gruppe; /leads zeigt hier die "
        "der Büros Chemnitz und Leipzig."
    )
    assert said["/leads morgen"].startswith("„morgen“ kennt /leads nicht.")
    assert "/leads neu" in said["/leads morgen"] and "/leads meine" in said["/leads morgen"]


async def test_leads_of_closed_requests_says_where_a_closed_one_is_found(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/leads erledigt" (which requests did we close?) was told „erledigt“ is no
    word of /leads', as if such requests could not be seen. /leads lists the open ones;
    the answer says so, and that /lead NUMMER or /lead NAME shows a closed one too."""
    typed = ["/leads erledigt", "/leads Erledigte", "/leads zurückgezogen"]
    _numbers, said = await said_in_two_offices_group(database_url, tmp_path, typed)

    for text in typed:
        assert said[text].startswith("/leads zeigt nur offene Anfragen (dazu: /leads neu")
        assert (
            "Eine erledigte oder zurückgezogene zeigt /lead NUMMER oder /lead NAME" in (said[text])
        )


async def test_export_with_a_number_exports_that_request_only(
    database_url: str, tmp_path: Path
) -> None:
    """QA: Anna typed "/export 12" for one request's file and got every request of the
    group. The number exports that one; another group's number is not here; other words
    are answered with what /export does."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            sessions = desk.services.sessionmaker
            await add_lead(sessions, timedelta(hours=3), name="A")  # not exported
            wanted = await add_lead(sessions, timedelta(hours=2), name="B")
            dresden = await add_lead(sessions, timedelta(hours=1), office="dresden", name="D")
            await desk.deliver()
            await fake.wait_sent(LEIPZIG_GROUP, 2)
            fake.group_message(LEIPZIG_GROUP, ANNA, f"/export {wanted}")
            [document] = await fake.wait_for(lambda: fake.documents(LEIPZIG_GROUP))
            elsewhere = await command(desk, LEIPZIG_GROUP, ANNA, f"/export #{dresden}")
            unknown = await command(desk, LEIPZIG_GROUP, ANNA, "/export Dresden")
            await settled(desk.app, fake)

    rows = list(csv.reader(io.StringIO(document.content.decode("utf-8-sig")), delimiter=";"))
    assert [int(row[0]) for row in rows[1:]] == [wanted]
    assert document.caption == f"Export: Anfrage #{wanted}"
    assert elsewhere.plain_text == "Diese Anfrage gibt es in dieser Gruppe nicht."
    assert unknown.plain_text.startswith(
        "Die Anfragen des Büros Dresden stehen nicht in dieser Gruppe;"
    )
    assert "/export 12" in unknown.plain_text
    assert len(fake.documents(LEIPZIG_GROUP)) == 1


async def test_export_with_several_numbers_sends_none_and_says_one_per_command(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/export 1 2" was told „2“ is no word of /export's, "/export 1,2" that „1,2“
    is none. Nothing is sent, and the advisor is told one request goes per command, with
    each command to copy (its kind of file kept), as "/lead 1,2" says it."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            number = await announced_lead(desk)
            said = await commands(
                desk, [f"/export {number}{x}2" for x in (" ", ",", ", ", " und ")]
            )
            excel = await command(desk, LEIPZIG_GROUP, ANNA, f"/export Excel {number};2")
            await settled(desk.app, fake)

    for answer in said:
        assert answer.plain_text.startswith("Nicht gesendet: Je Befehl wird eine Anfrage")
        assert f"/export {number}, /export 2" in answer.plain_text
    assert f"/export {number} Excel, /export 2 Excel" in excel.plain_text
    assert fake.documents(LEIPZIG_GROUP) == []


async def test_export_with_the_files_kind_sends_that_kind(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/export Excel", "/export xlsx" and even "/export csv" were "„csv“ kennt /export
    nicht": the kind of file is no unknown word. Excel's gets the XLSX the inbox offers,
    "csv" the CSV file /export sends anyway, also with a request's number."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id = await announced_lead(desk)
            for typed in ("/export Excel", "/export xlsx", f"/export {lead_id} csv"):
                seen = len(fake.documents(LEIPZIG_GROUP))
                fake.group_message(LEIPZIG_GROUP, ANNA, typed)
                await fake.wait_for(lambda seen=seen: len(fake.documents(LEIPZIG_GROUP)) > seen)
            await settled(desk.app, fake)

    excel, xlsx, one = fake.documents(LEIPZIG_GROUP)
    assert excel.filename is not None and excel.filename.endswith(".xlsx")
    assert excel.content.startswith(b"PK")  # a zip: the XLSX, not a CSV
    assert xlsx.filename == excel.filename
    assert one.filename is not None and one.filename.endswith(".csv")
    assert one.caption == f"Export: Anfrage #{lead_id}"


async def test_a_number_glued_to_a_command_is_read_as_telegram_marks_it(
    database_url: str, tmp_path: Path
) -> None:
    """QA: Telegram ends a command at the first sign that is no Latin letter, digit or "_":
    "/lead#1" is the command "/lead" with "#1" glued to it, and the bot read no words
    after it ("Bitte so: /lead NUMMER"); "/export#1" sent every request of the group;
    "/lead1?" was "Den Befehl /lead1? gibt es nicht", without the guess "/lead1" gets."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id = await announced_lead(desk)
            other = await add_lead(desk.services.sessionmaker, timedelta(hours=2), name="X")
            await desk.deliver()
            await fake.wait_sent(LEIPZIG_GROUP, 2)
            shown = await command(desk, LEIPZIG_GROUP, ANNA, f"/lead#{lead_id}")
            asked = await command(desk, LEIPZIG_GROUP, ANNA, f"/lead:{lead_id}?")
            guessed = await command(desk, LEIPZIG_GROUP, ANNA, f"/lead{lead_id}?")
            fake.group_message(LEIPZIG_GROUP, ANNA, f"/export#{other}")
            [document] = await fake.wait_for(lambda: fake.documents(LEIPZIG_GROUP))
            listing = await command(desk, LEIPZIG_GROUP, ANNA, "/leads?")

    assert shown.plain_text.startswith(f"📨 Anfrage #{lead_id}") and "Omar" in shown.plain_text
    assert asked.plain_text.startswith(f"📨 Anfrage #{lead_id}")
    assert guessed.plain_text.startswith(f"Den Befehl /lead{lead_id} gibt es nicht.")
    assert f"Meinten Sie /lead {lead_id}?" in guessed.plain_text
    assert document.caption == f"Export: Anfrage #{other}"
    assert listing.plain_text.startswith("Offene Anfragen (2)")


async def test_leads_reads_offices_as_they_are_said_and_taken_requests(
    database_url: str, tmp_path: Path
) -> None:
    """QA: in the group of Leipzig and Chemnitz "/leads Chemnitz Leipzig" showed Leipzig's
    only (the last office named), "/leads KAUSA Chemnitz" and "/leads übernommen" were
    words /leads did not know. QA: so were, on a keyboard without umlauts, "/leads
    uebernommen" and "/leads Buero Chemnitz", and in a hurry "/leads übernomen" and
    "/leads meien": a list changes nothing, they are read as meant."""
    typed = [
        "/leads Chemnitz Leipzig",
        "/leads KAUSA Chemnitz",
        "/leads übernommen",
        "/leads Büro Chemnitz, neu",
        "/leads uebernommen",
        "/leads übernomen",
        "/leads Buero Chemnitz",
        "/leads meien",
    ]
    [_new, chemnitz, taken], said = await said_in_two_offices_group(database_url, tmp_path, typed)

    assert said["/leads Chemnitz Leipzig"].startswith("Offene Anfragen (3)")
    assert numbers(said["/leads KAUSA Chemnitz"]) == [chemnitz]
    assert said["/leads übernommen"].startswith("Übernommene Anfragen (1)")
    assert numbers(said["/leads übernommen"]) == [taken]
    assert numbers(said["/leads Büro Chemnitz, neu"]) == [chemnitz]
    assert said["/leads uebernommen"].startswith("Übernommene Anfragen (1)")
    assert numbers(said["/leads uebernommen"]) == [taken]
    assert numbers(said["/leads übernomen"]) == [taken]
    assert numbers(said["/leads Buero Chemnitz"]) == [chemnitz]
    assert said["/leads meien"].startswith("Ihre offenen Anfragen (1)")


async def test_export_of_one_office_in_a_group_of_two(database_url: str, tmp_path: Path) -> None:
    """QA: in the group of Leipzig and Chemnitz "/export Chemnitz" was a word /export did
    not know, and "/export 1 2" named the "1" it had understood as the unknown word."""
    async with two_offices_desk(database_url, tmp_path) as desk:
        fake, sessions = desk.fake, desk.services.sessionmaker
        first = await add_lead(sessions, timedelta(hours=3), name="L")
        chemnitz = await add_lead(
            sessions, timedelta(hours=2), office="chemnitz", postal_code="09111", name="C"
        )
        await desk.deliver()
        await fake.wait_sent(LEIPZIG_GROUP, 2)
        fake.group_message(LEIPZIG_GROUP, ANNA, "/export Büro Chemnitz")
        [document] = await fake.wait_for(lambda: fake.documents(LEIPZIG_GROUP))
        two = await command(desk, LEIPZIG_GROUP, ANNA, f"/export {first} {chemnitz}")
        unknown = await command(desk, LEIPZIG_GROUP, ANNA, f"/export {first} Hallo")

    rows = list(csv.reader(io.StringIO(document.content.decode("utf-8-sig")), delimiter=";"))
    assert [int(row[0]) for row in rows[1:]] == [chemnitz]
    assert document.filename is not None and "chemnitz" in document.filename
    # Two requests' numbers: one per command (it was „2“ kennt /export nicht).
    assert f"Bitte einzeln: /export {first}, /export {chemnitz}" in two.plain_text
    assert unknown.plain_text.startswith("„Hallo“ kennt /export nicht.")
    assert "/export Chemnitz die eines Büros" in unknown.plain_text


async def test_stats_of_one_office_in_a_group_of_two(database_url: str, tmp_path: Path) -> None:
    """QA: in the group of Leipzig and Chemnitz "/stats Chemnitz" counted both offices'
    requests, the word ignored; a word /stats does not know is answered."""
    # QA: "Buero" (the umlaut written out) and "für" were words /stats did not know.
    typed = ["/stats Chemnitz", "/stats Umsatz", "/stats Buero Chemnitz", "/stats für Chemnitz"]
    _leads, said = await said_in_two_offices_group(database_url, tmp_path, typed)

    table = said["/stats Chemnitz"]
    assert [line.split() for line in table.splitlines() if "gesamt" in line] == [
        ["Anfragen", "gesamt", "1", "1"]
    ]
    assert "Leipzig" not in table
    assert said["/stats Buero Chemnitz"] == said["/stats für Chemnitz"] == table
    assert said["/stats Umsatz"].startswith("„Umsatz“ kennt /stats nicht.")
    assert "/stats Chemnitz die eines Büros" in said["/stats Umsatz"]


async def test_stats_of_a_period_shows_the_stats_of_7_and_30_days(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/stats Woche", "/stats 30" and "/stats heute" were told "„Woche“ kennt /stats
    nicht", and the 7- and 30-day figures shown anyway: such words show them, as /stats
    does (with an office named, that office's)."""
    periods = ["/stats Woche", "/stats 30", "/stats heute", "/stats letzte 7 Tage", "/stats Monat"]
    typed = ["/stats", "/stats Chemnitz", *periods, "/stats Chemnitz diese Woche"]
    _leads, said = await said_in_two_offices_group(database_url, tmp_path, typed)

    assert "gesamt" in said["/stats"]
    assert all(said[text] == said["/stats"] for text in periods)
    assert said["/stats Chemnitz diese Woche"] == said["/stats Chemnitz"] != said["/stats"]


async def test_a_note_command_with_its_number_glued_on_is_kept(
    database_url: str, tmp_path: Path
) -> None:
    """QA: Telegram ends "/notiz#1 Rückruf morgen" as the command "/notiz" with "#1" glued
    to it: Anna was told "Den Befehl /notiz gibt es nicht", and her note was kept nowhere.
    A "?" glued on is no note ("/notiz?")."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id = await announced_lead(desk)
            kept = await command(desk, LEIPZIG_GROUP, ANNA, f"/notiz#{lead_id} Rückruf\nmorgen")
            asked = await command(desk, LEIPZIG_GROUP, ANNA, "/notiz?")
            rows = await conversation_rows(desk)

    assert kept.plain_text == "📝 Als interne Notiz gespeichert."
    assert [(r.lead_id, r.direction, r.text) for r in rows] == [
        (lead_id, "note", "Rückruf\nmorgen")
    ]
    assert asked.plain_text.startswith("⚠️ Nicht gespeichert: Zu welcher Anfrage?")


async def test_lead_by_name(database_url: str, tmp_path: Path) -> None:
    """QA: "/lead Mehmet" (a caller's name, the number unknown) only got how to write
    /lead NUMMER, while the inbox searches names. One request of this group's offices
    shows as "/lead 12" does, several are listed briefly, none is said so."""
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings, fake) as desk:
            sessions = desk.services.sessionmaker
            open_one = await add_lead(sessions, timedelta(days=3))
            done = await add_lead(sessions, timedelta(days=1), status="done", name="Mehmet Kaya")
            dresden = await add_lead(sessions, timedelta(hours=1), office="dresden")
            olena = await add_lead(sessions, timedelta(hours=2), flow="young", name="Olena")
            several = await command(desk, LEIPZIG_GROUP, ANNA, "/lead Mehmet")
            one = await command(desk, LEIPZIG_GROUP, ANNA, "/lead olena")
            none = await command(desk, LEIPZIG_GROUP, ANNA, "/lead Müller")
            # QA, 2026-12-06: a caller's number showed lead 341 ("/lead 0341 …").
            by_phone = await command(desk, LEIPZIG_GROUP, ANNA, "/lead 0341 1234567")
            no_phone = await command(desk, LEIPZIG_GROUP, ANNA, "/lead +49 341 999999")
            audit = await desk.audit()

    lines = several.plain_text.splitlines()
    assert lines[0] == "Anfragen mit „Mehmet“ im Namen (2), offene zuerst:"
    assert lines[2].startswith(f"#{open_one} · neu · Leipzig · Betrieb · Mehmet Öztürk")
    assert lines[3].startswith(f"#{done} · erledigt · Leipzig · Betrieb · Mehmet Kaya")
    assert f"#{dresden}" not in several.plain_text and f"#{olena}" not in several.plain_text
    assert "Details: /lead NUMMER" in several.plain_text
    # One found: the request itself, its reading audited as "/lead N" audits it.
    assert f"#{olena}" in one.plain_text and "Verlauf" in one.plain_text
    assert ("read", olena, ANNA) in [(e.action, e.lead_id, e.actor_id) for e in audit]
    assert none.plain_text.startswith(
        "In dieser Gruppe gibt es keine Anfrage mit „Müller“ im Namen"
    )
    assert "/lead 12" in none.plain_text
    phone_lines = by_phone.plain_text.splitlines()
    assert phone_lines[0] == "Anfragen mit der Telefonnummer „0341 1234567“ (3), offene zuerst:"
    assert [line.split(" · ")[0] for line in phone_lines[2:5]] == [
        f"#{open_one}",
        f"#{olena}",
        f"#{done}",
    ]
    assert f"#{dresden}" not in by_phone.plain_text
    assert no_phone.plain_text.startswith(
        "In dieser Gruppe gibt es keine Anfrage mit der Telefonnummer „+49 341 999999“"
    )


async def test_leads_words_after_lead_show_the_list(database_url: str, tmp_path: Path) -> None:
    """QA: "/lead neu", "/lead meine" and "/lead alle" (the s of /leads left out) were told
    there is no request with „neu“ in the name. With no such name they list what /leads
    would; a name still finds its request."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            sessions = desk.services.sessionmaker
            omar = await add_lead(sessions, timedelta(hours=2), name="Omar Haddad")
            await desk.deliver()
            await fake.wait_sent(LEIPZIG_GROUP, 1)
            new, mine, every, named = await commands(
                desk, ["/lead neu", "/lead meine", "/lead alle", "/lead Haddad"]
            )

    assert new.plain_text.startswith("Neue Anfragen (1)") and f"#{omar}" in new.plain_text
    assert mine.plain_text.startswith("Sie haben keine offenen Anfragen")
    assert every.plain_text.startswith("Offene Anfragen (1)")
    assert f"#{omar}" in named.plain_text and "Verlauf" in named.plain_text


async def test_lead_by_email_address(database_url: str, tmp_path: Path) -> None:
    """QA: "/lead ayse.yilmaz@gmx.de" (the address of a mail the person wrote the office)
    was told there is no request with „ayse.yilmaz@gmx.de“ in the name, though there was.
    The address finds the request, in any case, as the inbox's search does."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            sessions = desk.services.sessionmaker
            hers = await add_lead(sessions, timedelta(hours=2), email="Ayse.Yilmaz@gmx.de")
            await add_lead(sessions, timedelta(hours=1), email="eda@gmx.de")
            found = await command(desk, LEIPZIG_GROUP, ANNA, "/lead AYSE.YILMAZ@gmx.de")
            several = await command(desk, LEIPZIG_GROUP, ANNA, "/lead @gmx.de")
            none = await command(desk, LEIPZIG_GROUP, ANNA, "/lead olena@web.de")

    assert f"#{hers}" in found.plain_text and "Verlauf" in found.plain_text
    assert several.plain_text.startswith("Anfragen mit der E-Mail-Adresse")
    assert "(2), offene zuerst:" in several.plain_text.splitlines()[0]
    assert none.plain_text.startswith(
        "In dieser Gruppe gibt es keine Anfrage mit der E-Mail-Adresse „olena"
    )


async def test_erase_and_hand_over_by_name_list_the_requests_with_their_commands(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/loeschen Omar", "/loeschen omar@web.de" and "/weitergeben Omar Dresden" got
    how the command is written. The person's name is what a caller gives: the requests
    with it are listed as "/lead Omar" lists them, each with the command to copy. Nothing
    is erased or handed over by a name, even when one request has it."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            sessions = desk.services.sessionmaker
            first = await add_lead(sessions, timedelta(hours=3), name="Omar Haddad")
            second = await add_lead(sessions, timedelta(hours=2), name="Omar Said")
            mailed = await add_lead(sessions, timedelta(hours=1), email="omar@web.de")
            erase, by_mail, hand_over, none = await commands(
                desk,
                [
                    "/loeschen Omar",
                    "/loeschen omar@web.de",
                    "/weitergeben Omar nach Dresden – wohnt dort",
                    "/loeschen Zoran",
                ],
            )
            async with sessions() as session:
                leads = (await session.execute(sa.select(Lead))).scalars().all()

    # Nothing erased, nothing handed over.
    assert [(lead.office, lead.phone is not None) for lead in leads] == [("leipzig", True)] * 3
    erased = erase.plain_text
    assert erased.startswith("Anfragen mit „Omar“ im Namen (2), offene zuerst:")
    assert f"#{first}" in erased and f"#{second}" in erased and f"#{mailed}" not in erased
    assert "Nicht gelöscht" in erased
    assert f"/loeschen {first}" in erased and f"/loeschen {second}" in erased
    assert by_mail.plain_text.startswith("Anfragen mit der E-Mail-Adresse „omar@")
    assert "(1), offene zuerst:" in by_mail.plain_text.splitlines()[0]
    assert f"/loeschen {mailed}" in by_mail.plain_text and "Verlauf" not in by_mail.plain_text
    handed = hand_over.plain_text
    assert "Nicht weitergegeben" in handed
    for number in (first, second):
        assert f"/weitergeben {number} Dresden wohnt dort" in handed
    assert none.plain_text.startswith("In dieser Gruppe gibt es keine Anfrage mit „Zoran“")
    assert "/loeschen 12" in none.plain_text


async def omar_said_and(
    database_url: str, tmp_path: Path, typed: Sequence[str]
) -> tuple[int, list[SentMessage]]:
    """The number of Leipzig's request of "Omar Said", and the answers to ``typed``."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            said = await add_lead(desk.services.sessionmaker, timedelta(hours=2), name="Omar Said")
            return said, await commands(desk, typed)


async def test_hand_over_by_a_name_without_an_office_lists_the_requests(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/weitergeben Omar Said" (the office not yet said) got how the command is
    written. The requests with the name are listed, each command to copy with BÜRO and the
    offices there are; a typo of an office ("/weitergeben Dresdn") is still read as one,
    and a word no request has in its name ("/weitergeben Görlitz") answered as before."""
    typed = ["/weitergeben Omar Said", "/weitergeben Dresdn", "/weitergeben Görlitz"]
    said, (named, typo, elsewhere) = await omar_said_and(database_url, tmp_path, typed)

    assert named.plain_text.startswith("Anfragen mit „Omar Said“ im Namen (1)")
    assert f"/weitergeben {said} BÜRO" in named.plain_text
    assert "Dresden" in named.plain_text and "Chemnitz" in named.plain_text
    assert "Omar" not in typo.plain_text
    # No request with the name: how the command is written, as before.
    assert elsewhere.plain_text.startswith("Bitte so: /weitergeben NUMMER BÜRO")


async def test_a_polite_word_after_a_name_is_no_part_of_it(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/lead Omar Said bitte" and "/loeschen Omar bitte" were told there is no
    request with „Omar Said bitte“ in the name: the "bitte" is let be, as after a number."""
    typed = ["/lead Omar Said bitte", "/loeschen Omar bitte"]
    said, (shown, listed) = await omar_said_and(database_url, tmp_path, typed)

    assert f"#{said}" in shown.plain_text and "Verlauf" in shown.plain_text
    assert listed.plain_text.startswith("Anfragen mit „Omar“ im Namen (1)")
    assert f"/loeschen {said}" in listed.plain_text


async def test_export_by_a_name_lists_the_requests_with_their_commands(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/export Omar" was told „Omar“ is no word of /export's. The requests with the
    name are listed, each "/export N" to copy (the kind of file kept); a word no request
    has in its name is answered as before."""
    typed = ["/export Omar", "/export Excel Omar", "/export Zoran"]
    omar, (named, excel, unknown) = await omar_said_and(database_url, tmp_path, typed)

    assert named.plain_text.startswith("Anfragen mit „Omar“ im Namen (1)")
    assert f"/export {omar}" in named.plain_text and "Nicht gesendet" in named.plain_text
    assert f"/export {omar} Excel" in excel.plain_text
    assert unknown.plain_text.startswith("„Zoran“ kennt /export nicht.")


async def test_a_phone_number_written_with_a_bracketed_zero_is_shown_as_typed(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "+49 (0)341 …", as e-mail signatures write a number, came back as "+49 0)341 …"
    in the refusal of "/loeschen +49 (0)341 123456" (and in the /lead it offered to copy)
    and in "/lead"'s answers: the bracket was taken for a sign around a word. The number
    is shown as the advisor typed it."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id = await add_lead(desk.services.sessionmaker, timedelta(hours=1))
            refused = await command(desk, LEIPZIG_GROUP, ANNA, "/loeschen +49 (0)341 123456")
            none = await command(desk, LEIPZIG_GROUP, ANNA, "/lead +49(0)341 999999")
            found = await command(desk, LEIPZIG_GROUP, ANNA, "/lead +49 (0)341 1234567")

    assert refused.plain_text.startswith("„+49 (0)341 123456“: Mit 0 oder + vorne")
    assert "/lead +49 (0)341 123456," in refused.plain_text
    assert none.plain_text.startswith(
        "In dieser Gruppe gibt es keine Anfrage mit der Telefonnummer „+49(0)341 999999“"
    )
    assert f"#{lead_id}" in found.plain_text and "Verlauf" in found.plain_text


async def test_lead_with_a_number_word_and_no_number_says_how_to_write_it(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/lead Nr." and "/lead #" (the number not typed yet) and "/lead -1" were
    searched as names: "keine Anfrage mit „Nr“ im Namen". No name is so: the bot says
    how /lead is written, as for "/lead" alone."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            await add_lead(desk.services.sessionmaker, timedelta(hours=1))
            said = [
                (await command(desk, LEIPZIG_GROUP, ANNA, text)).plain_text
                for text in ("/lead Nr.", "/lead #", "/lead Anfrage", "/lead -1")
            ]

    assert said == [replies.LEAD_USAGE] * 4


async def test_words_after_a_phone_number_do_not_make_it_a_request_number(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/lead 0341 1234567 Kaya" and "/lead 0341 1234567 bitte" (a caller's number
    and their name, or a word more) showed request 341, its area code read as a number
    with words after it. The request is looked up by the phone number, as without them."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id = await add_lead(desk.services.sessionmaker, timedelta(hours=1))
            named = await command(desk, LEIPZIG_GROUP, ANNA, "/lead 0341 1234567 Kaya")
            asked = await command(desk, LEIPZIG_GROUP, ANNA, "/lead 0341 999999 bitte")

    assert f"#{lead_id}" in named.plain_text and "Verlauf" in named.plain_text
    assert asked.plain_text.startswith(
        "In dieser Gruppe gibt es keine Anfrage mit der Telefonnummer „0341 999999“"
    )


async def test_an_advisor_command_in_the_private_chat_points_to_the_group(
    database_url: str, tmp_path: Path
) -> None:
    """QA: Anna typed "/leads" and "/notiz 1 Rückruf morgen" in her own chat with the
    bot (between two calls, the wrong chat open): "Diesen Befehl kenne ich nicht", and
    the language question of a person's first visit; her note was kept nowhere. An
    advisor is told the commands work in her office's group (and that the note was not
    kept); a person's "/leads" is still the dialogue's."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id = await announced_lead(desk)
            said: dict[str, list[str]] = {}
            for user, text in [(ANNA, "/leads"), (ANNA, f"/notiz {lead_id} Rückruf morgen")]:
                seen = len(fake.sent(user))
                fake.user_message(user, text)
                said[text] = (await fake.wait_sent(user, seen + 1))[seen:]
            fake.user_message(PERSON_ID, "/leads")
            person = await fake.wait_sent(PERSON_ID, 1)
            rows = await conversation_rows(desk)

    listed, noted = said["/leads"], said[f"/notiz {lead_id} Rückruf morgen"]
    assert [m.plain_text for m in listed] == [
        "Die Befehle für Beraterinnen und Berater gehen in der Gruppe Ihres Büros (Leipzig), "
        "nicht hier im Chat mit dem Bot."
    ]
    assert [m.plain_text for m in noted] == [
        "⚠️ Nicht gespeichert: Die Befehle für Beraterinnen und Berater gehen in der Gruppe "
        "Ihres Büros (Leipzig), nicht hier im Chat mit dem Bot."
    ]
    assert listed[0].button_texts == []
    assert rows == []
    assert "Diesen Befehl kenne ich nicht" in person[0].plain_text


async def test_a_group_that_refuses_the_command_menu_is_logged_by_the_error_type(
    database_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Like every warning, the menu's names Telegram's error by its type, not its text
    (docs/operations.md, "Logs": no message text in the journal)."""
    caplog.set_level(logging.WARNING, logger="bot.handlers.advisor")
    async with FakeBotAPI() as fake:
        fake.fail_next("setMyCommands", 400, times=9, description="Bad Request: said «Omar»")
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            # As at every start (bot.app), here once the bot is running.
            await advisor.publish_commands(desk.app)

    assert "could not publish advisor commands in chat" in caplog.text
    assert "(BadRequest)" in caplog.text and "Omar" not in caplog.text


async def test_hand_over_by_a_name_to_the_own_office_offers_no_command(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/weitergeben Omar Leipzig" typed in Leipzig's own group listed Omar's requests
    with "/weitergeben 1 Leipzig" to copy, which is then refused (the request is
    Leipzig's). The answer says plainly that they are Leipzig's already, and offers no
    command."""
    typed = ["/weitergeben Omar Leipzig", "/weitergeben Omar Said an Leipzig"]
    said, (named, to_leipzig) = await omar_said_and(database_url, tmp_path, typed)

    for answer in (named, to_leipzig):
        assert f"#{said}" in answer.plain_text
        assert f"Anfrage #{said} liegt schon beim Büro Leipzig" in answer.plain_text
        assert "/weitergeben" not in answer.plain_text


async def test_lead_by_a_name_then_a_number(database_url: str, tmp_path: Path) -> None:
    """QA: "/lead Omar 2" (the caller's name, then the number they read out) was told
    there is no request with „Omar 2“ in the name. Request 2 is shown when it is Omar's;
    when it is not, Omar's requests are listed with the commands to copy."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            sessions = desk.services.sessionmaker
            omar = await add_lead(sessions, timedelta(hours=3), name="Omar Haddad")
            olena = await add_lead(sessions, timedelta(hours=2), name="Olena Koval")
            his, not_his, none = await commands(
                desk, [f"/lead Omar {omar}", f"/lead Omar Nr. {olena}", f"/lead Zoran {omar}"]
            )

    assert f"#{omar}" in his.plain_text and "Verlauf" in his.plain_text
    listed = not_his.plain_text
    assert listed.startswith("Anfragen mit „Omar“ im Namen (1)")
    assert f"Anfrage #{olena} hat nicht „Omar“ im Namen" in listed
    assert f"/lead {omar}" in listed and "Olena" not in listed
    assert none.plain_text.startswith("In dieser Gruppe gibt es keine Anfrage mit „Zoran“")
    assert f"/lead {omar}" in none.plain_text


async def exported(desk: Desk, text: str) -> tuple[list[int], str]:
    """The requests' numbers in the file Anna's ``text`` sends to Leipzig's group, and its
    caption."""
    seen = len(desk.fake.documents(LEIPZIG_GROUP))
    desk.fake.group_message(LEIPZIG_GROUP, ANNA, text)
    documents = await desk.fake.wait_for(lambda: desk.fake.documents(LEIPZIG_GROUP)[seen:] or None)
    rows = csv.reader(io.StringIO(documents[0].content.decode("utf-8-sig")), delimiter=";")
    return sorted(int(row[0]) for row in list(rows)[1:]), documents[0].caption or ""


async def test_export_of_the_new_mine_or_open_requests(database_url: str, tmp_path: Path) -> None:
    """QA: "/export neu" (the new requests, to call them through) was told „neu“ is no word
    of /export's. /leads' words choose the requests of the file as they choose the list:
    "neu", "meine", "offen"; "alle" is what /export sends anyway."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            sessions = desk.services.sessionmaker
            new = await add_lead(sessions, timedelta(hours=3), name="Omar Haddad")
            hers = await add_lead(
                sessions, timedelta(hours=2), status="claimed", claimed_by=ANNA, name="Eda"
            )
            done = await add_lead(sessions, timedelta(hours=1), status="done", name="Zoran")
            new_ones, new_caption = await exported(desk, "/export neu")
            mine, _ = await exported(desk, "/export meine")
            still_open, _ = await exported(desk, "/export offene")
            every, _ = await exported(desk, "/export alle")

    assert new_ones == [new] and "Neue Anfragen" in new_caption
    assert mine == [hers]
    assert still_open == [new, hers]
    assert every == [new, hers, done]


async def test_an_office_typed_a_letter_off_is_read_in_lists_and_figures(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/leads Lepzig" and "/stats Leipzg" in Leipzig's group were told the word is
    unknown, and "/export Chemniz" there too, not that Chemnitz's requests are another
    group's. A list, the figures or a file change nothing: an office a letter or two off
    is read as that office, as /leads reads "übernomen" (a hand-over still only names it)."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id = await add_lead(desk.services.sessionmaker, timedelta(hours=1))
            listed, figures, elsewhere, not_here = await commands(
                desk, ["/leads Lepzig", "/stats Leipzg", "/export Chemniz", "/leads Dresdn"]
            )
            own, _caption = await exported(desk, f"/export {lead_id} Lepzig")

    assert listed.plain_text.startswith("Offene Anfragen (1)") and f"#{lead_id}" in listed.text
    assert "7 Tage  30 Tage" in figures.plain_text
    assert elsewhere.plain_text.startswith("Die Anfragen des Büros Chemnitz stehen nicht")
    assert not_here.plain_text.startswith("Die Anfragen des Büros Dresden stehen nicht")
    assert own == [lead_id]


async def test_leads_with_a_name_looks_the_name_up_as_lead_does(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/leads Omar" (an s too many, as "/leads 12" is read as "/lead 12") was told
    „Omar“ is no word of /leads'. The requests with the name are found as "/lead Omar"
    finds them; a word no request has in its name is answered as before."""
    typed = ["/leads Omar Said", "/leads heute"]
    said, (named, unknown) = await omar_said_and(database_url, tmp_path, typed)

    assert f"#{said}" in named.plain_text and "Verlauf" in named.plain_text
    assert unknown.plain_text.startswith("„heute“ kennt /leads nicht.")


async def test_the_bots_name_typed_apart_from_the_command_is_no_word_of_it(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/leads @kausa_test_bot" (the name picked from Telegram's list after a space)
    and "/leads neu@kausa_test_bot" were told „@kausa_test_bot“ is no word of /leads'. The
    bot's own name is no word of a command, as in "/leads@kausa_test_bot"."""
    typed = ["/leads @kausa_test_bot", "/leads neu@Kausa_Test_Bot", "/lead @kausa_test_bot Said"]
    said, (listed, new, shown) = await omar_said_and(database_url, tmp_path, typed)

    assert listed.plain_text.startswith("Offene Anfragen (1)")
    assert new.plain_text.startswith("Neue Anfragen (1)")
    assert f"#{said}" in shown.plain_text and "Verlauf" in shown.plain_text


async def test_erase_or_export_by_a_name_then_a_number_lists_the_requests(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/loeschen Omar 2" was told there is no request with „Omar 2“ in the name, and
    "/export Omar 2" that „Omar“ is no word of /export's. The name's requests are listed
    as for "/loeschen Omar", each command to copy; nothing is erased or sent by a name."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            said = await add_lead(desk.services.sessionmaker, timedelta(hours=2), name="Omar Said")
            erase, send = await commands(
                desk, [f"/loeschen Omar {said}", f"/export Omar Nr. {said}"]
            )
            lead = await desk.lead(said)

    for answer, command_to_copy in ((erase, "/loeschen"), (send, "/export")):
        assert answer.plain_text.startswith("Anfragen mit „Omar“ im Namen (1)")
        assert f"{command_to_copy} {said}" in answer.plain_text
    assert "Nicht gelöscht" in erase.plain_text and erase.button_texts == []
    assert not fake.documents(LEIPZIG_GROUP)
    assert lead.name == "Omar Said"


async def test_hand_over_asked_to_the_own_office_offers_no_command(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/weitergeben 1 Leipzig?" and "/weitergeben 1? Leipzig" in Leipzig's group were
    answered "Dann bitte ohne Fragezeichen senden: /weitergeben 1 Leipzig", a command then
    refused. They are told the request is Leipzig's already."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id = await add_lead(desk.services.sessionmaker, timedelta(hours=1))
            answers = await commands(
                desk, [f"/weitergeben {lead_id} Leipzig?", f"/weitergeben {lead_id}? Leipzig"]
            )
            lead = await desk.lead(lead_id)

    for answer in answers:
        assert answer.plain_text == f"Anfrage #{lead_id} liegt schon beim Büro Leipzig."
    assert lead.office == "leipzig"


async def test_hand_over_by_a_name_and_a_mistyped_office_names_the_office_meant(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/weitergeben Omar Said Dresdn" got how the command is written, Omar's
    requests not found. They are listed with the office likely meant and its command to
    copy (never handed over by a name or a guess); a typo of this group's own office
    ("Lepzig") says the requests are there already."""
    typed = ["/weitergeben Omar Said Dresdn – wohnt dort", "/weitergeben Omar Said Lepzig"]
    said, (meant, own) = await omar_said_and(database_url, tmp_path, typed)

    assert meant.plain_text.startswith("Anfragen mit „Omar Said“ im Namen (1)")
    assert "Meinten Sie Dresden?" in meant.plain_text
    assert f"/weitergeben {said} Dresden wohnt dort" in meant.plain_text
    assert f"Anfrage #{said} liegt schon beim Büro Leipzig" in own.plain_text
    assert "/weitergeben" not in own.plain_text


async def test_export_of_none_of_the_chosen_requests_says_so_without_a_file(
    database_url: str, tmp_path: Path
) -> None:
    """An empty file for "/export meine" when she has taken none says less than /leads
    meine does: the same words, and no file."""
    typed = ["/export meine"]
    _said, (mine,) = await omar_said_and(database_url, tmp_path, typed)

    assert mine.plain_text == "Sie haben keine offenen Anfragen übernommen."


async def test_lead_by_a_name_then_two_numbers(database_url: str, tmp_path: Path) -> None:
    """QA: "/lead Omar 1 2" (the caller's name, then two numbers read out) was told there
    is no request with „Omar 1 2“ in the name. The first number is read as after "/lead
    Omar 1", and the other is offered as a command of its own, as "/lead 1 2" does."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            sessions = desk.services.sessionmaker
            omar = await add_lead(sessions, timedelta(hours=3), name="Omar Haddad")
            olena = await add_lead(sessions, timedelta(hours=2), name="Olena Koval")
            seen = len(fake.sent(LEIPZIG_GROUP))
            fake.group_message(LEIPZIG_GROUP, ANNA, f"/lead Omar {omar} {olena}")
            shown, further = (await fake.wait_sent(LEIPZIG_GROUP, seen + 2))[-2:]

    assert f"#{omar}" in shown.plain_text and "Verlauf" in shown.plain_text
    assert "im Namen" not in shown.plain_text
    assert further.text == replies.one_lead_at_a_time([str(olena)])


async def test_a_note_by_a_name_lists_the_requests_with_the_note_to_copy(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/notiz Omar ruft zurück" in a group without topics was answered "Zu welcher
    Anfrage?", Omar's request to be found by hand. The requests with the name are listed
    as for "/loeschen Omar", each "/notiz N" with the note to copy; nothing is kept by a
    name. A note naming no request's person ("/notiz Rückruf Freitag") is answered as
    before."""
    typed = ["/notiz Omar ruft zurück", "/notiz Omar Said: ruft zurück", "/notiz Rückruf Freitag"]
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            said = await add_lead(desk.services.sessionmaker, timedelta(hours=2), name="Omar Said")
            first, whole, unnamed = await commands(desk, typed)
            rows = await conversation_rows(desk)

    assert first.plain_text.startswith("Anfragen mit „Omar“ im Namen (1)")
    assert "Nicht gespeichert" in first.plain_text
    assert f"/notiz {said} Omar ruft zurück" in first.plain_text
    assert whole.plain_text.startswith("Anfragen mit „Omar Said“ im Namen (1)")
    assert f"/notiz {said} Omar Said: ruft zurück" in whole.plain_text
    assert unnamed.plain_text.startswith("⚠️ Nicht gespeichert: Zu welcher Anfrage?")
    assert rows == []


async def test_erase_or_export_by_a_name_then_two_numbers_lists_the_requests(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/loeschen Omar 1 2" was told there is no request with „Omar 1 2“ in the name,
    and "/export Omar 1 2" that „Omar“ is no word of /export's. Omar's requests are listed
    as for "/loeschen Omar 2", each command to copy; nothing is erased or sent."""
    typed = ["/loeschen Omar 1 2", "/export Omar 1 2"]
    said, (erase, send) = await omar_said_and(database_url, tmp_path, typed)

    for answer, command_to_copy in ((erase, "/loeschen"), (send, "/export")):
        assert answer.plain_text.startswith("Anfragen mit „Omar“ im Namen (1)")
        assert f"{command_to_copy} {said}" in answer.plain_text
