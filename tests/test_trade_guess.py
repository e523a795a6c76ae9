"""A suggested trade typed with a slip: "Do you mean …?", as for a town."""

from __future__ import annotations

import pytest

from bot.dialogue.certificate_at_trade import CERTIFICATE_NEXT
from bot.dialogue.typed import KEPT_WITH_ANSWER
from bot.i18n import NATIVE_NAMES, translator
from tests.test_business_typing import business_at_company, on_to_the_name
from tests.test_typed_questions import at_the_trade_question


@pytest.mark.parametrize(
    ("lang", "button", "typed", "trade"),
    [
        ("de", "Deutsch", "Kosch", "koch"),
        ("de", "Deutsch", "Friseuer", "friseur"),
        ("de", "Deutsch", "Koechin", "koch"),
        ("tr", "Türkçe", "Kosch", "koch"),
        ("ar", "العربية", "Friseuer", "friseur"),
        ("vi", "Tiếng Việt", "Koechin", "koch"),
        ("uk", "Українська", "Kosch", "koch"),
        ("en", "English", "hairdreser", "friseur"),
    ],
)
def test_a_trade_typed_with_a_slip_is_offered(
    lang: str, button: str, typed: str, trade: str
) -> None:
    # "Another trade: Kosch", and the sector asked on top.
    d = business_at_company(lang, button)
    d.type("Döner Palast")
    assert d.state.screen == "q:trades"
    d.type(typed)
    t = translator(lang)
    assert d.state.screen == "trade_guess" and "trades" not in d.state.answers
    assert t.gettext("Do you mean {trade}?").split("{trade}")[0] in d.text
    d.press(t.gettext("Yes"))
    assert d.state.answers["trades"] == [trade] and "trades_other" not in d.state.answers
    assert d.state.screen == "q:plz"  # the trade tells the sector


@pytest.mark.parametrize("typed", ["doch", "noch", "cock"])
def test_a_short_word_a_letter_from_a_trade_is_no_slip(typed: str) -> None:
    # "doch" was asked "Meinen Sie Koch/Köchin?" (one letter from "Koch").
    d = business_at_company("de", "Deutsch")
    d.type("Döner Palast")
    d.type(typed)
    assert d.state.screen != "trade_guess"


def test_no_keeps_the_words_as_another_trade() -> None:
    d = business_at_company("de", "Deutsch")
    d.type("Döner Palast")
    d.type("Kosch")
    d.type("nein")
    assert d.state.answers["trades"] == ["other"] and d.state.answers["trades_other"] == "Kosch"
    assert d.state.screen == "q:sector"


def test_a_yes_typed_takes_the_trade_and_back_asks_the_trade_again() -> None:
    d = business_at_company("de", "Deutsch")
    d.type("Döner Palast")
    d.type("Friseuer")
    d.press("↩️ Zurück")
    assert d.state.screen == "q:trades"
    d.type("Friseuer")
    d.type("ja")
    assert d.state.answers["trades"] == ["friseur"] and d.state.screen == "q:plz"


def test_a_guess_left_with_back_is_no_answer_of_the_request() -> None:
    d = business_at_company()
    d.type("Döner Palast")
    d.type("Kosch")
    d.press("Back")
    on_to_the_name(d)
    d.type("Ayşe Yılmaz")
    d.type("0341 1234567")
    d.press("At my business")
    d.press(d.labels()[0])
    d.press("Send")
    assert "trade_guess" not in d.leads[0].answers


@pytest.mark.parametrize(
    ("lang", "typed", "trade"),
    [
        ("de", "Elektiker", "elektro"),
        ("de", "Friseuer", "friseur"),
        ("ar", "Kosch", "koch"),
        ("en", "hairdreser", "friseur"),
    ],
)
def test_a_young_persons_trade_typed_with_a_slip_is_offered(
    lang: str, typed: str, trade: str
) -> None:
    # A young person's "Elektiker" was stored as "Another trade: Elektiker" (a business's
    # was asked "Meinen Sie Elektroniker/in?").
    d = at_the_trade_question(NATIVE_NAMES[lang], lang)
    d.type(typed)
    t = translator(lang)
    assert d.state.screen == "trade_guess" and "trade" not in d.state.answers
    d.press(t.gettext("Yes"))
    assert d.state.answers["trade"] == trade and "trade_other" not in d.state.answers
    assert d.state.screen == "q:certificate"


