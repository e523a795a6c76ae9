"""The number of employees typed at the business name question: the name without it,
and the count as the employees answer."""

from __future__ import annotations

import pytest

from bot.dialogue.company_size import STAFF_NOTED
from bot.i18n import translator
from tests.test_business_typing import business_at_company


@pytest.mark.parametrize(
    ("lang", "button", "typed", "company", "employees"),
    [
        ("de", "Deutsch", "Döner Palast, 5 Mitarbeiter", "Döner Palast", "1-9"),
        ("ar", "العربية", "مطعم الشام، 12 موظف", "مطعم الشام", "10-49"),
        ("tr", "Türkçe", "Berber Ali, 3 çalışan", "Berber Ali", "1-9"),
        ("vi", "Tiếng Việt", "Tiệm Nail Hoa, 4 nhân viên", "Tiệm Nail Hoa", "1-9"),
        ("uk", "Українська", "СТО Олега, 5 працівників", "СТО Олега", "1-9"),
        ("en", "English", "Nail Studio Hoa with 60 employees", "Nail Studio Hoa", "50-249"),
    ],
)
def test_the_employees_typed_with_the_name_are_no_part_of_it(
    lang: str, button: str, typed: str, company: str, employees: str
) -> None:
    # Stored as the business's name whole ("Döner Palast, 5 Mitarbeiter"), count not taken.
    d = business_at_company(lang, button)
    d.type(typed)
    assert d.state.answers["company"] == company
    assert d.state.answers["employees"] == employees
    assert translator(lang).gettext(STAFF_NOTED).split("{answer}")[0] in d.text
    assert d.state.screen == "q:trades"


def test_a_correction_with_a_count_only_is_no_name() -> None:
    # "nein, doch 8 Mitarbeiter" was stored as the business's name.
    d = business_at_company("de", "Deutsch")
    d.type("nein, doch 8 Mitarbeiter")
    assert "company" not in d.state.answers
    assert d.state.answers["employees"] == "1-9"
    assert d.state.screen == "q:company"
    d.type("Döner Palast")
    assert d.state.answers["company"] == "Döner Palast" and d.state.screen == "q:trades"
