"""An advisor group that refuses the bot loses no lead: the cards wait, are tried again
every 15 minutes for as long as it takes, the office is alerted by e-mail once, /stats
names the group, and once the bot is back in the group every card goes out, oldest first."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.outbox import groups
from db.models import utcnow
from db.vocabulary import OutboxTarget
from testkit.fake_bot_api import FakeBotAPI
from tests.advisor_desk import (
    BERND,
    DRESDEN_GROUP,
    LEIPZIG_GROUP,
    add_lead,
    desk_settings,
    offices_toml,
    running_desk,
)
from tests.test_notify import Mailbox, smtp_server  # noqa: F401 - the SMTP fixture

NAMES = ("Erste Person", "Zweite Person", "Dritte Person")
ALERT = "KAUSA-Bot: Beratergruppe Büro Leipzig nicht erreichbar"


async def test_a_refusing_group_gets_every_waiting_card_once_it_works_again(
    database_url: str,
    tmp_path: Path,
    smtp_server: tuple[Mailbox, int],  # noqa: F811
) -> None:
    mailbox, port = smtp_server
    toml = offices_toml(notify_email={"leipzig": "leipzig@kausa-sachsen.example.org"})
    async with FakeBotAPI() as fake:
        settings = desk_settings(
            fake, database_url, tmp_path, toml, smtp_host="127.0.0.1", smtp_port=port
        )
        async with running_desk(settings, fake) as desk:
            for minutes, name in zip((30, 20, 10), NAMES, strict=True):
                await add_lead(desk.services.sessionmaker, timedelta(minutes=minutes), name=name)
            # The bot was removed from the Leipzig group: Telegram answers 403 there.
            fake.block_user(LEIPZIG_GROUP)
            now = utcnow()
            first = await desk.deliver(now)
            rows = [r for r in await desk.outbox_rows() if r.target == OutboxTarget.TELEGRAM]
            assert sorted(first.waiting) == [r.id for r in rows] and first.failed == []
            assert fake.sent(LEIPZIG_GROUP) == []
            assert {(r.status, r.attempts) for r in rows} == {("pending", 0)}
            assert rows[0].last_error is not None
            assert rows[0].last_error.startswith("group unreachable: Forbidden")
            assert groups.unreachable_offices(desk.outbox) == ["leipzig"]
            refused = len(fake.failed_calls)

            # Not hammered: nothing is tried before 15 minutes have passed.
            await desk.deliver(now + timedelta(minutes=5))
            assert len(fake.failed_calls) == refused
            # For days, one try every 15 minutes; no card is given up.
            for quarter in range(1, 4 * 24 * 3, 16):
                await desk.deliver(now + quarter * groups.GROUP_RETRY + timedelta(seconds=1))
            rows = [r for r in await desk.outbox_rows() if r.target == OutboxTarget.TELEGRAM]
            assert {(r.status, r.attempts) for r in rows} == {("pending", 0)}
            assert len(fake.failed_calls) > refused

            # Another office's advisors see it in /stats.
            fake.group_message(DRESDEN_GROUP, BERND, "/stats")
            [stats] = await fake.wait_sent(DRESDEN_GROUP, 1)
            assert "Beratergruppe Leipzig nicht erreichbar" in stats.text

            # The bot is in the group again: at the next try every card goes out, oldest first.
            fake.unblock_user(LEIPZIG_GROUP)
            last = await desk.deliver(now + timedelta(days=4))
            rows = [r for r in await desk.outbox_rows() if r.target == OutboxTarget.TELEGRAM]
            assert sorted(last.sent) == [r.id for r in rows]
            assert {(r.status, r.last_error) for r in rows} == {("sent", None)}
            assert groups.unreachable_offices(desk.outbox) == []

    cards = [m.plain_text for m in fake.sent(LEIPZIG_GROUP)]
    assert [next(n for n in NAMES if n in card) for card in cards] == list(NAMES)
    # The office was told by e-mail once, without anybody's data.
    alerts = [m for m in mailbox.messages if m["Subject"] == ALERT]
    assert len(alerts) == 1
    assert alerts[0]["To"] == "leipzig@kausa-sachsen.example.org"
    body = alerts[0].get_content()
    assert "warten im Bot" in body and not any(name in body for name in NAMES)


async def test_stats_for_one_office_names_only_its_own_group_unreachable(
    database_url: str, tmp_path: Path
) -> None:
    # QA: "/stats Dresden" asked for one office's figures, and its answer also named every
    # other office whose group refuses the bot, as plain /stats does for the whole bot.
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings, fake) as desk:
            await add_lead(desk.services.sessionmaker, timedelta(minutes=5))
            fake.block_user(LEIPZIG_GROUP)
            await desk.deliver(utcnow())
            assert groups.unreachable_offices(desk.outbox) == ["leipzig"]
            fake.group_message(DRESDEN_GROUP, BERND, "/stats Dresden")
            [named] = await fake.wait_sent(DRESDEN_GROUP, 1)
            fake.group_message(DRESDEN_GROUP, BERND, "/stats")
            whole = (await fake.wait_sent(DRESDEN_GROUP, 2))[1]

    assert "nicht erreichbar" not in named.text
    assert "Beratergruppe Leipzig nicht erreichbar" in whole.text
