"""Floods: many people start at once (a podcast episode, a school class).

Everyone must get exactly one answer, and the bot must stay within Telegram's
limits: about 30 messages per second overall, one per second in a chat.

Pacing 1,000 answers at Telegram's rate takes over half a minute, too long for
the suite. So there are two tests: 1,000 people with the limiter opened wide
(nothing is dropped or doubled under load), and 200 people with the production
limit (TELEGRAM_MAX_RATE's default), where the fake checks the rate it received.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from bot.config import Settings
from bot.dialogue.texts import SENT_TO_ADVISOR
from bot.i18n import LANGUAGES, translator
from bot.ops.pace import PER_MINUTE, SLOW_DOWN
from testkit.fake_bot_api import FakeBotAPI
from tests.advisor_desk import desk_settings, running_desk, submit_callback_lead
from tests.live_bot import settled, started_bot
from tests.telegram_harness import settings_for
from tests.test_advisor_relay import logged

SENT = translator("tr").gettext(SENT_TO_ADVISOR)

TELEGRAM_OVERALL_LIMIT = 30  # messages per second, over all chats


def everyone_starts(fake: FakeBotAPI, people: int) -> list[int]:
    """``people`` different persons send /start at the same moment, in all languages."""
    user_ids = list(range(10_000, 10_000 + people))
    codes = itertools.cycle([*LANGUAGES, None, "pt-BR"])
    for user_id in user_ids:
        fake.user_message(user_id, "/start", language_code=next(codes))
    return user_ids


async def answered_once(fake: FakeBotAPI, settings: Settings, people: int) -> list[int]:
    async with started_bot(settings) as app:
        user_ids = everyone_starts(fake, people)
        await fake.wait_for(
            lambda: len(fake.calls_to("sendMessage")) >= people,
            timeout=120,
            message=f"{people} answers",
        )
        await settled(app, fake)
    for user_id in user_ids:
        sent = fake.sent(user_id)
        assert len(sent) == 1, (user_id, [m.text for m in sent])
        # The welcome with the language choice, not an apology.
        assert "Deutsch" in sent[0].button_texts and "English" in sent[0].button_texts
    assert [c for c in fake.failed_calls if c.method == "sendMessage"] == []
    return user_ids


async def test_a_thousand_people_at_once_all_get_exactly_one_answer(database_url: str) -> None:
    async with FakeBotAPI() as fake:
        settings = settings_for(fake, database_url, telegram_max_rate=1000)
        await answered_once(fake, settings, 1000)


async def test_a_burst_is_answered_within_telegrams_rate_limits(database_url: str) -> None:
    async with FakeBotAPI() as fake:
        settings = settings_for(fake, database_url)
        assert settings.telegram_max_rate <= TELEGRAM_OVERALL_LIMIT
        await answered_once(fake, settings, 200)
        assert fake.max_rate("sendMessage", window=1.0) <= TELEGRAM_OVERALL_LIMIT
        assert fake.max_rate_per_chat(window=1.0) == 1


async def test_one_account_flooding_does_not_hold_up_an_ordinary_persons_start(
    database_url: str,
) -> None:
    flooder, ordinary = 20_001, 20_002
    async with FakeBotAPI() as fake:
        settings = settings_for(fake, database_url, telegram_max_rate=1000)
        async with started_bot(settings) as app:
            for n in range(400):
                fake.user_message(flooder, f"hallo {n}", language_code="de")
            fake.user_message(ordinary, "/start", language_code="tr")
            await fake.wait_for(lambda: fake.sent(ordinary), timeout=60, message="the /start")
            await settled(app, fake)
    to_flooder = fake.texts(flooder)
    slow_down = translator("de").gettext(SLOW_DOWN)
    # Answered up to the limit, told once to slow down, then ignored: the flood's
    # other 369 messages cost no send, so the ordinary person is not behind them.
    assert to_flooder.count(slow_down) == 1
    assert len(to_flooder) == PER_MINUTE + 1  # one screen per message taken
    everything = [m.chat_id for m in fake.sent()]
    assert everything.index(ordinary) <= len(to_flooder)
    assert "Deutsch" in fake.sent(ordinary)[0].button_texts


async def test_albums_of_certificates_after_a_request_all_reach_the_advisor(
    database_url: str, tmp_path: Path
) -> None:
    person = 20_003
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            await submit_callback_lead(fake, person, lang="tr")
            # Three albums of ten photos: thirty updates within the minute of the request.
            for album in ("a1", "a2", "a3"):
                for _ in range(10):
                    fake.user_media(person, "photo", album=album)

            async def all_logged() -> list[object]:
                photos = [row for row in await logged(desk) if row.kind == "photo"]
                return photos if len(photos) == 30 else []

            await fake.wait_for(all_logged, timeout=60, message="thirty photos logged")
            await settled(desk.app, fake)
    assert translator("tr").gettext(SLOW_DOWN) not in fake.texts(person)
    # One receipt per album, not thirty "Sent to your advisor".
    assert fake.texts(person).count(SENT) == 3
