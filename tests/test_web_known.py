"""What the web server remembers of a session between steps (bot.web.known): a session it
knows sees exactly what a server that knows nothing would show, read from the database.

Each test walks two people the same way on the server that remembers ("warm"); the last
step of the second goes to a second server over the same database that has never seen
them ("cold"). Their answers must be the same: after /delete, after an advisor's
message, after a step in another tab, after the trust time.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest_asyncio
import sqlalchemy as sa
from aiohttp.test_utils import TestClient, TestServer

from bot.conversation import log as conversation_log
from bot.conversation.log import Advisor
from bot.privacy import retention
from bot.services import Services
from bot.web import chat
from bot.web.app import build_web_app
from bot.web.known import TRUST, KnownSessions
from bot.web.retired import KEPT_FOR, RetiredSessions
from bot.web.security import SECURITY, signatures_kept
from db.models import Lead
from tests.test_web_chat import UNLIMITED
from tests.test_web_delivery import deliver, web_lead
from tests.test_web_waiting import Clock, clock, services
from tests.web_person import WebClient, WebPerson

__all__ = ["clock", "services"]  # the fixtures: services on a clock the test moves

#: For the memory alone (no ALTCHA): any fixed time.
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest_asyncio.fixture
async def servers(services: Services) -> AsyncIterator[tuple[WebClient, WebClient]]:
    """The warm server and a cold one over the same services and keys."""
    warm_app = build_web_app(services, extra=[chat.register], limits=UNLIMITED)
    cold_app = build_web_app(
        services, extra=[chat.register], limits=UNLIMITED, security=warm_app[SECURITY]
    )
    for app in (warm_app, cold_app):
        app[chat.CHAT].proof.cost = 1
    async with TestClient(TestServer(warm_app)) as warm, TestClient(TestServer(cold_app)) as cold:
        yield warm, cold


def known(client: WebClient) -> KnownSessions:
    return client.server.app[chat.CHAT].known


def cookie(client: WebClient) -> str:
    return client.session.cookie_jar.filter_cookies(client.make_url("/"))["kausa_chat"].value


async def on_cold(cold: WebClient, person: WebPerson) -> WebPerson:
    """The same browser session, on the server that has never seen it."""
    twin = WebPerson(cold)
    cold.session.cookie_jar.clear()
    cold.session.cookie_jar.update_cookies({"kausa_chat": cookie(person.client)})
    twin.csrf, twin.screen = person.csrf, person.screen
    return twin


Answer = dict[str, Any]


async def both_ways(
    servers: tuple[WebClient, WebClient],
    walk: Callable[[WebClient], Awaitable[WebPerson]],
    last: Callable[[WebPerson], Awaitable[Answer]],
) -> tuple[Answer, Answer]:
    """A person ``walk``s on the warm server and takes the ``last`` step there; a second
    person walks the same way and takes it on the cold server. Both answers."""
    warm, cold = servers
    answers = []
    for last_on_cold in (False, True):
        warm.session.cookie_jar.clear()
        person = await walk(warm)
        answers.append(await last(await on_cold(cold, person) if last_on_cold else person))
    return answers[0], answers[1]


async def at_the_menu(client: WebClient) -> WebPerson:
    person = WebPerson(client)
    await person.open()
    await person.press("English")
    return person


async def stored_step(services: Services, client: WebClient) -> str | None:
    session_id = cookie(client).partition(".")[0]
    return await services.dialogue.step_of(chat.CHANNEL, chat.external_id(session_id))


def remembered(client: WebClient) -> str | None:
    session_id = cookie(client).partition(".")[0]
    return known(client).step(chat.external_id(session_id))


async def test_a_known_session_is_answered_without_asking_for_its_screen_and_rightly(
    servers: tuple[WebClient, WebClient], services: Services
) -> None:
    warm, _ = servers
    person = await at_the_menu(warm)
    await person.press("Request a callback")
    # What the server remembers is what the database holds.
    assert remembered(warm) == await stored_step(services, warm)
    assert remembered(warm) is not None


async def test_after_delete_the_next_step_starts_afresh_as_on_a_server_without_memory(
    servers: tuple[WebClient, WebClient], services: Services
) -> None:
    async def walk(warm: WebClient) -> WebPerson:
        person = await at_the_menu(warm)
        await person.step({"command": "delete"})
        await person.press("Yes")
        assert remembered(warm) is None  # forgotten with the person
        return person

    warm_answer, cold_answer = await both_ways(servers, walk, menu)
    assert warm_answer == cold_answer
    assert "How can we help you?" in warm_answer["text"]


async def menu(person: WebPerson) -> Answer:
    return await person.step({"command": "menu"})


async def test_after_an_advisors_message_typed_text_still_reaches_the_advisor(
    servers: tuple[WebClient, WebClient], services: Services
) -> None:
    async def walk(warm: WebClient) -> WebPerson:
        person = WebPerson(warm)
        await web_lead(person, email=False)
        anna = Advisor(7001, "Anna Schmidt", "Anna")
        async with services.sessionmaker() as session, session.begin():
            lead = (await session.scalars(sa.select(Lead).order_by(Lead.id.desc()))).first()
            assert lead is not None
            await conversation_log.from_inbox(
                session,
                lead,
                text="Ich rufe Sie morgen an.",
                advisor=anna,
                now=services.clock(),
                note=False,
            )
        await deliver(services)
        return person

    async def thanks(person: WebPerson) -> Answer:
        return await person.type("Danke, passt.")

    answers = await both_ways(servers, walk, thanks)
    # Each person has a request of their own, with its own number.
    warm_answer, cold_answer = ({**a, "text": re.sub(r"\d+", "N", a["text"])} for a in answers)
    assert warm_answer == cold_answer
    assert warm_answer["before"] == ["Sent to your advisor."]


async def test_a_step_in_another_tab_is_seen_by_the_first_tab(
    servers: tuple[WebClient, WebClient], services: Services
) -> None:
    async def walk(warm: WebClient) -> WebPerson:
        first = await at_the_menu(warm)
        second = WebPerson(warm)  # the same cookie: another tab of the same browser
        await second.open()
        await second.press("Request a callback")
        await second.press("A business")
        assert remembered(warm) == await stored_step(services, warm)
        return first

    async def information(first: WebPerson) -> Answer:
        # The first tab still shows the menu; its stale button meets the new screen.
        return await first.press("Information")

    warm_answer, cold_answer = await both_ways(servers, walk, information)
    assert warm_answer == cold_answer


async def test_after_the_trust_time_the_database_is_asked_again(
    servers: tuple[WebClient, WebClient], services: Services, clock: Clock
) -> None:
    start = clock.now

    async def walk(warm: WebClient) -> WebPerson:
        clock.now = start
        person = await at_the_menu(warm)
        await person.press("Request a callback")
        # Months later the nightly purge removed the inactive person, in another process.
        clock.now = start + timedelta(days=services.settings.retention_days + 1)
        await retention.run(services.sessionmaker, services.settings.retention_days, now=clock.now)
        assert await stored_step(services, warm) is None
        assert remembered(warm) is None  # far past the trust time
        return person

    warm_answer, cold_answer = await both_ways(servers, walk, menu)
    assert warm_answer == cold_answer
    assert "How can we help you?" in warm_answer["text"]


async def test_concurrent_steps_of_one_session_keep_their_order_and_the_memory_its_last(
    servers: tuple[WebClient, WebClient], services: Services
) -> None:
    warm, _ = servers
    person = await at_the_menu(warm)
    commands = ["/privacy", "/help", "/language", "/delete", "/status"]
    answers = await asyncio.gather(*(person.post({"text": c}) for c in commands))
    seqs = sorted(int(body["buttons"][0][0]["data"].split(":")[0]) for _, body in answers)
    assert seqs == list(range(seqs[0], seqs[0] + len(commands)))
    assert remembered(warm) == await stored_step(services, warm)


def test_an_entry_is_trusted_for_an_hour_by_the_injected_clock() -> None:
    now = [START]
    memory = KnownSessions(lambda: now[0])
    memory.remember("p", "menu")
    memory.mark_passed("p")
    now[0] = START + TRUST
    assert memory.step("p") == "menu" and memory.passed("p")
    now[0] = START + TRUST + timedelta(seconds=1)
    assert memory.step("p") is None and not memory.passed("p")


def test_the_least_recent_sessions_go_first_beyond_the_limit() -> None:
    memory = KnownSessions(lambda: START, limit=2)
    for person in ("a", "b", "c"):
        memory.remember(person, "menu")
    memory.remember("b", "q:plz")
    memory.remember("d", "menu")
    assert [memory.step(p) for p in "abcd"] == [None, "q:plz", None, "menu"]


def test_no_proof_in_the_database_is_remembered_until_this_server_takes_one() -> None:
    """The spam check asks the database once per session (bot.web.chat.needs_proof)."""
    now = [START]
    memory = KnownSessions(lambda: now[0])
    memory.unproven("stranger")  # never stepped here: nothing to remember it by
    assert memory.passed("stranger") is None
    memory.remember("p", "q:name")
    assert memory.passed("p") is None  # not asked yet: ask the database
    memory.unproven("p")
    assert memory.passed("p") is False
    memory.mark_passed("p")
    assert memory.passed("p") is True
    now[0] = START + TRUST + timedelta(seconds=1)
    assert memory.passed("p") is None  # past the trust time: ask again


def test_a_retired_session_is_known_as_long_as_its_cookie_lives() -> None:
    """An advisor's erasure retires a web session (bot.web.retired): its cookie counts as
    none for as long as a browser keeps it, and the memory keeps no more than it holds."""
    now = [datetime(2026, 12, 5, 12, tzinfo=UTC)]
    retired = RetiredSessions(lambda: now[0], kept=2)
    retired.retire("a")
    now[0] += KEPT_FOR
    assert "a" in retired and "b" not in retired
    retired.retire("b")
    retired.retire("c")  # one more than kept: the oldest goes
    assert "a" not in retired and "b" in retired and "c" in retired
    now[0] += KEPT_FOR + timedelta(seconds=1)  # their cookies are gone too
    assert "b" not in retired and "c" not in retired


async def test_after_delete_no_kept_signature_names_the_deleted_session(
    servers: tuple[WebClient, WebClient], services: Services
) -> None:
    # docs/privacy.md: no memory pairs the deleted session with the new one. The signature
    # cache held the deleted id (its cookie's and form token's messages) and the new id's
    # signature over the deleted form token, until 8,192 newer ones pushed them out.
    warm, _ = servers
    person = await at_the_menu(warm)
    deleted = cookie(warm).split(".")[0]
    assert any(deleted in message for message in signatures_kept())
    await person.step({"command": "delete"})
    await person.press("Yes")
    assert not any(deleted in message for message in signatures_kept())
    assert not any(message.startswith("renewed") for message in signatures_kept())
    assert "How can we help you?" in (await menu(person))["text"]
