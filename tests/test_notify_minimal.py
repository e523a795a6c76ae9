"""NOTIFY_PERSONAL_DATA=minimal: group messages carry no name, phone, e-mail or typed text.

Checked on what the fake Bot API received in the advisor groups, over HTTP.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings
from bot.offices import configured_offices
from testkit.fake_bot_api import FakeBotAPI, SentMessage
from tests.advisor_desk import (
    ANNA,
    BERND,
    DRESDEN_GROUP,
    LEIPZIG_GROUP,
    add_lead,
    desk_settings,
    offices_toml,
    running_desk,
    submit_callback_lead,
)
from tests.test_advisor_commands import command
from tests.test_advisor_relay import queued

PERSON = 5003
INBOX = "https://kausa.example.org"
#: What the person typed, in every form it could show up in a group message.
PERSONAL = (
    "Mehmet",
    "Öztürk",
    "Döner",
    "1234567",
    "Ayşe",
    "Yılmaz",
    "ayse_y",
    "ayse@example.org",
    "Passt mir morgen",
    "04109",
)


def leipzig_minimal() -> str:
    """Leipzig keeps personal data out of Telegram; Dresden keeps today's card."""
    return offices_toml().replace(
        'city = "Leipzig"', 'city = "Leipzig"\nnotify_personal_data = "minimal"'
    )


def assert_nothing_personal(messages: list[SentMessage]) -> None:
    assert messages
    for message in messages:
        for secret in PERSONAL:
            assert secret not in message.text, (secret, message.text)


async def test_minimal_cards_carry_no_personal_data(database_url: str, tmp_path: Path) -> None:
    async with FakeBotAPI() as fake:
        settings = desk_settings(
            fake, database_url, tmp_path, leipzig_minimal(), web_public_url=INBOX + "/"
        )
        async with running_desk(settings, fake) as desk:
            typed = await add_lead(desk.services.sessionmaker, timedelta(hours=1))
            dresden = await add_lead(
                desk.services.sessionmaker, timedelta(hours=1), office="dresden"
            )
            await submit_callback_lead(fake, PERSON, email="ayse@example.org")
            await desk.deliver()
            first, second = await fake.wait_sent(LEIPZIG_GROUP, 2)
            await desk.press(LEIPZIG_GROUP, ANNA, first, "🙋 Übernehmen")
            claimed = await desk.group_says(LEIPZIG_GROUP, 3)
            listing = await command(desk, LEIPZIG_GROUP, ANNA, "/leads")
            detail = await command(desk, LEIPZIG_GROUP, ANNA, f"/lead {typed}")
            # A hit would pair the name with a number in the group.
            named = await command(desk, LEIPZIG_GROUP, ANNA, "/lead Mehmet")
            # The export file would carry every lead's data into the group.
            export = await command(desk, LEIPZIG_GROUP, ANNA, "/export")
            [full] = await fake.wait_sent(DRESDEN_GROUP, 1)

    card = first.plain_text
    assert f"Anfrage #{typed} – Betrieb möchte ausbilden" in card
    assert "Anliegen: Betrieb · Art: Betrieb" in card
    assert "Sprache: Türkisch · Kanal: Telegram" in card
    assert "Büro Leipzig" in card and "Eingang:" in card
    assert f'<a href="{INBOX}/inbox/leads/{typed}">im Web-Posteingang öffnen</a>' in first.text
    assert first.button_texts == ["🙋 Übernehmen", "↪️ Weitergeben"]
    assert "Rückrufwunsch" in second.plain_text and "Sprache: Englisch" in second.plain_text
    # A claim edits the minimal card in place, still without personal data.
    assert claimed.message_id == first.message_id and "übernommen von" in claimed.plain_text
    assert "Mehmet" not in listing.text and f"#{typed}" in listing.text
    assert f"Anfrage #{typed}" in detail.plain_text and "Verlauf" in detail.plain_text
    assert f"#{typed}" not in named.plain_text
    assert f"Nach Namen suchen Sie im Web-Posteingang: {INBOX}/inbox/leads" in named.plain_text
    assert f"CSV-Datei gibt es im Web-Posteingang: {INBOX}/inbox/export" in export.plain_text
    assert fake.documents(LEIPZIG_GROUP) == []
    assert_nothing_personal(fake.sent(LEIPZIG_GROUP))
    # Dresden keeps the full card.
    assert f"Anfrage #{dresden}" in full.plain_text and "Mehmet Öztürk" in full.plain_text
    assert "Döner" in full.plain_text


