"""A person who types that their phone number changed (bot.dialogue.number_changed)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.dialogue.number_changed import (
    NEW_NUMBER,
    NO_REQUEST,
    SENT_ASK_NUMBER,
    says_number_changed,
)
from bot.dialogue.texts import SENT_TO_ADVISOR
from bot.i18n import translator
from bot.services import Services
from db.models import ConversationMessage, Lead
from testkit.fake_bot_api import FakeBotAPI
from tests.advisor_desk import desk_settings, running_desk, submit_callback_lead
from tests.dialogue_driver import Driver, business_until_summary
from tests.test_owner_summary import owner_at_the_summary
from tests.test_web_chat import client, services  # noqa: F401  (the web chat's fixtures)
from tests.web_person import WebClient, at_the_summary

PERSON = 5003

SAID = [
    ("de", "Deutsch", "meine Nummer hat sich geändert"),
    ("de", "Deutsch", "ich hab ne neue handynummer"),
    ("en", "English", "my phone number changed"),
    ("tr", "Türkçe", "telefon numaram değişti"),
    ("ar", "العربية", "رقم هاتفي تغير"),
    ("uk", "Українська", "мій номер телефону змінився"),
    ("vi", "Tiếng Việt", "số điện thoại của em đã đổi"),
]


@pytest.mark.parametrize(("lang", "label", "text"), SAID)
def test_a_number_changed_without_a_request_is_answered_kindly_not_with_the_offices(
    lang: str, label: str, text: str
) -> None:
    # QA: "my phone number changed" opened the offices page (its words "phone", "number").
    d = Driver(lang)
    d.press(label)
    d.type(text)
    assert d.state.screen == "menu"
    assert translator(lang).gettext(NO_REQUEST) in d.text
    assert "Our offices" not in d.text


def test_a_number_changed_on_the_summary_opens_the_phone_question() -> None:
    # QA: kept as a note for the advisor, and the old number was sent with the request.
    d = Driver("en")
    business_until_summary(d)
    d.type("meine Nummer hat sich geändert")
    assert d.state.screen == "q:phone"
    assert translator("en").gettext(NEW_NUMBER) in d.text
    d.type("0176 12345678")
    d.press("No")  # WhatsApp: asked for a mobile number
    d.press("Send")
    [lead] = d.leads
    assert lead.phone == "+4917612345678"


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        # To be changed or corrected: "Qua điện thoại" ("By phone") taken, or a note.
        ("vi", "sửa số điện thoại"),
        ("vi", "em muốn sửa số điện thoại"),
        ("ar", "بدي غير رقمي"),
        ("ar", "اريد تعديل رقمي"),
        ("de", "Nummer ändern"),
        ("de", "ich möchte meine Telefonnummer korrigieren"),
        ("tr", "numaramı düzeltmek istiyorum"),
        ("uk", "хочу виправити номер"),
        # Said to be right no more, with no word of changing: a note for the advisor, and
        # the old number sent.
        ("de", "meine Nummer stimmt nicht mehr"),
        ("de", "die Nummer ist nicht mehr aktuell"),
        ("en", "that's not my number anymore"),
        ("en", "my number is not correct"),
        ("tr", "numaram artık geçerli değil"),
        ("tr", "bu numara doğru değil"),
        ("uk", "номер вже не актуальний"),
        ("vi", "số của tôi không đúng"),
        ("vi", "số điện thoại không còn dùng nữa"),
        ("ar", "الرقم مو صحيح"),
        ("ar", "رقمي ما عاد شغال"),
    ],
)
def test_a_number_to_be_corrected_on_the_summary_opens_the_phone_question(
    lang: str, typed: str
) -> None:
    d = owner_at_the_summary(lang)
    d.type(typed)
    assert d.state.screen == "q:phone" and d.ctx.held_question is None
    assert translator(lang).gettext(NEW_NUMBER) in d.text


def test_other_words_about_a_number_are_no_change() -> None:
    d = Driver("de")
    d.press("Deutsch")
    d.type("Wie ist die Telefonnummer vom Büro Leipzig?")
    assert d.state.screen != "menu"
    assert not says_number_changed("Ist meine Anfragenummer neu?")
    assert not says_number_changed("Hat das Büro in Leipzig eine neue Telefonnummer?")
    assert says_number_changed("Meine Handynummer ist jetzt neu")


#: Questions about a number (the office's, the one on the page): nobody's own changed.
ASKED = [
    ("en", "English", "Is the number new?"),
    ("en", "English", "Did the number change?"),
    ("de", "Deutsch", "Ist die Nummer neu?"),
    ("de", "Deutsch", "Hat sich die Telefonnummer geändert"),
    ("tr", "Türkçe", "Numara yeni mi?"),
    ("tr", "Türkçe", "telefon numarası değişti mi"),
    ("ar", "العربية", "هل تغير رقم الهاتف؟"),
    ("ar", "العربية", "هل الرقم جديد"),
    ("uk", "Українська", "Номер новий?"),
    ("uk", "Українська", "чи змінився номер"),
    ("vi", "Tiếng Việt", "Số điện thoại mới à?"),
    ("vi", "Tiếng Việt", "số điện thoại đổi rồi à"),
]


@pytest.mark.parametrize(("lang", "label", "text"), ASKED)
def test_a_question_about_a_number_is_no_change_of_ones_own(
    lang: str, label: str, text: str
) -> None:
    # QA: "Is the number new?" (the office's) was told "Thank you for letting us know ...
    # your new number", as if the person's own number had changed.
    assert not says_number_changed(text)
    d = Driver(lang)
    d.press(label)
    d.type(text)
    assert translator(lang).gettext(NO_REQUEST) not in d.text


@pytest.mark.parametrize(
    "text",
    [
        "Is my number new to you? I changed it",
        "Hat sich meine Nummer geändert? Ja, sie ist neu",
        "Kann ich meine neue Nummer angeben?",
        "numaram değişti, yeni numaramı yazabilir miyim?",
        "هل يمكنني إرسال رقمي الجديد؟",
        "Чи можу я дати мій новий номер?",
        "em đổi số điện thoại rồi, gửi số mới được không?",
    ],
)
def test_a_question_about_ones_own_new_number_is_still_a_change(text: str) -> None:
    assert says_number_changed(text)


async def test_after_a_request_the_new_number_is_asked_for_and_the_words_reach_the_advisor(
    client: WebClient,  # noqa: F811
    services: Services,  # noqa: F811
) -> None:
    person = await at_the_summary(client)
    await person.press("Send")
    said = await person.type("my phone number changed")
    assert said["before"] == [translator("en").gettext(SENT_ASK_NUMBER)]
    given = await person.type("0176 12345678")
    assert given["before"] == [translator("en").gettext(SENT_TO_ADVISOR)]
    async with services.sessionmaker() as session:
        texts = (await session.scalars(sa.select(ConversationMessage.text))).all()
        assert (await session.scalars(sa.select(Lead))).one() is not None
    assert texts == ["my phone number changed", "0176 12345678"]


async def test_on_telegram_the_receipt_asks_for_the_new_number(
    database_url: str, tmp_path: Path
) -> None:
    t = translator("tr")
    async with FakeBotAPI() as fake:
        settings = desk_settings(fake, database_url, tmp_path)
        async with running_desk(settings, fake):
            await submit_callback_lead(fake, PERSON, lang="tr")
            seen = len(fake.sent(PERSON))
            fake.user_message(PERSON, "telefon numaram değişti")
            receipt = (await fake.wait_sent(PERSON, seen + 1))[-1]
    assert receipt.text == t.gettext(SENT_ASK_NUMBER)


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("ar", "رقمي صحيح بس غير الوقت"),
        ("ar", "الرقم صح، غير الوقت لو سمحت"),
        ("de", "meine Nummer stimmt, aber ändern Sie die Uhrzeit"),
        ("en", "my number is right but change the time"),
        ("tr", "numaram doğru ama saati değiştir"),
        ("uk", "мій номер правильний, але змініть час"),
        ("vi", "số điện thoại đúng rồi, nhưng đổi giờ"),
    ],
)
def test_the_number_said_right_beside_a_change_of_another_answer_keeps_it(
    lang: str, typed: str
) -> None:
    # "غير" (change) also opened the phone question when the number was said to be right
    # and the time was to be changed ("my number is right, but change the time").
    d = owner_at_the_summary(lang)
    d.type(typed)
    assert d.state.screen != "q:phone"
    assert translator(lang).gettext(NEW_NUMBER) not in d.text
    assert d.state.answers["phone"] == "+493411234567"


@pytest.mark.parametrize(
    "text",
    [
        "رقمي غير صحيح",
        "الرقم مو صح، بدي غيره",
        "meine Nummer ist nicht richtig, bitte ändern",
        "my number is not right, I changed it",
        "numaram doğru değil, değiştirmek istiyorum",
        "мій номер не правильний, змінився",
        "số điện thoại không đúng, em đổi rồi",
    ],
)
def test_the_number_said_not_right_is_still_a_change(text: str) -> None:
    assert says_number_changed(text)
