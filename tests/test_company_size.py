"""The number of employees typed at the business name question: the name without it,
and the count as the employees answer."""

from __future__ import annotations

import pytest

from bot.advisor.view import lead_plain_text
from bot.dialogue.company_size import STAFF_NOTED
from bot.i18n import translator
from tests.dialogue_driver import Driver
from tests.test_business_typing import business_at_company, on_to_the_meeting, sent_lead


@pytest.mark.parametrize(
    ("lang", "button", "typed", "company", "employees"),
    [
        ("de", "Deutsch", "Döner Palast, 5 Mitarbeiter", "Döner Palast", "1-9"),
        ("ar", "العربية", "مطعم الشام، 12 موظف", "مطعم الشام", "10-49"),
        ("tr", "Türkçe", "Berber Ali, 3 çalışan", "Berber Ali", "1-9"),
        ("vi", "Tiếng Việt", "Tiệm Nail Hoa, 4 nhân viên", "Tiệm Nail Hoa", "1-9"),
        ("uk", "Українська", "СТО Олега, 5 працівників", "СТО Олега", "1-9"),
        ("en", "English", "Nail Studio Hoa with 60 employees", "Nail Studio Hoa", "50-249"),
        # "In it", "with us" in Arabic ("فيه", "عنا"); Vietnamese typed without its accents.
        ("ar", "العربية", "مطعم الشام فيه ٨ موظفين", "مطعم الشام", "1-9"),
        ("ar", "العربية", "مطعم الشام عنا 5 عمال", "مطعم الشام", "1-9"),
        ("vi", "Tiếng Việt", "Tiệm Nail Hoa, 4 nhan vien", "Tiệm Nail Hoa", "1-9"),
        # Typed fast, with a slip.
        ("de", "Deutsch", "Döner Palast, 5 Mitarbieter", "Döner Palast", "1-9"),
        ("de", "Deutsch", "Döner Palast, 12 Mittarbeiter", "Döner Palast", "10-49"),
        ("de", "Deutsch", "Döner Palast, 3 Angestelte", "Döner Palast", "1-9"),
        ("tr", "Türkçe", "Berber Ali, 3 calışan", "Berber Ali", "1-9"),
        ("en", "English", "Nail Studio Hoa, 5 employes", "Nail Studio Hoa", "1-9"),
        # How many "we" are: "нас троє" (there are three of us), "wir sind zu fünft".
        ("uk", "Українська", "Перукарня Оля, нас троє", "Перукарня Оля", "1-9"),
        ("de", "Deutsch", "Salon Ayşe, wir sind zu fünft", "Salon Ayşe", "1-9"),
        # Shortened, as owners write it: "MA", "Mitarb.".
        ("de", "Deutsch", "Döner Palast GmbH (15 MA)", "Döner Palast GmbH", "10-49"),
        ("de", "Deutsch", "Döner Palast, 5 Mitarb.", "Döner Palast", "1-9"),
        # Everyday words for the people counted, and typed without accents.
        ("de", "Deutsch", "Döner Palast, 5 Mitarbeitende", "Döner Palast", "1-9"),
        ("de", "Deutsch", "Döner Palast, 5 Kollegen", "Döner Palast", "1-9"),
        ("de", "Deutsch", "Döner Palast, 5 Mann", "Döner Palast", "1-9"),
        ("tr", "Türkçe", "Berber Ali, 3 kisi", "Berber Ali", "1-9"),
        ("tr", "Türkçe", "Berber Ali, 3 isci", "Berber Ali", "1-9"),
        ("tr", "Türkçe", "Berber Ali, 4 eleman", "Berber Ali", "1-9"),
        ("ar", "العربية", "مطعم الشام، 12 شخص", "مطعم الشام", "10-49"),
        # The spoken Arabic 13 to 19.
        ("ar", "العربية", "مطعم الشام فيه تمنطعش موظف", "مطعم الشام", "10-49"),
        ("ar", "العربية", "مطعم الشام عنا خمستاشر موظف", "مطعم الشام", "10-49"),
        ("uk", "Українська", "СТО Олега, 3 людини", "СТО Олега", "1-9"),
        ("uk", "Українська", "СТО Олега, 5 чоловік", "СТО Олега", "1-9"),
        ("vi", "Tiếng Việt", "Tiệm Nail Hoa, 4 nguoi", "Tiệm Nail Hoa", "1-9"),
        ("vi", "Tiếng Việt", "Tiệm Nail Hoa, 3 tho", "Tiệm Nail Hoa", "1-9"),
        # How many "we" are in digits or words, no word for the people ("wir sind 5",
        # "احنا خمسة", "нас 5", "we are 12"): stored whole as the name before.
        ("de", "Deutsch", "Döner Palast, wir sind 5", "Döner Palast", "1-9"),
        ("de", "Deutsch", "Salon Ayşe – wir sind fünf", "Salon Ayşe", "1-9"),
        ("ar", "العربية", "مطعم الشام، احنا خمسة", "مطعم الشام", "1-9"),
        ("ar", "العربية", "مطعم الشام، نحن ١٢", "مطعم الشام", "10-49"),
        ("uk", "Українська", "СТО Олега, нас 5", "СТО Олега", "1-9"),
        ("en", "English", "Nail Studio Hoa, we are 12", "Nail Studio Hoa", "10-49"),
        # "We" in Vietnamese as a shop's young staff say it ("bọn em", "tụi em").
        ("vi", "Tiếng Việt", "Tiệm Nail Hoa, bọn em có 5 người", "Tiệm Nail Hoa", "1-9"),
    ],
)
def test_the_employees_typed_with_the_name_are_no_part_of_it(
    lang: str, button: str, typed: str, company: str, employees: str
) -> None:
    # Stored as the business's name whole ("Döner Palast, 5 Mitarbeiter"), count not taken.
    _name_and_count(lang, button, typed, company, employees)


