"""The conversation in an advisor group without topics: replies and plain messages, over HTTP."""

from __future__ import annotations

import asyncio
import html
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from bot.advisor import asked as held_questions
from bot.advisor import replies
from bot.dialogue.texts import MESSAGE_INTRO, SAXONY, SENT_TO_ADVISOR, city_name
from bot.i18n import translator
from bot.ops.logs import configure_logging
from bot.privacy.rights import anonymize
from db.models import ConversationMessage, GroupCopy, HeldQuestion, Lead, OutboxMessage, User
from db.vocabulary import LeadStatus
from testkit.fake_bot_api import FakeBotAPI, SentMessage
from tests.advisor_desk import (
    ANNA,
    LEIPZIG_GROUP,
    STRANGER,
    Desk,
    add_lead,
    desk_settings,
    running_desk,
    submit_callback_lead,
)
from tests.live_bot import settled

PERSON = 5002


async def queued(desk: Desk, kind: str, count: int = 1) -> list[OutboxMessage]:
    """Wait until the handler has committed ``count`` outbox rows of ``kind``."""

    async def rows() -> list[OutboxMessage]:
        found = [row for row in await desk.outbox_rows() if row.kind == kind]
        return found if len(found) >= count else []

    return await desk.fake.wait_for(rows, message=f"{count} outbox row(s) {kind}")


async def logged(desk: Desk) -> list[ConversationMessage]:
    """The conversation log, oldest first."""
    async with desk.services.sessionmaker() as session:
        query = sa.select(ConversationMessage).order_by(ConversationMessage.id)
        rows = await session.execute(query)
        return list(rows.scalars())


async def test_relay_in_both_directions(
    database_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    t = translator("ar")
    # docs/operations.md, "Logs": no message text, name or Telegram id of the person, in
    # either direction of the relay, also at DEBUG.
    configure_logging("DEBUG")
    caplog.set_level(logging.DEBUG)
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings, fake) as desk:
            chat = await submit_callback_lead(fake, PERSON, lang="ar", phone=None, name="Omar")
            await desk.deliver()
            [announced] = await fake.wait_sent(LEIPZIG_GROUP, 1)
            assert "Antwort über den Bot möglich" in announced.plain_text
            assert "tel:" not in announced.text

            # The advisor replies to the lead message in the group.
            reply = "Guten Tag! Passt <Montag> 10 Uhr?"
            fake.group_message(LEIPZIG_GROUP, ANNA, reply, announced.message_id)
            await queued(desk, "message_to_person")
            seen = len(fake.sent(PERSON))
            await desk.deliver()
            relayed = (await fake.wait_sent(PERSON, seen + 1))[-1]
            asked = fake.sent(LEIPZIG_GROUP)[-1].message_id + 1  # the advisor's message

            # The person simply writes; no swipe-to-reply needed.
            fake.user_message(PERSON, "نعم، الاثنين مناسب")
            receipt = (await fake.wait_sent(PERSON, seen + 2))[-1]
            # Answering the person took the request on: the card says who has it.
            taken = await desk.group_says(LEIPZIG_GROUP, 2)
            await desk.deliver()
            answer = await desk.group_says(LEIPZIG_GROUP, 3)

            # Replying to the person's message in the group reaches them, not introduced again.
            fake.group_message(LEIPZIG_GROUP, ANNA, "Bis Montag!", answer.message_id)
            await queued(desk, "message_to_person", 2)
            await desk.deliver()
            again = (await fake.wait_sent(PERSON, seen + 3))[-1]

            rows = await desk.outbox_rows()
            actions = [e.action for e in await desk.audit(1)]
            log = await logged(desk)

    # The city as every other screen writes it ("لايبزيغ (Leipzig)"), not in Latin letters.
    intro = t.gettext(MESSAGE_INTRO).format(name=t.isolate("Test"), city=city_name("Leipzig", t))
    assert "لايبزيغ" in intro
    assert relayed.parse_mode == "HTML"
    assert relayed.plain_text == f"{intro}\n\n{reply}"
    assert html.escape("<Montag>", quote=False) in relayed.text
    assert fake.reactions[(LEIPZIG_GROUP, asked)] == [{"type": "emoji", "emoji": "👌"}]
    assert receipt.text == t.gettext(SENT_TO_ADVISOR)
    assert taken.edited and taken.message_id == announced.message_id
    assert "Status: übernommen von Test" in taken.plain_text
    assert "Erledigt" in taken.button_texts[2]
    assert answer.reply_to_message_id == announced.message_id
    assert answer.plain_text.startswith("💬 Antwort von Omar (Anfrage #1):")
    assert "نعم، الاثنين مناسب" in answer.plain_text
    assert str(PERSON) not in answer.text
    assert again.plain_text == "Bis Montag!"
    assert [(r.kind, r.status) for r in rows if r.kind.startswith("message_")] == [
        ("message_to_person", "sent"),
        ("message_to_advisors", "sent"),
        ("message_to_person", "sent"),
    ]
    assert [(m.direction, m.text, m.advisor_name) for m in log] == [
        ("to_person", reply, "Test"),
        ("from_person", "نعم، الاثنين مناسب", None),
        ("to_person", "Bis Montag!", "Test"),
    ]
    assert all(m.delivered_at is not None for m in log)
    assert actions.count("relayed_to_person") == 2 and "relayed_from_person" in actions
    assert actions.count("claimed") == 1
    # The answer took the request on: the history says so in that order (it listed the
    # message first, then "übernommen").
    assert actions.index("claimed") < actions.index("relayed_to_person")
    assert chat.seen >= 1
    assert "lead 1" in caplog.text  # the log is not simply empty
    for private in ("Omar", "Montag", "الاثنين", "1234567", str(PERSON)):
        assert private not in caplog.text, private


async def test_replies_of_non_advisors_are_refused(database_url: str, tmp_path: Path) -> None:
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings, fake) as desk:
            await submit_callback_lead(fake, PERSON, phone=None)
            await desk.deliver()
            [announced] = await fake.wait_sent(LEIPZIG_GROUP, 1)
            fake.group_message(LEIPZIG_GROUP, STRANGER, "Ich mach das", announced.message_id)
            refused = await desk.group_says(LEIPZIG_GROUP, 2)
            rows = await desk.outbox_rows()
            log = await logged(desk)

    assert "Nur eingetragene Beraterinnen und Berater" in refused.plain_text
    assert [r.kind for r in rows] == ["lead_new"]
    assert log == []


