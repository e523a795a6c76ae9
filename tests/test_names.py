"""Sentences typed where the name is asked, and real names that share words with them
(bot.dialogue.typed_words.not_a_name, and the name question that asks again)."""

from __future__ import annotations

import pytest

from bot.dialogue.typed_words import not_a_name
from tests.dialogue_driver import Driver, callback_until_name

#: (the chat's language, what was typed): sentences stored as the person's name (QA,
#: 2026-12), and more of their kind in the six languages.
SENTENCES = [
    ("tr", "babam arayacak"),
    ("tr", "annem arayacak"),
    ("tr", "ben annesiyim"),
    ("tr", "işletme çırak arıyor"),
    ("de", "Betrieb sucht Azubi"),
    ("de", "Firma sucht Lehrling"),
    ("de", "Wir suchen Azubi"),
    ("de", "ich bin die Mutter"),
    ("de", "ich bin der Vater"),
    ("de", "Die Mutter"),
    ("de", "Mama ruft an"),
    ("de", "Ich bin Azubi"),
    ("en", "my dad will call you"),
    ("en", "my mom will call"),
    ("en", "I'm his mother"),
    ("en", "Call my father"),
    ("en", "its my son"),
    ("vi", "bố tôi sẽ gọi"),
    ("de", "bố tôi sẽ gọi"),  # Vietnamese in a German chat: its letters show it
    ("vi", "tôi là mẹ"),
    ("vi", "bố em sẽ gọi"),
    ("uk", "я мама"),
    ("uk", "мама подзвонить"),
    ("uk", "тато зателефонує"),
    ("uk", "я його мати"),
    ("ar", "أبي سيتصل"),
    ("ar", "أنا الأم"),
    ("ar", "والدي سيتصل بكم"),
    ("ar", "أنا والد الطالب"),
]

#: (the chat's language, a real name) that shares words with a sentence, or a letter with
#: a word ("İ" casefolded is "i̇": "İsmail" was cut into the English "i" and "smail").
NAMES = [
    ("de", "Can"),
    ("en", "Ben"),
    ("en", "Will"),
    ("vi", "Trà My"),
    ("en", "Mir Ahmad"),
    ("de", "van der Berg"),
    ("de", "Das"),
    ("ar", "على"),
    ("tr", "Can Yılmaz"),
    ("tr", "Mehmet bin Ali"),
    ("en", "Ben Will"),
    ("tr", "Ayşe Anne"),
    ("tr", "Veli Baba"),
    ("de", "Giorgos Papa"),
    ("vi", "Nguyễn Văn Anh"),
    ("vi", "Trần Thị Em"),
    ("de", "Wilhelm His"),
    ("en", "Marie Parent"),
    ("en", "Ahmet Er"),
    ("en", "He Wei"),
    ("ar", "أم كلثوم"),
    ("ar", "أبو بكر"),
    ("tr", "İsmail Yılmaz"),
    ("de", "İbrahim Öztürk"),
    ("en", "İsmet"),
    ("ar", "فيّاض سليم"),
]


@pytest.mark.parametrize(("lang", "typed"), SENTENCES)
def test_a_sentence_typed_for_the_name_asks_for_the_name_again(lang: str, typed: str) -> None:
    d = callback_until_name(Driver())
    d.state.lang = lang  # the words of the person's language count
    d.type(typed)
    assert d.state.screen == "q:name" and "name" not in d.state.answers
    # What was said goes to the advisor ("ich bin die Mutter" tells who calls).
    assert d.result is not None and d.result.held_question == typed
    d.type("Ayşe Yılmaz")
    assert d.state.answers["name"] == "Ayşe Yılmaz"


@pytest.mark.parametrize(("lang", "typed"), NAMES)
def test_a_real_name_is_taken(lang: str, typed: str) -> None:
    assert not not_a_name(typed, lang)
    d = callback_until_name(Driver())
    d.state.lang = lang
    d.type(typed)
    assert d.state.answers.get("name") == typed, d.text


