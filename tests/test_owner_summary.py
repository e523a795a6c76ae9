"""What a business owner types on the summary ("is everything right?") instead of
tapping ✏️: a new answer changes the one given and says so; the answer already given
is said to be stored."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from bot.dialogue import typed as typed_module
from bot.dialogue.answer_dropped import ANSWER_DROPPED
from bot.dialogue.code_alone import CODE_ALREADY_STORED
from bot.dialogue.cost_asked import COST_FREE, COST_FREE_TYPING
from bot.dialogue.earlier_corrected import OFFICE_NOW_RESPONSIBLE
from bot.dialogue.free_text import PHONE_CHANGED_KEPT
from bot.dialogue.master_words import MASTER_NOTED, TRAINER_NOTED
from bot.dialogue.postal import OFFICE_RESPONSIBLE
from bot.dialogue.said_business import ASK_WHICH
from bot.dialogue.said_young import NOTED_ANSWER
from bot.dialogue.summary_change import CHANGED_ANSWER
from bot.flows.answers import option_label
from bot.flows.contact import MEETING
from bot.i18n import LANGUAGES, NATIVE_NAMES, translator
from tests.dialogue_driver import Driver
from tests.test_business_typing import (
    business_at_company,
    business_at_experience,
    business_at_meeting,
)
from tests.test_young_typed import at_the_situation


def owner_at_the_summary(lang: str) -> Driver:
    """A business owner in Leipzig (04315) at the summary, by phone in the morning."""
    d = business_at_meeting(lang, NATIVE_NAMES[lang])
    d.press(d.labels()[0])  # by phone
    d.press(d.labels()[0])  # morning
    assert d.state.screen == "summary" and d.state.office == "leipzig"
    return d


def typed_on_the_summary(lang: str, typed: str) -> Driver:
    """An owner in ``lang`` at the summary, who typed ``typed`` there."""
    d = owner_at_the_summary(lang)
    d.type(typed)
    return d


def typed_at(at: Callable[[str, str], Driver], lang: str, typed: str) -> Driver:
    """An owner in ``lang`` brought to a question by ``at``, who typed ``typed`` there."""
    d = at(lang, NATIVE_NAMES[lang])
    d.type(typed)
    return d


def first_lines(d: Driver) -> str:
    """What was said above the summary, without the marks that keep directions apart."""
    told = d.text.split(translator(d.state.lang or "de").gettext("Please check your details:"))[0]
    return unmarked(told)


def unmarked(text: str) -> str:
    """``text`` without the marks that keep directions apart."""
    return re.sub("[\u200e\u200f\u2066-\u2069]", "", text)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("typed", "office"), [("01067", "dresden"), ("04109", "leipzig")])
def test_a_new_postal_code_alone_on_the_summary_changes_it(
    lang: str, typed: str, office: str
) -> None:
    # It was a note ("your postal code stays 04315"), the old code and office sent.
    d = owner_at_the_summary(lang)
    d.type(typed)
    assert d.state.answers["plz"] == typed and d.state.office == office
    assert d.state.screen == "summary" and d.ctx.held_question is None
    t = translator(lang)
    told = first_lines(d)
    changed = t.gettext(CHANGED_ANSWER).format(question=t.gettext("Postal code"), answer=typed)
    assert unmarked(changed) in told
    moved = unmarked(t.gettext(OFFICE_NOW_RESPONSIBLE).split("{city}")[0])
    assert (moved in told) == (office == "dresden")
    d.press(d.labels()[0])  # send
    assert d.leads[0].postal_code == typed and "question" not in d.leads[0].answers


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_same_postal_code_alone_on_the_summary_is_said_to_be_stored(lang: str) -> None:
    # "We have noted your message", and "04315" went to the advisor as a question.
    d = owner_at_the_summary(lang)
    d.type("04315")
    assert d.state.answers["plz"] == "04315" and d.ctx.held_question is None
    t = translator(lang)
    assert unmarked(t.gettext(CODE_ALREADY_STORED).format(code="04315")) in first_lines(d)


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "PLZ 04315"),
        ("de", "meine PLZ ist 04315"),
        ("en", "postal code 04315"),
        ("tr", "posta kodu 04315"),
        ("uk", "індекс 04315"),
        ("vi", "mã bưu chính 04315"),
        ("ar", "الرمز البريدي 04315"),
    ],
)
def test_the_same_postal_code_named_on_the_summary_is_said_to_be_stored(
    lang: str, typed: str
) -> None:
    # "The KAUSA office in Leipzig is responsible for you", as if something had changed.
    d = typed_on_the_summary(lang, typed)
    assert d.state.answers["plz"] == "04315" and d.ctx.held_question is None
    assert d.state.screen == "summary"
    t = translator(lang)
    told = first_lines(d)
    assert unmarked(t.gettext(CODE_ALREADY_STORED).format(code="04315")) in told
    assert unmarked(t.gettext(OFFICE_RESPONSIBLE).split("{city}")[0]) not in told


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "nicht Leipzig sondern Chemnitz"),
        ("de", "nicht in Leipzig, sondern in Chemnitz"),
        ("en", "not Leipzig but Chemnitz"),
        ("tr", "Leipzig degil Chemnitz"),
        ("tr", "Leipzig değil, Chemnitz"),
        ("uk", "не Лейпциг, а Хемніц"),
        ("vi", "không phải Leipzig mà là Chemnitz"),
        ("vi", "ko phai Leipzig ma Chemnitz"),
        ("ar", "ليس Leipzig بل Chemnitz"),
    ],
)
def test_a_town_corrected_on_the_summary_changes_the_postal_code(lang: str, typed: str) -> None:
    # It was a note for the advisor, while the Leipzig code and office were sent.
    d = owner_at_the_summary(lang)
    d.type(typed)
    assert d.state.screen == "summary" and d.state.office == "chemnitz"
    assert d.state.answers["plz"] == "09111" and d.ctx.held_question is None
    t = translator(lang)
    changed = t.gettext(CHANGED_ANSWER).format(question=t.gettext("Postal code"), answer="09111")
    assert unmarked(changed) in first_lines(d)


def test_a_town_corrected_with_a_trade_is_no_postal_code() -> None:
    # "nicht Koch sondern Friseur" still changes the trade, not the place.
    d = owner_at_the_summary("de")
    d.type("nicht Koch sondern Friseur")
    assert d.state.answers["plz"] == "04315" and d.state.answers["trades"] == ["friseur"]


@pytest.mark.parametrize(
    ("lang", "typed", "plz"),
    [
        ("de", "wir sind in Chemnitz", "09111"),
        ("de", "ich wohne jetzt in Zwickau", "08056"),
        ("en", "we moved to Chemnitz", "09111"),
        ("en", "we are in Zwickau", "08056"),
        ("uk", "ми переїхали в Хемніц", "09111"),
        ("vi", "em sống ở Zwickau", "08056"),
    ],
)
def test_a_town_lived_in_on_the_summary_is_taken_without_asking(
    lang: str, typed: str, plz: str
) -> None:
    # "Did you mean Chemnitz (Saxony)?" asked about the town just typed.
    d = owner_at_the_summary(lang)
    d.type(typed)
    assert d.state.screen == "summary" and d.state.office == "chemnitz"
    assert d.state.answers["plz"] == plz
    t = translator(lang)
    changed = t.gettext(CHANGED_ANSWER).format(question=t.gettext("Postal code"), answer=plz)
    assert unmarked(changed) in first_lines(d)


@pytest.mark.parametrize(
    ("lang", "typed"), [("de", "wir sind in Leipzig"), ("en", "we are in Leipzig")]
)
def test_the_town_of_the_postal_code_on_the_summary_keeps_it(lang: str, typed: str) -> None:
    # "Did you mean Leipzig (Saxony)?", and yes replaced 04315 with the city's 04109.
    d = owner_at_the_summary(lang)
    d.type(typed)
    assert d.state.screen == "summary" and d.state.answers["plz"] == "04315"
    t = translator(lang)
    assert unmarked(t.gettext(CODE_ALREADY_STORED).format(code="04315")) in first_lines(d)


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "wir sind 12 Leute nicht 5"),
        ("de", "nicht 5, sondern 12 Mitarbeiter"),
        ("de", "wir haben zwölf Mitarbeiter, nicht fünf"),
        ("en", "we are 12 people not 5"),
        ("en", "12 employees, not 5"),
        ("tr", "12 kişiyiz 5 değil"),
        ("tr", "12 calisan var 5 degil"),
        ("uk", "нас 12 людей а не 5"),
        ("vi", "chúng tôi có 12 người không phải 5"),
        ("ar", "نحن 12 شخص مش 5"),
    ],
)
def test_a_count_of_staff_corrected_on_the_summary_changes_it(lang: str, typed: str) -> None:
    # The old count ruled out beside the new one: a note before, no count changed.
    d = owner_at_the_summary(lang)
    d.type(typed)
    assert d.state.answers.get("employees") == "10-49" and d.ctx.held_question is None
    t = translator(lang)
    employees = t.gettext("Employees")
    assert unmarked(employees) in first_lines(d)


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "was ist AEVO"),
        ("de", "was ist eigentlich die IHK genau"),
        ("en", "what is IHK"),
        ("tr", "AEVO nedir"),
        ("vi", "IHK là gì"),
        ("uk", "що таке IHK"),
        ("ar", "شو يعني IHK"),
    ],
)
def test_what_is_asked_without_a_question_mark_mid_dialogue_is_answered_personally(
    lang: str, typed: str
) -> None:
    # "We have noted your words": no answer promised to a question.
    d = business_at_meeting(lang, NATIVE_NAMES[lang])
    d.press(d.labels()[0])  # by phone
    assert d.state.screen == "q:time"
    d.type(typed)
    assert d.state.screen == "q:time" and d.ctx.held_question == typed
    assert first_lines(d).startswith(unmarked(translator(lang).gettext(typed_module.KEPT)))


COST_QUESTIONS = [
    ("de", "kostet das was?"),
    ("de", "Muss ich was bezahlen"),
    ("en", "how much does it cost?"),
    ("tr", "ücretli mi?"),
    ("tr", "ucretli mi"),
    ("uk", "це платно?"),
    ("vi", "có mất phí không?"),
    ("ar", "هل هذا مجاني؟"),
    # The advice named: its cost is what is answered ("the advisor will answer it
    # personally" before, the advice's own word read as another thing named).
    ("de", "Ist die Beratung kostenlos?"),
    ("en", "is the consultation free?"),
    ("tr", "danışmanlık ücretli mi?"),
    ("ar", "هل الاستشارة مجانية؟"),
]


@pytest.mark.parametrize(("lang", "typed"), COST_QUESTIONS)
def test_the_cost_asked_mid_dialogue_is_answered_at_once(lang: str, typed: str) -> None:
    # Only "the advisor will answer it personally", though the bot knows the answer.
    d = business_at_meeting(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.screen == "q:meeting" and d.ctx.held_question == typed
    assert first_lines(d).startswith(unmarked(translator(lang).gettext(COST_FREE)))


@pytest.mark.parametrize(("lang", "typed"), COST_QUESTIONS[::2])
def test_the_cost_asked_on_the_summary_or_at_the_name_is_answered_at_once(
    lang: str, typed: str
) -> None:
    d = owner_at_the_summary(lang)
    d.type(typed)
    assert d.state.screen == "summary" and d.ctx.held_question == typed
    assert first_lines(d).startswith(unmarked(translator(lang).gettext(COST_FREE)))
    d = business_at_company(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.screen == "q:company" and "company" not in d.state.answers
    assert first_lines(d).startswith(unmarked(translator(lang).gettext(COST_FREE_TYPING)))


def test_the_cost_asked_before_the_consent_is_answered_at_once() -> None:
    # Asked before agreeing to store the details: "the advisor will answer it personally".
    d = business_at_meeting("de", "Deutsch")
    for _ in range(3):  # the phone, the name, the consent
        d.press("Zurück")
    d.type("kostet das was?")
    assert d.state.screen == "consent" and d.ctx.held_question == "kostet das was?"
    assert first_lines(d).startswith(translator("de").gettext(COST_FREE))


def test_the_cost_asked_by_a_young_person_is_still_for_the_advisor() -> None:
    # The advice is said to be free for businesses only (domain facts).
    d = at_the_situation("de")
    d.type("kostet das was?")
    assert COST_FREE not in d.text and d.ctx.held_question == "kostet das was?"


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("tr", "daha önce hiç"),
        ("tr", "daha once hic"),
        ("tr", "daha önce hiç çırak yetiştirmedik"),
        ("tr", "daha önce yetiştirmedik"),
        ("de", "früher noch nie"),
        ("en", "never in the past"),
    ],
)
def test_never_before_is_no_training_in_the_past(lang: str, typed: str) -> None:
    # "daha önce" (before) took "Yes, in the past" beside the "never" ("hiç").
    d = business_at_experience(lang, NATIVE_NAMES[lang])
    d.type(typed)
    assert d.state.answers.get("experience") not in {"before", "now"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_postal_code_without_its_zero_on_the_summary_is_asked_about(lang: str) -> None:
    # "Please tap one of the buttons below", and the code typed was lost.
    d = owner_at_the_summary(lang)
    d.type("1067")
    assert d.state.screen == "plz_guess" and "01067" in d.text
    d.press(d.labels()[0])  # yes
    assert d.state.screen == "summary" and d.state.answers["plz"] == "01067"
    assert d.state.office == "dresden"


def test_a_year_on_the_summary_is_no_postal_code_without_its_zero() -> None:
    # 01998 is a postal code; "1998" typed alone is a year.
    d = owner_at_the_summary("de")
    d.type("1998")
    assert d.state.screen == "summary" and d.state.answers["plz"] == "04315"


def given_anew(lang: str, typed: str, key: str) -> object:
    """The answer ``key`` after ``typed`` on the summary, which is shown again."""
    d = owner_at_the_summary(lang)
    d.type(typed)
    assert d.state.screen == "summary" and d.ctx.held_question is None
    return d.state.answers[key]


@pytest.mark.parametrize(
    ("lang", "typed", "name"),
    [
        ("de", "mein name ist falsch geschrieben, Ali Yilmaz", "Ali Yilmaz"),
        ("de", "Name falsch geschrieben: Ali Yilmaz", "Ali Yilmaz"),
        ("en", "my name is spelled wrong, it's Ali Yilmaz", "Ali Yilmaz"),
        ("en", "my name is misspelled: Ali Yilmaz", "Ali Yilmaz"),
        ("tr", "adım yanlış yazılmış, Ali Yılmaz", "Ali Yılmaz"),
        ("uk", "ім'я написано неправильно: Алі Їлмаз", "Алі Їлмаз"),
        ("ar", "اسمي مكتوب غلط، علي يلماز", "علي يلماز"),
        ("vi", "tên viết sai, Ali Yilmaz", "Ali Yilmaz"),
    ],
)
def test_a_name_said_to_be_misspelled_on_the_summary_is_the_name_after_it(
    lang: str, typed: str, name: str
) -> None:
    # "falsch geschrieben, Ali Yilmaz" was stored as the name, or the words were a note.
    assert given_anew(lang, typed, "name") == name


@pytest.mark.parametrize(
    ("lang", "typed", "name"),
    [
        ("tr", "adım Ali değil Veli Demir", "Veli Demir"),
        ("tr", "adim Ali degil, Veli Demir", "Veli Demir"),
        ("de", "mein Name ist nicht Ali sondern Veli Demir", "Veli Demir"),
        ("de", "ich heiße nicht Ali, sondern Veli Demir", "Veli Demir"),
        ("en", "my name is not Ali, it's Veli Demir", "Veli Demir"),
        ("en", "my name is not Ali but Veli Demir", "Veli Demir"),
        ("uk", "мене звати не Алі, а Велі Демір", "Велі Демір"),
        ("vi", "tên tôi không phải Ali mà là Veli Demir", "Veli Demir"),
        ("vi", "ten toi khong phai Ali ma la Veli Demir", "Veli Demir"),
        ("ar", "اسمي مش علي، اسمي ولي دمير", "ولي دمير"),
        ("ar", "اسمي ليس علي بل ولي دمير", "ولي دمير"),
    ],
)
def test_a_name_said_not_to_be_the_old_one_on_the_summary_is_the_new_one(
    lang: str, typed: str, name: str
) -> None:
    # "adım Ali değil Veli Demir" was a note for the advisor, while "Ali Yılmaz" was sent.
    assert given_anew(lang, typed, "name") == name


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "ich heiße nicht Ali"),
        ("de", "mein Name ist nicht Ali!"),
        ("en", "my name isn't Ali"),
        ("en", "my name is not Ali."),
        ("tr", "adım Ali değil"),
        ("tr", "adim Ali degil"),
        ("uk", "мене звати не Алі"),
        ("vi", "tên tôi không phải Ali"),
        ("ar", "اسمي ليس علي"),
        ("ar", "اسمي مش علي"),
        # Said wrong first, then ruled out.
        ("de", "mein Name ist falsch, ich heiße nicht Ali"),
        ("en", "my name is wrong, my name is not Ali"),
        # Said to be misspelled, no name after it: "geschrieben", "yazılmış" were stored
        # as the name ("Thank you, we have changed your name").
        ("de", "Name falsch geschrieben"),
        ("de", "mein Name ist falsch geschrieben"),
        ("tr", "adım yanlış yazılmış"),
        ("tr", "ismim yanlis yazilmis"),
        ("en", "my name is spelled wrong"),
        ("uk", "ім'я написано неправильно"),
        ("ar", "اسمي مكتوب غلط"),
        ("vi", "tên viết sai"),
    ],
)
def test_a_name_said_not_to_be_the_old_one_alone_asks_the_name(lang: str, typed: str) -> None:
    # A note for the advisor, while the name ruled out was sent.
    d = typed_on_the_summary(lang, typed)
    assert d.state.screen == "q:name" and d.ctx.held_question is None
    assert translator(lang).gettext("What is your name?") in d.text
    d.type("Veli Demir")
    assert d.state.screen == "summary" and d.state.answers["name"] == "Veli Demir"


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "meine nummer ist falsch, 0176 12345678"),
        ("de", "meine Nummer ist falsch, hier die richtige: 0176 12345678"),
        ("en", "my number is wrong, it's 0176 12345678"),
        ("en", "my number is wrong, this is the right one: 0176 12345678"),
        ("tr", "numaram yanlış, bu doğru: 0176 12345678"),
        ("uk", "мій номер неправильний, ось правильний: 0176 12345678"),
        ("vi", "số của tôi sai, đây là số đúng: 0176 12345678"),
        ("ar", "رقمي غلط، هذا هو الصحيح 0176 12345678"),
    ],
)
def test_a_number_said_to_be_wrong_on_the_summary_is_changed_without_a_message(
    lang: str, typed: str
) -> None:
    # "it's", "this is", "ось", "sai" made the words a message kept for the advisor beside
    # the number changed, where the German "meine nummer ist falsch, …" was not.
    d = typed_on_the_summary(lang, typed)
    kept = translator(lang).gettext(PHONE_CHANGED_KEPT).split("{phone}")[1]
    assert unmarked(kept) not in unmarked(d.text) and d.ctx.held_question is None
    assert (d.state.screen, d.state.answers["phone"]) == ("q:whatsapp", "+4917612345678")


@pytest.mark.parametrize(
    ("lang", "typed", "company"),
    [
        ("de", "Firmenname ist Döner King", "Döner King"),
        ("de", "der richtige Firmenname: Döner King", "Döner King"),
        ("de", "Betriebsname lautet Döner King", "Döner King"),
        ("uk", "назва фірми Сто Олега", "Сто Олега"),
        ("uk", "назва компанії Смачно", "Смачно"),
        ("uk", "назва магазину Смачно", "Смачно"),
        ("en", "business name should be Döner King", "Döner King"),
        ("en", "the company name must be Döner King", "Döner King"),
        ("de", "der Firmenname soll Döner King sein", "Döner King"),
        ("de", "Firmenname sollte Döner King sein", "Döner King"),
        ("tr", "dükkanın adı Döner King olmalı", "Döner King"),
        ("uk", "назва фірми має бути Смачно", "Смачно"),
        ("vi", "tên tiệm phải là Döner King", "Döner King"),
        ("ar", "اسم المحل لازم يكون دونر كينغ", "دونر كينغ"),
        ("ar", "اسم الشركة يجب أن يكون دونر كينغ", "دونر كينغ"),
        ("ar", "اسم المطعم صار الشام", "الشام"),
        ("ar", "اسم المحل أصبح الشام", "الشام"),
        ("ar", "اسم المحل هو الشام", "الشام"),
        ("ar", "اسم المحل الجديد الشام", "الشام"),
        ("de", "der Firmenname ist jetzt Döner King", "Döner King"),
        ("en", "the business name is now Döner King", "Döner King"),
        ("tr", "dükkanın adı artık Döner King", "Döner King"),
        ("tr", "dükkanın adı Döner King oldu", "Döner King"),
        ("uk", "назва фірми тепер Смачно", "Смачно"),
        ("uk", "назва фірми стала Смачно", "Смачно"),
        # The business named as it should be called ("soll … heißen", "має називатися").
        ("de", "Die Firma soll Döner King heißen", "Döner King"),
        ("de", "Der Laden soll Döner King heißen", "Döner King"),
        ("de", "unser Betrieb sollte Döner King heissen", "Döner King"),
        ("de", "Die Firma soll jetzt Döner King heißen", "Döner King"),
        ("uk", "фірма має називатися Смачно", "Смачно"),
    ],
)
def test_the_business_name_given_anew_on_the_summary_changes_it(
    lang: str, typed: str, company: str
) -> None:
    # A note for the advisor, while "Döner Palast" was sent ("business name should be …",
    # "Firmenname soll … sein" too); "… olmalı", "має бути …" were stored with the name,
    # as were "became", "is", "now" ("صار الشام", "jetzt Döner King", "тепер Смачно").
    assert given_anew(lang, typed, "company") == company


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "keiner hat AEVO"),
        ("de", "nein, niemand hat AEVO"),
        ("en", "nobody has AEVO"),
        ("en", "no, no one has AEVO"),
        ("tr", "AEVO olan yok"),
        ("vi", "không ai có AEVO"),
        ("vi", "chưa, không ai có AEVO"),
    ],
)
def test_nobody_with_the_trainer_exam_is_no_trainer(lang: str, typed: str) -> None:
    # "không ai có AEVO" (nobody has the AEVO) took "Not yet, but we have a trainer"; the
    # others were a note and the question asked again.
    d = typed_at(business_at_experience, lang, typed)
    assert d.state.answers.get("experience") == "none" and d.state.screen == "q:start"


@pytest.mark.parametrize(
    ("lang", "typed", "noted"),
    [
        ("de", "ja ich habe meister", MASTER_NOTED),
        ("de", "ja, ich bin Meister", MASTER_NOTED),
        ("en", "yes I have a meister", MASTER_NOTED),
        ("en", "yes, I am a master craftsman", MASTER_NOTED),
        ("tr", "evet ustayım", MASTER_NOTED),
        ("uk", "так, я майстер", MASTER_NOTED),
        ("vi", "có, tôi có bằng meister", MASTER_NOTED),
        ("ar", "نعم عندي شهادة مايستر", MASTER_NOTED),
        ("de", "ja, ich habe AEVO", TRAINER_NOTED),
        ("de", "ja wir haben einen Ausbilder", TRAINER_NOTED),
        # "hab" for "habe", as typed on a phone ("which yes: now or in the past?" before).
        ("de", "ja ich hab meister", MASTER_NOTED),
        ("de", "hab den Meister", MASTER_NOTED),
        ("de", "ich hab den Ausbilderschein", TRAINER_NOTED),
    ],
)
def test_yes_with_the_master_is_the_trainer_and_training_before_asked(
    lang: str, typed: str, noted: str
) -> None:
    # "ja" answered the trainer half of the question, and was asked "which yes: now or in
    # the past?" as if it said the business trains.
    d = typed_at(business_at_experience, lang, typed)
    assert d.state.screen == "q:experience" and "experience" not in d.state.answers
    assert first_lines(d).startswith(unmarked(translator(lang).gettext(noted)))
    assert d.ctx.held_question == typed


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "bitte vorbeikommen"),
        ("de", "Sie können gern vorbeikommen"),
        ("en", "please come by"),
        ("en", "please drop by"),
        ("tr", "uğrayın"),
        ("tr", "dükkana uğrayın"),
        ("uk", "заходьте до нас"),
        ("ar", "مروا علينا"),
        # The bare wish to be visited: which place was asked ("vorbeikommen"), or a note.
        ("de", "vorbeikommen"),
        ("de", "Vorbeikommen!"),
        ("de", "vorbei kommen"),
        ("en", "come by"),
        ("en", "drop by"),
        ("tr", "gelin"),
        ("tr", "buraya gelin"),
        ("uk", "приїжджайте"),
        ("vi", "ghé qua"),
        ("ar", "تعالوا"),
    ],
)
def test_a_visit_asked_in_own_words_is_at_my_business(lang: str, typed: str) -> None:
    # At the meeting question "bitte vorbeikommen" was dropped ("Please tap"), the others
    # a note; on the summary a note while "By phone" was sent.
    d = typed_at(business_at_meeting, lang, typed)
    assert d.state.answers.get("meeting") == "business" and d.state.screen == "q:time"
    assert given_anew(lang, typed, "meeting") == "business"


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "lieber persönlich"),
        ("de", "nicht am Telefon, lieber persönlich"),
        ("en", "rather in person"),
        ("tr", "yüz yüze"),
        ("uk", "краще особисто"),
        ("vi", "gặp trực tiếp"),
        ("ar", "شخصيا"),
        # A wish after it ("olsun": let it be), a note before.
        ("tr", "yüz yüze olsun"),
        ("de", "persönlich wäre gut"),
        ("en", "in person would be better"),
        ("uk", "особисто буде краще"),
        ("vi", "gặp trực tiếp thì tốt hơn"),
        ("ar", "شخصيا أفضل"),
        ("tr", "yüz yüze görüşelim"),
        ("vi", "em muốn gặp trực tiếp"),
    ],
)
def test_in_person_on_the_summary_asks_which_place_as_the_question_does(
    lang: str, typed: str
) -> None:
    # A note for the advisor, while "By phone" was sent.
    d = typed_on_the_summary(lang, typed)
    assert d.state.screen == "q:meeting" and d.ctx.held_question is None
    t = translator(lang)
    office, business = (t.gettext(label) for label in ("At the KAUSA office", "At my business"))
    asked = unmarked(t.gettext(ASK_WHICH).format(first=office, second=business))
    assert unmarked(d.text).startswith(asked)
    d.press(business)
    assert d.state.screen == "summary" and d.state.answers["meeting"] == "business"


@pytest.mark.parametrize(
    ("lang", "typed"), [("de", "kann ich vorbeikommen"), ("en", "can I come by")]
)
def test_coming_by_oneself_is_no_visit_at_the_business(lang: str, typed: str) -> None:
    assert typed_at(business_at_meeting, lang, typed).state.answers.get("meeting") != "business"


@pytest.mark.parametrize(
    ("lang", "typed"),
    [("de", "Koch nicht, Friseur"), ("de", "koch nicht - friseur"), ("uk", "кухар ні, перукар")],
)
def test_the_old_trade_ruled_out_first_changes_the_trade(lang: str, typed: str) -> None:
    # "Koch nicht, Friseur" was a note while the cook was sent ("Friseur, nicht Koch" was read).
    assert given_anew(lang, typed, "trades") == ["friseur"]


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("en", "call me after 6pm"),
        ("en", "please call me in the evening"),
        ("de", "rufen Sie mich nach 18 Uhr an"),
        ("tr", "akşam arayın"),
        ("uk", "подзвоніть мені ввечері"),
        ("vi", "gọi cho tôi buổi tối"),
        ("ar", "اتصلوا بي في المساء"),
    ],
)
def test_only_the_answer_changed_is_told_not_the_way_already_chosen(lang: str, typed: str) -> None:
    # "call me after 6pm" (by phone chosen already) was also told "We have noted 'By
    # phone' as your answer", as if something had been taken beside the new time.
    d = typed_on_the_summary(lang, typed)
    t = translator(lang)
    assert d.state.answers["time"] == "evening" and d.state.answers["meeting"] == "phone"
    by_phone = next(option for option in MEETING.options if option.code == "phone")
    noted = t.gettext(NOTED_ANSWER).format(choice=option_label(by_phone, t))
    assert noted not in unmarked(d.text), first_lines(d)


#: The summary's answer ruled out alone, by the key of its question (the owner's: by
#: phone in the morning).
RULED_OUT_ALONE = {
    "time": (
        *(("de", "bitte nicht vormittags"), ("de", "morgens geht nicht")),
        *(("de", "Ich habe keine Zeit vormittags"), ("en", "not in the morning pls")),
        *(("en", "mornings dont work for me"), ("tr", "sabah olmaz")),
        *(("tr", "sabahları olmaz"), ("uk", "не зранку"), ("vi", "buổi sáng không được")),
        ("ar", "مو الصبح"),
    ),
    "meeting": (("de", "nicht telefonisch"), ("en", "not by phone")),
}


@pytest.mark.parametrize(
    ("key", "lang", "typed"),
    [(key, *said) for key, saids in RULED_OUT_ALONE.items() for said in saids],
)
def test_the_summary_s_time_or_way_ruled_out_alone_asks_it_again(
    key: str, lang: str, typed: str
) -> None:
    # A note for the advisor, while the morning (or the phone) ruled out was sent.
    d = owner_at_the_summary(lang)
    ruled_out = d.state.answers[key]
    d.type(typed)
    told = translator(lang).gettext(ANSWER_DROPPED).split("{answer}")[0]
    assert d.state.screen == f"q:{key}" and told in d.text
    d.press(d.labels()[1])  # another answer
    assert d.state.screen == "summary" and d.state.answers[key] != ruled_out
