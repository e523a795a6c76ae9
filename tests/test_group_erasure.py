"""/delete and retention reach every message the bot posted in an advisor chat, over HTTP.

The card (and a copy sent again), the person's messages passed on, /lead N and /leads
answers: after /delete or the retention purge none of them shows the person's name or
phone any more. Within Telegram's 48 hours they are deleted, after that overwritten;
a lead with its own forum topic loses the whole topic.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from bot.advisor import copies, erasure, stand_ins, wording, work
from bot.handlers import erased_notice
from bot.i18n import translator
from bot.outbox import lease, worker
from bot.privacy import retention
from db.models import GroupCopy, utcnow
from db.session import create_engine, create_sessionmaker
from testkit.fake_bot_api import FakeBotAPI, SentMessage
from tests.advisor_desk import (
    ANNA,
    BERND,
    DRESDEN_GROUP,
    LEIPZIG_GROUP,
    Desk,
    desk_settings,
    running_desk,
    submit_callback_lead,
)
from tests.live_bot import settled
from tests.telegram_harness import Chat
from tests.test_advisor_commands import command
from tests.test_advisor_relay import queued

PERSON = 5002
NAME = "Ayşe Yılmaz"
#: What identifies the person: name, phone as typed and as shown, a number they wrote.
SECRETS = ("Ayşe", "Yılmaz", "1234567", "ayse_y", "5550000")


def shown_secrets(fake: FakeBotAPI) -> list[str]:
    """Every message still visible in the Leipzig group that names the person."""
    return [text for text in fake.visible(LEIPZIG_GROUP) if any(s in text for s in SECRETS)]


async def copies_left(desk: Desk) -> int:
    async with desk.services.sessionmaker() as session:
        count = await session.scalar(sa.select(sa.func.count()).select_from(GroupCopy))
    return count or 0


async def announce_twice(
    desk: Desk, database_url: str, now: datetime, *, resent_last: bool = False
) -> None:
    """The card goes out twice: a worker's send outlasts its lease, a second one sends again.

    Both copies reach the group and both are recorded (the second says "erneut gesendet").
    ``resent_last``: the second worker's send is slower still, so it records its card last.
    """
    fake = desk.fake
    other = dataclasses.replace(desk.outbox, worker=lease.worker_name())
    other.lock = asyncio.Lock()
    engine = create_engine(database_url)
    try:
        fake.delay_next("sendMessage", 1.0)
        if resent_last:
            fake.delay_next("sendMessage", 2.5)
        slow = asyncio.create_task(desk.deliver(now))

        async def claimed() -> bool:
            rows = await desk.outbox_rows()
            return rows[0].claimed_by == desk.outbox.worker

        await fake.wait_for(claimed, message="the first worker's claim")
        later = now + lease.LEASE + timedelta(seconds=1)
        await worker.deliver_due(create_sessionmaker(engine), desk.app.bot, later, other)
        await slow
    finally:
        await engine.dispose()


async def person_writes(desk: Desk, text: str, *, photo: bool = False, count: int = 1) -> None:
    """The person writes (or sends a photo) to the advisors; the outbox copies it into
    the group (a photo as itself, with its caption)."""
    seen = len(desk.fake.sent(PERSON))
    if photo:
        desk.fake.user_media(PERSON, "photo", caption=text)
    else:
        desk.fake.user_message(PERSON, text)
    await queued(desk, "message_to_advisors", count)
    await received(desk, seen + 1)
    await desk.deliver(utcnow())


async def received(desk: Desk, count: int) -> None:
    """Wait for the person's receipts ("Sent to your advisor."): one arriving late was the
    last message under which /delete's buttons were looked for."""
    await desk.fake.wait_sent(PERSON, count)


async def erase_by_request(desk: Desk, chat: Chat) -> None:
    """The person deletes everything with /delete."""
    chat.seen = len(desk.fake.sent(PERSON))
    await chat.command("/delete")
    await chat.press("Yes, delete everything")
    await queued(desk, "group_erase")


