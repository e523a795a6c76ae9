"""What a business owner types instead of tapping, or more than asked: each answer taken
where the words clearly give it, and the rest kept for the advisor."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from bot.dialogue.business_kinds import KIND_NOTED
from bot.dialogue.email_wished import EMAIL_WISH_ASK, EMAIL_WISH_NOTED
from bot.dialogue.engine import TAP_SEND
from bot.dialogue.free_text import EMAIL_CHANGED_KEPT, PHONE_CHANGED_KEPT
from bot.dialogue.master_words import MASTER_NOTED, TRAINER_NOTED
from bot.dialogue.not_understood import NOT_SURE, POSTAL_CODE_EXPLAINED
from bot.dialogue.postal import MOVED_WHERE
from bot.dialogue.questions import question_label
from bot.dialogue.said_business import TRAINER_STILL_OPEN
from bot.dialogue.said_young import NOTED_ANSWER
from bot.dialogue.self_employed import SELF_EMPLOYED_NOTED
from bot.dialogue.summary_change import CHANGED_ANSWER, CHANGED_ANSWER_KEPT
from bot.dialogue.time_bound import TIME_LIMIT_NOTED
from bot.dialogue.typed import (
    KEPT,
    KEPT_FOR_ADVISOR,
    KEPT_MESSAGE_TYPING,
    KEPT_WITH_ANSWER,
    KEPT_WITH_ANSWERS,
)
from bot.dialogue.typed_words import names_two
from bot.dialogue.unnamed_business import NO_NAME_YET_NOTED
from bot.dialogue.weekend import WEEKEND_ON_THE_SUMMARY
from bot.flows import trades
from bot.flows.answers import option_label
from bot.flows.business import COMPANY, EXPERIENCE, NEEDS
from bot.flows.contact import MEETING, TIME, WHATSAPP
from bot.i18n import NATIVE_NAMES, translator
from db.models import Lead
from tests.dialogue_driver import Driver, start_label


def business_at_company(lang: str = "en", button: str = "English") -> Driver:
    d = Driver(lang)
    d.press(button)
    d.press("🏢")
    assert d.state.screen == "q:company"
    return d


def on_to_the_name(d: Driver) -> None:
    """From the trade question to the name question (a cook, Leipzig, no trainer yet)."""
    d.press("Koch/Köchin")
    d.type("04109")
    d.press("Not yet, and no trainer yet")
    d.press(start_label(d.ctx.now, 1))
    d.press("Finding an apprentice")
    d.press("Yes, I agree")
    assert d.state.screen == "q:name"


@pytest.mark.parametrize(
    ("typed", "company", "phone", "after_name"),
    [
        ("Döner Palast GmbH, Tel. 0341 123456", "Döner Palast GmbH", "+49341123456", "q:meeting"),
        # The Arabic comma is no part of the name.
        ("مطعم الشام، هاتف 0341 1234567", "مطعم الشام", "+493411234567", "q:meeting"),
        # The short words for a number in the other languages are no part of the name.
        ("СТО Олега, тел. 0341 123456", "СТО Олега", "+49341123456", "q:meeting"),
        ("Tiệm Nail Hoa, Zalo 0176 12345678", "Tiệm Nail Hoa", "+4917612345678", "q:whatsapp"),
        ("Berber Ali, WhatsApp: 0176 12345678", "Berber Ali", "+4917612345678", "q:whatsapp"),
        # A mobile number: WhatsApp is still asked for it.
        ("Nail Studio Hoa – 0176 12345678", "Nail Studio Hoa", "+4917612345678", "q:whatsapp"),
    ],
)
def test_a_phone_number_typed_with_the_business_name_is_the_phone_answer(
    typed: str, company: str, phone: str, after_name: str
) -> None:
    # The advisor's card said "Betrieb: Döner Palast GmbH, Tel. 0341 123456", and the
    # number was asked again after the name.
    d = business_at_company()
    d.type(typed)
    assert d.state.answers["company"] == company
    assert d.state.answers["phone"] == phone
    assert d.state.screen == "q:trades"
    assert "not ask for it again" in d.text and "change it before you send" in d.text
    on_to_the_name(d)
    d.type("Ayşe Yılmaz")
    assert d.state.screen == after_name
    # The number is on the summary, with its ✏️ to change it.
    if after_name == "q:whatsapp":
        d.press("No")
    d.press("At my business")
    d.press("Morning")
    assert d.state.screen == "summary"
    assert f"Business name: {company}\n" in d.text
    d.press("Send")
    assert d.leads[0].phone == phone and d.leads[0].answers["company"] == company


@pytest.mark.parametrize(
    ("lang", "button", "typed", "company"),
    [
        ("vi", "Tiếng Việt", "Tiệm Nail Hoa, Zalo 0912 345 678", "Tiệm Nail Hoa"),
        ("ar", "العربية", "مطعم الشام، واتساب 0933 123 456", "مطعم الشام"),
    ],
)
def test_a_number_that_may_be_from_abroad_is_no_part_of_the_business_name(
    lang: str, button: str, typed: str, company: str
) -> None:
    # The business's name was stored whole, "Tiệm Nail Hoa, Zalo 0912 345 678", on the
    # advisor's card and summary, and nothing was said. The number may be Vietnamese or
    # Bavarian (c59fa9b): not stored, it goes to the advisor as written, and the phone
    # question asks it with its country code.
    d = business_at_company(lang, button)
    d.type(typed)
    assert d.state.answers["company"] == company and "phone" not in d.state.answers
    assert d.state.screen == "q:trades"
    assert d.ctx.held_question == typed
    noted = translator(lang).gettext(KEPT_WITH_ANSWER).split("{choice}")[0]
    assert noted in d.text and company in d.text


def test_the_phone_question_is_asked_again_on_back() -> None:
    # Back from the question after it shows the number's question: the person may give
    # another number there.
    d = business_at_company()
    d.type("Döner Palast GmbH, Tel. 0341 123456")
    on_to_the_name(d)
    d.type("Ayşe Yılmaz")
    d.press("Back")
    assert d.state.screen == "q:phone"
    d.type("0176 12345678")
    assert d.state.answers["phone"] == "+4917612345678" and d.state.screen == "q:whatsapp"


#: A place to meet in a sentence with an hour, and with a street too, as owners type them.
RESTAURANT_FROM_3 = "bei uns im Restaurant wäre gut aber erst ab 15 Uhr"
SHOP_ON_A_STREET_FROM_3 = "am besten bei mir im Laden, Eisenbahnstraße 12, ab 15 Uhr"


def business_at_meeting(lang: str = "de", button: str = "Deutsch") -> Driver:
    """A business owner in ``lang``'s chat at the meeting question (a landline given)."""
    d = business_at_company(lang, button)
    d.type("Döner Palast")
    on_to_the_meeting(d)
    return d


def on_to_the_meeting(d: Driver) -> None:
    """From the trade question to the meeting question in any language (a cook,
    Leipzig, a landline)."""
    d.press("Koch/Köchin")
    d.type("04315")
    d.press(d.labels()[3])  # not yet, and no trainer yet
    d.press(start_label(d.ctx.now, 1))
    d.press(d.labels()[1])  # finding an apprentice
    d.press(d.labels()[0])  # I agree
    d.type("Ali Yılmaz")
    d.type("0341 1234567")
    assert d.state.screen == "q:meeting"


@pytest.mark.parametrize(
    ("lang", "button", "typed", "meeting", "time"),
    [
        (
            "de",
            "Deutsch",
            "Kommen Sie gern in mein Restaurant, Eisenbahnstraße 12",
            "business",
            None,
        ),
        ("de", "Deutsch", "telefonisch, am besten vormittags", "phone", "morning"),
        (
            "tr",
            "Türkçe",
            "dükkanıma gelin, Eisenbahnstraße 12, öğleden sonra",
            "business",
            "afternoon",
        ),
        ("ar", "العربية", "تعالوا إلى مطعمي في شارع Eisenbahnstraße 12", "business", None),
        ("vi", "Tiếng Việt", "gọi điện cho tôi, buổi sáng trước 10 giờ", "phone", "morning"),
        ("uk", "Українська", "подзвоніть мені, краще ввечері", "phone", "evening"),
        ("en", "English", "Please come to my shop, it is at Eisenbahnstraße 12", "business", None),
        # Two ways named, one preferred: kept, and the buttons asked, before.
        ("de", "Deutsch", "Am liebsten telefonisch, ich bin viel im Betrieb", "phone", None),
        ("de", "Deutsch", "lieber per Telefon, bin im Laden", "phone", None),
        # "zur Not" (if need be) was read as the English "not": no answer.
        ("de", "Deutsch", "lieber telefonisch, zur Not auch Video", "phone", None),
        ("tr", "Türkçe", "tercihen telefonla, genelde dükkanda oluyorum", "phone", None),
        ("uk", "Українська", "краще по телефону, але можна і відео", "phone", None),
        ("vi", "Tiếng Việt", "tốt nhất là gọi điện, video cũng được", "phone", None),
        ("ar", "العربية", "الأفضل بالهاتف، أو فيديو", "phone", None),
        ("en", "English", "preferably by video, a phone call is fine too", "video", None),
        # The second way right after the first: the first is the one preferred.
        ("de", "Deutsch", "Am liebsten telefonisch, Video geht auch", "phone", None),
        ("en", "English", "preferably video, phone is fine too", "video", None),
        # "Our shop" ("tiệm nhà mình"), "I'll send the address", a person sent: read as
        # the home or as asking for mail, and the way asked again.
        ("vi", "Tiếng Việt", "Anh đến tiệm nhà mình nhé", "business", None),
        ("vi", "Tiếng Việt", "Đến tiệm nhà em", "business", None),
        ("vi", "Tiếng Việt", "Tôi sẽ gửi địa chỉ tiệm, anh đến tiệm nhé", "business", None),
        ("de", "Deutsch", "Schicken Sie einen Berater vorbei, gern im Laden", "business", None),
        ("en", "English", "please send someone, come to my shop", "business", None),
        # One way ruled out beside another: read as unclear, the question asked again.
        ("de", "Deutsch", "nicht am Telefon, lieber per Video", "video", None),
        ("de", "Deutsch", "telefonisch nicht, lieber per Video", "video", None),
        ("tr", "Türkçe", "telefon olmaz, görüntülü arama", "video", None),
        ("en", "English", "not by phone, video call", "video", None),
        # A call asked for with an hour: "rufen Sie mich ... an" (the verb split) took only
        # the time, "call me after 6 pm" only the phone; both answer the two questions.
        ("de", "Deutsch", "rufen Sie mich nach 18 Uhr an", "phone", "evening"),
        ("de", "Deutsch", "Rufen Sie mich bitte abends an", "phone", "evening"),
        ("de", "Deutsch", "ruf mich ab 14 uhr an", "phone", "afternoon"),
        ("de", "Deutsch", "können Sie mich nach 18 Uhr anrufen", "phone", "evening"),
        ("en", "English", "call me after 6 pm", "phone", "evening"),
        ("tr", "Türkçe", "beni 14'ten sonra arayın", "phone", "afternoon"),
        ("en", "English", "pls call after 5", "phone", "evening"),
        ("en", "English", "give me a call tomorrow morning", "phone", "morning"),
        # The place in a sentence with an hour: the hour was only in the note, and the
        # time asked next as if nothing had been said.
        ("de", "Deutsch", RESTAURANT_FROM_3, "business", "afternoon"),
        ("de", "Deutsch", SHOP_ON_A_STREET_FROM_3, "business", "afternoon"),
        ("tr", "Türkçe", "dükkanıma gelin ama saat 15'ten sonra", "business", "afternoon"),
        ("uk", "Українська", "приходьте в кафе після 15:00", "business", "afternoon"),
        ("vi", "Tiếng Việt", "đến tiệm tôi sau 3 giờ chiều", "business", "afternoon"),
        ("ar", "العربية", "تعالوا عالمطعم بعد الساعة 3", "business", "afternoon"),
        ("en", "English", "come to my shop after 3pm", "business", "afternoon"),
    ],
)
def test_an_answer_said_among_other_words_is_taken_and_the_words_kept(
    lang: str, button: str, typed: str, meeting: str, time: str | None
) -> None:
    # The words went to the advisor, and the same question was asked again.
    d = business_at_meeting(lang, button)
    d.type(typed)
    assert d.state.answers["meeting"] == meeting
    if time is None:
        assert d.state.screen == "q:time"
    else:
        assert d.state.answers["time"] == time and d.state.screen == "summary"
    assert d.ctx.held_question == typed
    assert "“" in d.text or "«" in d.text or "„" in d.text  # the answer taken is named


def test_the_street_said_with_the_place_reaches_the_summary_and_the_advisor() -> None:
    # "At my business" was read; the street said with it must not be lost.
    typed = "am besten bei mir im Laden in der Eisenbahnstraße"
    d = business_at_meeting("de", "Deutsch")
    d.type(typed)
    assert d.state.answers["meeting"] == "business" and d.state.screen == "q:time"
    d.press(d.labels()[1])  # afternoon
    assert d.state.screen == "summary" and typed in d.text
    d.press("Anfrage absenden")
    from bot.advisor.view import lead_plain_text

    assert f"\nFrage: {typed}" in lead_plain_text(sent_lead(d), "Leipzig")


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "Telefon oder Video, beides geht"),  # two answers
        ("de", "Deutsch", "у мене питання щодо навчання"),  # "I have a question"
        ("de", "Deutsch", "Guten Morgen, ich habe eine Frage zur Ausbildung"),  # no time
        # Advisors visit businesses, not homes, and sending is no way to talk: "Schicken
        # Sie mir Infos zu mir nach Hause" was taken as "At my business" ("zu mir").
        ("de", "Deutsch", "Schicken Sie mir Infos zu mir nach Hause"),
        ("de", "Deutsch", "Schicken Sie die Unterlagen bitte zu mir"),
        ("de", "Deutsch", "Kommen Sie zu mir nach Hause"),
        ("tr", "Türkçe", "siz gelin, ben evdeyim"),
        ("ar", "العربية", "تعالوا عندي في البيت"),
        ("vi", "Tiếng Việt", "đến chỗ tôi ở nhà riêng"),
        ("uk", "Українська", "приходьте до мене додому"),
        ("en", "English", "come to me at home"),
        ("en", "English", "send me the information, come to my place"),
        ("uk", "Українська", "скиньте мені інформацію, приходьте до мене"),
        ("ar", "العربية", "ابعتلي المعلومات، تعالوا عندي"),
        ("ar", "العربية", "ارسلولي المعلومات، تعالوا عندي"),
    ],
)
def test_words_that_give_no_clear_answer_are_kept_and_the_question_asked_again(
    lang: str, button: str, typed: str
) -> None:
    d = business_at_meeting(lang, button)
    d.type(typed)
    assert d.state.screen == "q:meeting" and "meeting" not in d.state.answers
    assert d.ctx.held_question == typed


#: A time of day said beside an hour not to be called before or after: a note before,
#: the question asked again.
TIME_BESIDE_AN_HOUR = (
    ("de", "Deutsch", "nicht vor 10, lieber nachmittags", "afternoon"),
    ("de", "Deutsch", "lieber nachmittags, nicht vor 14 Uhr", "afternoon"),
    ("en", "English", "not before 10, afternoons please", "afternoon"),
    ("tr", "Türkçe", "10'dan önce değil, öğleden sonra", "afternoon"),
)
#: One time of day ruled out beside another: a note before, the question asked again (on
#: the summary the old time sent).
#: The morning ruled out: on the summary, whose time was the morning, the change says it.
MORNING_RULED_OUT = (
    ("en", "English", "no, morning is bad, afternoon", "afternoon"),
    ("en", "English", "not in the morning, in the afternoon", "afternoon"),
    ("de", "Deutsch", "nein, morgens ist schlecht, nachmittags", "afternoon"),
    ("de", "Deutsch", "morgens geht nicht, lieber nachmittags", "afternoon"),
    ("tr", "Türkçe", "sabah olmaz, öğleden sonra", "afternoon"),
)
AFTERNOON_RULED_OUT = (("tr", "Türkçe", "öğleden sonra olmaz, akşam", "evening"),)
TIME_RULED_OUT = MORNING_RULED_OUT + AFTERNOON_RULED_OUT


@pytest.mark.parametrize(
    ("lang", "button", "typed", "time"),
    [
        # The greeting is no time wished.
        ("de", "Deutsch", "Guten Morgen, am besten nachmittags", "afternoon"),
        ("ar", "العربية", "صباح الخير، اتصلوا بي بعد الظهر", "afternoon"),
        # Two times, the first preferred: "Please tap one of the buttons" was asked again.
        ("de", "Deutsch", "lieber vormittags, nachmittags geht auch", "morning"),
        ("tr", "Türkçe", "tercihen sabah, öğleden sonra da olur", "morning"),
        ("ar", "العربية", "الأفضل بعد الظهر، المساء ممكن أيضا", "afternoon"),
        ("vi", "Tiếng Việt", "tốt nhất là buổi chiều, buổi tối cũng được", "afternoon"),
        ("uk", "Українська", "краще ввечері, після обіду теж можна", "evening"),
        ("en", "English", "preferably mornings, afternoons are fine too", "morning"),
        *TIME_BESIDE_AN_HOUR,
        *TIME_RULED_OUT,
    ],
)
def test_the_time_said_among_other_words_is_taken_and_the_words_kept(
    lang: str, button: str, typed: str, time: str
) -> None:
    d = business_at_meeting(lang, button)
    d.press(d.labels()[0])  # by phone
    d.type(typed)
    assert d.state.answers["time"] == time and d.state.screen == "summary"
    assert d.ctx.held_question == typed


@pytest.mark.parametrize(
    ("lang", "button", "typed", "time"), TIME_BESIDE_AN_HOUR + AFTERNOON_RULED_OUT
)
def test_the_time_of_day_beside_an_hour_on_the_summary_changes_the_best_time(
    lang: str, button: str, typed: str, time: str
) -> None:
    # "nicht vor 10, lieber nachmittags" was a note; "Morning" stayed the best time.
    d = business_at_meeting(lang, button)
    d.press(d.labels()[0])  # by phone
    d.press(d.labels()[0])  # morning
    assert d.state.screen == "summary"
    d.type(typed)
    assert d.state.answers["time"] == time and d.state.screen == "summary"
    assert d.ctx.held_question == typed


def business_at_consent(lang: str, button: str) -> Driver:
    """A business owner in ``lang``'s chat at the consent (a cook in Dresden)."""
    d = business_at_company(lang, button)
    d.type("Phở Hà Nội")
    d.press("Koch/Köchin")
    d.type("01067")
    d.press(d.labels()[3])  # not yet, and no trainer yet
    d.press(start_label(d.ctx.now, 1))
    d.press(d.labels()[1])  # finding an apprentice
    assert d.state.screen == "consent"
    return d


def business_at_phone(lang: str, button: str) -> Driver:
    d = business_at_consent(lang, button)
    d.press(d.labels()[0])  # I agree
    d.type("Nguyễn Văn An")
    assert d.state.screen == "q:phone"
    return d


@pytest.mark.parametrize(
    ("lang", "button", "typed", "foreign", "country"),
    [
        # A Vietnamese mobile; as a German number, one in Lower Bavaria (0912…).
        ("vi", "Tiếng Việt", "0912 345 678", "+84 912 345 678", "Việt Nam"),
        # A Syrian mobile; as a German number, one near Schweinfurt (0933…).
        ("ar", "العربية", "0933 123 456", "+963 933 123 456", "سوريا"),
        # Among words, and a Vietnamese mobile of 03…: Saxony's area codes start so too.
        ("vi", "Tiếng Việt", "số của tôi là 0351 234 567", "+84 351 234 567", "Việt Nam"),
    ],
)
def test_a_local_number_that_may_be_foreign_is_asked_about_not_stored_as_german(
    lang: str, button: str, typed: str, foreign: str, country: str
) -> None:
    # Stored as +49 912 345678: the advisor dialled a number in Bavaria.
    d = business_at_phone(lang, button)
    d.type(typed)
    assert d.state.screen == "q:phone" and "phone" not in d.state.answers
    assert foreign in d.text and country in d.text and "+49" in d.text
    d.type(foreign)
    assert d.state.answers["phone"] == foreign.replace(" ", "")


@pytest.mark.parametrize(
    ("lang", "button", "typed", "name", "foreign"),
    [
        ("vi", "Tiếng Việt", "Nguyễn Văn An 0912 345 678", "Nguyễn Văn An", "+84 912 345 678"),
        ("ar", "العربية", "أحمد الخطيب، 0933 123 456", "أحمد الخطيب", "+963 933 123 456"),
    ],
)
def test_a_name_typed_with_a_number_that_may_be_foreign_is_taken_and_the_number_asked(
    lang: str, button: str, typed: str, name: str, foreign: str
) -> None:
    # "Please write only your name here, without a phone number or e-mail": the name was
    # not taken, and the number given was dropped. Now the name is the answer, and the
    # phone question asks the number again with its country code, shown both ways.
    d = business_at_phone(lang, button)
    d.press(d.labels()[-2])  # Back
    assert d.state.screen == "q:name"
    d.type(typed)
    assert d.state.answers["name"] == name and "phone" not in d.state.answers
    assert d.state.screen == "q:phone" and foreign in d.text and "+49" in d.text


@pytest.mark.parametrize(
    ("lang", "button", "typed", "stored"),
    [
        ("vi", "Tiếng Việt", "0176 12345678", "+4917612345678"),  # a German mobile
        ("vi", "Tiếng Việt", "0351 4567890", "+493514567890"),  # Dresden: no Vietnamese mobile
        ("ar", "العربية", "0341 1234567", "+493411234567"),
        ("ar", "العربية", "+49 912 345678", "+49912345678"),  # the country code given
        ("de", "Deutsch", "0912 345 678", "+49912345678"),  # in German: a German number
    ],
)
def test_a_number_that_is_german_only_is_stored_as_german(
    lang: str, button: str, typed: str, stored: str
) -> None:
    d = business_at_phone(lang, button)
    d.type(typed)
    assert d.state.answers["phone"] == stored


MESSAGES = (
    "Was kostet das für mich?",
    "Wir haben schon mal ausgebildet, aber vor 10 Jahren",
    "Erst nach 14 Uhr bitte, vorher ist viel los.",
)


def summary_with_messages(lang: str, button: str) -> Driver:
    """A business owner who typed MESSAGES on the way, at the summary."""
    d = business_at_meeting(lang, button)
    for message in MESSAGES:
        d.type(message)
    d.press(d.labels()[0])  # by phone
    # "Erst nach 14 Uhr bitte" told the best time: it is not asked.
    assert d.state.screen == "summary" and d.state.answers["time"] == "afternoon"
    return d


