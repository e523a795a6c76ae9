"""The shared advisor actions from the web inbox's side: the same rules, audit and outbox
as the Telegram buttons, seen in the group and by the person (fake Bot API)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.advisor import work
from bot.conversation import log as conversation_log
from bot.desk.accounts import NOT_FOUND, Advisor, InboxAccess
from db.models import utcnow
from testkit.fake_bot_api import FakeBotAPI
from tests.advisor_desk import ANNA, LEIPZIG_GROUP, desk_settings, running_desk
from tests.advisor_desk import submit_callback_lead as submit

PERSON = 5004
#: Anna's inbox account, linked to her Telegram id; Bernd works in Dresden.
ANNA_WEB = Advisor(1, "anna", "Anna Schmidt", "leipzig", False, ANNA)
BERND_WEB = Advisor(2, "bernd", "Bernd Meier", "dresden", False, None)
ADMIN = Advisor(3, "chef", "Chef Koch", "dresden", True, None)


async def test_claim_note_and_reply_from_the_inbox(database_url: str, tmp_path: Path) -> None:
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            sessions = desk.services.sessionmaker
            await submit(fake, PERSON, phone=None)
            await desk.deliver()
            [card] = await fake.wait_sent(LEIPZIG_GROUP, 1)
            seen = len(fake.sent(PERSON))
            now = utcnow()

            def on(advisor: Advisor) -> dict[str, Any]:
                return {"lead_id": 1, "actor": advisor.actor, "now": now}

            anna, bernd = InboxAccess(ANNA_WEB), InboxAccess(BERND_WEB)
            elsewhere = await work.act(sessions, bernd, action="claim", **on(BERND_WEB))
            claimed = await work.act(
                sessions, anna, action="claim", refresh_group=True, **on(ANNA_WEB)
            )
            twice = await work.act(sessions, InboxAccess(ADMIN), action="claim", **on(ADMIN))
            noted = await work.add_note(sessions, anna, text="Rückruf am Montag", **on(ANNA_WEB))
            hidden = await work.add_note(sessions, bernd, text="x", **on(BERND_WEB))
            replied = await work.reply(
                sessions, anna, text="Guten Tag, ich rufe Montag an.", **on(ANNA_WEB)
            )
            empty = await work.reply(sessions, anna, text=" \u200e ", **on(ANNA_WEB))
            await desk.deliver()
            edited = await desk.group_says(LEIPZIG_GROUP, 2)
            told = await fake.wait_sent(PERSON, seen + 2)
            lead = await desk.lead(1)
            audit = [(e.action, e.actor_name) for e in await desk.audit(1)]
            async with sessions() as session:
                logged = await conversation_log.messages_of(session, [1])

    assert (elsewhere.changed, elsewhere.answer) == (False, NOT_FOUND)
    assert claimed.changed and not twice.changed and "Anna Schmidt" in twice.answer
    # The Telegram id links both places: the group shows the claim as Anna's.
    assert lead.claimed_by == ANNA and lead.claimed_by_name == "Anna Schmidt"
    assert (
        edited.message_id == card.message_id and "übernommen von Anna Schmidt" in edited.plain_text
    )
    assert "Anna" in told[seen].plain_text  # the person learns the advisor's first name
    assert "Guten Tag, ich rufe Montag an." in told[seen + 1].plain_text
    assert (noted.status, hidden.status) == ("note", "not_lead")
    assert replied.status == "queued" and empty.status == "empty"
    # Note and reply are the lead's conversation, as if written in the group.
    # Written in the inbox: no Telegram message stands behind them, so no Telegram ids.
    assert [
        (m.direction, m.text, m.advisor_id, m.origin, m.source_chat_id, m.source_message_id)
        for m in logged[1]
    ] == [
        ("note", "Rückruf am Montag", ANNA, "inbox", None, None),
        ("to_person", "Guten Tag, ich rufe Montag an.", ANNA, "inbox", None, None),
    ]
    assert audit == [
        ("announced", None),
        ("denied", "Bernd Meier"),
        ("claimed", "Anna Schmidt"),
        ("denied", "Bernd Meier"),
        ("relayed_to_person", "Anna Schmidt"),
    ]


async def test_a_note_typed_in_the_reply_box_stays_a_note(
    database_url: str, tmp_path: Path
) -> None:
    # "//" at the start is a note in the group; from the inbox's reply box it reached the
    # person, and took the request on.
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            sessions = desk.services.sessionmaker
            await submit(fake, PERSON, phone=None)
            await desk.deliver()
            await fake.wait_sent(LEIPZIG_GROUP, 1)
            seen = len(fake.sent(PERSON))
            anna = InboxAccess(ANNA_WEB)
            now = utcnow()
            noted = await work.reply(
                sessions,
                anna,
                text="// bitte nicht rausgeben",
                lead_id=1,
                actor=ANNA_WEB.actor,
                now=now,
            )
            report = await desk.deliver()
            lead = await desk.lead(1)
            async with sessions() as session:
                logged = await conversation_log.messages_of(session, [1])

    assert noted.status == "note" and report.sent == []
    assert len(fake.sent(PERSON)) == seen and lead.status == "new"
    assert [(m.direction, m.text) for m in logged[1]] == [("note", "// bitte nicht rausgeben")]


async def test_done_and_reopened_in_the_inbox_close_and_open_the_leads_topic(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "Erledigt" in the group closes the lead's topic and "Wieder öffnen" opens it;
    from the inbox the topic stayed as it was: a lead reopened there kept its closed
    topic, where advisors could not write to the person."""
    async with FakeBotAPI() as fake:
        fake.make_forum(LEIPZIG_GROUP)
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            sessions = desk.services.sessionmaker
            await submit(fake, PERSON, phone=None)
            await desk.deliver()
            await fake.wait_sent(LEIPZIG_GROUP, 1)
            topic = (await desk.lead(1)).topic_id
            anna = InboxAccess(ANNA_WEB)
            on = {"lead_id": 1, "actor": ANNA_WEB.actor, "refresh_group": True}
            for action in ("claim", "done"):
                await work.act(sessions, anna, action=action, now=utcnow(), **on)
            await desk.deliver()
            closed = [c.params["message_thread_id"] for c in fake.calls_to("closeForumTopic")]
            await work.act(sessions, anna, action="reopen", now=utcnow(), **on)
            await desk.deliver()
            opened = [c.params["message_thread_id"] for c in fake.calls_to("reopenForumTopic")]

    assert topic is not None
    assert closed == [topic] and opened == [topic]