def _name_and_count(lang: str, button: str, typed: str, company: str, employees: str) -> None:
    """``typed`` at the business name question: ``company`` the name, the count taken."""
    d = business_at_company(lang, button)
    d.type(typed)
    assert d.state.answers["company"] == company
    assert d.state.answers["employees"] == employees
    assert translator(lang).gettext(STAFF_NOTED).split("{answer}")[0] in d.text
    assert d.state.screen == "q:trades"


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "Döner Palast, wir haben 8 Mitarbeiter"),
        ("ar", "العربية", "مطعم الشام، لدينا 8 موظفين"),
        ("tr", "Türkçe", "Döner Palast, 8 çalışanımız var"),
        ("vi", "Tiếng Việt", "Döner Palast, chúng tôi có 8 nhân viên"),
        ("uk", "Українська", "Döner Palast, у нас 8 працівників"),
        ("en", "English", "Döner Palast, we have 8 employees"),
    ],
)
def test_we_have_beside_the_count_is_no_part_of_the_name(
    lang: str, button: str, typed: str
) -> None:
    # Stored as "Döner Palast, wir haben".
    company = "مطعم الشام" if lang == "ar" else "Döner Palast"
    _name_and_count(lang, button, typed, company, "1-9")


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "Wir sind 5 Jahre alt"),
        ("en", "English", "We are 24/7 Kiosk"),
        ("de", "Deutsch", "Wir sind 1 Team GmbH"),
    ],
)
def test_we_are_and_a_number_that_is_no_count_is_no_count(
    lang: str, button: str, typed: str
) -> None:
    # Only a count that ends the words ("wir sind 5") is how many work there.
    d = business_at_company(lang, button)
    d.type(typed)
    assert "employees" not in d.state.answers


def test_a_correction_with_a_count_only_is_no_name() -> None:
    # "nein, doch 8 Mitarbeiter" was stored as the business's name.
    d = business_at_company("de", "Deutsch")
    d.type("nein, doch 8 Mitarbeiter")
    assert "company" not in d.state.answers
    assert d.state.answers["employees"] == "1-9"
    assert d.state.screen == "q:company"
    d.type("Döner Palast")
    assert d.state.answers["company"] == "Döner Palast" and d.state.screen == "q:trades"


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "wir haben 8 Mitarbeiter"),
        ("ar", "العربية", "لدينا 8 موظفين"),
        ("tr", "Türkçe", "8 çalışanımız var"),
        ("vi", "Tiếng Việt", "chúng tôi có 8 nhân viên"),
        ("uk", "Українська", "у нас 8 працівників"),
        ("en", "English", "we have 8 employees"),
        # How many "we" are, alone ("wir sind 5", "احنا خمسة", "biz 4 kişiyiz", "нас
        # п'ятеро"): stored as the business's name before.
        ("de", "Deutsch", "wir sind 5"),
        ("ar", "العربية", "احنا خمسة"),
        ("tr", "Türkçe", "biz 4 kişiyiz"),
        ("uk", "Українська", "нас п'ятеро"),
        ("uk", "Українська", "нас 5"),
        ("en", "English", "we are 5"),
    ],
)
def test_we_have_a_count_is_the_count_and_the_name_asked_again(
    lang: str, button: str, typed: str
) -> None:
    # "wir haben 8 Mitarbeiter" was kept as a message and the count not taken.
    d = _count_without_a_name(lang, button, typed)
    assert translator(lang).gettext(STAFF_NOTED).split("{answer}")[0] in d.text
    assert d.ctx.held_question is None