async def test_a_person_who_blocked_the_bot_cannot_be_reached(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings, fake) as desk:
            await submit_callback_lead(fake, PERSON, phone=None)
            await desk.deliver()
            [announced] = await fake.wait_sent(LEIPZIG_GROUP, 1)

            # Telegram refuses (blocked) before the bot has heard of it.
            fake.block_user(PERSON)
            fake.group_message(LEIPZIG_GROUP, ANNA, "Hallo?", announced.message_id)
            await queued(desk, "message_to_person")
            report = await desk.deliver()
            assert len(report.failed) == 1
            user = await desk.user(PERSON)
            assert user is not None and user.blocked
            await desk.deliver()  # the notice to the group
            # (The card says Anna has it, message 2: she answered.)
            notice = await desk.group_says(LEIPZIG_GROUP, 3)
            assert notice.reply_to_message_id == announced.message_id
            assert "über Telegram nicht erreichbar" in notice.plain_text

            # Now the bot knows: the advisor is told right away, nothing is queued.
            fake.group_message(LEIPZIG_GROUP, ANNA, "Noch da?", announced.message_id)
            direct = await desk.group_says(LEIPZIG_GROUP, 4)
            rows = await desk.outbox_rows()

    assert (
        "nicht erreichbar" in direct.plain_text
        and "telefonisch oder per E-Mail" in direct.plain_text
    )
    kinds = ["lead_new", "message_to_person", "lead_refresh", "group_notice"]
    assert [r.kind for r in rows] == kinds
    failed = rows[1]
    assert failed.status == "failed" and failed.last_error is not None
    assert "Forbidden" in failed.last_error and "Hallo" not in failed.last_error


async def test_a_message_the_person_withdrew_before_is_said_not_delivered(
    database_url: str, tmp_path: Path
) -> None:
    # The person deleted their data before the outbox sent Anna's message: it was
    # cancelled without a word (no 👌 either), and she believed it delivered.
    async with announced_lead(database_url, tmp_path, "en") as lead:
        lead.fake.group_message(LEIPZIG_GROUP, ANNA, "Wann passt es?", lead.card.message_id)
        await queued(lead.desk, "message_to_person")
        await lead.chat.command("/delete")
        await lead.chat.press("Yes, delete everything")
        await lead.desk.deliver()  # the message is cancelled, a notice queued
        await lead.desk.deliver()
        rows = await lead.desk.outbox_rows()
        group = lead.fake.sent(LEIPZIG_GROUP)
    told = [m.plain_text for m in group if "nicht zugestellt" in m.plain_text]
    assert told == [
        "⚠️ Anfrage #1: Eine Nachricht an die Person wurde nicht zugestellt. Die Person hat "
        "ihre Anfrage zurückgezogen; bitte nicht mehr kontaktieren."
    ]
    assert ("message_to_person", "cancelled") in {(r.kind, r.status) for r in rows}


async def test_a_reply_to_a_withdrawn_request_says_it_was_not_passed_on(
    database_url: str, tmp_path: Path
) -> None:
    """Anna replied to the card of a request the person had withdrawn (/delete) and was
    told only "Die Person hat ihre Anfrage zurückgezogen; bitte nicht mehr kontaktieren":
    whether her words had gone was left open, where for an erased or expired request the
    answer starts "Nicht weitergegeben". It does here too."""
    async with announced_lead(database_url, tmp_path, "en") as lead:
        await lead.chat.command("/delete")
        await lead.chat.press("Yes, delete everything")
        await queued(lead.desk, "group_erase")
        seen = len(lead.fake.sent(LEIPZIG_GROUP))
        lead.fake.group_message(LEIPZIG_GROUP, ANNA, "Wann passt es?", lead.card.message_id)
        told = (await lead.fake.wait_sent(LEIPZIG_GROUP, seen + 1))[-1]

    assert told.plain_text == (
        "Nicht weitergegeben: Die Person hat ihre Anfrage zurückgezogen; bitte nicht mehr "
        "kontaktieren."
    )


async def test_a_withdrawn_request_leaves_no_personal_data_in_the_group(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings, fake) as desk:
            chat = await submit_callback_lead(fake, PERSON, name="Ayşe Yılmaz")
            await desk.deliver()
            [announced] = await fake.wait_sent(LEIPZIG_GROUP, 1)
            await desk.press(LEIPZIG_GROUP, ANNA, announced, "Übernehmen")
            await desk.group_says(LEIPZIG_GROUP, 2)
            await chat.command("/delete")
            await chat.press("Yes, delete everything")
            report = await desk.deliver()
            withdrawn = await desk.group_says(LEIPZIG_GROUP, 3)
            lead = await desk.lead(1)
            rows = await desk.outbox_rows()

    assert withdrawn.edited and withdrawn.message_id == announced.message_id
    assert "zurückgezogen" in withdrawn.plain_text and withdrawn.buttons == []
    for secret in ("Ayşe", "1234567", "ayse_y"):
        assert secret not in withdrawn.text
    assert lead.status == "withdrawn" and lead.name is None
    # The claim message to the person was never sent: they are gone.
    assert {(r.kind, r.status) for r in rows} == {
        ("lead_new", "sent"),
        ("person_claimed", "cancelled"),
        ("lead_withdrawn", "sent"),
        ("group_erase", "sent"),
    }
    assert len(report.cancelled) == 1


async def test_erasure_removes_the_conversation(database_url: str, tmp_path: Path) -> None:
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings, fake) as desk:
            chat = await submit_callback_lead(fake, PERSON, phone=None)
            await desk.deliver()
            [announced] = await fake.wait_sent(LEIPZIG_GROUP, 1)
            fake.group_message(LEIPZIG_GROUP, ANNA, "Wann passt es?", announced.message_id)
            await queued(desk, "message_to_person")
            await desk.deliver()
            await fake.wait_sent(PERSON, chat.seen + 1)
            fake.user_media(PERSON, "photo", caption="Morgen um 9, Tel. 0176 5550000")
            receipt = translator("en").gettext(SENT_TO_ADVISOR)
            await fake.wait_for(lambda: fake.sent(PERSON)[-1].text == receipt)
            await queued(desk, "message_to_advisors")
            # The person deletes everything before their photo went out.
            chat.seen = len(fake.sent(PERSON))
            await chat.command("/delete")
            await chat.press("Yes, delete everything")
            report = await desk.deliver()
            log = await logged(desk)
            rows = await desk.outbox_rows()

    photo = next(r for r in rows if r.kind == "message_to_advisors")
    assert photo.status == "cancelled"
    assert report.cancelled == [photo.id]
    assert log == []
    assert fake.calls_to("copyMessage", LEIPZIG_GROUP) == []
    assert "zurückgezogen" in fake.sent(LEIPZIG_GROUP)[-1].plain_text


@dataclass
class Announced:
    """A person's request in the Leipzig group: the desk, its card, and how many messages
    the person had then."""

    fake: FakeBotAPI
    desk: Any
    card: Any
    seen: int
    #: The person's chat with the bot.
    chat: Any = None


#: A second Leipzig advisor, for the tests where a colleague acts.
CARLA = 7003


@asynccontextmanager
async def announced_lead(
    database_url: str, tmp_path: Path, lang: str, *, colleague: bool = False
) -> AsyncIterator[Announced]:
    """The running desk with a person's callback request in ``lang``, announced (with
    ``colleague``, Carla advises in Leipzig too)."""
    async with FakeBotAPI() as fake:
        advisors = {"advisor_ids": [ANNA, CARLA]} if colleague else {}
        settings = desk_settings(fake, database_url, tmp_path, **advisors)
        async with running_desk(settings, fake) as desk:
            chat = await submit_callback_lead(fake, PERSON, lang=lang, phone=None, name="Omar")
            await desk.deliver()
            [card] = await fake.wait_sent(LEIPZIG_GROUP, 1)
            yield Announced(fake, desk, card, len(fake.sent(PERSON)), chat)