def test_several_messages_for_the_advisor_are_a_list_on_the_summary() -> None:
    # They stood one a line under "Your message for the advisor: Was kostet …", the
    # second and third like lines of the summary without a label.
    d = summary_with_messages("en", "English")
    listed = "\n".join(f"• {message}" for message in MESSAGES)
    assert f"\nYour messages for the advisor:\n{listed}\n" in d.text


def test_in_arabic_each_message_keeps_its_own_direction() -> None:
    # A German message in an Arabic line: its full stop or question mark went to the
    # wrong end. Each stands isolated after its mark, the line right-to-left.
    d = summary_with_messages("ar", "العربية")
    lines = d.text.split("\n")
    marked = [line for line in lines if "Was kostet das für mich?" in line]
    assert marked == ["\u200f• \u2068Was kostet das für mich?\u2069"]


def test_the_advisor_reads_several_messages_as_a_list() -> None:
    from bot.advisor.view import lead_message, lead_plain_text

    d = summary_with_messages("en", "English")
    d.press("Send")
    lead = sent_lead(d)
    listed = "\n".join(f"• {message}" for message in MESSAGES)
    assert f"\nFrage:\n{listed}" in lead_message(lead, "Leipzig").text
    assert f"\nFrage:\n{listed}" in lead_plain_text(lead, "Leipzig")


def sent_lead(d: Driver) -> Lead:
    """The lead ``d`` sent, as stored for the Leipzig office (id 7, its postal code 04315)."""
    draft = d.leads[0]
    return Lead(
        id=7,
        flow=draft.flow,
        answers=draft.answers,
        office="leipzig",
        postal_code="04315",
        language=draft.language,
        channel="telegram",
        name=draft.name,
        phone=draft.phone,
        status="new",
        attempts=0,
        created_at=d.ctx.now,
        contact_via_telegram=False,
    )


def business_at_needs(lang: str, button: str) -> Driver:
    d = Driver(lang)
    d.press(button)
    d.press("🏢")
    d.type("Döner Palast")
    d.press("Koch/Köchin")
    d.type("04315")
    d.press(d.labels()[3])  # not yet, and no trainer yet
    d.press(start_label(d.ctx.now, 1))
    assert d.state.screen == "q:needs"
    return d


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("uk", "Українська", "я майстер"),
        ("de", "Deutsch", "ich bin Meister"),
        ("de", "Deutsch", "Ich habe den Meister."),
        ("tr", "Türkçe", "ben ustayım"),
        ("vi", "Tiếng Việt", "tôi là thợ cả"),
        ("ar", "العربية", "أنا معلم"),
        ("en", "English", "I am a master craftsman"),
        # The trade's master in one word: "Please tap one of the buttons below".
        ("de", "Deutsch", "ich bin Bäckermeister"),
        ("de", "Deutsch", "Ich bin Friseurmeisterin"),
    ],
)
def test_a_master_craftsman_said_is_noted_and_the_training_before_asked(
    lang: str, button: str, typed: str
) -> None:
    # "Please tap one of the buttons below", the words dropped (in English and with
    # "den Meister" kept, but the question left as it was).
    d = business_at_experience(lang, button)
    d.type(typed)
    t = translator(lang)
    assert d.state.screen == "q:experience" and d.ctx.held_question == typed
    assert t.gettext(MASTER_NOTED).split(".")[0] in d.text
    d.press(t.gettext("Yes, in the past"))
    assert d.state.answers["experience"] == "before"


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "Ich habe den Ausbilderschein"),
        ("de", "Deutsch", "AEVO"),
        ("de", "Deutsch", "ich habe AEVO"),
        ("tr", "Türkçe", "AEVO belgem var"),
        ("vi", "Tiếng Việt", "tôi có bằng AEVO"),
        ("vi", "Tiếng Việt", "tôi có chứng chỉ người đào tạo"),
        ("de", "Deutsch", "Ich habe die AEVO"),
        ("de", "Deutsch", "ich habe die AEVO gemacht"),
        ("de", "Deutsch", "Ausbilderschein gemacht"),
        ("tr", "Türkçe", "AEVO'm var"),
        ("uk", "Українська", "в мене є AEVO"),
        ("vi", "Tiếng Việt", "em có AEVO"),
        ("vi", "Tiếng Việt", "mình có bằng AEVO"),
        ("vi", "Tiếng Việt", "tôi có Ausbilderschein"),
        ("ar", "العربية", "معي AEVO"),
        ("ar", "العربية", "عنا مدرب"),
        ("ar", "العربية", "عندي شهادة AEVO"),
        ("uk", "Українська", "у мене є AEVO"),
        ("en", "English", "I have the AEVO"),
        # Of the business, "we" ("Please tap one of the buttons below" before).
        ("de", "Deutsch", "AEVO haben wir"),
        ("de", "Deutsch", "wir haben AEVO"),
        ("de", "Deutsch", "wir haben die AEVO"),
        ("en", "English", "we have the AEVO"),
        ("tr", "Türkçe", "AEVO belgemiz var"),
        ("vi", "Tiếng Việt", "chúng tôi có AEVO"),
        ("uk", "Українська", "у нас є AEVO"),
        ("ar", "العربية", "عندنا AEVO"),
    ],
)
def test_a_trainer_qualification_said_is_noted_and_the_training_before_asked(
    lang: str, button: str, typed: str
) -> None:
    # "Please tap one of the buttons below": whether the business trained before, the
    # other half of the question, was not said to be still open.
    d = business_at_experience(lang, button)
    d.type(typed)
    t = translator(lang)
    assert d.state.screen == "q:experience" and d.ctx.held_question == typed
    assert t.gettext(TRAINER_NOTED) in d.text
    d.press(t.gettext("Not yet, but we have a trainer"))
    assert d.state.answers["experience"] == "trainer"


def test_a_completed_training_course_is_no_trainer_qualification() -> None:
    # "tôi có chứng chỉ đào tạo" ("I have a training certificate", what someone who
    # finished a course says) was noted for the advisor as the trainer qualification.
    d = business_at_experience("vi", "Tiếng Việt")
    d.type("tôi có chứng chỉ đào tạo")
    assert translator("vi").gettext(TRAINER_NOTED) not in d.text


@pytest.mark.parametrize(
    ("lang", "button", "typed", "experience"),
    [
        ("ar", "العربية", "لا، لم ندرب من قبل وليس لدينا مدرب", "none"),
        (
            "de",
            "Deutsch",
            "Nein, wir haben noch nie ausgebildet und haben keinen Ausbilder",
            "none",
        ),
        ("tr", "Türkçe", "hayır, hiç çırak yetiştirmedik, eğitmenimiz yok", "none"),
        ("uk", "Українська", "Ні, ми ще не навчали учнів, і наставника немає", "none"),
        ("vi", "Tiếng Việt", "Chưa, chúng tôi chưa đào tạo ai và chưa có người đào tạo", "none"),
        ("en", "English", "No, we never trained apprentices and we have no trainer", "none"),
        ("tr", "Türkçe", "hayır, daha önce hiç çırak almadık, usta belgem var", "trainer"),
        ("de", "Deutsch", "Nein, noch nie, aber ich bin Meister", "trainer"),
        ("uk", "Українська", "Ні, ще не навчали, але я майстер", "trainer"),
        ("ar", "العربية", "لا، لم ندرب من قبل لكن عندي شهادة مايستر", "trainer"),
        ("vi", "Tiếng Việt", "Chưa từng đào tạo, nhưng tôi là thợ cả", "trainer"),
        ("en", "English", "No, never, but I have the AEVO", "trainer"),
        # Nobody with the qualification: "Please tap one of the buttons below".
        ("en", "English", "we've never had an apprentice and nobody has the AEVO", "none"),
        ("de", "Deutsch", "noch nie, und niemand hat die AEVO", "none"),
    ],
)
def test_no_training_and_the_trainer_said_in_a_sentence_is_that_answer(
    lang: str, button: str, typed: str, experience: str
) -> None:
    # "Please tap one of the buttons below", the sentence noted: the answer ("Not yet,
    # and no trainer yet", "Not yet, but we have a trainer") in the owner's words. In
    # Arabic and Turkish every later answer (the start, the need, the name, the number)
    # was noted too, the question never left.
    d = business_at_experience(lang, button)
    d.type(typed)
    assert d.state.answers["experience"] == experience and d.state.screen == "q:start"
    assert d.ctx.held_question == typed


@pytest.mark.parametrize(
    "typed",
    [
        "Wir haben früher ausgebildet, aktuell kein Ausbilder",  # trained before
        "Nein, aber wir haben einen Ausbilder",  # a trainer
    ],
)
def test_no_trainer_beside_other_answers_takes_none_of_them(typed: str) -> None:
    d = business_at_experience("de", "Deutsch")
    d.type(typed)
    assert d.state.answers.get("experience") != "none"


@pytest.mark.parametrize(
    ("lang", "button", "typed", "need"),
    [
        ("de", "Deutsch", "Wie finde ich einen Azubi?", "find"),
        # The apprentice as owners also name her or him: a question for the advisor before.
        ("de", "Deutsch", "wie finde ich eine Auszubildende?", "find"),
        ("de", "Deutsch", "Wie finde ich einen Auszubildenden?", "find"),
        ("de", "Deutsch", "wie finde ich einen Lehrling?", "find"),
        ("de", "Deutsch", "Was kostet ein Azubi?", "costs"),
        ("tr", "Türkçe", "Çırak nasıl bulurum?", "find"),
        ("ar", "العربية", "كم يكلف المتدرب؟", "costs"),
        ("vi", "Tiếng Việt", "Làm sao tìm người học nghề?", "find"),
        ("uk", "Українська", "Як знайти учня?", "find"),
        ("en", "English", "How do I find an apprentice?", "find"),
    ],
)
def test_a_need_asked_as_a_question_at_the_needs_is_the_need(
    lang: str, button: str, typed: str, need: str
) -> None:
    # "Wobei brauchen Sie Hilfe?" answered "Wie finde ich einen Azubi?": "We have noted
    # your question ... please answer our question below", the same question again,
    # though the words are the need "Finding an apprentice" (its own typed words).
    d = business_at_needs(lang, button)
    d.type(typed)
    assert d.state.answers["needs"] == [need]
    assert d.state.screen == "consent"


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "AEVO machen"),
        ("de", "AEVO"),
        ("de", "die AEVO-Prüfung"),
        ("de", "Ausbilderschein"),
        ("en", "the AEVO exam"),
        ("en", "trainer exam"),
        ("tr", "AEVO sınavı"),
        ("tr", "AEVO yapmak istiyorum"),
        ("uk", "іспит AEVO"),
        ("vi", "thi AEVO"),
        ("ar", "امتحان AEVO"),
    ],
)
def test_the_trainer_exam_said_in_own_words_at_the_needs_is_that_need(
    lang: str, typed: str
) -> None:
    # Stored as "Something else: the AEVO exam", beside the need's own button.
    d = business_at_needs(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.answers["needs"] == ["aevo"] and d.state.screen == "consent"


@pytest.mark.parametrize("several", [False, True])
@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("tr", "Türkçe", "hepsi"),
        ("uk", "Українська", "все"),
        ("de", "Deutsch", "alle"),
        ("de", "Deutsch", "Alles."),
        ("vi", "Tiếng Việt", "tất cả"),
        ("ar", "العربية", "الكل"),
        # The Levantine "everything" in one word, and Egyptian "all of it".
        ("ar", "العربية", "كلشي"),
        ("ar", "العربية", "كلو"),
        ("en", "English", "all of them"),
    ],
)
def test_all_typed_at_the_needs_ticks_every_need_offered(
    lang: str, button: str, typed: str, several: bool
) -> None:
    # Stored as "Something else: hepsi": the advisor read no need at all.
    d = business_at_needs(lang, button)
    if several:
        d.press("➕")  # ticking several
    d.type(typed)
    assert d.state.answers["needs"] == ["steps", "find", "aevo", "support", "costs"]
    assert "needs_other" not in d.state.answers and d.state.screen == "consent"
    assert translator(lang).gettext("AEVO trainer exam") in d.text  # the receipt names them


@pytest.mark.parametrize("typed", ["все", "Усе.", "всё"])
def test_all_typed_after_a_tick_in_ukrainian_is_done(typed: str) -> None:
    # All five needs were stored (native review, 2026-12-05): after a tick, "все" says
    # "that's all", as "Done" does.
    d = business_at_needs("uk", "Українська")
    d.press("➕")  # ticking several
    d.press("Пошук учня")
    d.type(typed)
    assert d.state.answers["needs"] == ["find"] and d.state.screen == "consent"


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "alles bitte"),
        ("tr", "Türkçe", "hepsi lütfen"),
        ("uk", "Українська", "все, будь ласка"),
        ("vi", "Tiếng Việt", "tất cả ạ"),
        ("ar", "العربية", "الكل من فضلك"),
        ("en", "English", "all please"),
        # "Help with everything" ("Something else: Hilfe bei allem").
        ("de", "Deutsch", "Hilfe bei allem"),
        ("de", "Deutsch", "bei allem"),
        ("en", "English", "help with everything"),
        ("tr", "Türkçe", "her konuda"),
        ("uk", "Українська", "допомога з усім"),
        ("vi", "Tiếng Việt", "mọi thứ"),
        ("ar", "العربية", "بكل شي"),
    ],
)
def test_all_typed_politely_at_the_needs_ticks_every_need_offered(
    lang: str, button: str, typed: str
) -> None:
    # Stored as "Something else: alles bitte".
    d = business_at_needs(lang, button)
    d.type(typed)
    assert d.state.answers["needs"] == ["steps", "find", "aevo", "support", "costs"]
    assert "needs_other" not in d.state.answers and d.state.screen == "consent"


@pytest.mark.parametrize(
    ("lang", "button", "typed", "kept"),
    [
        ("de", "Deutsch", "wie finde ich einen Azubi", False),
        ("de", "Deutsch", "Wir suchen einen Azubi ab Sommer", True),
        ("uk", "Українська", "знайти учня", False),
        ("ar", "العربية", "بدي متدرب للمطعم", True),
        ("tr", "Türkçe", "çırak arıyoruz", False),
        ("vi", "Tiếng Việt", "cần tuyển người học nghề", False),
        ("en", "English", "we are looking for an apprentice", False),
        ("ar", "العربية", "إيجاد متدربين", False),  # the plural: "Something else" before
        # A shop's "apprentice worker" ("người học việc"): "Something else" before.
        ("vi", "Tiếng Việt", "tìm người học việc", False),
        ("vi", "Tiếng Việt", "tìm người học việc, trợ cấp", True),
        # Joined by "và" ("and"): seven syllables, each counted a word, were "Something
        # else"; "Azubi finden und Förderung" is "find", the words kept (funding is no
        # need offered).
        ("vi", "Tiếng Việt", "tìm người học nghề và trợ cấp", True),
        ("de", "Deutsch", "Azubi finden und Förderung", True),
        ("vi", "Tiếng Việt", "em muốn tìm người học nghề cho tiệm nail", True),
        # Help with the search, without the word for an apprentice: "Something else".
        ("de", "Deutsch", "Hilfe bei der Suche", False),
        ("en", "English", "help finding someone", False),
        ("tr", "Türkçe", "birini bulmak için yardım", False),
        ("vi", "Tiếng Việt", "giúp tìm người", False),
        ("uk", "Українська", "допомога з пошуком", False),
        ("ar", "العربية", "مساعدة في البحث", False),
    ],
)
def test_finding_an_apprentice_said_in_own_words_is_that_answer(
    lang: str, button: str, typed: str, kept: bool
) -> None:
    # Stored as "something else: wie finde ich einen Azubi"; the advisor's list of needs
    # and the summary did not say "Finding an apprentice".
    d = business_at_needs(lang, button)
    d.type(typed)
    assert d.state.answers["needs"] == ["find"] and d.state.screen == "consent"
    assert (d.ctx.held_question == typed) is kept


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "Azubi finden und Papierkram"),
        ("vi", "Tiếng Việt", "tìm người học việc, giấy tờ"),
        ("en", "English", "finding an apprentice and paperwork"),
        # "Finding someone": the paperwork alone was ticked.
        ("en", "English", "finding someone and the paperwork"),
        ("tr", "Türkçe", "çırak bulmak ve evraklar"),
        ("de", "Deutsch", "jemanden finden und Papierkram"),
    ],
)
def test_finding_an_apprentice_and_the_paperwork_are_both_needs(
    lang: str, button: str, typed: str
) -> None:
    # "Papierkram" was no need's word: "find" alone was ticked, the words kept.
    d = business_at_needs(lang, button)
    d.type(typed)
    assert sorted(d.state.answers["needs"]) == ["find", "steps"] and d.state.screen == "consent"
    assert d.ctx.held_question is None


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("en", "English", "come to my garage please"),
        ("en", "English", "you can visit us at the workshop, Hauptstraße 5"),
        ("de", "Deutsch", "kommen Sie gern in meine Werkstatt"),
        ("uk", "Українська", "у моєму кафе"),
    ],
)
def test_a_car_repair_owner_asking_to_be_visited_at_the_garage_is_at_my_business(
    lang: str, button: str, typed: str
) -> None:
    # "Please tap one of the buttons below": "at my garage" was listed, "come to my
    # garage" not.
    d = business_at_meeting(lang, button)
    d.type(typed)
    assert d.state.answers["meeting"] == "business" and d.state.screen == "q:time"


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("en", "English", "where is your office in dresden"),
        ("tr", "Türkçe", "telefon numaranız ne"),
        ("ar", "العربية", "ماذا أحتاج لتدريب متدرب في شركتي"),
        ("uk", "Українська", "де ваш офіс у Лейпцигу"),
    ],
)
def test_a_question_without_its_question_mark_is_no_answer(
    lang: str, button: str, typed: str
) -> None:
    # Asked at the meeting question: taken as "At the KAUSA office", "By phone", "At my
    # business" when the question words were not looked at.
    d = business_at_meeting(lang, button)
    d.type(typed)
    assert "meeting" not in d.state.answers and d.state.screen == "q:meeting"


@pytest.mark.parametrize("typed", ["0912 345 678", "0988 123 456"])
def test_a_local_number_that_may_be_foreign_typed_on_the_summary_is_asked_about(
    typed: str,
) -> None:
    # "We have changed your phone number" was said, though nothing was changed, and a
    # number that is no German one was told "incomplete, or a digit is wrong".
    d = business_at_phone("vi", "Tiếng Việt")
    d.type("0341 1234567")
    d.press(d.labels()[0])  # by phone
    d.press(d.labels()[0])  # morning
    assert d.state.screen == "summary"
    d.type(typed)
    assert d.state.screen == "q:phone" and d.state.answers["phone"] == "+493411234567"
    assert "+84" in d.text and "đã đổi" not in d.text and "chưa đầy đủ" not in d.text
    d.type("+84" + typed.replace(" ", "")[1:])
    d.press(d.labels()[1])  # no WhatsApp
    assert d.state.screen == "summary" and d.state.answers["phone"].startswith("+84")


def business_at_experience(lang: str, button: str) -> Driver:
    d = Driver(lang)
    d.press(button)
    d.press("🏢")
    d.type("Döner Palast")
    d.press("Koch/Köchin")
    d.type("04315")
    assert d.state.screen == "q:experience"
    return d


@pytest.mark.parametrize(
    ("lang", "button", "typed", "experience"),
    [
        ("de", "Deutsch", "Nein, kein Ausbilder", "none"),
        ("de", "Deutsch", "wir haben gerade einen Azubi", "now"),
        ("de", "Deutsch", "Noch nie, aber ich habe den Meister", "trainer"),
        ("ar", "العربية", "لا، ما عندنا مدرب", "none"),
        ("tr", "Türkçe", "hayır ama ustalık belgem var", "trainer"),
        ("uk", "Українська", "ще ні, але я майстер", "trainer"),
        ("vi", "Tiếng Việt", "trước đây", "before"),
        ("en", "English", "we have never trained, no trainer", "none"),
        # "Without" a trainer, and the instructor's other word: asked which of the two.
        ("uk", "Українська", "ще ні, без інструктора", "none"),
        ("uk", "Українська", "ще ні, але є інструктор", "trainer"),
        ("ar", "العربية", "ليس بعد، بدون مدرب", "none"),
        # The AEVO said as owners say it: "Which one do you mean?", both named.
        ("de", "Deutsch", "Noch nicht, aber ich habe die AEVO", "trainer"),
        ("tr", "Türkçe", "hayır ama AEVO'm var", "trainer"),
        ("vi", "Tiếng Việt", "chưa, nhưng tôi có AEVO", "trainer"),
        ("uk", "Українська", "ще ні, але в мене є AEVO", "trainer"),
        ("uk", "Українська", "ні, але маю AEVO", "trainer"),
        ("ar", "العربية", "لا، بس عندي AEVO", "trainer"),
        ("ar", "العربية", "ليس بعد، لكن عندي شهادة AEVO", "trainer"),
        # An apprentice had before, or had now and counted: kept, and the question (or
        # which "yes") asked again.
        ("de", "Deutsch", "wir hatten mal einen Azubi", "before"),
        ("tr", "Türkçe", "daha önce çırak vardı", "before"),
        ("ar", "العربية", "كان عندي متدرب قبل", "before"),
        ("uk", "Українська", "раніше був учень", "before"),
        ("vi", "Tiếng Việt", "đã từng có học việc", "before"),
        ("en", "English", "we had one before", "before"),
        ("de", "Deutsch", "ja, zwei Azubis", "now"),
        ("tr", "Türkçe", "evet şu an 2 çırak var", "now"),
        ("ar", "العربية", "حاليا عندنا متدرب", "now"),
        ("uk", "Українська", "зараз є учні", "now"),
        ("vi", "Tiếng Việt", "đang có học việc", "now"),
        ("en", "English", "yes we have 2 apprentices now", "now"),
        # The apprentice said first: "Which one do you mean?", now or in the past.
        ("de", "Deutsch", "ja, einen Azubi haben wir gerade", "now"),
        ("de", "Deutsch", "aktuell haben wir einen Azubi", "now"),
        ("de", "Deutsch", "wir haben momentan einen Azubi", "now"),
        # The trade's master in one word: "Please tap one of the buttons below".
        ("de", "Deutsch", "Nein, aber ich bin Friseurmeisterin", "trainer"),
        ("de", "Deutsch", "noch nie, aber ich bin Kfz-Meister", "trainer"),
    ],
)
def test_training_experience_said_in_words_that_answer_both_questions(
    lang: str, button: str, typed: str, experience: str
) -> None:
    # "Please tap one of the buttons below" (or the words kept, the question asked again).
    d = business_at_experience(lang, button)
    d.type(typed)
    assert d.state.answers["experience"] == experience and d.state.screen == "q:start"