@pytest.mark.parametrize(
    ("lang", "typed", "stored"),
    [
        # "the" of the English list is Vietnamese "Thế" without its accents.
        ("vi", "Nguyen The Anh", "Nguyen The Anh"),
        ("vi", "Le The Vinh", "Le The Vinh"),
        ("de", "Nguyen The Anh", "Nguyen The Anh"),
        # "Mình là" introduces a name as "Tôi là" and "Em là" do.
        ("vi", "Mình là Hoa", "Hoa"),
        # The dash after the introduction was stored with the name.
        ("uk", "Я — Олена Коваль", "Олена Коваль"),
        ("de", "Ich bin: Ali Yılmaz", "Ali Yılmaz"),
        # Unchanged.
        ("vi", "Tôi là Lan", "Lan"),
        ("uk", "Ярослав Бондар", "Ярослав Бондар"),
    ],
)
def test_a_vietnamese_name_and_an_introduced_one_are_taken(
    lang: str, typed: str, stored: str
) -> None:
    d = callback_until_name(Driver())
    d.state.lang = lang
    d.type(typed)
    assert d.state.answers.get("name") == stored, d.text


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        # Who the person is, stored as their name: the introduction was stripped first,
        # and a role alone was in no list.
        ("de", "Ich bin Mutter"),
        ("de", "Ich bin Vater von Ali"),
        ("de", "Ich bin der Chef"),
        ("de", "Mutter"),
        ("en", "I am a parent"),
        ("vi", "Tôi là phụ huynh"),
        ("vi", "Tôi là chủ nhà hàng"),
        ("ar", "أنا والده"),
        ("ar", "أنا ولي الأمر"),
        ("ar", "انا ام الطالب"),
        ("tr", "babamın numarası"),
        # Vietnamese typed without its accents.
        ("vi", "bo toi se goi"),
        ("vi", "ba em se goi"),
    ],
)
def test_who_the_person_is_is_not_stored_as_the_name(lang: str, typed: str) -> None:
    d = callback_until_name(Driver())
    d.state.lang = lang
    d.type(typed)
    assert d.state.screen == "q:name" and "name" not in d.state.answers
    assert d.result is not None and d.result.held_question == typed


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        # Names that share a word with a role or an unaccented Vietnamese word.
        ("de", "Peter Vater"),
        ("en", "Marie Parent"),
        ("de", "Giorgos Papa"),
        ("vi", "Tôi là Ba"),
        ("vi", "Nguyen Thi La"),
        ("vi", "Huynh Van Tim"),
        ("ar", "أم كلثوم"),
        ("de", "Ich bin Ali"),
    ],
)
def test_a_name_beside_a_role_word_is_still_taken(lang: str, typed: str) -> None:
    d = callback_until_name(Driver())
    d.state.lang = lang
    d.type(typed)
    assert "name" in d.state.answers, d.text