async def test_a_persons_answer_is_announced_without_its_text(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        settings = desk_settings(
            fake, database_url, tmp_path, notify_personal_data="minimal", web_public_url=INBOX
        )
        async with running_desk(settings, fake) as desk:
            await submit_callback_lead(fake, PERSON, phone=None)
            await desk.deliver()
            [announced] = await fake.wait_sent(LEIPZIG_GROUP, 1)
            fake.group_message(LEIPZIG_GROUP, ANNA, "Wann passt es Ihnen?", announced.message_id)
            seen = len(fake.sent(PERSON))
            await queued(desk, "message_to_person")
            await desk.deliver()
            await fake.wait_sent(PERSON, seen + 1)
            fake.user_message(PERSON, "Passt mir morgen")
            await fake.wait_sent(PERSON, seen + 2)
            await queued(desk, "message_to_advisors")
            await desk.deliver()
            # (Message 2: the card, edited when Anna's answer took the lead on.)
            answer = await desk.group_says(LEIPZIG_GROUP, 3)

    assert answer.reply_to_message_id == announced.message_id
    assert answer.plain_text.startswith("💬 Neue Antwort der Person (Anfrage #1)")
    assert f'href="{INBOX}/inbox/leads/1"' in answer.text
    assert_nothing_personal(fake.sent(LEIPZIG_GROUP))


async def test_without_a_public_url_the_card_names_the_number(
    database_url: str, tmp_path: Path
) -> None:
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path, notify_personal_data="minimal")
        async with running_desk(settings, fake) as desk:
            await add_lead(desk.services.sessionmaker, timedelta(hours=1), office="dresden")
            await desk.deliver()
            [card] = await fake.wait_sent(DRESDEN_GROUP, 1)
            await desk.press(DRESDEN_GROUP, BERND, card, "🙋 Übernehmen")

    assert "im Web-Posteingang, Anfrage #1" in card.plain_text and "href" not in card.text
    assert_nothing_personal([card])


def test_the_setting_is_checked(tmp_path: Path) -> None:
    path = tmp_path / "offices.toml"
    path.write_text(
        offices_toml().replace(
            'city = "Leipzig"', 'city = "Leipzig"\nnotify_personal_data = "some"'
        )
    )
    with pytest.raises(ConfigError, match="notify_personal_data must be 'full' or 'minimal'"):
        configured_offices(load_settings(offices_file=path, _env_file=None))
    with pytest.raises(ConfigError, match="NOTIFY_PERSONAL_DATA"):
        load_settings(notify_personal_data="none", _env_file=None)
    with pytest.raises(ConfigError, match="WEB_PUBLIC_URL"):
        load_settings(web_public_url="kausa.example.org", _env_file=None)
    path.write_text(leipzig_minimal())
    offices = configured_offices(load_settings(offices_file=path, _env_file=None))
    assert offices["leipzig"].notify_personal_data == "minimal"
    assert offices["dresden"].notify_personal_data == "full"


async def test_a_persons_photo_is_announced_not_copied(database_url: str, tmp_path: Path) -> None:
    async with FakeBotAPI() as fake:
        settings = desk_settings(
            fake, database_url, tmp_path, notify_personal_data="minimal", web_public_url=INBOX
        )
        async with running_desk(settings, fake) as desk:
            await submit_callback_lead(fake, PERSON, phone=None)
            await desk.deliver()
            await fake.wait_sent(LEIPZIG_GROUP, 1)
            fake.user_photo(PERSON, caption="Mein Ausweis, Passt mir morgen")
            await queued(desk, "message_to_advisors")
            await desk.deliver()
            notice = await desk.group_says(LEIPZIG_GROUP, 2)

    assert notice.plain_text.startswith("💬 Neue Antwort der Person (Anfrage #1)")
    assert fake.calls_to("copyMessage", LEIPZIG_GROUP) == []
    assert "Ausweis" not in notice.text
    assert_nothing_personal(fake.sent(LEIPZIG_GROUP))


async def test_an_export_in_a_group_of_a_full_and_a_minimal_office_says_what_it_leaves_out(
    database_url: str, tmp_path: Path
) -> None:
    # QA, 2026-12-04 (second round): the file held only Dresden's requests and said
    # nothing of Leipzig's, which are in the web inbox only.
    shared = {"dresden": LEIPZIG_GROUP, "chemnitz": None, "leipzig": LEIPZIG_GROUP}
    toml = offices_toml(chats=shared).replace(
        'city = "Leipzig"', 'city = "Leipzig"\nnotify_personal_data = "minimal"'
    )
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path, toml, web_public_url=INBOX)
        async with running_desk(settings, fake) as desk:
            await add_lead(desk.services.sessionmaker, timedelta(hours=1))
            await add_lead(desk.services.sessionmaker, timedelta(hours=1), office="dresden")
            fake.group_message(LEIPZIG_GROUP, BERND, "/export")
            [document] = await fake.wait_for(lambda: fake.documents(LEIPZIG_GROUP))

    assert document.caption is not None
    assert document.caption.startswith("Export: 1 Anfrage(n)")
    assert "ohne die Anfragen des Büros Leipzig (nur im Web-Posteingang)" in document.caption
    rows = document.content.decode("utf-8-sig").splitlines()[1:]
    assert len(rows) == 1 and ";Dresden;" in rows[0]