async def a_delivered_lead(desk: Desk) -> tuple[Chat, datetime]:
    """The person's request with its card in the group: the chat and when it was sent."""
    chat = await submit_callback_lead(desk.fake, PERSON, name=NAME)
    now = utcnow()
    await desk.deliver(now)
    await desk.fake.wait_sent(LEIPZIG_GROUP, 1)
    return chat, now


async def a_lead_with_copies(
    desk: Desk, database_url: str, *, resent_last: bool = False
) -> tuple[Chat, SentMessage, datetime]:
    """Card + re-sent card + the person's message + /lead 1 + /leads: the chat, the card
    that carries the buttons and the time they were sent."""
    fake = desk.fake
    chat = await submit_callback_lead(fake, PERSON, name=NAME)
    now = utcnow()
    await announce_twice(desk, database_url, now, resent_last=resent_last)
    cards = await fake.wait_sent(LEIPZIG_GROUP, 2)
    # The first worker's card is held back 1 s, so the re-sent one usually comes first;
    # on a busy machine the second worker can take longer than that (seen on PostgreSQL).
    resent = [("Erneut gesendet" in card.text) for card in cards]
    assert sorted(resent) == [False, True]
    await person_writes(desk, "Mein Handy: 0176 5550000")
    await fake.wait_sent(LEIPZIG_GROUP, 3)
    await person_writes(desk, "Ayşe, Tel. 0176 5550000", photo=True, count=2)
    await fake.wait_calls("copyMessage", chat_id=LEIPZIG_GROUP)
    detail = await command(desk, LEIPZIG_GROUP, ANNA, "/lead 1")
    listing = await command(desk, LEIPZIG_GROUP, ANNA, "/leads")
    assert NAME in detail.plain_text and NAME in listing.plain_text
    # Before: six messages of the bot name the person (two cards, the text and the photo
    # passed on, the two answers).
    assert len(shown_secrets(fake)) == 6

    async def recorded() -> bool:  # the handler records its answer right after sending it
        return await copies_left(desk) == 6

    await fake.wait_for(recorded, message="six recorded copies")
    # The lead keeps the card its worker recorded last: that one carries the buttons. Which
    # of the two that is depends on which worker finished last, so it is read, not assumed.
    lead = await desk.lead(1)
    [card] = [c for c in cards if c.message_id == lead.advisor_message_id]
    return chat, card, now


# Either worker may record its card last (on a busy machine the second one is the slower):
# whichever card the lead kept is the one edited, and the other copies are deleted.
@pytest.mark.parametrize("resent_last", [False, True], ids=["first-last", "resent-last"])
async def test_delete_within_48_hours_deletes_every_copy(
    database_url: str, tmp_path: Path, resent_last: bool
) -> None:
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            chat, card, now = await a_lead_with_copies(desk, database_url, resent_last=resent_last)
            await erase_by_request(desk, chat)
            await desk.deliver(now + timedelta(hours=1))
            left = await copies_left(desk)
            rows = await desk.outbox_rows()

    assert shown_secrets(fake) == []
    # The card that carries the buttons says what happened; the other five are deleted.
    assert "zurückgezogen" in str(fake.message(LEIPZIG_GROUP, card.message_id)["text"])
    assert len(fake.calls_to("deleteMessage", LEIPZIG_GROUP)) == 5
    assert [c.params["text"] for c in fake.calls_to("editMessageText", LEIPZIG_GROUP)].count(
        wording.ERASED
    ) == 0
    assert left == 0
    assert [(r.kind, r.status) for r in rows if r.kind == "group_erase"] == [
        ("group_erase", "sent")
    ]


async def export_in_group(desk: Desk) -> int:
    """Anna exports the office's leads with /export: the file's message id."""
    desk.fake.group_message(LEIPZIG_GROUP, ANNA, "/export")
    [document] = await desk.fake.wait_for(lambda: desk.fake.documents(LEIPZIG_GROUP))
    return document.message_id