@pytest.mark.parametrize(
    ("lang", "typed", "stored"),
    [
        # Real names refused as a role ("veli", "ولي", "أم") or as Vietnamese words read
        # without their accents ("Khổng" as "không", "Nhã Hằng" as "nhà hàng").
        ("tr", "Veli", "Veli"),
        ("tr", "Adım Veli", "Veli"),
        ("tr", "Benim adım Veli Yılmaz", "Veli Yılmaz"),
        ("ar", "اسمي ولي", "ولي"),
        ("ar", "أنا ولي الدين", "ولي الدين"),
        ("ar", "أنا أم محمد", "أم محمد"),
        ("vi", "Khổng Thị Lan", "Khổng Thị Lan"),
        ("vi", "Khổng Minh", "Khổng Minh"),
        ("vi", "Lê Nhã Hằng", "Lê Nhã Hằng"),
        ("vi", "Tôi là Nhã Hằng", "Nhã Hằng"),
        ("vi", "Phú Huỳnh", "Phú Huỳnh"),
    ],
)
def test_names_like_a_role_or_an_unaccented_word_are_taken(
    lang: str, typed: str, stored: str
) -> None:
    d = callback_until_name(Driver())
    d.state.lang = lang
    d.type(typed)
    assert d.state.answers.get("name") == stored, d.text


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        # Unchanged: roles in two words, a parent's kunya before a role word, unaccented.
        ("ar", "أنا ولي الأمر"),
        ("ar", "انا ام الطالب"),
        ("tr", "Öğrenci velisi"),
        ("tr", "Ben veliyim"),
        ("vi", "Tôi là phụ huynh"),
        ("vi", "toi la phu huynh"),
    ],
)
def test_roles_in_two_words_are_still_no_name(lang: str, typed: str) -> None:
    d = callback_until_name(Driver())
    d.state.lang = lang
    d.type(typed)
    assert "name" not in d.state.answers, d.text


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("tr", "Ayşe Yılmaz 0176"),
        ("ar", "عائشة ٠١٧٦"),
        ("de", "Ali Yilmaz +49"),
        ("en", "Anna 015"),
    ],
)
def test_a_name_with_a_number_begun_is_given_back(lang: str, typed: str) -> None:
    # Sent too soon, the start of the number was stored in the name ("Name: Ayşe Yılmaz
    # 0176" on the advisor's card); now the person is asked for the name alone, and the
    # words are given back to correct.
    from bot.flows.contact import NAME_ONLY
    from bot.i18n import translator

    d = callback_until_name(Driver(lang))
    d.type(typed)
    assert d.state.screen == "q:name" and "name" not in d.state.answers
    assert translator(d.state.lang or lang).gettext(NAME_ONLY) in d.text
    assert d.result is not None and d.result.given_back


@pytest.mark.parametrize("typed", ["Ahmad, 17", "Ahmad 2008", "Mehmet Yılmaz"])
def test_a_name_with_an_age_or_year_beside_it_is_still_taken(typed: str) -> None:
    d = callback_until_name(Driver("de"))
    d.type(typed)
    assert d.state.answers["name"] == typed.split(",")[0].split(" 2")[0]


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Ayse2", "Ayse"),  # a digit typed for a letter, or a finger that slipped
        ("Ay5e Yılmaz", "Ayşe Yılmaz"),
        ("Ali3 Yilmaz", "Ali Yilmaz"),
        ("أحمد٢", "أحمد"),
    ],
)
def test_a_digit_in_the_name_is_asked_about_kindly(typed: str, meant: str) -> None:
    d = callback_until_name(Driver())
    d.type(typed)
    # Not stored: the advisor's card greeted "Ayse2" before; asked, the words given back.
    assert d.state.screen == "q:name" and "name" not in d.state.answers
    assert f"“{typed}” has a number in it" in d.text
    assert d.result is not None and d.result.given_back
    d.type(meant)
    assert d.state.answers.get("name") == meant


def test_a_name_with_a_digit_sent_again_is_taken_as_it_is() -> None:
    d = callback_until_name(Driver())
    d.type("Ayşe 2")
    assert "name" not in d.state.answers
    d.type("Ayşe 2")
    assert d.state.answers.get("name") == "Ayşe 2"
    assert d.state.screen == "q:phone"


def test_a_name_with_a_digit_is_asked_about_in_german_too() -> None:
    d = callback_until_name(Driver())
    d.state.lang = "de"
    d.type("Ayse2")
    assert "„Ayse2“ enthält eine Zahl" in d.text and "name" not in d.state.answers


@pytest.mark.parametrize("typed", ["Ich heiße Ayse2", "Ayse2, 17"])
def test_the_name_with_a_digit_is_quoted_without_the_words_around_it(typed: str) -> None:
    # "“Ich heiße Ayse2” has a number in it": the 2 was asked about with the words the
    # name question leaves out, and the name alone sent back was asked about again.
    d = callback_until_name(Driver())
    d.type(typed)
    assert "“Ayse2” has a number in it" in d.text
    d.type("Ayse2")
    assert d.state.answers.get("name") == "Ayse2"