@pytest.mark.parametrize(
    ("lang", "button", "typed", "experience"),
    [
        ("de", "Deutsch", "ja, haben wir früher", "before"),
        ("de", "Deutsch", "ja, momentan", "now"),
        ("de", "Deutsch", "ja, derzeit", "now"),
        ("tr", "Türkçe", "evet, şu an var", "now"),
        ("tr", "Türkçe", "evet, geçmişte yetiştirdik", "before"),
        ("uk", "Українська", "так, маємо зараз", "now"),
        ("uk", "Українська", "так, навчали раніше", "before"),
        ("vi", "Tiếng Việt", "có, hiện đang có", "now"),
        ("ar", "العربية", "نعم، دربنا سابقا", "before"),
        ("en", "English", "yes, we do right now", "now"),
        ("en", "English", "yes, we did before", "before"),
        # The year the last apprentice finished, or the count of those there now.
        ("de", "Deutsch", "ja, letztes Jahr", "before"),
        ("en", "English", "yes, last year", "before"),
        ("tr", "Türkçe", "evet, geçen yıl", "before"),
        ("uk", "Українська", "так, минулого року", "before"),
        ("vi", "Tiếng Việt", "có, năm ngoái", "before"),
        ("ar", "العربية", "نعم، السنة الماضية", "before"),
        ("de", "Deutsch", "ja, aktuell zwei", "now"),
    ],
)
def test_a_yes_with_words_that_name_one_of_the_two_yes_answers_is_that_answer(
    lang: str, button: str, typed: str, experience: str
) -> None:
    # "Which one do you mean: 'Yes, we train right now' or 'Yes, in the past'?", though
    # the words after the "yes" named one, and "we noted your message for the advisor".
    d = business_at_experience(lang, button)
    d.type(typed)
    taken = (d.state.answers.get("experience"), d.state.screen, d.ctx.held_question)
    assert taken == (experience, "q:start", None)


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "Noch nicht, wir haben keinen Ausbilder"),
        ("de", "Deutsch", "nein, kein Ausbilder"),
        ("tr", "Türkçe", "henüz değil, eğitmenimiz yok"),
        ("uk", "Українська", "ще ні, у нас немає наставника"),
        # "Trainer" as owners translate it, "тренер": not understood before.
        ("uk", "Українська", "тренера немає"),
        ("uk", "Українська", "ні, у нас немає тренера"),
        ("ar", "العربية", "لا، ما عندنا مدرب"),
        ("en", "English", "not yet, no trainer"),
    ],
)
def test_no_trainer_said_after_a_no_is_taken_without_a_note(
    lang: str, button: str, typed: str
) -> None:
    # "Not yet, and no trainer yet" was taken, and the owner told "we have noted your
    # message for the advisor", though the words said only that answer.
    d = business_at_experience(lang, button)
    d.type(typed)
    assert (d.state.answers.get("experience"), d.ctx.held_question) == ("none", None)
    noted = translator(lang).gettext(KEPT_WITH_ANSWER).split("{choice}")[0]
    assert noted not in d.text and d.state.screen == "q:start"


#: A bare "no, never" in each language.
NEVER = {
    **{"de": "nein, noch nie", "en": "no, never", "tr": "hayır hiç", "uk": "ні, ніколи"},
    **{"vi": "chưa bao giờ", "ar": "لا أبدا"},
}


@pytest.mark.parametrize(
    # "we don't have (one) yet": kept as a message and asked which, before.
    ("lang", "typed"),
    [
        *NEVER.items(),
        *(("vi", "chưa có"), ("ar", "لا ما عندنا")),
        # "Before" beside the "never" ("daha önce": a note, the question asked again).
        *(("tr", "hayır daha önce hiç"), ("de", "nein, früher noch nie")),
        *(("en", "no, never before"), ("uk", "ні, раніше ніколи")),
        *(("vi", "chưa, trước đây chưa bao giờ"), ("ar", "لا، أبدا من قبل")),
    ],
)
def test_a_bare_no_at_the_experience_asks_for_the_trainer(lang: str, typed: str) -> None:
    # "Which one do you mean: 'Not yet, but we have a trainer' or 'Not yet, and no trainer
    # yet'?": the owner who said "never" was not told that the trainer is what is open.
    d = business_at_experience(lang, NATIVE_NAMES[lang])
    d.type(typed)
    t = translator(lang)
    with_trainer, without = (
        option_label(o, t) for o in EXPERIENCE.options if o.code in ("trainer", "none")
    )
    # The labels stand set apart by direction marks in Arabic.
    asked = t.gettext(TRAINER_STILL_OPEN).split("{with_trainer}")[0].rstrip("“«„")
    assert asked in d.text and with_trainer in d.text and without in d.text
    assert "experience" not in d.state.answers


@pytest.mark.parametrize("typed", ["Nein", "Ja", "noch nie", "ich habe den Meister"])
def test_words_that_answer_one_of_the_two_questions_ask_again(typed: str) -> None:
    # "Nein" to "Has your business trained before? Does someone have a trainer
    # qualification?" leaves the trainer open: which button is meant only the person knows.
    d = business_at_experience("de", "Deutsch")
    d.type(typed)
    assert "experience" not in d.state.answers and d.state.screen == "q:experience"


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("tr", "Türkçe", "masraflar ne kadar"),
        ("de", "Deutsch", "was kostet ein Azubi"),
        ("uk", "Українська", "скільки платити учню"),
        ("uk", "Українська", "скільки коштує"),
        ("uk", "Українська", "скільки це коштує?"),
        ("ar", "العربية", "كم راتب المتدرب"),
        ("vi", "Tiếng Việt", "lương học nghề bao nhiêu"),
    ],
)
def test_costs_said_in_own_words_are_that_answer(lang: str, button: str, typed: str) -> None:
    # Stored as "something else" in those words: the minimum pay page that goes with
    # "Costs and training pay" was not offered on the summary.
    d = business_at_needs(lang, button)
    d.type(typed)
    assert d.state.answers["needs"] == ["costs"] and d.state.screen == "consent"


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "finanzielle Unterstützung"),
        ("en", "financial support"),
        ("tr", "maddi destek"),
        ("uk", "фінансова підтримка"),
        ("vi", "hỗ trợ tài chính"),
        ("ar", "الدعم المالي"),
    ],
)
def test_funding_asked_for_is_no_support_during_training(lang: str, typed: str) -> None:
    # "Help needed with: Support during training" (help with the apprentice), the money
    # asked for only in a note. No option names funding: the owner's words, as "Förderung".
    d = business_at_needs(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.answers["needs"] == ["other"] and d.state.answers["needs_other"] == typed
    assert d.state.screen == "consent"


@pytest.mark.parametrize(
    ("typed", "time"),
    [("بعد العصر", "afternoon"), ("العصر", "afternoon"), ("بعد المغرب", "evening")],
)
def test_arabic_times_of_day_named_by_the_prayers_are_understood(typed: str, time: str) -> None:
    # "After the afternoon prayer" is how many say "in the afternoon": "Please tap one
    # of the buttons below".
    d = business_at_meeting("ar", "العربية")
    d.press(d.labels()[0])  # by phone
    d.type(typed)
    assert d.state.answers["time"] == time


@pytest.mark.parametrize(
    ("lang", "button", "typed", "meeting"),
    [
        # As a nail studio's or a restaurant's owner says it, in Turkish and in Levantine
        # Arabic: "Please tap one of the buttons below" ("salonuma gelin", "اتصلوا بي",
        # "تعالوا إلى مطعمي" were understood).
        ("tr", "Türkçe", "salonuma gelebilirsiniz", "business"),
        ("tr", "Türkçe", "dükkanıma gelebilirsiniz", "business"),
        ("ar", "العربية", "تعالوا عالمطعم", "business"),
        ("ar", "العربية", "تعالوا عالصالون", "business"),
        ("ar", "العربية", "اتصلوا فيني", "phone"),
        ("ar", "العربية", "رنوا علي", "phone"),
        ("ar", "العربية", "بجي لعندكم عالمكتب", "office"),
        # Asked for as a question: "We have noted your question … Please tap one of the
        # buttons below", the way to meet asked again.
        ("en", "English", "Can you come to my shop?", "business"),
        ("en", "English", "Could you call me?", "phone"),
        ("de", "Deutsch", "Könnten Sie zu mir ins Restaurant kommen?", "business"),
        ("de", "Deutsch", "Können Sie mich anrufen?", "phone"),
        ("tr", "Türkçe", "dükkanıma gelebilir misiniz?", "business"),
        ("vi", "Tiếng Việt", "Bạn có thể đến tiệm của tôi không?", "business"),
        ("uk", "Українська", "Можете приїхати до мене в кафе?", "business"),
        ("uk", "Українська", "Чи можете ви мені подзвонити?", "phone"),
        ("ar", "العربية", "هل يمكنكم القدوم إلى مطعمي؟", "business"),
        ("ar", "العربية", "ممكن تجوا عالمطعم؟", "business"),
        # The business named without "my" ("Please tap one of the buttons below").
        ("ar", "العربية", "تعالوا للمطعم", "business"),
        ("ar", "العربية", "اتصلوا", "phone"),
        ("uk", "Українська", "у кафе", "business"),
        ("uk", "Українська", "в магазині", "business"),
        ("vi", "Tiếng Việt", "đến quán", "business"),
        ("vi", "Tiếng Việt", "ở nhà hàng", "business"),
        ("de", "Deutsch", "kommen Sie in den Imbiss", "business"),
        ("de", "Deutsch", "ins Restaurant", "business"),
        ("en", "English", "at the shop", "business"),
        ("en", "English", "come to the restaurant", "business"),
        # "Thank you, we have noted your words for the advisor. Please tap …".
        ("en", "English", "at my place", "business"),
        ("en", "English", "at our place", "business"),
        # "You can come by" ("Thank you, we have noted your message … Please tap" before;
        # "vorbeikommen" alone may be the owner's visit: office or business is asked).
        ("de", "Deutsch", "Sie können gerne vorbeikommen", "business"),
        ("de", "Deutsch", "Sie können vorbeikommen", "business"),
        # A call back, a call given, a visit by the shop: "Please tap one of the buttons".
        ("de", "Deutsch", "Rufen Sie mich zurück", "phone"),
        ("de", "Deutsch", "rufen Sie mich morgen zurück", "phone"),
        ("en", "English", "give me a call", "phone"),
        ("en", "English", "ring me", "phone"),
        ("en", "English", "come by my shop", "business"),
        ("tr", "Türkçe", "telefondan", "phone"),
        ("tr", "Türkçe", "beni geri arayın", "phone"),
        ("vi", "Tiếng Việt", "gọi lại cho tôi", "phone"),
    ],
)
def test_how_to_meet_said_as_an_owner_says_it(
    lang: str, button: str, typed: str, meeting: str
) -> None:
    d = business_at_meeting(lang, button)
    d.type(typed)
    assert d.state.answers.get("meeting") == meeting and d.state.screen == "q:time"


@pytest.mark.parametrize(
    ("lang", "button", "typed", "trades"),
    [
        ("de", "Deutsch", "Koch und Verkäufer", ["koch", "verkauf"]),
        ("de", "Deutsch", "Koch, Friseur", ["koch", "friseur"]),
        ("en", "English", "cook and hairdresser", ["koch", "friseur"]),
        ("tr", "Türkçe", "aşçı ve kuaför", ["koch", "friseur"]),
        # Joined by "or": taken as "Another trade" in those words too, and "طباخ أو حلاق"
        # as the cook alone. Both now, and the "or" goes to the advisor.
        ("de", "Deutsch", "Koch oder Verkäufer", ["koch", "verkauf"]),
        ("ar", "العربية", "طباخ أو حلاق", ["koch", "friseur"]),
        ("ar", "العربية", "طباخ او بائع", ["koch", "verkauf"]),
        ("tr", "Türkçe", "aşçı veya kuaför", ["koch", "friseur"]),
        ("tr", "Türkçe", "aşçı ya da kuaför", ["koch", "friseur"]),
        ("en", "English", "cook or hairdresser", ["koch", "friseur"]),
        ("uk", "Українська", "кухар або перукар", ["koch", "friseur"]),
        ("vi", "Tiếng Việt", "đầu bếp hoặc thợ làm tóc", ["koch", "friseur"]),
        # The Arabic "and" joined to the second trade, as it is written: only the waiter
        # was ticked ("we need a waiter and a cook").
        ("ar", "العربية", "بدنا نادل وطباخ", ["koch", "gastro"]),
        ("ar", "العربية", "نادل وطباخ", ["koch", "gastro"]),
        ("ar", "العربية", "نحتاج طباخ وحلاق وبائع", ["koch", "verkauf", "friseur"]),
    ],
)
def test_two_trades_named_in_one_answer_are_both_ticked(
    lang: str, button: str, typed: str, trades: list[str]
) -> None:
    # "Koch und Verkäufer" was stored as "Another trade" in those words, and the sector
    # was asked on top, which the trades tell.
    d = business_at_company(lang, button)
    d.type("Döner Palast")
    assert d.state.screen == "q:trades"
    d.type(typed)
    assert d.state.answers["trades"] == trades and "trades_other" not in d.state.answers
    assert d.state.screen == "q:plz"
    either = names_two(typed)
    assert d.ctx.held_question == (typed if either else None)
    told = translator(lang).gettext(KEPT_WITH_ANSWERS).split("{first}")[0].strip()
    assert (told in d.text) is either


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("vi", "Tiếng Việt", "làm móng"),
        ("vi", "Tiếng Việt", "tiệm nail"),
        ("de", "Deutsch", "Nagelstudio"),
        # The nail technician, the trade as owners name it: the sector asked all the same.
        ("vi", "Tiếng Việt", "thợ làm móng"),
        ("tr", "Türkçe", "tırnakçı"),
        ("uk", "Українська", "майстер манікюру"),
        ("ar", "العربية", "مانيكير"),
        ("de", "Deutsch", "Nageldesignerin"),
    ],
)
def test_a_trade_in_own_words_that_names_the_sector_answers_it(
    lang: str, button: str, typed: str
) -> None:
    # "Which sector is your business in?" was asked right after "làm móng" (nails), whose
    # words are the sector's own.
    d = business_at_company(lang, button)
    d.type("Tiệm Nail Hoa")
    d.type(typed)
    assert d.state.answers["trades"] == ["other"] and d.state.answers["trades_other"] == typed
    assert d.state.answers["sector"] == "beauty" and d.state.screen == "q:plz"
    assert translator(lang).gettext("Hair, beauty or cosmetics") in d.text


def test_a_trade_in_own_words_that_names_no_sector_asks_it() -> None:
    d = business_at_company("de", "Deutsch")
    d.type("Firma X")
    d.type("Kosmetikerin")
    assert d.state.screen == "q:sector"


def business_at_sector(lang: str, button: str) -> Driver:
    """A business owner who typed a trade of no suggestion, at the sector question."""
    d = business_at_company(lang, button)
    d.type("Döner Palast")
    d.type("Fachkraft für Lagerlogistik")
    assert d.state.screen == "q:sector"
    return d


@pytest.mark.parametrize(
    ("lang", "button", "typed", "sector"),
    [
        ("ar", "العربية", "مطعم", "gastro"),
        ("ar", "العربية", "بناء", "construction"),
        ("ar", "العربية", "سوبرماركت", "retail"),
        ("tr", "Türkçe", "market", "retail"),
        ("tr", "Türkçe", "tamirhane", "repair"),
        ("uk", "Українська", "магазин", "retail"),
        ("uk", "Українська", "автосервіс", "repair"),
        ("de", "Deutsch", "Imbiss", "gastro"),
        ("de", "Deutsch", "Reinigungsfirma", "services"),
        ("tr", "Türkçe", "gastronomi", "gastro"),
        ("en", "English", "hospitality", "gastro"),
        ("vi", "Tiếng Việt", "nhà hàng", "gastro"),
        ("en", "English", "supermarket", "retail"),
    ],
)
def test_a_business_named_by_its_kind_is_its_sector(
    lang: str, button: str, typed: str, sector: str
) -> None:
    # Stored as "Other sector: مطعم" (a restaurant): the labels' words were others.
    d = business_at_sector(lang, button)
    d.type(typed)
    assert d.state.answers["sector"] == sector and "sector_other" not in d.state.answers


@pytest.mark.parametrize(
    ("lang", "button", "typed", "need"),
    [
        ("tr", "Türkçe", "şartlar", "steps"),
        ("uk", "Українська", "умови", "steps"),
        ("ar", "العربية", "دعم أثناء التدريب", "support"),
        ("uk", "Українська", "підтримка", "support"),
        # The paperwork of becoming a training company: "Something else: Papierkram".
        *(("de", "Deutsch", "Papierkram", "steps"), ("de", "Deutsch", "Bürokratie", "steps")),
        *(("de", "Deutsch", "Hilfe beim Papierkram", "steps"),),
        *(("en", "English", "paperwork", "steps"), ("en", "English", "bureaucracy", "steps")),
        *(("tr", "Türkçe", "evrak işleri", "steps"), ("tr", "Türkçe", "bürokrasi", "steps")),
        *(("uk", "Українська", "бюрократія", "steps"), ("vi", "Tiếng Việt", "giấy tờ", "steps")),
        *(("ar", "العربية", "الأوراق", "steps"),),
    ],
)
def test_a_need_named_in_other_words_is_that_answer(
    lang: str, button: str, typed: str, need: str
) -> None:
    # Stored as "Something else: şartlar".
    d = business_at_needs(lang, button)
    d.type(typed)
    assert d.state.answers["needs"] == [need]


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        *(("de", "weiß nicht"), ("en", "not sure"), ("tr", "bilmiyorum"), ("uk", "не знаю")),
        *(("vi", "không biết"), ("ar", "ما بعرف")),
    ],
)
def test_not_knowing_the_help_needed_is_something_else_with_the_words_kept(
    lang: str, typed: str
) -> None:
    # "weiß nicht" was stored as the need ("Help needed with: weiß nicht").
    d = business_at_needs(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.answers["needs"] == ["other"] and "needs_other" not in d.state.answers
    assert d.ctx.held_question == typed and d.state.screen == "consent"
    t = translator(lang)
    label = option_label(next(o for o in NEEDS.options if o.code == "other"), t)
    assert t.gettext(KEPT_WITH_ANSWER).format(choice=t.isolate(label)) in d.text


def test_not_sure_after_a_tick_keeps_the_tick_beside_something_else() -> None:
    d = business_at_needs("en", "English")
    d.press("➕ Several things")
    d.press("Requirements and steps")
    d.type("not sure")
    assert d.state.answers["needs"] == ["steps", "other"] and d.ctx.held_question == "not sure"
    assert "“Requirements and steps, Something else” as your answer" in d.text


@pytest.mark.parametrize("typed", ["funding", "Funding?"])
def test_a_word_one_letter_from_a_needs_word_is_no_typo_of_it(typed: str) -> None:
    # "funding" was taken for "Finding an apprentice", one letter off: an owner asking for
    # money was noted as looking for an apprentice.
    d = business_at_needs("en", "English")
    d.type(typed)
    assert d.state.answers.get("needs") != ["find"]


@pytest.mark.parametrize(
    ("lang", "button", "typed", "kept"),
    [
        ("tr", "Türkçe", "merhaba", False),
        ("de", "Deutsch", "Hallo", False),
        ("tr", "Türkçe", "restoranım var", True),
        ("de", "Deutsch", "Ich habe ein Restaurant", True),
        ("ar", "العربية", "عندي مطعم", True),
        ("uk", "Українська", "у мене ресторан", True),
        ("vi", "Tiếng Việt", "tôi có tiệm nail", True),
        # "I don't know" was stored as the name too: asked again, as the person's name is.
        ("de", "Deutsch", "weiß ich nicht", False),
        ("de", "Deutsch", "keine Ahnung", False),
        ("en", "English", "I don't know", False),
        ("tr", "Türkçe", "bilmiyorum", False),
        ("uk", "Українська", "не знаю", False),
        ("vi", "Tiếng Việt", "không biết", False),
        ("ar", "العربية", "ما بعرف", False),
    ],
)
def test_a_greeting_or_the_kind_of_business_is_no_business_name(
    lang: str, button: str, typed: str, kept: bool
) -> None:
    # Stored as the name: the advisor's card read "Business name: merhaba".
    d = business_at_company(lang, button)
    d.type(typed)
    assert d.state.screen == "q:company" and "company" not in d.state.answers
    assert (d.ctx.held_question == typed) is kept
    if not kept:
        assert translator(lang).gettext("Please write the name of your business.") in d.text
    d.type("Kaya Döner")
    assert d.state.answers["company"] == "Kaya Döner"


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        *(("de", "noch kein Name"), ("de", "GmbH in Gründung"), ("tr", "henüz adı yok")),
        *(("uk", "ще без назви"), ("vi", "chưa có tên"), ("ar", "لسا ما في اسم")),
        ("en", "no name yet"),
        # Stored as the name: "Business name: yeni açıldı", "Business name: Wir sind noch
        # in Gründung".
        *(("tr", "Dükkanım yeni açıldı"), ("tr", "yeni açıldı"), ("tr", "yeni kuruyoruz")),
        *(("de", "Wir sind noch in Gründung"), ("de", "wir gründen gerade")),
        *(("de", "ich gründe gerade"), ("de", "Wir sind gerade in der Gründung")),
        *(("en", "we are still being founded"), ("en", "we're just starting up")),
        *(("uk", "ми щойно відкрилися"), ("vi", "tiệm mới mở"), ("ar", "المحل لسا فاتح جديد")),
        # The founding's word alone ("Business name: Neugründung").
        *(("de", "Neugründung"), ("de", "Existenzgründung"), ("de", "Gründung")),
        # Said with "I have", as on a phone ("Business name: hab noch keinen namen").
        *(("de", "hab noch keinen Namen"), ("de", "ich habe noch keinen Namen")),
        *(("de", "haben noch keinen Namen"), ("de", "wir haben keinen Namen")),
        *(("en", "I don't have a name yet"), ("en", "we have no name yet")),
        *(("tr", "henüz bir adı yok"), ("tr", "daha ismimiz yok")),
    ],
)
def test_a_business_without_a_name_yet_is_kept_and_a_name_asked(lang: str, typed: str) -> None:
    # "noch kein Name" was stored as the business's name ("Business name: noch kein Name").
    kept_and_the_name_asked(lang, typed, NO_NAME_YET_NOTED, "Ayşe Kaya")


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        *(("de", "ich bin selbstständig"), ("de", "Freiberufler"), ("de", "Einzelunternehmen")),
        *(("en", "I'm a freelancer"), ("en", "self-employed"), ("tr", "serbest çalışıyorum")),
        *(("uk", "Я фрілансер, ІТ"), ("uk", "я ФОП"), ("vi", "tôi làm tự do")),
        ("ar", "أنا فريلانسر"),
    ],
)
def test_working_for_oneself_is_kept_and_the_name_asked(lang: str, typed: str) -> None:
    # "Business name: ich bin selbstständig", "Business name: Я фрілансер, ІТ".
    kept_and_the_name_asked(lang, typed, SELF_EMPLOYED_NOTED, "Olena Kovalenko")