async def held_and_asked(
    lead: Announced,
    words: str,
    *,
    user: int = ANNA,
    reply_to: int | None = None,
    first_name: str | None = None,
) -> SentMessage:
    """``user`` writes ``words`` as a reply to the card (or to ``reply_to``), which the
    bot holds back and asks about: the bot's question."""
    fake = lead.fake
    count = len(fake.sent(LEIPZIG_GROUP)) + 1
    where = reply_to if reply_to is not None else lead.card.message_id
    fake.group_message(LEIPZIG_GROUP, user, words, where, first_name=first_name)
    return await lead.desk.group_says(LEIPZIG_GROUP, count)


async def tap(lead: Announced, user: int, question: SentMessage, label: str) -> dict[str, Any]:
    """``user`` taps the question's button ``label``: the press's answer."""
    data = question.button(label).callback_data
    assert data is not None
    pressed = lead.fake.group_press(LEIPZIG_GROUP, user, data, question.message_id)
    return await lead.desk.answer_of(pressed)


async def test_a_long_message_of_the_advisor_reaches_the_person_whole(
    database_url: str, tmp_path: Path
) -> None:
    lines = [f"Punkt {n:03d}: wichtige Information zur Ausbildung." for n in range(84)]
    long = "\n".join([*lines, "ENDE-BERATUNG, mit freundlichen Grüßen"])
    # As long as Telegram lets the advisor write, too long for one message with the intro.
    assert 4096 - 40 < len(long) <= 4096
    async with announced_lead(database_url, tmp_path, "de") as lead:
        fake, desk, seen = lead.fake, lead.desk, lead.seen
        fake.group_message(LEIPZIG_GROUP, ANNA, long, lead.card.message_id)
        await queued(desk, "message_to_person")
        await desk.deliver()
        received = (await fake.wait_sent(PERSON, seen + 2))[seen:]
    # The intro on its own, then the text, nothing cut ("… Punkt 053" was the end).
    assert received[0].plain_text.startswith("Nachricht von")
    assert received[1].plain_text == long


async def test_a_link_in_the_advisors_message_keeps_its_address(
    database_url: str, tmp_path: Path
) -> None:
    text = "Bitte füllen Sie das Formular aus: hier klicken"
    url = "https://www.arbeitsagentur.de/formular"
    link = {"type": "text_link", "offset": text.index("hier"), "length": 12, "url": url}
    async with announced_lead(database_url, tmp_path, "de") as lead:
        fake, desk, seen = lead.fake, lead.desk, lead.seen
        fake.group_message(LEIPZIG_GROUP, ANNA, text, lead.card.message_id, entities=[link])
        await queued(desk, "message_to_person")
        await desk.deliver()
        relayed = (await fake.wait_sent(PERSON, seen + 1))[-1]
    # The words a link was on reach the person with its address.
    assert relayed.plain_text.endswith(f"{text}\n\n🔗 hier klicken: {url}")


async def test_an_advisors_long_caption_reaches_the_person_whole(
    database_url: str, tmp_path: Path
) -> None:
    caption = ("Infoblatt zur Ausbildung. " * 40)[:1000] + "ENDE"
    async with announced_lead(database_url, tmp_path, "de") as lead:
        fake, desk, seen = lead.fake, lead.desk, lead.seen
        fake.user_media(
            ANNA,
            "document",
            caption=caption,
            chat_id=LEIPZIG_GROUP,
            reply_to_message_id=lead.card.message_id,
        )
        await queued(desk, "message_to_person")
        await desk.deliver()
        [intro] = (await fake.wait_sent(PERSON, seen + 1))[seen:]
        [copy] = fake.calls_to("copyMessage", PERSON)
    # The intro and 1,004 characters do not fit in one caption: the intro goes first,
    # and the PDF keeps the advisor's caption, whole (it was cut to 600).
    assert intro.plain_text.startswith("Nachricht von")
    assert "caption" not in copy.params
    assert fake.message(PERSON, fake.newest_from(PERSON, fake.bot_id))["caption"] == caption


async def test_a_persons_long_text_and_long_caption_reach_the_group_whole(
    database_url: str, tmp_path: Path
) -> None:
    lines = [f"Satz {n:03d}: Ich habe viele Fragen zur Ausbildung als Koch." for n in range(70)]
    long = "\n".join([*lines, "ENDE DER NACHRICHT"])
    assert 4000 < len(long) <= 4096  # as long as Telegram lets the person write
    caption = ("Mein Zeugnis aus Syrien, übersetzt. " * 30)[:1000] + "ENDE"
    async with announced_lead(database_url, tmp_path, "de") as lead:
        fake, desk, seen = lead.fake, lead.desk, lead.seen
        fake.user_message(PERSON, long)
        await fake.wait_sent(PERSON, seen + 1)
        fake.user_media(PERSON, "photo", caption=caption)
        await fake.wait_sent(PERSON, seen + 2)
        await desk.deliver()
        group = await fake.wait_sent(LEIPZIG_GROUP, 4)
        [photo] = fake.calls_to("copyMessage", LEIPZIG_GROUP)
        async with desk.services.sessionmaker() as session:
            kept = (await session.scalars(sa.select(GroupCopy.message_id))).all()
    first, more, caption_text = group[1], group[2], group[3]
    # The text in two messages, nothing cut ("…" after 3,500 characters, the rest lost).
    assert "Antwort von Omar" in first.plain_text and "Fortsetzung" in more.plain_text
    assert "Satz 000" in first.plain_text and "ENDE DER NACHRICHT" in more.plain_text
    assert more.reply_to_message_id == first.message_id
    # The photo under the header alone; its caption whole in the message after it.
    assert "Mein Zeugnis" not in photo.params["caption"]
    assert caption_text.plain_text.endswith(caption)
    # /delete reaches every part: each is recorded as a copy holding the person's data.
    assert {first.message_id, more.message_id, caption_text.message_id} <= set(kept)


async def test_an_advisors_first_message_as_a_sticker_is_introduced(
    database_url: str, tmp_path: Path
) -> None:
    async with announced_lead(database_url, tmp_path, "uk") as lead:
        fake, desk, seen = lead.fake, lead.desk, lead.seen
        fake.group_sticker(LEIPZIG_GROUP, ANNA, lead.card.message_id)
        await queued(desk, "message_to_person")
        await desk.deliver()
        [intro] = (await fake.wait_sent(PERSON, seen + 1))[seen:]
        copies = fake.calls_to("copyMessage", PERSON)
    t = translator("uk")
    # Who writes comes first: a sticker takes no caption to carry it.
    assert intro.plain_text == t.gettext(MESSAGE_INTRO).format(
        name=t.isolate("Test"), city="Лейпциг (Leipzig)"
    )
    assert len(copies) == 1


