"""An advisor's command typed with a space after the slash ("/ lead 2"): Telegram makes no
command of it, and it must never reach the person."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from testkit.fake_bot_api import FakeBotAPI
from tests.advisor_desk import ANNA, LEIPZIG_GROUP, add_lead, desk_settings, running_desk
from tests.live_bot import settled
from tests.test_advisor_commands import command
from tests.test_advisor_relay import logged
from tests.test_conversation import PERSON, open_forum_lead


async def test_a_command_with_a_space_after_the_slash_is_read_as_the_command(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/ lead 2" in a group without topics got no answer at all, nor "\\lead 2" (a
    backslash for the slash). Both are read as "/lead 2"; "/ notiz 2 Rückruf" is answered
    with the command to copy, kept nowhere."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            lead_id = await add_lead(desk.services.sessionmaker, timedelta(hours=2), name="Omar")
            shown = await command(desk, LEIPZIG_GROUP, ANNA, f"/ lead {lead_id}")
            listed = await command(desk, LEIPZIG_GROUP, ANNA, "/  Leads")
            noted = await command(desk, LEIPZIG_GROUP, ANNA, f"/ notiz {lead_id} Rückruf")
            backslashed = await command(desk, LEIPZIG_GROUP, ANNA, f"\\lead {lead_id}")

    assert f"#{lead_id}" in shown.plain_text and "Verlauf" in shown.plain_text
    assert listed.plain_text.startswith("Offene Anfragen (1)")
    assert noted.plain_text.startswith("⚠️ Nicht gespeichert")
    assert f"/notiz {lead_id} Rückruf" in noted.plain_text
    assert f"#{lead_id}" in backslashed.plain_text and "Verlauf" in backslashed.plain_text


async def test_a_command_with_a_space_after_the_slash_in_a_topic_never_reaches_the_person(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/ lead 1" typed in a lead's topic went to the person as the advisor's
    message. It is read as "/lead 1", and the person gets nothing."""
    async with FakeBotAPI() as fake:
        fake.make_forum(LEIPZIG_GROUP)
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            _chat, topic = await open_forum_lead(fake, desk, "de")
            seen = len(fake.sent(PERSON))
            before = len(fake.in_topic(LEIPZIG_GROUP, topic))
            fake.group_message(LEIPZIG_GROUP, ANNA, "/ lead 1", thread_id=topic)
            await fake.wait_for(lambda: len(fake.in_topic(LEIPZIG_GROUP, topic)) > before + 1)
            await desk.deliver()
            await settled(desk.app, fake)
            shown = fake.in_topic(LEIPZIG_GROUP, topic)[-1]
            rows = await logged(desk)

    assert "#1" in str(shown.get("text")) and "Verlauf" in str(shown.get("text"))
    assert len(fake.sent(PERSON)) == seen
    assert [row.text for row in rows if row.text and "lead" in row.text] == []