def kept_and_the_name_asked(lang: str, typed: str, told: str, name: str) -> None:
    """``typed`` at the business's name question is kept for the advisor, the person
    ``told`` so and asked the name again, which ``name`` then answers."""
    d = business_at_company(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.screen == "q:company" and "company" not in d.state.answers
    assert d.ctx.held_question == typed
    t = translator(lang)
    assert t.gettext(told) in d.text and t.gettext(COMPANY.prompt) in d.text
    d.type(name)
    assert d.state.answers["company"] == name and d.ctx.held_question == typed


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "Restaurant"),
        ("de", "Deutsch", "Friseur"),
        ("de", "Deutsch", "Bäckerei"),
        ("de", "Deutsch", "ein Imbiss"),
        ("tr", "Türkçe", "restoran"),
        ("tr", "Türkçe", "kuaför"),
        ("ar", "العربية", "مطعم"),
        ("uk", "Українська", "магазин"),
        ("vi", "Tiếng Việt", "tiệm nail"),
        ("en", "English", "a restaurant"),
    ],
)
def test_the_kind_of_business_alone_is_kept_and_the_name_asked(
    lang: str, button: str, typed: str
) -> None:
    # "Restaurant" was stored as the business's name ("Business name: Restaurant").
    d = business_at_company(lang, button)
    d.type(typed)
    assert d.state.screen == "q:company" and "company" not in d.state.answers
    assert d.ctx.held_question == typed
    noted, asked = translator(lang).gettext(KIND_NOTED).split("{kind}")
    assert noted.strip() in d.text and typed in d.text and asked.strip() in d.text
    d.type("Kaya Döner")
    assert d.state.answers["company"] == "Kaya Döner" and d.ctx.held_question == typed


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "Imbiss"),
        ("de", "Deutsch", "Kiosk"),
        ("de", "Deutsch", "mein Laden"),
        ("tr", "Türkçe", "mağaza"),
        ("tr", "Türkçe", "dükkanım"),
        ("ar", "العربية", "محل"),
        ("ar", "العربية", "مطعمي"),
        ("uk", "Українська", "магазин"),
        ("vi", "Tiếng Việt", "tiệm"),
        ("en", "English", "restaurant"),
        # Named or described ("I have no information page on this", or the offices page
        # for the town, as though the owner had asked something).
        ("de", "Deutsch", "Restaurant Istanbul"),
        ("de", "Deutsch", "Döner Imbiss Leipzig"),
        ("de", "Deutsch", "Café Müller"),
        ("de", "Deutsch", "Handyladen"),
        ("en", "English", "kebab shop"),
        ("en", "English", "hair salon in Leipzig"),
        ("ar", "العربية", "محل حلويات"),
        ("ar", "العربية", "المحل تبعي"),
        ("vi", "Tiếng Việt", "cửa hàng của tôi"),
        ("vi", "Tiếng Việt", "quán phở Hà Nội"),
        ("tr", "Türkçe", "Kaya Market"),
        ("uk", "Українська", "кав'ярня Оксани"),
    ],
)
def test_the_kind_of_business_alone_at_the_menu_starts_the_business_questions(
    lang: str, button: str, typed: str
) -> None:
    # "I have no information page on this", the words kept for an advisor's question.
    d = typed_at_the_menu(lang, button, typed)
    assert d.state.flow == "business" and d.state.screen == "q:company"
    assert d.ctx.held_question == typed
    assert translator(lang).gettext(KIND_NOTED).split("{kind}")[0].strip() in d.text
    d.type("Kaya Döner")
    assert d.state.answers["company"] == "Kaya Döner" and d.ctx.held_question == typed


@pytest.mark.parametrize(
    ("lang", "typed", "screen"),
    [
        # A young person's words beside the kind of business, or a page's.
        ("de", "Bäckerei Ausbildung", "a:"),
        ("de", "Job im Restaurant", "a:"),
        ("de", "Verkäuferin Bäckerei", "a:"),
        ("de", "Restaurant Mindestlohn", "a:pay"),
        ("de", "Kiosk Öffnungszeiten", "a:offices"),
        ("de", "Laden Sie mich ein", "a:"),
        ("en", "restaurant job", "a:"),
        ("en", "I work in a shop", "a:"),
        ("vi", "tôi muốn làm ở nhà hàng", "a:"),
        ("uk", "робота в ресторані", "a:"),
        ("ar", "شغل بمطعم", "a:"),
    ],
)
def test_a_kind_of_business_among_other_words_at_the_menu_is_no_owner_s(
    lang: str, typed: str, screen: str
) -> None:
    d = typed_at_the_menu(lang, NATIVE_NAMES[lang], typed)
    assert d.state.flow is None and d.state.screen == screen


def test_a_trade_alone_at_the_menu_is_still_a_young_persons() -> None:
    # A trade names the shop only where the business's name is asked.
    assert typed_at_the_menu("de", "Deutsch", "Friseur").state.flow == "young"


def typed_at_the_menu(lang: str, button: str, typed: str) -> Driver:
    """A person in ``lang``'s chat who types ``typed`` at the main menu."""
    d = Driver(lang)
    d.press(button)
    d.type(typed)
    return d


@pytest.mark.parametrize(
    ("lang", "button", "typed", "company"),
    [
        ("de", "Deutsch", "Mein Laden heißt Kaya Döner", "Kaya Döner"),
        ("de", "Deutsch", "Der Name ist: Bäckerei Al-Sham", "Bäckerei Al-Sham"),
        ("de", "Deutsch", "Wir heißen Nail Studio Hoa", "Nail Studio Hoa"),
        ("tr", "Türkçe", "dükkanın adı Kaya Döner", "Kaya Döner"),
        ("tr", "Türkçe", "işletmemin ismi Kaya Döner", "Kaya Döner"),
        ("vi", "Tiếng Việt", "tiệm tôi tên là Nail Hoa", "Nail Hoa"),
        ("vi", "Tiếng Việt", "tên tiệm là Nail Hoa", "Nail Hoa"),
        # Without "là", as it is often said.
        ("vi", "Tiếng Việt", "Tiệm của tôi tên Nail Hoa", "Nail Hoa"),
        # Typed without accents.
        ("vi", "Tiếng Việt", "tiem toi ten la Nail Hoa", "Nail Hoa"),
        ("vi", "Tiếng Việt", "Tiem cua toi ten Nail Hoa", "Nail Hoa"),
        ("vi", "Tiếng Việt", "cua hang cua em ten la Nail Hoa", "Nail Hoa"),
        ("uk", "Українська", "моя фірма називається IT Solutions", "IT Solutions"),
        ("uk", "Українська", "Назва компанії: Kyiv Soft GmbH", "Kyiv Soft GmbH"),
        ("ar", "العربية", "اسم المخبز الشام", "الشام"),
        ("ar", "العربية", "المطعم اسمه الشام", "الشام"),
        ("en", "English", "my company is called Kyiv IT GmbH", "Kyiv IT GmbH"),
        ("en", "English", "The name is Kyiv IT GmbH", "Kyiv IT GmbH"),
        # As a form's field is filled: a word for the business and a colon.
        ("de", "Deutsch", "Firma: Döner Palast", "Döner Palast"),
        ("de", "Deutsch", "Name: Döner Palast", "Döner Palast"),
        ("tr", "Türkçe", "Şirket: Berber Ali", "Berber Ali"),
        ("vi", "Tiếng Việt", "Tiệm: Nail Hoa", "Nail Hoa"),
        ("vi", "Tiếng Việt", "Tên tiệm: Nail Hoa", "Nail Hoa"),
        ("uk", "Українська", "Фірма: СТО Олега", "СТО Олега"),
        ("ar", "العربية", "الشركة: مطعم الشام", "مطعم الشام"),
        ("en", "English", "Company: Nail Studio Hoa", "Nail Studio Hoa"),
        ("en", "English", "Business name: Nail Studio Hoa", "Nail Studio Hoa"),
        # Four words before "tên là", "it's" without its apostrophe (stored whole before).
        ("vi", "Tiếng Việt", "tiệm nail của em tên là Hoa Nails", "Hoa Nails"),
        ("en", "English", "its called Nail Studio Hoa", "Nail Studio Hoa"),
        # "It's" with its apostrophe, and the Ukrainian "is called" without "it", as it
        # is said: stored whole before.
        ("en", "English", "It's called Kaya Döner", "Kaya Döner"),
        ("en", "English", "it’s named Kaya Döner", "Kaya Döner"),
        ("uk", "Українська", "називається Смачно", "Смачно"),
        ("uk", "Українська", "Називається «Смачно»", "Смачно"),
        ("uk", "Українська", "має назву Смачно", "Смачно"),
        # "This is the company …", as on the phone: stored whole before.
        ("de", "Deutsch", "Das ist die Firma Kaya Döner", "Kaya Döner"),
        ("de", "Deutsch", "Hier ist der Imbiss Kaya Döner", "Kaya Döner"),
        ("de", "Deutsch", "Unsere Firma heißt Kaya Döner", "Kaya Döner"),
        ("tr", "Türkçe", "Firmamızın adı Kaya Döner", "Kaya Döner"),
        ("tr", "Türkçe", "Burası Kaya Döner", "Kaya Döner"),
        ("en", "English", "This is the company Kaya Döner", "Kaya Döner"),
        ("en", "English", "we are the restaurant Kaya Döner", "Kaya Döner"),
        ("uk", "Українська", "Це фірма Смачно", "Смачно"),
        ("vi", "Tiếng Việt", "đây là tiệm Nail Hoa", "Nail Hoa"),
        ("de", "Deutsch", "Wir sind die Kaya Döner GmbH", "Kaya Döner GmbH"),
        ("en", "English", "We're Kaya Döner", "Kaya Döner"),
        ("en", "English", "we are Kaya Döner", "Kaya Döner"),
        ("tr", "Türkçe", "Şirketimiz Kaya Döner", "Kaya Döner"),
        ("tr", "Türkçe", "dükkanım Kaya Döner", "Kaya Döner"),
        ("uk", "Українська", "Наша фірма — Смачно", "Смачно"),
        ("de", "Deutsch", "Unsere Firma: Kaya Döner", "Kaya Döner"),
        ("vi", "Tiếng Việt", "Tiệm em là Nail Hoa", "Nail Hoa"),
        ("vi", "Tiếng Việt", "tiệm của tôi là Nail Hoa", "Nail Hoa"),
    ],
)
def test_the_words_that_introduce_the_business_name_are_no_part_of_it(
    lang: str, button: str, typed: str, company: str
) -> None:
    # The advisor's card and the summary read "Business name: Mein Laden heißt Kaya Döner".
    d = business_at_company(lang, button)
    d.type(typed)
    assert d.state.answers["company"] == company
    # The introduction says nothing more: nothing goes to the advisor besides.
    assert d.state.screen == "q:trades" and d.ctx.held_question is None


@pytest.mark.parametrize(
    "typed",
    [
        *("Der Laden", "Name GmbH", "Heißt GmbH", "Called Studio", "Adı Yok Döner"),
        # An introduction with nothing after it.
        *("Das ist die Firma", "Die Firma Kaya Döner"),
    ],
)
def test_a_business_name_that_only_looks_like_an_introduction_is_kept_whole(typed: str) -> None:
    d = business_at_company("de", "Deutsch")
    d.type(typed)
    assert d.state.answers["company"] == typed


def business_at_time(lang: str, button: str) -> Driver:
    """A business owner at "When would you prefer us to contact you?" (by phone)."""
    d = business_at_meeting(lang, button)
    d.press(d.labels()[0])  # by phone
    assert d.state.screen == "q:time"
    return d


@pytest.mark.parametrize(
    ("lang", "button", "typed", "time"),
    [
        ("de", "Deutsch", "ab 14 Uhr", "afternoon"),
        ("de", "Deutsch", "zwischen 9 und 11", "morning"),
        ("de", "Deutsch", "nach 17:30", "evening"),
        ("tr", "Türkçe", "saat 14'ten sonra", "afternoon"),
        ("vi", "Tiếng Việt", "sau 14 giờ", "afternoon"),
        ("uk", "Українська", "після 14:00", "afternoon"),
        ("ar", "العربية", "بعد الساعة ١٤", "afternoon"),
        ("en", "English", "after 2pm", "afternoon"),
        ("en", "English", "10 am", "morning"),
        # An hour before any button's without "am" or "pm" is the afternoon's ("after 5":
        # "Please tap one of the buttons below" before).
        ("en", "English", "after 5", "evening"),
        ("de", "Deutsch", "ab 3", "afternoon"),
        ("tr", "Türkçe", "5'ten sonra", "evening"),
        # An hour or a condition said with the time of day took the evening, and the
        # words were dropped ("sau 5 giờ chiều", "abends nach Feierabend").
        ("vi", "Tiếng Việt", "sau 5 giờ chiều", "evening"),
        ("de", "Deutsch", "abends nach Feierabend", "evening"),
        ("de", "Deutsch", "nach der Arbeit", "evening"),
        ("tr", "Türkçe", "akşam işten sonra", "evening"),
        ("uk", "Українська", "після роботи", "evening"),
        ("ar", "العربية", "بعد الدوام", "evening"),
        ("en", "English", "after work", "evening"),
        # Turkish "between" after the hours, Levantine "to" ("Please tap" before).
        ("tr", "Türkçe", "14-16 arası", "afternoon"),
        ("tr", "Türkçe", "saat 14 ile 16 arası", "afternoon"),
        ("tr", "Türkçe", "9 ile 11 arasında", "morning"),
        ("ar", "العربية", "من 2 لـ 4", "afternoon"),
    ],
)
def test_a_clock_time_at_the_best_time_question_is_its_time_of_day(
    lang: str, button: str, typed: str, time: str
) -> None:
    # "Please tap one of the buttons below", and the hour the owner can talk was lost.
    d = business_at_time(lang, button)
    d.type(typed)
    assert d.state.answers["time"] == time and d.state.screen == "summary"
    # The hour itself goes to the advisor, who can call then.
    assert d.ctx.held_question == typed
    option = next(o for o in TIME.options if o.code == time)
    assert option_label(option, translator(lang)) in d.text


@pytest.mark.parametrize("typed", ["ab 7", "von 10 bis 15 Uhr", "nach 20 Uhr"])
def test_a_clock_time_that_fits_no_time_of_day_is_kept_and_asked(typed: str) -> None:
    # "ab 7" is 19 o'clock (no button starts before 8); 10 to 15 spans two buttons; 20
    # o'clock none.
    d = business_at_time("de", "Deutsch")
    d.type(typed)
    assert "time" not in d.state.answers and d.state.screen == "q:time"
    assert d.ctx.held_question == typed


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "nicht vor 10"),
        ("de", "bitte nicht vor 10 Uhr"),
        ("en", "not before 10"),
        ("en", "not before 10am"),
        ("tr", "10'dan önce değil"),
        ("uk", "не раніше 10"),
        ("vi", "không trước 10 giờ"),
        ("ar", "مش قبل الساعة ١٠"),
        # With its minutes: "we have noted your words", the hour not said to be noted.
        ("de", "nicht vor 10:30"),
        ("en", "not before 9.30 am"),
    ],
)
def test_not_before_an_hour_no_button_covers_is_kept_and_said(lang: str, typed: str) -> None:
    # "Thank you, we have noted your message", and the buttons again: no button is
    # "from 10" (Morning is 8 to 12), so none is taken; the person is told the hour went
    # to the advisor and asked for the time of day that suits best.
    d = business_at_time(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert "time" not in d.state.answers and d.state.screen == "q:time"
    assert d.ctx.held_question == typed
    assert translator(lang).gettext(TIME_LIMIT_NOTED) in d.text


@pytest.mark.parametrize(
    ("lang", "typed", "time"),
    [
        # The window left is one button's whole: it is taken, the words kept.
        ("de", "nicht nach 12", "morning"),
        ("de", "nicht vor 17 Uhr", "evening"),
        ("en", "not after 12", "morning"),
        ("en", "no earlier than 5pm", "evening"),
        ("tr", "12'den sonra değil", "morning"),
        ("uk", "не пізніше 12", "morning"),
        ("vi", "không sau 12 giờ", "morning"),
        ("ar", "مش بعد ١٢", "morning"),
    ],
)
def test_not_before_or_after_an_hour_one_button_covers_takes_it(
    lang: str, typed: str, time: str
) -> None:
    # "Thank you, we have noted your message", and the buttons again.
    d = business_at_time(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.answers["time"] == time and d.state.screen == "summary"
    assert d.ctx.held_question == typed


@pytest.mark.parametrize(
    ("lang", "button", "typed", "time"),
    [
        ("de", "Deutsch", "nachmittags", "afternoon"),
        ("de", "Deutsch", "ab 14 Uhr", "afternoon"),
        ("tr", "Türkçe", "akşam", "evening"),
        ("ar", "العربية", "بعد العصر", "afternoon"),
        ("vi", "Tiếng Việt", "buổi chiều", "afternoon"),
        ("uk", "Українська", "ввечері", "evening"),
        ("en", "English", "in the morning", "morning"),
    ],
)
def test_the_best_time_said_before_its_question_is_not_asked_again(
    lang: str, button: str, typed: str, time: str
) -> None:
    # Said where the way to meet was asked: "Please tap one of the buttons below", the
    # words dropped, and the time asked next as if nothing had been said.
    d = business_at_meeting(lang, button)
    d.type(typed)
    assert d.state.screen == "q:meeting" and d.state.answers["time"] == time
    option = next(o for o in TIME.options if o.code == time)
    assert option_label(option, translator(lang)) in d.text
    d.press(d.labels()[0])  # by phone
    assert d.state.screen == "summary" and d.state.answers["meeting"] == "phone"
    # Back from the summary shows it, to change it.
    d.press(translator(lang).gettext("Back"))
    assert d.state.screen == "q:time"


#: A visit to the business asked for, as owners type it.
VISITS = {
    "en": ("you can visit my restaurant", "visit my shop"),
    "ar": ("تعالوا لمطعمي", "زوروا مطعمي"),
    "de": ("besuchen Sie mich im Laden",),
    "tr": ("restoranımı ziyaret edin",),
    "uk": ("відвідайте мій ресторан",),
    "vi": ("ghé quán tôi",),
}


@pytest.mark.parametrize(
    ("lang", "typed"), [(lang, typed) for lang, said in VISITS.items() for typed in said]
)
def test_a_visit_asked_at_the_meeting_is_at_my_business(lang: str, typed: str) -> None:
    # "We have noted your words for the advisor. Please tap one of the buttons below": "come
    # to my restaurant" was read, "visit my restaurant" not.
    d = business_at_meeting(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.answers["meeting"] == "business" and d.state.screen == "q:time"


def test_a_way_to_meet_asked_for_goes_to_the_advisor_too() -> None:
    d = business_at_meeting("en", "English")
    d.type("Can you come to my shop?")
    assert d.ctx.held_question == "Can you come to my shop?"
    assert "We have noted “At my business” as your answer" in d.text


@pytest.mark.parametrize(
    "typed",
    [
        "Muss ich ins Büro kommen?",  # a worry, no wish
        "Wo können Sie mich treffen?",  # asks where
        "Können Sie zu mir kommen oder soll ich ins Büro kommen?",  # two ways
    ],
)
def test_a_question_about_the_way_to_meet_is_no_answer(typed: str) -> None:
    d = business_at_meeting()
    d.type(typed)
    assert "meeting" not in d.state.answers and d.ctx.held_question == typed


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "nein, nicht 04315, sondern 04317"),
        ("de", "Deutsch", "04317, nicht 04315"),
        ("de", "Deutsch", "04315, ach nein, 04317"),
        # Codes of two offices: "Please write just one postal code".
        ("de", "Deutsch", "01067, nein Quatsch, 04317"),
        ("tr", "Türkçe", "04315 değil, 04317"),
        ("vi", "Tiếng Việt", "không phải 04315 mà là 04317"),
        ("uk", "Українська", "не 04315, а 04317"),
        ("ar", "العربية", "ليس 04315 بل 04317"),
        ("en", "English", "not 04315 but 04317"),
        ("en", "English", "04315, sorry, I mean 04317"),
    ],
)
def test_a_postal_code_corrected_in_the_same_message_is_the_corrected_one(
    lang: str, button: str, typed: str
) -> None:
    # The code said not to be it was stored ("nicht 04315, sondern 04317": 04315).
    d = business_at_company(lang, button)
    for answer in ("Döner Palast", "Koch", typed):
        d.type(answer)
    assert d.state.answers["plz"] == "04317" and d.state.screen == "q:experience"


def test_two_codes_without_a_correction_are_still_asked_about() -> None:
    d = business_at_company("de", "Deutsch")
    for answer in ("Döner Palast", "Koch", "Wohnort: 04109, Arbeitsort: 01067"):
        d.type(answer)
    assert "plz" not in d.state.answers and d.state.screen == "q:plz"


@pytest.mark.parametrize(
    ("lang", "button", "typed", "trade"),
    [
        ("de", "Deutsch", "Einzelhandelskaufmann", "einzelhandel"),
        ("de", "Deutsch", "Kellner", "gastro"),
        # Typed without the umlaut (native review, 2026-12-05).
        ("de", "Deutsch", "Verkaeuferin", "verkauf"),
        ("tr", "Türkçe", "garson", "gastro"),
        ("tr", "Türkçe", "tezgahtar", "verkauf"),
        # A shop's sales staff, as job offers say (native review, 2026-12-05).
        ("tr", "Türkçe", "mağaza elemanı", "verkauf"),
        ("en", "English", "waiter", "gastro"),
        ("vi", "Tiếng Việt", "phục vụ", "gastro"),
        ("vi", "Tiếng Việt", "bán lẻ", "einzelhandel"),
        # Selling, as the job is usually named (native review, 2026-12-05).
        ("vi", "Tiếng Việt", "bán hàng", "verkauf"),
        ("uk", "Українська", "офіціант", "gastro"),
        ("uk", "Українська", "продавчиня", "verkauf"),
        ("ar", "العربية", "نادل", "gastro"),
        ("ar", "العربية", "بائع", "verkauf"),
    ],
)
def test_a_suggested_trade_in_the_words_owners_use_is_that_trade(
    lang: str, button: str, typed: str, trade: str
) -> None:
    # "Another trade: Kellner", and "Which sector?" asked on top: the suggestions for
    # hospitality, retail and sales knew no other words than their labels.
    d = business_at_company(lang, button)
    for answer in ("Döner Palast", typed):
        d.type(answer)
    assert d.state.answers["trades"] == [trade] and d.state.screen == "q:plz"


