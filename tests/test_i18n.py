"""The catalogs: complete, consistent, and readable in every language."""

from __future__ import annotations

import pytest

from bot.dialogue.state import Start
from bot.i18n import FSI, LANGUAGES, PDI, negotiate, translator
from bot.ops.i18n_check import MAX_BUTTON, button_texts, load_catalog, run_checks
from tests.dialogue_driver import Driver


def test_every_catalog_is_complete() -> None:
    reports, general = run_checks()
    assert general == []
    for report in reports:
        assert report.ok, (
            report.lang,
            report.missing,
            report.fuzzy,
            report.placeholder_errors,
            report.long_buttons,
            report.problems,
        )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_button_labels_fit_on_a_phone(lang: str) -> None:
    t = translator(lang)
    too_long = [t.gettext(text) for text in button_texts() if len(t.gettext(text)) > MAX_BUTTON]
    assert too_long == []


DAY = "We delete your data at the latest {days} day after your request is closed."
DAYS = "We delete your data at the latest {days} days after your request is closed."


@pytest.mark.parametrize(("lang", "forms"), [("ar", 6), ("uk", 3), ("de", 2), ("en", 2)])
def test_catalogs_have_the_plural_forms_of_their_language(lang: str, forms: int) -> None:
    catalog = load_catalog(lang)
    assert catalog is not None and catalog.num_plurals == forms
    entry = catalog.get(DAY)
    assert entry is not None and len([s for s in entry.string if s]) == forms


def test_arabic_counts_days_as_arabic_does() -> None:
    t = translator("ar")
    assert "يومين" in t.ngettext(DAY, DAYS, 2)
    assert "أيام" in t.ngettext(DAY, DAYS, 3)
    assert "يومًا" in t.ngettext(DAY, DAYS, 180)


def test_ukrainian_days_are_declined() -> None:
    t = translator("uk")
    one, few, many = (t.ngettext(DAY, DAYS, n) for n in (1, 3, 180))
    assert len({one, few, many}) == 3


@pytest.mark.parametrize("lang", LANGUAGES)
def test_welcome_is_in_the_language(lang: str) -> None:
    d = Driver(lang)
    assert d.state.lang == lang
    english = Driver("en").text
    if lang != "en":
        assert d.text != english


def test_arabic_isolates_ltr_values_in_the_summary() -> None:
    d = Driver("ar")
    d.press("العربية")
    d.send(Start("ar"))
    d.press("العربية")
    flows = [label for label in d.labels()]
    d.press(flows[0].split(" ", 1)[1])  # the business dialogue
    d.press(d.labels()[0].strip())
    d.type("04109")
    assert f"{FSI}Leipzig{PDI}" in d.text


def test_money_and_dates_are_localized() -> None:
    assert translator("de").money(724) == "724,00\xa0€"
    assert translator("en").money(724) == "€724.00"
    assert FSI in translator("ar").money(724)


def test_language_negotiation() -> None:
    assert negotiate("ar-SY") == "ar"
    assert negotiate("pt-BR") == "de"