def photo_ids(fake: FakeBotAPI) -> list[int]:
    """The photo messages in the Leipzig group."""
    return [m["message_id"] for m in fake.messages(LEIPZIG_GROUP) if "photo" in m]


async def test_delete_after_48_hours_overwrites_every_copy(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            chat, _card, now = await a_lead_with_copies(desk, database_url)
            await person_writes(desk, "Mein Zeugnis", photo=True, count=3)
            exported = await export_in_group(desk)
            photos = photo_ids(fake)
            # The second photo and the export (a CSV with the name and phone) show the person too.
            before = len(shown_secrets(fake))
            await erase_by_request(desk, chat)
            # The outbox reaches the erasure only 49 hours later (the clock is moved on).
            await desk.deliver(now + timedelta(hours=49))
            left = await copies_left(desk)

    assert before == 8 and len(photos) == 2
    assert shown_secrets(fake) == []
    assert fake.calls_to("deleteMessage", LEIPZIG_GROUP) == []
    overwritten = [
        c
        for c in fake.calls_to("editMessageText", LEIPZIG_GROUP)
        if c.params["text"] == wording.ERASED
    ]
    assert len(overwritten) == 4
    # Both photos show the grey stand-in (uploaded once, then reused by its file id), the
    # export a small text file; nothing of the pictures or the CSV is left to open.
    replaced = fake.calls_to("editMessageMedia", LEIPZIG_GROUP)
    assert sorted(c.params["message_id"] for c in replaced) == sorted([*photos, exported])
    assert sum(len(c.files) for c in replaced) == 2
    grey = stand_ins.photo()
    for message_id in photos:
        shown = fake.message(LEIPZIG_GROUP, message_id)
        assert shown is not None and shown["caption"] == wording.ERASED
        assert fake.file_content(shown["photo"][-1]["file_id"]) == grey
    document = fake.message(LEIPZIG_GROUP, exported)
    assert document is not None and "photo" not in document
    assert document["document"]["file_name"] == "inhalt-geloescht.txt"
    assert (
        fake.file_content(document["document"]["file_id"])
        == b"Inhalt gel\xc3\xb6scht (Datenschutz)\n"
    )
    assert fake.calls_to("editMessageCaption", LEIPZIG_GROUP) == []
    assert left == 0


async def test_a_refused_media_edit_overwrites_the_caption(
    database_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="bot.outbox.erasure")
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            chat, _card, now = await a_lead_with_copies(desk, database_url)
            [photo] = photo_ids(fake)
            picture = fake.message(LEIPZIG_GROUP, photo)
            await erase_by_request(desk, chat)
            fake.fail_next("editMessageMedia", 400, description="Bad Request: MEDIA_INVALID")
            await desk.deliver(now + timedelta(hours=49))
            rows = await desk.outbox_rows()

    # Telegram would not swap the picture: its caption with the name and number goes.
    assert picture is not None
    shown = fake.message(LEIPZIG_GROUP, photo)
    assert shown is not None and shown["photo"] == picture["photo"]
    [caption] = fake.calls_to("editMessageCaption", LEIPZIG_GROUP)
    assert caption.params["caption"] == shown["caption"] == wording.ERASED
    assert shown_secrets(fake) == []
    assert [r.status for r in rows if r.kind == "group_erase"] == ["sent"]
    # Logged by the error's type: Telegram's refusal can quote what it was sent.
    assert "could not replace a copy's file (BadRequest)" in caplog.text
    assert "MEDIA_INVALID" not in caplog.text


async def test_a_voice_message_after_48_hours_loses_only_its_caption(
    database_url: str, tmp_path: Path
) -> None:
    """Telegram cannot replace a voice message (docs/privacy-advisor-chats.md): its caption
    with the person's name goes, the recording stays."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            chat, now = await a_delivered_lead(desk)
            seen = len(fake.sent(PERSON))
            fake.user_media(PERSON, "voice", caption="Ayşe hier")
            await queued(desk, "message_to_advisors", 1)
            await received(desk, seen + 1)
            await desk.deliver(utcnow())
            await fake.wait_calls("copyMessage", chat_id=LEIPZIG_GROUP)
            [voice] = [m for m in fake.messages(LEIPZIG_GROUP) if "voice" in m]
            await erase_by_request(desk, chat)
            await desk.deliver(now + timedelta(hours=49))
            left = await copies_left(desk)

    shown = fake.message(LEIPZIG_GROUP, voice["message_id"])
    assert shown is not None and shown["voice"] == voice["voice"]
    assert shown["caption"] == wording.ERASED and shown_secrets(fake) == []
    assert fake.calls_to("editMessageMedia") == [] and left == 0


@pytest.mark.parametrize("hours", [1, 49], ids=["within-48h", "after-48h"])
async def test_a_shared_contact_and_location_reach_the_group_as_text(
    hours: int, database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            chat, now = await a_delivered_lead(desk)
            seen = len(fake.sent(PERSON))
            fake.user_media(PERSON, "contact", phone_number="+49 176 5550000")
            await queued(desk, "message_to_advisors", 1)
            fake.user_media(PERSON, "location")
            await queued(desk, "message_to_advisors", 2)
            await received(desk, seen + 2)
            await desk.deliver(utcnow())
            relayed = await fake.wait_sent(LEIPZIG_GROUP, 3)
            shared = [m for m in fake.messages(LEIPZIG_GROUP) if {"contact", "location"} & set(m)]
            await erase_by_request(desk, chat)
            await desk.deliver(now + timedelta(hours=hours))
            left = await copies_left(desk)

    # Passed on as text (a contact or location message could never be edited away).
    assert shared == [] and fake.calls_to("copyMessage", LEIPZIG_GROUP) == []
    assert "+49 176 5550000" in relayed[1].plain_text
    assert "51.33962, 12.37129" in relayed[2].plain_text
    assert shown_secrets(fake) == [] and left == 0
    assert not any("51.33962" in text for text in fake.visible(LEIPZIG_GROUP))


async def test_an_erasure_interrupted_by_errors_is_retried_until_done(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            chat, _card, now = await a_lead_with_copies(desk, database_url)
            await erase_by_request(desk, chat)
            fake.fail_next("deleteMessage", 500, times=1)
            first = await desk.deliver(now + timedelta(minutes=1))
            still = len(shown_secrets(fake))
            # The rate limiter waits out a 429 itself; a gateway error ends this run.
            fake.fail_next("deleteMessage", 429, retry_after=1)
            fake.fail_next("editMessageText", 502)
            second = await desk.deliver(now + timedelta(minutes=2))
            third = await desk.deliver(now + timedelta(minutes=3))
            rows = await desk.outbox_rows()

    [erase] = [r for r in rows if r.kind == "group_erase"]
    assert erase.id in first.retried and erase.id in second.retried and erase.id in third.sent
    assert still > 0 and shown_secrets(fake) == []
    assert erase.status == "sent" and erase.attempts == 2


async def close_lead(desk: Desk, card: SentMessage) -> None:
    """Anna claims the lead and marks it done: retention starts."""
    await desk.press(LEIPZIG_GROUP, ANNA, card, "Übernehmen")
    claimed = await desk.fake.wait_for(
        lambda: [m for m in desk.fake.sent(LEIPZIG_GROUP) if "✔️ Erledigt" in m.button_texts]
    )
    await desk.press(LEIPZIG_GROUP, ANNA, claimed[-1], "Erledigt")

    async def done() -> bool:
        return (await desk.lead(1)).status == "done"

    await desk.fake.wait_for(done, message="the lead marked done")

    def card_done() -> bool:
        shown = desk.fake.message(LEIPZIG_GROUP, card.message_id) or {}
        return "erledigt" in str(shown.get("text"))

    # The running desk's own outbox run brings the card up to date. Left in flight, that
    # edit (rendered before the purge) could land after the erasure's, when the test's
    # jump of a day makes its lease look expired: a race only a jump of the clock makes.
    await desk.fake.wait_for(card_done, message="the card showing the lead done")


@pytest.mark.parametrize(
    ("forum", "days", "after"),
    [(False, 1, timedelta(hours=25)), (True, 180, timedelta(days=181))],
    ids=["no-topics-within-48h", "topic-after-half-a-year"],
)
async def test_retention_removes_every_copy(
    forum: bool, days: int, after: timedelta, database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        if forum:
            fake.make_forum(LEIPZIG_GROUP)
        settings = desk_settings(fake, database_url, tmp_path, retention_days=days)
        async with running_desk(settings, fake) as desk:
            await submit_callback_lead(fake, PERSON, name=NAME)
            now = utcnow()
            await desk.deliver(now)
            [card] = await fake.wait_sent(LEIPZIG_GROUP, 1)
            topic = (await desk.lead(1)).topic_id
            listing = await command(desk, LEIPZIG_GROUP, ANNA, "/leads")  # outside any topic
            await person_writes(desk, "Mein Handy: 0176 5550000")
            fake.group_message(LEIPZIG_GROUP, ANNA, "/lead 1", thread_id=topic)
            detail = (await fake.wait_for(lambda: answers(fake, "Verlauf")))[-1]
            await close_lead(desk, card)
            before = len(shown_secrets(fake))

            later = now + after
            purged = await retention.run(desk.services.sessionmaker, days, now=later)
            await desk.deliver(later)
            left = await copies_left(desk)

    assert purged.purge.leads == [1] and before >= 4
    assert NAME in listing.plain_text and NAME in detail.plain_text
    assert shown_secrets(fake) == []
    assert left == 0
    deleted = fake.calls_to("deleteMessage", LEIPZIG_GROUP)
    overwritten = [
        c
        for c in fake.calls_to("editMessageText", LEIPZIG_GROUP)
        if c.params["text"] == wording.ERASED
    ]
    if forum:
        # The topic goes with the card, the copy and the /lead answer; /leads was outside it.
        assert topic is not None and topic not in fake.topics(LEIPZIG_GROUP)
        assert [c.params["message_thread_id"] for c in fake.calls_to("deleteForumTopic")] == [topic]
        assert deleted == [] and [c.params["message_id"] for c in overwritten] == [
            listing.message_id
        ]
    else:
        assert len(deleted) == 3 and overwritten == []
        assert "persönliche Daten gelöscht" in str(
            fake.message(LEIPZIG_GROUP, card.message_id)["text"]
        )


async def test_a_card_edit_that_lands_after_the_erasure_is_undone_at_once(
    database_url: str, tmp_path: Path
) -> None:
    """QA: the card's edit after a press landed after /delete had erased the card, and
    the card showed the person's name again until the outbox's next run. The outbox's
    edits of a card (the withdrawal's, the erasure's) take the card's turn, as a press's
    does: the erasure's edit waits for the slow press edit, and no edit after it shows
    the name at all (without a second drawing of the card by the handler)."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            chat, now = await a_delivered_lead(desk)
            [card] = fake.sent(LEIPZIG_GROUP)
            # Anna takes the lead while the person deletes everything: the card's edit
            # after her press is slow, and the erasure's edit of the card comes meanwhile.
            fake.delay_next("editMessageText", 1.0)
            await desk.press(LEIPZIG_GROUP, ANNA, card, "Übernehmen")

            async def claimed() -> bool:
                return (await desk.lead(1)).claimed_by == ANNA

            await fake.wait_for(claimed)
            await erase_by_request(desk, chat)
            await desk.deliver(now + timedelta(minutes=1))
            await settled(desk.app, fake)
            edits = [m.text for m in fake.sent(LEIPZIG_GROUP)]

    withdrawn = next(i for i, text in enumerate(edits) if "zurückgezogen" in text)
    assert any(NAME in text and "übernommen von" in text for text in edits[:withdrawn])
    assert [text for text in edits[withdrawn:] if NAME in text] == []
    assert shown_secrets(fake) == []
    assert "zurückgezogen" in str(fake.message(LEIPZIG_GROUP, card.message_id)["text"])


async def test_a_closed_cards_edit_that_lands_after_the_erasure_shows_no_name(
    database_url: str, tmp_path: Path
) -> None:
    """A done lead's card took a second "Erledigt" tap (it redraws the card, slowly) while
    the person deleted everything: no withdrawal edits a done card, and the erasure's edit
    of it did not wait for the tap's. The tap's edit landed after it and showed the name
    again. The erasure's edit takes the card's turn too: nothing after it names the person."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            chat, now = await a_delivered_lead(desk)
            [card] = fake.sent(LEIPZIG_GROUP)
            await close_lead(desk, card)
            claimed = [m for m in fake.sent(LEIPZIG_GROUP) if "✔️ Erledigt" in m.button_texts]
            fake.delay_next("editMessageText", 1.0)
            await desk.answer_of(await desk.press(LEIPZIG_GROUP, ANNA, claimed[-1], "Erledigt"))
            await erase_by_request(desk, chat)
            await desk.deliver(now + timedelta(minutes=1))
            await settled(desk.app, fake)
            edits = [m.text for m in fake.sent(LEIPZIG_GROUP)]

    erased = next(i for i, text in enumerate(edits) if "persönliche Daten gelöscht" in text)
    assert [text for text in edits[erased:] if NAME in text] == []
    assert "gelöscht" in str(fake.message(LEIPZIG_GROUP, card.message_id)["text"])


def answers(fake: FakeBotAPI, word: str) -> list[SentMessage]:
    """The bot's messages in the Leipzig group that contain ``word``."""
    return [m for m in fake.sent(LEIPZIG_GROUP) if word in m.text]


async def test_retention_erases_an_open_request_nobody_worked_on(
    database_url: str, tmp_path: Path
) -> None:
    # A request no advisor ever closed kept its card, its copies and the log for ever;
    # erased after RETENTION_DAYS without activity, the card said the person had withdrawn.
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path, retention_days=180)
        async with running_desk(settings, fake) as desk:
            await submit_callback_lead(fake, PERSON, name=NAME)
            now = utcnow()
            await desk.deliver(now)
            [card] = await fake.wait_sent(LEIPZIG_GROUP, 1)
            await person_writes(desk, "Mein Handy: 0176 5550000")
            before = len(shown_secrets(fake))
            later = now + timedelta(days=181)
            purged = await retention.run(desk.services.sessionmaker, 180, now=later)
            await desk.deliver(later)
            left = await copies_left(desk)
            lead = await desk.lead(1)

    assert purged.purge.idle == [1] and before >= 2
    assert shown_secrets(fake) == [] and left == 0 and lead.name is None
    shown = str(fake.message(LEIPZIG_GROUP, card.message_id)["text"])
    assert "ohne Bearbeitung" in shown and "zurückgezogen" not in shown