async def test_an_advisors_heading_in_arabic_names_saxony_in_arabic_when_the_office_is_gone(
    database_url: str, tmp_path: Path
) -> None:
    # An office no longer in the offices file (renamed, closed): the heading fell back to
    # "KAUSA Sachsen" in Latin letters in the Arabic chat.
    async with announced_lead(database_url, tmp_path, "ar") as lead:
        fake, desk, seen = lead.fake, lead.desk, lead.seen
        fake.group_message(LEIPZIG_GROUP, ANNA, "Guten Tag!", lead.card.message_id)
        await queued(desk, "message_to_person")
        async with desk.services.sessionmaker() as session, session.begin():
            await session.execute(sa.update(Lead).values(office="Plauen"))
            await session.execute(sa.update(ConversationMessage).values(advisor_office="Plauen"))
        await desk.deliver()
        relayed = (await fake.wait_sent(PERSON, seen + 1))[-1]
    t = translator("ar")
    intro = t.gettext(MESSAGE_INTRO).format(name=t.isolate("Test"), city=t.gettext(SAXONY))
    assert relayed.plain_text == f"{intro}\n\nGuten Tag!"
    assert "ساكسونيا" in intro and "Sachsen" not in relayed.plain_text


async def test_a_reply_to_the_stats_is_refused_aloud_not_dropped(
    database_url: str, tmp_path: Path
) -> None:
    async with announced_lead(database_url, tmp_path, "de") as lead:
        fake, desk, seen = lead.fake, lead.desk, lead.seen
        fake.group_message(LEIPZIG_GROUP, ANNA, "/stats")
        stats = (await fake.wait_sent(LEIPZIG_GROUP, 2))[-1]
        fake.group_message(LEIPZIG_GROUP, ANNA, "Passt Ihnen Montag?", stats.message_id)
        told = (await fake.wait_sent(LEIPZIG_GROUP, 3))[-1]
        asked = fake.newest_from(LEIPZIG_GROUP, ANNA)
        # Advisors answering each other: not the bot's business.
        fake.group_message(LEIPZIG_GROUP, STRANGER, "Mach ich", asked)
        await settled(desk.app, fake)
        rows = await desk.outbox_rows()
    # The figures are about no one request: the advisor learns the text reached nobody.
    assert told.plain_text.startswith("⚠️ Nicht weitergegeben")
    assert told.reply_to_message_id == asked
    assert len(fake.sent(LEIPZIG_GROUP)) == 3
    assert not any(row.kind == "message_to_person" for row in rows)
    assert len(fake.sent(PERSON)) == seen


@pytest.mark.parametrize("command", ["/leads", "/export"])
async def test_a_reply_to_a_list_of_one_lead_is_refused_aloud(
    database_url: str, tmp_path: Path, command: str
) -> None:
    # With one lead in it, the list (or file) counted as that lead's message: the team's
    # "Wer macht das?" reached the person, and the lead was taken for the advisor.
    async with announced_lead(database_url, tmp_path, "de") as lead:
        fake, desk, seen = lead.fake, lead.desk, lead.seen
        fake.group_message(LEIPZIG_GROUP, ANNA, command)
        if command == "/export":
            [listing] = await fake.wait_for(lambda: fake.documents(LEIPZIG_GROUP))
        else:
            listing = (await fake.wait_sent(LEIPZIG_GROUP, 2))[-1]
        said = len(fake.sent(LEIPZIG_GROUP))
        fake.group_message(LEIPZIG_GROUP, ANNA, "Wer macht das?", listing.message_id)
        told = (await fake.wait_sent(LEIPZIG_GROUP, said + 1))[-1]
        await settled(desk.app, fake)
        rows = await desk.outbox_rows()
        stored = await desk.lead(1)
    assert told.plain_text.startswith("⚠️ Nicht weitergegeben")
    assert not any(row.kind == "message_to_person" for row in rows)
    assert len(fake.sent(PERSON)) == seen and stored.status == "new"


async def test_a_reply_to_the_answer_of_lead_n_reaches_the_person(
    database_url: str, tmp_path: Path
) -> None:
    async with announced_lead(database_url, tmp_path, "de") as lead:
        fake, desk, seen = lead.fake, lead.desk, lead.seen
        fake.group_message(LEIPZIG_GROUP, ANNA, "/lead 1")
        answer = (await fake.wait_sent(LEIPZIG_GROUP, 2))[-1]
        assert "auf diese Nachricht antworten" in answer.plain_text

        async def remembered() -> bool:
            # The bot records the answer as the lead's just after sending it; a reply
            # quicker than that (only a test's) found no lead behind it.
            async with desk.services.sessionmaker() as session:
                query = sa.select(GroupCopy.id).where(GroupCopy.message_id == answer.message_id)
                return (await session.scalar(query)) is not None

        await fake.wait_for(remembered, message="the answer to /lead 1 recorded")
        fake.group_message(LEIPZIG_GROUP, ANNA, "Passt Ihnen Montag?", answer.message_id)
        await queued(desk, "message_to_person")
        await desk.deliver()
        relayed = (await fake.wait_sent(PERSON, seen + 1))[-1]
    assert relayed.plain_text.endswith("Passt Ihnen Montag?")


@pytest.mark.parametrize(
    ("status", "said"),
    [(LeadStatus.DONE, "erledigt"), (LeadStatus.EXPIRED, "lange ohne Bearbeitung")],
    ids=["done", "expired-without-work"],
)
async def test_a_reply_to_a_done_request_whose_data_are_deleted_is_not_called_withdrawn(
    database_url: str, tmp_path: Path, status: LeadStatus, said: str
) -> None:
    # An open request erased after RETENTION_DAYS without work (bot.privacy.idle) was
    # answered "Diese Anfrage ist erledigt": nobody had worked on it.
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings, fake) as desk:
            await submit_callback_lead(fake, PERSON, phone=None)
            await desk.deliver()
            [announced] = await fake.wait_sent(LEIPZIG_GROUP, 1)
            async with desk.services.sessionmaker() as session, session.begin():
                stored = await session.get(Lead, 1)
                assert stored is not None
                # As the retention run leaves a done lead (bot.privacy.retention), or an
                # open one nobody worked on (bot.privacy.idle).
                stored.status = status
                anonymize(stored, desk.services.clock())
            fake.group_message(LEIPZIG_GROUP, ANNA, "Noch eine Frage", announced.message_id)
            answer = await desk.group_says(LEIPZIG_GROUP, 2)
            rows = await desk.outbox_rows()

    # It said the person had withdrawn the request: they had not.
    assert said in answer.plain_text and "gelöscht" in answer.plain_text
    assert "zurückgezogen" not in answer.plain_text
    assert (status == LeadStatus.DONE) == ("erledigt" in answer.plain_text)
    assert "message_to_person" not in {row.kind for row in rows}


async def web_lead_card(desk: Desk) -> SentMessage:
    """A request of a person in the web chat, announced in Leipzig: its card."""
    async with desk.services.sessionmaker() as session, session.begin():
        person = User(channel="web", external_id="a1b2c3", language="de")
        session.add(person)
        await session.flush()
    await add_lead(
        desk.services.sessionmaker, timedelta(minutes=5), channel="web", user_id=person.id
    )
    await desk.deliver()
    [card] = await desk.fake.wait_sent(LEIPZIG_GROUP, 1)
    return card


