"""People without a request skip the advisor check; their first request ends that at once."""

from __future__ import annotations

import asyncio
from collections.abc import Hashable
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any

import pytest

from bot.conversation import log as conversation_log
from bot.conversation import ordering
from bot.conversation.log import Taken
from bot.dialogue.leadless import Leadless
from bot.dialogue.service import Reply
from bot.dialogue.state import Press
from bot.dialogue.texts import SENT_TO_ADVISOR
from bot.handlers import conversation as handlers_conversation
from bot.handlers import user as handlers_user
from bot.i18n import translator
from testkit.fake_bot_api import FakeBotAPI
from tests.advisor_desk import (
    callback_summary,
    desk_settings,
    running_desk,
    submit_callback_lead,
)
from tests.live_bot import settled
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


async def test_a_message_typed_while_the_request_is_being_sent_reaches_the_advisor(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'Send request' tapped and a message typed right after it: the message was routed
    before the request was stored (no request yet, so not the advisor's), and the
    dialogue took it as a question instead of passing it on. A person's updates are now
    routed and stepped one at a time."""
    t = translator("en")
    chat_id = SENDER
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            sender = await callback_summary(fake, SENDER, phone=None)
            routed, sent = asyncio.Event(), asyncio.Event()
            dialogue, route = desk.services.dialogue, conversation_log.from_person
            handle = dialogue.handle

            async def sent_late(*args: Any, **kwargs: Any) -> Reply | None:
                if args[2] != send_request:
                    await sent.wait()  # the message: stepped after the request, as it came
                    return await handle(*args, **kwargs)
                await routed.wait()  # "Send request": stored once the message was routed
                reply = await handle(*args, **kwargs)
                sent.set()
                return reply

            async def noted_route(*args: Any, **kwargs: Any) -> Taken:
                taken = await route(*args, **kwargs)
                routed.set()
                return taken

            def noted_turn(key: Hashable) -> AbstractAsyncContextManager[None]:
                if key == chat_id and key in ordering._IN_ORDER:
                    routed.set()  # the message waits for the person's turn
                return ordering.in_order(key)

            setattr(dialogue, "handle", sent_late)  # noqa: B010 - shadows the method
            monkeypatch.setattr(conversation_log, "from_person", noted_route)
            for module in (handlers_user, handlers_conversation):
                monkeypatch.setattr(module, "in_order", noted_turn, raising=False)
            summary = fake.last_message(SENDER)
            send = summary.button(t.gettext("Send request")).callback_data or ""
            send_request = Press(send, summary.message_id)
            fake.user_press(SENDER, send, message_id=summary.message_id)
            fake.user_message(SENDER, "Can you call after 5?")
            await fake.wait_sent(SENDER, sender.seen + 2)
            await settled(desk.app, fake)
            told = [m.text for m in fake.sent(SENDER)[sender.seen :]]
            log = await logged(desk)

    assert [row.text for row in log] == ["Can you call after 5?"], told
    assert t.gettext(SENT_TO_ADVISOR) in told


def test_the_set_starts_again_when_full_and_forgets_on_request() -> None:
    leadless = Leadless(limit=2)
    leadless.add(("telegram", "1"))
    leadless.add(("telegram", "2"))
    leadless.discard(("telegram", "2"))
    leadless.add(("telegram", "3"))
    assert ("telegram", "1") in leadless and ("telegram", "2") not in leadless
    leadless.add(("telegram", "4"))  # full: those forgotten are asked the database again
    assert ("telegram", "1") not in leadless and ("telegram", "4") in leadless