def test_a_young_persons_no_keeps_the_words_as_another_trade() -> None:
    d = at_the_trade_question("Deutsch", "de")
    d.type("Elektiker")
    d.type("nein")
    assert d.state.answers["trade"] == "other" and d.state.answers["trade_other"] == "Elektiker"
    assert d.state.screen == "q:certificate"


@pytest.mark.parametrize(
    ("lang", "typed"),
    [("de", "realschule"), ("de", "Abitur"), ("de", "Hauptschule"), ("en", "Abitur")],
)
def test_a_certificate_typed_at_the_trade_question_is_no_trade(lang: str, typed: str) -> None:
    # Stored as "Another trade: realschule", and the advisor's card said so.
    d = at_the_trade_question(NATIVE_NAMES[lang], lang)
    d.type(typed)
    assert d.state.screen == "q:trade" and "trade" not in d.state.answers
    # Kept for the advisor, and taken as the certificate question's answer: QA, 2026-12-05,
    # it was asked again after the trade ("Realschule" typed twice).
    t = translator(lang)
    assert t.gettext(KEPT_WITH_ANSWER).split("{choice}")[0] in d.text
    assert d.state.answers["certificate"] in ("real", "abitur", "haupt")
    d.press(t.gettext("Cook"))
    assert d.state.answers["trade"] == "koch" and d.state.screen == "q:german"
    # Back asks it.
    d.press(f"↩️ {t.gettext('Back')}")
    assert d.state.screen == "q:certificate"


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("de", "Abschluss"),
        ("de", "mein Abschluss"),
        ("de", "Schulabschluss"),
        ("en", "my certificate"),
        ("tr", "diplomam"),
        ("ar", "شهادتي"),
        ("vi", "bằng tốt nghiệp"),
        ("uk", "мій атестат"),
    ],
)
def test_a_certificate_named_without_which_at_the_trade_question_is_no_trade(
    lang: str, typed: str
) -> None:
    # Stored as "Another trade: Abschluss": the trade question asks again, kindly, and
    # the certificate question, next, asks which one.
    d = at_the_trade_question(NATIVE_NAMES[lang], lang)
    d.type(typed)
    t = translator(lang)
    assert d.state.screen == "q:trade"
    assert "trade" not in d.state.answers and "certificate" not in d.state.answers
    assert t.gettext(CERTIFICATE_NEXT) in d.text
    assert d.ctx.held_question == typed  # for the advisor
    d.press(t.gettext("Cook"))
    assert d.state.answers["trade"] == "koch" and d.state.screen == "q:certificate"


@pytest.mark.parametrize(
    ("lang", "typed"),
    [("tr", "lise"), ("tr", "lise mezunuyum"), ("ar", "بكالوريا"), ("uk", "атестат")],
)
def test_a_school_abroad_typed_at_the_trade_question_is_no_trade(lang: str, typed: str) -> None:
    # QA, 2026-12-05: stored as "Another trade: lise", as "Realschule" was. Now a school
    # named as the home country's schools name it is the certificate from abroad; a bare
    # "атестат", which two certificates hold, is asked at the certificate question.
    d = at_the_trade_question(NATIVE_NAMES[lang], lang)
    d.type(typed)
    t = translator(lang)
    assert "trade" not in d.state.answers and "trade_other" not in d.state.answers
    assert d.state.screen == "q:trade"
    assert d.ctx.held_question == typed  # for the advisor
    if lang == "uk":
        assert "certificate" not in d.state.answers
        d.press(t.gettext("Cook"))
        assert d.state.screen == "q:certificate"
        d.type(typed)
        assert "«" in d.text or "“" in d.text  # "which one do you mean: … or …?"
        assert d.state.screen == "q:certificate"
    else:
        assert d.state.answers["certificate"] == "foreign"
        d.press(t.gettext("Cook"))
        assert d.state.answers["trade"] == "koch" and d.state.screen == "q:german"