async def test_a_picture_for_a_web_person_is_refused_and_text_still_reaches_them(
    database_url: str, tmp_path: Path
) -> None:
    # QA, 2026-12-04: a sticker or photo for a person in the web chat was answered
    # "not reachable on Telegram, please call", and advisors stopped writing to them.
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            card = await web_lead_card(desk)
            fake.group_sticker(LEIPZIG_GROUP, ANNA, card.message_id)
            refused = await desk.group_says(LEIPZIG_GROUP, 2)
            # An album of three photos with a caption: one warning, which names the words.
            for caption in ("Hier das Formular", None, None):
                fake.user_media(
                    ANNA,
                    "photo",
                    chat_id=LEIPZIG_GROUP,
                    reply_to_message_id=card.message_id,
                    caption=caption,
                    album="a1",
                )
            album = await desk.group_says(LEIPZIG_GROUP, 3)
            fake.group_message(LEIPZIG_GROUP, ANNA, "Ich rufe morgen an.", card.message_id)
            [to_person] = await queued(desk, "message_to_person")
            warnings = [m for m in fake.sent(LEIPZIG_GROUP) if "nur Text zeigt" in m.plain_text]

    assert refused.reply_to_message_id is not None
    assert (
        "nur Text zeigt" in refused.plain_text and "Bitte als Text schreiben" in refused.plain_text
    )
    assert "nicht erreichbar" not in refused.plain_text
    assert "auch nicht der Text dazu" in album.plain_text
    assert len(warnings) == 2  # the sticker's and the album's
    assert to_person.target == "web"


async def test_a_message_delivered_to_the_web_chat_gets_its_tick_in_the_group(
    database_url: str, tmp_path: Path
) -> None:
    """QA: an answer to a person in the web chat never got its 👌, which every delivered
    message gets: the advisor could not tell that it had arrived."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            card = await web_lead_card(desk)
            fake.group_message(LEIPZIG_GROUP, ANNA, "Ich rufe morgen an.", card.message_id)
            written = fake.newest_from(LEIPZIG_GROUP, ANNA)
            await queued(desk, "message_to_person")
            await desk.deliver()
            rows = await logged(desk)

    assert [row.delivered_at is not None for row in rows] == [True]
    assert fake.reactions[(LEIPZIG_GROUP, written)] == [{"type": "emoji", "emoji": "👌"}]


#: An advisor's first words to the person.
HELLO = "Guten Tag, hier KAUSA."


async def notes_then_hello(
    lead: Announced, notes: list[str]
) -> tuple[list[ConversationMessage], list[SentMessage]]:
    """Anna writes ``notes`` and then a greeting, each as a reply to the card: what is
    logged, and what reached the person."""
    fake, desk, seen = lead.fake, lead.desk, lead.seen
    for text in [*notes, HELLO]:
        fake.group_message(LEIPZIG_GROUP, ANNA, text, lead.card.message_id)

    async def all_logged() -> list[ConversationMessage]:
        rows = await logged(desk)
        return rows if len(rows) == len(notes) + 1 else []

    rows = await fake.wait_for(all_logged, message="every message logged")
    await desk.deliver()
    return rows, (await fake.wait_sent(PERSON, seen + 1))[seen:]


async def test_a_note_headed_notiz_stays_in_the_group(database_url: str, tmp_path: Path) -> None:
    """QA: "Notiz: …" (as one heads a note on paper) went to the person as an advisor's
    message, with the team's internal words."""
    note = "Notiz: Person klang gestresst, Dienstag erneut"
    async with announced_lead(database_url, tmp_path, "de") as lead:
        rows, received = await notes_then_hello(lead, [note])

    assert [(r.direction, r.text) for r in rows] == [("note", note), ("to_person", HELLO)]
    assert len(received) == 1 and "gestresst" not in received[0].plain_text