def test_a_digit_in_the_latin_spelling_of_the_name_is_asked_about_too() -> None:
    # "Olena2" in Latin letters, as in the passport, was stored: the passport has no 2.
    d = callback_until_name(Driver())
    d.type("Олена Коваленко")
    d.type("0341 1234567")
    d.press("By phone")
    d.press("Any time")
    d.press("Name in Latin letters")
    d.type("Olena2 Kovalenko")
    assert d.state.screen == "q:name_latin" and "name_latin" not in d.state.answers
    assert "“Olena2 Kovalenko” has a number in it" in d.text
    d.type("Olena Kovalenko")
    assert d.state.answers.get("name_latin") == "Olena Kovalenko"


def test_a_digit_in_a_name_typed_with_the_phone_number_is_asked_about() -> None:
    # "Ayse2 +49 176 1234567": the number taken, and "Ayse2" stored as the name unasked.
    d = callback_until_name(Driver())
    d.type("Ayse2 +49 176 1234567")
    assert "“Ayse2” has a number in it" in d.text
    assert d.state.screen == "q:name" and "name" not in d.state.answers
    assert d.result is not None and d.result.given_back
    d.type("Ayse +49 176 1234567")
    assert d.state.answers.get("name") == "Ayse"
    assert d.state.answers.get("phone") == "+491761234567"


@pytest.mark.parametrize("typed", ["Ayse2 0176 1234567", "Ayse2 0341 1234567"])
def test_a_digit_right_before_a_local_number_is_asked_about_as_the_names(typed: str) -> None:
    # "Please write only your name here, without a phone number": the 2 of "Ayse2" was
    # read as the start of the number, and neither the name nor the number was taken.
    d = callback_until_name(Driver())
    d.type(typed)
    assert "“Ayse2” has a number in it" in d.text
    assert "without a phone number" not in d.text
    assert d.state.screen == "q:name" and "name" not in d.state.answers
    d.type(typed.replace("2", "", 1))
    assert d.state.answers.get("name") == "Ayse"
    assert d.state.answers.get("phone") == "+49" + typed.split(" ", 1)[1][1:].replace(" ", "")


def test_a_name_with_a_digit_sent_again_with_its_number_is_taken() -> None:
    d = callback_until_name(Driver())
    d.type("Ayse2 0176 1234567")
    d.type("Ayse2 0176 1234567")
    assert d.state.answers.get("name") == "Ayse2"
    assert d.state.answers.get("phone") == "+491761234567"


def test_a_digit_in_a_name_typed_with_two_numbers_is_asked_about() -> None:
    # The name with a digit was stored unasked, the first number taken.
    d = callback_until_name(Driver())
    d.type("Ayse2 0176 1234567 oder 0341 1234567")
    assert "“Ayse2” has a number in it" in d.text
    assert "name" not in d.state.answers and "phone" not in d.state.answers
    d.type("Ayse 0176 1234567 oder 0341 1234567")
    assert d.state.answers.get("name") == "Ayse"
    assert d.state.answers.get("phone") == "+491761234567"


def test_a_digit_in_a_name_typed_with_a_number_from_abroad_is_asked_about() -> None:
    # "Ayse2 0912 345 678" in Vietnamese: the name stored unasked, or refused whole.
    from bot.dialogue.name_digits import DIGIT_IN_NAME
    from bot.i18n import translator

    d = callback_until_name(Driver())
    d.state.lang = "vi"
    d.type("Ayse2 0912 345 678")
    asked = translator("vi").gettext(DIGIT_IN_NAME).format(name="Ayse2")
    assert asked in d.text
    assert d.state.screen == "q:name" and "name" not in d.state.answers
    d.type("Ayse 0912 345 678")
    assert d.state.answers.get("name") == "Ayse" and d.state.screen == "q:phone"
    assert "+84 912 345 678" in d.text


def test_a_name_with_an_arabic_digit_before_the_number_is_quoted_as_typed() -> None:
    # "عائشة٢ 0176 1234567": asked about as “عائشة2”, a digit the person did not type, and
    # sent again stored so.
    d = callback_until_name(Driver())
    d.state.lang = "ar"
    d.type("عائشة٢ 0176 1234567")
    assert "عائشة٢" in d.text and "عائشة2" not in d.text
    d.type("عائشة٢ 0176 1234567")
    assert d.state.answers.get("name") == "عائشة٢"
    assert d.state.answers.get("phone") == "+491761234567"
