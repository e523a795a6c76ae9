"""Scripted accounts sending request after request do not hold up a real person's lead.

Found by an attack run: three accounts made 114 leads in 60 s, and a real request
reached the advisors 221 s later (a group takes about 20 messages a minute). Now a
request within minutes of an open one joins it (bot.dialogue.quota), and new-lead
cards go out before the notices of those additions (bot.outbox.worker).
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from db.models import Lead
from testkit.fake_bot_api import FakeBotAPI
from tests.advisor_desk import LEIPZIG_GROUP, desk_settings, running_desk
from tests.dialogue_driver import Person, send_another_request, walk_to_summary

SCRIPTED = ("5001", "5002", "5003")
TRIES = 8


async def test_three_scripted_accounts_do_not_put_a_real_lead_behind_them(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            dialogue = desk.services.dialogue
            for account in SCRIPTED:
                script = Person(dialogue, account)
                await walk_to_summary(script)
                await script.press("Send request")
                for _ in range(TRIES - 1):
                    await send_another_request(script)
            person = Person(dialogue, "6001")
            await walk_to_summary(person)
            done = await person.press("Send")
            await desk.deliver()
            async with desk.services.sessionmaker() as session:
                leads = list(await session.execute(sa.select(Lead.id).order_by(Lead.id)))
    # One lead per account, whatever the script sent; the real one is the fourth.
    assert len(leads) == len(SCRIPTED) + 1
    real = leads[-1][0]
    assert f"{real}" in done.text
    group = [m.text.split("\n")[0] for m in fake.sent(LEIPZIG_GROUP)]
    cards = [line for line in group if line.startswith("📨")]
    assert len(cards) == len(SCRIPTED) + 1
    # The cards go out first; the scripts' additions (card updates, notices) after them.
    assert group[: len(cards)] == cards
    assert cards[-1].startswith(f"📨 <b>Anfrage #{real}</b>")