def _count_without_a_name(lang: str, button: str, typed: str) -> Driver:
    """``typed`` at the business name question: 1 to 9 employees taken, the name asked."""
    d = business_at_company(lang, button)
    d.type(typed)
    assert "company" not in d.state.answers and d.state.screen == "q:company"
    assert d.state.answers["employees"] == "1-9"
    return d


def test_the_kind_of_business_said_with_a_count_is_no_name() -> None:
    # The count is taken; "Ich habe ein Restaurant" is kept for the advisor as before.
    d = _count_without_a_name("de", "Deutsch", "Ich habe ein Restaurant mit 8 Mitarbeitern")
    assert d.ctx.held_question == "Ich habe ein Restaurant mit 8 Mitarbeitern"


def test_a_greeting_with_the_count_is_no_name() -> None:
    # "Hallo, wir haben 8 Mitarbeiter" stored "Hallo, wir haben" as the business's name.
    _count_without_a_name("de", "Deutsch", "Hallo, wir haben 8 Mitarbeiter")


def _on_to_the_summary(d: Driver) -> None:
    """From the trade question to the summary (a cook, Leipzig, a landline, by phone)."""
    on_to_the_meeting(d)
    d.press(d.labels()[0])  # by phone
    d.press(d.labels()[0])  # in the morning
    assert d.state.screen == "summary"


@pytest.mark.parametrize(
    ("lang", "button", "typed", "company"),
    [
        ("de", "Deutsch", "Döner Palast, 5 Mitarbeiter", "Döner Palast"),
        ("ar", "العربية", "مطعم الشام، 12 موظف", "مطعم الشام"),
        ("tr", "Türkçe", "Berber Ali, 3 çalışan", "Berber Ali"),
        ("vi", "Tiếng Việt", "Tiệm Nail Hoa, 4 nhân viên", "Tiệm Nail Hoa"),
        ("uk", "Українська", "СТО Олега, 5 працівників", "СТО Олега"),
        ("en", "English", "Nail Studio Hoa, 60 employees", "Nail Studio Hoa"),
    ],
)
def test_the_count_is_on_the_summary_and_the_card_after_the_name(
    lang: str, button: str, typed: str, company: str
) -> None:
    # The count was noted ("Thank you. We have noted the number of employees") but the
    # summary never showed it, and the advisor's card put it after the help wanted, far
    # from the business's name.
    d = business_at_company(lang, button)
    d.type(typed)
    _on_to_the_summary(d)
    t = translator(lang)
    employees = d.state.answers["employees"]
    label = {"1-9": "1 to 9", "10-49": "10 to 49", "50-249": "50 to 249"}[employees]
    company_line = f"{t.gettext('Business name')}: {t.isolate(company)}"
    staff_line = f"{t.gettext('Employees')}: {t.gettext(label)}"
    assert f"{company_line}\n{staff_line}\n" in d.text
    d.press(d.labels()[0])  # send
    de = translator("de")
    staff = f"Beschäftigte: {de.gettext(label)}"
    assert f"Name des Betriebs: {company}\n{staff}\n" in lead_plain_text(sent_lead(d), "Leipzig")


@pytest.mark.parametrize(
    ("lang", "button", "typed"),
    [
        ("de", "Deutsch", "wir haben acht Mitarbeiter"),
        ("ar", "العربية", "لدينا ثمانية موظفين"),
        ("tr", "Türkçe", "sekiz çalışanımız var"),
        ("vi", "Tiếng Việt", "chúng tôi có tám nhân viên"),
        ("uk", "Українська", "у нас вісім працівників"),
        ("en", "English", "we have eight employees"),
        # As phones write them: without the letters a keyboard lacks, another apostrophe.
        ("tr", "Türkçe", "uc calisanimiz var"),
        ("uk", "Українська", "у нас п’ятеро працівників"),
        ("de", "Deutsch", "wir haben eine Mitarbeiterin"),
        # The Levantine "two".
        ("ar", "العربية", "عنا تنين موظفين"),
    ],
)
def test_a_count_in_words_is_taken_as_in_digits(lang: str, button: str, typed: str) -> None:
    # "wir haben acht Mitarbeiter" was kept as a message for the advisor, the count not
    # taken, as "wir haben 8 Mitarbeiter" is.
    d = _count_without_a_name(lang, button, typed)
    assert translator(lang).gettext(STAFF_NOTED).split("{answer}")[0] in d.text


