"""Talk between advisors in a lead's topic is held back, not passed on to the person."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from testkit.fake_bot_api import FakeBotAPI
from tests import advisor_desk
from tests.advisor_desk import ANNA, LEIPZIG_GROUP, Desk, desk_settings, running_desk
from tests.live_bot import settled
from tests.test_advisor_relay import logged, queued
from tests.test_conversation import PERSON, held_in_topic, noted_then_ok, open_forum_lead

CARLA = 7003


@dataclass(frozen=True)
class Written:
    """Anna's message to the person in a lead's topic: the desk, the topic, its message
    id, and how many messages the person had before it."""

    fake: FakeBotAPI
    desk: Desk
    topic: int
    message_id: int
    seen: int


@asynccontextmanager
async def annas_message_in_topic(
    database_url: str, tmp_path: Path, words: str
) -> AsyncIterator[Written]:
    """A lead in its topic, Carla advising in Leipzig too, where Anna wrote ``words`` to
    the person (queued)."""
    async with FakeBotAPI() as fake:
        fake.make_forum(LEIPZIG_GROUP)
        settings = desk_settings(fake, database_url, tmp_path, advisor_ids=[ANNA, CARLA])
        async with running_desk(settings, fake) as desk:
            _chat, topic = await open_forum_lead(fake, desk, "de")
            seen = len(fake.sent(PERSON))
            fake.group_message(LEIPZIG_GROUP, ANNA, words, thread_id=topic)
            await queued(desk, "message_to_person")
            annas = fake.in_topic(LEIPZIG_GROUP, topic)[-1]["message_id"]
            yield Written(fake, desk, topic, annas, seen)


@pytest.mark.parametrize(
    "answer", ["ok", "ja", "Ok, danke!", "Danke dir!", "Alles klar 👍", "super, mach ich"]
)
async def test_a_bare_ok_replying_to_a_colleague_in_the_topic_is_asked_about(
    answer: str, database_url: str, tmp_path: Path
) -> None:
    """QA: in a lead's topic Anna wrote to the person; Carla answered Anna's message with a
    bare "ok" as a reply to it, and the person got "ok". It is the team's talk: held back
    and asked about, as a message headed by a colleague's @name is."""
    words = "Guten Tag, ich rufe Sie morgen um 10 Uhr an."
    async with annas_message_in_topic(database_url, tmp_path, words) as annas:
        fake, desk, topic = annas.fake, annas.desk, annas.topic
        fake.group_message(LEIPZIG_GROUP, CARLA, answer, annas.message_id, thread_id=topic)
        asked = await desk.group_says(LEIPZIG_GROUP, 2)
        await desk.deliver()
        await settled(desk.app, fake)
        rows = await logged(desk)
        received = fake.sent(PERSON)[annas.seen :]

    assert asked.params.get("message_thread_id") == topic
    assert asked.plain_text.startswith("⚠️ Nicht weitergegeben: Das ist eine kurze Antwort auf die")
    assert [b.text for b in asked.flat_buttons][-1] == "➡️ An die Person senden"
    assert [(r.direction, r.text) for r in rows] == [("to_person", words)]
    assert [m.plain_text.split("\n\n")[-1] for m in received] == [words]


async def test_the_open_question_in_a_topic_survives_a_restart(
    database_url: str, tmp_path: Path
) -> None:
    """QA: the bot held back "Note: …" in a lead's topic and asked about it; the bot was
    restarted (a deployment) before Anna answered, and her "ja" typed in the topic went
    to the person: the open question was kept in memory only. It is kept in the
    database now: the second instance points her to the buttons, and once she tapped,
    "ok" is the person's again."""
    message = "Note: Am Freitag ist das Büro geschlossen."
    async with FakeBotAPI() as fake:
        fake.make_forum(LEIPZIG_GROUP)
        settings = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings, fake) as desk:
            topic, seen, asked = await held_in_topic(desk, message)
        async with running_desk(settings, fake) as desk:
            fake.group_message(LEIPZIG_GROUP, ANNA, "ja", thread_id=topic)
            told = await desk.group_says(LEIPZIG_GROUP, 3)
            received, rows = await noted_then_ok(desk, asked, topic, seen)

    assert told.params.get("message_thread_id") == topic
    assert told.plain_text.startswith("⚠️ Nicht weitergegeben: „ja“ ist nicht an die Person")
    assert [(r.direction, r.text) for r in rows] == [("note", message), ("to_person", "ok")]
    assert [m.plain_text.split("\n\n")[-1] for m in received] == ["ok"]


async def test_words_for_the_person_replying_to_a_colleague_still_reach_the_person(
    database_url: str, tmp_path: Path
) -> None:
    """Only an acknowledgement is held: words that add to a colleague's message for the
    person go to the person, as before."""
    async with annas_message_in_topic(database_url, tmp_path, "Ich rufe Sie morgen an.") as annas:
        fake, desk, seen = annas.fake, annas.desk, annas.seen
        words = "Bitte halten Sie Ihren Pass bereit."
        fake.group_message(LEIPZIG_GROUP, CARLA, words, annas.message_id, thread_id=annas.topic)
        await queued(desk, "message_to_person", 2)
        await desk.deliver()
        received = (await fake.wait_sent(PERSON, seen + 2))[seen:]

    assert [m.plain_text.split("\n\n")[-1] for m in received] == [
        "Ich rufe Sie morgen an.",
        words,
    ]