@pytest.mark.parametrize(
    ("lang", "button", "typed", "office"),
    [
        ("vi", "Tiếng Việt", "01099", "dresden"),
        ("de", "Deutsch", "04315 Leipzig", "leipzig"),
        ("tr", "Türkçe", "PLZ 09111", "chemnitz"),
        ("uk", "Українська", "04109", "leipzig"),
        ("ar", "العربية", "٠١٠٦٧", "dresden"),
        ("en", "English", "08523", "chemnitz"),
    ],
)
def test_a_postal_code_typed_where_the_sector_is_asked_is_kept_and_not_asked_again(
    lang: str, button: str, typed: str, office: str
) -> None:
    # "Please write a few words": the code was lost, and the next words typed (the
    # training experience, as the owner went on) were stored as the sector.
    d = business_at_sector(lang, button)
    d.type(typed)
    assert d.state.screen == "q:sector" and d.state.office == office
    assert d.state.answers["plz"].isdigit()
    d.press(d.labels()[0])  # a sector
    assert d.state.screen == "q:experience"


def test_in_person_at_a_businesss_meeting_way_asks_office_or_business() -> None:
    # Advisors also come to a business: "persönlich" names no one place.
    d = business_at_meeting()
    d.type("persönlich")
    assert d.state.screen == "q:meeting" and "meeting" not in d.state.answers
    assert "Im KAUSA-Büro" in d.text and "In meinem Betrieb" in d.text


def test_a_visit_at_a_businesss_meeting_way_asks_office_or_business() -> None:
    # "Thank you, we have noted your words for the advisor. Please tap one of the buttons
    # below", as if "persönlich" ("which one: office or business?") had not been said.
    visits = (
        # ("vorbeikommen" alone asks the advisor to come by: tests/test_owner_summary.py.)
        *(("de", "Besuch"), ("en", "a visit"), ("tr", "ziyaret")),
        *(("ar", "زيارة"), ("uk", "візит"), ("vi", "đến gặp")),
        # In person preferred ("Please tap one of the buttons below" before).
        *(("de", "am besten persönlich"), ("en", "ideally in person"), ("uk", "краще особисто")),
        *(("tr", "tercihen yüz yüze"), ("vi", "tốt nhất là gặp trực tiếp"), ("ar", "الأفضل شخصيا")),
    )
    for lang, typed in visits:
        d = business_at_meeting(lang, NATIVE_NAMES[lang])
        d.type(typed)
        assert d.state.screen == "q:meeting" and "meeting" not in d.state.answers, typed
        t = translator(lang)
        assert all(t.gettext(o.label) in d.text for o in MEETING.options if o.code in _PLACES)


def test_vietnamese_cuisine_typed_as_the_trade_is_not_the_hospitality_specialist() -> None:
    # "ẩm thực" (cuisine, culinary arts) named the waiter's trade, Fachkraft für
    # Gastronomie (native review, 2026-12-05): a cook means it, not a waiter.
    d = business_at_company("vi", "Tiếng Việt")
    for answer in ("Phở Hà Nội", "ẩm thực"):
        d.type(answer)
    assert "gastro" not in d.state.answers.get("trades", [])


def test_the_postal_code_hint_asks_a_vietnamese_business_owner_for_no_home_town() -> None:
    # "... nơi bạn ở" (where you live) at the postal code of the business (native review,
    # 2026-12-05).
    d = business_at_company("vi", "Tiếng Việt")
    for answer in ("Phở Hà Nội", "phục vụ"):
        d.type(answer)
    assert d.state.screen == "q:plz"
    assert "thị trấn hoặc làng" in d.text and "nơi bạn ở" not in d.text


def test_an_owner_who_would_rather_visit_the_advisor_is_not_visited_at_the_business() -> None:
    # "زيارتي لكم أسهل" (visiting you is easier for me) was "At my business": "زيارتي" (my
    # visit) stood among the words for being visited (native review, 2026-12-05).
    d = business_at_meeting("ar", "العربية")
    d.type("زيارتي لكم أسهل")
    assert d.state.answers.get("meeting") != "business"


@pytest.mark.parametrize(
    ("lang", "button", "typed", "company"),
    [
        ("de", "Deutsch", "Der Betrieb heißt Döner Palace", "Döner Palace"),
        ("de", "Deutsch", "Name des Betriebs: Döner Palace", "Döner Palace"),
        ("tr", "Türkçe", "dükkanın adı Berber Ali", "Berber Ali"),
        ("ar", "العربية", "اسم المحل مطعم الشام", "مطعم الشام"),
        ("vi", "Tiếng Việt", "tên tiệm là Nail Hoa", "Nail Hoa"),
        ("uk", "Українська", "Фірма називається СТО Олега", "СТО Олега"),
        ("en", "English", "The shop is called Nail Studio Hoa", "Nail Studio Hoa"),
    ],
)
def test_the_business_name_corrected_on_the_summary_is_changed(
    lang: str, button: str, typed: str, company: str
) -> None:
    # "Der Betrieb heißt Döner Palace" on the summary was kept as a message for the
    # advisor, and "Döner Palast" sent as the business's name.
    d = business_at_meeting(lang, button)
    d.press(d.labels()[0])  # by phone
    d.press(d.labels()[0])  # in the morning
    assert d.state.screen == "summary"
    d.type(typed)
    assert d.state.answers["company"] == company and d.state.screen == "summary"
    assert d.ctx.held_question is None
    t = translator(lang)
    assert f"{t.gettext('Business name')}: {t.isolate(company)}\n" in d.text


def test_another_name_on_the_summary_is_no_business_name() -> None:
    # A street or a child is named so too: only words for the business introduce it.
    d = business_at_meeting()
    d.press(d.labels()[0])
    d.press(d.labels()[0])
    d.type("Die Straße heißt Eisenbahnstraße")
    assert d.state.answers["company"] == "Döner Palast"


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "Hallo?"),
        ("de", "Deutsch", "Hallo??"),
        ("tr", "Türkçe", "merhaba?"),
        ("ar", "العربية", "مرحبا؟"),
        ("vi", "Tiếng Việt", "xin chào?"),
        ("uk", "Українська", "привіт?"),
        ("en", "English", "hello?"),
    ],
)
def test_a_greeting_with_a_question_mark_is_no_question_for_the_advisor(
    lang: str, button: str, typed: str
) -> None:
    # "Hallo?" where a tap was expected: "We have noted your question … the advisor will
    # answer it personally", and the advisor's card read "Frage: Hallo?".
    d = business_at_experience(lang, button)
    d.type(typed)
    assert d.ctx.held_question is None and d.state.screen == "q:experience"
    assert translator(lang).gettext("Please tap one of the buttons below.") in d.text


@pytest.mark.parametrize(
    ("lang", "button", "typed", "company"),
    [
        ("de", "Deutsch", "Sorry, der Betrieb heißt eigentlich Döner Palace", "Döner Palace"),
        ("tr", "Türkçe", "pardon, dükkanın adı aslında Berber Ali", "Berber Ali"),
        ("ar", "العربية", "عفوا، اسم المحل مطعم الشام", "مطعم الشام"),
        ("vi", "Tiếng Việt", "xin lỗi, tên tiệm là Nail Hoa", "Nail Hoa"),
        ("uk", "Українська", "вибачте, фірма насправді називається СТО Олега", "СТО Олега"),
        ("en", "English", "sorry, the shop is actually called Nail Studio Hoa", "Nail Studio Hoa"),
    ],
)
def test_the_business_name_corrected_at_a_later_question_is_changed(
    lang: str, button: str, typed: str, company: str
) -> None:
    # Kept as a message for the advisor at the experience question, "Döner Palast" sent.
    d = business_at_experience(lang, button)
    d.type(typed)
    assert d.state.answers["company"] == company and d.state.screen == "q:experience"
    assert d.ctx.held_question is None


@pytest.mark.parametrize("typed", ["{year}", "lieber {year}", "Ausbildungsbeginn {year}"])
def test_a_start_year_typed_on_the_summary_changes_the_start(typed: str) -> None:
    # The bot failed on it (no option's code is a year: the answer stored is the year).
    d = business_at_meeting()
    d.press(d.labels()[0])  # by phone
    d.press(d.labels()[0])  # in the morning
    assert d.state.screen == "summary" and d.state.answers["start"] == start_label(d.ctx.now, 1)
    year = start_label(d.ctx.now)
    d.type(typed.format(year=year))
    assert d.state.screen == "summary" and d.state.answers["start"] == year
    assert f"Ausbildungsbeginn: {year}\n" in d.text


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "Zurück bitte"),
        ("tr", "Türkçe", "geri lütfen"),
        ("uk", "Українська", "назад, будь ласка"),
        ("en", "English", "back please"),
        # "Go back" said with a verb ("geri dön" was noted as a message, the question stayed).
        ("tr", "Türkçe", "geri dön"),
        ("tr", "Türkçe", "geri git"),
        ("de", "Deutsch", "zurück gehen"),
        ("en", "English", "go back"),
        ("uk", "Українська", "повернутися назад"),
        ("vi", "Tiếng Việt", "quay lại đi"),
        ("ar", "العربية", "ارجع"),
        # "One question back", "the question before" (a note before, the question stayed).
        ("de", "Deutsch", "eine Frage zurück"),
        ("de", "Deutsch", "zur vorherigen Frage"),
        ("en", "English", "back to the previous question"),
        ("tr", "Türkçe", "bir önceki soruya dön"),
    ],
)
def test_back_typed_politely_goes_back(lang: str, button: str, typed: str) -> None:
    # "Zurück bitte" was noted as a message for the advisor, and the question stayed.
    d = business_at_experience(lang, button)
    d.type(typed)
    assert d.state.screen == "q:plz" and d.ctx.held_question is None


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "mittags"),
        ("de", "Deutsch", "in der Mittagspause"),
        ("de", "Deutsch", "Mittags bitte"),
        ("en", "English", "at lunchtime"),
        ("tr", "Türkçe", "öğle arası"),
        ("uk", "Українська", "в обідню перерву"),
        ("vi", "Tiếng Việt", "giờ nghỉ trưa"),
        ("ar", "العربية", "وقت الغداء"),
    ],
)
def test_lunchtime_at_the_best_time_question_is_the_afternoon_and_kept(
    lang: str, button: str, typed: str
) -> None:
    # "mittags" was noted as a message and "Please tap one of the buttons below" asked
    # again. Lunch falls in the afternoon's hours (from 12); the words go to the advisor,
    # who then calls in the break, not at four.
    d = business_at_time(lang, button)
    d.type(typed)
    assert d.state.answers["time"] == "afternoon" and d.state.screen == "summary"
    assert d.ctx.held_question == typed


@pytest.mark.parametrize("typed", ["vormittags", "vor der Mittagspause", "nicht mittags"])
def test_words_beside_lunch_that_change_it_are_no_afternoon(typed: str) -> None:
    d = business_at_time("de", "Deutsch")
    d.type(typed)
    assert d.state.answers.get("time") != "afternoon"


@pytest.mark.parametrize(
    ("lang", "button", "typed", "meeting"),
    [
        ("de", "Deutsch", "Zoom geht", "video"),
        ("de", "Deutsch", "Skype", "video"),
        ("de", "Deutsch", "per Zoom", "video"),
        ("en", "English", "Skype is fine", "video"),
        ("tr", "Türkçe", "zoom olur", "video"),
        ("uk", "Українська", "через скайп", "video"),
        ("vi", "Tiếng Việt", "qua Skype", "video"),
        ("ar", "العربية", "سكايب", "video"),
        # A call on WhatsApp calls the phone number: "Thank you, we have noted your
        # message … Please tap one of the buttons below" ("per WhatsApp" was "By phone").
        ("en", "English", "whatsapp call pls 📞", "phone"),
        ("en", "English", "WhatsApp call", "phone"),
        ("de", "Deutsch", "WhatsApp Anruf", "phone"),
        ("tr", "Türkçe", "whatsapp arama", "phone"),
        ("uk", "Українська", "дзвінок у вотсап", "phone"),
        ("vi", "Tiếng Việt", "gọi whatsapp", "phone"),
        ("ar", "العربية", "اتصال واتساب", "phone"),
        # "On WhatsApp" as Levantine writes it, and Viber, which calls the number too.
        ("ar", "العربية", "عالواتس", "phone"),
        ("uk", "Українська", "по вайберу", "phone"),
        ("de", "Deutsch", "per Viber", "phone"),
    ],
)
def test_a_video_app_or_a_whatsapp_call_at_the_meeting_question_is_that_way(
    lang: str, button: str, typed: str, meeting: str
) -> None:
    # "Zoom geht", "Skype" were noted as a message and the buttons asked for again.
    d = business_at_meeting(lang, button)
    d.type(typed)
    assert d.state.answers.get("meeting") == meeting and d.state.screen == "q:time"
    # The app named goes to the advisor, who calls on it.
    assert d.ctx.held_question == typed


@pytest.mark.parametrize("typed", ["kein Zoom bitte", "Zoom habe ich nicht"])
def test_a_video_app_said_with_a_not_is_no_video_call(typed: str) -> None:
    d = business_at_meeting("de", "Deutsch")
    d.type(typed)
    assert d.state.answers.get("meeting") != "video"


def business_on_the_summary(lang: str, button: str) -> Driver:
    """A business owner at the summary: by phone, in the morning."""
    d = business_at_meeting(lang, button)
    d.press(d.labels()[0])  # by phone
    d.press(d.labels()[0])  # the first time of day
    assert d.state.screen == "summary" and d.state.answers["meeting"] == "phone"
    assert d.state.answers["time"] == "morning"
    return d


#: The weekend asked for on the summary, in the bot's languages.
WEEKEND_SAID = (
    *(("de", "lieber am Wochenende"), ("en", "saturday is better"), ("tr", "hafta sonu")),
    *(("uk", "у вихідні"), ("vi", "cuối tuần"), ("ar", "نهاية الأسبوع")),
)


@pytest.mark.parametrize(("lang", "typed"), WEEKEND_SAID)
def test_the_weekend_asked_for_on_the_summary_is_told_monday_to_friday(
    lang: str, typed: str
) -> None:
    # Only "we have noted your words", with no word of the days we call on; the time
    # chosen stays, and the words go to the advisor.
    d = business_on_the_summary(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.answers["time"] == "morning" and d.ctx.held_question == typed
    t = translator(lang)
    button = t.gettext(TIME.label)  # the ✏️ button named, as the keyboard has it
    told = t.gettext(WEEKEND_ON_THE_SUMMARY).split("{button}")
    assert all(part in d.text for part in (*told, button))
    assert any("✏️" in label and label.endswith(button) for label in d.labels())


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("en", "please come to my restaurant instead"),
        ("en", "at my shop instead"),
        ("de", "lieber in die Werkstatt statt Telefon"),
        ("tr", "telefon yerine dükkanıma gelin"),
        # Seven words with the formal "Sie" and an article: a note before.
        ("de", "kommen Sie zu mir in den Laden"),
        ("de", "kommen Sie doch zu mir in den Laden"),
    ],
)
def test_the_business_named_on_the_summary_is_the_way_to_meet(lang: str, typed: str) -> None:
    # A note for the advisor, and "Meeting: By phone" sent: "my" was left out of "at my
    # shop" beside "instead", and no option was read in "shop".
    d = business_on_the_summary(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.answers["meeting"] == "business" and d.ctx.held_question is None


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "lieber per Zoom"),
        ("de", "Deutsch", "doch über Teams"),
        ("en", "English", "zoom is better"),
        ("tr", "Türkçe", "zoom ile"),
        ("uk", "Українська", "краще через скайп"),
        ("vi", "Tiếng Việt", "qua zoom"),
        ("ar", "العربية", "عبر زوم"),
    ],
)
def test_a_video_app_named_on_the_summary_changes_the_meeting_way(
    lang: str, button: str, typed: str
) -> None:
    # "Thank you, we have noted your words for the advisor. Please tap one of the
    # buttons below": the phone call stayed the way of the talk.
    d = business_on_the_summary(lang, button)
    d.type(typed)
    t = translator(lang)
    video = option_label(next(o for o in MEETING.options if o.code == "video"), t)
    assert d.state.screen == "summary" and d.state.answers["meeting"] == "video"
    # Told of the change and of the words kept (Arabic isolates the answer's words).
    told = t.gettext(CHANGED_ANSWER_KEPT)
    assert video in d.text and told.split("{answer}")[1][1:] in d.text
    # The app named goes to the advisor, who calls on it.
    assert d.ctx.held_question == typed
    d.press(d.labels()[0])  # Send
    assert d.leads[0].answers["meeting"] == "video"


@pytest.mark.parametrize(
    ("lang", "button", "typed"), [("de", "Deutsch", "Kfz"), ("tr", "Türkçe", "KFZ")]
)
def test_kfz_alone_at_the_trade_question_is_the_car_mechatronics_trade(
    lang: str, button: str, typed: str
) -> None:
    # "Kfz" was stored as "Another trade: Kfz" and the sector asked on top.
    d = business_at_company(lang, button)
    d.type("Autohaus Müller")
    d.type(typed)
    assert d.state.answers["trades"] == ["kfz"] and "trades_other" not in d.state.answers
    assert d.state.screen == "q:plz"


@pytest.mark.parametrize(
    ("lang", "button", "typed", "name"),
    [
        ("de", "Deutsch", "Ali Yılmaz, Inhaber", "Ali Yılmaz"),
        ("de", "Deutsch", "Ali Yılmaz (Inhaber)", "Ali Yılmaz"),
        ("de", "Deutsch", "Ali Yılmaz - Geschäftsführerin", "Ali Yılmaz"),
        ("en", "English", "Ali Yilmaz, owner", "Ali Yilmaz"),
        ("tr", "Türkçe", "Ali Yılmaz, işletme sahibi", "Ali Yılmaz"),
        ("uk", "Українська", "Олег Коваль, власник", "Олег Коваль"),
        ("vi", "Tiếng Việt", "Nguyễn Văn An, chủ tiệm", "Nguyễn Văn An"),
        ("ar", "العربية", "أحمد الخطيب، صاحب المطعم", "أحمد الخطيب"),
    ],
)
def test_the_owner_s_role_after_the_name_is_no_part_of_it(
    lang: str, button: str, typed: str, name: str
) -> None:
    # The advisor's card read "Name: Ali Yılmaz, Inhaber".
    d = business_at_phone(lang, button)
    d.press(d.labels()[-2])  # Back
    assert d.state.screen == "q:name"
    d.type(typed)
    assert d.state.answers["name"] == name and d.state.screen == "q:phone"


@pytest.mark.parametrize(
    ("lang", "button", "typed", "name"),
    [
        ("de", "Deutsch", "Inhaber Ali Yılmaz", "Ali Yılmaz"),
        ("de", "Deutsch", "Inhaberin: Ayşe Demir", "Ayşe Demir"),
        ("de", "Deutsch", "Geschäftsführer Ali Yılmaz", "Ali Yılmaz"),
        # After "I am" (kept as a message before, and the name asked again).
        ("de", "Deutsch", "ich bin Geschäftsführer Ali Yılmaz", "Ali Yılmaz"),
        ("uk", "Українська", "я власник Олег Коваль", "Олег Коваль"),
        ("en", "English", "I'm the owner, Ali Yilmaz", "Ali Yilmaz"),
        ("en", "English", "Chef: Minh Nguyen", "Minh Nguyen"),
        ("en", "English", "Owner - Ali Yilmaz", "Ali Yilmaz"),
        ("tr", "Türkçe", "İşletme sahibi Ali Yılmaz", "Ali Yılmaz"),
        ("uk", "Українська", "власник Олег", "Олег"),
        ("uk", "Українська", "Власниця: Олена Коваль", "Олена Коваль"),
        ("vi", "Tiếng Việt", "chủ tiệm Nguyễn Văn An", "Nguyễn Văn An"),
        ("ar", "العربية", "المالك أحمد الخطيب", "أحمد الخطيب"),
        ("ar", "العربية", "صاحب المطعم: أحمد", "أحمد"),
    ],
)
def test_the_owner_s_role_before_the_name_is_no_part_of_it(
    lang: str, button: str, typed: str, name: str
) -> None:
    # The advisor's card read "Name: Inhaber Ali Yılmaz".
    d = business_at_phone(lang, button)
    d.press(d.labels()[-2])  # Back
    assert d.state.screen == "q:name"
    d.type(typed)
    assert d.state.answers["name"] == name and d.state.screen == "q:phone"


@pytest.mark.parametrize("typed", ["Chef", "Inhaber", "власник", "ich bin Inhaber"])
def test_a_role_alone_is_no_name_taken_apart(typed: str) -> None:
    # Nothing is left after the role: not cut to an empty name.
    d = business_at_phone("de", "Deutsch")
    d.press(d.labels()[-2])  # Back
    d.type(typed)
    assert d.state.answers.get("name") != ""


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "ich verstehe die Frage nicht"),
        ("de", "Deutsch", "Was meinen Sie?"),
        ("en", "English", "I don't understand the question"),
        ("tr", "Türkçe", "soruyu anlamadım"),
        ("uk", "Українська", "я не розумію питання"),
        ("vi", "Tiếng Việt", "tôi không hiểu câu hỏi"),
        ("ar", "العربية", "ما فهمت السؤال"),
    ],
)
def test_a_question_not_understood_is_put_again(lang: str, button: str, typed: str) -> None:
    # Kept as a message for the advisor ("Please tap one of the buttons below"), and the
    # person was left with the question they did not understand.
    d = business_at_meeting(lang, button)
    d.type(typed)
    t = translator(lang)
    assert d.state.screen == "q:meeting" and d.ctx.held_question is None
    assert t.gettext(NOT_SURE) in d.text
    assert t.gettext("How would you like to talk with the advisor?") in d.text


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "Ich verstehe nicht"),
        ("de", "Deutsch", "was ist plz?"),
        ("en", "English", "I don't understand"),
        ("tr", "Türkçe", "anlamadım"),
        ("vi", "Tiếng Việt", "không hiểu"),
        ("uk", "Українська", "не розумію"),
        ("ar", "العربية", "ما فهمت"),
    ],
)
def test_the_postal_code_not_understood_is_explained(lang: str, button: str, typed: str) -> None:
    # "I could not find this place": the words were read as a town's name.
    d = business_at_company(lang, button)
    d.type("Döner Palast")
    d.press(d.labels()[0])
    assert d.state.screen == "q:plz"
    d.type(typed)
    t = translator(lang)
    assert d.state.screen == "q:plz" and "plz" not in d.state.answers
    assert t.gettext(POSTAL_CODE_EXPLAINED) in d.text
    assert t.gettext("What is the postal code (PLZ) of your business? For example: 01067") in (
        d.text
    )
    assert d.ctx.held_question is None


