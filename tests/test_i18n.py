"""The catalogs: complete, consistent, and readable in every language."""

from __future__ import annotations

import os
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from babel.messages.catalog import Message

from bot import i18n
from bot.dialogue.state import Start
from bot.flows.answers import TOWN_LABEL
from bot.flows.young import FOR_MY_CHILD
from bot.i18n import FSI, LANGUAGES, PDI, RLM, negotiate, translator
from bot.ops.i18n_check import MAX_BUTTON, button_texts, load_catalog, run_checks
from tests.dialogue_driver import Driver


def test_every_catalog_is_complete() -> None:
    reports, general = run_checks()
    assert general == []
    # The check must see the code's texts, or it passes on empty sets.
    assert all(report.entries >= 200 for report in reports)
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
    labels = [t.gettext(text) for text in button_texts()]
    # The invisible direction marks take no room on the button.
    too_long = [label for label in labels if len(label.strip(RLM + FSI + PDI)) > MAX_BUTTON]
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
    d.type("مطعم الشام")
    d.press("Koch/Köchin")  # one tap answers
    d.type("04109")
    assert f"{FSI}Leipzig{PDI}" in d.text


@pytest.mark.parametrize(
    ("lang", "whole", "thousands", "cents"),
    [
        ("de", "724\xa0€", "1.014\xa0€", "724,50\xa0€"),
        ("en", "€724", "€1,014", "€724.50"),
        ("tr", "€724", "€1.014", "€724,50"),
        ("vi", "724\xa0€", "1.014\xa0€", "724,50\xa0€"),
        ("uk", "724\xa0€", "1\xa0014\xa0€", "724,50\xa0€"),
        (
            "ar",
            f"{FSI}{RLM}724\xa0€{PDI}",
            f"{FSI}{RLM}1,014\xa0€{PDI}",
            f"{FSI}{RLM}724.50\xa0€{PDI}",
        ),
    ],
)
def test_money_shows_cents_only_when_there_are_some(
    lang: str, whole: str, thousands: str, cents: str
) -> None:
    t = translator(lang)
    assert (t.money(724), t.money(1014), t.money(Decimal("724.5"))) == (whole, thousands, cents)


@pytest.mark.parametrize(
    ("lang", "shown"), [("vi", "30/11/2026"), ("de", "30.11.2026"), ("tr", "30 Kas 2026")]
)
def test_dates_are_written_as_readers_write_them(lang: str, shown: str) -> None:
    assert translator(lang).date(date(2026, 11, 30)) == shown


def test_language_negotiation() -> None:
    assert negotiate("ar-SY") == "ar"
    assert negotiate("pt-BR") == "de"


@pytest.mark.parametrize(
    ("lang", "misleading"),
    [
        ("tr", "eğitim ücreti"),  # reads as a tuition fee one pays
        ("vi", "phổ thông"),  # means only the high-school diploma
        ("uk", "Навчаюся, потрібна допомога"),  # reads as "I am a student"
        ("de", "Taste"),  # a key on a keyboard, not a button on the screen
        ("vi", "Bạn tên là gì"),  # how one asks a child or a friend (review VI-4)
        ("uk", "перевірте Ваші дані"),  # the owner is the subject: "свої" (review U3, U4)
        ("uk", "напишіть Ваше ім’я"),
        ("tr", "Bununla birlikte"),  # "however", not "with it" (a photo's caption)
        ("vi", "nơi của bạn"),  # "your place": which one? (the border question)
        ("de", "die oder der Jugendliche sind"),  # which one? "unter 16" says it
        ("tr", "Alman lisesi"),  # a German school in Turkey, not the Abitur
        ("tr", "gençlik göç hizmetleri"),  # "youth migration services": as if they arranged it
        ("tr", "Bu yer Saksonya"),  # "this place": which? (the border question)
        ("tr", "Şehrin ya da kasabanın"),  # "the town's", not "your town's"; no village
        ("tr", "kadar şimdiye kadar"),  # "until then until now"
        ("uk", "законний представник"),  # legalese beside "опікун" for the same person
        ("uk", "Для одного з батьків"),  # "for one of the parents": who is asked?
        ("uk", "назва місця"),  # a place is "населений пункт" on every other screen
        ("uk", "напишіть Ваш новий"),  # the owner is the subject: "свій" (review U3, U4)
        ("uk", "також Ваш новий"),
        ("uk", "Ресторани або готелі"),  # the café owner was left out
        ("uk", "може навчити того"),  # "may teach": the workplace must be able to
        ("vi", "người tư vấn"),  # the advisor is "chuyên viên tư vấn" everywhere else
        ("vi", "số điện thoại mới của bạn"),  # "your" twice: a mark of translated text
        ("vi", "tên thành phố hoặc thị trấn"),  # "city or town": no village
    ],
)
def test_wording_the_reviews_found_misleading_is_gone(lang: str, misleading: str) -> None:
    catalog = load_catalog(lang)
    assert catalog is not None
    texts = [form for message in catalog if message.id for form in _forms(message)]
    assert len(texts) >= 200
    assert [text for text in texts if misleading.lower() in text.lower()] == []