async def test_an_answer_recorded_only_after_the_erasure_ran_is_removed_too(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Anna's "/lead 1" was answered in the group, and before the answer was recorded as a
    # copy of the lead's data the person's /delete was done and its erasure ran: the answer
    # kept the person's name and phone in the group for good.
    erased, recorded = asyncio.Event(), asyncio.Event()
    remember = copies.remember

    async def remembered_late(*args: Any, **kwargs: Any) -> None:
        await erased.wait()
        await remember(*args, **kwargs)
        recorded.set()

    monkeypatch.setattr(copies, "remember", remembered_late)
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            chat, now = await a_delivered_lead(desk)
            detail = await command(desk, LEIPZIG_GROUP, ANNA, "/lead 1")
            await erase_by_request(desk, chat)
            await desk.deliver(now + timedelta(hours=1))
            erased.set()
            await recorded.wait()
            await desk.deliver(now + timedelta(hours=1))
            left = await copies_left(desk)

    assert NAME in detail.plain_text
    assert shown_secrets(fake) == []
    assert fake.message(LEIPZIG_GROUP, detail.message_id) is None  # deleted
    assert left == 0


async def test_an_answer_about_a_lead_erased_before_it_is_not_erased_again(
    database_url: str, tmp_path: Path
) -> None:
    # Only a lead erased while the answer was on its way has its erasure queued again: an
    # answer about one erased before shows no data, and stays for the advisor to read.
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            chat, now = await a_delivered_lead(desk)
            await erase_by_request(desk, chat)
            await desk.deliver(now + timedelta(hours=1))
            detail = await command(desk, LEIPZIG_GROUP, ANNA, "/lead 1")
            await settled(desk.app, fake)
            rows = await desk.outbox_rows()

    assert NAME not in detail.plain_text
    assert [r.status for r in rows if r.kind == "group_erase"] == ["sent"]


async def test_erasure_leaves_no_names_in_the_outbox(database_url: str, tmp_path: Path) -> None:
    """QA: after /delete the outbox rows of the request still held "Anna" (her claim and
    her messages to the person, delivered or still queued) and "Anna Schmidt" (who handed
    it over): docs/privacy.md says erasure leaves ids only. Every row of the lead keeps its
    ids, none a name or a notice's words."""
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings, fake) as desk:
            fake._user(ANNA, first_name="Anna", last_name="Schmidt")
            chat, _sent = await a_delivered_lead(desk)
            [card] = fake.sent(LEIPZIG_GROUP)
            await desk.press(LEIPZIG_GROUP, ANNA, card, "Übernehmen")
            await desk.group_says(LEIPZIG_GROUP, 2)
            fake.group_message(LEIPZIG_GROUP, ANNA, "Guten Tag, hier Anna!", card.message_id)
            await queued(desk, "message_to_person")
            await desk.deliver(utcnow())
            moved = await command(desk, LEIPZIG_GROUP, ANNA, "/weitergeben 1 Dresden")
            await desk.deliver(utcnow())
            # Dresden's advisor writes; it is still on its way when the person deletes.
            fake._user(BERND, first_name="Bernd", last_name="Weber")
            [there] = await fake.wait_sent(DRESDEN_GROUP, 1)
            fake.group_message(DRESDEN_GROUP, BERND, "Guten Tag, hier Bernd!", there.message_id)
            await queued(desk, "message_to_person", 2)
            await erase_by_request(desk, chat)
            await desk.deliver(utcnow())
            rows = await desk.outbox_rows()

    assert moved.plain_text.startswith("↪️ Anfrage #1 ist jetzt beim Büro Dresden")
    kinds = {row.kind for row in rows}
    assert {"person_claimed", "message_to_person", "lead_handed_over"} <= kinds
    left = [(row.kind, row.payload) for row in rows if row.payload]
    names = ("Anna", "Schmidt", "Bernd", "Weber", *SECRETS)
    assert [kept for kept in left if any(name in str(kept) for name in names)] == []


async def test_a_person_erased_by_an_advisor_is_told_so_in_their_telegram_chat(
    database_url: str, tmp_path: Path
) -> None:
    """DPO: Anna erased a Telegram person's data at their request (a call). Their chat
    with the bot was left as it was: the summary with their name and number, and last
    "We will send you a message here as soon as an advisor has taken on your request".
    Nothing came, and nothing told them that their data were gone, nor that the messages
    above stay in their chat until they delete it (the bot keeps no ids of them)."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            await submit_callback_lead(fake, PERSON, name=NAME, lang="uk")
            seen = len(fake.sent(PERSON))
            anna = work.Actor(ANNA, "Anna Schmidt", "Anna")
            access = work.GroupAccess(desk.services.advisors, LEIPZIG_GROUP)
            services = desk.services
            erase = partial(erasure.erase, services.sessionmaker, services.dialogue, access)
            await erase(lead_id=1, actor=anna, now=services.clock(), via="telegram")
            [told] = (await fake.wait_sent(PERSON, seen + 1))[seen:]

    assert told.text == translator("uk").gettext(erased_notice.ERASED_ON_REQUEST)