def test_an_address_typed_with_the_business_name_is_no_part_of_it() -> None:
    # Stored whole as the business name, and the postal code asked again.
    d = business_at_company("de", "Deutsch")
    d.type("Restaurant Istanbul, Eisenbahnstraße 5, 04315 Leipzig")
    assert d.state.answers["company"] == "Restaurant Istanbul"
    assert d.ctx.held_question == "Eisenbahnstraße 5, 04315 Leipzig"
    d.press("Koch/Köchin")
    assert d.state.answers["plz"] == "04315" and d.state.screen == "q:experience"


def test_a_street_typed_with_the_postal_code_is_kept_for_the_advisor() -> None:
    # 04315 was taken, and the street was lost.
    d = business_at_company("de", "Deutsch")
    d.type("Döner Palast")
    d.press("Koch/Köchin")
    d.type("Eisenbahnstraße 12, 04315 Leipzig")
    assert d.state.answers["plz"] == "04315" and d.state.screen == "q:experience"
    assert d.ctx.held_question == "Eisenbahnstraße 12, 04315 Leipzig"


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "ich verstehe die Frage nicht"),
        ("tr", "Türkçe", "soruyu anlamadım"),
        ("ar", "العربية", "ما فهمت السؤال"),
    ],
)
def test_the_business_name_question_not_understood_is_put_plainly(
    lang: str, button: str, typed: str
) -> None:
    # "ich verstehe die Frage nicht" was stored as the business name.
    d = business_at_company(lang, button)
    d.type(typed)
    assert "company" not in d.state.answers and d.state.screen == "q:company"
    assert translator(lang).gettext("Please write the name of your business.") in d.text
    assert d.ctx.held_question is None


def business_at_start(lang: str, button: str) -> Driver:
    """A business owner in ``lang``'s chat at the training start question."""
    d = business_at_company(lang, button)
    d.type("Döner Palast")
    d.press("Koch/Köchin")
    d.type("04109")
    d.press(d.labels()[3])  # not yet, and no trainer yet
    assert d.state.screen == "q:start"
    return d


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("tr", "Türkçe", "gelecek yıl veya sonraki"),
        ("tr", "Türkçe", "seneye ya da ondan sonraki yıl"),
        ("ar", "العربية", "السنة الجاية أو اللي بعدها"),
    ],
)
def test_two_starts_named_with_or_take_neither(lang: str, button: str, typed: str) -> None:
    # The first year was taken ("We have noted “2027” as your answer"), as if the other
    # had not been named; "nächstes Jahr oder übernächstes" is asked again.
    d = business_at_start(lang, button)
    d.type(typed)
    assert d.state.screen == "q:start" and "start" not in d.state.answers
    assert d.ctx.held_question == typed


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("ar", "العربية", "هاتف أو فيديو"),
        ("tr", "Türkçe", "telefon veya video"),
        ("tr", "Türkçe", "görüntülü ya da telefon"),
    ],
)
def test_two_ways_to_meet_named_with_or_take_neither(lang: str, button: str, typed: str) -> None:
    # "هاتف أو فيديو" took the video call: "Telefon oder Video" is asked again.
    d = business_at_meeting(lang, button)
    d.type(typed)
    assert d.state.screen == "q:meeting" and "meeting" not in d.state.answers
    assert d.ctx.held_question == typed


@pytest.mark.parametrize(
    ("lang", "button", "typed", "start"),
    [("de", "Deutsch", "{year} oder so", 1), ("tr", "Türkçe", "{year} ya da daha sonra", 1)],
)
def test_a_start_with_or_so_is_that_start(lang: str, button: str, typed: str, start: int) -> None:
    # "Or so", "or later" name no second year.
    d = business_at_start(lang, button)
    year = start_label(d.ctx.now, start)
    d.type(typed.format(year=year))
    assert d.state.answers.get("start") == year


@pytest.mark.parametrize(
    ("lang", "button", "typed", "company", "address"),
    [
        (
            "de",
            "Deutsch",
            "Hauptstraße 5 Leipzig Döner Palast",
            "Döner Palast",
            "Hauptstraße 5 Leipzig",
        ),
        (
            "de",
            "Deutsch",
            "Döner Palast Eisenbahnstraße 12 Leipzig",
            "Döner Palast",
            "Eisenbahnstraße 12 Leipzig",
        ),
        ("tr", "Türkçe", "Eisenbahnstr. 12 Berber Ali", "Berber Ali", "Eisenbahnstr. 12"),
        # "Str" without its full stop; a street of two words ("Am Markt").
        (
            "de",
            "Deutsch",
            "Hauptstr 5 Leipzig Döner Palast",
            "Döner Palast",
            "Hauptstr 5 Leipzig",
        ),
        ("de", "Deutsch", "Am Markt 3 Bäckerei Schulz", "Bäckerei Schulz", "Am Markt 3"),
        (
            "vi",
            "Tiếng Việt",
            "Tiệm Nail Hoa Karl-Liebknecht-Str. 20a Leipzig",
            "Tiệm Nail Hoa",
            "Karl-Liebknecht-Str. 20a Leipzig",
        ),
        # The town after the name, which was stored whole as the business name.
        ("de", "Deutsch", "Friseursalon Ayşe in Chemnitz", "Friseursalon Ayşe", "in Chemnitz"),
        ("de", "Deutsch", "Döner Palast aus Leipzig", "Döner Palast", "aus Leipzig"),
        ("tr", "Türkçe", "Kuaför Ayşe, Chemnitz", "Kuaför Ayşe", "Chemnitz"),
        ("tr", "Türkçe", "Berber Ali Leipzig'de", "Berber Ali", "Leipzig'de"),
        ("vi", "Tiếng Việt", "Tiệm Nail Hoa ở Dresden", "Tiệm Nail Hoa", "ở Dresden"),
        ("uk", "Українська", "СТО Олега в Лейпцигу", "СТО Олега", "в Лейпцигу"),
        ("ar", "العربية", "مطعم الشام في لايبزيغ", "مطعم الشام", "في لايبزيغ"),
        ("en", "English", "Kaya Market in Zwickau", "Kaya Market", "in Zwickau"),
        # A street as the owner's language writes it: only German street words were known.
        ("uk", "Українська", "СТО Олега, вул. Гагаріна 5", "СТО Олега", "вул. Гагаріна 5"),
        ("uk", "Українська", "СТО Олега, вулиця Шевченка 12", "СТО Олега", "вулиця Шевченка 12"),
        ("tr", "Türkçe", "Kaya Market, Atatürk Cad. 5", "Kaya Market", "Atatürk Cad. 5"),
        ("tr", "Türkçe", "Berber Ali, Gül Sokak 3", "Berber Ali", "Gül Sokak 3"),
        ("ar", "العربية", "مطعم الشام، شارع الجامعة 5", "مطعم الشام", "شارع الجامعة 5"),
        ("vi", "Tiếng Việt", "Tiệm Nail Hoa, đường Lê Lợi 20", "Tiệm Nail Hoa", "đường Lê Lợi 20"),
        (
            "vi",
            "Tiếng Việt",
            "Tiệm Nail Hoa, số 20 đường Lê Lợi",
            "Tiệm Nail Hoa",
            "số 20 đường Lê Lợi",
        ),
        # Those streets, and an Arabic town joined to "in" ("بلايبزيغ"), without a comma.
        ("tr", "Türkçe", "Kaya Market Atatürk Cad. 5", "Kaya Market", "Atatürk Cad. 5"),
        ("tr", "Türkçe", "Berber Ali Gül Sokak 3", "Berber Ali", "Gül Sokak 3"),
        ("uk", "Українська", "СТО Олега вул. Гагаріна 5", "СТО Олега", "вул. Гагаріна 5"),
        ("ar", "العربية", "مطعم الشام شارع الجامعة 5", "مطعم الشام", "شارع الجامعة 5"),
        ("vi", "Tiếng Việt", "Tiệm Nail Hoa đường Lê Lợi 20", "Tiệm Nail Hoa", "đường Lê Lợi 20"),
        ("ar", "العربية", "مطعم الشام بلايبزيغ", "مطعم الشام", "بلايبزيغ"),
        ("ar", "العربية", "مخبز الأمل بدريسدن", "مخبز الأمل", "بدريسدن"),
    ],
)
def test_an_address_typed_without_a_comma_is_no_part_of_the_business_name(
    lang: str, button: str, typed: str, company: str, address: str
) -> None:
    # "Hauptstraße 5 Leipzig Döner Palast" was stored whole as the business's name.
    d = business_at_company(lang, button)
    d.type(typed)
    assert d.state.answers["company"] == company and d.state.screen == "q:trades"
    assert d.ctx.held_question == address


def test_an_address_with_its_code_without_a_comma_answers_the_postal_code() -> None:
    d = business_at_company("de", "Deutsch")
    d.type("Döner Palast Eisenbahnstraße 12 04315 Leipzig")
    assert d.state.answers["company"] == "Döner Palast"
    assert d.ctx.held_question == "Eisenbahnstraße 12 04315 Leipzig"
    d.press("Koch/Köchin")
    assert d.state.answers["plz"] == "04315" and d.state.screen == "q:experience"


@pytest.mark.parametrize(
    "typed",
    [
        *("Hotel Am Ring", "Café 1900", "Pizzeria Marktplatz", "Ali Catering 24"),
        # A word that begins with "ب" (Beirut, not "in Rötha"), a street's word alone.
        *("مطعم بيروت", "Sokak Lezzetleri 34", "Вулиця Смаку 7"),
        "Getränkemarkt 1",
        # A town in the name without "in": the name's own.
        *("Autohaus Chemnitz", "Hotel Leipzig GmbH", "Bäckerei in der Neustadt", "Café Dresden"),
    ],
)
def test_a_business_name_with_a_street_word_and_no_number_is_kept_whole(typed: str) -> None:
    d = business_at_company("de", "Deutsch")
    d.type(typed)
    assert d.state.answers["company"] == typed and d.ctx.held_question is None


@pytest.mark.parametrize(
    ("lang", "button", "typed", "company"),
    [
        ("uk", "Українська", "Манікюрний салон «Олена»", "Манікюрний салон «Олена»"),
        ("de", "Deutsch", 'Imbiss "Bei Ali"', 'Imbiss "Bei Ali"'),
        ("de", "Deutsch", "„Döner Palast“", "Döner Palast"),
        ("tr", "Türkçe", "Kuaför 'Ayşe'", "Kuaför 'Ayşe'"),
    ],
)
def test_quotes_in_a_business_name_are_kept_in_pairs(
    lang: str, button: str, typed: str, company: str
) -> None:
    # "Манікюрний салон «Олена»" was stored as "Манікюрний салон «Олена": the closing
    # quote cut off, the opening one left.
    d = business_at_company(lang, button)
    d.type(typed)
    assert d.state.answers["company"] == company


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "was ist ein Ausbildungsberuf"),
        ("en", "English", "what is Ausbildungsberuf"),
        ("tr", "Türkçe", "meslek ne demek"),
        ("uk", "Українська", "що таке Ausbildungsberuf"),
        ("vi", "Tiếng Việt", "Ausbildungsberuf là gì"),
        ("ar", "العربية", "ما معنى Ausbildungsberuf"),
    ],
)
def test_what_is_asked_without_its_question_mark_is_no_trade(
    lang: str, button: str, typed: str
) -> None:
    # Stored as "Another trade: was ist ein Ausbildungsberuf", and the sector asked.
    d = business_at_company(lang, button)
    d.type("Döner Palast")
    d.type(typed)
    assert d.state.screen == "q:trades" and "trades" not in d.state.answers
    assert d.ctx.held_question == typed


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "abends"),
        ("tr", "Türkçe", "öğleden sonra"),
        ("uk", "Українська", "після обіду"),
        ("ar", "العربية", "بعد الظهر"),
        ("vi", "Tiếng Việt", "buổi tối"),
        ("en", "English", "in the evening"),
    ],
)
def test_a_time_of_day_alone_is_the_tap_and_nothing_more_is_kept(
    lang: str, button: str, typed: str
) -> None:
    d = business_at_time(lang, button)
    d.type(typed)
    assert d.state.answers.get("time") and d.state.screen == "summary"
    assert d.ctx.held_question is None


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "was ist ein Videoanruf"),
        ("en", "English", "what is AEVO"),
        ("tr", "Türkçe", "görüntülü arama nedir"),
        ("uk", "Українська", "що таке відеодзвінок"),
        ("vi", "Tiếng Việt", "gọi video là gì"),
        ("ar", "العربية", "ما هو مكالمة فيديو"),
    ],
)
def test_what_is_asked_on_the_summary_is_a_question_not_a_change(
    lang: str, button: str, typed: str
) -> None:
    # "görüntülü arama nedir", "ما هو مكالمة فيديو" changed the way to meet to a video
    # call; "what is AEVO" was "noted your words", and no answer promised.
    d = business_at_time(lang, button)
    d.press(d.labels()[0])  # morning
    answers = dict(d.state.answers)
    d.type(typed)
    assert d.state.screen == "summary" and d.state.answers == answers
    assert d.ctx.held_question == typed
    assert translator(lang).gettext(KEPT).split(".")[0] in d.text


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "lieber abends nach Feierabend"),
        ("de", "Deutsch", "doch lieber abends ab 18 Uhr"),
        ("tr", "Türkçe", "daha iyi akşam işten sonra"),
        ("uk", "Українська", "краще ввечері після роботи"),
        ("ar", "العربية", "الأفضل مساءً بعد الدوام"),
        ("en", "English", "rather evenings after work"),
        # Asked as "what about …": the change asked for, where the question was kept.
        ("de", "Deutsch", "wie wäre es mit abends nach Feierabend?"),
    ],
)
def test_a_time_changed_on_the_summary_with_what_it_hangs_on_keeps_the_words(
    lang: str, button: str, typed: str
) -> None:
    # The evening was taken and "nach Feierabend" dropped: the advisor called at six
    # while the shop was still open. As at the best-time question, the words are kept.
    changed_on_the_summary(lang, button, typed, "time", "evening")


def changed_on_the_summary(lang: str, button: str, typed: str, key: str, code: str) -> None:
    """``typed`` on the summary changes ``key``'s answer to ``code``, told so, and the
    words go to the advisor."""
    d = business_on_the_summary(lang, button)
    d.type(typed)
    assert d.state.screen == "summary" and d.state.answers[key] == code
    told = translator(lang).gettext(CHANGED_ANSWER_KEPT)
    assert told.split("{answer}")[1][1:] in d.text
    assert d.ctx.held_question == typed


@pytest.mark.parametrize(
    ("lang", "typed", "trades"),
    [
        ("de", "Friseur statt Koch", ["friseur"]),
        ("de", "nicht Koch, sondern Verkäufer", ["verkauf"]),
        ("tr", "aşçı yerine kuaför", ["friseur"]),
        ("tr", "aşçı değil kuaför", ["friseur"]),
        ("ar", "حلاق بدل طباخ", ["friseur"]),
        ("uk", "перукар замість кухаря", ["friseur"]),
        ("vi", "thợ làm tóc thay vì đầu bếp", ["friseur"]),
        ("en", "hairdresser instead of cook", ["friseur"]),
        # "A, not B", and a "no" before: a message before, the cook sent.
        ("de", "Verkäufer, nicht Koch", ["verkauf"]),
        ("de", "nein, nicht Koch, sondern Verkäufer", ["verkauf"]),
        ("de", "nein, Verkäufer statt Koch", ["verkauf"]),
        ("en", "salesperson, not cook", ["verkauf"]),
        ("en", "no, not cook, salesperson", ["verkauf"]),
        ("uk", "ні, не кухар, а продавець", ["verkauf"]),
    ],
)
def test_a_trade_changed_on_the_summary_is_the_new_trade(
    lang: str, typed: str, trades: list[str]
) -> None:
    # Kept as a message while the old trade was sent: the advisor prepared for a cook.
    d = business_on_the_summary(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.screen == "summary" and d.state.answers["trades"] == trades
    changed = translator(lang).gettext(CHANGED_ANSWER).split("{question}")[0].strip()
    assert changed in d.text and d.ctx.held_question is None


@pytest.mark.parametrize(
    "typed", ["Friseur statt Bäcker", "nicht Bäcker, sondern Friseur", "Koch statt Friseur"]
)
def test_a_trade_changed_from_one_not_chosen_is_kept_for_the_advisor(typed: str) -> None:
    d = business_on_the_summary("de", "Deutsch")
    d.type(typed)
    assert d.state.answers["trades"] == ["koch"] and d.ctx.held_question == typed


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "was ist mit Video statt Telefon"),
        ("de", "Was ist mit Video statt Telefon?"),
        ("de", "wie wäre es mit Video"),
        ("de", "wie wärs mit video?"),
        ("en", "what about a video call"),
        ("en", "How about video instead?"),
        ("tr", "görüntülü arama olsa?"),
        ("uk", "а як щодо відео?"),
        ("vi", "còn video thì sao"),
        ("ar", "ماذا عن الفيديو؟"),
        ("ar", "شو رأيك بالفيديو"),
        # Short, as on a phone: "so, video?", "and by video?", "can we do video?".
        ("tr", "peki video?"),
        ("tr", "peki ya görüntülü?"),
        ("tr", "video olur mu?"),
        ("de", "und per Video?"),
        ("de", "geht auch Video?"),
        ("en", "could we do video instead?"),
        ("en", "and video?"),
        ("vi", "hay là gọi video được không"),
        ("uk", "а можна по відео?"),
        ("uk", "може відео?"),
        ("ar", "طيب فيديو؟"),
        ("ar", "ممكن فيديو؟"),
    ],
)
def test_what_about_another_way_on_the_summary_changes_the_way_to_meet(
    lang: str, typed: str
) -> None:
    # "Thank you, we have noted your question": the phone call stayed the way of the
    # talk, though the owner asked for video. Now changed, and the words kept.
    changed_on_the_summary(lang, NATIVE_NAMES[lang], typed, "meeting", "video")


