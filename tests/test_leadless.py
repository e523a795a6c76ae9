"""People without a request skip the advisor check; their first request ends that at once."""

from __future__ import annotations

from pathlib import Path

from bot.dialogue.leadless import Leadless
from bot.dialogue.texts import SENT_TO_ADVISOR
from bot.i18n import translator
from testkit.fake_bot_api import FakeBotAPI
from tests.advisor_desk import desk_settings, running_desk, submit_callback_lead
from tests.telegram_harness import Chat
from tests.test_advisor_relay import logged
from tests.test_conversation import person_sends

NEWCOMER, SENDER = 5401, 5402


async def test_a_message_right_after_the_first_request_reaches_the_advisor(
    database_url: str, tmp_path: Path
) -> None:
    t = translator("en")
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            leadless = desk.services.dialogue.leadless
            newcomer = Chat(fake, NEWCOMER, "en")
            await newcomer.command("/start")
            await newcomer.press("English")
            known_without = ("telegram", str(NEWCOMER)) in leadless
            # Typed outside a question by someone without a request: the dialogue's.
            answer = await person_sends(newcomer, lambda: fake.user_message(NEWCOMER, "Hallo?"))
            log_before = await logged(desk)

            # Met in this process, then a request: the very next message is the advisor's.
            sender = await submit_callback_lead(fake, SENDER, phone=None)
            still_without = ("telegram", str(SENDER)) in leadless
            receipt = await person_sends(
                sender, lambda: fake.user_message(SENDER, "Can you call after 5?")
            )
            log_after = await logged(desk)

    assert known_without and not still_without
    assert answer != t.gettext(SENT_TO_ADVISOR) and log_before == []
    assert receipt == t.gettext(SENT_TO_ADVISOR)
    assert [row.text for row in log_after] == ["Can you call after 5?"]


def test_the_set_starts_again_when_full_and_forgets_on_request() -> None:
    leadless = Leadless(limit=2)
    leadless.add(("telegram", "1"))
    leadless.add(("telegram", "2"))
    leadless.discard(("telegram", "2"))
    leadless.add(("telegram", "3"))
    assert ("telegram", "1") in leadless and ("telegram", "2") not in leadless
    leadless.add(("telegram", "4"))  # full: those forgotten are asked the database again
    assert ("telegram", "1") not in leadless and ("telegram", "4") in leadless