@pytest.mark.parametrize(
    ("typed", "words", "held"),
    [
        # QA, 2026-12-05: stored as "Another trade: elektiker", no "Meinen Sie …?".
        ("ich suche eine Ausbildung als elektiker", "elektiker", True),
        # A "werden" wish, the same (the words are the trade's, no more to hold).
        ("Ich möchte Elektiker werden", "Elektiker", False),
    ],
)
def test_a_trade_with_a_slip_named_at_the_menu_is_offered(
    typed: str, words: str, held: bool
) -> None:
    from tests.test_typed_questions import Driver

    d = Driver("de")
    d.press("Deutsch")
    d.type(typed)
    assert d.state.screen == "trade_guess" and "trade" not in d.state.answers
    assert d.state.answers["situation"] == "looking"
    assert "Meinen Sie" in d.text
    assert d.ctx.held_question == (typed if held else None)
    d.press("Ja")
    # Taken, and the dialogue goes on where it was: the age, then past the trade.
    assert d.state.answers["trade"] == "elektro" and "trade_other" not in d.state.answers
    assert d.state.screen == "q:age"
    # No: the words as another trade, as before.
    d = Driver("de")
    d.press("Deutsch")
    d.type(typed)
    d.type("nein")
    assert d.state.answers["trade"] == "other" and d.state.answers["trade_other"] == words
    assert d.state.screen == "q:age"


@pytest.mark.parametrize(
    ("typed", "held"),
    [
        ("Ich möchte Elektiker werden", False),
        ("ich suche eine Ausbildung als elektiker", True),
    ],
)
def test_back_from_a_trade_offered_for_a_wish_at_the_menu_is_the_menu(
    typed: str, held: bool
) -> None:
    # Back went to "Wie alt sind Sie?", the trade lost: the person was at the menu.
    from tests.test_typed_questions import Driver

    d = Driver("de")
    d.press("Deutsch")
    d.type(typed)
    assert d.state.screen == "trade_guess"
    d.press("↩️ Zurück")
    assert d.state.screen == "menu" and d.state.flow is None and not d.state.answers
    assert "Wie können wir Ihnen helfen?" in d.text
    # The words typed there stay for a dialogue chosen next, as at the menu.
    assert d.ctx.held_question == (typed if held else None)


def test_a_certificate_typed_at_the_trade_is_not_asked_again_beside_an_age_typed_early() -> None:
    # "ich bin 17" at the menu (the age not shown), "Realschule" at the trade question:
    # "Welchen Schulabschluss haben Sie?" was asked again after the trade.
    from tests.test_young_typed import typed_at_the_menu

    d = typed_at_the_menu("de", "ich bin 17")
    d.press("Suche eine Ausbildung")
    assert d.state.screen == "q:trade"
    d.type("Realschule")
    d.press("Koch/Köchin")
    assert d.state.answers["certificate"] == "real" and d.state.screen == "q:german"
    assert "Frage 3 von 12" in d.text  # no number left out for the questions not shown
    # Back asks it, and the age is still not asked.
    d.press("↩️ Zurück")
    assert d.state.screen == "q:certificate"
    d.press("Realschulabschluss")
    assert d.state.screen == "q:german" and d.state.answers["age"] == "16-17"


def test_back_from_a_trade_offered_for_a_wish_at_the_situation_stays_in_the_dialogue() -> None:
    # The menu's button tapped first: the person was in the dialogue, not at the menu.
    from tests.test_young_typed import at_the_situation

    d = at_the_situation("de")
    d.type("Ich möchte Elektiker werden")
    assert d.state.screen == "trade_guess"
    d.press("↩️ Zurück")
    assert d.state.flow == "young" and d.state.screen == "q:age"
    d.press("16 oder 17")
    assert d.state.screen == "q:trade"  # asked, as the offer was not answered
