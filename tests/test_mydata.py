"""/mydata: everything stored, language names, and long copies split for Telegram."""

from __future__ import annotations

import json
from datetime import date

import pytest
from bidi import get_base_level, get_display
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.conversation import log as conversation_log
from bot.conversation.content import Content
from bot.conversation.log import Route, Written
from bot.dialogue.keys import ERASE_LABEL
from bot.dialogue.quota import DAY
from bot.dialogue.service import Profile
from bot.dialogue.state import Command, Start, Text
from bot.dialogue.strangers import NOTHING_STORED
from bot.i18n import translator
from bot.outbox import split
from bot.privacy import rights
from db.vocabulary import MessageKind
from tests.dialogue_driver import NOW, Person, make_dialogue
from tests.test_bidi import MARKS, visual
from tests.test_privacy import business_lead, sent_request, users_and_conversations

#: The offices' cities by key, as the service passes them to the copy.
CITIES = {"dresden": "Dresden", "chemnitz": "Chemnitz", "leipzig": "Leipzig"}
EMOJI_TEXT = "Bäckerei 🥐🥖🍰 und Café ☕️🧁 " * 9  # under the 300-character limit


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


async def test_mydata_of_several_emoji_rich_requests_is_split_and_complete(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    # A day apart: sent together, they would join one request (bot.dialogue.quota).
    day = [NOW]
    dialogue = make_dialogue(sessionmaker, lambda: day[0])
    person = Person(dialogue)
    # Told apart by a letter: a digit in a name is asked about (bot.dialogue.name_digits).
    letters = "ABCDEFGHJK"
    for number in range(10):
        day[0] = NOW + number * DAY
        await business_lead(
            person, free_text=f"{number} {EMOJI_TEXT}"[:300], name=f"Ayşe 🌻 {letters[number]}"
        )
    reply = await dialogue.handle("telegram", person.user_id, Command("mydata"))

    assert reply is not None and reply.attachment is not None
    assert len(reply.before) >= 2
    assert all(utf16(part) <= 4096 for part in reply.before)
    text = "\n".join(reply.before)
    for number in range(10):
        # The name keeps no emoji (bot.validation): "Ayşe 🌻 D" is stored as "Ayşe D".
        assert f"{number} {EMOJI_TEXT}"[:300].strip() in text
        assert f"Ayşe {letters[number]}\n" in text
    assert "Language: English" in text and "Telegram username: @ayse_y" in text
    # The name and the username each on a line of its own, once.
    assert "Telegram name: Ayşe\n" in text and text.count("ayse_y") == 1
    data = json.loads(reply.attachment[1])
    assert len(data["leads"]) == 10
    assert data["leads"][0]["phone_as_shown"] == "+49 341 1234567"


async def test_mydata_includes_the_conversation_and_the_telegram_username(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    dialogue = make_dialogue(sessionmaker)
    person = Person(dialogue)
    await business_lead(person)
    chat = int(person.user_id)
    sent = [
        (Content(MessageKind.TEXT, "Montag 10 Uhr passt"), 77),
        (Content(MessageKind.VOICE, None, "voice-file-id", duration=42), 78),
        (Content(MessageKind.PHOTO, "Zeugnis", "photo-file-id"), 79),
    ]
    for content, message_id in sent:
        taken = await conversation_log.from_person(
            sessionmaker,
            external_id=person.user_id,
            content=content,
            written=Written(chat, message_id),
            update_id=None,
            now=NOW,
        )
        assert taken.route is Route.TAKEN and taken.language == "en"
    reply = await dialogue.handle("telegram", person.user_id, Command("mydata"))

    assert reply is not None and reply.attachment is not None
    text = "\n".join(reply.before)
    assert "Messages passed on between you and your advisor: 3" in text
    # A data protection officer: the voice message's length is stored (docs/privacy.md, "Data
    # inventory"), and the copy said only "[voice message]".
    voice = "– From you: [voice message 0:42]"
    assert f"– From you: Montag 10 Uhr passt\n{voice}\n– From you: [photo] Zeugnis" in text
    copy = json.loads(reply.attachment[1])
    # A person on Telegram keeps Telegram's fields in their copy.
    assert (copy["profile"]["channel"], copy["profile"]["username"]) == ("telegram", "ayse_y")
    assert "first_name" in copy["profile"]
    [lead] = copy["leads"]
    assert lead["telegram_username"] == "ayse_y" and lead["contact_via_telegram"] is not None
    assert [(m["direction"], m["kind"], m["text"]) for m in lead["conversation"]] == [
        ("to_advisor", "text", "Montag 10 Uhr passt"),
        ("to_advisor", "voice", None),
        ("to_advisor", "photo", "Zeugnis"),
    ]
    assert lead["conversation"][2]["telegram_file_id"] == "photo-file-id"
    # Each message's length, the Telegram message it was written as, when it was passed
    # on, and the request's language and closing date are stored: the copy left them out.
    assert [m["duration"] for m in lead["conversation"]] == [None, 42, None]
    assert [m["telegram_written"] for m in lead["conversation"]] == [
        {"chat": chat, "message": message_id} for _, message_id in sent
    ]
    assert {"telegram_delivered", "delivered_at", "origin"} <= set(lead["conversation"][0])
    assert lead["language"] == "en" and "closed_at" in lead


async def test_mydata_after_a_request_does_not_announce_it_again(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    dialogue = make_dialogue(sessionmaker)
    person = Person(dialogue)
    await business_lead(person)
    reply = await dialogue.handle("telegram", person.user_id, Command("mydata"))

    assert reply is not None and reply.attachment is not None
    # "Thank you! We have received your request" again read as a second request sent.
    assert "We have received your request" not in reply.screen.text
    assert "How can we help you?" in reply.screen.text
    # The contact way the thanks named is no answer of a dialogue in progress.
    assert "Answers in the current dialogue" not in "\n".join(reply.before)


def test_the_language_is_named_never_a_code() -> None:
    data = {
        "profile": {"first_name": "Olena", "username": None, "language": "uk"},
        "conversation": {},
        "leads": [],
    }
    text = rights.describe(data, translator("en"), CITIES)
    assert "Language: Українська" in text and ": uk" not in text


def test_pages_split_between_lines_within_the_utf16_limit() -> None:
    lines = [f"{n}: " + "🥐" * 30 for n in range(200)]
    parts = split.pages("\n".join(lines))
    assert len(parts) > 1 and all(utf16(part) <= 4096 for part in parts)
    assert "\n".join(parts) == "\n".join(lines)
    [single] = split.pages("x" * 10)
    assert single == "x" * 10
    cut = split.pages("🥐" * 3000)
    assert [utf16(part) for part in cut] == [4096, 1904] and "".join(cut) == "🥐" * 3000


def test_a_long_line_is_split_between_words_not_inside_one() -> None:
    words = " ".join(f"Zeile{n:04d} mit Umlauten äöü" for n in range(200))  # no line break
    parts = split.pages(words)
    assert len(parts) > 1 and all(utf16(part) <= 4096 for part in parts)
    # Each part ends after a whole word ("…Umlaut" | "en äöü" was read as two), and
    # nothing is lost.
    assert all(part.endswith(" ") for part in parts[:-1])
    assert "".join(parts) == words


#: A request as the copy of one's data reads it (rights.collect's shape).
STORED_LEAD = {
    "number": 7,
    "created_at": "2026-12-01T23:30:00+00:00",
    "status": "new",
    "flow": "callback",
    "answers": {},
    "name": "Ali Kaya",
    "phone": None,
    "email": None,
    "preferred_time": None,
    "callback_language": None,
    "postal_code": None,
    "relayed_messages": [],
}


def test_a_request_is_dated_on_saxonys_calendar() -> None:
    # 23:30 UTC on 1 December is half past midnight on 2 December in Dresden.
    lead = dict(STORED_LEAD)
    data = {
        "profile": {"first_name": "Ali", "username": None, "language": "en"},
        "conversation": {},
        "leads": [lead],
    }
    t = translator("en")
    text = rights.describe(data, t, CITIES)
    assert f"sent on {t.date(date(2026, 12, 2))}:" in text
    assert t.date(date(2026, 12, 1)) not in text


def test_the_english_copy_does_not_read_a_request_as_one_of_several() -> None:
    # "Request 1 of 5 Dec 2026: received" (German "vom" word for word) read as the first
    # of five requests.
    data = {
        "profile": {"first_name": "Ali", "username": None, "language": "en"},
        "conversation": {},
        "leads": [dict(STORED_LEAD)],
    }
    t = translator("en")
    text = rights.describe(data, t, CITIES)
    assert f"Request 7, sent on {t.date(date(2026, 12, 2))}: received" in text


def test_a_question_typed_on_the_way_and_a_town_named_are_in_the_copy() -> None:
    # Stored with the request, so "everything we have stored" names them too.
    lead = {
        "number": 8,
        "created_at": "2026-12-01T10:00:00+00:00",
        "status": "new",
        "flow": "business",
        "answers": {"question": "Was kostet ein Azubi?", "town": "Zwickau"},
        "name": "Ali Kaya",
        "phone": None,
        "email": None,
        "preferred_time": None,
        "callback_language": None,
        "postal_code": "08056",
        "relayed_messages": [],
    }
    data = {
        "profile": {"first_name": "Ali", "username": None, "language": "en"},
        "conversation": {},
        "leads": [lead],
    }
    text = rights.describe(data, translator("en"), CITIES)
    # As the summary called it (the copy said "Question:").
    assert "Your message for the advisor: Was kostet ein Azubi?" in text
    assert "Postal code: 08056" in text
    # The code was not given: the copy says where it comes from.
    assert "Town: Zwickau (the postal code above is that of its centre)" in text
    # A request to ask an advisor is a question.
    asked = {**lead, "flow": "ask", "answers": {"question": "Was kostet ein Azubi?"}}
    copy = rights.describe({**data, "leads": [asked]}, translator("en"), CITIES)
    assert "Question: Was kostet ein Azubi?" in copy


async def test_mydata_shows_answers_added_to_a_request_from_another_flow(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    dialogue = make_dialogue(sessionmaker)
    person = Person(dialogue)
    await business_lead(person)
    await person.press("Main menu")
    await person.press("For young people and parents")
    await person.press("Add to my request")
    for label in ("Asking for my child", "Seeks an apprenticeship", "16 or 17"):
        await person.press(label)
    for label in ("I don't know yet", "None yet", "B1", "Send"):
        await person.press(label)
    reply = await dialogue.handle("telegram", person.user_id, Command("mydata"))
    assert reply is not None
    text = "\n".join(reply.before)
    # The request's own answers, then the added ones, then the contact details.
    assert text.index("Business name:") < text.index("Child's situation: Seeks an apprenticeship")
    assert text.index("German level: B1") < text.index("Name: Ayşe Yılmaz")


def test_a_number_in_a_message_keeps_its_order_in_the_arabic_copy() -> None:
    # QA, 2026-12-04: "اتصلوا بي على 0151 23456789" read "… 23456789 0151" in the copy.
    message = "اتصلوا بي على 0151 23456789"
    lead = {
        **STORED_LEAD,
        "conversation": [
            {"kind": "text", "file_name": None, "text": message, "direction": "to_advisor"}
        ],
    }
    data = {
        "profile": {"first_name": "Ali", "username": None, "language": "ar"},
        "conversation": {},
        "leads": [lead],
    }
    [line] = [
        row for row in rights.describe(data, translator("ar"), CITIES).splitlines() if "0151" in row
    ]
    assert "0151 23456789" in visual(line)
    # A number alone, in an Arabic copy, too.
    number = {"kind": "text", "file_name": None, "text": "0151 2345", "direction": "to_advisor"}
    alone = {**lead, "conversation": [number]}
    copy = rights.describe({**data, "leads": [alone]}, translator("ar"), CITIES)
    [line] = [row for row in copy.splitlines() if "0151" in row]
    assert "0151 2345" in visual(line)


async def test_mydata_names_the_telegram_user_id_the_notice_says_is_stored(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    # The notice says the Telegram user id is stored from the first message on; "This is
    # everything we have stored about you" left it out (only the JSON file had it).
    dialogue = make_dialogue(sessionmaker)
    telegram, web = Person(dialogue, "4711"), Person(dialogue, "0f3a9c", channel="web")
    texts = {}
    for person in (telegram, web):
        await business_lead(person)
        reply = await dialogue.handle(person.channel, person.user_id, Command("mydata"))
        assert reply is not None
        texts[person.channel] = "\n".join(reply.before)
    assert "Telegram user ID: 4711" in texts["telegram"]
    assert "ID" not in texts["web"] and "0f3a9c" not in texts["web"]


@pytest.mark.parametrize("command", ["mydata", "delete"])
async def test_mydata_after_delete_says_nothing_is_stored_and_stores_nothing(
    sessionmaker: async_sessionmaker[AsyncSession], command: str
) -> None:
    # /mydata after /delete showed "Please choose your language." under a copy of a new
    # record, made by that very /mydata (the Telegram name and id stored again).
    person = Person(make_dialogue(sessionmaker))
    await person.send(Start("ar"))
    await person.press("العربية")
    await person.send(Command("delete"))
    await person.press(translator("ar").gettext(ERASE_LABEL))
    reply = await person.dialogue.handle(
        "telegram", person.user_id, Command(command), Profile("de", "ayse_y", "Ayşe")
    )
    assert reply is not None and reply.attachment is None and not reply.erased
    # In the language of the conversation that was deleted, not the phone's.
    assert reply.before == (translator("ar").gettext(NOTHING_STORED),)
    labels = [button.label for row in reply.screen.keyboard for button in row]
    assert "العربية" in labels and "Deutsch" in labels  # a way to start anew
    assert await users_and_conversations(sessionmaker) == (0, 0)
    # Starting anew works as for anyone new.
    await person.send(Start("ar"))
    menu = await person.press("العربية")
    assert translator("ar").gettext("How can we help you?") in menu.text


@pytest.mark.parametrize("field", ["conversation", "relayed_messages"])
def test_a_german_message_in_the_arabic_copy_keeps_its_question_mark_and_its_line(
    field: str,
) -> None:
    # An Arabic page, 360 px: "– Können Sie mich morgen anrufen?" read "?anrufen" at the
    # left end, the question mark on the Arabic side; each message is now a piece of its own
    # direction, and its line begins at the right like the copy's other lines.
    message = "Können Sie mich morgen anrufen?"
    said = (
        {"kind": "text", "file_name": None, "text": message, "direction": "to_advisor"}
        if field == "conversation"
        else {"direction": "to_advisor", "text": message}
    )
    data = {
        "profile": {"first_name": "Ali", "username": None, "language": "ar"},
        "conversation": {},
        "leads": [{**STORED_LEAD, field: [said]}],
    }
    copy = rights.describe(data, translator("ar"), CITIES)
    [line] = [row for row in copy.splitlines() if "Können" in row]
    # Laid out as the Arabic page and Telegram lay out the copy's lines: right to left.
    shown = MARKS.sub("", get_display(line, base_dir="R"))
    assert shown.startswith(message) and shown.endswith(" –")
    assert get_base_level(line) == 1


@pytest.mark.parametrize(
    ("language", "office"), [("English", "KAUSA office Leipzig"), ("العربية", "لايبزيغ")]
)
async def test_the_copy_names_the_office_that_has_the_request(
    sessionmaker: async_sessionmaker[AsyncSession], language: str, office: str
) -> None:
    # Read as a data protection officer reads it: the copy listed every answer, but not
    # who has them (GDPR Art. 15(1)(c), the recipients): the office the request went to.
    dialogue = make_dialogue(sessionmaker)
    person = await sent_request(dialogue)
    await person.send(Command("language"))
    await person.press(language)
    reply = await dialogue.handle("telegram", person.user_id, Command("mydata"))
    assert reply is not None
    lines = "\n".join(reply.before).splitlines()
    # Under the request's number and date: the office that has it.
    request = next(i for i, line in enumerate(lines) if line.startswith(("Request", "\u200fالطلب")))
    assert office in lines[request + 1], lines


@pytest.mark.parametrize("field", ["conversation", "relayed_messages"])
def test_the_copy_says_who_wrote_each_message(field: str) -> None:
    # The person's messages and the advisor's stood in one list, each after a dash: the
    # copy did not say who had written what.
    def said(text: str, direction: str) -> dict[str, object]:
        if field == "conversation":
            return {"kind": "text", "file_name": None, "text": text, "direction": direction}
        return {"direction": direction, "text": text}

    messages = [said("Können Sie mich morgen anrufen?", "to_advisor"), said("Ja, um 10.", "to_you")]
    data = {
        "profile": {"first_name": "Ali", "username": None, "language": "en"},
        "conversation": {},
        "leads": [{**STORED_LEAD, field: messages}],
    }
    copy = rights.describe(data, translator("en"), CITIES)
    assert "– From you: Können Sie mich morgen anrufen?" in copy
    assert "– From your advisor: Ja, um 10." in copy
    german = rights.describe(data, translator("de"), CITIES)
    assert "From you" not in german and "Ja, um 10." in german


def test_the_copy_says_when_the_person_agreed_to_the_storing() -> None:
    # Read as a data protection officer reads it: the consent (when, which notice) was
    # kept as proof, and the file had it, but the copy on the screen did not say it.
    consent = {"version": "2026-11", "language": "en", "at": "2026-12-01T23:30:00+00:00"}
    data = {
        "profile": {"first_name": "Ali", "username": None, "language": "en"},
        "conversation": {},
        "leads": [{**STORED_LEAD, "consent": consent}],
    }
    t = translator("en")
    copy = rights.describe(data, t, CITIES)
    # On Saxony's calendar: half past midnight on 2 December.
    assert f"Your consent to storing your details: {t.date(date(2026, 12, 2))}" in copy
    german = rights.describe(data, translator("de"), CITIES)
    assert "Your consent" not in german and translator("de").date(date(2026, 12, 2)) in german
    # A teenager under 16 read "Your consent" where a parent had agreed for them: the
    # proof kept is the parent's (consent_by), and the copy says so.
    data["leads"] = [{**STORED_LEAD, "answers": {"consent_by": "parent"}, "consent": consent}]
    by_parent = rights.describe(data, t, CITIES)
    when = t.date(date(2026, 12, 2))
    assert f"Consent of a parent or guardian to storing the details: {when}" in by_parent
    assert "Your consent" not in by_parent


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("de", "Bitte löschen Sie alle meine Daten"),
        ("en", "show me my data"),
        ("tr", "verilerimi silmek istiyorum"),
        ("uk", "хочу видалити свої дані"),
    ],
)
async def test_a_privacy_wish_typed_as_the_very_first_message_stores_nothing(
    sessionmaker: async_sessionmaker[AsyncSession], language: str, typed: str
) -> None:
    # Someone the bot never met types the wish as their first words: they were stored
    # (Telegram id and name) only to be asked whether to delete that new record.
    person = Person(make_dialogue(sessionmaker))
    reply = await person.dialogue.handle(
        "telegram", person.user_id, Text(typed), Profile(language, "ayse_y", "Ayşe")
    )
    assert reply is not None and not reply.erased
    assert reply.before == (translator(language).gettext(NOTHING_STORED),)
    assert await users_and_conversations(sessionmaker) == (0, 0)
