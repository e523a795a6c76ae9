"""`/lead N` in a group holds no more personal data than the lead's card, over HTTP.

A full office's card shows the person's name, phone and latest three messages, so
/lead N may too, but not the older ones; a minimal office's card shows none of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.texts import SENT_TO_ADVISOR
from bot.i18n import translator
from testkit.fake_bot_api import FakeBotAPI
from tests.advisor_desk import (
    ANNA,
    LEIPZIG_GROUP,
    desk_settings,
    running_desk,
    submit_callback_lead,
)
from tests.test_advisor_commands import command
from tests.test_advisor_relay import queued

PERSON = 5402
WRITTEN = ("Erste Nachricht: Vertrag", "Zweite", "Dritte", "Vierte: Handy 0176 5550000")


@pytest.mark.parametrize("mode", ["full", "minimal"])
async def test_lead_n_shows_what_the_card_shows(
    mode: str, database_url: str, tmp_path: Path
) -> None:
    receipt = translator("en").gettext(SENT_TO_ADVISOR)
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path, notify_personal_data=mode)
        async with running_desk(settings, fake) as desk:
            await submit_callback_lead(fake, PERSON, name="Ayşe Yılmaz")
            await desk.deliver()
            await fake.wait_sent(LEIPZIG_GROUP, 1)
            for count, text in enumerate(WRITTEN, start=1):
                fake.user_message(PERSON, text)
                await fake.wait_for(lambda: fake.sent(PERSON)[-1].text == receipt)
                await queued(desk, "message_to_advisors", count)
            await desk.deliver()
            detail = await command(desk, LEIPZIG_GROUP, ANNA, "/lead 1")

    shown = detail.plain_text
    assert "Anfrage #1" in shown and "Verlauf" in shown
    assert "Gespräch: 4 Nachricht(en)" in shown
    # The oldest message is in no card, so in no /lead answer either.
    assert "Erste Nachricht" not in shown
    if mode == "full":
        assert "Ayşe Yılmaz" in shown and "1234567" in shown
        assert all(f"💬 {text}" in shown for text in WRITTEN[1:])
    else:
        for secret in ("Ayşe", "1234567", "Zweite", "Dritte", "5550000"):
            assert secret not in shown