@pytest.mark.parametrize(
    ("lang", "button", "typed", "company"),
    [
        ("de", "Deutsch", "Döner Palast, zwölf Mitarbeiter", "Döner Palast"),
        ("ar", "العربية", "مطعم الشام، اثنا عشر موظفا", "مطعم الشام"),
        ("tr", "Türkçe", "Berber Ali, on iki çalışan", "Berber Ali"),
        ("vi", "Tiếng Việt", "Tiệm Nail Hoa, mười hai nhân viên", "Tiệm Nail Hoa"),
        ("uk", "Українська", "СТО Олега, дванадцять працівників", "СТО Олега"),
        ("en", "English", "Nail Studio Hoa, twelve employees", "Nail Studio Hoa"),
    ],
)
def test_a_count_in_words_with_the_name_is_no_part_of_it(
    lang: str, button: str, typed: str, company: str
) -> None:
    # Stored whole as the business's name, "Döner Palast, zwölf Mitarbeiter".
    _name_and_count(lang, button, typed, company, "10-49")


def test_a_word_for_a_count_in_another_language_is_part_of_the_name() -> None:
    # The Turkish "on" (ten) is an English word: "Salon On People" is a name.
    d = business_at_company("en", "English")
    d.type("Salon On People")
    assert d.state.answers["company"] == "Salon On People" and "employees" not in d.state.answers


@pytest.mark.parametrize(
    ("lang", "button", "typed", "company"),
    [
        ("de", "Deutsch", "Friseur Ben 5 Mitarbeiter", "Friseur Ben"),
        ("de", "Deutsch", "Friseur Ben mit 5 Mitarbeitern", "Friseur Ben"),
        ("en", "English", "Barber Ben 5 employees", "Barber Ben"),
        ("ar", "العربية", "صالون Ben 5 موظفين", "صالون Ben"),
        ("tr", "Türkçe", "Kuaför Em 3 çalışan", "Kuaför Em"),
        ("vi", "Tiếng Việt", "Tiệm Nail Ben 4 nhân viên", "Tiệm Nail Ben"),
        ("uk", "Українська", "Перукарня Ben 5 працівників", "Перукарня Ben"),
        # "we have" in the count's language still goes with it.
        ("de", "Deutsch", "Döner Palast wir haben 8 Mitarbeiter", "Döner Palast"),
        ("tr", "Türkçe", "Berber Ali biz 3 kişiyiz", "Berber Ali"),
    ],
)
def test_a_name_that_is_a_word_for_we_have_elsewhere_stays_in_the_name(
    lang: str, button: str, typed: str, company: str
) -> None:
    # "Friseur Ben 5 Mitarbeiter" stored "Friseur": "Ben" is the Turkish "I", read as the
    # "we have" before the count.
    _name_and_count(lang, button, typed, company, "1-9")


@pytest.mark.parametrize(
    ("lang", "button", "typed", "employees"),
    [
        ("de", "Deutsch", "wir haben 12 Mitarbeiter", "10-49"),
        ("de", "Deutsch", "nein, doch zwölf Mitarbeiter", "10-49"),
        ("ar", "العربية", "لدينا 12 موظف", "10-49"),
        ("tr", "Türkçe", "on iki çalışanımız var", "10-49"),
        ("vi", "Tiếng Việt", "chúng tôi có 12 nhân viên", "10-49"),
        ("uk", "Українська", "у нас 12 працівників", "10-49"),
        ("en", "English", "we have 60 employees", "50-249"),
        # How many "we" are: the best time was changed to the afternoon ("12" read as
        # noon), the count not.
        ("de", "Deutsch", "wir sind 12", "10-49"),
        ("uk", "Українська", "нас 12", "10-49"),
        ("ar", "العربية", "احنا ١٢", "10-49"),
        ("en", "English", "we are 12", "10-49"),
    ],
)
def test_a_count_typed_on_the_summary_changes_the_employees(
    lang: str, button: str, typed: str, employees: str
) -> None:
    # The summary shows "Employees: 1 to 9" without a ✏️ (no question asks it now): "wir
    # haben 12 Mitarbeiter" typed there was kept as a message, the old count sent.
    d = business_at_company(lang, button)
    d.type({"ar": "مطعم الشام، 5 موظفين"}.get(lang, "Döner Palast, 5 Mitarbeiter"))
    _on_to_the_summary(d)
    d.type(typed)
    t = translator(lang)
    assert d.state.screen == "summary" and d.state.answers["employees"] == employees
    label = {"10-49": "10 to 49", "50-249": "50 to 249"}[employees]
    assert f"{t.gettext('Employees')}: {t.gettext(label)}\n" in d.text
    assert d.ctx.held_question is None
    assert d.state.answers["time"] == "morning"
