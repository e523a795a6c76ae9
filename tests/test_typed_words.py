"""Typed words: "I don't know" alone and inside a short sentence (pure)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.dialogue import typed_words
from bot.dialogue.typed_words import (
    label_named,
    mentions_dont_know,
    phrase,
    says_dont_know,
    year_in,
)
from tests.dialogue_driver import Driver


@pytest.mark.parametrize(
    "text",
    [
        "I don't know exactly",
        "hmm, keine Ahnung ehrlich gesagt",
        "Ich weiß es noch nicht so genau",
        "Henüz bilmiyorum açıkçası",
        "Em chua biet nua, co le dau bep",
        "Поки не знаю, може кухар",
        "لا أعرف بعد، ربما طباخ",
    ],
)
def test_i_dont_know_is_found_inside_a_short_sentence(text: str) -> None:
    assert mentions_dont_know(text) and not says_dont_know(text)


@pytest.mark.parametrize(
    "text",
    [
        *("don't know yet", "Em chua biet nua", "не знаю ще", "لسا ما بعرف", "hala bilmiyorum"),
        # The polite "ạ", "mình", "leider", "valla", "والله", "поки що".
        *("em chưa biết ạ", "mình chưa biết", "weiß ich leider noch nicht"),
        *("valla bilmiyorum", "والله ما بعرف", "не знаю поки що"),
    ],
)
def test_i_dont_know_with_a_yet_or_still_says_no_more(text: str) -> None:
    # Sent to the advisor as a message that said nothing more than the button.
    assert says_dont_know(text)


@pytest.mark.parametrize("text", ["noch", "yet", "em", "still", "leider", "ạ", "والله"])
def test_a_yet_or_still_alone_is_no_i_dont_know(text: str) -> None:
    assert not says_dont_know(text)


@pytest.mark.parametrize(
    "text",
    [
        # Part of a longer word, not the phrase.
        "Bilmemiz gereken bir şey var mı",
        "I know exactly what I want: cook",
        "Koch",
        # A long message says more than "I don't know": it stays what it is.
        "Mechatronics or electronics, my uncle says, but I don't know which school I need",
    ],
)
def test_other_sentences_do_not_say_i_dont_know(text: str) -> None:
    assert not mentions_dont_know(text)


@pytest.mark.parametrize(
    ("typed", "listed"),
    [
        ("بعد الساعة ١٧", "بعد الساعة 17"),  # Arabic-Indic digits
        ("بعد الساعة ۱۷", "بعد الساعة 17"),  # Persian digits (Dari speakers' keyboards)
        ("nach １７ Uhr", "nach 17 Uhr"),  # full-width digits
        ("відеозвʼязок", "відеозв'язок"),  # a phone keyboard's apostrophe
        ("Kizim icin.", "kızım için"),  # without Turkish letters, with a full stop
        ("ابنى", "ابني"),
    ],
)
def test_a_phrase_is_the_same_however_the_keyboard_writes_it(typed: str, listed: str) -> None:
    assert phrase(typed) == phrase(listed)


@pytest.mark.parametrize(
    ("typed", "tapped"),
    [
        ("suche ausbildung", "looking"),
        ("ich such ausbildung", "looking"),
        ("in ausbildung", "in_training"),
        # "bin" (I am) before the label's words: five words, no tap.
        ("bin in ausbildung brauche hilfe", "in_training"),
        # Not the label's words, but the option's own for it ("Still at school").
        ("ich bin noch in der schule", "school"),
        ("ausbildung", None),  # in two labels: which one is the person's to say
        ("ja", None),
    ],
)
def test_a_label_in_fewer_words_taps_its_button_where_only_taps_are_taken(
    typed: str, tapped: str | None
) -> None:
    # Typed with A2 German, each was answered "Please tap one of the buttons below".
    d = Driver("de")
    d.press("Deutsch")
    d.press("Für junge Menschen und Eltern")
    d.type(typed)
    assert d.state.answers.get("situation") == tapped


def test_a_label_is_named_by_all_its_typed_words_and_only_one_label() -> None:
    labels = ["Noch keinen", "Schon einen Platz", "Suche noch"]
    assert label_named("noch keine", labels) == 0
    assert label_named("noch", labels) is None  # four letters: in two labels
    assert label_named("schon einen platz gefunden danke", labels) is None  # says more
    assert label_named("platz", labels) == 1


@pytest.mark.parametrize("text", ["Hông biết", "hông biết ạ", "Em hông biết"])
def test_southern_hong_biet_says_i_dont_know(text: str) -> None:
    # "hông" is southern chat for "không": "hông biết" is "không biết".
    assert mentions_dont_know(text)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("nächstes Jahr im September", 2027),
        ("ab 1.9.2027", 2027),
        ("September 2028", 2028),
        ("next year", 2027),
        ("gelecek yıl", 2027),
        ("seneye eylülde", 2027),
        ("العام القادم", 2027),
        ("في السنة القادمة إن شاء الله", 2027),
        ("năm sau", 2027),
        ("наступного року", 2027),
        ("übernächstes Jahr", 2028),
        ("in 2 Jahren", 2028),
        ("in einem Jahr", 2027),
        ("через рік", 2027),
        # Southern Vietnamese "next year" ("Please tap" before).
        ("sang năm", 2027),
        ("đổi sang năm 2028", 2028),
        ("dieses Jahr noch", 2026),
        # Written in words ("Please tap" before), and with umlauts written out.
        ("zweitausendsiebenundzwanzig", 2027),
        ("Zweitausend achtundzwanzig", 2028),
        ("ab September zweitausendsiebenundzwanzig", 2027),
        ("twenty twenty-seven", 2027),
        ("two thousand and twenty eight", 2028),
        ("iki bin yirmi yedi", 2027),
        ("у дві тисячі двадцять сьомому році", 2027),
        ("дві тисячі двадцять восьмого року", 2028),
        ("hai nghìn không trăm hai mươi bảy", 2027),
        ("hai ngan hai muoi tam", 2028),
        ("ألفين وسبعة وعشرين", 2027),
        ("naechstes Jahr", 2027),
        ("uebernaechstes Jahr", 2028),
        ("у наступному році", 2027),
        # A count is no year.
        ("zwanzig", None),
        ("twenty seven", None),
        # Two years, or none: not one answer.
        ("2027 oder 2028", None),
        ("so bald wie möglich", None),
    ],
)
def test_a_start_year_is_found_in_typed_words(text: str, year: int | None) -> None:
    # QA, 2026-12-04: "nächstes Jahr im September" under "When should the training start?"
    # got "Please tap one of the buttons below" (only "2027" typed alone was understood).
    assert year_in(text, date(2026, 12, 4)) == year


def test_a_steps_written_forms_of_typed_words_are_not_kept_after_it() -> None:
    # Within a step each text is written loose()/phrase() once and remembered (a typed
    # message is read by a few hundred checks); after the step, nothing a person typed is
    # held in memory, and the forms are the same as without a step.
    driver = Driver("de")
    driver.press("Deutsch")
    seen: list[dict[tuple[str, str], str] | None] = []
    real_phrase = typed_words._phrase

    def spying(text: str) -> str:
        seen.append(typed_words._WRITTEN.get())
        return real_phrase(text)

    typed_words._phrase = spying  # type: ignore[assignment]
    try:
        driver.type("Für meinen Sohn, Mehmet Yılmaz")
    finally:
        typed_words._phrase = real_phrase  # type: ignore[assignment]
    assert seen and all(memo is not None for memo in seen)
    memo = seen[0]
    assert memo is not None and ("phrase", "Für meinen Sohn, Mehmet Yılmaz") in memo
    # Each text was written once in the step, however many checks read it.
    assert len(seen) == len({text for form, text in memo if form == "phrase"})
    assert typed_words._WRITTEN.get() is None
    assert phrase("Für meinen Sohn.") == "fur meinen sohn"
