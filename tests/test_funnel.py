"""The dialogue funnel: per-step counts without personal data, from real Telegram dialogues."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from bot.desk import stats
from db.models import FunnelCount
from testkit.fake_bot_api import FakeBotAPI
from tests.advisor_desk import desk_settings, running_desk, submit_callback_lead
from tests.telegram_harness import Chat


async def test_each_step_is_counted_per_flow_and_language(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            await submit_callback_lead(fake, 5101, phone=None)
            # A second person stops at the privacy notice.
            chat = Chat(fake, 5102, "en")
            fake.user_message(5102, "/start", language_code="en", first_name="Bo")
            chat.seen = len(await fake.wait_sent(5102, 1))
            await chat.press("English")
            await chat.press("Request a callback")
            await chat.press("A business")
            await chat.press("Skip")  # no topic
            await chat.type("04109")
            await chat.press("No")
            async with desk.services.sessionmaker() as session:
                rows = (await session.execute(sa.select(FunnelCount))).scalars().all()

    counts = {(r.flow, r.language, r.step): r.count for r in rows}
    assert counts[("callback", "en", "start")] == 2
    assert counts[("callback", "en", "q:plz")] == 2
    assert counts[("callback", "en", "consent")] == 2
    assert counts[("callback", "en", "consented")] == 1
    assert counts[("callback", "en", "sent")] == 1
    # Nothing else is stored with a count: no user, lead, text or time of day.
    assert {c.name for c in FunnelCount.__table__.columns} == {
        "day",
        "flow",
        "language",
        "step",
        "count",
    }


def test_the_statistics_name_the_funnels_steps_in_the_dialogues_order() -> None:
    counts = {"sent": 3, "start": 10, "q:plz": 8, "consented": 5, "consent": 6, "q:gone": 1}
    assert list(stats.funnel_steps("business", counts).items()) == [
        ("Dialog begonnen", 10),
        ("Frage: Postleitzahl", 8),
        ("Einwilligung gefragt", 6),
        ("eingewilligt", 5),
        ("Anfrage gesendet", 3),
        ("q:gone", 1),  # a question no longer asked: last, as it is stored
    ]