@pytest.mark.parametrize(
    "typed", ["was ist mit den Kosten?", "what about the costs", "wie wäre es mit einem Termin?"]
)
def test_what_about_something_else_on_the_summary_is_a_question(typed: str) -> None:
    d = business_on_the_summary("de", "Deutsch")
    d.type(typed)
    assert d.state.answers["meeting"] == "phone" and d.state.answers["time"] == "morning"
    assert d.ctx.held_question == typed


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "und wann ruft ihr an?"),
        ("tr", "peki ne zaman?"),
        ("en", "could we do it next week instead?"),
        ("uk", "а можна раніше?"),
        ("ar", "طيب متى؟"),
    ],
)
def test_a_short_question_on_the_summary_that_names_no_answer_is_kept(
    lang: str, typed: str
) -> None:
    d = business_on_the_summary(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.answers["meeting"] == "phone" and d.state.answers["time"] == "morning"
    assert d.ctx.held_question == typed


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "egal"),
        ("de", "ist mir egal"),
        ("tr", "farketmez"),
        ("en", "whenever"),
        ("en", "doesn't matter"),
        ("vi", "không quan trọng"),
        ("uk", "все одно"),
        ("ar", "مش مهم"),
    ],
)
def test_it_does_not_matter_at_the_training_start_is_i_do_not_know_yet(
    lang: str, typed: str
) -> None:
    # "Thank you, we have noted your words for the advisor. Please tap one of the buttons
    # below", and the start asked again: no year suits better than another.
    d = business_at_start(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.answers["start"] == "unknown" and d.state.screen == "q:needs"
    t = translator(lang)
    unknown = t.gettext("I don't know yet")
    told = t.gettext(KEPT_WITH_ANSWER).split("{choice}")
    assert unknown in d.text and told[1][1:] in d.text  # Arabic isolates the label
    assert d.ctx.held_question == typed


@pytest.mark.parametrize(
    ("lang", "typed", "trade"),
    [
        ("de", "Küche", "koch"),
        ("de", "in der Küche", "koch"),
        ("en", "kitchen", "koch"),
        ("tr", "mutfak", "koch"),
        ("ar", "مطبخ", "koch"),
        ("uk", "кухня", "koch"),
        ("vi", "phụ bếp", "koch"),
        ("de", "Verkauf", "verkauf"),
        ("en", "sales", "verkauf"),
        ("tr", "satış", "verkauf"),
        ("uk", "продажі", "verkauf"),
        ("ar", "مبيعات", "verkauf"),
    ],
)
def test_a_work_area_that_names_a_trade_of_the_list_is_that_trade(
    lang: str, typed: str, trade: str
) -> None:
    # Stored as "Another trade" in those words, and the sector asked on top; "bán hàng"
    # and "بائع" were the sales assistant all along.
    d = business_at_company(lang, NATIVE_NAMES[lang])
    d.type("Döner Palast")
    d.type(typed)
    assert d.state.answers["trades"] == [trade] and "trades_other" not in d.state.answers
    assert d.state.screen == "q:plz"
    t = translator(lang)
    label = option_label(next(o for o in trades.OPTIONS if o.code == trade), t)
    assert label in d.text and t.gettext(NOTED_ANSWER).split("{choice}")[1][1:] in d.text


@pytest.mark.parametrize(
    ("lang", "typed", "ticked"),
    [
        ("de", "Küche und Service", ["koch", "gastro"]),
        ("tr", "mutfak ve servis", ["koch", "gastro"]),
        ("uk", "кухня і зал", ["koch", "gastro"]),
        ("en", "kitchen and service", ["koch", "gastro"]),
        ("ar", "المطبخ والصالة", ["koch", "gastro"]),
        ("vi", "bếp và phục vụ", ["koch", "gastro"]),
        ("de", "Küche, Verkauf", ["koch", "verkauf"]),
        # A work area beside a trade named by its own word.
        ("de", "Service und Koch", ["koch", "gastro"]),
        # Electrical work: "Another trade: Küche und Elektro" before.
        ("de", "Küche und Elektro", ["koch", "elektro"]),
        ("en", "kitchen and electricity", ["koch", "elektro"]),
    ],
)
def test_two_work_areas_tick_the_trades_they_name(lang: str, typed: str, ticked: list[str]) -> None:
    # "Küche" alone was the cook, but "Küche und Service" was "Another trade: Küche und
    # Service" and the sector asked on top ("bếp và phục vụ": the hospitality specialist
    # alone).
    d = business_at_company(lang, NATIVE_NAMES[lang])
    d.type("Döner Palast")
    d.type(typed)
    assert d.state.answers["trades"] == ticked and "trades_other" not in d.state.answers
    assert d.state.screen == "q:plz"
    t = translator(lang)
    for code in ticked:
        assert option_label(next(o for o in trades.OPTIONS if o.code == code), t) in d.text


@pytest.mark.parametrize(("lang", "typed"), [("de", "Lager"), ("en", "warehouse")])
def test_a_work_area_that_names_no_trade_of_the_list_is_kept_in_its_words(
    lang: str, typed: str
) -> None:
    d = business_at_company(lang, NATIVE_NAMES[lang])
    d.type("Döner Palast")
    d.type(typed)
    assert d.state.answers["trades"] == ["other"] and d.state.answers["trades_other"] == typed


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("en", "evening is better"),
        ("en", "the evening is better"),
        ("de", "abends ist besser"),
        ("tr", "akşam daha iyi"),
        ("uk", "краще ввечері"),
        ("vi", "buổi tối thì tốt hơn"),
        ("ar", "المسا أفضل"),
    ],
)
def test_a_time_preferred_on_the_summary_is_one_change_and_no_message(
    lang: str, typed: str
) -> None:
    # "evening is better": the time changed, and the words kept as a message too (the
    # English "is" read as the Turkish "iş", work): two things told for one.
    d = business_on_the_summary(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.answers["time"] == "evening" and d.ctx.held_question is None
    t = translator(lang)
    assert t.gettext(CHANGED_ANSWER).split("{answer}")[1][1:] in d.text
    assert t.gettext(CHANGED_ANSWER_KEPT).split("{answer}")[1][1:] not in d.text


#: A summary said to be right, by language, as owners type it.
_LOOKS_FINE = {
    "en": ("looks good", "all good"),
    "de": ("passt so", "sieht gut aus"),
    "tr": ("tamam böyle", "böyle iyi"),
    "ar": ("تمام هيك", "كل شي صح"),
    "uk": ("все гаразд",),
    "vi": ("ok vậy đi", "vậy được rồi"),
}


#: The places the way of the talk offers a business: the office, the business.
_PLACES = ("office", "business")


def per_language(saids: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    """Each language with each of its words, as ``("lang", "typed")`` parameters."""
    return [(lang, said) for lang, each in saids.items() for said in each]


@pytest.mark.parametrize(("lang", "typed"), per_language(_LOOKS_FINE))
def test_the_summary_approved_in_words_gets_the_send_hint(lang: str, typed: str) -> None:
    # "Thank you, we have noted your words for the advisor. Please tap one of the
    # buttons below": a "looks good" went to the advisor as a message, and Send was not
    # named.
    d = business_on_the_summary(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.screen == "summary" and d.ctx.held_question is None
    assert translator(lang).gettext(TAP_SEND) in d.text


#: The next summer or autumn said at the training start, and the chat's language.
_SEASON_SAID = {
    "nächsten Sommer": "de",
    "im Herbst": "de",
    "next summer": "en",
    "in the autumn": "en",
    "gelecek yaz": "tr",
    "sonbaharda": "tr",
    "наступного літа": "uk",
    "восени": "uk",
    "mùa thu": "vi",
    "الصيف الجاي": "ar",
    "بالخريف": "ar",
}


@pytest.mark.parametrize(("typed", "lang"), _SEASON_SAID.items())
def test_a_season_at_the_training_start_is_the_next_start(typed: str, lang: str) -> None:
    # "Thank you, we have noted your words for the advisor. Please tap one of the buttons
    # below", and the years asked again; "mùa hè năm sau" (summer next year) took its year.
    d = business_at_start(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.answers["start"] == start_label(d.ctx.now) and d.state.screen == "q:needs"
    assert d.ctx.held_question == typed


#: A new phone number typed on the summary with words, by language.
_NEW_NUMBER_WITH_WORDS = {
    "en": "my new number is 0176 12345678, call after 5",
    "de": "Telefon lieber 0176 12345678",
    "tr": "numaram 0176 12345678 ama akşam arayın",
    "uk": "новий номер 0176 12345678, після 17",
    "ar": "رقمي الجديد 0176 12345678 بعد الساعة 5",
    "vi": "số mới 0176 12345678, sau 5 giờ",
}
#: The same for a new e-mail address.
_NEW_ADDRESS_WITH_WORDS = {
    "de": "meine neue Mail ist ayse.kaya@gmail.com, bitte nur abends",
    "en": "my email is ayse.kaya@gmail.com, call after 5",
    "tr": "e-postam ayse.kaya@gmail.com ama akşam arayın",
    "uk": "нова пошта ayse.kaya@gmail.com, після 17",
    "ar": "ايميلي الجديد ayse.kaya@gmail.com بعد الساعة 5",
    "vi": "email mới ayse.kaya@gmail.com, sau 5 giờ",
}
#: Each with the answer's key and its new value.
_NEW_DETAIL_WITH_WORDS = [
    *((lang, typed, "phone", "+4917612345678") for lang, typed in _NEW_NUMBER_WITH_WORDS.items()),
    *(
        (lang, typed, "email", "ayse.kaya@gmail.com")
        for lang, typed in _NEW_ADDRESS_WITH_WORDS.items()
    ),
]


@pytest.mark.parametrize(("lang", "typed", "key", "new"), _NEW_DETAIL_WITH_WORDS)
def test_a_new_number_or_address_with_words_on_the_summary_is_told_once(
    lang: str, typed: str, key: str, new: str
) -> None:
    # "Thank you, we have changed your phone number." (or "e-mail address") and below it
    # "Thank you. We have noted “+49 176 12345678” as your answer. Your message goes to
    # the advisor": two thanks for one change.
    d = business_on_the_summary(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.answers[key] == new and d.ctx.held_question == typed
    t = translator(lang)
    notice = t.gettext(PHONE_CHANGED_KEPT if key == "phone" else EMAIL_CHANGED_KEPT)
    assert re.split(r"\{\w+\}", notice)[1][1:] in d.text
    assert t.gettext(KEPT_WITH_ANSWER).split("{choice}")[0] not in d.text
    if key == "email":
        assert notice.format(address=t.isolate(new)) in d.text and d.state.screen == "summary"


def test_a_yes_to_whatsapp_with_the_same_number_or_only_whatsapp_is_the_yes() -> None:
    # "Thank you, we have noted your words for the advisor. Please tap one of the buttons
    # below", and WhatsApp asked again, though the owner had said yes.
    for lang, typed in (
        *(("en", "yes same number"), ("de", "ja, gleiche Nummer"), ("de", "nur WhatsApp bitte")),
        *(("tr", "evet aynı numara"), ("uk", "так, той самий номер"), ("vi", "có, cùng số này")),
        *(("ar", "نعم نفس الرقم"), ("en", "whatsapp only")),
    ):
        d = business_at_phone(lang, NATIVE_NAMES[lang])
        d.type("0176 12345678")
        d.type(typed)
        assert d.state.answers.get("whatsapp") == "yes" and d.state.screen == "q:meeting", typed
        # "Only WhatsApp" says no calls are wished: for the advisor.
        assert (d.ctx.held_question == typed) == any(w in typed for w in ("nur", "only")), typed


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("en", "whatsapp call pls 📞"),
        ("en", "yes, whatsapp call"),
        ("de", "ja, WhatsApp Anruf"),
        ("tr", "whatsapp arama"),
        ("vi", "gọi whatsapp"),
        ("ar", "اتصال واتساب"),
    ],
)
def test_a_whatsapp_call_at_the_whatsapp_question_is_yes_and_by_phone(
    lang: str, typed: str
) -> None:
    # "Thank you, we have noted your message … Please tap one of the buttons below", and
    # WhatsApp asked again, then the way to talk, though the owner had said both.
    d = business_at_phone(lang, NATIVE_NAMES[lang])
    d.type("0176 12345678")
    assert d.state.screen == "q:whatsapp"
    d.type(typed)
    assert d.state.answers.get("whatsapp") == "yes" and d.state.answers.get("meeting") == "phone"
    assert d.state.screen == "q:time" and d.ctx.held_question == typed


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "ja aber nur WhatsApp, nicht anrufen"),
        ("de", "ja, aber bitte nur WhatsApp"),
        ("en", "yes but only whatsapp, don't call"),
        ("tr", "evet ama sadece whatsapp, aramayın"),
        ("uk", "так, але тільки WhatsApp, не дзвоніть"),
        ("vi", "có nhưng chỉ WhatsApp thôi, đừng gọi điện"),
        ("ar", "نعم بس واتساب، لا تتصلوا"),
    ],
)
def test_yes_but_only_whatsapp_no_calls_is_the_yes_and_kept(lang: str, typed: str) -> None:
    # A note for the advisor, and WhatsApp asked again, though the owner had said yes.
    d = business_at_phone(lang, NATIVE_NAMES[lang])
    d.type("0176 12345678")
    d.type(typed)
    assert d.state.answers.get("whatsapp") == "yes" and d.state.screen == "q:meeting"
    assert d.ctx.held_question == typed


@pytest.mark.parametrize("typed", ["nur nicht WhatsApp", "ja aber nicht nur WhatsApp"])
def test_whatsapp_ruled_out_beside_only_is_no_whatsapp_only(typed: str) -> None:
    d = business_at_phone("de", "Deutsch")
    d.type("0176 12345678")
    d.type(typed)
    assert d.state.answers.get("whatsapp") != "yes"


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        # "Yes, sure" in the everyday words ("اي عادي": Levantine "yes, no problem";
        # "evet normal": "yes, fine"): "Please tap one of the buttons", the words kept.
        ("ar", "اي عادي"),
        ("ar", "إي عادي"),
        ("tr", "evet normal"),
        ("tr", "evet, normal"),
        ("de", "ja, ganz normal"),
        ("uk", "так, звичайно"),
    ],
)
def test_a_yes_in_everyday_words_is_the_yes_at_the_consent_and_whatsapp(
    lang: str, typed: str
) -> None:
    d = business_at_consent(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.screen == "q:name" and d.ctx.held_question is None
    d.type("Nguyễn Văn An")
    d.type("0176 12345678")
    d.type(typed)
    assert d.state.answers.get("whatsapp") == "yes" and d.state.screen == "q:meeting"
    assert d.ctx.held_question is None


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "zurück"),
        ("en", "back"),
        ("tr", "geri"),
        ("ar", "رجوع"),
        ("vi", "quay lại"),
        ("uk", "назад"),
    ],
)
def test_back_typed_on_the_summary_is_the_back_button(lang: str, typed: str) -> None:
    # The summary stayed, under four "Thank you. We have noted “2028” as your answer."
    # (each answer the Back of its question, tried, left as it was).
    d = business_on_the_summary(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.screen == "q:time" and d.state.answers["time"] == "morning"
    assert translator(lang).gettext(NOTED_ANSWER).split("{choice}")[0] not in d.text


def test_a_business_name_with_a_number_given_on_the_summary_is_the_new_name() -> None:
    # "Thank you, we have noted “Morning (08:00–12:00)” as your answer", the words a note
    # for the advisor and the old name sent.
    d = business_on_the_summary("de", "Deutsch")
    d.type("Der Betrieb heißt Döner 24")
    assert d.state.answers["company"] == "Döner 24" and d.ctx.held_question is None
    assert "„Döner 24“" in d.text and "Vormittags (08:00–12:00)“ als" not in d.text


@pytest.mark.parametrize(
    ("lang", "typed", "key", "ticked"),
    [
        ("de", "Verkäufer auch", "trades", ["koch", "verkauf"]),
        ("de", "und Friseur dazu", "trades", ["koch", "friseur"]),
        ("en", "also sales assistant", "trades", ["koch", "verkauf"]),
        ("tr", "kuaför de", "trades", ["koch", "friseur"]),
        ("uk", "також перукар", "trades", ["koch", "friseur"]),
        ("ar", "وكمان حلاق", "trades", ["koch", "friseur"]),
        ("vi", "thêm thợ làm tóc", "trades", ["koch", "friseur"]),
        ("de", "AEVO auch", "needs", ["find", "aevo"]),
        ("de", "Hilfe auch bei Kosten", "needs", ["find", "costs"]),
        ("en", "costs too", "needs", ["find", "costs"]),
        # "One more …": a note before, the cook sent alone.
        ("de", "noch einen Verkäufer", "trades", ["koch", "verkauf"]),
        ("de", "Wir brauchen noch eine Friseurin", "trades", ["koch", "friseur"]),
        ("en", "one more sales assistant", "trades", ["koch", "verkauf"]),
        ("en", "another hairdresser", "trades", ["koch", "friseur"]),
        ("tr", "bir kuaför daha", "trades", ["koch", "friseur"]),
        # Said in a sentence: "we need", "actually".
        ("en", "we also need a sales assistant", "trades", ["koch", "verkauf"]),
        ("en", "actually we want a sales assistant too", "trades", ["koch", "verkauf"]),
        ("de", "wir brauchen auch einen Verkäufer", "trades", ["koch", "verkauf"]),
        ("tr", "bir kuaför de lazım", "trades", ["koch", "friseur"]),
    ],
)
def test_an_answer_added_on_the_summary_is_ticked_beside_the_others(
    lang: str, typed: str, key: str, ticked: list[str]
) -> None:
    # A message for the advisor ("Please tap one of the buttons below"), and the request
    # sent for a cook alone.
    d = business_on_the_summary(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.screen == "summary" and d.state.answers[key] == ticked
    changed = translator(lang).gettext(CHANGED_ANSWER).split("{question}")[0].strip()
    assert changed in d.text and d.ctx.held_question is None


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "wir haben schon einen Ausbilder"),
        ("de", "Ich habe jetzt den Ausbilderschein"),
        ("tr", "eğitmenimiz var"),
        ("en", "we have a trainer now"),
        # "Actually", "do", "rồi" (already) beside it: a note before, "no trainer" sent.
        ("en", "we do have a trainer actually"),
        ("de", "eigentlich haben wir einen Ausbilder"),
        ("tr", "aslında eğitmenimiz var"),
        ("vi", "chúng tôi có người đào tạo rồi"),
        ("uk", "насправді у нас є наставник"),
    ],
)
def test_a_trainer_said_on_the_summary_after_no_trainer_is_the_new_experience(
    lang: str, typed: str
) -> None:
    # "Not yet, and no trainer yet" stayed on the summary and was sent; the words a note.
    d = business_on_the_summary(lang, NATIVE_NAMES[lang])
    assert d.state.answers["experience"] == "none"
    d.type(typed)
    assert d.state.screen == "summary" and d.state.answers["experience"] == "trainer"
    changed = translator(lang).gettext(CHANGED_ANSWER).split("{question}")[0].strip()
    assert changed in d.text


def test_a_trade_swapped_after_its_label_on_the_summary_is_the_new_trade() -> None:
    # "Beruf Friseur statt Koch" was a message, the cook sent.
    d = business_on_the_summary("de", "Deutsch")
    d.type("Beruf Friseur statt Koch")
    assert d.state.answers["trades"] == ["friseur"] and d.ctx.held_question is None


@pytest.mark.parametrize(
    ("lang", "typed", "experience"),
    [
        ("en", "yes we have one apprentice right now", "now"),
        ("en", "we had one 2 years ago", "before"),
        ("en", "currently yes", "now"),
        ("de", "ja, hatten vor ein paar Jahren einen Azubi", "before"),
        ("tr", "daha önce evet", "before"),
        ("uk", "зараз маємо учня", "now"),
        # A count in digits: "ja, vor 3 Jahren" asked "now or in the past?".
        ("de", "ja, vor 3 Jahren", "before"),
        ("de", "vor 10 Jahren hatten wir einen Azubi", "before"),
        ("tr", "evet, 3 yıl önce", "before"),
        ("uk", "так, 5 років тому", "before"),
        ("vi", "có, 3 năm trước", "before"),
        ("ar", "نعم، قبل ٣ سنوات", "before"),
    ],
)
def test_the_words_of_one_trained_answer_in_a_sentence_are_that_answer(
    lang: str, typed: str, experience: str
) -> None:
    # "Please tap one of the buttons below", or "Which one do you mean: now or in the
    # past?" though "right now", "years ago" named it; the words a note.
    d = business_at_experience(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.answers["experience"] == experience and d.state.screen == "q:start"
    assert d.ctx.held_question == typed


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        # Both named, or one denied: nothing guessed.
        ("de", "früher ja, gerade nicht"),
        ("en", "not right now"),
        ("en", "no, years ago we had none"),
    ],
)
def test_a_trained_answer_not_plainly_said_is_not_taken(lang: str, typed: str) -> None:
    d = business_at_experience(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.screen == "q:experience" and "experience" not in d.state.answers


@pytest.mark.parametrize(
    ("lang", "typed", "experience"),
    [
        ("de", "Ja, wir bilden gerade aus", "now"),
        ("de", "ja, wir bilden zurzeit aus", "now"),
        ("en", "yes, we train right now", "now"),
        ("tr", "evet, şu anda yetiştiriyoruz", "now"),
        ("de", "ja, wir haben gerade einen Azubi", "now"),
        ("de", "ja, früher mal", "before"),
        ("uk", "так, раніше навчали", "before"),
        ("vi", "có, hiện tại", "now"),
    ],
)
def test_a_yes_before_the_words_of_one_answer_is_that_answer(
    lang: str, typed: str, experience: str
) -> None:
    # "Which one do you mean: “Ja, wir bilden zurzeit aus” or “Ja, früher”?", the words
    # kept for the advisor, though they named the one ("wir bilden gerade aus" alone was
    # taken). Also where the answer is changed from the summary.
    for d in (
        business_at_company(lang, NATIVE_NAMES[lang]),
        business_on_the_summary(lang, NATIVE_NAMES[lang]),
    ):
        if d.state.screen == "summary":
            d.press("✏️ " + translator(lang).gettext("Training experience"))
        else:
            d.type("Kaya")
            d.press("Koch/Köchin")
            d.type("04315")
        assert d.state.screen == "q:experience"
        d.type(typed)
        assert d.state.answers["experience"] == experience and d.ctx.held_question is None
        assert d.state.screen in ("q:start", "summary")


@pytest.mark.parametrize(
    ("lang", "typed", "ticked"),
    [
        ("de", "Küche", ["koch"]),
        ("de", "Friseur und Verkäufer", ["koch", "verkauf", "friseur"]),
        ("de", "Küche und Service", ["koch", "gastro"]),
        ("tr", "mutfak ve servis", ["koch", "gastro"]),
        ("en", "hairdresser and sales assistant", ["koch", "verkauf", "friseur"]),
    ],
)
def test_trades_typed_where_they_are_changed_from_the_summary_are_ticked(
    lang: str, typed: str, ticked: list[str]
) -> None:
    # "Küche" untied the cook ticked already (and said "noted: Koch/Köchin"); two trades
    # were "Another trade: Friseur und Verkäufer" beside the cook, and the summary shown.
    d = business_on_the_summary(lang, NATIVE_NAMES[lang])
    t = translator(lang)
    d.press("✏️ " + t.gettext("Trades"))
    d.type(typed)
    assert d.state.screen == "q:trades" and d.state.answers["trades"] == ticked
    assert "trades_other" not in d.state.answers
    for code in ticked:
        assert "✅ " + option_label(next(o for o in trades.OPTIONS if o.code == code), t) in (
            d.labels()
        )
    d.press(t.gettext("Done"))
    assert d.state.screen == "summary" and d.state.answers["trades"] == ticked


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("ar", "مش فارقة"),
        ("ar", "بأي وقت"),
        ("uk", "байдуже"),
        ("de", "wann Sie wollen"),
        ("tr", "ne zaman isterseniz"),
        ("vi", "tùy bạn"),
    ],
)
def test_it_does_not_matter_at_the_best_time_is_any_time(lang: str, typed: str) -> None:
    # "Please tap one of the buttons below", the words a note for the advisor ("egal",
    # "fark etmez" were "Any time" already).
    d = business_at_time(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.answers["time"] == "any" and d.state.screen == "summary"


@pytest.mark.parametrize(
    ("lang", "typed", "code"),
    [
        ("de", "lieber auf Türkisch", "tr"),
        ("de", "Gespräch auf Türkisch bitte", "tr"),
        ("tr", "Türkçe konuşalım", "tr"),
        ("ar", "بالعربي", "ar"),
        ("ar", "بدي الحكي بالعربي", "ar"),
        ("vi", "nói tiếng Việt", "vi"),
        ("uk", "українською", "uk"),
        ("en", "in English please", "en"),
        ("de", "auf Deutsch", "de"),
    ],
)
def test_the_language_of_the_talk_typed_on_the_summary_is_the_preferred_language(
    lang: str, typed: str, code: str
) -> None:
    # A note for the advisor ("Please tap one of the buttons below"), and the lead took
    # the chat's language: an advisor who speaks it was sought.
    d = business_on_the_summary(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.screen == "summary" and d.state.answers["callback_lang"] == code
    assert d.ctx.held_question is None and NATIVE_NAMES[code] in d.text


@pytest.mark.parametrize(
    ("lang", "typed"), [("de", "Deutsch B1"), ("de", "kein Türkisch"), ("en", "English?")]
)
def test_other_words_about_a_language_on_the_summary_are_kept(lang: str, typed: str) -> None:
    d = business_on_the_summary(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert "callback_lang" not in d.state.answers and d.ctx.held_question == typed


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "Beruf: Friseur"),
        ("de", "Ausbildungsberuf Friseur"),
        ("en", "change trade to hairdresser"),
        ("tr", "meslek kuaför olsun"),
        ("uk", "професія перукар"),
        ("vi", "đổi nghề thành thợ làm tóc"),
        # A correction's words say it as the trade's word does (only a note before).
        *(("de", "nein, doch Friseur"), ("de", "sorry, Friseur"), ("tr", "hayır, kuaför")),
        *(("en", "no, hairdresser"), ("uk", "ні, перукар")),
    ],
)
def test_the_one_trade_restated_on_the_summary_is_the_new_trade(lang: str, typed: str) -> None:
    # A note for the advisor ("Please tap one of the buttons below"), and the request sent
    # for a cook.
    d = business_on_the_summary(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.screen == "summary" and d.state.answers["trades"] == ["friseur"]
    assert d.ctx.held_question is None


def test_a_trade_restated_beside_several_ticked_is_kept_for_the_advisor() -> None:
    # Which of the two it replaces only the owner knows.
    d = business_on_the_summary("de", "Deutsch")
    d.type("Verkäufer auch")
    d.type("Beruf: Friseur")
    assert d.state.answers["trades"] == ["koch", "verkauf"]
    assert d.ctx.held_question == "Beruf: Friseur"


#: A new answer to each question, as typed, and as stored.
_NEW = {
    "plz": ("01067", "01067"),
    "phone": ("0341 7654321", "+493417654321"),
    "company": ("Kaya Döner", "Kaya Döner"),
    "email": ("ali@example.org", "ali@example.org"),
}


@pytest.mark.parametrize(
    ("lang", "typed", "key"),
    [
        ("de", "falsche Postleitzahl", "plz"),
        ("de", "die PLZ ist falsch", "plz"),
        ("de", "PLZ stimmt nicht", "plz"),
        ("en", "wrong postal code", "plz"),
        ("en", "the postcode is wrong", "plz"),
        ("tr", "posta kodu yanlış", "plz"),
        ("uk", "неправильний поштовий індекс", "plz"),
        ("vi", "mã bưu chính sai", "plz"),
        ("ar", "الرمز البريدي غلط", "plz"),
        # "We have noted 'By phone' as your answer" (Turkish, Vietnamese) or a note for
        # the advisor, while the wrong number was sent ("die Nummer ist falsch" opened it).
        ("tr", "telefon numarası yanlış", "phone"),
        ("tr", "numaram hatalı", "phone"),
        ("uk", "неправильний номер", "phone"),
        ("uk", "номер телефону невірний", "phone"),
        ("vi", "số điện thoại sai", "phone"),
        ("ar", "الرقم غلط", "phone"),
        ("ar", "رقم الهاتف خطأ", "phone"),
        # The trades and the business name in other words than their labels.
        ("de", "falscher Beruf", "trades"),
        ("de", "Beruf ändern", "trades"),
        ("en", "change trade", "trades"),
        ("tr", "meslek yanlış", "trades"),
        # In a sentence ("der", "wait" were no words of changing; "mesleği" not the trade).
        ("de", "Moment, der Beruf ist falsch", "trades"),
        ("tr", "mesleği değiştirmek istiyorum", "trades"),
        ("en", "wait, I want to change the trade", "trades"),
        ("de", "Firmenname falsch", "company"),
        ("de", "Firma ändern", "company"),
        ("en", "wrong company name", "company"),
        ("uk", "змінити назву фірми", "company"),
        # The address, not the way to be reached.
        ("de", "E-Mail-Adresse ändern", "email"),
        ("de", "Mail ist falsch", "email"),
        ("en", "wrong email address", "email"),
    ],
)
def test_a_wrong_answer_said_on_the_summary_opens_it(lang: str, typed: str, key: str) -> None:
    # "Thank you, we have noted your words for the advisor. Please tap one of the buttons
    # below": the wrong answer stayed (a postal code, and the office it names with it).
    d = business_on_the_summary(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.screen == f"q:{key}" and d.ctx.held_question is None
    if key in _NEW:  # (the trades are ticked there, as after the ✏️)
        new, stored = _NEW[key]
        d.type(new)
        assert d.state.screen == "summary" and d.state.answers[key] == stored


@pytest.mark.parametrize(
    ("lang", "typed", "code", "office"),
    [
        ("de", "wir sind jetzt in Dresden", "01067", "dresden"),
        ("de", "Wir sind nach Dresden umgezogen", "01067", "dresden"),
        ("de", "der Betrieb ist jetzt in Chemnitz", "09111", "chemnitz"),
        ("en", "we moved to Chemnitz", "09111", "chemnitz"),
        ("en", "we are now in Dresden", "01067", "dresden"),
        # Without "now": a note before, Leipzig's code and office sent.
        ("de", "wir sind in Dresden", "01067", "dresden"),
        ("en", "we're in Chemnitz", "09111", "chemnitz"),
        ("tr", "Dresden'e taşındık", "01067", "dresden"),
        ("uk", "ми переїхали в Дрезден", "01067", "dresden"),
        ("vi", "tiệm đã chuyển đến Dresden", "01067", "dresden"),
        ("ar", "انتقلنا إلى دريسدن", "01067", "dresden"),
        # "We are in Dresden now": a note before, Leipzig's code and office sent.
        *(
            ("tr", "artık Dresden'deyiz", "01067", "dresden"),
            ("tr", "şimdi Chemnitz'teyiz", "09111", "chemnitz"),
        ),
        *(
            ("en", "we are in Dresden now", "01067", "dresden"),
            ("en", "we're in Chemnitz now", "09111", "chemnitz"),
        ),
    ],
)
def test_a_move_to_another_town_said_on_the_summary_asks_the_new_postal_code(
    lang: str, typed: str, code: str, office: str
) -> None:
    # "Thank you, we have noted your message": the old code and its office were sent.
    d = business_on_the_summary(lang, NATIVE_NAMES[lang])
    d.type(typed)
    # The town alone taken as the postal code question takes it (tests/test_owner_summary.py),
    # else "Do you mean Dresden (Sachsen)?" or its code asked: the code typed answers each.
    assert d.state.screen in {"q:plz", "plz_place", "summary"}
    d.type(code)
    assert d.state.screen == "summary" and d.state.answers["plz"] == code
    assert d.state.office == office


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        *(("de", "Wir sind umgezogen"), ("de", "umgezogen"), ("en", "we have moved")),
        *(("en", "We moved."), ("tr", "taşındık"), ("uk", "ми переїхали"), ("ar", "انتقلنا")),
        ("vi", "chúng tôi đã chuyển đi"),
    ],
)
def test_a_move_said_on_the_summary_without_a_town_asks_where_to(lang: str, typed: str) -> None:
    # "Wir sind umgezogen" was a note, and the old code and its office were sent.
    d = business_on_the_summary(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.screen == "q:plz"
    assert translator(lang).gettext(MOVED_WHERE) in d.text
    d.type("09111")
    assert d.state.screen == "summary" and d.state.answers["plz"] == "09111"
    assert d.state.office == "chemnitz"


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "lieber per E-Mail"),
        ("tr", "e-posta ile"),
        ("en", "by email please"),
        ("uk", "краще по імейлу"),
        ("vi", "qua email nhé"),
        ("ar", "بالإيميل لو سمحت"),
    ],
)
def test_email_wished_on_the_summary_is_kept_and_its_address_asked(lang: str, typed: str) -> None:
    # "We have noted your words for the advisor. Please tap one of the buttons below":
    # whether an e-mail would come was left open, and no address was asked for.
    d = business_on_the_summary(lang, NATIVE_NAMES[lang])
    d.type(typed)
    t = translator(lang)
    assert d.state.screen == "q:email" and d.ctx.held_question == typed
    assert t.gettext(EMAIL_WISH_ASK) in d.text
    d.type("ali@example.org")
    assert d.state.screen == "summary" and d.state.answers["email"] == "ali@example.org"
    # With the address known, the wish is noted, and the summary stays.
    d.type(typed)
    assert d.state.screen == "summary" and t.gettext(EMAIL_WISH_NOTED) in d.text