async def test_a_mistyped_note_tag_keeps_the_note_in_the_group(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "#notitz", "#notiz:", "# notiz" or "#Note" sent the team's internal words to
    the person, introduced as the advisor's message."""
    typos = [
        "#notitz Person klang gestresst",
        "#notiz: spricht wenig Deutsch",
        "# notiz Dolmetscher nötig",
        "#Note Rückruf Dienstag",
    ]
    async with announced_lead(database_url, tmp_path, "de") as lead:
        rows, received = await notes_then_hello(lead, typos)

    assert [(r.direction, r.text) for r in rows] == [
        *(("note", text) for text in typos),
        ("to_person", HELLO),
    ]
    assert [m.plain_text.split("\n\n")[-1] for m in received] == [HELLO]


async def test_replies_written_in_a_row_are_logged_in_their_order(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On PostgreSQL four notes replying to the card were logged in another order: each
    reply looks up whether it answers a held message before it is logged, and the first
    lookup took longer than the second. Here the first one is made slow on purpose."""
    lookup = held_questions.lead_of_held
    slow = [0.3]

    async def first_slow(*args: Any) -> int | None:
        if slow:
            await asyncio.sleep(slow.pop())
        return await lookup(*args)

    monkeypatch.setattr(held_questions, "lead_of_held", first_slow)
    notes = ["#notiz eins", "#notiz zwei"]
    async with announced_lead(database_url, tmp_path, "de") as lead:
        rows, _received = await notes_then_hello(lead, notes)

    assert [row.text for row in rows] == [*notes, HELLO]


async def test_a_tag_that_may_be_a_note_is_asked_about_not_sent(
    database_url: str, tmp_path: Path
) -> None:
    """QA: a tag the bot cannot tell ("#nozit …") went to the person: it is held back
    and the advisor is asked how it was meant."""
    async with announced_lead(database_url, tmp_path, "de") as lead:
        asked = await held_and_asked(lead, "#nozit klang gestresst")
        rows = await logged(lead.desk)
        await lead.desk.deliver()
        received = lead.fake.sent(PERSON)[lead.seen :]

    assert asked.reply_to_message_id is not None
    assert asked.plain_text.startswith("⚠️ Nicht weitergegeben")
    assert "„#notiz“" in asked.plain_text and "„#nozit“" in asked.plain_text
    assert rows == [] and received == []


async def test_the_question_about_a_held_message_is_answered_by_its_buttons(
    database_url: str, tmp_path: Path
) -> None:
    """QA: the bot held back "#nozit …" and asked whether it was a note; the advisor's
    answer to that question reached no one. Now the question's buttons keep it as a note
    or send it, once, and only its author decides."""
    message = "Note: the office is closed on Friday."
    async with announced_lead(database_url, tmp_path, "de", colleague=True) as lead:
        fake, desk, seen = lead.fake, lead.desk, lead.seen
        first = await held_and_asked(lead, "#nozit klang gestresst")
        second = await held_and_asked(lead, message)
        written = fake.message(LEIPZIG_GROUP, first.reply_to_message_id or 0)
        not_hers = await tap(lead, CARLA, first, "Notiz")
        kept = await tap(lead, ANNA, first, "Notiz")
        again = await tap(lead, ANNA, first, "Person")
        sent = await tap(lead, ANNA, second, "Person")
        await desk.deliver()
        received = (await fake.wait_sent(PERSON, seen + 1))[seen:]
        rows = await logged(desk)
        settled_first = fake.message(LEIPZIG_GROUP, first.message_id)

    assert written is not None and written["text"] == "#nozit klang gestresst"
    assert [b.text for b in first.flat_buttons] == [
        "📝 Als interne Notiz speichern",
        "➡️ An die Person senden",
    ]
    assert "Bitte unten tippen" in first.plain_text
    # Hers to decide first (a colleague decides after half an hour: the test below).
    assert not_hers["text"].startswith("Die Nachricht ist von Test: Test entscheidet zuerst")
    assert kept["text"] == "📝 Als interne Notiz gespeichert."
    assert again["text"] == "Schon erledigt."
    assert sent["text"] == "➡️ Wird an die Person gesendet."
    assert [(r.direction, r.text) for r in rows] == [
        ("note", "#nozit klang gestresst"),
        ("to_person", message),
    ]
    assert [m.plain_text.split("\n\n")[-1] for m in received] == [message]
    assert settled_first is not None and "reply_markup" not in settled_first
    assert "als interne Notiz gespeichert (entschieden von" in settled_first["text"]


@pytest.mark.parametrize("words", [".", "...", "?!", " - "])
async def test_signs_only_replying_to_a_colleagues_note_is_empty_not_asked(
    database_url: str, tmp_path: Path, words: str
) -> None:
    """QA: a "." replying to a colleague's note was held back and asked about, and
    "➡️ An die Person senden" sent "." to the person (kept as a note, it was a note of
    "."). Signs only are neither sent nor kept, as "// ." and "Note: ." are not, and the
    advisor is told so without "the note is empty" (none was written). (Before, the test
    expected the "." held and asked: that was the bug.)"""
    async with announced_lead(database_url, tmp_path, "de", colleague=True) as lead:
        fake = lead.fake
        fake.group_message(LEIPZIG_GROUP, ANNA, "#notiz klang gestresst", lead.card.message_id)
        note_id = lead.card.message_id + 1  # Anna's note, the group's next message

        async def noted() -> list[ConversationMessage]:
            return await logged(lead.desk)

        await fake.wait_for(noted, message="the note logged")
        answer = await held_and_asked(lead, words, user=CARLA, reply_to=note_id)
        await lead.desk.deliver()
        rows = await logged(lead.desk)
        received = fake.sent(PERSON)[lead.seen :]

    assert answer.plain_text == replies.SIGNS_ONLY
    assert answer.button_texts == []
    assert [row.text for row in rows] == ["#notiz klang gestresst"]
    assert received == []


async def test_signs_only_replying_to_a_colleagues_message_is_empty_not_asked(
    database_url: str, tmp_path: Path
) -> None:
    """QA: a "." under a colleague's message (to the person) was held back as said to
    her, and "➡️ An die Person senden" sent the "." on."""
    async with announced_lead(database_url, tmp_path, "de", colleague=True) as lead:
        fake = lead.fake
        fake.group_message(LEIPZIG_GROUP, ANNA, "Wir rufen Sie morgen an.", lead.card.message_id)
        sent_id = lead.card.message_id + 1

        async def passed() -> list[ConversationMessage]:
            return await logged(lead.desk)

        await fake.wait_for(passed, message="the message logged")
        answer = await held_and_asked(lead, ".", user=CARLA, reply_to=sent_id)
        rows = await logged(lead.desk)

    assert answer.plain_text == replies.SIGNS_ONLY
    assert answer.button_texts == []
    assert [row.text for row in rows] == ["Wir rufen Sie morgen an."]


@pytest.mark.parametrize("words", ["Note: .", "#nozit -", "Notiz"])
async def test_a_tag_that_may_be_a_note_with_nothing_after_it_is_empty_not_asked(
    database_url: str, tmp_path: Path, words: str
) -> None:
    """QA: "Note: ." was held back and asked about, with "➡️ An die Person senden": a tap
    sent "Note: ." to the person. Nothing after the tag is neither a note nor words for
    the person: answered as empty as "// .", nothing asked, kept or sent."""
    async with announced_lead(database_url, tmp_path, "de") as lead:
        answer = await held_and_asked(lead, words)
        await lead.desk.deliver()
        rows = await logged(lead.desk)
        received = lead.fake.sent(PERSON)[lead.seen :]

    assert answer.plain_text == replies.NOTE_EMPTY_HERE
    assert answer.button_texts == []
    assert rows == [] and received == []


async def test_a_reply_to_the_question_about_a_held_message_is_no_longer_lost(
    database_url: str, tmp_path: Path
) -> None:
    """QA: replying to the bot's question ("ja", "Nein, das ist für die Person", or a
    note) reached no one. A bare "ja" points to the buttons; words of their own are asked
    about in turn (they answer the bot as likely as the person); a note is kept, and the
    held message can no longer follow it."""
    async with announced_lead(database_url, tmp_path, "de") as lead:
        fake, desk, seen = lead.fake, lead.desk, lead.seen
        asked = await held_and_asked(lead, "Notiz Rückruf Montag")
        tap_please = await held_and_asked(lead, "ja", reply_to=asked.message_id)
        words = "Nein, das ist für die Person"
        asked_again = await held_and_asked(lead, words, reply_to=asked.message_id)
        fake.group_message(LEIPZIG_GROUP, ANNA, "#notiz Rückruf Montag", asked.message_id)

        async def unbuttoned() -> dict[str, Any] | None:
            found = fake.message(LEIPZIG_GROUP, asked.message_id)
            return found if found is not None and "reply_markup" not in found else None

        await fake.wait_for(unbuttoned, message="the question without its buttons")
        await tap(lead, ANNA, asked_again, "Person")
        await queued(desk, "message_to_person")
        await desk.deliver()
        received = (await fake.wait_sent(PERSON, seen + 1))[seen:]
        rows = await logged(desk)

    assert tap_please.plain_text.startswith("⚠️ Nicht weitergegeben. Bitte unter dem Hinweis")
    assert asked_again.plain_text.startswith("⚠️ Nicht weitergegeben: Das ist eine Antwort auf")
    assert [(r.direction, r.text) for r in rows] == [
        ("note", "#notiz Rückruf Montag"),
        ("to_person", words),
    ]
    assert [m.plain_text.split("\n\n")[-1] for m in received] == [words]


async def test_a_reply_to_a_colleagues_note_is_asked_about_not_sent(
    database_url: str, tmp_path: Path
) -> None:
    """QA: Carla answered Anna's internal note ("#notiz klang gestresst") with "Mach ich
    morgen" as a reply to it, and the person got the team's words. Now a reply to a note
    is held back and asked about, as an unsure tag is."""
    async with announced_lead(database_url, tmp_path, "de", colleague=True) as lead:
        fake, desk = lead.fake, lead.desk
        fake.group_message(LEIPZIG_GROUP, ANNA, "#notiz klang gestresst", lead.card.message_id)
        note_id = lead.card.message_id + 1  # Anna's note, the group's next message

        async def noted() -> list[ConversationMessage]:
            return await logged(desk)

        await fake.wait_for(noted, message="the note logged")
        asked = await held_and_asked(lead, "Mach ich morgen", user=CARLA, reply_to=note_id)
        answer = await tap(lead, CARLA, asked, "Notiz")
        await desk.deliver()
        await settled(desk.app, fake)
        rows = await logged(desk)
        received = fake.sent(PERSON)[lead.seen :]

    assert asked.plain_text.startswith("⚠️ Nicht weitergegeben: Das ist eine Antwort auf eine")
    assert answer["text"] == "📝 Als interne Notiz gespeichert."
    assert [(r.direction, r.text) for r in rows] == [
        ("note", "#notiz klang gestresst"),
        ("note", "Mach ich morgen"),
    ]
    assert received == []


async def test_a_colleague_decides_a_held_message_when_its_author_is_away(
    database_url: str, tmp_path: Path
) -> None:
    """QA: Anna's "#nozit …" was held back and Anna went into a call: her colleague's tap
    said "Only the author can decide", and the person waited until Anna came back. Anna
    decides first; after half an hour any advisor of the group does, her words going as
    hers, and the settled question says who decided for her."""
    words = "#nozit Wir rufen Sie am Montag an."
    async with announced_lead(database_url, tmp_path, "de", colleague=True) as lead:
        fake, desk, seen = lead.fake, lead.desk, lead.seen
        question = await held_and_asked(lead, words, first_name="Anna")
        early = await tap(lead, CARLA, question, "Person")
        clock = desk.services.clock
        desk.services.clock = lambda: clock() + timedelta(minutes=31)
        later = await tap(lead, CARLA, question, "Person")
        await desk.deliver()
        received = (await fake.wait_sent(PERSON, seen + 1))[seen:]
        settled_question = fake.message(LEIPZIG_GROUP, question.message_id)

    assert early["text"] == (
        "Die Nachricht ist von Anna: Anna entscheidet zuerst (noch 30 Minuten),"
        " danach kann es jede und jeder hier."
    )
    assert later["text"] == "➡️ Wird an die Person gesendet."
    assert [m.plain_text.split("\n\n")[-1] for m in received] == [words]
    assert received[0].plain_text.startswith("Nachricht von Anna")
    assert settled_question is not None and "reply_markup" not in settled_question
    assert "für Anna)" in settled_question["text"]


@pytest.mark.parametrize(
    ("typed", "kept", "to_person"),
    [
        ("Guten Tag, wir rufen Montag an", [], ["Guten Tag, wir rufen Montag an"]),
        ("// Rückruf Montag", [("note", "// Rückruf Montag")], []),
    ],
)
async def test_a_reply_to_a_held_message_in_a_group_without_topics_goes_as_in_a_topic(
    typed: str,
    kept: list[tuple[str, str]],
    to_person: list[str],
    database_url: str,
    tmp_path: Path,
) -> None:
    """QA: in an office chat without topics Anna's "Note: Büro Freitag zu" replying to a
    lead's card was held back; her words replying to it were answered "Nicht
    weitergegeben, nicht gespeichert" and went nowhere, while in a lead's topic they reach
    the person (a note is kept). The bot's question is stored without a topic too, so the
    held message names its lead: the reply goes as in a topic, and the held message is
    still decided by the buttons."""
    async with announced_lead(database_url, tmp_path, "de") as lead:
        fake, desk = lead.fake, lead.desk
        asked = await held_and_asked(lead, "Note: Büro Freitag zu")
        own = asked.reply_to_message_id
        fake.group_message(LEIPZIG_GROUP, ANNA, typed, own)

        async def logged_once() -> list[ConversationMessage]:
            return await logged(desk)

        rows = await fake.wait_for(logged_once, message="the reply logged")
        await desk.deliver()
        await settled(desk.app, fake)
        told = [m.plain_text for m in fake.sent(LEIPZIG_GROUP) if "gespeichert:" in m.plain_text]
        received = fake.sent(PERSON)[lead.seen :]

    assert [(r.direction, r.text) for r in rows] == [
        *kept,
        *(("to_person", words) for words in to_person),
    ]
    assert [m.plain_text.split("\n\n")[-1] for m in received] == to_person
    assert told == []


async def test_a_bare_answer_replying_to_a_held_message_without_topics_points_to_the_buttons(
    database_url: str, tmp_path: Path
) -> None:
    """Anna's "ja" replying to her own held message in a chat without topics answers the
    bot's question, as typed in a lead's topic: pointed to the buttons, sent to no one;
    once she tapped, the held message went and nothing else."""
    async with announced_lead(database_url, tmp_path, "de") as lead:
        fake, desk = lead.fake, lead.desk
        asked = await held_and_asked(lead, "Note: Büro Freitag zu")
        fake.group_message(LEIPZIG_GROUP, ANNA, "ja", asked.reply_to_message_id)
        told = await desk.group_says(LEIPZIG_GROUP, 3)
        answer = await tap(lead, ANNA, asked, "Person")
        await desk.deliver()
        received = (await fake.wait_sent(PERSON, lead.seen + 1))[lead.seen :]
        rows = await logged(desk)

    assert told.plain_text.startswith("⚠️ Nicht weitergegeben: „ja“ ist nicht an die Person")
    assert answer["text"] == "➡️ Wird an die Person gesendet."
    assert [(r.direction, r.text) for r in rows] == [("to_person", "Note: Büro Freitag zu")]
    assert [m.plain_text.split("\n\n")[-1] for m in received] == ["Note: Büro Freitag zu"]


async def test_a_reply_to_a_message_held_for_its_at_name_without_topics_goes_as_in_a_topic(
    database_url: str, tmp_path: Path
) -> None:
    """QA: in an office chat without topics Anna's "@carla rufst du an?" replying to a
    lead's card was held back and asked about; her words for the person replying to it
    got no answer at all and went nowhere (only a held "Note: …" was recognised). Any held
    message's stored question names its lead: the reply reaches the person."""
    words = "Guten Tag, wir rufen Sie am Montag an."
    async with announced_lead(database_url, tmp_path, "de") as lead:
        fake, desk = lead.fake, lead.desk
        mention = [{"type": "mention", "offset": 0, "length": 6}]
        card = lead.card.message_id
        fake.group_message(LEIPZIG_GROUP, ANNA, "@carla rufst du an?", card, entities=mention)
        asked = await desk.group_says(LEIPZIG_GROUP, 2)
        fake.group_message(LEIPZIG_GROUP, ANNA, words, asked.reply_to_message_id)
        await queued(desk, "message_to_person")
        await desk.deliver()
        received = (await fake.wait_sent(PERSON, lead.seen + 1))[lead.seen :]
        rows = await logged(desk)

    assert asked.plain_text.startswith("⚠️ Nicht weitergegeben: Die Nachricht beginnt mit")
    assert [(r.direction, r.text) for r in rows] == [("to_person", words)]
    assert [m.plain_text.split("\n\n")[-1] for m in received] == [words]


@pytest.mark.parametrize("kind", ["sticker", "photo", "voice"])
async def test_a_reply_without_words_to_a_held_message_is_asked_about(
    kind: str, database_url: str, tmp_path: Path
) -> None:
    """QA: in an office chat without topics Anna replied to her held "Note: Büro Freitag
    zu" with a 👍 sticker (a photo, a voice message): it went nowhere, or to the person,
    without a word that said which. Without words the bot cannot tell whom it is for: it
    is held back and asked about, and her tap sends it."""
    async with announced_lead(database_url, tmp_path, "de") as lead:
        fake, desk = lead.fake, lead.desk
        asked = await held_and_asked(lead, "Note: Büro Freitag zu")
        held_id = asked.reply_to_message_id
        assert held_id is not None
        if kind == "sticker":
            fake.group_sticker(LEIPZIG_GROUP, ANNA, held_id)
        else:
            fake.user_media(ANNA, kind, chat_id=LEIPZIG_GROUP, reply_to_message_id=held_id)
        again = await desk.group_says(LEIPZIG_GROUP, 3)
        await desk.deliver()
        nothing_yet = fake.sent(PERSON)[lead.seen :]
        answer = await tap(lead, ANNA, again, "Person")
        await queued(desk, "message_to_person")
        await desk.deliver()
        sent = [r.status for r in await desk.outbox_rows() if r.kind == "message_to_person"]
        rows = await logged(desk)

    assert again.plain_text.startswith("⚠️ Nicht weitergegeben: Das ist eine Antwort ohne Text")
    assert [b.text for b in again.flat_buttons][-1] == "➡️ An die Person senden"
    assert nothing_yet == []
    assert answer["text"] == "➡️ Wird an die Person gesendet."
    assert [(r.direction, r.kind) for r in rows] == [("to_person", kind)]
    assert sent == ["sent"]


async def test_a_reply_to_the_bots_notice_about_a_request_is_about_that_request(
    database_url: str, tmp_path: Path
) -> None:
    """QA: in an office chat without topics the bot said under Omar's card "📞 Neue
    Telefonnummer" for request #1. Anna's "/lead" replying to it was answered with how to
    write it, and her "Danke!" with "Diese Nachricht gehört zu keiner einzelnen Anfrage",
    though the notice names its request. "/lead" shows it; words replying to the notice
    still reach no one (it is the bot's, not the person's), and she is told so truly."""
    async with announced_lead(database_url, tmp_path, "de") as lead:
        fake, desk = lead.fake, lead.desk
        fake.user_message(PERSON, "Meine neue Nummer ist 0176 5551234")
        await fake.wait_sent(PERSON, lead.seen + 1)
        await desk.deliver()
        await desk.deliver()

        async def notice() -> list[SentMessage]:
            sent = fake.sent(LEIPZIG_GROUP)
            return [m for m in sent if m.plain_text.startswith("📞 Neue Telefonnummer")]

        [told] = await fake.wait_for(notice, message="the new number's notice")
        seen = len(fake.sent(LEIPZIG_GROUP))
        fake.group_message(LEIPZIG_GROUP, ANNA, "/lead", told.message_id)
        shown = (await fake.wait_sent(LEIPZIG_GROUP, seen + 1))[-1]
        fake.group_message(LEIPZIG_GROUP, ANNA, "Danke!", told.message_id)
        answered = (await fake.wait_sent(LEIPZIG_GROUP, seen + 2))[-1]
        fake.group_message(LEIPZIG_GROUP, ANNA, "/notiz neue Nummer notiert", told.message_id)
        noted = (await fake.wait_sent(LEIPZIG_GROUP, seen + 3))[-1]
        await settled(desk.app, fake)
        rows = await logged(desk)
        received = fake.sent(PERSON)[lead.seen + 1 :]

    assert shown.plain_text.startswith("📨 Anfrage #1") and "Omar" in shown.plain_text
    assert answered.plain_text == (
        "⚠️ Nicht weitergegeben: Das ist ein Hinweis des Bots zu Anfrage #1, keine "
        "Nachricht der Person. Für die Person bitte auf die Nachricht der Anfrage antworten "
        "(/lead 1 zeigt sie)."
    )
    assert noted.plain_text == "📝 Als interne Notiz gespeichert."
    assert [(r.direction, r.text) for r in rows][-1] == ("note", "neue Nummer notiert")
    assert received == []


async def test_a_held_messages_question_loses_its_buttons_when_the_lead_is_handed_over(
    database_url: str, tmp_path: Path
) -> None:
    """QA: Anna's "Note: Büro Freitag zu" was held back and asked about; the lead was then
    handed over to Dresden, and the question kept its buttons in Leipzig's chat (a tap
    only said where the lead had gone). The question now says where the request went,
    without buttons."""
    async with announced_lead(database_url, tmp_path, "de") as lead:
        fake, desk = lead.fake, lead.desk
        asked = await held_and_asked(lead, "Note: Büro Freitag zu")
        count = len(fake.sent(LEIPZIG_GROUP)) + 1
        fake.group_message(LEIPZIG_GROUP, ANNA, "/weitergeben 1 Dresden")
        moved = await desk.group_says(LEIPZIG_GROUP, count)
        await desk.deliver()
        await settled(desk.app, fake)
        question = fake.message(LEIPZIG_GROUP, asked.message_id)

    assert moved.plain_text.startswith("↪️ Anfrage #1 ist jetzt beim Büro Dresden")
    assert question is not None and "reply_markup" not in question
    assert "ist jetzt beim Büro Dresden" in question["text"]
    assert "Note: Büro Freitag zu" not in question["text"]


async def test_a_question_asked_before_it_was_stored_says_where_the_lead_went_at_a_tap(
    database_url: str, tmp_path: Path
) -> None:
    """QA: a question about a held message asked in a group without topics before
    migration 0019 was never stored, so the hand-over could not take its buttons off: a
    tap said where the request had gone, alerted, and the buttons stayed for the next
    advisor to tap. The tap now settles the question as the hand-over does newer ones."""
    async with announced_lead(database_url, tmp_path, "de") as lead:
        fake, desk = lead.fake, lead.desk
        asked = await held_and_asked(lead, "Note: Büro Freitag zu")
        await fake.wait_for(lambda: stored_questions(desk), message="the question stored")
        async with desk.services.sessionmaker() as session, session.begin():
            await session.execute(sa.delete(HeldQuestion))  # as before migration 0019
        count = len(fake.sent(LEIPZIG_GROUP)) + 1
        fake.group_message(LEIPZIG_GROUP, ANNA, "/weitergeben 1 Dresden")
        await desk.group_says(LEIPZIG_GROUP, count)
        await desk.deliver()
        await settled(desk.app, fake)
        # A bare "ja" replying to it was pointed to its buttons.
        count = len(fake.sent(LEIPZIG_GROUP)) + 1
        fake.group_message(LEIPZIG_GROUP, ANNA, "ja", asked.message_id)
        said = await desk.group_says(LEIPZIG_GROUP, count)
        answer = await tap(lead, ANNA, asked, "➡️ An die Person senden")
        await settled(desk.app, fake)
        question = fake.message(LEIPZIG_GROUP, asked.message_id)
        sent = [r for r in await logged(desk) if r.direction != "in"]

    assert said.plain_text == "⚠️ Nicht weitergegeben: Anfrage #1 ist jetzt beim Büro Dresden."
    assert answer["text"] == "⚠️ Nicht weitergegeben: Anfrage #1 ist jetzt beim Büro Dresden."
    assert question is not None and "reply_markup" not in question
    assert "ist jetzt beim Büro Dresden" in question["text"]
    assert "Note: Büro Freitag zu" not in question["text"]
    assert [r.text for r in sent] == []


async def stored_questions(desk: Desk) -> list[int]:
    async with desk.services.sessionmaker() as session:
        return list((await session.execute(sa.select(HeldQuestion.question_id))).scalars())
