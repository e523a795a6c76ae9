"""Talk between advisors in a lead's topic is held back, not passed on to the person."""

from __future__ import annotations

from pathlib import Path

import pytest

from testkit.fake_bot_api import FakeBotAPI
from tests.advisor_desk import ANNA, LEIPZIG_GROUP, desk_settings, running_desk
from tests.live_bot import settled
from tests.test_advisor_relay import logged, queued
from tests.test_conversation import PERSON, held_in_topic, noted_then_ok, open_forum_lead

CARLA = 7003


@pytest.mark.parametrize("answer", ["ok", "ja", "Ok, danke!"])
async def test_a_bare_ok_replying_to_a_colleague_in_the_topic_is_asked_about(
    answer: str, database_url: str, tmp_path: Path
) -> None:
    """QA: in a lead's topic Anna wrote to the person; Carla answered Anna's message with a
    bare "ok" as a reply to it, and the person got "ok". It is the team's talk: held back
    and asked about, as a message headed by a colleague's @name is."""
    async with FakeBotAPI() as fake:
        fake.make_forum(LEIPZIG_GROUP)
        settings = desk_settings(fake, database_url, tmp_path, advisor_ids=[ANNA, CARLA])
        async with running_desk(settings, fake) as desk:
            _chat, topic = await open_forum_lead(fake, desk, "de")
            seen = len(fake.sent(PERSON))
            words = "Guten Tag, ich rufe Sie morgen um 10 Uhr an."
            fake.group_message(LEIPZIG_GROUP, ANNA, words, thread_id=topic)
            await queued(desk, "message_to_person")
            annas = fake.in_topic(LEIPZIG_GROUP, topic)[-1]["message_id"]
            fake.group_message(LEIPZIG_GROUP, CARLA, answer, annas, thread_id=topic)
            asked = await desk.group_says(LEIPZIG_GROUP, 2)
            await desk.deliver()
            await settled(desk.app, fake)
            rows = await logged(desk)
            received = fake.sent(PERSON)[seen:]

    assert asked.params.get("message_thread_id") == topic
    assert asked.plain_text.startswith("⚠️ Nicht weitergegeben: Das ist eine kurze Antwort auf die")
    assert [b.text for b in asked.flat_buttons][-1] == "➡️ An die Person senden"
    assert [(r.direction, r.text) for r in rows] == [("to_person", words)]
    assert [m.plain_text.split("\n\n")[-1] for m in received] == [words]


async def test_the_open_question_in_a_topic_survives_a_restart(
    database_url: str, tmp_path: Path
) -> None:
    """QA: the bot held back "Note: …" in a lead's topic and asked about it; the bot was
    restarted (a deployment) before Anna answered, and her "ja" typed in the topic went
    to the person: the open question was kept in memory only. It is kept in the
    database now: the second instance points her to the buttons, and once she tapped,
    "ok" is the person's again."""
    message = "Note: Am Freitag ist das Büro geschlossen."
    async with FakeBotAPI() as fake:
        fake.make_forum(LEIPZIG_GROUP)
        settings = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings, fake) as desk:
            topic, seen, asked = await held_in_topic(desk, message)
        async with running_desk(settings, fake) as desk:
            fake.group_message(LEIPZIG_GROUP, ANNA, "ja", thread_id=topic)
            told = await desk.group_says(LEIPZIG_GROUP, 3)
            received, rows = await noted_then_ok(desk, asked, topic, seen)

    assert told.params.get("message_thread_id") == topic
    assert told.plain_text.startswith("⚠️ Nicht weitergegeben: „ja“ ist nicht an die Person")
    assert [(r.direction, r.text) for r in rows] == [("note", message), ("to_person", "ok")]
    assert [m.plain_text.split("\n\n")[-1] for m in received] == ["ok"]
