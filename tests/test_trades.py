"""Suggested trades (Ausbildungsberufe) in the person's language with the official German name
(issue 14): buttons and summary translated, the lead and the advisor card in German."""

from __future__ import annotations

import re

import pytest
from bidi import get_base_level, get_display

from bot.advisor import view
from bot.flows import trades
from bot.i18n import FSI, PDI, RLM, translator
from tests.dialogue_driver import Driver, start_label
from tests.test_advisor_view import lead
from tests.test_typed_questions import at_the_trade_question

MARKS = re.compile(f"[{RLM}{FSI}{PDI}\u200e]")


def business_trades(lang: str, native: str) -> Driver:
    """A person in ``lang`` at the business dialogue's trades question."""
    d = Driver(lang)
    d.press(native)
    d.press(translator(lang).gettext("For businesses"))
    d.type("Yılmaz Döner")
    assert d.state.screen == "q:trades"
    return d


def test_a_turkish_owner_sees_the_trades_in_turkish_with_the_german_name() -> None:
    d = business_trades("tr", "Türkçe")
    labels = d.labels()
    for shown in (
        "Aşçı (Koch/Köchin)",
        "Kuaför (Friseur/in)",
        "Satış elemanı (Verkäufer/in)",
        "Perakende satış uzmanı (Kaufmann/-frau im Einzelhandel)",
    ):
        assert shown in labels, labels
    # Every suggestion is translated: no label is the German name alone.
    assert not {option.official for option in trades.SUGGESTED} & set(labels)
    d.press("Aşçı")  # one tap answers
    assert d.state.screen == "q:plz"
    assert d.state.answers["trades"] == ["koch"]


def test_the_stored_lead_and_the_advisor_card_keep_the_official_german_name() -> None:
    d = business_trades("tr", "Türkçe")
    tr = translator("tr").gettext
    d.press(tr("More than one trade"))
    d.press("Aşçı")
    d.press("Kuaför")
    d.press(tr("Done"))
    d.type("04109")
    d.press(tr("Not yet, and no trainer yet"))
    d.press(start_label(d.ctx.now, 1))
    d.press(tr("Finding an apprentice"))
    d.press(tr("Yes, I agree"))
    d.type("Ayşe Yılmaz")
    d.press(tr("Contact me here in Telegram"))
    d.press(tr("By phone"))
    d.press(tr("Any time"))
    # The person's own summary reads Turkish, with the German names in brackets.
    assert "Aşçı (Koch/Köchin), Kuaför (Friseur/in)" in d.text
    d.press(tr("Send request"))
    answers = d.leads[0].answers
    assert answers["trades"] == ["koch", "friseur"]  # codes: never a translated name
    card = view.lead_message(lead(flow="business", answers=answers, language="tr"), "Leipzig")
    assert "Ausbildungsberufe: Koch/Köchin, Friseur/in" in card.text
    assert "Aşçı" not in card.text and "Kuaför" not in card.text


def test_german_shows_the_official_names_alone() -> None:
    d = business_trades("de", "Deutsch")
    labels = d.labels()
    assert [o.official for o in trades.SUGGESTED] == labels[: len(trades.SUGGESTED)]


def test_an_arabic_person_sees_the_trades_in_arabic_with_the_german_name_isolated() -> None:
    d = business_trades("ar", "العربية")
    labels = d.labels()
    cook = next(label for label in labels if "Koch/Köchin" in label)
    # The brackets with the German name, in its isolate: they stay around it on a phone.
    assert cook == f"{RLM}طبّاخ/طبّاخة {FSI}(Koch/Köchin){PDI}"
    d.press("Koch/Köchin")
    assert d.state.answers["trades"] == ["koch"]


@pytest.mark.parametrize("option", trades.SUGGESTED, ids=lambda o: o.code)
def test_an_arabic_trade_button_is_laid_out_right_to_left(option: object) -> None:
    d = business_trades("ar", "العربية")
    [label] = [label for label in d.labels() if getattr(option, "official", "") in label]
    assert get_base_level(label) == 1
    # The brackets inside the German name's isolate, left to right: none is mirrored (rule
    # L4, left to the renderer by python-bidi), and broken over two lines of a phone's
    # button they stay around the German name.
    shown = MARKS.sub("", get_display(label))
    arabic = MARKS.sub("", get_display(translator("ar").gettext(getattr(option, "label", ""))))
    official = getattr(option, "official", "")
    # On screen, right to left: the Arabic name at the right, then the German name in
    # brackets at its left, itself unbroken and in reading order.
    assert shown == f"({official}) {arabic}"


@pytest.mark.parametrize(
    ("typed", "trade"),
    [
        # Typed without the shadda of "طبّاخ/طبّاخة", or one form of "مصفّف/ة شعر": the
        # trade was stored as "something else" in those words.
        ("طباخ", "koch"),
        ("طباخة", "koch"),
        ("مصفف شعر", "friseur"),
        ("مصففة شعر", "friseur"),
    ],
)
def test_an_arabic_trade_typed_without_its_marks_is_its_tap(typed: str, trade: str) -> None:
    from tests.dialogue_driver import Driver

    d = Driver("ar")
    d.press("العربية")
    d.press(d.labels()[1])  # the young people's dialogue
    d.press(d.labels()[0])
    d.type("17")
    assert d.state.screen == "q:trade"
    d.type(typed)
    assert d.state.answers.get("trade") == trade


@pytest.mark.parametrize(
    ("typed", "trade"),
    [("الحلاقة", "friseur"), ("الطبخ", "koch"), ("الحلاقه", "friseur"), ("الطباخ", "koch")],
)
def test_an_arabic_trade_with_its_article_is_the_suggested_trade(typed: str, trade: str) -> None:
    # "Another trade: الحلاقة" (hairdressing with "the"), and the sector asked on top.
    d = at_the_trade_question("العربية", "ar")
    d.type(typed)
    assert d.state.answers.get("trade") == trade and "trade_other" not in d.state.answers
