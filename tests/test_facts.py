"""The information pages say only what is true (issue 14, part 2) and code-made text reads right."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from bot.dialogue.texts import info_page_text
from bot.flows import info as info_pages
from bot.flows.navigation import INFO_CODES
from bot.i18n import FSI, LANGUAGES, PDI, translator
from bot.offices import Office
from bot.ops.i18n_check import dated_facts
from tests.dialogue_driver import Driver, context, start_label

ALL_AMOUNTS = {amount for amounts in info_pages.MINIMUM_PAY.values() for amount in amounts}


def _pages_on(day: datetime, lang: str) -> dict[str, str]:
    ctx = replace(context(), now=day)
    return {code: info_page_text(code, translator(lang), ctx) for code in INFO_CODES}


def _numbers(text: str) -> set[int]:
    """Every number in ``text``, with thousands separators of any language removed."""
    joined = re.sub(r"(?<=\d)[\s.,\u00a0\u202f\u066c](?=\d{3}\b)", "", text)
    return {int(n) for n in re.findall(r"\d+", joined)}


@pytest.mark.parametrize("year", [2027, 2030])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_page_states_an_amount_for_a_year_the_data_does_not_cover(lang: str, year: int) -> None:
    pages = _pages_on(datetime(year, 3, 1, 9, tzinfo=UTC), lang)
    for code, text in pages.items():
        assert not _numbers(text) & ALL_AMOUNTS, (code, text)
        assert "€" not in text and "EUR" not in text, (code, text)
    # The pay page still says what applies: new amounts, known to the advisor.
    assert str(year) in pages[info_pages.PAY]


def test_the_pay_page_in_english_after_the_data_ends() -> None:
    text = _pages_on(datetime(2027, 8, 1, 9, tzinfo=UTC), "en")[info_pages.PAY]
    assert "Training starting in 2027 or later: new minimum amounts apply." in text
    assert "Your advisor knows them." in text
    assert "Training starts in 2026:" not in text


def test_the_pay_page_while_the_data_is_current_names_each_year_and_the_next() -> None:
    text = _pages_on(datetime(2026, 11, 25, 10, tzinfo=UTC), "en")[info_pages.PAY]
    lines = text.split("\n")
    assert lines.index("Training starts in 2026:") + 1 == lines.index("Year 1: €724")
    assert (
        "Training starting in 2027 or later: new minimum amounts apply. Your advisor knows them."
        in lines
    )


def test_the_pay_page_judges_the_year_by_the_injected_clock_not_the_wall_clock() -> None:
    early = _pages_on(datetime(2025, 6, 1, 9, tzinfo=UTC), "en")[info_pages.PAY]
    assert "Year 1: €682" in early.split("\n")
    assert "new minimum amounts" not in early


def test_the_catalog_check_warns_once_the_pay_data_is_out_of_date() -> None:
    assert dated_facts(date(2026, 12, 31)) == []
    [warning] = dated_facts(date(2027, 1, 1))
    assert "2026" in warning and "2027" in warning and "MINIMUM_PAY" in warning


def _info(label: str, lang: str = "en") -> str:
    d = Driver(lang)
    d.press({"en": "English", "de": "Deutsch"}[lang])
    d.press({"en": "Information", "de": "Information"}[lang])
    d.press(label)
    return d.text


def test_career_guidance_has_no_age_limit_only_the_youth_agencies_do() -> None:
    text = _info("Support: AsA flex, EQ, BAB")
    assert (
        "Career guidance (Berufsberatung) from the employment agency is free and open to "
        "people of any age." in text
    )
    assert "Youth employment agencies (Jugendberufsagenturen) help people under 25." in text
    german = _info("Hilfen: AsA flex, EQ, BAB", "de")
    assert "für alle Altersgruppen da" in german


@pytest.mark.parametrize(
    ("page", "facts"),
    [
        (
            "Dual training",
            (
                "final exam before the competent body (zuständige Stelle)",
                "Nursing (Pflegefachfrau / Pflegefachmann) ends in a state exam.",
                "Medical assistants take their exam at the Ärztekammer.",
                "training pay (Ausbildungsvergütung)",
            ),
        ),
        (
            "Becoming a training company",
            (
                "How does a business become a training company (Ausbildungsbetrieb)?",
                "for the skilled trades (Handwerk)",
                "The chamber decides how many apprentices your business may train",
                "a parent or legal guardian must also sign the contract",
                "a medical examination is needed before training starts",
            ),
        ),
    ],
)
def test_pages_state_the_facts_with_the_german_terms(page: str, facts: tuple[str, ...]) -> None:
    text = _info(page)
    assert [fact for fact in facts if fact not in text] == []
    assert "exam at the chamber (IHK or HWK)" not in text


def test_free_migration_advice_is_named() -> None:
    text = _info("Residence questions")
    assert "Migrationsberatung, MBE" in text and "Jugendmigrationsdienste" in text
    assert "young people up to 27" in text


@pytest.mark.parametrize("label", ["About KAUSA", "Our offices"])
def test_about_and_offices_name_the_mobile_and_digital_offers(label: str) -> None:
    text = _info(label)
    assert "Our advisors also come to your business and advise online." in text
    assert "Together we cover all of Saxony." in text


def test_the_offices_page_with_the_example_file_says_the_contacts_are_examples() -> None:
    text = _info("Our offices")
    assert text.count("Contact details: see kausa-sachsen.de") == 3
    assert "The contact details in this bot are still examples." in text
    assert "You can find the current contacts at kausa-sachsen.de." in text


def test_the_offices_page_is_never_empty_of_contacts() -> None:
    ctx = replace(context(), offices={})
    text = info_page_text(info_pages.OFFICES, translator("en"), ctx)
    assert "Contact details: see kausa-sachsen.de" in text


def test_real_contacts_carry_no_example_note() -> None:
    real = Office("leipzig", "KAUSA Leipzig", "Leipzig", address="Musterstraße 1, 04109 Leipzig")
    ctx = replace(context(), offices={"leipzig": real})
    text = info_page_text(info_pages.OFFICES, translator("en"), ctx)
    assert "Musterstraße 1, 04109 Leipzig" in text
    assert "examples" not in text


def test_the_short_description_says_free_for_smes_in_saxony() -> None:
    from bot.app import SHORT_DESCRIPTION

    assert len(SHORT_DESCRIPTION) <= 120
    for lang in LANGUAGES:
        text = translator(lang).gettext(SHORT_DESCRIPTION)
        assert len(text) <= 120, lang  # Telegram's limit for the short description
    assert "Free for small and medium-sized businesses with a seat or branch in Saxony." in (
        translator("en").gettext(SHORT_DESCRIPTION)
    )
    assert "mit Sitz oder Niederlassung in Sachsen" in translator("de").gettext(SHORT_DESCRIPTION)


def _business_until_needs(d: Driver) -> None:
    d.press("English")
    d.press("For businesses")
    d.type("Yılmaz Döner")
    d.press("Koch/Köchin")
    d.type("04109")
    d.press("Yes, we train right now")
    d.press(start_label(d.ctx.now))
    assert d.state.screen == "q:needs"


def test_an_owner_asking_about_costs_is_offered_the_pay_page_and_returns_with_back() -> None:
    d = Driver()
    _business_until_needs(d)
    assert not any("Minimum training pay" in label for label in d.labels())
    d.press("Several things")
    d.press("Costs and training pay")
    assert "💶 Minimum training pay" in d.labels()
    d.press("Minimum training pay")
    assert "Year 1: €724" in d.text.split("\n")
    # A side trip: no button here would start a new dialogue and drop the answers.
    assert d.labels() == ["↩️ Back", "🏠 Main menu"]
    d.press("Back")
    assert d.state.screen == "q:needs"
    assert d.state.answers["needs"] == ["costs"]
    assert d.state.answers["trades"] == ["koch"]
    d.press("Done")
    assert d.state.screen == "consent"


def test_an_owner_without_cost_questions_sees_no_pay_button() -> None:
    d = Driver()
    _business_until_needs(d)
    d.press("Several things")
    d.press("Finding an apprentice")
    assert not any("Minimum training pay" in label for label in d.labels())


def test_arabic_lists_answers_with_the_arabic_comma() -> None:
    from bot.flows.answers import answer_text
    from bot.flows.business import NEEDS

    answers = {"needs": ["steps", "find"]}
    arabic = answer_text(NEEDS, answers, translator("ar"))
    assert "، " in arabic and ", " not in arabic
    assert (
        answer_text(NEEDS, answers, translator("en"))
        == "Requirements and steps, Finding an apprentice"
    )


def test_the_back_arrow_points_back_in_arabic() -> None:
    d = Driver("ar")
    d.press("العربية")
    d.press(translator("ar").gettext("Information"))
    [back] = [label for label in d.labels() if translator("ar").gettext("Back") in label]
    assert "↪️" in back and "↩️" not in back
    english = Driver("en")
    english.press("English")
    english.press("Information")
    assert "↩️ Back" in english.labels()


@pytest.mark.parametrize(
    ("lang", "city"),
    [("uk", "Лейпциг"), ("ar", "لايبزيغ"), ("en", "Leipzig"), ("tr", "Leipzig")],
)
def test_office_cities_in_the_script_of_the_language_with_the_german_name_once(
    lang: str, city: str
) -> None:
    ctx = context()
    text = info_page_text(info_pages.OFFICES, translator(lang), ctx)
    assert city in text
    assert text.count("Leipzig") == 1  # the German name in brackets, or the name itself


def test_the_about_page_names_the_cities_in_ukrainian_and_arabic() -> None:
    uk = info_page_text("about", translator("uk"), context())
    assert "Дрездені (Dresden)" in uk and "Лейпцигу (Leipzig)" in uk and "Хемніці (Chemnitz)" in uk
    ar = info_page_text("about", translator("ar"), context())
    # The German name with its brackets in a left-to-right isolate (bot/i18n.py).
    for local, city in (("دريسدن", "Dresden"), ("لايبزيغ", "Leipzig"), ("كيمنتس", "Chemnitz")):
        assert f"{local} {FSI}({city}){PDI}" in ar


def test_english_dates_and_times_are_british() -> None:
    en = translator("en")
    assert en.date(date(2026, 11, 30)) == "30 Nov 2026"
    assert en.hours(8, 12) == "08:00–12:00"


def test_the_office_notice_after_the_postal_code_names_the_city_in_ukrainian() -> None:
    d = Driver("uk")
    d.press("Українська")
    d.press(translator("uk").gettext("For businesses"))
    d.type("Кав'ярня Олени")
    d.press("Koch/Köchin")
    d.type("04109")
    assert "Лейпциг (Leipzig)" in d.text