@pytest.mark.parametrize("typed", ["lieber per E-Mail", "by email please"])
def test_email_wished_on_the_web_summary_is_email_instead_of_phone(typed: str) -> None:
    # The web chat's phone question offers "E-mail instead of phone": that answer now.
    d = Driver("en")
    d.ctx = replace(d.ctx, channel="web")
    d.press("English")
    d.press("🏢")
    d.type("Döner Palast")
    on_to_the_meeting(d)
    d.press("By phone")
    d.press("Morning")
    d.type(typed)
    assert d.state.answers["phone"] == "mail" and "E-mail instead of phone" in d.text
    while d.state.screen != "summary":
        if d.state.screen == "q:email":
            d.type("ali@example.org")
        else:
            d.press(d.labels()[0])
    assert d.state.answers["email"] == "ali@example.org"
    assert d.state.answers["meeting"] != "phone"


@pytest.mark.parametrize(
    "typed",
    [
        *("meine E-Mail ist ali@example.org", "keine E-Mail bitte", "E-Mail?", "PLZ falsch"),
        # A town, and two ways named.
        *("Mailand", "wir sind in Mailand", "per Mail oder Telefon"),
    ],
)
def test_other_words_about_email_on_the_summary_are_no_wish(typed: str) -> None:
    d = business_on_the_summary("de", "Deutsch")
    d.type(typed)
    assert t_wish_not_in(d.text)


def t_wish_not_in(text: str) -> bool:
    """Whether neither e-mail wish notice stands in ``text`` (German)."""
    t = translator("de")
    return t.gettext(EMAIL_WISH_ASK) not in text and t.gettext(EMAIL_WISH_NOTED) not in text


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "wir sind jetzt in 01067 Dresden"),
        ("de", "Wir sind umgezogen nach 01067 Dresden"),
        ("en", "we moved to 01067 Dresden"),
        ("tr", "01067 Dresden'e taşındık"),
        ("uk", "ми переїхали, 01067 Дрезден"),
    ],
)
def test_a_move_with_the_new_postal_code_on_the_summary_is_the_new_code(
    lang: str, typed: str
) -> None:
    # Kept as a message while the old code (Leipzig) and its office were sent.
    d = business_on_the_summary(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.screen == "summary" and d.state.answers["plz"] == "01067"
    assert d.state.office == "dresden"


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        # Stored as the name: "Business name: we opened last month".
        *(("en", "we opened last month"), ("en", "We opened in March."), ("en", "opened in 2024")),
        *(("en", "we are still quite new"), ("en", "I run it with my brother")),
        *(("de", "wir haben letzten Monat eröffnet"), ("de", "Letztes Jahr eröffnet")),
        *(("de", "Ich führe ihn mit meinem Bruder"), ("de", "seit 2019 geöffnet")),
        *(("tr", "geçen ay açtık"), ("tr", "2020'de kurduk"), ("tr", "iki yıl önce açıldı")),
        # With the town: stored as the name "we are new", the town kept beside it.
        *(("en", "we are new in Leipzig"), ("de", "wir sind neu in Leipzig")),
        *(("de", "Wir sind noch ganz neu in Dresden"), ("tr", "Leipzig'de yeniyiz")),
        ("tr", "Dresden'de yeni açtık"),
        # The kind of business with the town: stored as the name "Ich habe einen Dönerladen".
        *(("de", "Ich habe einen Dönerladen in Dresden"), ("en", "I own a hair salon in Chemnitz")),
        *(("de", "Wir sind ein Friseursalon in Chemnitz"), ("tr", "Dresden'de döner dükkanım var")),
        ("de", "Wir sind ein Imbiss"),  # kept whole as the name before
    ],
)
def test_a_sentence_about_the_business_is_kept_and_its_name_asked(lang: str, typed: str) -> None:
    # "we opened last month" was stored as the business's name; the owner was not asked.
    kept_and_the_name_asked(lang, typed, KEPT_MESSAGE_TYPING, "Döner Palast")


@pytest.mark.parametrize(
    "typed",
    ["Ben & Jerry's Eis", "Eröffnung Döner", "Open Kitchen", "Start Up Café"],
)
def test_a_name_with_words_of_a_sentence_stays_the_name(typed: str) -> None:
    d = business_at_company()
    d.type(typed)
    assert d.state.answers["company"] == typed


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "kein Telefon, lieber hier schreiben"),
        ("de", "Schreiben Sie mir lieber hier"),
        ("tr", "telefon yok, buradan yazın"),
        ("tr", "telegramdan yazın"),
        ("en", "no phone, write to me here"),
        ("en", "please write to me here instead"),
    ],
)
def test_write_to_me_here_on_the_summary_is_the_phone_questions_button(
    lang: str, typed: str
) -> None:
    # Only a note: the number was sent to be called ("telefon yok" even took "By phone").
    d = business_on_the_summary(lang, NATIVE_NAMES[lang])
    t = translator(lang)
    told = t.gettext(CHANGED_ANSWER).format(
        question=t.gettext("Phone"), answer=t.gettext("Contact me here in Telegram")
    )
    assert told.rstrip(".") in d.type(typed).text and d.state.answers["phone"] == "tg"


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "lieber hier schreiben"),
        ("tr", "buradan yazın"),
        ("uk", "краще напишіть мені тут"),
        ("ar", "اكتبوا لي هنا"),
        ("vi", "nhắn tin ở đây"),
        ("en", "please write to me here instead"),
        ("en", "I'd rather write here"),
    ],
)
def test_write_to_me_here_on_the_summary_asks_the_way_to_talk_again(lang: str, typed: str) -> None:
    # The summary said "Telefon: Hier in Telegram schreiben" above "Gespräch: Am Telefon":
    # the advisor called someone who had just said they would rather write.
    d = business_on_the_summary(lang, NATIVE_NAMES[lang])
    t = translator(lang)
    d.type(typed)
    assert d.state.answers["phone"] == "tg" and d.state.screen == "q:meeting"
    assert t.gettext(MEETING.prompt) in d.text and d.ctx.held_question == typed
    d.press(t.gettext("Video call"))
    assert d.state.screen == "summary" and d.state.answers["meeting"] == "video"
    assert f"{t.gettext(MEETING.label)}: {t.gettext('Video call')}" in d.text


def test_write_to_me_here_keeps_a_way_to_talk_that_is_no_phone_call() -> None:
    d = business_on_the_summary("de", "Deutsch")
    d.press("Gespräch")
    d.press("In meinem Betrieb")
    d.type("lieber hier schreiben")
    assert d.state.screen == "summary" and d.state.answers["meeting"] == "business"
    assert d.state.answers["phone"] == "tg" and d.ctx.held_question is None


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "Gastronomie"),
        ("de", "Restaurant"),
        ("de", "Friseursalon"),
        ("de", "Einzelhandel"),
        ("tr", "restoran"),
        ("tr", "gastronomi"),
        ("en", "a restaurant"),
        ("en", "Gastronomy"),
    ],
)
def test_the_sector_typed_at_the_postal_code_is_kept_and_the_code_asked(
    lang: str, typed: str
) -> None:
    # The sector not asked (a suggested trade tapped), the owner said it at the postal
    # code: "I could not find this place", as if it were a town's name.
    d = business_at_company(lang, NATIVE_NAMES[lang])
    d.type("Döner Palast")
    d.press(d.labels()[0])  # a cook
    assert d.state.screen == "q:plz"
    t = translator(lang)
    assert t.gettext(KEPT_FOR_ADVISOR) in d.type(typed).text
    assert d.state.screen == "q:plz" and d.ctx.held_question == typed
    d.type("04109")
    assert d.state.answers["plz"] == "04109" and d.state.screen == "q:experience"


def owner_by_phone_on_the_summary(
    lang: str, button: str, number: str, whatsapp: int | None
) -> Driver:
    """A business owner at the summary, by phone in the morning; ``whatsapp``: the
    WhatsApp button tapped for a mobile ``number`` (None for a landline)."""
    d = business_at_phone(lang, button)
    d.type(number)
    if whatsapp is not None:
        d.press(d.labels()[whatsapp])
    d.press(d.labels()[0])  # by phone
    d.press(d.labels()[0])  # morning
    assert d.state.screen == "summary" and d.state.answers["meeting"] == "phone"
    return d


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "lieber WhatsApp anruf"),
        ("en", "English", "whatsapp call pls"),
        ("tr", "Türkçe", "whatsapp arama olsun"),
        ("vi", "Tiếng Việt", "gọi whatsapp nhé"),
    ],
)
def test_a_whatsapp_call_on_the_summary_is_the_yes_to_whatsapp(
    lang: str, button: str, typed: str
) -> None:
    # "We have noted 'By phone'" (or "please tap one of the buttons"): WhatsApp stayed
    # "No", and the wish was not passed on.
    d = owner_by_phone_on_the_summary(lang, button, "0176 12345678", whatsapp=1)
    assert d.state.answers["whatsapp"] == "no"
    d.type(typed)
    t = translator(lang)
    assert d.state.screen == "summary" and d.state.answers["whatsapp"] == "yes"
    assert d.state.answers["meeting"] == "phone" and d.ctx.held_question == typed
    yes = option_label(next(o for o in WHATSAPP.options if o.code == "yes"), t)
    told = t.gettext(CHANGED_ANSWER_KEPT).format(
        question=question_label(d.state, WHATSAPP), answer=yes
    )
    assert d.text.startswith(told)


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [("de", "Deutsch", "lieber WhatsApp anruf"), ("en", "English", "whatsapp call pls")],
)
def test_a_whatsapp_call_on_the_summary_for_a_landline_goes_to_the_advisor(
    lang: str, button: str, typed: str
) -> None:
    # A landline has no WhatsApp to say yes to: the wish went nowhere ("noted 'By phone'").
    d = owner_by_phone_on_the_summary(lang, button, "0341 1234567", whatsapp=None)
    d.type(typed)
    t = translator(lang)
    phone = option_label(next(o for o in MEETING.options if o.code == "phone"), t)
    assert d.state.screen == "summary" and d.ctx.held_question == typed
    assert t.gettext(KEPT_WITH_ANSWER).format(choice=phone) in d.text
    assert "buttons" not in d.text and "Buttons" not in d.text


@pytest.mark.parametrize(
    ("typed", "meeting", "time"),
    [
        ("come to my shop instead, after 3pm", "business", "afternoon"),
        ("video instead, in the evening", "video", "evening"),
        # "instead of" still names the old answer after it.
        ("video instead of phone", "video", "morning"),
    ],
)
def test_instead_without_of_on_the_summary_names_no_old_answer(
    typed: str, meeting: str, time: str
) -> None:
    # "after 3pm" was read as the answer ruled out by "instead": the way changed, the
    # time stayed "Morning" and the hour was not passed on.
    d = owner_by_phone_on_the_summary("en", "English", "0341 1234567", whatsapp=None)
    d.type(typed)
    assert d.state.screen == "summary"
    assert d.state.answers["meeting"] == meeting and d.state.answers["time"] == time
    if time != "morning":
        assert "“Best time”" in d.text


@pytest.mark.parametrize(
    ("lang", "button", "typed", "time"),
    [
        ("de", "Deutsch", "Rufen Sie mich nicht vor 10 Uhr an", None),
        ("de", "Deutsch", "nicht vor 10 Uhr anrufen", None),
        ("en", "English", "please call me, but not before 10am", None),
        # The hour left is one button's whole time: that button too.
        ("de", "Deutsch", "Rufen Sie mich bitte nicht nach 12 Uhr an", "morning"),
        ("en", "English", "call me not after 12", "morning"),
    ],
)
def test_a_call_with_an_hour_not_to_call_before_is_by_phone(
    lang: str, button: str, typed: str, time: str | None
) -> None:
    # The words were a note and the way asked again: "By phone" not taken. After 10 is
    # no one button's hours (Morning starts at 8): the time is asked, the hour kept.
    d = business_at_meeting(lang, button)
    d.type(typed)
    t = translator(lang)
    assert d.state.answers.get("meeting") == "phone" and d.ctx.held_question == typed
    assert d.state.answers.get("time") == time
    assert d.state.screen == ("q:time" if time is None else "summary")
    phone = option_label(next(o for o in MEETING.options if o.code == "phone"), t)
    assert f"“{phone}”" in d.text or f"„{phone}“" in d.text


@pytest.mark.parametrize(
    ("lang", "button", "typed", "meeting"),
    [
        ("de", "Deutsch", "telefonish", "phone"),
        ("de", "Deutsch", "telfonisch", "phone"),
        ("de", "Deutsch", "im restorant", "business"),
        ("de", "Deutsch", "in meinem restorant", "business"),
        ("tr", "Türkçe", "restorantımda", "business"),
        ("uk", "Українська", "по телефонну", "phone"),
        ("en", "English", "by phnoe", "phone"),
    ],
)
def test_the_way_to_talk_typed_with_a_slip_is_its_button(
    lang: str, button: str, typed: str, meeting: str
) -> None:
    # "Thank you, we have noted your words … Please tap one of the buttons below": a
    # letter off in a long word was not read, as it is in a trade.
    d = business_at_meeting(lang, button)
    d.type(typed)
    assert d.state.answers.get("meeting") == meeting and d.state.screen == "q:time"


@pytest.mark.parametrize("typed", ["Telefonat", "telefonieren", "nicht telefonisch"])
def test_other_words_near_the_way_to_talk_are_no_slip(typed: str) -> None:
    d = business_at_meeting("de", "Deutsch")
    d.type(typed)
    assert d.state.answers.get("meeting") in (None, "phone")
    if typed.startswith("nicht"):
        assert "meeting" not in d.state.answers


@pytest.mark.parametrize(
    "typed", ["in my restaurant", "in my restaurnt", "in my shop", "in our salon"]
)
def test_in_my_business_in_english_is_at_my_business(typed: str) -> None:
    # "Thank you, we have noted your words for the advisor. Please tap one of the buttons
    # below": only "at my restaurant" was read.
    d = business_at_meeting("en", "English")
    d.type(typed)
    assert d.state.answers.get("meeting") == "business" and d.state.screen == "q:time"


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "wir haben schon einen Azubi"),
        ("de", "Deutsch", "Wir haben bereits einen Azubi."),
        ("de", "Deutsch", "wir haben schon einen Lehrling"),
        ("en", "English", "we already have an apprentice"),
        ("en", "English", "we already have one apprentice"),
    ],
)
def test_an_apprentice_already_there_is_training_right_now(
    lang: str, button: str, typed: str
) -> None:
    # "Thank you, we have noted your message … Please tap one of the buttons below":
    # "wir haben einen Azubi" was read, with "schon" (already) it was not.
    d = business_at_experience(lang, button)
    d.type(typed)
    assert d.state.answers.get("experience") == "now" and d.state.screen == "q:start"


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "wie viel verdient ein Azubi im ersten Jahr"),
        ("de", "Deutsch", "wieviel muss ich zahlen"),
        ("en", "English", "how much do I pay an apprentice"),
        ("en", "English", "how long does the training take"),
        ("uk", "Українська", "скільки треба платити учню"),
        ("vi", "Tiếng Việt", "lương học nghề bao nhiêu"),
    ],
)
def test_a_how_much_question_without_its_mark_is_no_business_name(
    lang: str, button: str, typed: str
) -> None:
    # Stored as the business's name ("Name des Betriebs: wie viel verdient ein Azubi …"),
    # and the question went to no advisor as one.
    d = business_at_company(lang, button)
    d.type(typed)
    assert "company" not in d.state.answers and d.state.screen == "q:company"
    assert d.ctx.held_question == typed


@pytest.mark.parametrize("name", ["Wiener Café", "Kim Nails", "How Much Fashion"])
def test_a_business_name_like_a_question_word_is_still_the_name(name: str) -> None:
    d = business_at_company("en", "English")
    d.type(name)
    assert d.state.answers.get("company") == name