def test_turkish_names_a_parent_veli_and_only_a_legal_guardian_vasi() -> None:
    # "anne, baba veya vasi" beside "anne, baba ya da veli" for the same parent: "vasi" is
    # the court-appointed guardian, "veli" the word schools use; only the contract that a
    # legal guardian signs says "yasal vasi".
    texts = _shown_texts("tr")
    assert [text for text in texts if "vasi" in text.lower().replace("yasal vasi", "")] == []


def test_arabic_names_a_parent_wali_al_amr_and_only_a_legal_guardian_wasi() -> None:
    # The under-16 notice said "أحد الوالدين أو الوصي" and, two lines on, "وليّ أمركم" for
    # the same person; "الوصي" is the court-appointed guardian, kept only where a legal
    # guardian signs the training contract ("الوصي القانوني").
    texts = _shown_texts("ar")
    assert [text for text in texts if "الوصي" in text.replace("الوصي القانوني", "")] == []


def _shown_texts(lang: str) -> list[str]:
    """Every translated text the bot shows, not the words it reads: a guardian who types
    "ben vasiyim" or "أنا الوصي" is understood (FOR_MY_CHILD)."""
    catalog = load_catalog(lang)
    assert catalog is not None
    shown = [message for message in catalog if message.id and message.id != FOR_MY_CHILD]
    return [form for message in shown for form in _forms(message)]


@pytest.mark.parametrize(
    ("lang", "label"), [("ar", "المدينة أو البلدة"), ("tr", "Şehir veya köy"), ("vi", "Địa phương")]
)
def test_the_label_of_a_place_fits_a_village_too(lang: str, label: str) -> None:
    # The towns list holds villages of 500 people: "المدينة", "Şehir", "Thành phố/thị trấn"
    # (city, town) left them out.
    assert translator(lang).gettext(TOWN_LABEL).removeprefix(RLM) == label


def _forms(message: Message) -> list[str]:
    return [message.string] if isinstance(message.string, str) else list(message.string)


def test_a_compiled_catalog_is_replaced_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A copy of the German catalog whose .mo is older than its .po, as after an edit.
    po = tmp_path / "de" / "LC_MESSAGES" / "messages.po"
    po.parent.mkdir(parents=True)
    shutil.copy(i18n.LOCALES_DIR / "de" / "LC_MESSAGES" / "messages.po", po)
    mo = po.with_suffix(".mo")
    mo.write_bytes(b"the previous catalog")
    os.utime(mo, (0, 0))
    monkeypatch.setattr(i18n, "LOCALES_DIR", tmp_path)
    seen_while_writing = []
    write_mo = i18n.write_mo

    def watched(fh: Any, catalog: Any) -> None:
        # Another process loading the catalog now must find a whole file, not an empty one.
        seen_while_writing.append(mo.read_bytes())
        write_mo(fh, catalog)

    monkeypatch.setattr(i18n, "write_mo", watched)
    assert i18n.compile_catalogs(("de",)) == [mo]
    assert seen_while_writing == [b"the previous catalog"]
    assert mo.read_bytes()[:4] == b"\xde\x12\x04\x95"  # a GNU .mo, little-endian
    # No temporary file is left beside it.
    assert sorted(p.name for p in mo.parent.iterdir()) == ["messages.mo", "messages.po"]