async def test_a_note_written_as_a_command_in_the_topic_is_kept_as_a_note(
    database_url: str, tmp_path: Path
) -> None:
    """QA: Anna wrote "/notiz Rückruf morgen 10 Uhr" in the lead's topic and got the list
    of commands: her words were kept nowhere, and she had to write them again with "//"
    or "#notiz". A note written as a command in a lead's topic (or as a reply to its
    card) is kept as the note it says it is; the person gets nothing."""
    async with FakeBotAPI() as fake:
        fake.make_forum(LEIPZIG_GROUP)
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            _chat, topic = await open_forum_lead(fake, desk, "de")
            seen = len(fake.sent(PERSON))
            fake.group_message(LEIPZIG_GROUP, ANNA, "/notiz Rückruf morgen 10 Uhr", thread_id=topic)
            told = await desk.group_says(LEIPZIG_GROUP, 2)
            fake.group_message(LEIPZIG_GROUP, ANNA, "/notiz", thread_id=topic)
            bare = await desk.group_says(LEIPZIG_GROUP, 3)
            await desk.deliver()
            rows = await logged(desk)
            received = fake.sent(PERSON)[seen:]

    assert told.plain_text == "📝 Als interne Notiz gespeichert."
    assert told.params.get("message_thread_id") == topic
    assert [(r.direction, r.text) for r in rows] == [("note", "Rückruf morgen 10 Uhr")]
    # Without words there is nothing to keep: the command is known here, the note missing.
    assert bare.plain_text.startswith("⚠️ Nicht gespeichert: Die Notiz ist leer.")
    assert "/notiz Rückruf morgen" in bare.plain_text
    assert received == []


async def test_a_note_command_of_signs_only_in_the_topic_is_empty(
    database_url: str, tmp_path: Path
) -> None:
    """QA: "/notiz ." in the lead's topic kept a note that was only "."; it is as empty as
    "/notiz" alone there."""
    async with FakeBotAPI() as fake:
        fake.make_forum(LEIPZIG_GROUP)
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            _chat, topic = await open_forum_lead(fake, desk, "de")
            fake.group_message(LEIPZIG_GROUP, ANNA, "/notiz .", thread_id=topic)
            dot = await desk.group_says(LEIPZIG_GROUP, 2)
            rows = await logged(desk)

    assert dot.plain_text.startswith("⚠️ Nicht gespeichert: Die Notiz ist leer.")
    assert "/notiz Rückruf morgen" in dot.plain_text
    assert [r for r in rows if r.direction == "note"] == []


@pytest.mark.parametrize("text", ["// ✅", "#notiz 👍"])
async def test_a_note_of_an_emoji_alone_in_the_topic_is_kept(
    database_url: str, tmp_path: Path, text: str
) -> None:
    """ "// ✅" (done, as the team marks it) says something, where "// ." says nothing: it
    is kept as a note, not answered as empty."""
    async with FakeBotAPI() as fake:
        fake.make_forum(LEIPZIG_GROUP)
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            _chat, topic = await open_forum_lead(fake, desk, "de")
            fake.group_message(LEIPZIG_GROUP, ANNA, text, thread_id=topic)
            await settled(desk.app, fake)
            rows = await logged(desk)

    assert [r.text for r in rows if r.direction == "note"] == [text]
    assert not any("Die Notiz ist leer" in m.plain_text for m in fake.sent(LEIPZIG_GROUP))


@pytest.mark.parametrize("text", ["// .", "#notiz .", "//  - ?!", "//"])
async def test_a_note_of_signs_only_in_the_topic_is_empty(
    database_url: str, tmp_path: Path, text: str
) -> None:
    """QA: "// ." and "#notiz ." in the lead's topic were kept, without a word, as a note
    of "."; they are as empty as "/notiz ." there, and answered so."""
    async with FakeBotAPI() as fake:
        fake.make_forum(LEIPZIG_GROUP)
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            _chat, topic = await open_forum_lead(fake, desk, "de")
            fake.group_message(LEIPZIG_GROUP, ANNA, text, thread_id=topic)
            said = await desk.group_says(LEIPZIG_GROUP, 2)
            rows = await logged(desk)

    assert said.plain_text.startswith("⚠️ Nicht gespeichert: Die Notiz ist leer.")
    assert [r for r in rows if r.direction == "note"] == []


@pytest.mark.parametrize("answer", ["ok", "übernehme ich", "Mach ich!", "Alles klar 👍"])
async def test_a_bare_ok_replying_to_the_requests_card_is_asked_about(
    answer: str, database_url: str, tmp_path: Path
) -> None:
    """QA: in an office chat without topics Anna answered the new request's card with
    "übernehme ich" for her colleagues, and the person received "Nachricht von Anna, KAUSA
    Leipzig: übernehme ich". A bare acknowledgement under the card is the team's talk as
    likely as the person's: held back and asked about, as under a colleague's message."""
    async with FakeBotAPI() as fake:
        async with running_desk(desk_settings(fake, database_url, tmp_path), fake) as desk:
            await advisor_desk.submit_callback_lead(
                fake, PERSON, lang="de", phone=None, name="Omar"
            )
            await desk.deliver()
            [card] = await fake.wait_sent(LEIPZIG_GROUP, 1)
            seen = len(fake.sent(PERSON))
            fake.group_message(LEIPZIG_GROUP, ANNA, answer, card.message_id)
            asked = await desk.group_says(LEIPZIG_GROUP, 2)
            await desk.deliver()
            await settled(desk.app, fake)
            rows = await logged(desk)
            received = fake.sent(PERSON)[seen:]

    assert asked.plain_text.startswith(
        "⚠️ Nicht weitergegeben: Das ist eine kurze Antwort auf die Nachricht der Anfrage."
    )
    assert [b.text for b in asked.flat_buttons][-1] == "➡️ An die Person senden"
    assert rows == [] and received == []
